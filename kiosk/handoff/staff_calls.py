"""「係員を呼ぶ」 for the clinic system (issue 16 §2; port :class:`kiosk.reception.ports.StaffCalls`).

Each call is one small JSON file in ``<results_dir>/staff-calls/`` (the folder is made on first
use, like ``REQ/done/``), written whole or not at all like the result files
(:func:`kiosk.handoff.files.write_file_atomically`); the clinic system watches the folder, and
deletes what it has dealt with. The file names the terminal and the screen, never the resident::

    {"event": "staff_call", "terminal_id": "KIOSK-01", "called_at": "2026-11-23T10:15:02+09:00",
     "screen": "pin-entry"}

Format and folder: ``docs/handoff.md`` ("Staff calls").
"""

from __future__ import annotations

import json
import logging
import secrets
from datetime import datetime
from pathlib import Path

from kiosk.clock import local
from kiosk.handoff.errors import handoff_error
from kiosk.handoff.files import write_file_atomically

logger = logging.getLogger(__name__)

FOLDER = "staff-calls"
FOLDER_MODE = 0o750  # the clinic system's group lists and reads it, as the results folder


class FolderStaffCalls:
    """:class:`~kiosk.reception.ports.StaffCalls` as files under ``results_dir/staff-calls``.

    :param results_dir: the clinic's results folder (it must exist; only the subfolder is made).
    """

    def __init__(self, results_dir: Path | str) -> None:
        self.folder = Path(results_dir) / FOLDER

    def call(self, terminal_id: str, at: datetime, screen: str) -> None:
        """Write ``<terminal>-<local time>-<random>.json``.

        :raises kiosk.handoff.errors.HandoffError: the folder is missing, read-only or full.
        """
        moment = local(at)
        try:
            self.folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        except OSError as exc:
            raise handoff_error(exc, self.folder) from exc
        notice = {"event": "staff_call", "terminal_id": terminal_id, "called_at": moment.isoformat(timespec="seconds"),
                  "screen": screen}
        name = f"{terminal_id}-{moment:%Y%m%d-%H%M%S}-{secrets.token_hex(4)}.json"
        write_file_atomically(self.folder / name, json.dumps(notice, ensure_ascii=False).encode())
        logger.warning("staff called to %s (screen %s)", terminal_id, screen)
