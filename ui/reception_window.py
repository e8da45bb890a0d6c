"""The resident's window at the clinic: renders whatever :class:`~kiosk.reception.view.ScreenView` the
flow reports, and sends the intents of its buttons back. It decides nothing about the visit.

Layout, top to bottom: the simulator banner (simulator mode only), the help bar (「やめる」,
「係員を 呼ぶ」), the inactivity warning, the card-left-behind alarm, the page for the state
(``ui.screens``), the accessibility bar and, on the first screen, what staff should know (a missing
voice or translation). The hidden staff corner and its keypad overlay float above everything.

Every view is shown and spoken in the resident's language and text size (issue 6); the resident's
choices go back to Japanese and the standard size when the flow returns to the first screen.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.accessibility import reset_for_each_resident
from kiosk.reception.events import Event
from kiosk.reception.machine import ReceptionFlow
from kiosk.reception.states import FlowState
from kiosk.reception.view import ScreenView
from ui.access_bar import AccessBar
from ui.flow_bridge import FlowBridge, PreviewBridge
from ui.help_bar import HelpBar
from ui.labels import label
from ui.presentation import PreferencesFollower, Presentation
from ui.screens import PAGE_FOR_STATE, FacePage, Page
from ui.staff_entry import StaffHotspot, StaffOverlay
from ui.widgets import FlashingBanner, PhraseLabel

logger = logging.getLogger(__name__)

# After a screen changes, taps are ignored this long: a double tap must not answer the next
# question (two consent screens in a row have their buttons in the same place).
TAP_GUARD_S = 0.4
# The smallest kiosk screen we lay out for. Set explicitly: the word-wrapping labels would make
# Qt derive a taller minimum from their height at the narrowest width.
MINIMUM_SIZE = (1024, 768)


class ReceptionWindow(QMainWindow):
    """:param flow: the reception flow to observe and to send intents to.
    :param simulator: show the permanent simulator banner.
    :param tap_guard: seconds during which taps are ignored after a screen change.
    :param presentation: translations, voice, the resident's preferences (default: every
        translation found, no voice).
    """

    def __init__(self, flow: ReceptionFlow, *, simulator: bool = False, tap_guard: float = TAP_GUARD_S,
                 presentation: Presentation | None = None) -> None:
        super().__init__()
        self.presentation = presentation or Presentation.build()
        self._raw_view: ScreenView | None = None
        self.setWindowTitle(label("window.title"))
        self.setMinimumSize(*MINIMUM_SIZE)
        self.tap_guard = tap_guard
        self.view: ScreenView | None = None
        self._screen_key: tuple | None = None
        self._quiet_until = 0.0
        self.bridge = FlowBridge(flow)
        self.preview = PreviewBridge()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.simulator_banner: QLabel | None = None
        if simulator:
            self.simulator_banner = QLabel(label("simulator.banner"), alignment=Qt.AlignmentFlag.AlignCenter)
            self.simulator_banner.setObjectName("simBanner")
            self.simulator_banner.setAccessibleName(self.simulator_banner.text())
            layout.addWidget(self.simulator_banner)
        self.help_bar = HelpBar(self.send, self.presentation.translations.text)
        layout.addWidget(self.help_bar)
        self._staff_calls = 0
        self.warning_banner = PhraseLabel("warningBanner")
        self.warning_banner.hide()
        self.alarm_banner = FlashingBanner()
        self.stack = QStackedWidget()
        self.pages: dict[type[Page], Page] = {}
        for page_type in dict.fromkeys(PAGE_FOR_STATE.values()):
            self.pages[page_type] = page_type(self.send, self.presentation.text)
            self.stack.addWidget(self.pages[page_type])
        for widget in (self.warning_banner, self.alarm_banner):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)
        voice = self.presentation.voice
        self.access_bar = AccessBar(self.presentation.preferences, self.presentation.translations.text,
                                    voice.replay if voice is not None else None)
        layout.addWidget(self.access_bar)
        self.staff_notice = QLabel(wordWrap=True)
        self.staff_notice.setObjectName("staffNotice")
        self.staff_notice.setText("係員の方へ: " + " / ".join(self.presentation.staff_warnings))
        self.staff_notice.setAccessibleName(self.staff_notice.text())
        self.staff_notice.hide()
        layout.addWidget(self.staff_notice)
        # Not in the layout: created after the pages, so both float above them (the corner at the
        # top left, where a child widget starts), the overlay above the corner.
        self.staff_corner = StaffHotspot(central)
        self.staff_overlay = StaffOverlay(central, self.send)
        self.staff_corner.activated.connect(self.staff_overlay.open)
        self.staff_corner.hide()
        self.setCentralWidget(central)

        self.bridge.changed.connect(self.show_view, Qt.ConnectionType.QueuedConnection)
        self.preview.frame.connect(self._frame)
        self.follower = PreferencesFollower(self, self.presentation, self.access_bar, self._preferences_changed)
        reset_for_each_resident(self.presentation.preferences, flow.observe, FlowState.IDLE)
        self.bridge.attach()

    @property
    def page(self) -> Page:
        """The page on screen."""
        page = self.stack.currentWidget()
        assert isinstance(page, Page), "the stack holds the pages only"
        return page

    def send(self, event: Event, **payload: Any) -> None:
        """An intent from a button or keypad, unless the screen changed a moment ago."""
        if time.monotonic() < self._quiet_until:
            logger.info("ignored %s: within %.1f s of a screen change", event.value, self.tap_guard)
            return
        self.bridge.send(event, **payload)

    def show_view(self, view: ScreenView) -> None:
        """Show ``view`` in the resident's language; a new screen is spoken."""
        self._raw_view = view
        key = (view.state, view.title, view.consent_item, view.actions)
        if key != self._screen_key:
            self._screen_key = key
            self._quiet_until = time.monotonic() + self.tap_guard
            self.presentation.say(view.spoken)
        if view.staff_calls > self._staff_calls:  # each tap is answered aloud: staff hear it too
            self.presentation.say(view.staff_called)
        self._staff_calls = view.staff_calls
        self._show_localised(self.presentation.localised(view))

    def _preferences_changed(self, language_changed: bool) -> None:
        if self._raw_view is not None:
            self._show_localised(self.presentation.localised(self._raw_view))
            if language_changed:
                self.presentation.say(self._raw_view.spoken)

    def _show_localised(self, view: ScreenView) -> None:
        page = self.pages[PAGE_FOR_STATE[view.state]]
        if page is not self.page:
            self.page.leave()
            self.stack.setCurrentWidget(page)
        page.show_view(view)
        self.view = view
        self.help_bar.show_view(view, self.presentation.language)
        self.warning_banner.setText(view.warning)
        self.warning_banner.setVisible(bool(view.warning))
        self.alarm_banner.set_alarm(view.body if view.alarm else None)
        self.staff_corner.setVisible(view.staff_entry)
        if not view.staff_entry:
            self.staff_overlay.dismiss()
        first = view.state is FlowState.IDLE
        self.access_bar.show_languages(first)
        self.staff_notice.setVisible(first and bool(self.presentation.staff_warnings))

    def _frame(self, image: np.ndarray) -> None:
        if self.view is not None and self.view.camera:
            face = self.pages[FacePage]
            assert isinstance(face, FacePage)  # each page is filed under its own type
            face.show_frame(image)
