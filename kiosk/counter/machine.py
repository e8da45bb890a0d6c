"""The counter visit's state machine (table: ``kiosk.counter.table``), no Qt.

One desk, one staff member logged in, one resident at a time. The staff console and the
resident's screen are two views of this one machine (``kiosk.counter.view``): the resident sees
only the PIN steps, staff never see a PIN. The machine also keeps the desk's idle lock.

A desk on real cards (``pins_on_jlis``) has their first PINs set on J-LIS's 統合端末 and reads them
back; the simulator's desk sets them itself (``kiosk.card.issuance``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from kiosk.card_face.entry import CollationEntryError
from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter import table
from kiosk.counter.applications import Application
from kiosk.counter.pin_entry import PinCollector, Step
from kiosk.counter.pin_rules import PinChoices, PinRequirements
from kiosk.counter.records import StaffMember, documents_sufficient
from kiosk.counter.table import CounterEvent, CounterState
from kiosk.flow.engine import Effects, TableMachine, required
from kiosk.flow.scheduler import Scheduler

logger = logging.getLogger(__name__)

IDLE_SECONDS = 5 * 60.0  # the desk locks after this long without staff activity


@dataclass
class CounterContext:
    """One resident's visit at the desk; replaced when the desk returns to the queue."""

    visit: int
    started_at: datetime
    message_code: str = ""  # why the last step did not go through (lookup, claim, card, ...)
    application: Application | None = None
    claim_id: int | None = None
    documents: tuple[str, ...] = ()
    collation_problem: str = ""  # which card-face field staff typed wrong (``CollationEntryError.problem``)
    card_photo: np.ndarray | None = field(default=None, repr=False)
    card_differences: tuple[str, ...] = ()
    face_score: float | None = None
    requirements: PinRequirements | None = None  # what the resident still sets (kinds on the card left out)
    pins_already: tuple[str, ...] = ()  # PIN kinds the card held when placed: never asked for, never "set now"
    face_card: bool = False
    pin_entry: PinCollector | None = field(default=None, repr=False)  # the resident's keypad dialogue
    pins: PinChoices | None = field(default=None, repr=False)  # held only until written
    pins_set: tuple[str, ...] = ()  # PIN kinds written in this visit, and only those
    pins_missing: tuple[str, ...] = ()
    handed_over_at: datetime | None = None  # the moment recorded as the handover
    registration_error: str = ""  # why the 利用申込's PIN was not taken (wrong, wrong format)
    pin_tries: int | None = None  # tries left on the 利用者証明用 PIN (read after the handover, then per entry)
    registered: bool = False
    failure_code: str = ""
    staff_calls: int = 0  # 「係員を呼ぶ」 taps on the resident's screen in this visit

    @property
    def pins_all_already_set(self) -> bool:
        """The card came with every PIN this resident would set: nothing to choose or type."""
        return (bool(self.pins_already) and not self.face_card and self.requirements is not None
                and not self.requirements.kinds)


class CounterFlow(TableMachine[CounterState, CounterEvent, CounterContext]):
    """A desk's counter flow. ``staff`` is the logged-in member (None when locked).

    With a ``scheduler`` the desk locks itself after ``idle_seconds`` without a transition or
    staff activity (:meth:`staff_active`), where the table allows it: at the queue or an
    application not yet started. In the middle of a handover it waits another ``idle_seconds``.

    :param pins_on_jlis: the desk hands over real cards, whose first PINs staff set on J-LIS's
        統合端末 (JLIS_PINS, then the read-back); False: the simulator's cards, set at this desk.
    """

    INITIAL = CounterState.QUEUE  # each resident starts from the queue with a fresh context

    def __init__(self, effects: Effects, desk_id: str = "DESK-01", clock: Callable[[], datetime] = SYSTEM_CLOCK,
                 scheduler: Scheduler | None = None, idle_seconds: float = IDLE_SECONDS,
                 pins_on_jlis: bool = False) -> None:
        self.desk_id = desk_id
        self.pins_on_jlis = pins_on_jlis
        self.clock = clock
        self.scheduler = scheduler
        self.idle_seconds = idle_seconds
        self.staff: StaffMember | None = None
        self._idle_timer = 0  # number of the armed timer: one that fires after a newer was armed is stale
        self._cancel_idle: Callable[[], None] | None = None
        super().__init__(effects)
        self.state = CounterState.LOCKED

    def candidates(self, state: CounterState, event: CounterEvent) -> table.Candidates | None:
        return table.candidates(state, event)

    def new_context(self, visit: int) -> CounterContext:
        return CounterContext(visit=visit, started_at=self.clock())

    # -- idle lock -------------------------------------------------------------------------------
    def staff_active(self) -> None:
        """Staff used the console (a key, a click): the idle lock counts from now."""
        with self._lock:
            self._arm_idle()

    def _after_transition(self, event: CounterEvent) -> None:
        if event is not CounterEvent.CALL_STAFF:  # a resident's tap must not keep an unattended console open
            self._arm_idle()

    def stop(self) -> None:
        with self._lock:
            if self._cancel_idle is not None:
                self._cancel_idle()
                self._cancel_idle = None

    def _arm_idle(self) -> None:
        if self.scheduler is None:
            return
        if self._cancel_idle is not None:
            self._cancel_idle()
            self._cancel_idle = None
        if self.state is CounterState.LOCKED:
            return
        self._idle_timer += 1
        number = self._idle_timer
        self._cancel_idle = self.scheduler.schedule(self.idle_seconds, lambda: self._idle(number))

    def _idle(self, number: int) -> None:
        with self._lock:
            if number != self._idle_timer or self.state is CounterState.LOCKED:
                return  # a timer cancelled too late to stop it
            if self.can(CounterEvent.IDLE_LOCK):
                logger.info("desk %s idle: locking", self.desk_id)
                self.send(CounterEvent.IDLE_LOCK)
            else:
                self._arm_idle()

    # -- how events change the context -----------------------------------------------------------
    def _on_logged_in(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        self.staff = p["staff"]
        ctx.message_code = ""

    def _on_login_failed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code = p["code"]

    def _on_logout(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        self.staff = None

    _on_idle_lock = _on_logout

    def _on_lookup(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code = ""

    def _on_found(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.application = p["application"]
        ctx.face_card = p["application"].face_card_chosen

    def _on_not_found(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code = p["code"]

    _on_claim_failed = _on_not_found

    def _on_claimed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.claim_id = p["claim_id"]
        ctx.message_code = ""

    def _on_documents_ok(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        documents = tuple(p["documents"])
        if documents_sufficient(documents):  # otherwise the guard refuses the step and nothing changes
            ctx.documents = documents

    def _on_card_matched(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.card_photo = p.get("photo")
        ctx.pins_already = tuple(p.get("already_set", ()))
        ctx.requirements = p["requirements"].without(ctx.pins_already)
        ctx.message_code = ""

    def _on_card_mismatch(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.card_differences = tuple(p["differences"])
        ctx.failure_code = "COUNTER_CARD_MISMATCH"

    def _on_card_failed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code = p["code"]

    def _on_collation_needed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code, ctx.collation_problem = p["code"], ""

    def _on_collation_entered(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        """Checked here, before anything reaches the card (its limit for 照合番号B is unknown); the
        effect reads the number from the payload, so it is never kept."""
        try:
            p["entry"].number(self.clock().date())
        except CollationEntryError as error:
            ctx.collation_problem = error.problem
            return
        ctx.collation_problem, ctx.message_code = "", ""

    def _on_face_score(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.face_score = p.get("score")  # none when the scorer failed: staff decide without it

    def _on_staff_refuse(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.failure_code = "COUNTER_IDENTITY_REFUSED"

    def _on_choose_face_card(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        if not ctx.pins_already:  # otherwise the card_has_pins guard refuses the choice
            ctx.face_card = True

    def _on_choose_pins(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        if ctx.face_card:  # the application chose a face card: no PINs may be set on it
            ctx.message_code = "COUNTER_FACE_CARD_NO_PINS"
            return
        needed = required(ctx.requirements, "PIN requirements")
        ctx.pin_entry = PinCollector(needed, required(ctx.application, "application").birth_date)

    def _on_pin_keyed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        if self.state is CounterState.REGISTRATION_PIN:  # the 利用申込's PIN: for the one VERIFY only
            ctx.registration_error = ""
            return
        required(ctx.pin_entry, "PIN dialogue").enter(p["text"])
        self._collect(ctx)

    def _on_pin_keep(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        required(ctx.pin_entry, "PIN dialogue").keep_warned()
        self._collect(ctx)

    def _on_pin_change(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        required(ctx.pin_entry, "PIN dialogue").choose_again()

    def _on_pin_same_digits(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        required(ctx.pin_entry, "PIN dialogue").same_digits(bool(p["use"]))
        self._collect(ctx)

    @staticmethod
    def _collect(ctx: CounterContext) -> None:
        """The dialogue's PINs once it is complete; the dialogue ends with them."""
        entry = ctx.pin_entry
        if entry is not None and entry.step is Step.COMPLETE:
            ctx.pins, ctx.pin_entry = entry.choices(), None

    def _on_pins_chosen(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.pins, ctx.pin_entry = p["pins"], None

    def _on_pins_written(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.pins = None
        ctx.pins_set = self._written_now(ctx, p["set"])

    def _on_pins_failed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        # Without "set" and "missing" the write failed before any PIN: what was known stays.
        ctx.pins_set = self._written_now(ctx, p.get("set", ctx.pins_set))
        ctx.pins_missing = tuple(p.get("missing", ctx.pins_missing))
        ctx.message_code = p["code"]

    @staticmethod
    def _written_now(ctx: CounterContext, kinds: Iterable[str]) -> tuple[str, ...]:
        """``kinds`` set on the card, less those it held when placed: only this visit's PINs."""
        return tuple(kind for kind in kinds if kind not in ctx.pins_already)

    def _on_retry(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code = ""

    _on_jlis_done = _on_retry

    def _on_pins_confirmed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.pins_set, ctx.pins_missing = self._written_now(ctx, p["set"]), ()

    def _on_pins_unconfirmed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code = p["code"]
        ctx.pins_missing = tuple(p.get("missing", ()))

    def _on_handover_failed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.failure_code = p["code"]

    def _on_handed_over(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.handed_over_at, ctx.pin_tries = p["at"], p.get("pin_tries")

    def _on_registration_pin_wrong(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.registration_error, ctx.pin_tries = p["code"], p.get("tries_left", ctx.pin_tries)

    def _on_registered(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.registered = True

    def _on_register_failed(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.message_code = p["code"]

    _on_finish_failed = _on_register_failed

    def _on_call_staff(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.staff_calls += 1

    def _on_cancel(self, ctx: CounterContext, p: dict[str, Any]) -> None:
        ctx.pins, ctx.pin_entry = None, None
        ctx.failure_code = p.get("code", "COUNTER_CANCELLED")

    # -- guards --------------------------------------------------------------------------------------
    def _guard_documents_sufficient(self) -> bool:
        return documents_sufficient(self.ctx.documents)

    def _guard_face_card_application(self) -> bool:
        return self.ctx.face_card

    def _guard_pins_complete(self) -> bool:
        return self.ctx.pins is not None

    def _guard_pins_all_already_set(self) -> bool:
        return self.ctx.pins_all_already_set

    def _guard_card_has_pins(self) -> bool:
        return bool(self.ctx.pins_already)

    def _guard_collation_valid(self) -> bool:
        return not self.ctx.collation_problem

    def _guard_pins_on_jlis(self) -> bool:
        return self.pins_on_jlis
