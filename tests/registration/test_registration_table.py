"""Every entry of the registration support desk's table, and random event sequences (as for the
counter, tests/counter/test_counter_table.py): the machine only moves along its table; an invalid
event raises and changes nothing; the PIN never stays in the context; every state it reaches has
both views, and an ended visit has its slip."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.card.visit import CardIdentity
from kiosk.registration import table
from kiosk.registration.machine import FACE, PIN, RegistrationFlow
from kiosk.registration.table import RegistrationEvent as E
from kiosk.registration.table import RegistrationState as S
from kiosk.registration.view import resident_view, staff_view

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "flow"))
from machine_checks import NoEffects, case_id, send_checked, table_cases  # noqa: E402

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TYPED = "4821"


def identity(*, pin: bool = True, tries: int | None = 3, valid: bool = True) -> CardIdentity:
    return CardIdentity(b"certificate", NOW, valid, pin, tries if pin else None)


def payload(event: E, variant: int = 0) -> dict:
    """A plausible payload; variants: a face card, an expired certificate, a blocked PIN, no face path."""
    if event is E.CARD_READ:
        return [{"identity": identity(), "cert_hash": "a" * 64, "face_available": True},
                {"identity": identity(), "cert_hash": "a" * 64, "face_available": False},
                {"identity": identity(pin=False), "cert_hash": "a" * 64, "face_available": True},
                {"identity": identity(pin=False), "cert_hash": "a" * 64, "face_available": False},
                {"identity": identity(valid=False), "cert_hash": "a" * 64, "face_available": True},
                {"identity": identity(tries=0), "cert_hash": "a" * 64, "face_available": False}][variant]
    return {E.PIN_KEYED: {"text": TYPED}, E.PIN_WRONG: {"code": "CARD_PIN_WRONG", "tries_left": 2},
            E.CARD_FAILED: {"code": "CARD_REMOVED"}, E.FACE_REPORT: {"prompt": "もう少し 近づいて ください"},
            E.CHECKED: {"registered": bool(variant)}, E.CHECK_FAILED: {"code": "ELIGIBILITY_UNAVAILABLE"},
            E.REGISTER_FAILED: {"code": "ELIGIBILITY_UNAVAILABLE"}, E.REGISTERED: {"at": NOW}}.get(event, {})


VARIANTS = {E.CARD_READ: 6, E.CHECKED: 2}
# The CARD_READ payload variant that picks each candidate: expired, no way, both ways, PIN only, face only.
CARD_FOR_CANDIDATE = (4, 3, 0, 1, 2)
ORDER = list(S)


def desk(state: S = S.WAITING, *, face: bool = True, pin: bool = True) -> RegistrationFlow:
    """A flow in ``state`` with the context a visit has there."""
    flow = RegistrationFlow(NoEffects(), clock=lambda: NOW)
    ctx = flow.ctx
    if ORDER.index(state) > ORDER.index(S.READING_CARD):
        ctx.identity, ctx.cert_hash, ctx.face_available = identity(pin=pin), "a" * 64, face
        ctx.pin_tries = 3 if pin else None
    if state is S.FAILED:
        ctx.failure_code = "CARD_REMOVED"
    flow.state = state
    return flow


def arrange(guard: str | None, truth: bool, flow: RegistrationFlow, event: E, p: dict) -> None:
    """Make ``guard`` hold (or not) when ``event`` comes."""
    ctx = flow.ctx
    if guard is None:
        return
    if guard == "pin_usable":
        ctx.identity, ctx.pin_tries = identity(pin=truth), 3 if truth else None
    elif guard == "face_available":
        ctx.face_available = truth
    elif guard == "registered_already":
        p["registered"] = truth
    else:
        raise AssertionError(f"no arrangement for {guard}")


def check_invariants(flow: RegistrationFlow) -> None:
    ctx = flow.ctx
    assert TYPED not in repr(vars(ctx)), "a PIN kept in the context"
    staff, resident = staff_view(flow.state, ctx, "REG-01"), resident_view(flow.state, ctx)
    assert staff.title and resident.title
    assert (staff.slip is not None) == (flow.state in (S.DONE, S.FAILED))
    if flow.state is S.FAILED:
        assert ctx.failure_code, "a failed visit says why"
        assert staff.slip.slip_lines()[1].startswith("理由: ")
    if flow.state is S.PIN_ENTRY:
        assert resident.keypad == "digits" and TYPED not in repr(staff)
    assert ctx.method in ("", PIN, FACE)


CASES = table_cases(desk())


def test_the_cases_cover_the_table_and_its_interruptions():
    entries = {(state, event) for state, event, _ in CASES}
    assert entries >= set(table.TRANSITIONS)
    assert {state for state, event in entries if event is E.CANCEL} == table.INTERRUPTIBLE


@pytest.mark.parametrize(("state", "event", "index"), CASES, ids=[case_id(case) for case in CASES])
def test_every_table_entry(state, event, index):
    flow = desk(state)
    options = flow.candidates(state, event)
    guard, target = options[index]
    p = payload(event)
    if event is E.CARD_READ:  # the guards read one card together: one card per candidate
        p = payload(event, CARD_FOR_CANDIDATE[index])
    else:
        for earlier, _ in options[:index]:
            arrange(earlier, False, flow, event, p)
        arrange(guard, True, flow, event, p)
    flow.send(event, **p)
    assert flow.state is target
    check_invariants(flow)


@pytest.mark.parametrize("state", list(S))
def test_events_off_the_table_are_refused_and_change_nothing(state):
    refused = [event for event in E if desk().candidates(state, event) is None]
    for event in refused:
        assert not send_checked(desk(state), event, payload(event))


def test_a_face_card_with_no_face_path_here_is_sent_to_a_clinics_face_reader():
    flow = desk(S.READING_CARD)
    flow.send(E.CARD_READ, identity=identity(pin=False), cert_hash="a" * 64, face_available=False)
    assert flow.state is S.FAILED and flow.ctx.failure_code == "REGISTRATION_NEEDS_FACE"
    assert "顔認証付きカードリーダー" in resident_view(flow.state, flow.ctx).body


def test_a_blocked_pin_moves_to_the_face_path_where_there_is_one():
    flow = desk(S.VERIFYING)
    flow.send(E.PIN_BLOCKED)
    assert flow.state is S.FACE_CAPTURE and flow.ctx.method == FACE
    flow.send(E.FACE_FAILED)
    assert flow.state is S.FAILED and flow.ctx.failure_code == "CARD_PIN_BLOCKED"


def test_the_registration_goes_on_when_the_card_is_taken_away():
    flow = desk(S.REGISTERING)
    flow.send(E.CARD_REMOVED)
    flow.send(E.REGISTERED, at=NOW)
    assert flow.state is S.CONSENTS and not flow.ctx.failure_code
    flow.send(E.CARD_REMOVED)
    assert flow.state is S.DONE and staff_view(S.DONE, flow.ctx).slip.registered


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_random_sequences_keep_the_invariants(data):
    flow = desk()
    for _ in range(data.draw(st.integers(0, 60), label="steps")):
        valid = [event for event in E if flow.can(event)]
        event = data.draw(st.one_of(st.sampled_from(valid), st.sampled_from(list(E))), label="event")
        variant = data.draw(st.integers(0, VARIANTS.get(event, 1) - 1), label="variant")
        visit = flow.ctx.visit
        send_checked(flow, event, payload(event, variant))
        assert flow.ctx.visit >= visit
        check_invariants(flow)
