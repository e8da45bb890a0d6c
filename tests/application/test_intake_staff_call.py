"""「係員を 呼ぶ」 at the intake desk: the resident may call staff in every step; the step stays,
the call is counted for the visit, shown to staff, and the visit's first call is audited (the
session and the step, nothing personal). The resident's texts are messages of the intake catalog,
and the voice never says the resident's details."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from kiosk.application.effects import IntakeEffects
from kiosk.application.machine import IntakeFlow
from kiosk.application.records import BasicDetails, IntakeMode, IntakeRecord
from kiosk.application.table import CALLABLE, candidates
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.application.texts import INTAKE_TEXTS
from kiosk.application.vault import STAFF_CALL, IntakeVault, SessionIntake
from kiosk.application.view import build_view, resident_view
from kiosk.card.kenhojo import Sex
from kiosk.counter.view import STAFF_CALLED
from kiosk.errors import KioskError
from kiosk.flow.executors import InlineExecutor
from kiosk.i18n.message import Message
from kiosk.secrets import MemorySecretStore

NOW = datetime(2025, 6, 2, 10, 30, tzinfo=UTC)
DETAILS = BasicDetails("番号　花子", "東京都千代田区千代田１－１", date(1948, 3, 31), Sex.FEMALE)
PHOTO = b"\xff\xd8\xff\xe0 jpeg bytes"
# A visit through every step: (event, payload) and the step it reaches.
WALK: tuple[tuple[E, dict[str, Any], S], ...] = (
    (E.START, {}, S.IDENTIFY), (E.NO_FORM, {}, S.DETAILS), (E.DETAILS_ENTERED, {"details": DETAILS}, S.CONFIRM),
    (E.RESIDENT_CONFIRMED, {}, S.CONTACT), (E.EMAIL_SKIPPED, {}, S.DOCUMENTS),
    (E.DOCUMENTS_CHECKED, {"documents": ("passport",)}, S.DELIVERY),
    (E.DELIVERY_CHOSEN, {"delivery": "counter"}, S.PHOTO), (E.PHOTO_TAKEN, {"photo": PHOTO}, S.PHOTO_REVIEW),
    (E.PHOTO_ACCEPTED, {}, S.SAVING), (E.SAVE_FAILED, {"code": "APPLICATION_RECORD_DAMAGED"}, S.SAVE_FAILED),
    (E.RETRY, {}, S.SAVING), (E.SAVED, {"record_id": "0123456789abcdef"}, S.DONE))


class Desk:
    """Effects that audit calls like :class:`IntakeEffects` but start no camera and store nothing."""

    def __init__(self, failing: bool = False) -> None:
        self.calls: list[str] = []
        self.failing = failing

    def store(self, record: IntakeRecord) -> None:
        raise AssertionError("nothing is stored here")

    def staff_called(self, state: str) -> None:
        if self.failing:
            raise KioskError("the audit chain is down")
        self.calls.append(state)


class CallsOnly(IntakeEffects):
    """The real call handling, without the camera and the store's job."""

    def entered(self, flow: IntakeFlow, state: S, ctx: Any, payload: dict[str, Any]) -> None:
        pass


def desk(failing: bool = False) -> tuple[IntakeFlow, Desk]:
    kept = Desk(failing)
    effects = CallsOnly(store=kept, camera=lambda: pytest.fail("no camera"), engine=lambda: pytest.fail("no engine"),
                        executor=InlineExecutor())
    return IntakeFlow(effects, mode=IntakeMode.OFFICE, staff_id="clerk01", clock=lambda: NOW), kept


def test_the_call_is_valid_in_every_step_and_changes_none():
    assert CALLABLE == frozenset(S)
    for state in S:
        assert candidates(state, E.CALL_STAFF) == ((None, state),)


def test_each_step_takes_the_call_counts_it_and_keeps_what_it_holds():
    flow, kept = desk()
    steps = [(None, {}, S.IDLE), *WALK]
    for event, payload, state in steps:
        if event is not None:
            flow.send(event, **payload)
        assert flow.state is state
        before = (flow.ctx.visit, flow.ctx.message_code, flow.ctx.photo_jpeg, flow.ctx.details)
        calls = flow.ctx.staff_calls
        flow.send(E.CALL_STAFF)
        assert flow.state is state and flow.ctx.staff_calls == calls + 1
        assert (flow.ctx.visit, flow.ctx.message_code, flow.ctx.photo_jpeg, flow.ctx.details) == before
    assert kept.calls == ["IDLE"]  # one audit event a visit: its first call


def test_a_new_visit_starts_with_no_call_and_its_first_call_is_audited_again():
    flow, kept = desk()
    flow.send(E.START)
    flow.send(E.CALL_STAFF)
    flow.send(E.CALL_STAFF)
    assert flow.ctx.staff_calls == 2 and kept.calls == ["IDENTIFY"]
    flow.send(E.CANCEL)
    assert flow.state is S.IDLE and flow.ctx.staff_calls == 0
    flow.send(E.START)
    flow.send(E.NO_FORM)
    flow.send(E.CALL_STAFF)
    assert kept.calls == ["IDENTIFY", "DETAILS"]


def test_a_call_that_cannot_be_audited_still_reaches_staff():
    flow, _ = desk(failing=True)
    flow.send(E.START)
    flow.send(E.CALL_STAFF)
    assert flow.ctx.staff_calls == 1
    assert build_view(flow.state, flow.ctx, flow.mode).lines == (STAFF_CALLED,)


def test_staff_see_the_call_and_the_resident_screen_shows_it():
    flow, _ = desk()
    flow.send(E.START)
    assert build_view(flow.state, flow.ctx, flow.mode).lines == ()
    assert resident_view(flow.state, flow.ctx).staff_calls == 0
    flow.send(E.CALL_STAFF)
    assert build_view(flow.state, flow.ctx, flow.mode).lines == (STAFF_CALLED,)
    assert resident_view(flow.state, flow.ctx).staff_calls == 1


def test_the_session_audits_the_call_with_ids_only(tmp_path, audit):
    vault = IntakeVault(tmp_path, MemorySecretStore(), audit, "LAPTOP-01", clock=lambda: NOW)
    session = vault.open_session("公民館", date(2025, 6, 2), 10, ["clerk01"])
    SessionIntake(vault, session).staff_called("CONFIRM")
    assert audit.events[-1] == (STAFF_CALL, "LAPTOP-01", {"intake_session": session.session_id, "state": "CONFIRM"})


def test_the_residents_words_are_catalog_messages_and_the_voice_keeps_their_details_private():
    flow, _ = desk()
    for event, payload, state in WALK:
        flow.send(event, **payload)
        view = resident_view(state, flow.ctx)
        texts = [view.title, *(action.label for action in view.actions)] + ([view.body] if view.body else [])
        assert all(isinstance(text, Message) and text.id in INTAKE_TEXTS for text in texts), state
        if state is S.CONFIRM:
            typed = flow.ctx.details
            assert view.details == (typed.name, typed.address, "1948年3月31日")  # as typed, not translated
            assert [action.intent for action in view.actions] == [E.RESIDENT_CONFIRMED, E.RESIDENT_CORRECTS]
        assert not any(detail in view.spoken for detail in ("花子", "千代田", "1948"))
    assert resident_view(S.PHOTO_REVIEW, flow.ctx).photo_jpeg is None  # stored: the photo is gone
