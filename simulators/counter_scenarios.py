"""Headless counter visits (``myna-kiosk simulate counter``, tests, ``bench/counter.py``): a
scripted desk — staff and resident — answers every step of the real counter flow on the
simulators with zero think time. Staff actions are counted: that is the number the seeds care
about (how much work one handover is for the desk)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from kiosk.counter.machine import CounterContext, CounterFlow
from kiosk.counter.pin_rules import choose_pins
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.flow.engine import InvalidTransition, required
from simulators.card.card import VirtualMyNumberCard
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement

STAFF_ACTIONS = {E.LOGIN, E.LOOKUP, E.START, E.DOCUMENTS_OK, E.STAFF_CONFIRM, E.STAFF_REFUSE, E.RETRY, E.NEXT,
                 E.CANCEL}


@dataclass
class DeskScript:
    """What the desk does. ``card_of``: whose card staff put on the reader (a mismatch when it is
    not the applicant's). ``pull_card_after``: pull the card out after that many PIN writes.
    ``earlier_pins``: PINs by kind already on the new card when it is placed (an earlier visit
    stopped after setting them); the resident is asked for the others only."""

    application_id: str
    staff_id: str = "clerk01"
    password: str = "counter-pass-01"
    documents: tuple[str, ...] = ("driving_license",)
    face_card: bool | None = None  # None: as the application chose
    four_digits: str = "5821"
    sign_password: str = "MYNA2026"
    register: bool = True
    card_of: str | None = None
    pull_card_after: int | None = None
    confirm_identity: bool = True
    earlier_pins: dict[str, str] = field(default_factory=dict)


@dataclass
class DeskOutcome:
    handed_over: bool
    final_state: S
    failure_code: str = ""
    message_code: str = ""
    pins_set: tuple[str, ...] = ()  # written in this visit
    pins_already_set: tuple[str, ...] = ()  # on the card when it was placed
    registered: bool = False
    face_score: float | None = None
    staff_actions: int = 0
    states: list[str] = field(default_factory=list)
    seconds: float = 0.0


class ScriptedDesk:
    """The staff's and the resident's hands at one desk: each state observed gets its scripted
    answer, sent to the flow (which starts the service calls itself)."""

    def __init__(self, flow: CounterFlow, slot: VirtualCardSlot, cards: SimulatedCardManagement,
                 script: DeskScript) -> None:
        self.flow, self.slot, self.cards, self.script = flow, slot, cards, script
        self.states: list[str] = []
        self.staff_actions = 0
        self.finished = threading.Event()
        self._answered: set[S] = set()
        self._card: VirtualMyNumberCard | None = None
        self._writes = 0
        self.stop_observing = flow.observe(self._on_state)

    def intent(self, event: E, **payload) -> None:
        if event in STAFF_ACTIONS:
            self.staff_actions += 1
        try:
            self.flow.send(event, **payload)
        except InvalidTransition:
            self.finished.set()

    def _once(self, state: S) -> bool:
        if state in self._answered:
            return False
        self._answered.add(state)
        return True

    def _on_state(self, state: S, ctx: CounterContext) -> None:
        if not self.states or self.states[-1] != state.value:
            self.states.append(state.value)
        handler = getattr(self, f"_{state.name.lower()}", None)
        if handler is not None:
            handler(ctx)

    def _locked(self, ctx: CounterContext) -> None:
        if ctx.message_code:
            self.finished.set()
        elif self._once(S.LOCKED):
            self.intent(E.LOGIN, staff_id=self.script.staff_id, password=self.script.password)

    def _queue(self, ctx: CounterContext) -> None:
        if ctx.message_code or S.DONE in self._answered or S.FAILED in self._answered:
            self.finished.set()
        elif self._once(S.QUEUE):  # the staff scans the 交付通知書's QR
            self.intent(E.LOOKUP, text=self.cards.notice_text(self.script.application_id))

    def _application(self, ctx: CounterContext) -> None:
        if ctx.message_code:
            self.finished.set()
        elif self._once(S.APPLICATION):
            self.intent(E.START)

    def _documents(self, ctx: CounterContext) -> None:
        if self._once(S.DOCUMENTS):
            self.intent(E.DOCUMENTS_OK, documents=self.script.documents)

    def _card_wait(self, ctx: CounterContext) -> None:
        if self._once(S.CARD_WAIT):  # staff put the new card on the desk reader
            owner = self.script.card_of or self.cards.resident_of(self.script.application_id).id
            self._card = self.slot.insert_resident(owner, issued=False, pins=self.script.earlier_pins)
            self._watch_writes(self._card)

    def _watch_writes(self, card) -> None:
        process = card.process

        def counting(apdu: bytes) -> bytes:
            if apdu[1] == 0x2C:  # a first-PIN write
                self._writes += 1
                if self.script.pull_card_after is not None and self._writes > self.script.pull_card_after:
                    self.script.pull_card_after = None
                    self.slot.remove()  # pulled out mid-way
            return process(apdu)

        card.process = counting

    def _face_check(self, ctx: CounterContext) -> None:
        if self._once(S.FACE_CHECK):
            self.intent(E.STAFF_CONFIRM if self.script.confirm_identity else E.STAFF_REFUSE)

    def _pin_choice(self, ctx: CounterContext) -> None:
        if self._once(S.PIN_CHOICE):
            face_card = ctx.face_card if self.script.face_card is None else self.script.face_card
            self.intent(E.CHOOSE_FACE_CARD if face_card else E.CHOOSE_PINS)

    def _pin_entry(self, ctx: CounterContext) -> None:
        if self._once(S.PIN_ENTRY):  # the resident types each PIN twice on the privacy keypad
            needed = required(ctx.requirements, "PIN requirements")  # the kinds still missing
            four_digits = {kind.value: self.script.four_digits for kind in needed.four_digit}
            pins = choose_pins(needed, sign=self.script.sign_password if needed.sign else None, **four_digits)
            self.intent(E.PINS_CHOSEN, pins=pins)

    def _pin_write_failed(self, ctx: CounterContext) -> None:
        if self._card is not None:
            self.slot.insert(self._card)  # staff put the card back, as the screen says
        self.intent(E.RETRY)

    def _registration(self, ctx: CounterContext) -> None:
        if self._once(S.REGISTRATION):
            self.intent(E.AGREE_REGISTRATION if self.script.register else E.DECLINE_REGISTRATION)

    def _done(self, ctx: CounterContext) -> None:
        self._answered.add(S.DONE)
        self.finished.set()

    _failed = _done


def run_desk(flow: CounterFlow, slot: VirtualCardSlot, cards: SimulatedCardManagement,
             script: DeskScript, timeout: float = 60.0) -> DeskOutcome:
    """One scripted visit at the desk of ``flow``, until it is handed over, fails or ``timeout``."""
    start = time.perf_counter()  # the scripted desk starts acting as soon as it observes the flow
    desk = ScriptedDesk(flow, slot, cards, script)
    desk.finished.wait(timeout)
    desk.stop_observing()
    ctx = flow.ctx
    return DeskOutcome(
        handed_over=flow.state is S.DONE, final_state=flow.state, failure_code=ctx.failure_code,
        message_code=ctx.message_code, pins_set=ctx.pins_set, pins_already_set=ctx.pins_already,
        registered=ctx.registered,
        face_score=ctx.face_score, staff_actions=desk.staff_actions, states=desk.states,
        seconds=time.perf_counter() - start)
