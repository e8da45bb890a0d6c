"""The common screen: a title, a sentence, a picture or a busy indicator, and the buttons.

Serves idle, reading, the method choice, face failed, PIN blocked, the waiting screens,
registration, consent, prescription, 受付完了 with 限度額, done (with what was shared) and error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flow.action import Action
from kiosk.reader_models import reader_model
from kiosk.reception.model import ConsentItem
from kiosk.reception.states import FlowState
from kiosk.reception.view import ScreenView
from ui import theme
from ui.placement import PlacementAnimation
from ui.screens.base import Page, Send, Text
from ui.widgets import ActionBar, BusyIndicator, PhraseLabel, ScrollingText
from ui.word_pages import Page as WordPage
from ui.word_pages import WordSteps

# States where the kiosk works and the resident waits.
BUSY = frozenset({FlowState.READING_CARD, FlowState.PIN_VERIFYING, FlowState.CHECKING, FlowState.REGISTERING,
                  FlowState.FINISHING})
# States that show the card and the reader: put it down / take it.
CARD_PICTURE = {FlowState.IDLE: "place", FlowState.DONE: "take", FlowState.CANCELLED: "take"}
ACTIONS_MIN_WIDTH = 640


class MessagePage(Page):
    """Title, sentence, picture or busy indicator, buttons: centred, one under the other. When
    the words need more height than the screen has, they scroll and the buttons stay in sight."""

    def __init__(self, send: Send, translate: Text = str) -> None:
        super().__init__(send, translate)
        self.title = PhraseLabel("title")
        self.body = PhraseLabel("body")
        self.busy = BusyIndicator()
        self.picture = PlacementAnimation()
        self.busy.hide()
        self.picture.hide()
        # The done screen's summary: what was shared, and under it what was not, beside the title
        # and the sentence (two columns: one under the other they need more height than the
        # largest text with furigana has, issue 16 §3).
        self.shared, self.withheld = SummaryColumn(), SummaryColumn()
        self.summary = QWidget()
        summary = QVBoxLayout(self.summary)
        summary.setContentsMargins(0, 0, 0, 0)
        summary.setSpacing(theme.MARGIN)
        summary.addWidget(self.shared)
        summary.addWidget(self.withheld)
        self.summary.hide()
        lead = QWidget()
        sentences = QVBoxLayout(lead)
        sentences.setContentsMargins(0, 0, 0, 0)
        sentences.setSpacing(theme.MARGIN // 2)  # the largest text with furigana needs every line
        sentences.addStretch(1)  # together, centred beside a taller summary
        sentences.addWidget(self.title)
        sentences.addWidget(self.body)
        sentences.addStretch(1)
        row = QWidget()
        columns = QHBoxLayout(row)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(theme.MARGIN * 2)
        columns.addWidget(lead, 1)
        columns.addWidget(self.summary, 1)
        self.action_bar = ActionBar(self.send_action, pairs_side_by_side=True)
        self.action_bar.setMinimumWidth(ACTIONS_MIN_WIDTH)
        words = ScrollingText(row, self.picture, self.busy, centred=(self.picture, self.busy))
        self.steps = WordSteps(words, self._apply)  # long words in steps, never scrolled
        self._view: ScreenView | None = None
        layout = QVBoxLayout(self)
        # The page's width for the words: the largest text with furigana needs every line of it.
        layout.setContentsMargins(theme.MARGIN, 4, theme.MARGIN, 4)
        layout.setSpacing(theme.MARGIN)
        layout.addStretch(1)
        layout.addWidget(words)
        layout.addWidget(self.action_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_view(self, view: ScreenView) -> None:
        previous, self._view = self._view, view
        theme.set_style_name(self.body, "warning" if view.body_warns else "body")
        self.shared.show_lines(() if view.alarm else view.shared)
        self.withheld.show_lines(() if view.alarm else view.withheld)
        self.busy.setVisible(view.state in BUSY)
        if view.placement:
            self.picture.set_model(reader_model(view.placement))
        self.picture.set_direction(CARD_PICTURE.get(view.state, "place"))
        # With a summary the words say to take the card: the picture would push them off screen.
        summary = bool(view.shared or view.withheld) and not view.alarm
        self.summary.setVisible(summary)
        self.picture.setVisible(view.state in CARD_PICTURE and bool(view.placement) and not summary)
        same = previous is not None and (previous.state, previous.title, previous.body) == \
            (view.state, view.title, view.body)
        self.steps.plan("", view.title, "" if view.alarm else view.body, same=same)  # the alarm banner says it then

    def send_action(self, action: Action) -> None:
        """A page turn shows the next or the previous step; any other tap goes to the flow."""
        if self.steps.turn(action) is None:
            super().send_action(action)

    def _apply(self, page: WordPage) -> None:
        assert self._view is not None  # a page is always of the view on screen
        self.title.setText(page.title)
        self.body.setText(page.body)
        self.body.setVisible(bool(page.body))
        if page.last:
            self.action_bar.set_actions(self._view.actions)
        else:
            self.action_bar.set_actions(WordSteps.turns(page, self.translate), row=True)


class SummaryColumn(QWidget):
    """A heading and the consent items under it (「提供する 情報」: 診療・お薬情報 ...); hidden when empty."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = PhraseLabel("emphasis", Qt.AlignmentFlag.AlignLeft)
        self.items = [PhraseLabel("summary", Qt.AlignmentFlag.AlignLeft) for _ in ConsentItem]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for label in (self.heading, *self.items):
            layout.addWidget(label)
        layout.addStretch(1)
        self.hide()

    def show_lines(self, lines: tuple[str, ...]) -> None:
        """``lines``: the heading, then the items (empty: hide the column)."""
        self.setVisible(bool(lines))
        self.heading.setText(lines[0] if lines else "")
        for index, label in enumerate(self.items, start=1):
            label.setText(lines[index] if index < len(lines) else "")
            label.setVisible(index < len(lines))
