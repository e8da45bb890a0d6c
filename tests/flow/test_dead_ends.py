"""No dead ends (issue 16 §2, in part): from every screen a resident can reach, with every way of
proving identity used up in every order, there is a way forward — a button that leads somewhere
else, or the words 「係員を お呼びください」 with the staff check open from that screen. A method
that is used up is never offered again."""

from __future__ import annotations

import pytest
from flow_fakes import build_kiosk

from kiosk.reception.events import Event
from kiosk.reception.machine import InvalidTransition
from kiosk.reception.states import FlowState
from kiosk.reception.view import build_view

# R002 PIN and face; R004 PIN blocked; R006 顔認証マイナンバーカード (no PIN); R012 one PIN try left.
RESIDENTS = ("R002", "R004", "R006", "R012")
IDENTITY_SCREENS = {FlowState.CHOOSE_METHOD, FlowState.FACE_FAILED, FlowState.PIN_BLOCKED}
WRONG_PIN = "0000"


class SilentFace:
    """A face runner that never reports: the test says how each attempt ends."""

    def start(self, photo, attempts, on_report, on_outcome) -> None:
        pass

    def stop(self) -> None:
        pass


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
        moves = [a for a in view.actions if a.intent is not Event.BACK] or ([Event.PIN_ENTERED] if view.keypad else [])
        if not moves and not ("係員" in view.body and flow.can(Event.STAFF_OPEN)):
            problems.append(f"{resident_id} {flow.state.value}: no way forward ({view.body})")
        if any(a.intent is Event.CHOOSE_FACE for a in view.actions) and face_used_up:
            problems.append(f"{resident_id} {flow.state.value}: offers 顔認証 again after it was used up")
        for action in view.actions:
            paths.append([*path, (action.intent, dict(action.payload))])
        if flow.state is FlowState.PIN_ENTRY:
            paths.append([*path, (Event.PIN_ENTERED, {})])
    return problems


@pytest.mark.parametrize("resident_id", RESIDENTS)
def test_every_screen_has_a_way_forward_whatever_is_used_up(resident_id):
    assert walk(resident_id) == []


def test_a_blocked_pin_and_a_used_up_face_leave_the_staff_check():
    kiosk = fresh("R004")  # PIN blocked
    kiosk.flow.send(Event.CHOOSE_FACE)
    kiosk.flow.send(Event.FACE_EXHAUSTED)
    view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
    assert kiosk.flow.state is FlowState.FACE_FAILED and "係員を お呼びください" in view.body
    kiosk.flow.send(Event.CHOOSE_PIN)  # the locked PIN's button explains the lock ...
    view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
    assert kiosk.flow.state is FlowState.PIN_BLOCKED
    assert [a.intent for a in view.actions] == [Event.BACK]  # ... and never offers 顔認証 again
