"""Crash points between every write of a reception visit (issue 13 §11).

The whole visit runs headless in a child process (``myna-kiosk simulate reception``) that dies with
``os._exit`` at one point (``fault_child``); then the "restart" opens the store in this process and
runs one outbox round, as the kiosk does at start-up. Each ends consistent: no visit and no file,
or one completed visit whose two files are on the share exactly once, whole, with no temp file, no
second "failed" row, and an intact audit chain.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fault_child import RECEPTION_POINTS
from fault_support import (
    Children,
    assert_crashed,
    assert_reception_consistent,
    build_kiosk,
    drive,
    on_share,
    outbox_round,
    reception_command,
    restart,
    run_child,
    settings_for,
)

# Where the visit's own transaction had not committed yet: the visit never happened.
NOTHING_STORED = {"card-read-audited", "result-flushed"}
# Where the files were (partly) on the share or marked: the round after the restart finds them.
NOTHING_LEFT_TO_DELIVER = {"delivered-committed"}


PG_POINTS = ("result-flushed", "json-temp-written", "delivered-flushed")


@pytest.fixture(scope="module")
def sqlite_children(tmp_path_factory):
    """One crashed visit per crash point on SQLite, started together: point -> (url, share)."""
    children, where = Children(), {}
    base = tmp_path_factory.mktemp("reception-crash")
    for point in RECEPTION_POINTS:
        folder = base / point
        share = folder / "share"
        share.mkdir(parents=True)
        url = f"sqlite:///{folder / 'kiosk.db'}"
        children.start(point, point, reception_command(url, share), folder / "home")
        where[point] = (url, share)
    yield children, where
    children.stop()


@pytest.fixture(scope="module")
def postgres_children(postgres_server, tmp_path_factory):
    """The same on PostgreSQL, a database each, for the points inside and between transactions."""
    children, where = Children(), {}
    base = tmp_path_factory.mktemp("reception-crash-pg")
    names = [f"faults_{os.getpid()}_{n}" for n in range(len(PG_POINTS))]
    with postgres_server.connect() as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    for point, name in zip(PG_POINTS, names, strict=True):
        share = base / point / "share"
        share.mkdir(parents=True)
        url = postgres_server.url(name)
        children.start(point, point, reception_command(url, share), base / point / "home")
        where[point] = (url, share)
    yield children, where
    children.stop()
    with postgres_server.connect() as admin:
        for name in names:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def restart_after(children, point: str, url: str, share: Path):
    assert_crashed(children.result(point))
    store = restart(url)
    first = outbox_round(store, share)
    expected = 0 if point in NOTHING_STORED | NOTHING_LEFT_TO_DELIVER else 1
    assert (first.delivered, first.failed) == (expected, 0)
    assert outbox_round(store, share) == type(first)()  # a second round has nothing to do
    return store


@pytest.mark.parametrize("point", RECEPTION_POINTS)
def test_a_crash_at_any_write_of_a_visit_ends_consistent_after_restart(point, sqlite_children):
    children, where = sqlite_children
    url, share = where[point]
    store = restart_after(children, point, url, share)
    try:
        assert_reception_consistent(store, url, share, completed=0 if point in NOTHING_STORED else 1)
    finally:
        store.close()


@pytest.mark.parametrize("point", PG_POINTS)
def test_a_crash_on_postgresql_ends_consistent_after_restart(point, postgres_children):
    """The server rolls back what the dead process had not committed, and releases its locks."""
    children, where = postgres_children
    url, share = where[point]
    store = restart_after(children, point, url, share)
    try:
        assert_reception_consistent(store, url, share, completed=0 if point in NOTHING_STORED else 1)
    finally:
        store.close()


def test_after_a_crash_the_kiosk_takes_the_next_resident(tmp_path, sqlite_url):
    """The restarted kiosk (the real composition, whose outbox poller runs at start) delivers the
    crashed visit and completes the next one."""
    share = tmp_path / "share"
    share.mkdir()
    assert_crashed(run_child("files-written", reception_command(sqlite_url, share), tmp_path / "home"))
    assert len(on_share(share)) == 2  # on the share, but the database does not know yet
    kiosk, slot, _ = build_kiosk(settings_for(tmp_path, sqlite_url, share))
    try:
        outcome = drive(kiosk, slot, "R006", "staff")
        assert outcome.completed, outcome
        assert kiosk.outbox.deliver_pending().delivered == 1  # the start-up round
        assert_reception_consistent(kiosk.store, sqlite_url, share, completed=2)
    finally:
        kiosk.close()
