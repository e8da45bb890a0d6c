"""Logging for the kiosk: a rotating file under the log dir plus stderr — or, when systemd runs the
kiosk (``JOURNAL_STREAM`` set), the journal with structured fields instead of stderr (issue 15 §5):
``journalctl -u myna-kiosk LOGGER=kiosk.flow.engine`` or ``PRIORITY=3`` find lines without grep.

What may be logged is decided where messages are written (events, codes, session numbers, keyed
certificate hashes); this module adds a last guard that masks any run of 12 digits (a My Number)
and any 4–16 character PIN-like value after ``pin=``, should one ever slip into a message.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import socket
import struct
from pathlib import Path

from kiosk.private_files import private_file, private_folder

_MASKS = (re.compile(r"(?<!\d)\d{12}(?!\d)"), re.compile(r"(?i)(pin\s*[=:]\s*)\S+"))


class PrivacyFilter(logging.Filter):
    """Masks 12-digit numbers and ``pin=...`` values in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _MASKS[1].sub(r"\1****", _MASKS[0].sub("************", message))
        if masked != message:
            record.msg, record.args = masked, ()
        return True


JOURNAL_SOCKET = Path("/run/systemd/journal/socket")
_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}


class JournalHandler(logging.Handler):
    """Records to the systemd journal over its native protocol: ``MESSAGE``, ``PRIORITY``,
    ``SYSLOG_IDENTIFIER``, ``LOGGER``, ``CODE_FILE``/``CODE_LINE``/``CODE_FUNC``, and ``MYNA_<KEY>``
    for each entry of a record's ``fields`` (``logger.info(..., extra={"fields": {"code": ...}})``)."""

    def __init__(self, path: Path = JOURNAL_SOCKET, identifier: str = "myna-kiosk") -> None:
        super().__init__()
        self.path, self.identifier = path, identifier
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            fields = {"MESSAGE": self.format(record), "PRIORITY": str(_PRIORITY.get(record.levelno, 6)),
                      "SYSLOG_IDENTIFIER": self.identifier, "LOGGER": record.name, "CODE_FILE": record.pathname,
                      "CODE_LINE": str(record.lineno), "CODE_FUNC": record.funcName}
            for key, value in getattr(record, "fields", {}).items():
                fields[f"MYNA_{key.upper()}"] = str(value)
            self._socket.sendto(b"".join(_journal_field(k, v) for k, v in fields.items()), str(self.path))
        except Exception:  # noqa: BLE001 - logging must never take the kiosk down
            self.handleError(record)

    def close(self) -> None:
        self._socket.close()
        super().close()


def _journal_field(key: str, value: str) -> bytes:
    data = value.encode("utf-8")
    if b"\n" not in data:
        return key.encode("ascii") + b"=" + data + b"\n"
    return key.encode("ascii") + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"


def _console() -> logging.Handler:
    """The journal under systemd (when its socket is there), stderr otherwise."""
    if os.environ.get("JOURNAL_STREAM") and JOURNAL_SOCKET.exists():
        return JournalHandler()
    return logging.StreamHandler()


_installed: list[logging.Handler] = []


def configure(log_dir: Path | None, verbose: bool = False) -> Path | None:
    """Log to stderr and, when ``log_dir`` is given, to ``log_dir/kiosk.log`` (5 × 1 MB).
    Calling it again replaces what an earlier call installed."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [_console()]
    path = None
    if log_dir is not None:
        path = private_file(private_folder(log_dir) / "kiosk.log")
        handlers.append(logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                             encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(PrivacyFilter())
        root.addHandler(handler)
        _installed.append(handler)
    return path
