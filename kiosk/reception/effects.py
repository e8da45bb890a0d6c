"""The reception flow's side effects (``kiosk.reception.machine.FlowEffects``) over the ports: card
slot, card-face scanner, face runner, eligibility service, store, result outbox.

Blocking work runs on the executor (one worker thread in the kiosk, inline in tests and headless
scenarios); results go back to the flow as events stamped with the visit number.
PINs pass through exactly one call and are never stored or logged.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any, Protocol

import numpy as np

from kiosk.card.errors import CardError, PinBlockedError, PinMismatchError
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CardVisit, CollationSource
from kiosk.clock import SYSTEM_CLOCK
from kiosk.errors import KioskError
from kiosk.flow.engine import required, result_of
from kiosk.flow.executors import Executor, InlineExecutor
from kiosk.reception.config import ReceptionConfig
from kiosk.reception.context import FlowContext
from kiosk.reception.events import Event
from kiosk.reception.face_runner import (
    CAMERA_LOST,
    EXHAUSTED,
    MATCHED,
    RETRY,
    UNUSABLE,
    OutcomeCallback,
    ReportCallback,
)
from kiosk.reception.machine import ReceptionFlow
from kiosk.reception.model import ConsentItem, ReceptionFailure, ReceptionResult
from kiosk.reception.ports import Outbox, ReceptionStore, StaffCalls
from kiosk.reception.states import FlowState
from kiosk.services.eligibility import (
    EligibilityAnswer,
    EligibilityService,
)
from kiosk.services.registration import register_card

logger = logging.getLogger(__name__)

FACE_EVENTS = {MATCHED: Event.FACE_MATCHED, RETRY: Event.FACE_RETRY, EXHAUSTED: Event.FACE_EXHAUSTED,
               CAMERA_LOST: Event.CAMERA_LOST, UNUSABLE: Event.FACE_EXHAUSTED}
# The service could not confirm the qualification of a resident who proved who they are.
UNCONFIRMED = frozenset({"ELIGIBILITY_UNAVAILABLE", "ELIGIBILITY_JPKI_MAINTENANCE", "ELIGIBILITY_BAD_ANSWER"})
# Leaving one of these for IDLE means the visit was abandoned (card pulled out, ...).
UNFINISHED = frozenset(FlowState) - {FlowState.IDLE, FlowState.DONE, FlowState.ERROR, FlowState.CANCELLED,
                                     FlowState.FINISHING}


class FaceRunner(Protocol):
    """Face capture for one visit (``kiosk.reception.face_runner``): reports and the outcome arrive
    on the callbacks, from another thread."""

    def start(self, photo: np.ndarray, attempts: int, on_report: ReportCallback,
              on_outcome: OutcomeCallback) -> None:
        """Verify the person in front of the camera against ``photo``, in up to ``attempts`` attempts."""

    def stop(self) -> None:
        """End the capture without waiting (the flow calls it while holding its lock)."""

    def ready(self) -> bool:
        """Whether the face camera is there now (an unplugged one is offered again once it is back)."""


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class ReceptionEffects:
    """Everything the reception flow does to the world."""

    def __init__(self, config: ReceptionConfig, slot: CardSlot, eligibility: EligibilityService,
                 store: ReceptionStore, outbox: Outbox, cert_hasher: Callable[[bytes], str],
                 collation: CollationSource | None = None, face: FaceRunner | None = None,
                 executor: Executor | None = None, service_executor: Executor | None = None,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK, staff_calls: StaffCalls | None = None) -> None:
        """:param staff_calls: where 「係員を呼ぶ」 is announced to the clinic (None: the audit log only)."""
        self.config = config
        self.slot = slot
        self.eligibility = eligibility
        self.store = store
        self.outbox = outbox
        self.cert_hasher = cert_hasher
        self.collation = collation
        self.face = face
        self.executor = executor or InlineExecutor()
        # Eligibility calls wait on their own worker: a slow service never holds up the next card.
        self.service_executor = service_executor or self.executor
        self.clock = clock
        self.staff_calls = staff_calls
        self._card: CardVisit | None = None
        self._birth_date: date | None = None

    # -- FlowEffects ------------------------------------------------------------------------
    def entered(self, flow: ReceptionFlow, state: FlowState, ctx: FlowContext, payload: dict[str, Any]) -> None:
        action = {
            FlowState.IDLE: self._reset,
            FlowState.READING_CARD: self._read_card,
            FlowState.READING_PHOTO: self._read_photo,
            FlowState.FACE_CAPTURE: self._start_face,
            FlowState.PIN_VERIFYING: self._verify_pin,
            FlowState.CHECKING: self._check,
            FlowState.REGISTERING: self._register,
            FlowState.FINISHING: self._finish,
            FlowState.ERROR: self._failed,
            FlowState.DONE: self._done,
            FlowState.CANCELLED: self._cancelled,
        }.get(state)
        if action is not None:
            action(flow, ctx, payload)

    def left(self, flow: ReceptionFlow, state: FlowState, ctx: FlowContext, target: FlowState) -> None:
        if state is FlowState.FACE_CAPTURE and self.face is not None:
            self.face.stop()
        if target is FlowState.IDLE and state in UNFINISHED and ctx.identity is not None:
            self._record_failure(ctx, "CARD_REMOVED" if ctx.card_gone else ctx.error_code or "ABANDONED")
        if target is FlowState.STAFF_CHECK:
            self._audit("staff.visual_check.opened", ctx)

    def handled(self, flow: ReceptionFlow, event: Event, ctx: FlowContext, payload: dict[str, Any]) -> None:
        """Audit a refused staff PIN; raise the staff alert on the first 「係員を呼ぶ」 of a visit
        (every state effect starts with the state it belongs to)."""
        if event is Event.STAFF_OPEN and ctx.staff_pin_refused:
            self._audit("staff.pin_locked" if ctx.staff_pin_locked else "staff.pin_refused", ctx,
                        state=flow.state.name)
        if event is Event.CALL_STAFF and ctx.staff_calls == 1:
            self._call_staff(flow.state, ctx)

    def _call_staff(self, state: FlowState, ctx: FlowContext) -> None:
        """The audit event, and the notice the clinic system reads (``docs/handoff.md``)."""
        self._audit("staff.call", ctx, state=state.name)
        calls, now = self.staff_calls, self.clock()
        if calls is not None:
            self.executor.submit(lambda: self._store_safely(calls.call, self.config.terminal_id, now, state.value))

    # -- actions ---------------------------------------------------------------------------------
    def _work(self, flow: ReceptionFlow, ctx: FlowContext, job: Callable[[], tuple[Event, dict[str, Any]]],
              failed: Event, *, service: bool = False) -> None:
        executor = self.service_executor if service else self.executor
        executor.submit(result_of(flow, ctx.visit, job, failed))

    def _reset(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        card, self._card, self._birth_date = self._card, None, None
        if card is not None:
            self.executor.submit(card.close)

    def _read_card(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        def job() -> tuple[Event, dict[str, Any]]:
            self._card = CardVisit(self.slot.connect())
            identity = self._card.read_identity(self.clock())
            cert_hash = self.cert_hasher(identity.certificate_der)
            self._store_safely(self.store.audit, "card.read", self.config.terminal_id,
                               {"session": str(ctx.visit), "cert_hash": cert_hash,
                                "cert_valid": str(identity.cert_valid).lower()})
            photo, problem, tried = None, "FACE_NOT_CONFIGURED", False
            if self.collation is not None:  # the photo also serves the staff check
                number_b = self.collation.collation_number_b()
                if number_b:
                    photo, problem, tried = *self._open_photo(ctx, number_b), True
                else:
                    problem = self.collation.collation_problem() or "CARD_FACE_UNREADABLE"
            face_problem = problem or self._face_problem()
            return Event.CARD_READ, {"identity": identity, "cert_hash": cert_hash, "photo": photo,
                                     "face_available": not face_problem, "face_problem": face_problem,
                                     "collation_entry": self.collation is not None and not tried}

        self._work(flow, ctx, job, Event.CARD_FAILED)

    def _face_problem(self) -> str:
        """Why 顔認証 cannot be offered on this terminal right now ("" when it can)."""
        if self.face is None:
            return "FACE_NOT_CONFIGURED"
        return "" if self.face.ready() else "CAMERA_UNAVAILABLE"

    def _open_photo(self, ctx: FlowContext, number_b: str) -> tuple[np.ndarray | None, str]:
        """The card photo behind 照合番号B, and the problem code when there is none. Exactly one
        VERIFY: a refusal is reported, never retried (the card's limit for 照合番号B is unknown)."""
        try:
            photo = required(self._card, "card").read_photo(number_b)
        except (PinMismatchError, PinBlockedError) as error:
            self._audit("verify.collation_b.refused", ctx, failure_code=error.code)
            return None, "COLLATION_REFUSED"
        except CardError as error:  # the PIN and staff paths stay open
            logger.warning("card photo unreadable: %s", error.code)
            return None, "CARD_PHOTO_UNREADABLE"
        self._audit("verify.collation_b.ok", ctx)
        return photo, ""

    def _read_photo(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        number_b = payload["entry"].number(self.clock().date())

        def job() -> tuple[Event, dict[str, Any]]:
            photo, problem = self._open_photo(ctx, number_b)
            if photo is None:
                return Event.PHOTO_FAILED, {"problem": problem}
            return Event.PHOTO_READ, {"photo": photo, "face_problem": self._face_problem()}

        self._work(flow, ctx, job, Event.CARD_FAILED)

    def _start_face(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        visit = ctx.visit

        def report(frame_report) -> None:
            flow.send(Event.FACE_REPORT, visit, prompt=frame_report.prompt, progress=frame_report.progress)

        def outcome(result: str) -> None:
            self._audit(f"verify.face.{result}", ctx)
            flow.send(FACE_EVENTS[result], visit)

        required(self.face, "face runner").start(required(ctx.card_photo, "card photo"), self.config.face_attempts,
                                                 report, outcome)

    def _verify_pin(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        pin = payload.get("pin", "")

        def job() -> tuple[Event, dict[str, Any]]:
            try:
                required(self._card, "card").prove_with_pin(pin)
            except PinMismatchError as error:
                self._audit("verify.pin.wrong", ctx, tries_left=str(error.tries_left))
                return Event.PIN_WRONG, {"tries_left": error.tries_left}
            except PinBlockedError:
                self._audit("verify.pin.blocked", ctx)
                return Event.PIN_NOW_BLOCKED, {}
            self._audit("verify.pin.ok", ctx)
            return Event.PIN_OK, {}

        self._work(flow, ctx, job, Event.CARD_FAILED)

    def _check(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        if ctx.method is not None and ctx.method.value == "staff":
            self._audit("verify.staff.confirmed", ctx)
        certificate = required(ctx.identity, "card identity").certificate_der
        limit = ConsentItem.LIMIT in self.config.consent_items

        def job() -> tuple[Event, dict[str, Any]]:
            answer = self.eligibility.check(certificate, limit_consent=limit)
            births = [q.birth_date for q in answer.qualifications]
            age = age_on(births[0], self.clock().date()) if births else None
            return Event.CHECKED, {"answer": answer, "age": age}

        self._work(flow, ctx, job, Event.CHECK_FAILED, service=True)

    def _register(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        certificate = required(ctx.identity, "card identity").certificate_der
        key = f"{self.config.terminal_id}-{uuid.uuid4()}"  # one per visit: a retry reuses it

        def job() -> tuple[Event, dict[str, Any]]:
            return Event.REGISTERED, {"receipt": register_card(self.eligibility, certificate, key, self.clock)}

        self._work(flow, ctx, job, Event.REGISTER_FAILED, service=True)

    def _finish(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        now = self.clock()
        file_id = self._file_id(now)
        result = ReceptionResult(
            file_id=file_id, terminal_id=self.config.terminal_id, institution_code=self.config.institution_code,
            processed_at=now, method=required(ctx.method, "verification method"), cert_hash=ctx.cert_hash,
            answer=self._shared_answer(ctx), consents=tuple(ctx.consents), prescription_form=ctx.prescription,
            started_at=ctx.started_at, registration=ctx.registration)

        def job() -> tuple[Event, dict[str, Any]]:
            outgoing = self.outbox.render(result)
            # The visit, its consents and its sealed result commit together; putting the files on the
            # share is a separate step, retried by the outbox if the share refuses now.
            sealed = self.outbox.seal(outgoing)
            try:
                self.store.record_result(result, sealed)
            except KioskError:  # the store's errors (the port's contract)
                # The commit may have happened with its answer lost: recording the same result again
                # is how to find out (a stored file id is not written twice).
                self.store.record_result(result, sealed)
            delivered = self.outbox.deliver(outgoing) is not None
            return Event.FINISHED, {"file_id": file_id, "delivered": delivered}

        self._work(flow, ctx, job, Event.FINISH_FAILED)

    @staticmethod
    def _shared_answer(ctx: FlowContext) -> EligibilityAnswer:
        """The answer as the clinic may see it: 限度額 only with that consent."""
        answer = required(ctx.answer, "eligibility answer")
        agreed = {c.item for c in ctx.consents if c.agreed}
        if ConsentItem.LIMIT in agreed:
            return answer
        return replace(answer, qualifications=tuple(replace(q, limit_category=None) for q in answer.qualifications))

    def _failed(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        code = ctx.error_code or "ERROR"
        if code in UNCONFIRMED and ctx.method is not None and ctx.answer is None:
            self._record_unconfirmed(ctx, code)
        else:
            self._record_failure(ctx, code)

    def _cancelled(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        self._record_failure(ctx, "CANCELLED")  # やめる: a visit that ended, never a result

    def _done(self, flow: ReceptionFlow, ctx: FlowContext, payload: dict[str, Any]) -> None:
        if ctx.registration_declined:
            self._record_failure(ctx, "REGISTRATION_DECLINED")

    # -- records ---------------------------------------------------------------------------------
    def _file_id(self, now: datetime) -> str:
        # Date and time apart: no run of 12 digits (the audit log refuses anything My-Number-like).
        return f"{self.config.terminal_id}-{now:%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}"

    def _record_unconfirmed(self, ctx: FlowContext, code: str) -> None:
        """The resident proved who they are but the service could not confirm the qualification:
        the visit is recorded as failed, and the clinic system still gets a result file saying so
        (and what to check instead), through the outbox like any result."""
        now = self.clock()
        failure = ReceptionFailure(self.config.terminal_id, ctx.started_at, now, code, ctx.method,
                                   ctx.cert_hash or None, file_id=self._file_id(now))

        def job() -> None:
            outgoing = self.outbox.render_unconfirmed(failure, self.config.institution_code)
            self.store.record_failure(failure, self.outbox.seal(outgoing))
            self.outbox.deliver(outgoing)

        self.executor.submit(lambda: self._store_safely(job))

    def _record_failure(self, ctx: FlowContext, code: str) -> None:
        failure = ReceptionFailure(self.config.terminal_id, ctx.started_at, self.clock(), code, ctx.method,
                                   ctx.cert_hash or None)
        self.executor.submit(lambda: self._store_safely(self.store.record_failure, failure))

    def _audit(self, event: str, ctx: FlowContext, **data: str) -> None:
        values = {"session": str(ctx.visit), **({"cert_hash": ctx.cert_hash} if ctx.cert_hash else {}), **data}
        self.executor.submit(lambda: self._store_safely(self.store.audit, event, self.config.terminal_id, values))

    @staticmethod
    def _store_safely(call: Callable[..., None], *args: object) -> None:
        try:
            call(*args)
        except KioskError as error:  # the resident's visit goes on; staff see it in the log
            logger.error("store: %s %s", error.code, error.detail)
        except ValueError:  # refused by the audit whitelist: a bug, never worth a resident's visit
            logger.exception("store refused a record")
