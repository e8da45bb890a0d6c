"""Deadlines and lockouts at the unattended kiosk (issue 13 §1, §5): every state where the resident
waits has a deadline that ends in a next step; a service that hangs never holds up the next
resident's card; wrong staff PINs are audited and lock the staff check after a few tries."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from flow_fakes import (
    STAFF_PIN,
    STAFF_PIN_HASH,
    FakeEligibility,
    UnreadableCardFace,
    agree_to_everything,
    build_kiosk,
    entry_for,
)

from kiosk.clock import TOKYO
from kiosk.flow.executors import WorkerExecutor
from kiosk.flow.scheduler import ThreadScheduler
from kiosk.reception.config import STAFF_PIN_LOCK, STAFF_PIN_TRIES, ReceptionConfig
from kiosk.reception.events import Event
from kiosk.reception.states import FlowState
from kiosk.reception.table import WAITING
from kiosk.reception.view import build_view
from simulators.residents import resident


class HeldExecutor:
    """Keeps the work it is given until the test releases it: a card or service that never answers."""

    def __init__(self) -> None:
        self.held: list = []

    def submit(self, work) -> None:
        self.held.append(work)

    def release(self) -> None:
        for work in self.held:
            work()
        self.held.clear()


def to_checking(kiosk) -> None:
    kiosk.slot.insert_resident("R002")
    kiosk.flow.send(Event.CARD_INSERTED)
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)


def armed_delays(kiosk) -> list[float]:
    return sorted(delay for delay, _, cancelled in kiosk.scheduler.pending if not cancelled[0])


def test_a_silent_service_ends_the_visit_at_the_deadline_with_a_next_step():
    kiosk = build_kiosk()
    held = HeldExecutor()
    kiosk.flow.effects.service_executor = held
    to_checking(kiosk)
    assert kiosk.flow.state is FlowState.CHECKING and len(held.held) == 1
    assert armed_delays(kiosk) == [kiosk.flow.config.wait_seconds] and kiosk.flow.config.wait_seconds <= 45
    kiosk.scheduler.fire_all()
    assert kiosk.flow.state is FlowState.ERROR and kiosk.flow.ctx.error_code == "ELIGIBILITY_UNAVAILABLE"
    assert "受付に お声がけください" in build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config).body
    held.release()  # the answer arrives after all: it changes nothing
    assert kiosk.flow.state is FlowState.ERROR and kiosk.store.results == []


PIN = (Event.PIN_ENTERED, {"pin": resident("R002").auth_pin})
# How to reach each waiting state: the steps before, which worker to stop, the step into it.
ROUTES = {
    FlowState.READING_CARD: ([], "executor", (Event.CARD_INSERTED, {})),
    FlowState.PIN_VERIFYING: ([(Event.CARD_INSERTED, {}), (Event.CHOOSE_PIN, {})], "executor", PIN),
    FlowState.CHECKING: ([(Event.CARD_INSERTED, {}), (Event.CHOOSE_PIN, {})], "service_executor", PIN),
    FlowState.REGISTERING: ([(Event.CARD_INSERTED, {}), (Event.CHOOSE_PIN, {}), PIN], "service_executor",
                            (Event.AGREE_REGISTRATION, {})),
    FlowState.FINISHING: ([(Event.CARD_INSERTED, {}), (Event.CHOOSE_PIN, {}), PIN, (Event.CONSENT_ALL, {})],
                          "executor", (Event.CONSENT_ANSWER, {"agreed": True})),
    FlowState.READING_PHOTO: ([(Event.CARD_INSERTED, {}), (Event.STAFF_OPEN, {"pin": STAFF_PIN})], "executor",
                              (Event.STAFF_COLLATION, {"entry": entry_for("R002")})),
}


@pytest.mark.parametrize("state", sorted(WAITING, key=lambda s: s.value), ids=lambda s: s.value)
def test_every_waiting_state_has_a_deadline(state):
    kiosk = build_kiosk(eligibility=FakeEligibility(registered=state is not FlowState.REGISTERING),
                        collation=UnreadableCardFace())
    before, worker, into = ROUTES[state]
    kiosk.slot.insert_resident("R002")
    for event, payload in before:
        kiosk.flow.send(event, **payload)
    setattr(kiosk.flow.effects, worker, HeldExecutor())
    kiosk.flow.send(into[0], **into[1])
    assert kiosk.flow.state is state
    assert armed_delays(kiosk) == [kiosk.flow.config.wait_seconds]
    kiosk.scheduler.fire_all()
    assert kiosk.flow.state is FlowState.ERROR and kiosk.flow.ctx.error_code == WAITING[state]


def test_a_hanging_service_never_holds_up_the_next_residents_card():
    release = threading.Event()

    class Hanging(FakeEligibility):
        def check(self, certificate_der, *, limit_consent):
            release.wait(10)
            return super().check(certificate_der, limit_consent=limit_consent)

    kiosk = build_kiosk(ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH, wait_seconds=0.3), eligibility=Hanging())
    card, service = WorkerExecutor("card-io"), WorkerExecutor("service-io")
    kiosk.flow.effects.executor, kiosk.flow.effects.service_executor = card, service
    kiosk.flow.scheduler = ThreadScheduler()
    try:
        kiosk.slot.insert_resident("R002")
        kiosk.flow.send(Event.CARD_INSERTED)
        wait_for(kiosk, FlowState.CHOOSE_METHOD)
        kiosk.flow.send(Event.CHOOSE_PIN)
        kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
        wait_for(kiosk, FlowState.ERROR)  # the deadline, while the service still hangs
        assert kiosk.flow.ctx.error_code == "ELIGIBILITY_UNAVAILABLE"
        kiosk.slot.remove()
        kiosk.flow.send(Event.CARD_REMOVED)
        kiosk.slot.insert_resident("R006")
        kiosk.flow.send(Event.CARD_INSERTED)
        wait_for(kiosk, FlowState.CHOOSE_METHOD)  # read on the card's worker, the service's still busy
        assert not release.is_set()
    finally:
        kiosk.flow.stop()
        release.set()
        card.shutdown()
        service.shutdown()


def wait_for(kiosk, state: FlowState, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while kiosk.flow.state is not state:
        assert time.monotonic() < deadline, f"still {kiosk.flow.state.value}, waiting for {state.value}"
        time.sleep(0.01)


def test_wrong_staff_pins_are_audited_and_lock_the_staff_check():
    kiosk = build_kiosk()
    now = [datetime(2027, 1, 1, 9, 0, tzinfo=TOKYO)]
    kiosk.flow.clock = lambda: now[0]
    kiosk.slot.insert_resident("R006")
    kiosk.flow.send(Event.CARD_INSERTED)
    for _ in range(STAFF_PIN_TRIES):
        kiosk.flow.send(Event.STAFF_OPEN, pin="0000")
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)  # the right PIN, but too late
    assert kiosk.flow.state is FlowState.CHOOSE_METHOD and kiosk.flow.ctx.staff_pin_locked
    events = [event for event, _ in kiosk.store.events if event.startswith("staff.pin")]
    assert events == ["staff.pin_refused"] * STAFF_PIN_TRIES + ["staff.pin_locked"]
    now[0] += STAFF_PIN_LOCK + timedelta(seconds=1)
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    assert kiosk.flow.state is FlowState.STAFF_CHECK


def test_a_right_staff_pin_resets_the_count():
    kiosk = build_kiosk()
    kiosk.slot.insert_resident("R006")
    kiosk.flow.send(Event.CARD_INSERTED)
    for _ in range(STAFF_PIN_TRIES - 1):
        kiosk.flow.send(Event.STAFF_OPEN, pin="0000")
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    kiosk.flow.send(Event.BACK)
    kiosk.flow.send(Event.STAFF_OPEN, pin="0000")
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    assert kiosk.flow.state is FlowState.STAFF_CHECK


@pytest.mark.parametrize("applied", [True, False], ids=["applied", "not-applied"])
def test_a_registration_whose_reply_was_lost_is_confirmed_by_a_follow_up_check(applied):
    from kiosk.services.eligibility import EligibilityUnavailableError

    class LostReply(FakeEligibility):
        def register(self, certificate_der, idempotency_key):
            if applied:
                super().register(certificate_der, idempotency_key)  # the service did it ...
            raise EligibilityUnavailableError("reply lost")  # ... but the answer never came back

    kiosk = build_kiosk(eligibility=LostReply(registered=False))
    kiosk.slot.insert_resident("R002")
    for event, payload in ROUTES[FlowState.REGISTERING][0]:
        kiosk.flow.send(event, **payload)
    kiosk.flow.send(Event.AGREE_REGISTRATION)
    if applied:  # the resident is told the truth: registered, and the visit goes on
        assert kiosk.flow.state is FlowState.CONSENT_BUNDLE and kiosk.flow.ctx.registration is not None
        agree_to_everything(kiosk.flow)
        assert kiosk.store.results[0].registration is not None
    else:
        assert kiosk.flow.state is FlowState.ERROR and kiosk.flow.ctx.error_code == "ELIGIBILITY_UNAVAILABLE"
