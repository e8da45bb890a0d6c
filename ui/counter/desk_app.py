"""A counter desk's two windows: the staff console and, on a second monitor turned to the
resident, the resident's screen. ``app`` (the composition package) assembles the desk and
calls :func:`run_counter`."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kiosk.counter.machine import CounterFlow
from ui.app import create_application
from ui.counter import resident_screen, staff_console
from ui.counter.resident_screen import ResidentScreen
from ui.counter.staff_console import StaffConsole
from ui.sim_panel import SimulatorIntents, SimulatorPanel
from ui.window_places import GAP, available, clamped, place_beside


def open_windows(flow: CounterFlow, *, simulator: bool = False) -> tuple[StaffConsole, ResidentScreen]:
    """Both windows, shown: each full screen on its own monitor when there are two, else side by
    side in their design sizes (a developer's single screen)."""
    console = StaffConsole(flow, simulator=simulator)
    resident = ResidentScreen(flow, simulator=simulator)
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
    return console, resident


def _full_screen_on(window: QWidget, geometry: QRect) -> None:
    window.move(geometry.topLeft())
    window.resize(geometry.size())
    window.showFullScreen()


def run_counter(flow: CounterFlow, *, simulator: SimulatorIntents | None = None, smoke: bool = False) -> int:
    """Show the desk until the windows are closed; returns the application's exit code.

    :param flow: the desk's counter flow (``app.counter.assemble_desk``): the windows send it the
        intents, it runs its effects and its idle lock.
    :param simulator: the simulator's controls: the simulator banner on both windows and the panel
        (put a synthetic resident's card on the desk reader).
    :param smoke: quit as soon as both windows have been painted (start-up check).
    """
    app = create_application()
    console, resident = open_windows(flow, simulator=simulator is not None)
    panel = None
    if simulator is not None:
        panel = SimulatorPanel(simulator)
        panel.adjustSize()
        panel.move(clamped(QPoint(console.geometry().left() + GAP, console.geometry().bottom() - 200), panel,
                           available(console)))
        panel.show()
    if smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        for window in (console, resident, panel):
            if window is not None:
                window.close()
