"""Several counter desks on one database (product.md "Real parts": PostgreSQL, many counters, one
database): desk *processes* hand over their own applications while all of them race for shared
ones. Every handover is recorded exactly once, exactly one desk wins each shared application, the
others lose cleanly with ``HandoverTakenError`` (or ``AlreadyHandedOverError`` once the
winner has completed), and the audit chain verifies afterwards. A second
test pins the database-level path: a claim that passed the check but meets another desk's
uncommitted row on the unique index."""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
import traceback
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kiosk.clock import TOKYO
from kiosk.counter.applications import make_application_id
from kiosk.counter.records import CLAIM_TAKEN, AlreadyHandedOverError, HandoverTakenError
from kiosk.store import staff as staff_module
from kiosk.store.counter import SqlCounterStore, open_counter_store
from kiosk.store.db import make_engine
from kiosk.store.models import Handover as HandoverRow

T0 = datetime(2025, 3, 3, 10, 0, tzinfo=TOKYO)
DESKS = 4
OWN = 5  # applications each desk hands over alone
SHARED = [make_application_id(9999000000000000000000 + 10 * n) for n in range(3)]  # every desk races for each


def own(desk: int, n: int) -> str:
    return make_application_id(2025030300000000000000 + 10**8 * desk + 10 * n)


def desk_process(url: str, desk: int, barrier, results) -> None:  # noqa: ANN001 - multiprocessing proxies
    """One desk: race for each shared application at the same instant as the others (a barrier),
    handing over one of its own applications between races."""
    try:
        store = open_counter_store(url)
        desk_id, staff_id = f"desk-{desk}", f"c{desk}"
        outcome: dict[str, object] = {"desk": desk, "won": [], "lost": []}

        def hand_over(application_id: str, at: datetime) -> None:
            claim_id = store.claim(application_id, desk_id, staff_id, at)
            store.record_identity_check(claim_id, ["passport"], 0.9, "confirmed", staff_id, at)
            face_card = desk % 2 == 1
            store.complete(claim_id, face_card=face_card, pins_set=[] if face_card else ["juki", "kenhojo"],
                           registered=True, at=at + timedelta(minutes=20))

        for n in range(OWN):
            if n < len(SHARED):
                barrier.wait(timeout=30)
                try:
                    hand_over(SHARED[n], T0 + timedelta(hours=n))
                    outcome["won"].append(SHARED[n])
                except CLAIM_TAKEN as exc:
                    outcome["lost"].append((SHARED[n], exc.code, exc.desk_id))
            hand_over(own(desk, n), T0 + timedelta(hours=n, minutes=1))
        store.close()
        results.put(outcome)
    except BaseException:  # noqa: BLE001 - reported to the test, which fails with it
        results.put({"desk": desk, "error": traceback.format_exc()})


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staff_module, "SCRYPT_N", 2**4)  # logins are not what this file tests


def test_desk_processes_racing_for_shared_applications(store_url, fast_kdf):
    store = open_counter_store(store_url)  # migrated before the desks start
    for desk in range(DESKS):
        store.staff.create(f"c{desk}", f"窓口 {desk}", "counter", "madoguchi-2025")
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(DESKS), context.Queue()
    desks = [context.Process(target=desk_process, args=(store_url, n, barrier, results))
             for n in range(DESKS)]
    for process in desks:
        process.start()
    outcomes = sorted((results.get(timeout=60) for _ in desks), key=lambda o: o["desk"])
    for process in desks:
        process.join(timeout=10)

    assert [o.get("error") for o in outcomes] == [None] * DESKS, [o.get("error") for o in outcomes]
    for application_id in SHARED:
        [winner] = [o["desk"] for o in outcomes if application_id in o["won"]]
        losses = [loss for o in outcomes for loss in o["lost"] if loss[0] == application_id]
        assert len(losses) == DESKS - 1
        assert {desk_id for _, _, desk_id in losses} == {f"desk-{winner}"}  # each loser learns who has it
        assert {code for _, code, _ in losses} <= {HandoverTakenError.code, AlreadyHandedOverError.code}

    engine = make_engine(store_url)
    with Session(engine) as session:
        rows = list(session.scalars(select(HandoverRow)))
    engine.dispose()
    handed = Counter(row.application_id for row in rows)
    expected = {own(d, n) for d in range(DESKS) for n in range(OWN)} | set(SHARED)
    assert set(handed) == expected and set(handed.values()) == {1}  # each exactly once, no stray attempt
    assert {row.state for row in rows} == {"completed"}

    report = store.verify_audit()
    assert report.ok and report.events == DESKS + 3 * len(expected)  # staff.created + 3 per handover
    stats = store.day_statistics(date(2025, 3, 3))
    assert stats.total.handovers == stats.total.registrations == len(expected)
    assert sum(row.counts.handovers for row in stats.by_staff) == len(expected)
    wins = Counter(o["desk"] for o in outcomes for _ in o["won"])
    assert [row.counts.handovers for row in stats.by_staff] == [OWN + wins[d] for d in range(DESKS)]
    store.close()


def test_a_claim_meeting_an_uncommitted_claim_on_the_index_loses_cleanly(store_url, fast_kdf, caplog):
    """Desk B checks, finds nothing (desk A has not committed), inserts, and the unique index makes it
    wait for A: when A commits, B's claim fails with HandoverTakenError naming desk A."""
    store = open_counter_store(store_url)
    store.staff.create("c1", "窓口 一", "counter", "madoguchi-2025")
    engine = make_engine(store_url)
    outcome: list[BaseException | int] = []
    with engine.connect() as desk_a:
        transaction = desk_a.begin()  # SQLite: BEGIN IMMEDIATE, so B already waits at its BEGIN
        desk_a.execute(insert(HandoverRow).values(application_id=SHARED[0], desk_id="desk-a", staff_id="c1",
                                                  state="open", claimed_at=T0, codes_set=""))
        desk_b = threading.Thread(target=lambda: outcome.append(_claim(store, "desk-b")))
        with caplog.at_level(logging.INFO, logger="kiosk.store.counter"):
            desk_b.start()
            time.sleep(0.3)
            assert desk_b.is_alive()  # waiting for desk A's outcome, not failing or winning
            transaction.commit()
            desk_b.join(timeout=10)
    engine.dispose()

    [error] = outcome
    assert isinstance(error, HandoverTakenError) and error.desk_id == "desk-a"
    if store_url.startswith("postgresql"):
        assert "lost a race" in caplog.text  # PostgreSQL: decided by the index, not by the check
    assert [h.desk_id for h in store.handovers_of(SHARED[0])] == ["desk-a"]
    store.close()


def _claim(store: SqlCounterStore, desk_id: str) -> BaseException | int:
    try:
        return store.claim(SHARED[0], desk_id, "c1", T0)
    except Exception as exc:  # noqa: BLE001 - the test inspects it
        return exc
