"""Headless reception scenarios (``myna-kiosk simulate reception``): a scripted resident answers
every screen of the real flow on the simulators, with zero think time.

The driver only sends the intents a resident would tap; everything else — card I/O, face
matching, eligibility, storage, result files — runs through the same code as the kiosk.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from kiosk.card.collation import era_of
from kiosk.card_face.entry import CollationEntry
from kiosk.reception.context import FlowContext
from kiosk.reception.events import Event
from kiosk.reception.machine import ReceptionFlow
from kiosk.reception.model import ConsentItem, PrescriptionForm
from kiosk.reception.states import FlowState
from simulators.residents import Resident, resident


@dataclass
class ResidentScript:
    """What the scripted resident does. ``consents`` None: tap 包括同意 (or agree to each)."""

    resident_id: str
    method: str  # face | pin | staff
    pin: str | None = None
    staff_pin: str | None = None
    consents: dict[ConsentItem, bool] | None = None
    register: bool = True
    prescription: PrescriptionForm = PrescriptionForm.PAPER


@dataclass
class ScenarioOutcome:
    completed: bool
    final_state: FlowState
    error_code: str = ""
    file_id: str = ""
    states: list[str] = field(default_factory=list)
    seconds: float = 0.0


class ScriptedResident:
    """Observes a flow and answers its screens from a :class:`ResidentScript`."""

    def __init__(self, flow: ReceptionFlow, script: ResidentScript) -> None:
        self.flow, self.script = flow, script
        self.states: list[str] = []
        self.finished = threading.Event()
        self._pin_sent = False
        self._visit: int | None = None
        flow.observe(self._on_state)

    def _on_state(self, state: FlowState, ctx: FlowContext) -> None:
        if self._visit is None and state is not FlowState.IDLE:
            self._visit = ctx.visit
        if self._visit is None or ctx.visit != self._visit:
            if self._visit is not None and state is FlowState.IDLE:
                self.finished.set()
            return
        if not self.states or self.states[-1] != state.value:
            self.states.append(state.value)
        answer = getattr(self, f"_{state.name.lower()}", None)
        if answer is not None:
            answer(ctx)

    def _send(self, event: Event, **payload) -> None:
        self.flow.send(event, self._visit, **payload)

    def _choose_method(self, ctx: FlowContext) -> None:
        if self.script.method == "face" and not ctx.face_available and ctx.collation_entry:
            if not ctx.staff_pin_refused:  # the card face was unreadable: staff type 照合番号B in
                self._send(Event.STAFF_OPEN, pin=self.script.staff_pin or "")
        elif self.script.method == "face":
            self._send(Event.CHOOSE_FACE)
        elif self.script.method == "pin":
            self._send(Event.CHOOSE_PIN)
        elif not ctx.staff_pin_refused:
            self._send(Event.STAFF_OPEN, pin=self.script.staff_pin or "")

    def _pin_entry(self, ctx: FlowContext) -> None:
        if self._pin_sent:  # one entry only: a wrong PIN ends the scenario rather than burning tries
            self.finished.set()
            return
        self._pin_sent = True
        self._send(Event.PIN_ENTERED, pin=self.script.pin or "")

    def _staff_check(self, ctx: FlowContext) -> None:
        if self.script.method == "face" and ctx.collation_entry:
            self._send(Event.STAFF_COLLATION, entry=card_face_entry(resident(self.script.resident_id)))
        elif self.script.method == "face":
            self.finished.set()  # the card refused what staff typed: a person takes over from here
        else:
            self._send(Event.STAFF_CONFIRM)

    def _registration(self, ctx: FlowContext) -> None:
        self._send(Event.AGREE_REGISTRATION if self.script.register else Event.DECLINE_REGISTRATION)

    def _consent_bundle(self, ctx: FlowContext) -> None:
        self._send(Event.CONSENT_ALL if self.script.consents is None else Event.CONSENT_EACH)

    def _consent(self, ctx: FlowContext) -> None:
        self._send(Event.CONSENT_ANSWER, agreed=(self.script.consents or {}).get(ctx.consent_queue[0], True))

    def _limit(self, ctx: FlowContext) -> None:  # 受付完了: 限度額 with the card still on the reader
        agreed = self.script.consents is None or self.script.consents.get(ConsentItem.LIMIT, True)
        self._send(Event.CONSENT_ANSWER, agreed=agreed)

    def _prescription(self, ctx: FlowContext) -> None:
        self._send(Event.PRESCRIPTION_CHOSEN, form=self.script.prescription)

    def _done(self, ctx: FlowContext) -> None:
        self.finished.set()

    _error = _face_failed = _pin_blocked = _done


def card_face_entry(person: Resident) -> CollationEntry:
    """The card-face fields of ``person``'s card as staff read them off it."""
    era, year = era_of(person.birth_date)
    return CollationEntry(era, year, person.birth_date.month, person.birth_date.day, person.card_expiry.year,
                          person.security_code)


def run_scenario(flow: ReceptionFlow, insert, script: ResidentScript, timeout: float = 60.0) -> ScenarioOutcome:
    """Insert the resident's card with ``insert(resident_id)`` and drive the flow to its end."""
    resident = ScriptedResident(flow, script)
    start = time.perf_counter()
    insert(script.resident_id)
    resident.finished.wait(timeout)
    ctx = flow.ctx
    outcome = ScenarioOutcome(
        completed=flow.state is FlowState.DONE and bool(ctx.file_id), final_state=flow.state,
        error_code=ctx.error_code, file_id=ctx.file_id, states=resident.states,
        seconds=time.perf_counter() - start)
    return outcome
