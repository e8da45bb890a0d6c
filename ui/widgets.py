"""Small building blocks of the screens: text labels, the action buttons, a busy indicator, the
flashing alarm banner and the card-on-reader picture."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.flow.view import Action
from ui import theme

ACTIONS_MAX_WIDTH = 860
WORD_JOINER, NO_BREAK_SPACE = "\u2060", "\u00a0"
# Between two characters of one phrase, except after a Japanese comma or full stop.
_INSIDE_PHRASE = re.compile(r"(?<=[^\s、。])(?=\S)")
# A number keeps the counter after it: 「1 回」 is never split.
_AFTER_NUMBER = re.compile(r"(?<=\d) (?=\S)")


class PhraseLabel(QLabel):
    """A word-wrapping label for text written with spaces between phrases (分かち書き, as in
    ``kiosk.flow.texts``): lines break at those spaces or after 、。, never inside a phrase or
    between a number and its counter, so no line starts with a stray 「い。」 or 「回」.
    :meth:`plain_text` gives the text as set."""

    def __init__(self, object_name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        super().__init__(objectName=object_name, alignment=align, wordWrap=True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextFormat(Qt.TextFormat.PlainText)  # view text is never interpreted as markup
        self._plain = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._plain = text
        super().setText(_INSIDE_PHRASE.sub(WORD_JOINER, _AFTER_NUMBER.sub(NO_BREAK_SPACE, text)))

    def plain_text(self) -> str:
        return self._plain


class ActionBar(QWidget):
    """The screen's buttons, one under the other, primary ones filled. A click calls ``on_action``.

    Buttons are rebuilt only when the actions change, so a re-render of the same screen (a face
    prompt update) never swaps a button under the resident's finger.
    """

    def __init__(self, on_action: Callable[[Action], None]) -> None:
        super().__init__()
        self._on_action = on_action
        self._actions: tuple[Action, ...] = ()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)
        self.setMaximumWidth(ACTIONS_MAX_WIDTH)

    def set_actions(self, actions: tuple[Action, ...]) -> None:
        if actions == self._actions:
            return
        self._actions = actions
        while self._layout.count():
            self._layout.takeAt(0).widget().deleteLater()
        for action in actions:
            button = QPushButton(action.label)
            button.setProperty("primary", action.primary)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, a=action: self._on_action(a))
            self._layout.addWidget(button)
        self.setVisible(bool(actions))


class BusyIndicator(QWidget):
    """Twelve dots going round while the kiosk works (reading, checking, registering ...)."""

    DOTS = 12

    def __init__(self) -> None:
        super().__init__()
        self._step = 0
        self._timer = QTimer(self, interval=90, timeout=self._advance)
        self.setFixedSize(140, 140)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().hideEvent(event)

    def _advance(self) -> None:
        self._step = (self._step + 1) % self.DOTS
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        centre, radius = QPointF(self.width() / 2, self.height() / 2), self.width() / 2 - 14
        for i in range(self.DOTS):
            age = (self._step - i) % self.DOTS
            colour = QColor(theme.ACCENT)
            colour.setAlpha(255 - age * 18)
            painter.setBrush(colour)
            angle = 2 * math.pi * i / self.DOTS
            painter.drawEllipse(centre + QPointF(math.cos(angle), math.sin(angle)) * radius, 11, 11)


class FlashingBanner(PhraseLabel):
    """The card-left-behind alarm: alternates two high-contrast colour pairs about once a second
    (well under the three flashes a second that can trigger seizures)."""

    INTERVAL_MS = 600

    def __init__(self) -> None:
        super().__init__("alarmBanner")
        self._timer = QTimer(self, interval=self.INTERVAL_MS, timeout=self._toggle)
        theme.set_role(self, "phase", "1")
        self.hide()

    def set_alarm(self, message: str | None) -> None:
        """Show ``message`` flashing, or hide the banner (None)."""
        if message is None:
            self._timer.stop()
            self.hide()
            return
        self.setText(message)
        if not self._timer.isActive():
            theme.set_role(self, "phase", "1")
            self._timer.start()
        self.show()

    def _toggle(self) -> None:
        theme.set_role(self, "phase", "2" if self.property("phase") == "1" else "1")


class CardIllustration(QWidget):
    """A card above a reader, face side up, with an arrow: onto the reader (``place``) or off it
    (``take``)."""

    def __init__(self) -> None:
        super().__init__()
        self.direction = "place"
        self.setFixedSize(QSize(380, 230))

    def set_direction(self, direction: str) -> None:
        self.direction = direction
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#555555"))
        painter.drawRoundedRect(QRectF(30, h - 60, w - 60, 52), 14, 14)  # the reader
        card = QRectF(w / 2 - 95, h - 150, 190, 115)
        painter.setBrush(QColor("#DCE8F7"))
        painter.setPen(QPen(QColor(theme.ACCENT), 4))
        painter.drawRoundedRect(card, 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#8FA9C9"))  # the face photo: this side up
        photo = QRectF(card.right() - 62, card.top() + 18, 44, 58)
        painter.drawRect(photo)
        painter.setBrush(QColor("#DCE8F7"))
        painter.drawEllipse(photo.center() + QPointF(0, -8), 10, 13)
        x, high, low = card.center().x(), 8.0, card.top() - 10
        start, tip = (QPointF(x, high), QPointF(x, low)) if self.direction == "place" else \
            (QPointF(x, low), QPointF(x, high))
        sign = 1 if tip.y() > start.y() else -1
        painter.setPen(QPen(QColor(theme.ACCENT), 12))
        painter.drawLine(start, tip - QPointF(0, 24 * sign))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.ACCENT))
        painter.drawPolygon(QPolygonF([tip, tip + QPointF(-24, -30 * sign), tip + QPointF(24, -30 * sign)]))
