"""「係員を呼ぶ」 on the registration support desk's resident screen (issue 16 §2): the call is taken
on every screen, changes no step, is counted for the visit, goes to the audit chain once per visit
with nothing personal, and shows on both views."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.registration import table
from kiosk.registration.effects import STAFF_CALL, RegistrationEffects
from kiosk.registration.machine import RegistrationFlow
from kiosk.registration.table import RegistrationEvent as E
from kiosk.registration.table import RegistrationState as S
from kiosk.registration.view import STAFF_CALLED, resident_view, staff_view
from kiosk.store.audit import check_event

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


class HeldExecutor:
    def __init__(self) -> None:
        self.jobs: list = []

    def submit(self, work) -> None:
        self.jobs.append(work)


class AuditLog:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, dict[str, str]]] = []

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        self.events.append((event, terminal_id, data))


def desk(state: S) -> tuple[RegistrationFlow, HeldExecutor, AuditLog]:
    executor, log = HeldExecutor(), AuditLog()
    effects = RegistrationEffects(slot=None, eligibility=None, audit=log, cert_hasher=lambda der: "a" * 64,
                                  executor=executor, clock=lambda: NOW)
    flow = RegistrationFlow(effects, desk_id="REG-02", clock=lambda: NOW)
    flow.state = state
    return flow, executor, log


def test_the_call_is_taken_on_every_screen():
    assert table.CALLABLE == frozenset(S)


@pytest.mark.parametrize("state", list(S), ids=lambda state: state.value)
def test_a_call_keeps_the_step_counts_and_is_audited_once_per_visit(state):
    flow, executor, log = desk(state)
    ctx = flow.ctx
    flow.send(E.CALL_STAFF)
    assert flow.state is state and flow.ctx is ctx and ctx.staff_calls == 1
    for job in executor.jobs:
        job()
    [(event, terminal, data)] = log.events
    assert (event, terminal, data) == (STAFF_CALL, "REG-02", {"session": str(ctx.visit), "state": state.name})
    check_event(event, terminal, data)  # the audit chain's whitelist takes it
    executor.jobs.clear()
    flow.send(E.CALL_STAFF)
    assert flow.state is state and ctx.staff_calls == 2 and not executor.jobs


def test_calls_belong_to_one_visit():
    flow, _, _ = desk(S.DONE)
    flow.send(E.CALL_STAFF)
    flow.send(E.NEXT)
    assert flow.state is S.WAITING and flow.ctx.staff_calls == 0


@pytest.mark.parametrize("state", list(S), ids=lambda state: state.value)
def test_both_views_show_the_call(state):
    flow, _, _ = desk(state)
    before = staff_view(state, flow.ctx, "REG-02")
    assert STAFF_CALLED not in before.lines and resident_view(state, flow.ctx).staff_calls == 0
    flow.send(E.CALL_STAFF)
    after = staff_view(state, flow.ctx, "REG-02")
    assert after.lines == (STAFF_CALLED, *before.lines)
    assert resident_view(state, flow.ctx).staff_calls == 1
