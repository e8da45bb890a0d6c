"""Start the system ``pcscd`` with the vpcd reader when it is not already running.

Used by the test suite, the benchmark and ``myna-kiosk sim card serve``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from drivers.pcsc import list_readers
from kiosk.card.errors import CardError

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
VPCD_PORT = 0x8C7B  # 35963 serves slot 0; 35964 slot 1


def vpcd_reader(port: int = VPCD_PORT) -> str:
    """The PC/SC reader name of the vpcd slot listening on ``port``."""
    return f"Virtual PCD 00 {port - VPCD_PORT:02d}"


VPCD_READER = vpcd_reader()


class PcscdUnavailable(RuntimeError):
    """pcscd cannot be used here; the message says why."""


def _readers() -> list[str] | None:
    try:
        return list_readers()
    except CardError:
        return None


def ensure_pcscd(timeout: float = 10.0) -> subprocess.Popen | None:
    """Make sure pcscd runs with the Virtual PCD reader.

    :return: the process started here (stop it when done), or None if one was already running.
    :raises PcscdUnavailable: not installed, not root, or it did not come up.
    """
    if shutil.which("pcscd") is None or not VPCD_DRIVER.exists():
        raise PcscdUnavailable("pcscd or vsmartcard-vpcd not installed (run installer/install-system-packages.sh)")
    readers = _readers()
    if readers is not None:
        if VPCD_READER not in readers:
            raise PcscdUnavailable(f"the running pcscd has no {VPCD_READER!r} reader (vsmartcard-vpcd configured?)")
        return None
    if os.geteuid() != 0:
        raise PcscdUnavailable("pcscd is not running and starting it needs root")
    process = subprocess.Popen(["pcscd", "--foreground"], stdout=subprocess.DEVNULL,  # noqa: S603,S607
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while (readers := _readers()) is None or VPCD_READER not in readers:
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            raise PcscdUnavailable(f"pcscd did not come up with the {VPCD_READER!r} reader in {timeout:.0f} s")
        time.sleep(0.05)
    return process


def stop(process: subprocess.Popen | None) -> None:
    """Stop a pcscd that :func:`ensure_pcscd` started."""
    if process is not None:
        process.terminate()
        process.wait(timeout=10)


def wait_card_state(reader: str, present: bool, timeout: float = 5.0) -> bool:
    """Wait until pcscd reports ``reader`` with (or without) a card; vpcd presence is polled, so
    a card re-inserted before pcscd saw it go would look like the old card. True on success."""
    from drivers.pcsc import reader_has_card

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if reader_has_card(reader) is present:
            return True
        time.sleep(0.02)
    return False
