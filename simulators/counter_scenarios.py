"""Headless counter visits (``myna-kiosk simulate counter``, tests, ``bench/counter.py``): a
scripted desk — staff and resident — answers every step of the real counter flow on the
simulators with zero think time. Staff actions are counted: that is the number the seeds care
about (how much work one handover is for the desk).

The desk's hands put cards on its reader: the in-process :class:`VirtualCardSlot`, or
:class:`~simulators.served_cards.ServedCards` on the PC/SC path. On a desk for real cards
(``pins_on_jlis``) the script also plays J-LIS's 統合端末: the card is taken off the reader, its
first PINs are set the way the 統合端末 sets them, and it is put back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.card.collation import era_of
from kiosk.card_face.entry import CollationEntry
from kiosk.counter.machine import CounterContext, CounterFlow
from kiosk.counter.pin_rules import PinKind, choose_pins
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.flow.engine import InvalidTransition, required
from simulators.card.card import VirtualMyNumberCard
from simulators.card.personalise import set_first_pins
from simulators.card_management import SimulatedCardManagement
from simulators.residents import resident

STAFF_ACTIONS = {E.LOGIN, E.LOOKUP, E.START, E.DOCUMENTS_OK, E.COLLATION_ENTERED, E.STAFF_CONFIRM, E.STAFF_REFUSE,
                 E.RETRY, E.JLIS_DONE, E.NEXT, E.CANCEL}


class DeskHands(Protocol):
    """What staff do with cards at the desk reader (``VirtualCardSlot``, ``ServedCards``)."""

    def insert_resident(self, resident_id: str, *, issued: bool = True,
                        pins: Mapping[str, str] | None = None) -> VirtualMyNumberCard: ...

    def insert(self, card: VirtualMyNumberCard) -> None: ...

    def remove(self) -> None: ...


def card_face_entry(resident_id: str) -> CollationEntry:
    """The card-face fields of a synthetic resident's card, as staff read and type them."""
    person = resident(resident_id)
    era, year = era_of(person.birth_date)
    return CollationEntry(era, year, person.birth_date.month, person.birth_date.day, person.card_expiry.year,
                          person.security_code)


@dataclass
class DeskScript:
    """What the desk does. ``card_of``: whose card staff put on the reader (a mismatch when it is
    not the applicant's). ``pull_card_after``: pull the card out after that many PIN writes.
    ``earlier_pins``: PINs by kind already on the new card when it is placed (an earlier visit
    stopped after setting them); the resident is asked for the others only. ``jlis_leaves_unset``:
    PIN kinds the 統合端末 step does not set (a real-card desk then refuses the handover).
    ``registration_pin``: what the resident types first for the 利用申込 (default: the PIN set)."""

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
    jlis_leaves_unset: tuple[str, ...] = ()
    registration_pin: str | None = None

    def pin_for(self, kind: PinKind) -> str:
        """The PIN of ``kind`` the resident chooses (on the keypad here, or on the 統合端末)."""
        return self.earlier_pins.get(kind.value) or (self.sign_password if kind is PinKind.SIGN else self.four_digits)


@dataclass
class DeskOutcome:
    handed_over: bool
    final_state: S
    failure_code: str = ""
    message_code: str = ""
    pins_set: tuple[str, ...] = ()  # written in this visit
    pins_already_set: tuple[str, ...] = ()  # on the card when it was placed
    pins_missing: tuple[str, ...] = ()  # not set (a write stopped, or the 統合端末 left them out)
    registered: bool = False
    face_score: float | None = None
    staff_actions: int = 0
    states: list[str] = field(default_factory=list)
    seconds: float = 0.0


class ScriptedDesk:
    """The staff's and the resident's hands at one desk: each state observed gets its scripted
    answer, sent to the flow (which starts the service calls itself)."""

    def __init__(self, flow: CounterFlow, slot: DeskHands, cards: SimulatedCardManagement,
                 script: DeskScript) -> None:
        self.flow, self.slot, self.cards, self.script = flow, slot, cards, script
        self.states: list[str] = []
        self.staff_actions = 0
        self.finished = threading.Event()
        self._answered: set[S] = set()
        self._card: VirtualMyNumberCard | None = None
        self._writes = 0
        self._jlis_visits = 0
        self._registration_pins = 0
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

    @property
    def _owner(self) -> str:
        return self.script.card_of or self.cards.resident_of(self.script.application_id).id

    def _card_wait(self, ctx: CounterContext) -> None:
        if self._once(S.CARD_WAIT):  # staff put the new card on the desk reader
            self._card = self.slot.insert_resident(self._owner, issued=False, pins=self.script.earlier_pins)
            self._watch_writes(self._card)

    def _card_face_entry(self, ctx: CounterContext) -> None:
        if self._once(S.CARD_FACE_ENTRY):  # staff read the card face and type it
            self.intent(E.COLLATION_ENTERED, entry=card_face_entry(self._owner))
        else:
            self.finished.set()  # the card refused the typed number

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

    def _jlis_pins(self, ctx: CounterContext) -> None:
        """Staff take the card to the 統合端末, the resident sets the PINs there, the card comes
        back; once more after a refused read-back is the end of the script."""
        self._jlis_visits += 1
        if self._jlis_visits > 1 or self._card is None:
            self.finished.set()
            return
        needed = required(ctx.requirements, "PIN requirements").kinds
        pins = {kind.value: self.script.pin_for(kind) for kind in needed
                if kind.value not in self.script.jlis_leaves_unset}
        self.slot.remove()
        if pins:
            set_first_pins(self._card, pins)
        self.slot.insert(self._card)
        self.intent(E.JLIS_DONE)

    def _registration(self, ctx: CounterContext) -> None:
        if self._once(S.REGISTRATION):
            self.intent(E.AGREE_REGISTRATION if self.script.register else E.DECLINE_REGISTRATION)

    def _registration_pin(self, ctx: CounterContext) -> None:
        """The resident types the 利用者証明用 PIN (first ``registration_pin`` when scripted)."""
        self._registration_pins += 1
        first = self._registration_pins == 1 and self.script.registration_pin is not None
        self.intent(E.PIN_KEYED, text=self.script.registration_pin if first else self.script.pin_for(PinKind.AUTH))

    def _done(self, ctx: CounterContext) -> None:
        self._answered.add(S.DONE)
        self.finished.set()

    _failed = _done


def run_desk(flow: CounterFlow, slot: DeskHands, cards: SimulatedCardManagement,
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
        pins_missing=ctx.pins_missing, registered=ctx.registered,
        face_score=ctx.face_score, staff_actions=desk.staff_actions, states=desk.states,
        seconds=time.perf_counter() - start)
