"""The intake desk's resident screen (issue 18 §1, 1024×768, turned to the resident), to the
standard of the municipal desks' resident screen (``ui.counter.resident_screen``): the resident's
language, text size, furigana and contrast (the accessibility bar, the language row until the
resident first answers), each new step spoken, 「係員を 呼ぶ」 above the page, and long words in
steps (「つぎへ」), never scrolled.

The resident's own details (name, address, birth date, as staff typed them) are shown as typed —
not translated, no furigana (a name's reading cannot be guessed) — and never spoken aloud. The
photo is shown from the JPEG in memory and never written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.accessibility import reset_for_each_resident
from kiosk.application.machine import IntakeFlow
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.application.texts import intake_text
from kiosk.application.view import IntakeResidentView, resident_view
from kiosk.flow.action import Action
from ui import theme
from ui.access_bar import AccessBar
from ui.call_row import StaffCallRow
from ui.counter.view_bridge import CounterViewBridge, send_safely
from ui.presentation import PreferencesFollower, Presentation
from ui.ruby import RubyLabel
from ui.widgets import ActionBar, BusyIndicator, PhraseLabel, ScrollingText
from ui.word_pages import Page, WordSteps, spoken

RESIDENT_SIZE = (1024, 768)
PHOTO_PX = 330  # the photo's height on the resident's screen: the answers keep 680 px beside it
DETAIL_LINES = 3  # name, address, birth date
# While staff start the intake and type the details, before the resident's first answer (the details
# to confirm, which need the room), the language may still be chosen.
LANGUAGE_STATES = frozenset({S.IDLE, S.IDENTIFY, S.DETAILS})
BUSY_STATES = frozenset({S.SAVING})


class ResidentWindow(QMainWindow):
    """:param flow: the intake desk's flow.
    :param presentation: translations, voice and the resident's preferences; they go back to the
        defaults when the intake returns to IDLE (the next resident)."""

    def __init__(self, flow: IntakeFlow, *, presentation: Presentation | None = None) -> None:
        super().__init__()
        self.flow = flow
        self.presentation = presentation or Presentation.build()
        self.view: IntakeResidentView | None = None
        self._raw_view: IntakeResidentView | None = None
        self._screen_key: tuple[S, str] | None = None
        self._photo_of: bytes | None = None
        self.setWindowTitle("申請サポート — お客様用")
        self.setMinimumSize(*RESIDENT_SIZE)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.call_bar = StaffCallRow(lambda: send_safely(flow, E.CALL_STAFF), self.presentation)
        outer.addWidget(self.call_bar)
        self.title = PhraseLabel("title")
        self.body = PhraseLabel("body")
        self.details = tuple(RubyLabel("body") for _ in range(DETAIL_LINES))
        self.busy = BusyIndicator()
        self.action_bar = ActionBar(self._action, pairs_side_by_side=True)
        self.action_bar.setMinimumWidth(680)  # big answers, not buttons hugging their words
        self.action_bar.hide()  # until the view has actions
        self.photo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        self.words = ScrollingText(self.title, self.body, self.busy, spacing=8, centred=(self.busy,))
        self.steps = WordSteps(self.words, self._apply)  # long words in steps, never scrolled
        # The details stand with the answers, outside the words, as a keypad does: the words are
        # fitted in the room they leave.
        details = QVBoxLayout()
        details.setSpacing(2)
        for label in self.details:
            details.addWidget(label)
        column = QWidget()  # the answers measure their row in this column, beside the photo
        text = QVBoxLayout(column)
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(10)
        text.addStretch(1)
        text.addWidget(self.words)
        text.addLayout(details)
        text.addWidget(self.action_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(theme.MARGIN)
        top.addWidget(column, 1)
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignVCenter)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN // 3, theme.MARGIN, theme.MARGIN // 3)
        layout.addLayout(top, 1)
        outer.addWidget(page, 1)
        voice = self.presentation.voice
        self.access_bar = AccessBar(self.presentation.preferences, self.presentation.translations.text,
                                    voice.replay if voice is not None else None)
        outer.addWidget(self.access_bar)
        self.setCentralWidget(central)

        self.follower = PreferencesFollower(self, self.presentation, self.access_bar, self._preferences_changed)
        reset_for_each_resident(self.presentation.preferences, flow.observe, S.IDLE)
        self.bridge = CounterViewBridge(flow, resident_view)
        self.bridge.attach(self.show_view)

    def _action(self, action: Action) -> None:
        page = self.steps.turn(action)
        if page is None:
            send_safely(self.flow, action.intent, **action.payload)
        else:
            self.presentation.say(spoken(page))

    def _apply(self, page: Page) -> None:
        """Words and answers (or 「つぎへ」) of one step of the current view; the resident's details
        and the photo come with the question, on the last step."""
        view = self.view
        assert view is not None  # a page is always of the view on screen
        self.title.setText(page.title)
        self.body.setText(page.body)
        self.body.setVisible(bool(page.body))
        for index, label in enumerate(self.details):
            line = view.details[index] if page.last and index < len(view.details) else ""
            label.setText(line)
            label.setVisible(bool(line))
        self.photo.setVisible(page.last and view.photo_jpeg is not None)
        if page.last:
            self.action_bar.set_actions(view.actions)
        else:
            self.action_bar.set_actions(WordSteps.turns(page, self.presentation.text), row=True)

    def _show_photo(self, jpeg: bytes | None) -> None:
        """The photo to accept, from memory (decoded once per photo)."""
        if jpeg is not None and jpeg is not self._photo_of:
            pixmap = QPixmap()
            pixmap.loadFromData(jpeg, "JPEG")
            self.photo.setPixmap(pixmap.scaledToHeight(PHOTO_PX, Qt.TransformationMode.SmoothTransformation))
        elif jpeg is None:
            self.photo.clear()
        self._photo_of = jpeg
        self.photo.setAccessibleName(self.presentation.text(intake_text("review.photo")))

    def _preferences_changed(self, language_changed: bool) -> None:
        if self._raw_view is not None:
            self._show(self._raw_view)
            if language_changed:
                self.presentation.say(self._raw_view.spoken)

    def show_view(self, view: IntakeResidentView) -> None:
        """Show ``view`` in the resident's language; a new step is spoken (its question, never the
        resident's details; the photo guidance changing with each frame is shown, not spoken)."""
        self._raw_view = view
        key = (view.state, view.title)
        if key != self._screen_key:
            self._screen_key = key
            self.presentation.say(view.spoken)
        self.call_bar.answer(view.staff_calls)
        self._show(view)

    def _show(self, raw: IntakeResidentView) -> None:
        view = self.presentation.localised(raw)
        previous, self.view = self.view, view
        # First: the words are fitted in the room the call row and the photo leave.
        callable_here = self.flow.candidates(raw.state, E.CALL_STAFF) is not None
        self.call_bar.show_calls(raw.staff_calls, callable_here=callable_here)
        self._show_photo(raw.photo_jpeg)
        self.access_bar.show_languages(view.state in LANGUAGE_STATES)
        self.busy.setVisible(view.state in BUSY_STATES)
        same_words = previous is not None and (previous.state, previous.title, previous.body, previous.details) == \
            (view.state, view.title, view.body, view.details)
        self.steps.plan("", view.title, view.body, same=same_words)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.bridge.detach()
        self.photo.clear()
        super().closeEvent(event)
