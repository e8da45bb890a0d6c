"""No dead ends (issue 16 §2): on every screen, with every way of proving identity used up in every
combination, there is a way forward — a button that leads somewhere else, the keypad, 「やめる」
before the result, the card taken away or a deadline on the screens that wait — and 「係員を 呼ぶ」
everywhere. A method that is used up is never offered again; a locked PIN is drawn as unavailable
with where to reset it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from flow_fakes import STAFF_PIN_HASH, build_kiosk
from machine_checks import NoEffects

from kiosk.card.visit import CardIdentity
from kiosk.reception import table
from kiosk.reception.config import ReceptionConfig
from kiosk.reception.events import Event
from kiosk.reception.machine import InvalidTransition, ReceptionFlow
from kiosk.reception.model import ConsentItem, Method
from kiosk.reception.states import FlowState
from kiosk.reception.view import ScreenView, build_view
from kiosk.services.eligibility import EligibilityAnswer, Qualification, Validity

# R002 PIN and face; R004 PIN blocked; R006 顔認証マイナンバーカード (no PIN); R012 one PIN try left.
RESIDENTS = ("R002", "R004", "R006", "R012")
IDENTITY_SCREENS = {FlowState.CHOOSE_METHOD, FlowState.FACE_FAILED, FlowState.PIN_BLOCKED}
WRONG_PIN = "0000"
NOW = datetime(2026, 11, 23, tzinfo=UTC)


class SilentFace:
    """A face runner that never reports: the test says how each attempt ends."""

    def start(self, photo, attempts, on_report, on_outcome) -> None:
        pass

    def stop(self) -> None:
        pass

    def ready(self) -> bool:
        return True


def fresh(resident_id: str):
    kiosk = build_kiosk(face=SilentFace(), scan_card_face=True)
    kiosk.slot.insert_resident(resident_id)
    kiosk.flow.send(Event.CARD_INSERTED)
    return kiosk


def press(kiosk, event: Event, **payload) -> None:
    if event is Event.PIN_ENTERED:
        payload = {"pin": WRONG_PIN}  # only wrong PINs: every try is used up, never a way through
    try:
        kiosk.flow.send(event, **payload)
    except InvalidTransition:
        pytest.fail(f"the button {event.value} on {kiosk.flow.state.value} leads nowhere")
    if kiosk.flow.state is FlowState.FACE_CAPTURE:
        kiosk.flow.send(Event.FACE_EXHAUSTED)  # the face never matches either


def walk(resident_id: str) -> list[str]:
    """Every sequence of buttons (wrong PINs, failing faces) from the card on; what each screen offers."""
    seen: set[tuple[FlowState, bool, int | None]] = set()  # (screen, face used up, PIN tries)
    problems: list[str] = []
    paths: list[list[tuple[Event, dict]]] = [[]]
    while paths:
        path = paths.pop()
        kiosk = fresh(resident_id)
        for event, payload in path:
            press(kiosk, event, **payload)
        flow, ctx = kiosk.flow, kiosk.flow.ctx
        face_used_up = any(event is Event.CHOOSE_FACE for event, _ in path)  # every attempt failed
        key = (flow.state, face_used_up, ctx.pin_tries)
        if key in seen or flow.state not in IDENTITY_SCREENS | {FlowState.PIN_ENTRY}:
            continue
        seen.add(key)
        view = build_view(flow.state, ctx, flow.config)
        enabled = [a for a in view.actions if a.enabled]
        moves = [a for a in enabled if a.intent is not Event.BACK] or ([Event.PIN_ENTERED] if view.keypad else [])
        if not moves and not ("「係員を 呼ぶ」" in view.body and flow.can(Event.STAFF_OPEN)):
            problems.append(f"{resident_id} {flow.state.value}: no way forward ({view.body})")
        if not (view.can_cancel and flow.can(Event.CALL_STAFF)):
            problems.append(f"{resident_id} {flow.state.value}: no やめる or no 係員を呼ぶ")
        if any(a.intent is Event.CHOOSE_FACE for a in enabled) and face_used_up:
            problems.append(f"{resident_id} {flow.state.value}: offers 顔認証 again after it was used up")
        if any(a.intent is Event.CHOOSE_PIN for a in enabled) and ctx.pin_tries == 0:
            problems.append(f"{resident_id} {flow.state.value}: offers the locked PIN as usable")
        for action in enabled:
            paths.append([*path, (action.intent, dict(action.payload))])
        if flow.state is FlowState.PIN_ENTRY:
            paths.append([*path, (Event.PIN_ENTERED, {})])
    return problems


@pytest.mark.parametrize("resident_id", RESIDENTS)
def test_every_identity_screen_has_a_way_forward_whatever_is_used_up(resident_id):
    assert walk(resident_id) == []


def test_a_blocked_pin_and_a_used_up_face_leave_the_staff_check():
    kiosk = fresh("R004")  # PIN blocked
    view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
    locked = next(a for a in view.actions if a.intent is Event.CHOOSE_PIN)
    assert not locked.enabled and "ロック中" in locked.label  # drawn as unavailable ...
    assert "市区町村の 窓口" in view.body  # ... saying where to reset it
    kiosk.flow.send(Event.CHOOSE_FACE)
    kiosk.flow.send(Event.FACE_EXHAUSTED)
    view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
    assert kiosk.flow.state is FlowState.FACE_FAILED and "「係員を 呼ぶ」を 押してください" in view.body
    assert [a.enabled for a in view.actions] == [False]  # the locked PIN, never 顔認証 again
    assert kiosk.flow.can(Event.STAFF_OPEN) and kiosk.flow.can(Event.CALL_STAFF) and view.can_cancel


# -- every state × every used-up combination ---------------------------------------------------

# (face still offered, PIN: tries left — None for a card without PINs)
COMBINATIONS = {"both-left": (True, 3), "face-used-up": (False, 3), "pin-locked": (True, 0),
                "both-used-up": (False, 0), "no-pin": (True, None), "no-pin-face-used-up": (False, None)}
VERIFIED = {FlowState.CHECKING, FlowState.REGISTRATION, FlowState.REGISTERING, FlowState.CONSENT_BUNDLE,
            FlowState.CONSENT, FlowState.PRESCRIPTION, FlowState.LIMIT, FlowState.FINISHING, FlowState.DONE}


def at(state: FlowState, face: bool, tries: int | None) -> ReceptionFlow:
    """A flow put on ``state`` with a context a visit there would have."""
    config = ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH, prescription_screen=True, consent_items=tuple(ConsentItem))
    flow = ReceptionFlow(config, NoEffects(), clock=lambda: NOW)
    ctx = flow.ctx
    if state is not FlowState.IDLE:
        ctx.identity = CardIdentity(b"cert", NOW, True, tries is not None, tries)
        ctx.pin_tries, ctx.face_available = tries, face
    if state in VERIFIED:
        q = Qualification("06139876", "1", "2", "01", "030", None, "保険", "カナ", date(1960, 1, 1),
                          date(2020, 1, 1), None)
        ctx.method, ctx.answer = Method.STAFF, EligibilityAnswer(Validity.VALID, (q,), True, "REF", NOW)
        ctx.consent_queue = [ConsentItem.LIMIT] if state is FlowState.LIMIT else list(table.CONSENT_ORDER)
    ctx.error_code = "CARD_ERROR" if state is FlowState.ERROR else ""
    flow.state = state
    return flow


def ways_forward(flow: ReceptionFlow, view: ScreenView) -> list[str]:
    """What lets the resident on from here (none: a dead end)."""
    ways = [f"button {a.intent.value}" for a in view.actions if a.enabled and a.intent is not Event.BACK
            and flow.can(a.intent)]
    if view.keypad:
        ways.append("keypad")
    if view.can_cancel and flow.can(Event.CANCEL):
        ways.append("やめる")
    if flow.state in table.WAITING and flow.can(Event.TIMEOUT):
        ways.append("the deadline")
    if flow.state is FlowState.IDLE and flow.can(Event.CARD_INSERTED):
        ways.append("a card")
    if flow.state in (*table.CARD_LEFT, FlowState.LIMIT) and flow.can(Event.CARD_REMOVED):
        ways.append("taking the card")
    return ways


CASES = [(state, name) for state in FlowState for name in COMBINATIONS]


@pytest.mark.parametrize(("state", "combination"), CASES, ids=[f"{s.value}-{c}" for s, c in CASES])
def test_every_state_has_a_way_forward_whatever_is_used_up(state, combination):
    face, tries = COMBINATIONS[combination]
    flow = at(state, face, tries)
    view = build_view(state, flow.ctx, flow.config)
    assert ways_forward(flow, view), f"{state.value} with {combination}: a dead end"
    assert flow.can(Event.CALL_STAFF)  # 係員を呼ぶ on every screen
    assert view.can_cancel is (state in table.CANCELLABLE)
    enabled = {a.intent for a in view.actions if a.enabled}
    assert not (Event.CHOOSE_FACE in enabled and not face), "a used-up face offered again"
    assert not (Event.CHOOSE_PIN in enabled and tries == 0), "a locked PIN offered as usable"


@pytest.mark.parametrize("state", table.CANCELLABLE, ids=lambda s: s.value)
def test_cancel_ends_the_visit_with_nothing_recorded_as_done(state):
    kiosk = build_kiosk()
    flow = kiosk.flow
    kiosk.slot.insert_resident("R002")
    flow.send(Event.CARD_INSERTED)
    flow.state = state  # the effects of the screens before are not what is tested here
    flow.send(Event.CANCEL)
    assert flow.state is FlowState.CANCELLED
    view = build_view(flow.state, flow.ctx, flow.config)
    assert "カードを お取りください" in view.body and view.placement and not view.can_cancel
    kiosk.slot.remove()
    flow.send(Event.CARD_REMOVED)
    assert flow.state is FlowState.IDLE
    assert kiosk.store.results == [] and [f.failure_code for f in kiosk.store.failures] == ["CANCELLED"]


def test_a_card_left_after_cancel_raises_the_alarm_then_the_kiosk_goes_idle():
    kiosk = build_kiosk()
    kiosk.slot.insert_resident("R002")
    kiosk.flow.send(Event.CARD_INSERTED)
    kiosk.flow.send(Event.CANCEL)
    kiosk.scheduler.fire_all()
    assert kiosk.flow.state is FlowState.CANCELLED and kiosk.flow.ctx.alarm
    kiosk.scheduler.fire_all()
    assert kiosk.flow.state is FlowState.IDLE
