"""The resident's screen at a municipal desk (1024×768, a second monitor turned to the resident):
shows :class:`~kiosk.counter.view.ResidentView` — the PIN choice, the privacy keypads, the
same-digits and registration questions, the waiting screens. The view carries no staff data.
The counter desk's by default; the registration support desk's with its :class:`ScreenRules`.
A row above the page holds 「係員を 呼ぶ」 (issue 16 §2): the flow tells staff, the button then
reads 「係員を 呼んでいます」.

What the resident types is never shown: the keypads show one dot per character and hand the
buffer over once, on 確定 (``PIN_KEYED``), then clear it.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.accessibility import reset_for_each_resident
from kiosk.counter.pin_rules import SIGN_MAX_LENGTH, SIGN_MIN_LENGTH
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import Action, ResidentView, resident_view
from kiosk.i18n.controls import control_text
from ui import theme
from ui.access_bar import AccessBar
from ui.call_row import StaffCallRow
from ui.counter.view_bridge import CounterViewBridge, Machine, send_safely
from ui.keypad import MaskedEntry, PinKeypad, make_key
from ui.labels import label
from ui.presentation import PreferencesFollower, Presentation
from ui.widgets import ActionBar, BusyIndicator, PhraseLabel, ScrollingText
from ui.word_pages import Page, WordSteps, spoken

WINDOW_SIZE = (1024, 768)
FOUR_DIGITS = 4
# Digits first, then the alphabet in order (not QWERTY: easier to find for someone who never types).
ALNUM_ROWS = ("1234567890", "ABCDEFGHIJ", "KLMNOPQRST", "UVWXYZ")
ALNUM_KEY = (84, 60)  # fits ten keys and the margins into 1024 px

RESIDENT_STYLE = f"""
QPushButton#alnumKey {{ font-size: 34px; min-height: {ALNUM_KEY[1]}px; min-width: {ALNUM_KEY[0]}px; padding: 0;
                       border-radius: 10px; }}
QPushButton#alnumSmall {{ font-size: 26px; min-height: {ALNUM_KEY[1]}px; padding: 0; border-radius: 10px; }}
QPushButton#alnumSubmit {{ font-size: 34px; min-height: {ALNUM_KEY[1]}px; padding: 0; border-radius: 10px; }}
"""


class AlnumKeypad(MaskedEntry, QWidget):
    """Keys 0–9 and A–Z, 「1つ消す」, 「全部消す」 and a wide 「確定」 (the 署名用 password).

    :param on_submit: receives the text on 確定 (only with ``min_length``–``max_length`` characters).
    """

    def __init__(self, on_submit: Callable[[str], None], *, min_length: int = SIGN_MIN_LENGTH,
                 max_length: int = SIGN_MAX_LENGTH) -> None:
        super().__init__()
        self.render_text: Callable[[str], str] = str  # the window sets its resident's language
        self._start_entry(on_submit, min_length, max_length)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(5)
        for row, characters in enumerate(ALNUM_ROWS):
            for column, character in enumerate(characters):
                self.keys[character] = make_key(character, "alnumKey", partial(self.press, character))
                grid.addWidget(self.keys[character], row, column)
        self.backspace_key = make_key(control_text("key.backspace"), "alnumSmall", self.backspace)
        self.clear_key = make_key(control_text("key.clear"), "alnumSmall", self.clear)
        grid.addWidget(self.backspace_key, 3, 6, 1, 2)
        grid.addWidget(self.clear_key, 3, 8, 1, 2)
        self.submit_key = make_key(control_text("key.submit"), "alnumSubmit", self.submit)
        self.submit_key.setProperty("primary", True)
        self.count_text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.count_text.setObjectName("hint")
        # The dots and the counter on the left, a wide 「確定」 on the right: one row less than
        # 確定 under the keys, for the words above (issue 16 §3).
        typed = QVBoxLayout()
        typed.setSpacing(0)
        typed.addWidget(self.dots)
        typed.addWidget(self.count_text)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addLayout(typed, 3)
        head.addWidget(self.submit_key, 2, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._refresh()

    def _refresh(self) -> None:
        typed = len(self._typed)
        self.dots.set_filled(typed)
        count = control_text("key.count", typed=typed, low=self._bounds[0], high=self._bounds[1])
        self.count_text.setText(self.render_text(count))
        self.count_text.setAccessibleName(self.count_text.text())
        for key in self.keys.values():
            key.setEnabled(not self.full)
        self.submit_key.setEnabled(self.complete)

    def refresh_text(self) -> None:
        """Show the counter again (in a language chosen since)."""
        self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, text = event.key(), event.text().upper()
        if len(text) == 1 and text in string.ascii_uppercase + string.digits:
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Delete):
            self.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)


@dataclass(frozen=True)
class ScreenRules:
    """How a desk's flow meets the screen: its resident views, the event a keypad's 確定 sends,
    the event 「係員を 呼ぶ」 sends, where a new resident starts (the preferences go back to the
    defaults), the states shown as busy, and those where the language may still be changed
    (before any question is answered)."""

    build: Callable[[Any, Any], ResidentView]
    keyed: Enum
    call: Enum
    first: Enum
    busy: frozenset[Enum]
    languages: frozenset[Enum]
    title: str


COUNTER_RULES = ScreenRules(
    resident_view, E.PIN_KEYED, E.CALL_STAFF, S.QUEUE,
    frozenset({S.WRITING_PINS, S.CONFIRMING_PINS, S.HANDING_OVER, S.REGISTERING, S.FINISHING}),
    frozenset({S.QUEUE, S.APPLICATION, S.DOCUMENTS, S.CARD_WAIT, S.CARD_CHECK, S.CARD_FACE_ENTRY, S.FACE_CHECK,
               S.PIN_CHOICE, S.JLIS_PINS, S.CONFIRMING_PINS}),
    "マイナンバーカード 交付窓口 — お客様用")


class ResidentScreen(QMainWindow):
    """:param flow: the desk's flow (the counter's unless ``rules`` say otherwise).
    :param simulator: show the simulator banner.
    :param presentation: translations, voice and the resident's preferences (issue 6); they go
        back to the defaults when the desk returns to its first state (the next resident)."""

    def __init__(self, flow: Machine, *, simulator: bool = False,
                 presentation: Presentation | None = None, rules: ScreenRules = COUNTER_RULES) -> None:
        super().__init__()
        self.flow = flow
        self.rules = rules
        self.presentation = presentation or Presentation.build()
        self.view: ResidentView | None = None
        self._raw_view: ResidentView | None = None
        self._screen_key: tuple | None = None
        self.setWindowTitle(rules.title)
        self.setMinimumSize(*WINDOW_SIZE)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if simulator:
            banner = QLabel(label("simulator.banner"), alignment=Qt.AlignmentFlag.AlignCenter)
            banner.setObjectName("simBanner")
            banner.setAccessibleName(banner.text())
            outer.addWidget(banner)
        # The top row: 「係員を 呼ぶ」 (shared with the intake desk's resident window).
        self.call_bar = StaffCallRow(lambda: send_safely(self.flow, self.rules.call), self.presentation)
        self.call_button = self.call_bar.button
        outer.addWidget(self.call_bar)
        page = QWidget()
        self.title = PhraseLabel("title")
        self.body = PhraseLabel("body")
        self.warning = PhraseLabel("warning")
        self.busy = BusyIndicator()
        self.action_bar = ActionBar(self._action, pairs_side_by_side=True)
        self.action_bar.setMinimumWidth(680)  # big answers, not buttons hugging their words
        self.action_bar.hide()  # until the view has actions (ActionBar starts with none, shown)
        self.digits = PinKeypad(self._keyed, min_digits=FOUR_DIGITS, max_digits=FOUR_DIGITS)
        self.alnum = AlnumKeypad(self._keyed)
        # Text on the left and the digit keypad on the right (it is tall); the alphanumeric
        # keypad is wide and goes under the text.
        # The warning first: what went wrong must be read even when the words need scrolling.
        words = self.words = ScrollingText(self.warning, self.title, self.body, self.busy, spacing=8,
                                           centred=(self.busy,))
        self.steps = WordSteps(words, self._apply)  # long words in steps, never scrolled
        text = QVBoxLayout()
        text.setSpacing(10)
        text.addStretch(1)
        text.addWidget(words)
        text.addWidget(self.action_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(theme.MARGIN + 8)
        top.addLayout(text, 1)
        top.addWidget(self.digits, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN // 3, theme.MARGIN, theme.MARGIN // 3)
        layout.setSpacing(8)
        layout.addLayout(top, 1)
        layout.addWidget(self.alnum)
        outer.addWidget(page, 1)
        voice = self.presentation.voice
        self.access_bar = AccessBar(self.presentation.preferences, self.presentation.translations.text,
                                    voice.replay if voice is not None else None)
        outer.addWidget(self.access_bar)
        self.setCentralWidget(central)
        self.alnum.render_text = self.presentation.text

        self.follower = PreferencesFollower(self, self.presentation, self.access_bar, self._preferences_changed,
                                            extra=RESIDENT_STYLE)
        reset_for_each_resident(self.presentation.preferences, flow.observe, rules.first)
        self.bridge = CounterViewBridge(flow, rules.build)
        self.bridge.attach(self.show_view)

    def _action(self, action: Action) -> None:
        page = self.steps.turn(action)
        if page is None:
            send_safely(self.flow, action.intent, **action.payload)
        else:
            self.presentation.say(spoken(page))
            self._focus_keypad()

    def _focus_keypad(self) -> None:
        keypad = self.keypad
        if keypad is not None:
            keypad.setFocus()

    def _apply(self, page: Page) -> None:
        """Words, answers (or 「つぎへ」) and keypad of one step of the current view."""
        view = self.view
        assert view is not None  # a page is always of the view on screen
        self.title.setText(page.title)
        self.body.setText(page.body)
        self.body.setVisible(bool(page.body))
        self.warning.setText(page.warning)
        self.warning.setVisible(bool(page.warning))
        if page.last:
            self.action_bar.set_actions(view.actions)
        else:
            self.action_bar.set_actions(WordSteps.turns(page, self.presentation.text), row=True)
        keypad = {"digits": self.digits, "alnum": self.alnum}.get(view.keypad) if page.last else None
        self.digits.setVisible(keypad is self.digits)
        self.alnum.setVisible(keypad is self.alnum)
        # Beside a keypad the reassurance line is a hint, not the message.
        theme.set_style_name(self.body, "hint" if keypad is not None else "body")
        align = Qt.AlignmentFlag.AlignLeft if keypad is self.digits else Qt.AlignmentFlag.AlignHCenter
        for widget in (self.title, self.body, self.warning):
            widget.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)

    def _keyed(self, text: str) -> None:
        send_safely(self.flow, self.rules.keyed, text=text)

    @property
    def keypad(self) -> PinKeypad | AlnumKeypad | None:
        """The keypad on screen (None when the view has none)."""
        return self.digits if not self.digits.isHidden() else self.alnum if not self.alnum.isHidden() else None

    def _preferences_changed(self, language_changed: bool) -> None:
        if self._raw_view is not None:
            self._show(self._raw_view)
            if language_changed:
                self.presentation.say(self._raw_view.spoken)

    def show_view(self, view: ResidentView) -> None:
        """Show ``view`` in the resident's language; a new question is spoken (never what is typed)."""
        self._raw_view = view
        key = (view.state, view.title, view.entry_label, view.warning)
        if key != self._screen_key:
            self._screen_key = key
            self.presentation.say(view.spoken)
        self.call_bar.answer(view.staff_calls)
        self._show(view)

    def _show(self, raw: ResidentView) -> None:
        view = self.presentation.localised(raw)
        previous, self.view = self.view, view
        # First: the words are fitted in the room the call row leaves.
        self.call_bar.show_calls(raw.staff_calls,
                                 callable_here=self.flow.candidates(raw.state, self.rules.call) is not None)
        self.access_bar.show_languages(view.state in self.rules.languages)
        self.alnum.refresh_text()
        self.busy.setVisible(view.state in self.rules.busy)
        if previous is None or (previous.keypad, previous.title, previous.entry_label) != \
                (view.keypad, view.title, view.entry_label):
            self.digits.clear()  # a new question: nothing typed for the last one carries over
            self.alnum.clear()
        same_words = previous is not None and (previous.state, previous.warning, previous.title, previous.body) == \
            (view.state, view.warning, view.title, view.body)
        self.steps.plan(view.warning, view.title, view.body, keypad=bool(view.keypad), same=same_words)
        self._focus_keypad()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.bridge.detach()
        self.digits.clear()
        self.alnum.clear()
        super().closeEvent(event)
