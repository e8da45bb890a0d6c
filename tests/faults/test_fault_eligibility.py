"""Slow and silent eligibility service during a reception visit (issue 13 §11): the real HTTP
simulator on loopback, the real HTTP client with its overall deadline, the kiosk's worker threads
and timers, short waits. The visit ends in ERROR with the next step for the service, within the
deadline; a late answer changes nothing; nothing is half-written; the audit chain is intact."""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest
from fault_support import assert_reception_consistent, build_kiosk, drive, on_share, rows, settings_for

from drivers.eligibility_http import HttpEligibilityService
from kiosk.flow.executors import WorkerExecutor
from kiosk.flow.scheduler import ThreadScheduler
from kiosk.reception.states import FlowState
from kiosk.store.models import ReceptionVisit, Registration
from simulators.eligibility import EligibilityHttpServer, SimulatedEligibilityService

WAIT = 1.5  # ReceptionConfig.wait_seconds: long enough for the virtual card on a busy machine
SLACK = 1.0


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


class Timeline:
    """When the flow entered each state (monotonic seconds)."""

    def __init__(self, flow, on_state=None) -> None:
        self.entered: dict[FlowState, float] = {}
        self.on_state = on_state
        flow.observe(self)

    def __call__(self, state, ctx) -> None:
        self.entered.setdefault(state, time.monotonic())
        if self.on_state is not None:
            self.on_state(state)

    def seconds(self, start: FlowState, end: FlowState) -> float:
        return self.entered[end] - self.entered[start]


class Recording:
    """The eligibility client, noting the answers it got (a late one included)."""

    def __init__(self, inner: HttpEligibilityService) -> None:
        self.inner, self.answers = inner, []

    def check(self, certificate_der: bytes, *, limit_consent: bool):
        answer = self.inner.check(certificate_der, limit_consent=limit_consent)
        self.answers.append(answer)
        return answer

    def register(self, certificate_der: bytes, idempotency_key: str):
        receipt = self.inner.register(certificate_der, idempotency_key)
        self.answers.append(receipt)
        return receipt


@contextmanager
def kiosk_on_http(tmp_path, url, share, service, *, timeout=5.0, deadline=20.0, wait=WAIT):
    """The kiosk as it runs: card and service workers, real timers, the HTTP client. On leaving, the
    server stops (a hanging request ends), the workers finish what they hold, the kiosk closes."""
    card, service_worker = WorkerExecutor("fault-card"), WorkerExecutor("fault-service")
    with EligibilityHttpServer(service) as server:
        client = Recording(HttpEligibilityService(server.url, timeout=timeout, deadline=deadline, backoff=0.05))
        kiosk, slot, _ = build_kiosk(settings_for(tmp_path, url, share, wait_seconds=wait), eligibility=client,
                                     executor=card, service_executor=service_worker, scheduler=ThreadScheduler())
        try:
            yield kiosk, slot, client
        finally:
            server.stop()
            service_worker.shutdown()  # a late answer reaches the flow now, if it comes at all
            kiosk.close()  # the card is taken out
            card.shutdown()  # the failure record is written, the card closed


def assert_failed_cleanly(url, share, code: str, *, unconfirmed: bool) -> None:
    """One failed visit, no registration; ``unconfirmed``: the clinic system got a file saying the
    verified resident's qualification could not be confirmed (else nothing on the share)."""
    from kiosk.store.db import open_store

    store = open_store(url)
    try:
        visits = rows(store, ReceptionVisit)
        assert [(v.outcome, v.failure_code) for v in visits] == [("failed", code)]
        assert rows(store, Registration) == [] and len(on_share(share)) == (2 if unconfirmed else 0)
        assert_reception_consistent(store, url, share, completed=0)
    finally:
        store.close()


def test_a_slow_check_ends_at_the_wait_deadline_and_its_late_answer_changes_nothing(tmp_path, sqlite_url, share):
    service = SimulatedEligibilityService()
    service.faults.latency = WAIT + 0.8  # answers, but only after the kiosk gave up waiting
    with kiosk_on_http(tmp_path, sqlite_url, share, service) as (kiosk, slot, client):
        timeline = Timeline(kiosk.flow)
        outcome = drive(kiosk, slot)
        assert (outcome.final_state, outcome.error_code) == (FlowState.ERROR, "ELIGIBILITY_UNAVAILABLE")
        assert WAIT - 0.1 <= timeline.seconds(FlowState.CHECKING, FlowState.ERROR) <= WAIT + SLACK
        assert client.answers == []
        kiosk.effects.service_executor.shutdown()  # the late answer arrives while the resident reads the next step
        assert len(client.answers) == 1  # it did come
        assert kiosk.flow.state is FlowState.ERROR and not kiosk.flow.ctx.file_id
    assert_failed_cleanly(sqlite_url, share, "ELIGIBILITY_UNAVAILABLE", unconfirmed=True)


def test_a_slow_check_ends_at_the_clients_overall_deadline(tmp_path, sqlite_url, share):
    service = SimulatedEligibilityService()
    service.faults.latency = 5.0
    with kiosk_on_http(tmp_path, sqlite_url, share, service, timeout=0.3, deadline=0.8, wait=10.0) as (kiosk, slot, _):
        timeline = Timeline(kiosk.flow)
        outcome = drive(kiosk, slot)
        assert (outcome.final_state, outcome.error_code) == (FlowState.ERROR, "ELIGIBILITY_UNAVAILABLE")
        assert timeline.seconds(FlowState.CHECKING, FlowState.ERROR) <= 0.8 + SLACK
    assert_failed_cleanly(sqlite_url, share, "ELIGIBILITY_UNAVAILABLE", unconfirmed=True)


def test_a_silent_registration_ends_at_the_wait_deadline_without_a_registration(tmp_path, sqlite_url, share):
    service = SimulatedEligibilityService()

    def fall_silent(state) -> None:  # the check answered; the registration request will hang
        if state is FlowState.REGISTRATION:
            service.faults.timeout = True

    with kiosk_on_http(tmp_path, sqlite_url, share, service) as (kiosk, slot, _):
        timeline = Timeline(kiosk.flow, fall_silent)
        outcome = drive(kiosk, slot, "R007")  # not registered yet: 健康保険証利用の申込 first
        assert (outcome.final_state, outcome.error_code) == (FlowState.ERROR, "ELIGIBILITY_UNAVAILABLE")
        assert WAIT - 0.1 <= timeline.seconds(FlowState.REGISTERING, FlowState.ERROR) <= WAIT + SLACK
    assert service.registrations("R007") == 0
    assert_failed_cleanly(sqlite_url, share, "ELIGIBILITY_UNAVAILABLE", unconfirmed=False)


def test_a_registration_whose_answer_is_lost_after_the_commit_is_made_once(tmp_path, sqlite_url, share):
    """The service commits, then the connection drops: the client retries under the same
    idempotency key, the service replays, the visit completes with one registration."""
    service = SimulatedEligibilityService()

    def drop_next(state) -> None:
        if state is FlowState.REGISTRATION:
            service.faults.drop_after_commit = 1

    with kiosk_on_http(tmp_path, sqlite_url, share, service) as (kiosk, slot, _):
        Timeline(kiosk.flow, drop_next)
        outcome = drive(kiosk, slot, "R007")
        assert outcome.completed, outcome
    assert service.faults.drop_after_commit == 0  # the fault was used
    assert service.registrations("R007") == 1
    from kiosk.store.db import open_store

    store = open_store(sqlite_url)
    try:
        assert_reception_consistent(store, sqlite_url, share, completed=1)
        assert len(rows(store, Registration)) == 1
    finally:
        store.close()
