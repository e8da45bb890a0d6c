"""The intake desk as it runs (issue 18): on a real terminal behind a staff login — the counter's
login page (``ui.counter.login_page``) checked against the shared staff accounts — then the two
intake windows (``ui.application.windows``) for the staff member logged in, until ログアウト (between
residents) brings the login back. On the simulators the windows open at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.accessibility import AccessibilityConfig
from kiosk.application.machine import IntakeFlow
from kiosk.application.table import IntakeState as S
from kiosk.counter.machine import IDLE_SECONDS
from kiosk.counter.records import StaffMember
from kiosk.errors import KioskError
from kiosk.messages import message_for, message_for_code
from kiosk.voice.guide import VoiceGuide
from ui.app import create_application
from ui.application.resident_window import ResidentWindow
from ui.application.windows import Reissue, StaffWindow, open_windows
from ui.counter.login_page import LoginPage
from ui.counter.staff_console import STAFF_STYLE
from ui.presentation import Presentation

logger = logging.getLogger(__name__)

# What counts as staff using the desk (the idle lock counts from the last one).
STAFF_ACTIVITY = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin})
Authenticate = Callable[[str, str], StaffMember]  # kiosk.store.staff.StaffDirectory.authenticate at this desk


class LoginWindow(QWidget):
    """The counter's login page in a window of its own; the password check (scrypt, the database)
    runs off the Qt thread. ``logged_in`` carries the :class:`StaffMember`."""

    logged_in = Signal(object)
    _refused = Signal(str)

    def __init__(self, authenticate: Authenticate) -> None:
        super().__init__()
        self.setWindowTitle("申請サポート — 職員ログイン")
        self.setStyleSheet(STAFF_STYLE)
        self._authenticate = authenticate
        self.page = LoginPage(self._submit)
        QVBoxLayout(self).addWidget(self.page)
        self._refused.connect(self.refuse, Qt.ConnectionType.QueuedConnection)

    def _submit(self, staff_id: str, password: str) -> None:
        def check() -> None:
            try:
                member = self._authenticate(staff_id, password)
            except KioskError as error:
                self._refused.emit(str(message_for(error)))
            else:
                self.logged_in.emit(member)

        self.page.message.hide()
        threading.Thread(target=check, name="staff-login", daemon=True).start()

    def refuse(self, text: str) -> None:
        """Say why no one was logged in; the login stays."""
        self.page.message.setText(text)
        self.page.message.show()
        self.page.staff_id.setFocus()

    def reset(self) -> None:
        """Empty, for the next staff member."""
        self.page.leave()
        self.page.message.hide()


class DeskWindows(QObject):
    """Login → the intake windows for that staff member → ログアウト → login. Like the counter's
    desk, a logged-in desk locks itself (back to the login) after ``idle_seconds`` without staff
    activity — between residents only; during an intake it waits another ``idle_seconds``.

    :param open_flow: opens the staff member's intake session and its flow (by staff id).
    :param authenticate: checks a staff login; None: no login (simulators), the desk opens for
        ``staff_id`` and never locks.
    """

    def __init__(self, open_flow: Callable[[str], IntakeFlow], *, authenticate: Authenticate | None = None,
                 staff_id: str = "clerk01", scan_qr: Callable[[], str | None] | None = None,
                 reissue: Reissue | None = None, presentation: Presentation | None = None,
                 idle_seconds: float = IDLE_SECONDS) -> None:
        super().__init__()
        self._open_flow, self._staff_id = open_flow, staff_id
        self._scan_qr, self._reissue, self._presentation = scan_qr, reissue, presentation
        self.login: LoginWindow | None = None
        if authenticate is not None:
            self.login = LoginWindow(authenticate)
            self.login.logged_in.connect(self._logged_in, Qt.ConnectionType.QueuedConnection)
        self.windows: tuple[StaffWindow, ResidentWindow] | None = None
        self._flow: IntakeFlow | None = None
        self._detach: Callable[[], None] = lambda: None
        self._idle = QTimer(self, singleShot=True, interval=round(idle_seconds * 1000))
        self._idle.timeout.connect(self.lock_if_idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in STAFF_ACTIVITY and self._idle.isActive() and self.windows is not None \
                and isinstance(watched, QWidget) and self.windows[0].isAncestorOf(watched):
            self._idle.start()  # staff used their window (not the resident theirs): counted from now
        return False

    def lock_if_idle(self) -> None:
        """The idle time ran out: back to the login, unless a resident is being served (then the
        lock waits another idle time)."""
        if self._flow is not None and self._flow.state is not S.IDLE:
            self._idle.start()  # a resident is being served: not now
            return
        logger.info("application desk: locked after %.0f s without staff activity", self._idle.interval() / 1000)
        self.logout()

    def start(self) -> None:
        """Show the login (or, without one, the windows)."""
        if self.login is None:
            self._open(self._staff_id)
        else:
            self.login.show()

    def _logged_in(self, member: StaffMember) -> None:
        login = self.login
        assert login is not None  # only a desk with a login is told of one
        logger.info("application desk: %s logged in", member.staff_id)
        try:
            self._open(member.staff_id)
        except (KioskError, OSError) as error:  # the vault or the database: say so, stay at the login
            logger.error("cannot open an intake session: %s", error)
            login.refuse(str(message_for_code(error.code if isinstance(error, KioskError) else "KIOSK_ERROR")))
            return
        login.reset()
        login.hide()

    def _open(self, staff_id: str) -> None:
        flow = self._open_flow(staff_id)
        staff, resident, self._detach = open_windows(
            flow, self._scan_qr, presentation=self._presentation, reissue=self._reissue,
            logout=None if self.login is None else self.logout)
        self.windows, self._flow = (staff, resident), flow
        if self.login is not None:
            app = QApplication.instance()
            if app is not None:  # the staff window rebuilds its widgets: watch the taps on any of them
                app.installEventFilter(self)
            self._idle.start()

    def logout(self) -> None:
        """Close the windows and show the login for the next staff member."""
        if self.login is None:
            return
        self.login.show()  # first: closing the last window would end the application
        self.close_windows()

    def close_windows(self) -> None:
        """Detach and close the intake windows (if open)."""
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._detach()
        self._detach = lambda: None
        self._flow = None
        for window in self.windows or ():
            window.close()
        self.windows = None

    def close(self) -> None:
        """Close every window of the desk."""
        self.close_windows()
        if self.login is not None:
            self.login.close()


def run_application(open_flow: Callable[[str], IntakeFlow], *, authenticate: Authenticate | None = None,
                    staff_id: str = "clerk01", scan_qr: Callable[[], str | None] | None = None,
                    reissue: Reissue | None = None, smoke: bool = False,
                    accessibility: AccessibilityConfig | None = None,
                    voice: Callable[[], VoiceGuide | None] | None = None) -> int:
    """Run the intake desk (:class:`DeskWindows`) until its windows are closed; returns the
    application's exit code.

    :param smoke: quit as soon as the first window has been painted (start-up check).
    :param accessibility: languages and DPI of the resident's screen (``[accessibility]``).
    :param voice: makes the voice guide once the Qt application exists: the resident's screen says
        each new step (``kiosk.voice``).
    """
    app = create_application()
    guide = voice() if voice is not None else None
    desk = DeskWindows(open_flow, authenticate=authenticate, staff_id=staff_id, scan_qr=scan_qr, reissue=reissue,
                      presentation=Presentation.build(accessibility, guide))
    desk.start()
    if smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        desk.close()
        if guide is not None:
            guide.close()
