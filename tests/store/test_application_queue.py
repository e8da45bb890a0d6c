"""``SqlApplicationQueue`` (issue 17 §1): the imported handover queue as the counter's
``CardManagementService``, behaving like the simulated one, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from kiosk.counter.applications import (
    AlreadyHandedOverError,
    ApplicationClosedError,
    ApplicationIdError,
    ApplicationStatus,
    CardManagementService,
    NotReadyError,
    UnknownApplicationError,
    make_application_id,
)
from kiosk.counter.import_file import ApplicationImportError, ImportBatch, ImportedApplication
from kiosk.store.applications import SqlApplicationQueue, open_application_queue
from kiosk.store.models import AuditEvent
from simulators.card_management import SimulatedCardManagement, application_id_for
from simulators.residents import all_residents

TODAY = date(2026, 12, 1)
RESIDENTS = all_residents(TODAY)[:12]
# Statuses an import can give (the simulator's preset handed-over and returned cards are made ready).
STATUSES = {r.id: ApplicationStatus.CARD_READY for r in RESIDENTS} | {RESIDENTS[3].id: ApplicationStatus.APPLIED}


def batch_of(residents=RESIDENTS, statuses=STATUSES, digest: str = "a" * 64) -> ImportBatch:
    from kiosk.card.kenhojo import Sex

    rows = tuple(ImportedApplication(
        where=index + 2, application_id=application_id_for(r.id), name=r.name, name_kana=r.kana,
        birth_date=r.birth_date, address=r.address, sex=Sex(r.sex), face_card=r.face_card,
        status=statuses[r.id]) for index, r in enumerate(residents))
    return ImportBatch(rows, "csv", digest)


@pytest.fixture
def queue(store_url):
    opened = open_application_queue(store_url)
    opened.import_batch(batch_of(), "admin-1")
    yield opened
    opened.close()


@pytest.fixture
def simulated() -> SimulatedCardManagement:
    return SimulatedCardManagement(RESIDENTS, today=TODAY, statuses=STATUSES)


def outcome(call) -> str:
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the outcome is the exception's type
        return type(exc).__name__
    return "ok"


def test_it_is_the_port(queue):
    assert isinstance(queue, CardManagementService)


def test_find_and_queue_answer_like_the_simulator(queue, simulated):
    def portable(applications):
        return [replace(a, resident_id=None) for a in applications]

    assert portable(queue.queue()) == portable(simulated.queue())
    for status in ApplicationStatus:
        assert portable(queue.queue(status)) == portable(simulated.queue(status))
    some = application_id_for(RESIDENTS[5].id)
    assert replace(simulated.find(some), resident_id=None) == queue.find(some.replace("-", " "))
    assert repr(queue.find(some)).count(RESIDENTS[5].name) == 0


def test_handover_and_return_follow_the_simulator_step_by_step(queue, simulated):
    ready, waiting, other = (application_id_for(RESIDENTS[i].id) for i in (0, 3, 6))
    unknown = make_application_id(7)
    steps = [
        lambda s: s.mark_handed_over(ready, "DESK-01"),
        lambda s: s.mark_handed_over(ready, "DESK-01"),  # the same desk retrying
        lambda s: s.mark_handed_over(ready, "DESK-02"),
        lambda s: s.mark_handed_over(waiting, "DESK-01"),
        lambda s: s.mark_returned(waiting, "DESK-01"),
        lambda s: s.mark_handed_over(unknown, "DESK-01"),
        lambda s: s.find(unknown),
        lambda s: s.find("1234"),
        lambda s: s.mark_returned(other, "DESK-03"),
        lambda s: s.mark_returned(other, "DESK-03"),
        lambda s: s.mark_handed_over(other, "DESK-03"),
        lambda s: s.mark_returned(ready, "DESK-02"),
    ]
    ours = [outcome(lambda step=step: step(queue)) for step in steps]
    assert ours == [outcome(lambda step=step: step(simulated)) for step in steps]
    assert ours == ["ok", "ok", AlreadyHandedOverError.__name__, NotReadyError.__name__, NotReadyError.__name__,
                    UnknownApplicationError.__name__, UnknownApplicationError.__name__, ApplicationIdError.__name__,
                    "ok", "ok", ApplicationClosedError.__name__, "ok"]
    assert [a.status for a in queue.queue()] == [a.status for a in simulated.queue()]
    assert queue.desk_of(ready) == simulated.desk_of(ready) == "DESK-02"


def test_of_two_desks_racing_exactly_one_hands_the_card_over(store_url, queue):
    target = application_id_for(RESIDENTS[0].id)
    desks = [open_application_queue(store_url) for _ in range(4)]
    results: list[str] = []
    barrier = threading.Barrier(len(desks))

    def go(index: int) -> None:
        barrier.wait()
        results.append(outcome(lambda: desks[index].mark_handed_over(target, f"DESK-{index}")))

    threads = [threading.Thread(target=go, args=(i,)) for i in range(len(desks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for desk in desks:
        desk.close()
    assert sorted(results) == ["AlreadyHandedOverError"] * 3 + ["ok"]
    assert queue.find(target).status is ApplicationStatus.HANDED_OVER


def test_re_import_is_a_no_op_and_the_card_arriving_is_an_update(queue):
    assert queue.import_batch(batch_of(), "admin-1").unchanged == len(RESIDENTS)
    arrived = STATUSES | {RESIDENTS[3].id: ApplicationStatus.CARD_READY}
    summary = queue.import_batch(batch_of(statuses=arrived, digest="b" * 64), "admin-1")
    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 1, len(RESIDENTS) - 1)
    assert queue.find(application_id_for(RESIDENTS[3].id)).status is ApplicationStatus.CARD_READY


def test_changed_rows_are_refused_with_their_lines_unless_update(queue):
    moved = [replace(r, address="北海道札幌市") if i in (1, 4) else r for i, r in enumerate(RESIDENTS)]
    before = queue.queue()
    with pytest.raises(ApplicationImportError) as caught:
        queue.import_batch(batch_of(moved), "admin-1")
    assert [(e.where, e.unit) for e in caught.value.errors] == [(3, "line"), (6, "line")]
    assert "北海道" not in str(caught.value)
    assert queue.queue() == before  # nothing half-imported
    summary = queue.import_batch(batch_of(moved), "admin-1", update=True)
    assert summary.updated == 2
    assert queue.find(application_id_for(RESIDENTS[1].id)).address == "北海道札幌市"


def test_going_back_to_applied_needs_update_and_a_handed_over_card_is_never_changed(queue):
    ready = application_id_for(RESIDENTS[0].id)
    back = STATUSES | {RESIDENTS[0].id: ApplicationStatus.APPLIED}
    with pytest.raises(ApplicationImportError):
        queue.import_batch(batch_of(statuses=back), "admin-1")
    queue.mark_handed_over(ready, "DESK-01")
    assert queue.import_batch(batch_of(), "admin-1").unchanged == len(RESIDENTS)  # the same file again
    assert queue.find(ready).status is ApplicationStatus.HANDED_OVER
    renamed = [replace(RESIDENTS[0], name="別名　花子"), *RESIDENTS[1:]]
    with pytest.raises(ApplicationImportError) as caught:
        queue.import_batch(batch_of(renamed), "admin-1", update=True)
    assert [e.where for e in caught.value.errors] == [2]


def test_a_dry_run_counts_and_writes_nothing(store_url):
    queue = open_application_queue(store_url)
    try:
        summary = queue.import_batch(batch_of(), "admin-1", dry_run=True)
        assert (summary.inserted, summary.dry_run) == (len(RESIDENTS), True)
        assert queue.queue() == []
    finally:
        queue.close()


def test_audit_events_hold_counts_and_ids_only(queue):
    queue.mark_returned(application_id_for(RESIDENTS[0].id), "DESK-01")
    with queue.engine.connect() as connection:
        events = connection.execute(select(AuditEvent.event, AuditEvent.data).order_by(AuditEvent.id)).all()
    assert [e.event for e in events] == ["applications.imported", "applications.returned"]
    assert json.loads(events[0].data) == {"inserted": str(len(RESIDENTS)), "updated": "0", "unchanged": "0",
                                          "source_digest": "a" * 64}
    assert json.loads(events[1].data) == {"application_id": application_id_for(RESIDENTS[0].id)}
    text = " ".join(e.data for e in events)
    assert not any(r.name in text or r.address in text for r in RESIDENTS)
    assert queue.verify_audit().ok


def test_a_bad_desk_id_is_refused(queue: SqlApplicationQueue):
    with pytest.raises(ValueError, match="desk id"):
        queue.mark_handed_over(application_id_for(RESIDENTS[0].id), "desk 1")
