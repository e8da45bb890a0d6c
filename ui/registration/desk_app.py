"""The registration support desk's two windows: the staff console and, turned to the resident, the
resident's screen (the counter desk's, with this flow's rules). ``app`` assembles the desk and
calls :func:`run_registration`."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from kiosk.registration.machine import RegistrationFlow
from kiosk.registration.table import RegistrationEvent as E
from kiosk.registration.table import RegistrationState as S
from kiosk.registration.view import resident_view
from ui.app import create_application
from ui.counter.desk_app import open_panel, show_pair
from ui.counter.resident_screen import ResidentScreen, ScreenRules
from ui.registration.staff_console import RegistrationConsole
from ui.sim_panel import SimulatorIntents

RULES = ScreenRules(
    resident_view, E.PIN_KEYED, E.CALL_STAFF, S.WAITING,
    frozenset({S.READING_CARD, S.VERIFYING, S.CHECKING, S.REGISTERING}),
    frozenset({S.WAITING, S.READING_CARD, S.CHOOSE_METHOD}),
    "健康保険証利用の 申し込み — お客様用")


def open_windows(flow: RegistrationFlow, *, simulator: bool = False) -> tuple[RegistrationConsole, ResidentScreen]:
    """Both windows, shown as a counter desk's are."""
    console = RegistrationConsole(flow, simulator=simulator)
    resident = ResidentScreen(flow, simulator=simulator, rules=RULES)
    show_pair(console, resident)
    return console, resident


def run_registration(flow: RegistrationFlow, *, simulator: SimulatorIntents | None = None,
                     smoke: bool = False) -> int:
    """Show the desk until the windows are closed; returns the application's exit code.

    :param simulator: the simulator's controls (put a synthetic resident's card on the reader).
    :param smoke: quit as soon as both windows have been painted (start-up check).
    """
    app = create_application()
    console, resident = open_windows(flow, simulator=simulator is not None)
    panel = None if simulator is None else open_panel(simulator, console)
    if smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        for window in (console, resident, panel):
            if window is not None:
                window.close()
