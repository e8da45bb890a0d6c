"""The reception state machine: looks transitions up in ``kiosk.reception.table``, applies events to
the context, runs guards, and tells the injected effects which state it entered or left.

Run to completion: an event sent while another is being processed (an effect answering at once,
or another thread) is queued and handled after it. Results of effects carry the visit number
they were started for; a result that arrives after the resident left is dropped, so a late
"card read" can never act on the next resident.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from kiosk.card_face.entry import CollationEntryError
from kiosk.clock import SYSTEM_CLOCK
from kiosk.flow.engine import Effects, InvalidTransition, TableMachine, required
from kiosk.flow.scheduler import Scheduler
from kiosk.reception import table
from kiosk.reception.config import CHECKUP_MIN_AGE, STAFF_PIN_LOCK, STAFF_PIN_TRIES, ReceptionConfig, check_staff_pin
from kiosk.reception.context import FlowContext
from kiosk.reception.events import Event
from kiosk.reception.model import Consent, ConsentItem, Method
from kiosk.reception.states import FlowState

logger = logging.getLogger(__name__)


class FlowEffects(Effects, Protocol):
    """Side effects of the reception, chosen by the composition root (devices or simulators)."""


Observer = Callable[[FlowState, FlowContext], None]


class ReceptionFlow(TableMachine[FlowState, Event, FlowContext]):
    """One kiosk's reception flow (table: ``kiosk.reception.table``)."""

    INITIAL = FlowState.IDLE
    QUIET = frozenset({Event.FACE_REPORT})

    def __init__(self, config: ReceptionConfig, effects: FlowEffects, scheduler: Scheduler | None = None,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.config = config
        self.scheduler = scheduler
        self.clock = clock
        self._cancel_timers: list[Callable[[], None]] = []
        self._staff_failures = 0  # wrong staff PINs in a row, across visits
        self._staff_locked_until: datetime | None = None
        super().__init__(effects)

    def candidates(self, state: FlowState, event: Event):
        return table.candidates(state, event)

    def new_context(self, visit: int) -> FlowContext:
        return FlowContext(visit=visit, started_at=self.clock())

    def _after_transition(self, event: Event) -> None:
        self._arm_timers(event)

    def stop(self) -> None:
        for cancel in self._cancel_timers:
            cancel()
        self._cancel_timers = []

    def _arm_timers(self, event: Event) -> None:
        if self.scheduler is None or event is Event.WARN:
            return
        if event is Event.CALL_STAFF and (self.state in table.WAITING or self.state in table.CARD_LEFT):
            return  # the deadline or the card-left alarm runs on as it was
        self.stop()
        visit, c = self.ctx.visit, self.config
        if self.state in table.WAITING:
            self._cancel_timers.append(self.scheduler.schedule(c.wait_seconds, lambda: self.send(Event.TIMEOUT, visit)))
            return
        if self.state not in table.INTERACTIVE:
            return
        if self.state in table.CARD_LEFT:
            delay = c.card_left_seconds if not self.ctx.alarm else c.inactivity_seconds
            self._cancel_timers.append(self.scheduler.schedule(delay, lambda: self.send(Event.TIMEOUT, visit)))
            return
        if self.ctx.staff_calls:  # staff are on their way: the question waits for them
            return
        self._cancel_timers.append(self.scheduler.schedule(
            c.inactivity_seconds - c.warning_seconds, lambda: self.send(Event.WARN, visit)))
        self._cancel_timers.append(self.scheduler.schedule(
            c.inactivity_seconds, lambda: self.send(Event.TIMEOUT, visit)))

    # -- how each event changes the context -----------------------------------------------------
    def _handle(self, event: Event, payload: dict[str, Any], visit: int | None, strict: bool) -> None:
        if visit is None or visit == self.ctx.visit:
            self.ctx.warning = event is Event.WARN  # the warning lasts until the next event
        super()._handle(event, payload, visit, strict)

    def _on_card_read(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.identity = p["identity"]
        ctx.card_photo = p.get("photo")
        ctx.pin_tries = ctx.identity.pin_tries
        ctx.face_available = bool(p.get("face_available", False))
        ctx.face_problem = p.get("face_problem", "")
        ctx.collation_entry = bool(p.get("collation_entry", False))
        ctx.cert_hash = p.get("cert_hash", "")
        if not ctx.identity.cert_valid:
            ctx.error_code = "CARD_CERT_EXPIRED"

    def _on_card_failed(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.error_code = p["code"]

    _on_check_failed = _on_register_failed = _on_finish_failed = _on_card_failed

    def _on_reader_lost(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.error_code = "READER_UNAVAILABLE"

    def _on_timeout(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        if self.state is FlowState.LIMIT:  # walked away from 受付完了: 限度額 is not provided
            self._not_provided(ctx)
        elif self.state in table.CARD_LEFT:
            ctx.alarm_rounds += 1  # 1: sound the card-left-behind alarm; 2: give up, go idle
            ctx.alarm = True
        else:  # a question left unanswered, or a wait for what did not answer in time
            ctx.error_code = table.WAITING.get(self.state, "TIMEOUT")

    def _on_card_removed(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.card_gone = True
        if self.state is FlowState.LIMIT:  # 「カードを取らずに…『提供する』」: taking it means no
            self._not_provided(ctx)

    def _on_call_staff(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.staff_calls += 1

    def _on_choose_face(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.face_attempt = 1
        ctx.face_prompt, ctx.face_progress = "", 0.0

    def _on_face_retry(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.face_attempt += 1
        ctx.face_prompt, ctx.face_progress = "", 0.0

    def _on_face_report(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.face_prompt, ctx.face_progress = p.get("prompt", ""), float(p.get("progress", 0.0))

    def _on_face_matched(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.method = Method.FACE

    def _on_camera_lost(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.face_available = False
        ctx.error_code = "CAMERA_LOST"

    def _on_face_exhausted(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.face_available = False  # the attempts are used up: never offered again in this visit

    def _on_pin_ok(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.method = Method.PIN
        ctx.pin_wrong = False

    def _on_pin_wrong(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.pin_tries = p["tries_left"]
        ctx.pin_wrong = True

    def _on_pin_now_blocked(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.pin_tries = 0

    def _on_staff_open(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        now = self.clock()
        ctx.staff_pin_locked = self._staff_locked_until is not None and now < self._staff_locked_until
        ctx.staff_pin_refused = ctx.staff_pin_locked or not self._guard_staff_pin_ok(p.get("pin", ""))
        ctx.staff_mode = not ctx.staff_pin_refused
        if ctx.staff_pin_locked:
            return  # no PIN is even checked while locked
        if ctx.staff_mode:
            self._staff_failures = 0
            return
        self._staff_failures += 1
        if self._staff_failures >= STAFF_PIN_TRIES:
            self._staff_failures, self._staff_locked_until = 0, now + STAFF_PIN_LOCK

    def _on_staff_collation(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.collation_error = ""
        try:
            p["entry"].number(self.clock().date())
        except CollationEntryError as error:
            ctx.collation_error = error.problem

    def _on_photo_read(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.card_photo, ctx.face_problem, ctx.collation_entry = p["photo"], p["face_problem"], False
        ctx.face_available = not ctx.face_problem
        self._on_choose_face(ctx, p)

    def _on_photo_failed(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.face_problem, ctx.collation_entry = p["problem"], False

    def _on_staff_confirm(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.method = Method.STAFF

    def _on_staff_reject(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.error_code = "STAFF_REJECTED"

    def _on_checked(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.answer = p["answer"]
        ctx.age = p.get("age")
        ctx.consent_queue = [item for item in table.CONSENT_ORDER + table.AT_DONE
                             if item in self.config.consent_items and self._asked(item, ctx.age)]

    def _asked(self, item: ConsentItem, age: int | None) -> bool:
        """Whether this resident sees ``item``'s screen: 特定健診 in the 2024 leaflet's form only
        from 40 (the 2021 form asks everyone and offers 「同意しない・40歳未満」)."""
        if item is not ConsentItem.CHECKUP or self.config.checkup_screen == "2021":
            return True
        return age is not None and age >= CHECKUP_MIN_AGE

    def _on_registered(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.registration = p.get("receipt")
        if ctx.answer is not None:
            ctx.answer = replace(ctx.answer, registered=True)

    def _on_decline_registration(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.registration_declined = True

    def _on_consent_answer(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        # A double tap must not answer the next question: an answer names the item it answers.
        if "item" in p and p["item"] is not ctx.consent_queue[0]:
            raise InvalidTransition(f"answer for {p['item'].value}, but {ctx.consent_queue[0].value} is asked")
        item = ctx.consent_queue.pop(0)
        ctx.consents.append(Consent.given(item, bool(p["agreed"]), self.clock(), self.config.terminal_id,
                                          required(ctx.method, "verification method")))

    def _on_consent_all(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        """包括同意: every item asked before 受付完了 (the bundle's screen names them); 限度額 is
        still offered on the 受付完了 screen."""
        now, method = self.clock(), required(ctx.method, "verification method")
        bundled = ctx.asked_before_done()
        ctx.consents.extend(Consent.given(item, True, now, self.config.terminal_id, method) for item in bundled)
        ctx.consent_queue = [item for item in ctx.consent_queue if item not in bundled]

    def _not_provided(self, ctx: FlowContext) -> None:
        """限度額 left unanswered on 受付完了: recorded as not provided."""
        left = [item for item in ctx.consent_queue if item in table.AT_DONE]
        if not left:
            return
        ctx.consent_queue = [item for item in ctx.consent_queue if item not in left]
        now, method = self.clock(), required(ctx.method, "verification method")
        ctx.consents.extend(Consent.given(item, False, now, self.config.terminal_id, method) for item in left)

    def _on_prescription_chosen(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.prescription = p["form"]

    def _on_finished(self, ctx: FlowContext, p: dict[str, Any]) -> None:
        ctx.file_id = p.get("file_id", "")

    # -- guards ------------------------------------------------------------------------------------
    def _guard_cert_expired(self) -> bool:
        return self.ctx.identity is not None and not self.ctx.identity.cert_valid

    def _guard_face_available(self) -> bool:
        return self.ctx.face_available

    def _guard_pin_usable(self) -> bool:
        return self.ctx.pin_left()

    def _guard_pin_blocked(self) -> bool:
        return self.ctx.identity is not None and self.ctx.identity.pin_usable and self.ctx.pin_tries == 0

    def _guard_staff_pin_ok(self, pin: str | None = None) -> bool:
        if pin is None:
            return self.ctx.staff_mode
        return bool(self.config.staff_pin_hash) and check_staff_pin(pin, self.config.staff_pin_hash)

    def _guard_collation_entered(self) -> bool:
        return self.ctx.collation_entry and not self.ctx.collation_error

    def _guard_needs_registration(self) -> bool:
        return self.ctx.answer is not None and not self.ctx.answer.registered

    def _guard_offers_bundle(self) -> bool:
        return self.config.bundle_consent and len(self.ctx.asked_before_done()) > 1

    def _guard_more_consents(self) -> bool:
        return bool(self.ctx.asked_before_done())

    def _guard_asks_limit(self) -> bool:
        return any(item in table.AT_DONE for item in self.ctx.consent_queue)

    def _guard_asks_prescription(self) -> bool:
        return self.config.prescription_screen and self.ctx.prescription is None

    def _guard_card_gone(self) -> bool:
        return self.ctx.card_gone

    def _guard_alarm_done(self) -> bool:
        return self.ctx.alarm_rounds >= 2
