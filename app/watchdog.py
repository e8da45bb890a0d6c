"""systemd's service notifications from the kiosk's Qt event loop (packaging/README.md).

Under ``myna-kiosk.service`` (``Type=notify``, ``WatchdogSec=``) the kiosk says ``READY=1`` once its
event loop runs, then ``WATCHDOG=1`` from that loop every half watchdog period: a loop that hangs
stops the pings and systemd restarts the kiosk. The messages are datagrams to the socket systemd
names in ``$NOTIFY_SOCKET`` (sd_notify(3)); without it — a developer's run, the tests — nothing is
sent and nothing is scheduled.

The kiosk runs as the kiosk compositor's child, not as the service's main process, so
``$WATCHDOG_PID`` (the compositor's) is not compared with this process: the unit sets
``NotifyAccess=all`` instead. A notification that cannot be sent is logged, never raised: the
watchdog must not be what stops a kiosk.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported when a kiosk window opens, not for every command
    from PySide6.QtCore import QCoreApplication, QTimer

logger = logging.getLogger(__name__)

_ATTACHED = "_myna_watchdog"  # the QTimer's object name on the application: attached once


def notify(state: str, environ: dict[str, str] | None = None) -> bool:
    """Send ``state`` (e.g. ``"READY=1"``) to ``$NOTIFY_SOCKET``; False when there is none or it failed.

    :param environ: the environment to read (default ``os.environ``).
    """
    address = (os.environ if environ is None else environ).get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":
        return False
    if address[0] == "@":  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto(state.encode(), address)
    except OSError as exc:
        logger.warning("systemd notification %r not sent: %s", state.split("=")[0], exc)
        return False
    return True


def ping_interval_ms(environ: dict[str, str] | None = None) -> int | None:
    """Half of ``$WATCHDOG_USEC`` in milliseconds (at least 1), or None when systemd watches nothing."""
    usec = (os.environ if environ is None else environ).get("WATCHDOG_USEC", "")
    if not usec.isdigit() or int(usec) == 0:
        return None
    return max(1, int(usec) // 2000)


def attach(app: QCoreApplication | None = None) -> None:
    """From the event loop of ``app`` (default: the kiosk's, ``ui.app.create_application``):
    ``READY=1`` as soon as it runs, ``WATCHDOG=1`` every half watchdog period, ``STOPPING=1`` when
    it quits. Call before ``app.exec()``. Once per application (a second call does nothing);
    nothing at all outside a notify service."""
    if not os.environ.get("NOTIFY_SOCKET"):
        return
    from PySide6.QtCore import QObject, QTimer

    if app is None:
        from ui.app import create_application

        app = create_application()
    if app.findChild(QObject, _ATTACHED) is not None:
        return
    pings = QTimer(app)
    pings.setObjectName(_ATTACHED)
    interval = ping_interval_ms()
    if interval is not None:
        pings.setInterval(interval)
        pings.timeout.connect(lambda: notify("WATCHDOG=1"))
    QTimer.singleShot(0, app, lambda: _ready(pings, interval is not None))
    app.aboutToQuit.connect(lambda: notify("STOPPING=1"))


def _ready(pings: QTimer, watched: bool) -> None:
    """The event loop runs: say so, and start the pings when systemd watches."""
    notify(f"READY=1\nSTATUS=kiosk running (pid {os.getpid()})")
    if watched:
        notify("WATCHDOG=1")
        pings.start()
