"""The result outbox (issue 13 §2) on SQLite and PostgreSQL with a real folder as the share: the visit
and its documents are committed together; delivery is a separate, retried, idempotent step; the
database never claims a delivery that is not on the share; a read-only, missing or full share
loses nothing and leaves no temp file; a crash between commit and files is repaired next round."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from test_store import counts, fetch, reception

from kiosk.handoff.files import FolderResultSink
from kiosk.handoff.outbox import ResultOutbox, Sealer
from kiosk.store.models import AuditEvent, OutboxEntry


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


SEALER = Sealer(bytes(range(32)))


def outbox_for(store, sink: FolderResultSink, terminal_id: str = "desk-1", sealer: Sealer = SEALER) -> ResultOutbox:
    return ResultOutbox(store, sink, sealer, terminal_id)


def stored(store, sink: FolderResultSink, file_id: str = "R-0001"):
    """A completed visit committed with its sealed documents, not yet delivered (a crash right after
    the commit); returns the documents as the clinic system will get them."""
    result = reception(file_id)
    outgoing = sink.render(result)
    store.record_result(result, SEALER.seal(outgoing))
    return outgoing


def on_share(share: Path) -> list[str]:
    return sorted(p.name for p in share.iterdir())


def test_the_visit_and_its_documents_commit_together_and_delivery_empties_them(store, store_url, share):
    sink = FolderResultSink(share)
    outgoing = stored(store, sink)
    assert counts(store_url)["reception_sessions"] == 1
    [sealed] = store.pending_results()
    assert SEALER.open(sealed) == outgoing and on_share(share) == []
    assert b"<?xml" not in sealed.xml and b"XmlMsg" not in sealed.xml  # never plain in the database
    files = outbox_for(store, sink).deliver(outgoing)
    assert files is not None and on_share(share) == ["R-0001.json", "R-0001.xml"]
    assert files.xml.read_bytes() == outgoing.xml
    [entry] = fetch(store_url, OutboxEntry)
    assert entry.delivered_at is not None and entry.xml is None and entry.json is None
    assert store.pending_results() == []
    assert [e.event for e in fetch(store_url, AuditEvent)][-1] == "result.delivered"
    assert store.verify_audit().ok


def test_a_crash_after_commit_is_delivered_on_the_next_round(store, share):
    sink = FolderResultSink(share)
    stored(store, sink, "R-0001")
    stored(store, sink, "R-0002")
    outbox = outbox_for(store, sink)  # the kiosk starting again
    assert outbox.deliver_pending().delivered == 2
    assert on_share(share) == ["R-0001.json", "R-0001.xml", "R-0002.json", "R-0002.xml"]
    assert outbox.deliver_pending().delivered == 0


def test_a_crash_after_the_files_before_marking_is_never_doubled(store, share):
    sink = FolderResultSink(share)
    outgoing = stored(store, sink)
    sink.write(outgoing)  # written, then the process died before mark_delivered
    before = {p: p.stat().st_mtime_ns for p in share.iterdir()}
    assert outbox_for(store, sink).deliver_pending().delivered == 1
    assert {p: p.stat().st_mtime_ns for p in share.iterdir()} == before  # same bytes: not rewritten
    assert store.pending_results() == []


@pytest.mark.parametrize("fault", ["read-only", "missing", "full"])
def test_a_share_that_refuses_keeps_the_result_pending_and_clean(store, store_url, share, fault, monkeypatch):
    sink = FolderResultSink(share)
    outgoing = stored(store, sink)
    if fault == "read-only":  # a share mounted read-only (chmod would not stop root)
        real_open = os.open

        def read_only(path, flags, *args):
            if str(path).startswith(str(share)) and flags & os.O_CREAT:
                raise OSError(errno.EROFS, "Read-only file system")
            return real_open(path, flags, *args)
        monkeypatch.setattr(os, "open", read_only)
    elif fault == "missing":
        share.rmdir()
    else:
        real_write = os.write

        def disk_full(fd: int, data: bytes) -> int:
            if len(data) > 1:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_write(fd, data)
        monkeypatch.setattr(os, "write", disk_full)
    outbox = outbox_for(store, sink)
    try:
        assert outbox.deliver(outgoing) is None
        assert outbox.deliver_pending().failed == 1
    finally:
        monkeypatch.undo()
    [entry] = fetch(store_url, OutboxEntry)
    assert entry.delivered_at is None and entry.attempts == 2 and entry.last_error.startswith("HANDOFF_")
    assert store.outbox_status()[0]["attempts"] == 2  # what staff see
    if share.exists():
        assert on_share(share) == []  # no temp file, no half of the pair
    else:
        share.mkdir()  # the share comes back
    assert outbox.deliver_pending().delivered == 1
    assert on_share(share) == ["R-0001.json", "R-0001.xml"]


def test_recording_the_same_visit_again_keeps_one_outbox_entry(store, store_url, share):
    sink = FolderResultSink(share)
    stored(store, sink)
    stored(store, sink)
    assert counts(store_url)["reception_sessions"] == 1 and len(fetch(store_url, OutboxEntry)) == 1


def test_documents_of_another_result_are_refused(store, share):
    sink = FolderResultSink(share)
    with pytest.raises(ValueError, match="another result"):
        store.record_result(reception("R-0001"), sink.render(reception("R-0002")))


def test_a_result_whose_key_is_gone_is_reported_never_delivered_garbled(store, store_url, share):
    sink = FolderResultSink(share)
    stored(store, sink)
    lost = outbox_for(store, sink, sealer=Sealer(bytes(32)))  # a simulator run restarted without a keyring
    assert lost.deliver_pending().failed == 1 and on_share(share) == []
    assert fetch(store_url, OutboxEntry)[0].last_error == "OUTBOX_KEY_LOST"
    assert outbox_for(store, sink).deliver_pending().delivered == 1  # the right key still opens it


def test_a_sealed_document_cannot_pass_for_another_one():
    outgoing = FolderResultSink(Path("/nonexistent")).render(reception("R-0001"))
    sealed = SEALER.seal(outgoing)
    swapped = type(sealed)("R-0002", sealed.xml, sealed.json)
    assert SEALER.open(swapped) is None
    assert SEALER.open(type(sealed)("R-0001", sealed.json, sealed.xml)) is None


def test_temp_files_a_crash_left_are_removed_but_not_another_kiosks(store, share):
    sink = FolderResultSink(share)
    stored(store, sink, "desk-1-20261201-090000-0123abcd")
    ours = share / ".desk-1-20261201-090000-0123abcd.xml.89abcdef.tmp"
    theirs = share / ".desk-2-20261201-090000-0123abcd.xml.89abcdef.tmp"  # desk-2 is writing right now
    for path in (ours, theirs):
        path.write_bytes(b"<half")
    assert outbox_for(store, sink).deliver_pending().delivered == 1
    assert not ours.exists() and theirs.exists()
