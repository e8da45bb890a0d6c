"""A locked and a corrupt database during a reception visit (issue 13 §11).

Locked: SQLite with another connection holding ``BEGIN IMMEDIATE``, PostgreSQL with another desk
holding the audit chain head's row lock. Corrupt: a SQLite file overwritten with garbage. The visit
ends with a next step (a store code, never a traceback), nothing is half-written, and once the lock
is released or the file restored the kiosk works again and the audit chain verifies. The store runs
with a short retry policy so that the waits stay short (the default is about 6 s per call).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from fault_support import (
    assert_reception_consistent,
    build_kiosk,
    drive,
    on_share,
    outbox_round,
    reception_command,
    rows,
    run_child,
    settings_for,
)
from sqlalchemy import select

import app.reception
from app.cli import cli
from app.cli.output import Exit
from kiosk.reception.states import FlowState
from kiosk.store.db import make_engine, open_store
from kiosk.store.models import AuditChainHead, AuditEvent, OutboxEntry, ReceptionVisit
from kiosk.store.repositories import SqlReceptionStore
from kiosk.store.retry import RetryPolicy

SHORT = RetryPolicy(pauses=(0.01,), lock_timeout=0.2)
STORE_CODES = {"STORE_UNAVAILABLE", "STORE_ERROR"}


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def short_waits(monkeypatch):
    """The kiosk's store (``app.reception.assemble``) with the short retry policy."""
    monkeypatch.setattr(app.reception, "open_store", lambda url: open_store(url, SHORT))


class Lock:
    """Another desk holding the database: SQLite ``BEGIN IMMEDIATE`` (``kiosk.store.db`` begins every
    writing transaction so), PostgreSQL ``SELECT ... FOR UPDATE`` of the audit chain head."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.connection = None

    def take(self) -> None:
        self.connection = self.engine.connect()
        self.connection.begin()
        self.connection.execute(select(AuditChainHead).with_for_update()).all()

    def release(self) -> None:
        if self.connection is not None:
            self.connection.rollback()
            self.connection.close()
            self.connection = None

    def close(self) -> None:
        self.release()
        self.engine.dispose()


def no_traceback(caplog) -> None:
    logged = [r for r in caplog.records if r.exc_info]
    assert not logged, f"a traceback was logged: {logged[0].getMessage()}"


def test_a_locked_database_ends_the_visit_with_a_next_step_and_recovers(store_url, tmp_path, share, short_waits,
                                                                         caplog):
    caplog.set_level(logging.INFO)
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, store_url, share))
    lock = Lock(store_url)
    try:
        events_before = len(rows(kiosk.store, AuditEvent))
        lock.take()
        outcome = drive(kiosk, slot)
        assert (outcome.final_state, outcome.error_code) == (FlowState.ERROR, "STORE_UNAVAILABLE")
        assert outcome.seconds < 10, outcome.seconds  # bounded: a few short retries, not a hang
        no_traceback(caplog)
        lock.release()
        # Nothing of the visit was written, not even half: no row, no outbox entry, no file, no event.
        assert rows(kiosk.store, ReceptionVisit) == [] and rows(kiosk.store, OutboxEntry) == []
        assert len(rows(kiosk.store, AuditEvent)) == events_before and on_share(share) == []
        # The lock is gone: the next resident completes, everything verifies.
        assert outbox_round(kiosk.store, share).delivered == 0
        assert drive(kiosk, slot).completed
        assert_reception_consistent(kiosk.store, store_url, share, completed=1)
    finally:
        lock.close()
        kiosk.close()


def test_a_lock_between_the_files_and_marking_them_delivered_keeps_the_visit_done(sqlite_url, tmp_path, share,
                                                                                 short_waits, monkeypatch):
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    lock = Lock(sqlite_url)
    real_write, real_mark = kiosk.sink.write, kiosk.store.mark_delivered
    marks = []

    def write_then_lock(outgoing):  # the files land, then another desk takes the database for a moment
        files = real_write(outgoing)
        lock.take()
        return files

    def mark_while_locked(file_id, terminal_id):
        marks.append(file_id)
        try:
            return real_mark(file_id, terminal_id)
        finally:
            lock.release()  # ... and lets go again right after

    monkeypatch.setattr(kiosk.sink, "write", write_then_lock)
    monkeypatch.setattr(kiosk.store, "mark_delivered", mark_while_locked)
    try:
        outcome = drive(kiosk, slot)
        monkeypatch.undo()
        assert marks, "the fault was not reached"
        assert len(on_share(share)) == 2
        assert outbox_round(kiosk.store, share).delivered == 1  # the next round marks it
        visits = rows(kiosk.store, ReceptionVisit)
        assert [(v.outcome, v.failure_code) for v in visits] == [("completed", None)], visits
        assert (outcome.final_state, outcome.error_code) == (FlowState.DONE, ""), outcome
        assert_reception_consistent(kiosk.store, sqlite_url, share, completed=1)
    finally:
        monkeypatch.undo()
        lock.close()
        kiosk.close()


def test_an_interrupted_commit_of_the_result_does_not_leave_two_outcomes(store_url, tmp_path, share, short_waits,
                                                                         monkeypatch):
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, store_url, share))
    dialect = kiosk.store.engine.dialect
    real_commit, real_write_result = dialect.do_commit, SqlReceptionStore._write_result
    armed, lost = [], []

    def write_result(self, session, result, outgoing):
        if not lost:  # one lost answer; asking again gets through
            armed.append(True)
        return real_write_result(self, session, result, outgoing)

    def commit_then_lose_the_answer(dbapi_connection):
        real_commit(dbapi_connection)
        if armed:  # the server committed; the answer never reached the kiosk
            armed.clear()
            lost.append(True)
            raise dialect.loaded_dbapi.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(SqlReceptionStore, "_write_result", write_result)
    monkeypatch.setattr(dialect, "do_commit", commit_then_lose_the_answer)
    try:
        outcome = drive(kiosk, slot)
        monkeypatch.undo()
        assert lost, "the fault was not reached"
        outbox_round(kiosk.store, share)  # restart
        visits = rows(kiosk.store, ReceptionVisit)
        assert [v.outcome for v in visits] == ["completed"], visits
        assert outcome.final_state is FlowState.DONE, outcome
        assert_reception_consistent(kiosk.store, store_url, share, completed=1)
    finally:
        monkeypatch.undo()
        kiosk.close()


def sqlite_files(url: str) -> list[Path]:
    database = Path(url.removeprefix("sqlite:///"))
    return [database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")]


def test_a_corrupt_database_file_refuses_with_a_next_step_and_works_once_restored(sqlite_url, tmp_path, share):
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    assert drive(kiosk, slot).completed
    kiosk.close()
    database, *journals = sqlite_files(sqlite_url)
    backup = tmp_path / "backup.db"
    shutil.copy2(database, backup)
    for journal in journals:
        assert not journal.exists() or journal.stat().st_size == 0 or journal.name.endswith("-shm")
        journal.unlink(missing_ok=True)
    size = database.stat().st_size
    database.write_bytes(os.urandom(size))  # garbage bytes over the whole file

    # The kiosk does not start a visit on it: a store code for the administrator, no traceback.
    done = run_child("none", reception_command(sqlite_url, share, "R006", "staff"), tmp_path / "home")
    assert done.returncode == Exit.FAILED, (done.returncode, done.stdout[-1000:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    error = json.loads(done.stdout)["error"]
    assert error["code"] in STORE_CODES and error["message"], error
    verify = CliRunner().invoke(cli, ["audit", "verify", "--database-url", sqlite_url, "--json"], standalone_mode=False)
    assert verify.exception is None and verify.return_value == Exit.FAILED, verify.output
    assert json.loads(verify.stdout)["error"]["code"] in STORE_CODES, verify.output
    assert database.stat().st_size == size and len(on_share(share)) == 2  # nothing else touched

    shutil.copy2(backup, database)  # restored from the backup
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    try:
        assert drive(kiosk, slot, "R006", "staff").completed
        assert_reception_consistent(kiosk.store, sqlite_url, share, completed=2)
    finally:
        kiosk.close()


def test_a_database_corrupted_under_a_running_kiosk_ends_the_visit_with_a_next_step(sqlite_url, tmp_path, share,
                                                                                    short_waits, caplog):
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    database, *_ = sqlite_files(sqlite_url)
    backup = tmp_path / "backup.db"
    try:
        checkpoint = sqlite3.connect(database, isolation_level=None)  # all in the main file, as a backup has it
        assert checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        checkpoint.close()
        shutil.copy2(database, backup)
        with database.open("r+b") as file:  # the disk goes bad under the running kiosk
            file.write(os.urandom(database.stat().st_size))
        caplog.set_level(logging.INFO)
        outcome = drive(kiosk, slot)
        assert outcome.final_state is FlowState.ERROR and outcome.error_code in STORE_CODES, outcome
        no_traceback(caplog)
        assert on_share(share) == []
    finally:
        kiosk.close()
    shutil.copy2(backup, database)  # restart on the restored file
    for journal in sqlite_files(sqlite_url)[1:]:
        journal.unlink(missing_ok=True)
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    try:
        assert drive(kiosk, slot).completed
        assert_reception_consistent(kiosk.store, sqlite_url, share, completed=1)
    finally:
        kiosk.close()
