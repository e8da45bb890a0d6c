"""The common screen: a title, a sentence, a picture or a busy indicator, and the buttons.

Serves idle, reading, the method choice, face failed, PIN blocked, the waiting screens,
registration, consent, prescription, done and error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from kiosk.reader_models import reader_model
from kiosk.reception.states import FlowState
from kiosk.reception.view import ScreenView
from ui import theme
from ui.placement import PlacementAnimation
from ui.screens.base import Page, Send
from ui.widgets import ActionBar, BusyIndicator, PhraseLabel, ScrollingText

# States where the kiosk works and the resident waits.
BUSY = frozenset({FlowState.READING_CARD, FlowState.PIN_VERIFYING, FlowState.CHECKING, FlowState.REGISTERING,
                  FlowState.FINISHING})
# States that show the card and the reader: put it down / take it.
CARD_PICTURE = {FlowState.IDLE: "place", FlowState.DONE: "take"}
ACTIONS_MIN_WIDTH = 640


class MessagePage(Page):
    """Title, sentence, picture or busy indicator, buttons: centred, one under the other. When
    the words need more height than the screen has, they scroll and the buttons stay in sight."""

    def __init__(self, send: Send) -> None:
        super().__init__(send)
        self.title = PhraseLabel("title")
        self.body = PhraseLabel("body")
        self.busy = BusyIndicator()
        self.picture = PlacementAnimation()
        self.busy.hide()
        self.picture.hide()
        self.action_bar = ActionBar(self.send_action)
        self.action_bar.setMinimumWidth(ACTIONS_MIN_WIDTH)
        words = ScrollingText(self.title, self.body, self.picture, self.busy, centred=(self.picture, self.busy))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN * 2, theme.MARGIN // 2, theme.MARGIN * 2, theme.MARGIN // 2)
        layout.setSpacing(theme.MARGIN)
        layout.addStretch(1)
        layout.addWidget(words)
        layout.addWidget(self.action_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_view(self, view: ScreenView) -> None:
        self.title.setText(view.title)
        self.body.setText(view.body)
        self.body.setVisible(bool(view.body) and not view.alarm)  # the alarm banner says it then
        self.busy.setVisible(view.state in BUSY)
        if view.placement:
            self.picture.set_model(reader_model(view.placement))
        self.picture.set_direction(CARD_PICTURE.get(view.state, "place"))
        self.picture.setVisible(view.state in CARD_PICTURE and bool(view.placement))
        self.action_bar.set_actions(view.actions)
