"""Small widgets every page of the staff console uses: left-aligned labels, buttons, and the row
of the view's actions."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QWidget

from kiosk.counter.view import Action
from ui.widgets import PhraseLabel


def text_label(object_name: str, text: str = "", *, wrap: bool = True) -> QLabel:
    """A left-aligned label; wrapping ones break only between phrases (the views' 分かち書き)."""
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    if wrap:
        phrases = PhraseLabel(object_name, left)
        phrases.setText(text)
        return phrases
    plain = QLabel(text, alignment=left)
    plain.setObjectName(object_name)
    plain.setTextFormat(Qt.TextFormat.PlainText)
    return plain


def button(text: str, primary: bool, on_click: Callable[[], None]) -> QPushButton:
    """A push button; ``primary`` picks the theme's primary colours."""
    widget = QPushButton(text)
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
