"""「係員を呼ぶ」 on the counter's resident screen (issue 16 §2): the call is taken in every state
where the desk is open, changes no step, is counted for the visit, goes to the audit chain once
per visit with nothing personal, never keeps the idle lock away, and shows on both views."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from counter_fakes import MEMBER, PASSWORD, application, build_desk, payload

from kiosk.counter import table
from kiosk.counter.effects import STAFF_CALL
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import STAFF_CALLED, resident_view, staff_view
from kiosk.flow.engine import InvalidTransition
from kiosk.store.audit import check_event

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "flow"))
from flow_fakes import ManualScheduler  # noqa: E402

SERVING = [state for state in S if state is not S.LOCKED]


def desk_in(state: S):
    d = build_desk(ManualScheduler())
    d.flow.staff = None if state is S.LOCKED else MEMBER
    d.flow.state = state
    return d


def run_jobs(d) -> None:
    jobs, d.executor.jobs = d.executor.jobs, []
    for job in jobs:
        job()


def test_the_call_is_taken_wherever_the_desk_is_open():
    assert table.CALLABLE == frozenset(SERVING)


@pytest.mark.parametrize("state", SERVING, ids=lambda state: state.value)
def test_a_call_keeps_the_step_counts_and_is_audited_once_per_visit(state):
    d = desk_in(state)
    ctx = d.flow.ctx
    d.flow.send(E.CALL_STAFF)
    assert d.flow.state is state and d.flow.ctx is ctx and ctx.staff_calls == 1
    run_jobs(d)
    assert d.records.audited == [(STAFF_CALL, "DESK-01", {"state": state.name})]
    d.flow.send(E.CALL_STAFF)
    assert d.flow.state is state and ctx.staff_calls == 2
    assert not d.executor.jobs, "one audit event per visit"


def test_a_locked_desk_refuses_the_call_and_changes_nothing():
    d = desk_in(S.LOCKED)
    with pytest.raises(InvalidTransition):
        d.flow.send(E.CALL_STAFF)
    assert d.flow.state is S.LOCKED and d.flow.ctx.staff_calls == 0 and not d.executor.jobs


def test_the_audit_names_the_claim_and_nothing_personal():
    d = desk_in(S.PIN_ENTRY)
    d.flow.ctx.application, d.flow.ctx.claim_id = application(), 42
    d.flow.send(E.CALL_STAFF)
    run_jobs(d)
    [(event, desk, data)] = d.records.audited
    assert data == {"state": "PIN_ENTRY", "claim_id": "42"}
    check_event(event, desk, data)  # the audit chain's whitelist takes it
    assert application().name not in repr(data)


def test_calls_belong_to_one_visit():
    d = desk_in(S.QUEUE)
    d.flow.send(E.CALL_STAFF)
    d.flow.send(E.FOUND, **payload(E.FOUND))
    assert d.flow.state is S.APPLICATION and d.flow.ctx.staff_calls == 1  # the resident being looked up
    d.flow.send(E.NEXT)
    assert d.flow.state is S.QUEUE and d.flow.ctx.staff_calls == 0


def test_a_call_does_not_keep_the_idle_lock_away():
    d = build_desk(ManualScheduler())
    d.flow.send(E.LOGIN, staff_id=MEMBER.staff_id, password=PASSWORD)
    d.flow.send(E.LOGGED_IN, staff=MEMBER)
    timers = d.live_timers()
    d.flow.send(E.CALL_STAFF)
    assert d.live_timers() == timers, "a resident's tap is no staff activity"
    d.scheduler.fire_all()
    assert d.flow.state is S.LOCKED


def test_both_views_show_the_call():
    d = desk_in(S.CARD_WAIT)
    ctx = d.flow.ctx
    ctx.application = application()
    assert resident_view(S.CARD_WAIT, ctx).staff_calls == 0
    assert STAFF_CALLED not in staff_view(S.CARD_WAIT, ctx, MEMBER).lines
    d.flow.send(E.CALL_STAFF)
    d.flow.send(E.CALL_STAFF)
    assert resident_view(S.CARD_WAIT, ctx).staff_calls == 2
    lines = staff_view(S.CARD_WAIT, ctx, MEMBER).lines
    assert lines[0] == STAFF_CALLED and lines.count(STAFF_CALLED) == 1
    assert lines[1:] == staff_view(S.CARD_WAIT, type(ctx)(visit=ctx.visit, started_at=ctx.started_at,
                                                          application=ctx.application), MEMBER).lines


@pytest.mark.parametrize("state", SERVING, ids=lambda state: state.value)
def test_every_open_step_shows_the_call_first_to_staff(state):
    d = desk_in(state)
    d.flow.send(E.CALL_STAFF)
    assert staff_view(state, d.flow.ctx, MEMBER).lines[0] == STAFF_CALLED
    assert resident_view(state, d.flow.ctx).staff_calls == 1
