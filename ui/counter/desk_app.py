"""A counter desk's two windows: the staff console and, on a second monitor turned to the
resident, the resident's screen. ``app`` (the composition package) assembles the desk and
calls :func:`run_counter`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kiosk.accessibility import AccessibilityConfig
from kiosk.counter.machine import CounterFlow
from kiosk.counter.qr_scanner import QrScanner
from kiosk.settings import CounterSettings
from kiosk.voice.guide import VoiceGuide
from ui.app import create_application
from ui.audio_out import QtAudioOutput
from ui.counter import resident_screen, staff_console
from ui.counter.qr_feed import QrFeed
from ui.counter.resident_screen import ResidentScreen
from ui.counter.staff_console import StaffConsole
from ui.presentation import Presentation
from ui.sim_panel import SimulatorIntents, SimulatorPanel
from ui.window_places import GAP, available, clamped, place_beside


def open_windows(flow: CounterFlow, *, simulator: bool = False, counter: CounterSettings | None = None,
                 presentation: Presentation | None = None) -> tuple[StaffConsole, ResidentScreen]:
    """Both windows, shown (:func:`show_pair`); ``counter``: the desk's ``[counter]`` settings;
    ``presentation``: the resident screen's languages and voice (default: no voice)."""
    console = StaffConsole(flow, simulator=simulator, counter=counter)
    resident = ResidentScreen(flow, simulator=simulator, presentation=presentation)
    show_pair(console, resident)
    return console, resident


def show_pair(console: QWidget, resident: QWidget) -> None:
    """A desk's two windows: each full screen on its own monitor when there are two, else side by
    side in their design sizes (a developer's single screen)."""
    screens = QGuiApplication.screens()
    if len(screens) >= 2:
        primary = QGuiApplication.primaryScreen()
        other = next((s for s in screens if s.name() != primary.name()), screens[1])
        _full_screen_on(console, primary.availableGeometry())
        _full_screen_on(resident, other.availableGeometry())
    else:
        console.resize(*staff_console.WINDOW_SIZE)
        resident.resize(*resident_screen.WINDOW_SIZE)
        console.show()
        place_beside(resident, console)
        resident.show()


def _full_screen_on(window: QWidget, geometry: QRect) -> None:
    window.move(geometry.topLeft())
    window.resize(geometry.size())
    window.showFullScreen()


def open_panel(simulator: SimulatorIntents, console: QWidget) -> SimulatorPanel:
    """The simulator panel over the bottom left of the staff console."""
    panel = SimulatorPanel(simulator)
    panel.adjustSize()
    panel.move(clamped(QPoint(console.geometry().left() + GAP, console.geometry().bottom() - 200), panel,
                       available(console)))
    panel.show()
    return panel


def run_counter(flow: CounterFlow, *, simulator: SimulatorIntents | None = None, smoke: bool = False,
                scanner: QrScanner | None = None, counter: CounterSettings | None = None,
                accessibility: AccessibilityConfig | None = None,
                voice: Callable[[], VoiceGuide | None] | None = None) -> int:
    """Show the desk until the windows are closed; returns the application's exit code.

    :param flow: the desk's counter flow (``app.counter.assemble_desk``): the windows send it the
        intents, it runs its effects and its idle lock.
    :param simulator: the simulator's controls: the simulator banner on both windows and the panel
        (put a synthetic resident's card on the desk reader).
    :param smoke: quit as soon as both windows have been painted (start-up check).
    :param scanner: the desk's QR camera: a 申請書ID it reads opens the application, with a beep.
    :param counter: the desk's ``[counter]`` settings (the municipality and printer of its receipts).
    :param accessibility: languages and DPI of the resident screen (``[accessibility]``).
    :param voice: makes the voice guide once the Qt application exists: the resident screen says
        each question, as the clinic's kiosk does (``kiosk.voice``).
    """
    app = create_application()
    guide = voice() if voice is not None else None
    console, resident = open_windows(flow, simulator=simulator is not None, counter=counter,
                                     presentation=Presentation.build(accessibility, guide))
    feed = None if scanner is None else QrFeed(scanner, console.submit_lookup, QtAudioOutput(), parent=console)
    if feed is not None:
        feed.start()
    panel = None if simulator is None else open_panel(simulator, console)
    if smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        if feed is not None:
            feed.stop()
        for window in (console, resident, panel):
            if window is not None:
                window.close()
        if guide is not None:
            guide.close()
