"""Every entry of the transition table, and random event sequences (nextline style): the machine
only ever moves along the table, an invalid event raises and changes nothing, and every state it
reaches has a screen."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from flow_fakes import STAFF_PIN, STAFF_PIN_HASH, entry_for
from hypothesis import given, settings
from hypothesis import strategies as st
from machine_checks import NoEffects, case_id, send_checked

from kiosk.reception import table
from kiosk.reception.config import ReceptionConfig
from kiosk.reception.context import CardIdentity
from kiosk.reception.events import Event
from kiosk.reception.machine import ReceptionFlow
from kiosk.reception.model import ConsentItem, Method, PrescriptionForm
from kiosk.reception.states import FlowState
from kiosk.reception.view import build_view
from kiosk.services.eligibility import EligibilityAnswer, Qualification, Validity

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def identity(valid: bool = True, usable: bool = True, tries: int | None = 3) -> CardIdentity:
    return CardIdentity(b"cert", NOW, valid, usable, tries if usable else None)


def answer(registered: bool = True) -> EligibilityAnswer:
    q = Qualification("06139876", "1", "2", "01", "030", None, "保険", "カナ", date(1960, 1, 1), date(2020, 1, 1), None)
    return EligibilityAnswer(Validity.VALID, (q,), registered, "REF", NOW)


def default_payload(event: Event) -> dict:
    return {
        Event.CARD_READ: {"identity": identity(), "face_available": True},
        Event.CARD_FAILED: {"code": "CARD_REMOVED"}, Event.CHECK_FAILED: {"code": "ELIGIBILITY_UNAVAILABLE"},
        Event.REGISTER_FAILED: {"code": "ELIGIBILITY_UNAVAILABLE"}, Event.FINISH_FAILED: {"code": "STORE_UNAVAILABLE"},
        Event.PIN_ENTERED: {"pin": "1234"}, Event.PIN_WRONG: {"tries_left": 2},
        Event.CHECKED: {"answer": answer(), "age": 50}, Event.CONSENT_ANSWER: {"agreed": True},
        Event.PRESCRIPTION_CHOSEN: {"form": PrescriptionForm.PAPER}, Event.STAFF_OPEN: {"pin": STAFF_PIN},
        Event.FACE_REPORT: {"prompt": "", "progress": 0.5}, Event.STAFF_COLLATION: {"entry": entry_for("R002")},
        Event.PHOTO_READ: {"photo": None, "face_problem": ""}, Event.PHOTO_FAILED: {"problem": "COLLATION_REFUSED"},
    }.get(event, {})


def machine(config: ReceptionConfig | None = None) -> ReceptionFlow:
    return ReceptionFlow(config or ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH), NoEffects(),
                         clock=lambda: NOW)


def arrange(guard: str | None, truth: bool, flow: ReceptionFlow, payload: dict, event: Event) -> ReceptionConfig | None:
    """Make ``guard`` hold (or not) for ``event``; returns a config to use instead, if needed."""
    ctx = flow.ctx
    if guard is None:
        return None
    if guard == "cert_expired":
        payload["identity"] = identity(valid=not truth)
    elif guard == "face_available":
        ctx.face_available = truth
        payload["face_problem"] = "" if truth else "CAMERA_UNAVAILABLE"
    elif guard == "collation_entered":
        ctx.collation_entry = truth
    elif guard in ("pin_blocked", "pin_usable"):
        ctx.identity = identity()
        ctx.pin_tries = (0 if truth else 3) if guard == "pin_blocked" else (3 if truth else 0)
    elif guard == "staff_pin_ok":
        payload["pin"] = STAFF_PIN if truth else "0000"
    elif guard == "needs_registration":
        payload["answer"] = answer(registered=not truth)
    elif guard == "offers_bundle":  # two consent screens or more before 受付完了: 包括同意 first
        ctx.consent_queue = [ConsentItem.MEDICATION, ConsentItem.CHECKUP]
        return ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH, bundle_consent=truth,
                               consent_items=(ConsentItem.MEDICATION, ConsentItem.CHECKUP))
    elif guard == "more_consents":  # a consent screen before 受付完了 is still to come
        if event is Event.CHECKED:
            return ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH,
                                   consent_items=(ConsentItem.MEDICATION,) if truth else ())
        ctx.consent_queue = [ConsentItem.MEDICATION, ConsentItem.CHECKUP][: (2 if truth else 1)]
        if event is Event.REGISTERED:
            ctx.consent_queue = ctx.consent_queue[:1] if truth else []
    elif guard == "asks_limit":  # 限度額 is still to be offered on 受付完了
        if event is Event.CHECKED:
            return ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH,
                                   consent_items=(ConsentItem.LIMIT,) if truth else ())
        before = [ConsentItem.MEDICATION] if event in (Event.CONSENT_ANSWER, Event.CONSENT_ALL) else []
        ctx.consent_queue = before + ([ConsentItem.LIMIT] if truth else [])
    elif guard == "asks_prescription":
        return ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH, consent_items=(), prescription_screen=truth)
    elif guard == "card_gone":
        ctx.card_gone = truth
    elif guard == "alarm_done":
        ctx.alarm_rounds = 1 if truth else 0
    else:
        raise AssertionError(f"no arrangement for guard {guard}")
    return None


# The literal table; its rules for events valid anywhere have their own test below.
CASES = [(state, event, index) for (state, event), options in table.TRANSITIONS.items()
         for index in range(len(options))]


@pytest.mark.parametrize(("state", "event", "index"), CASES, ids=[case_id(case) for case in CASES])
def test_every_table_entry(state, event, index):
    options = table.TRANSITIONS[(state, event)]
    guard, target = options[index]

    def build() -> tuple[ReceptionFlow, dict]:
        payload = default_payload(event)
        flow = machine()
        config = None
        for earlier, _ in options[:index]:
            config = arrange(earlier, False, flow, payload, event) or config
        config = arrange(guard, True, flow, payload, event) or config
        if config is not None:  # re-arrange on a flow with the needed configuration
            flow, payload = machine(config), default_payload(event)
            for earlier, _ in options[:index]:
                arrange(earlier, False, flow, payload, event)
            arrange(guard, True, flow, payload, event)
        flow.ctx.method = Method.PIN  # a verified visit's: the consents are given with it
        flow.state = state
        return flow, payload

    flow, payload = build()
    if state in (FlowState.CONSENT, FlowState.CONSENT_BUNDLE) and not flow.ctx.consent_queue:
        flow.ctx.consent_queue = [ConsentItem.MEDICATION, ConsentItem.CHECKUP]
    if state is FlowState.LIMIT:
        flow.ctx.consent_queue = [ConsentItem.LIMIT]
    if event is Event.CHECKED and "answer" not in payload:
        payload["answer"] = answer()
    flow.send(event, **payload)
    assert flow.state is target
    build_view(flow.state, flow.ctx, flow.config)


@pytest.mark.parametrize("state", [s for s in FlowState if s is not FlowState.IDLE])
@pytest.mark.parametrize("event", [Event.CARD_REMOVED, Event.READER_LOST])
def test_environment_events_work_from_every_state(state, event):
    flow = machine()
    flow.state = state
    flow.send(event)
    expected = table.candidates(state, event)
    assert flow.state in {target for _, target in expected}


@pytest.mark.parametrize("state", list(FlowState), ids=lambda s: s.value)
def test_calling_staff_works_on_every_screen_and_changes_none(state):
    flow = machine()
    flow.state = state
    flow.send(Event.CALL_STAFF)
    assert flow.state is state and flow.ctx.staff_calls == 1


EVENTS = st.sampled_from(list(Event))


@settings(max_examples=300, deadline=None)
@given(st.lists(EVENTS, max_size=40))
def test_random_event_sequences_stay_on_the_table(events):
    flow = machine()
    for event in events:
        # The inactivity warning lasts until the next event, a refused one too.
        if not send_checked(flow, event, default_payload(event), volatile=frozenset({"warning"})):
            continue
        if flow.state is FlowState.CONSENT:
            assert flow.ctx.asked_before_done()
        if flow.state is FlowState.LIMIT:  # only 限度額 is left, on the 受付完了 screen
            assert flow.ctx.consent_queue and set(flow.ctx.consent_queue) <= set(table.AT_DONE)
        build_view(flow.state, flow.ctx, flow.config)
