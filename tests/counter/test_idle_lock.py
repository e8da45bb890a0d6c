"""The desk's idle lock, kept by the counter flow with an injected scheduler: it locks at the queue
or an application not yet started, waits in the middle of a handover, counts again from every
transition and every sign of staff activity, and is gone while the desk is locked."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from counter_fakes import MEMBER, PASSWORD, application, payload

from kiosk.counter.machine import CounterFlow
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.flow.scheduler import ThreadScheduler

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "flow"))
from flow_fakes import ManualScheduler  # noqa: E402
from machine_checks import NoEffects  # noqa: E402


def logged_in(scheduler, idle_seconds: float = 300.0) -> CounterFlow:
    flow = CounterFlow(NoEffects(), scheduler=scheduler, idle_seconds=idle_seconds)
    flow.send(E.LOGIN, staff_id=MEMBER.staff_id, password=PASSWORD)
    flow.send(E.LOGGED_IN, staff=MEMBER)
    return flow


def live(scheduler: ManualScheduler) -> list:
    return [(delay, callback) for delay, callback, cancelled in scheduler.pending if not cancelled[0]]


def test_a_locked_desk_has_no_timer_and_login_starts_one():
    scheduler = ManualScheduler()
    flow = CounterFlow(NoEffects(), scheduler=scheduler, idle_seconds=120.0)
    flow.staff_active()
    assert not live(scheduler)
    flow.send(E.LOGIN, staff_id=MEMBER.staff_id, password=PASSWORD)
    flow.send(E.LOGGED_IN, staff=MEMBER)
    assert [delay for delay, _ in live(scheduler)] == [120.0]


def test_the_queue_locks_when_idle():
    scheduler = ManualScheduler()
    flow = logged_in(scheduler)
    scheduler.fire_all()
    assert flow.state is S.LOCKED and flow.staff is None
    assert not live(scheduler)


def test_an_application_not_yet_started_locks_when_idle():
    scheduler = ManualScheduler()
    flow = logged_in(scheduler)
    flow.send(E.FOUND, application=application())
    scheduler.fire_all()
    assert flow.state is S.LOCKED


def test_staff_activity_and_transitions_start_the_count_again():
    scheduler = ManualScheduler()
    flow = logged_in(scheduler)
    [(_, first)] = live(scheduler)
    flow.staff_active()
    [(_, second)] = live(scheduler)
    assert second is not first
    flow.send(E.LOOKUP, text="1234")  # a self-transition counts too
    [(_, third)] = live(scheduler)
    assert third is not second


def test_a_timer_firing_after_it_was_replaced_does_nothing():
    """ThreadScheduler's cancel cannot stop a timer that is already firing."""
    scheduler = ManualScheduler()
    flow = logged_in(scheduler)
    [(_, stale)] = live(scheduler)
    flow.staff_active()
    stale()
    assert flow.state is S.QUEUE


def test_mid_handover_the_desk_waits_and_locks_back_at_the_queue():
    scheduler = ManualScheduler()
    flow = logged_in(scheduler)
    for event in (E.FOUND, E.CLAIMED):
        flow.send(event, **payload(event))
    assert flow.state is S.DOCUMENTS
    scheduler.fire_all()
    assert flow.state is S.DOCUMENTS and len(live(scheduler)) == 1  # waits another round
    flow.send(E.CANCEL)
    flow.send(E.NEXT)
    assert flow.state is S.QUEUE
    scheduler.fire_all()
    assert flow.state is S.LOCKED


def test_without_a_scheduler_the_desk_never_locks_itself():
    flow = CounterFlow(NoEffects())
    flow.send(E.LOGGED_IN, staff=MEMBER)
    flow.staff_active()
    assert flow.state is S.QUEUE


def test_the_thread_scheduler_locks_the_desk():
    locked = threading.Event()
    flow = logged_in(ThreadScheduler(), idle_seconds=0.05)
    flow.observe(lambda state, ctx: locked.set() if state is S.LOCKED else None)
    assert locked.wait(5)
    assert flow.staff is None
