"""Files private to the kiosk user (issue 13 §6; product.md: nothing personal readable by others).

The composition root sets :data:`PRIVATE_UMASK` for the whole process, so that whatever it creates —
the SQLite database and its journal, logs, receipts, temp files — is the kiosk user's alone. Files
and folders that may predate it (a database made by an older version, a log folder) are narrowed
explicitly where they are opened. Result files for the clinic system are the one exception: they
get ``kiosk.handoff.files.FILE_MODE``, whatever the umask.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> Path:
    """``folder`` created (with its parents) and, if it is new or ours, readable by us only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _narrow(folder, PRIVATE_FOLDER)
    return folder


def private_file(path: Path, *, create: bool = True) -> Path:
    """``path`` (created empty if missing and ``create``) readable and writable by us only."""
    if create:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    if path.exists():
        _narrow(path, PRIVATE_FILE)
    return path


def _narrow(path: Path, mode: int) -> None:
    if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o777 != mode:
        path.chmod(mode)
