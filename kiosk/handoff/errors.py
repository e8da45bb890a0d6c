"""Handoff errors: the result files could not be handed to the clinic system (spec §A1).

Each is a :class:`~kiosk.errors.KioskError` with a stable code. Whoever raises one has left no
file behind (``docs/handoff.md`` "Atomicity"); the caller keeps the result and may retry.
"""

from __future__ import annotations

import errno
from pathlib import Path

from kiosk.errors import KioskError


class HandoffError(KioskError):
    """The result could not be written (an unexpected I/O error, or a result that cannot be
    rendered)."""

    code = "HANDOFF_FAILED"


class HandoffFolderMissingError(HandoffError):
    """The shared folder does not exist, or its path is not a directory."""

    code = "HANDOFF_FOLDER_MISSING"


class HandoffNotWritableError(HandoffError):
    """The shared folder refuses writes (permissions, read-only share or file system)."""

    code = "HANDOFF_NOT_WRITABLE"


class HandoffDiskFullError(HandoffError):
    """No space (or quota) left on the shared folder's file system (``ENOSPC``/``EDQUOT``)."""

    code = "HANDOFF_DISK_FULL"


class HandoffConflictError(HandoffError):
    """A file with this reception's name already exists with different content; it is kept."""

    code = "HANDOFF_CONFLICT"


_BY_ERRNO: dict[int, type[HandoffError]] = {
    errno.ENOENT: HandoffFolderMissingError,
    errno.ENOTDIR: HandoffFolderMissingError,
    errno.EACCES: HandoffNotWritableError,
    errno.EPERM: HandoffNotWritableError,
    errno.EROFS: HandoffNotWritableError,
    errno.ENOSPC: HandoffDiskFullError,
    errno.EDQUOT: HandoffDiskFullError,
}


def handoff_error(exc: OSError, folder: Path) -> HandoffError:
    """The :class:`HandoffError` for an ``OSError`` met while writing into ``folder``.

    The detail names the folder and the errno, never file content.
    """
    cls = _BY_ERRNO.get(exc.errno or 0, HandoffError)
    name = errno.errorcode.get(exc.errno or 0, "unknown errno")
    return cls(f"{folder}: {name} ({exc.strerror or exc})")
