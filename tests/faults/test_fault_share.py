"""A full or read-only clinic share during a reception visit (issue 13 §11), then the share
recovers. The faults come from monkeypatched ``os.write`` / ``os.open`` on the share's files only
(chmod does not stop root, and CI runs as root). The visit completes (its result waits in the
outbox), the share is left with no temp file and no half of the pair, and once the share is back
the result is delivered exactly once."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from fault_support import (
    assert_reception_consistent,
    build_kiosk,
    drive,
    on_share,
    reception_command,
    run_child,
    settings_for,
)

from kiosk.reception.states import FlowState

SPILL = 64  # a full disk takes this many bytes of a file, then refuses the rest


def _under(path: str | os.PathLike[str] | int, folder: Path) -> bool:
    if isinstance(path, int):  # a file descriptor: where does it point?
        try:
            path = os.readlink(f"/proc/self/fd/{path}")
        except OSError:
            return False
    return Path(path).resolve().is_relative_to(folder.resolve())


def break_share(monkeypatch: pytest.MonkeyPatch, share: Path, fault: str) -> None:
    real_write, real_open = os.write, os.open
    started: set[int] = set()

    def full_write(fd: int, data) -> int:
        if _under(fd, share) and (fault == "full" or ".json." in os.readlink(f"/proc/self/fd/{fd}")):
            if fd not in started and len(data) > SPILL:  # the first bytes fit, the rest does not
                started.add(fd)
                return real_write(fd, bytes(data[:SPILL]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    def read_only_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and _under(path, share):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    if fault == "read-only":
        monkeypatch.setattr(os, "open", read_only_open)
    else:
        monkeypatch.setattr(os, "write", full_write)


CODES = {"full": "HANDOFF_DISK_FULL", "full-at-json": "HANDOFF_DISK_FULL", "read-only": "HANDOFF_NOT_WRITABLE"}


@pytest.mark.parametrize("fault", sorted(CODES))
def test_a_refusing_share_keeps_the_result_and_delivers_it_once_when_back(fault, tmp_path, sqlite_url, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    try:
        break_share(monkeypatch, share, fault)
        outcome = drive(kiosk, slot)
        # The visit is stored; the resident is done. The share gets it later.
        assert outcome.final_state is FlowState.DONE and outcome.file_id, outcome
        assert kiosk.outbox.deliver_pending().failed == 1  # the poller's next round: still refused
        monkeypatch.undo()
        assert on_share(share) == [], "no temp file and no half of the pair on a refusing share"
        [status] = kiosk.store.outbox_status()
        assert (status["file_id"], status["attempts"], status["last_error"]) == (outcome.file_id, 2, CODES[fault])

        first, second = kiosk.outbox.deliver_pending(), kiosk.outbox.deliver_pending()  # the share is back
        assert (first.delivered, first.failed, second.delivered, second.failed) == (1, 0, 0, 0)
        assert_reception_consistent(kiosk.store, sqlite_url, share, completed=1)
    finally:
        monkeypatch.undo()
        kiosk.close()


def test_a_share_that_fills_up_between_two_visits_loses_neither(tmp_path, sqlite_url, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    try:
        assert drive(kiosk, slot).completed
        break_share(monkeypatch, share, "full")
        outcome = drive(kiosk, slot, "R006", "staff")
        assert outcome.final_state is FlowState.DONE
        assert len(on_share(share)) == 2  # the first visit's pair, untouched
        monkeypatch.undo()
        assert kiosk.outbox.deliver_pending().delivered == 1
        assert_reception_consistent(kiosk.store, sqlite_url, share, completed=2)
    finally:
        monkeypatch.undo()
        kiosk.close()


def test_a_share_given_on_the_command_line_keeps_its_mode(tmp_path, sqlite_url):
    share = tmp_path / "share"
    share.mkdir()
    share.chmod(0o2775)  # the clinic's share: its group writes and reads there
    done = run_child("none", reception_command(sqlite_url, share), tmp_path / "home")
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(on_share(share)) == 2
    assert oct(stat.S_IMODE(share.stat().st_mode)) == oct(0o2775)
