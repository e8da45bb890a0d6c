"""Retention (issue 15 §5): result files on the share and the desks' receipt PDFs are kept for a
configured number of days and then deleted, oldest first. Only regular files whose names the kiosk
itself writes are touched; a folder that is not there (an unmounted share) is an error, never
created."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.handoff.errors import HandoffError

RESULT_NAMES = re.compile(r"[A-Za-z0-9_-]+\.(xml|json)")
# The counter's receipts and slips, and reissued 交付申請書 (ui.application.printing): all carry names.
RECEIPT_NAMES = re.compile(r"(受領書|お知らせ|交付申請書)_[^/]+\.pdf")


@dataclass(frozen=True)
class Purged:
    """What one purge deleted and kept."""

    deleted: tuple[Path, ...]
    kept: int


def purge(folder: Path, names: re.Pattern[str], days: int, now: datetime) -> Purged:
    """Delete files in ``folder`` named like ``names`` last modified more than ``days`` days before ``now``.

    :raises HandoffError: ``folder`` is missing, or a file cannot be deleted.
    :raises ValueError: ``days`` below 1.
    """
    if days < 1:
        raise ValueError("keep files at least one day")
    if not folder.is_dir():
        raise HandoffError(f"no such folder {folder}: is the share mounted?")
    cutoff = (now - timedelta(days=days)).timestamp()
    deleted, kept = [], 0
    for path in sorted(folder.iterdir()):
        if not (names.fullmatch(path.name) and path.is_file() and not path.is_symlink()):
            continue
        if path.stat().st_mtime >= cutoff:
            kept += 1
            continue
        try:
            path.unlink()
        except OSError as exc:
            raise HandoffError(f"cannot delete {path.name}: {exc.strerror}") from exc
        deleted.append(path)
    return Purged(tuple(deleted), kept)
