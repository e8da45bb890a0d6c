"""Small widgets every page of the staff console uses: left-aligned labels, buttons, and the row
of the view's actions. Their words are staff text in normal Japanese: the views write phrases
apart for the residents' screens (分かち書き), the console shows them as Japanese is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QWidget

from kiosk.counter.view import STAFF_CALLED, Action

_JAPANESE = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60"  # kana, kanji, full-width signs
_PHRASE_SPACE = re.compile(f"(?<=[{_JAPANESE}]) (?=[{_JAPANESE}])")


def staff_japanese(text: str) -> str:
    """``text`` as normal Japanese: no space between two Japanese characters (「申請の 内容」 →
    「申請の内容」); a space beside digits or Latin letters stays (「あと 3 回」, 「DESK-01 の」)."""
    return _PHRASE_SPACE.sub("", text)


class StaffLabel(QLabel):
    """A left-aligned label of staff text in normal Japanese; a wrapping one breaks its lines as
    Japanese does (between characters, by the Unicode rules). :meth:`plain_text` is the text shown."""

    def __init__(self, object_name: str, text: str = "", *, wrap: bool = True) -> None:
        super().__init__(alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(staff_japanese(text))
        self.setAccessibleName(self.text())

    def plain_text(self) -> str:
        """The words shown."""
        return self.text()


def text_label(object_name: str, text: str = "", *, wrap: bool = True) -> StaffLabel:
    """A left-aligned label of staff text (wrapping unless ``wrap`` is False)."""
    return StaffLabel(object_name, text, wrap=wrap)


def line_label(line: str) -> StaffLabel:
    """A line of a view's panel; the resident's call for staff stands out as a message does."""
    return text_label("consoleMessage" if line == STAFF_CALLED else "consoleLine", line)


def button(text: str, primary: bool, on_click: Callable[[], None]) -> QPushButton:
    """A push button; ``primary`` picks the theme's primary colours."""
    widget = QPushButton(staff_japanese(text))
    widget.setAccessibleName(widget.text())
    widget.setProperty("primary", primary)
    widget.clicked.connect(lambda _=False: on_click())
    return widget


def clear_layout(layout: QLayout) -> None:
    """Remove every item of ``layout``, deleting its widgets."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class ActionRow(QWidget):
    """The view's actions side by side, primary first on the right; rebuilt only when they change."""

    def __init__(self, on_action: Callable[[Action], None]) -> None:
        super().__init__()
        self._on_action = on_action
        self._actions: tuple[Action, ...] = ()
        self.buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)

    def set_actions(self, actions: tuple[Action, ...]) -> None:
        if actions == self._actions:
            return
        self._actions = actions
        clear_layout(self._layout)
        self.buttons = {}
        self._layout.addStretch(1)
        for action in sorted(actions, key=lambda a: a.primary):  # secondary left, primary right
            widget = button(action.label, action.primary, partial(self._on_action, action))
            widget.setMinimumWidth(220)
            self.buttons[action.label] = widget
            self._layout.addWidget(widget)
        self.setVisible(bool(actions))
