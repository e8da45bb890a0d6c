"""Crash points between every write of a counter handover (issue 13 §11).

The handover runs headless in a child process (``myna-kiosk simulate counter``) that dies with
``os._exit`` at one point (``fault_child``). The "restart" is what the product does when a desk starts:
``SqlCounterStore.release_desk`` asks the card-management system whether the card was handed over
(here: the child's in-memory simulator died with it, so the test answers for it). Each ends
consistent: one row for the attempt, never left open; a completed handover stays completed and the
application cannot be claimed again; any other attempt is failed as abandoned and the application
is free for the next claim; the audit chain is intact.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from fault_child import COUNTER_POINTS
from fault_support import Children, assert_crashed, audit_verify_cli, rows, run_child

from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter.applications import ApplicationStatus
from kiosk.counter.records import CLAIM_ABANDONED, AlreadyHandedOverError, HandoverTakenError
from kiosk.store import audit
from kiosk.store.counter import open_counter_store
from kiosk.store.models import AuditEvent, IdentityCheckRecord
from simulators.card_management import SimulatedCardManagement

DESK = "DESK-01"
STAFF = "clerk01"  # created by `simulate counter` before its claim
IDENTITY_RECORDED = {"identity-checked", "marked-handed-over", "complete-flushed", "completed"}
# The card-management system has the card as handed over, the store does not know.
CARD_HANDED_OVER = {"marked-handed-over", "complete-flushed"}


def card_ready_application() -> str:
    return SimulatedCardManagement().queue(ApplicationStatus.CARD_READY)[0].application_id


def counter_command(url: str, application_id: str) -> list[str]:
    return ["simulate", "counter", "--application-id", application_id, "--desk", DESK, "--database-url", url,
            "--json"]


@pytest.fixture(scope="module")
def application_id() -> str:
    return card_ready_application()


@pytest.fixture(scope="module")
def crashed_desks(tmp_path_factory, application_id):
    """One crashed handover per crash point, started together: point -> database URL."""
    children, urls = Children(), {}
    base = tmp_path_factory.mktemp("counter-crash")
    for point in COUNTER_POINTS:
        (base / point).mkdir()
        urls[point] = f"sqlite:///{base / point / 'kiosk.db'}"
        children.start(point, point, counter_command(urls[point], application_id), base / point / "home")
    yield children, urls
    children.stop()


def restart_desk(children, urls, point: str):
    assert_crashed(children.result(point))
    store = open_counter_store(urls[point])
    released = store.release_desk(DESK, handed_over=lambda application_id: point in CARD_HANDED_OVER)
    assert store.release_stale(older_than=timedelta(0)) == []  # nothing is left open
    return store, released


@pytest.mark.parametrize("point", COUNTER_POINTS)
def test_a_crash_at_any_write_of_a_handover_ends_consistent_after_restart(point, crashed_desks, application_id):
    children, urls = crashed_desks
    store, released = restart_desk(children, urls, point)
    try:
        [attempt] = store.handovers_of(application_id)
        events = [e.event for e in rows(store, AuditEvent)]
        assert events.count(audit.COUNTER_CLAIMED) == 1
        assert len(rows(store, IdentityCheckRecord)) == (point in IDENTITY_RECORDED)
        if point == "completed":
            assert released == [] and attempt.state == "completed" and attempt.identity is not None
            assert events.count(audit.COUNTER_HANDED_OVER) == 1
            with pytest.raises(AlreadyHandedOverError):
                store.claim(application_id, "DESK-02", STAFF, SYSTEM_CLOCK.now())
        elif point in CARD_HANDED_OVER:  # recorded as handed over, as the card-management system has it
            assert released == [attempt.claim_id] and attempt.state == "completed"
            assert events.count(audit.COUNTER_HANDED_OVER) == 1 and audit.COUNTER_RELEASED not in events
        else:
            assert released == [attempt.claim_id]
            assert (attempt.state, attempt.failure_code) == ("failed", CLAIM_ABANDONED)
            assert audit.COUNTER_HANDED_OVER not in events  # complete-flushed: rolled back with the process
            assert events.count(audit.COUNTER_RELEASED) == 1
            [release] = [e for e in rows(store, AuditEvent) if e.event == audit.COUNTER_RELEASED]
            assert json.loads(release.data)["claim_id"] == str(attempt.claim_id)
            # The application is free again: the next desk claims it.
            claim = store.claim(application_id, "DESK-02", STAFF, SYSTEM_CLOCK.now())
            assert [h.state for h in store.handovers_of(application_id)] == ["failed", "open"]
            store.fail(claim, "RESIDENT_LEFT", SYSTEM_CLOCK.now())
        assert store.verify_audit().ok
        audit_verify_cli(urls[point])
    finally:
        store.close()


@pytest.mark.parametrize("point", sorted(CARD_HANDED_OVER))
def test_a_card_handed_over_before_the_crash_is_not_recorded_as_abandoned(point, crashed_desks, application_id):
    children, urls = crashed_desks
    store, _ = restart_desk(children, urls, point)
    try:
        [attempt] = store.handovers_of(application_id)
        assert attempt.state != "failed", attempt
        with pytest.raises((AlreadyHandedOverError, HandoverTakenError)):
            store.claim(application_id, "DESK-02", STAFF, SYSTEM_CLOCK.now())
    finally:
        store.close()


def test_a_restarted_desk_can_take_the_application_again(tmp_path, application_id):
    from app.counter import assemble_desk
    from simulators.card.slot import VirtualCardSlot
    from simulators.counter_scenarios import DeskScript, run_desk
    from simulators.eligibility import SimulatedEligibilityService

    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    assert_crashed(run_child("claimed", counter_command(url, application_id), tmp_path / "home"))
    # The desk starts again (as `run --mode counter` starts it) and the resident is still there.
    slot, cards = VirtualCardSlot(), SimulatedCardManagement()
    desk = assemble_desk(url, desk_id=DESK, slot=slot, collation=slot, cards=cards,
                         eligibility=SimulatedEligibilityService(), simulated_cards=True, recover=True)
    try:
        outcome = run_desk(desk.flow, slot, cards, DeskScript(application_id))
    finally:
        desk.close()
    assert outcome.handed_over, (outcome.failure_code, outcome.message_code)
    states = [h.state for h in open_counter_store(url).handovers_of(application_id)]
    assert states == ["failed", "completed"]
