"""Logging for the kiosk: a rotating file under the log dir plus stderr.

What may be logged is decided where messages are written (events, codes, session numbers, keyed
certificate hashes); this module adds a last guard that masks any run of 12 digits (a My Number)
and any 4–16 character PIN-like value after ``pin=``, should one ever slip into a message.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
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
    handlers: list[logging.Handler] = [logging.StreamHandler()]
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
