"""PIN entry: the remaining tries before any typing, masked dots, a big keypad, 確定 apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.reception.events import Event
from kiosk.reception.view import ScreenView
from ui import theme
from ui.keypad import PinKeypad
from ui.screens.base import Page, Send, Text
from ui.widgets import ActionBar, PhraseLabel, ScrollingText

PIN_DIGITS = 4  # 利用者証明用電子証明書の暗証番号


class PinPage(Page):
    """The question and the tries on the left (scrolling if the largest text needs it), the
    keypad on the right, both in sight; 確定 sends ``PIN_ENTERED``."""

    def __init__(self, send: Send, translate: Text = str) -> None:
        super().__init__(send, translate)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.title = PhraseLabel("title", left)
        self.body = PhraseLabel("emphasis", left)
        self.action_bar = ActionBar(self.send_action)
        self.keypad = PinKeypad(self._entered, min_digits=PIN_DIGITS, max_digits=PIN_DIGITS)
        text = QVBoxLayout()
        text.setSpacing(theme.MARGIN)
        text.addWidget(ScrollingText(self.title, self.body), 1)
        text.addWidget(self.action_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 0, theme.MARGIN, 0)  # the keypad is tall
        layout.setSpacing(theme.MARGIN + 8)
        layout.addLayout(text, 1)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignVCenter)

    def _entered(self, pin: str) -> None:
        self.send(Event.PIN_ENTERED, pin=pin)

    def show_view(self, view: ScreenView) -> None:
        self.title.setText(view.title)
        # A wrong PIN and the last try are said in the warning colour (issue 16 §4).
        theme.set_style_name(self.body, "warning" if view.body_warns else "emphasis")
        self.body.setText(view.body)
        self.action_bar.set_actions(view.actions)
        self.keypad.setFocus()

    def leave(self) -> None:
        self.keypad.clear()
