"""What the registration support desk does to the world: the card on the reader (certificate, PIN
tries, the photo behind 照合番号B for the face path), the PIN's one VERIFY, the face check, the
eligibility service (is it registered already; 初回登録), and the audit chain.

Blocking work runs on the executors (the service on its own worker, as at the reception); results
return as events stamped with the visit. The PIN exists only between the keypad's 確定 and the one
VERIFY; nothing personal goes to the audit (the certificate's keyed hash, codes, the method).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

import numpy as np

from kiosk.card.errors import CardError, PinBlockedError, PinFormatError, PinMismatchError
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CardVisit, CollationSource
from kiosk.clock import SYSTEM_CLOCK
from kiosk.errors import KioskError
from kiosk.flow.engine import required, result_of
from kiosk.flow.executors import Executor, InlineExecutor
from kiosk.reception.effects import FaceRunner
from kiosk.reception.face_runner import MATCHED, RETRY
from kiosk.registration.machine import RegistrationContext, RegistrationFlow
from kiosk.registration.outcomes import ALREADY_REGISTERED, DECLINED, FAILED, REGISTERED
from kiosk.registration.table import RegistrationEvent as E
from kiosk.registration.table import RegistrationState as S
from kiosk.services.eligibility import EligibilityService
from kiosk.services.registration import register_card

logger = logging.getLogger(__name__)

FACE_ATTEMPTS = 3
STAFF_CALL = "registration_desk.staff_call"  # the audit event of a resident's 「係員を呼ぶ」


class AuditLog(Protocol):
    """The shared audit chain (``kiosk.store``): whitelisted keys and values only."""

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None: ...


def outcome_event(ctx: RegistrationContext) -> str:
    """The audit event that closes a visit (:mod:`kiosk.registration.outcomes`)."""
    if ctx.failure_code:
        return FAILED
    if ctx.registered_at is not None:
        return REGISTERED
    return ALREADY_REGISTERED if ctx.already_registered else DECLINED


class RegistrationEffects:
    """Effects of one desk's :class:`RegistrationFlow`.

    :param collation: 照合番号B for the card photo (the face path); None: no face path here.
    :param face: the face check against that photo; None: no face path here.
    :param cert_hasher: the certificate's keyed hash (``kiosk.secrets.cert_hash``) for the audit.
    """

    def __init__(self, *, slot: CardSlot, eligibility: EligibilityService, audit: AuditLog,
                 cert_hasher: Callable[[bytes], str], collation: CollationSource | None = None,
                 face: FaceRunner | None = None, executor: Executor | None = None,
                 service_executor: Executor | None = None, clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.slot = slot
        self.eligibility = eligibility
        self.audit_log = audit
        self.cert_hasher = cert_hasher
        self.collation = collation
        self.face = face
        self.executor = executor or InlineExecutor()
        self.service_executor = service_executor or self.executor
        self.clock = clock
        self._card: CardVisit | None = None

    # -- Effects ---------------------------------------------------------------------------------
    def entered(self, flow: RegistrationFlow, state: S, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        action = {S.WAITING: self._release_card, S.READING_CARD: self._read_card, S.VERIFYING: self._verify_pin,
                  S.FACE_CAPTURE: self._start_face, S.CHECKING: self._check, S.REGISTERING: self._register,
                  S.DONE: self._record, S.FAILED: self._record}.get(state)
        if action is not None:
            action(flow, ctx, payload)

    def left(self, flow: RegistrationFlow, state: S, ctx: RegistrationContext, target: S) -> None:
        if state is S.FACE_CAPTURE and self.face is not None:
            self.face.stop()

    def handled(self, flow: RegistrationFlow, event: E, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        """Every step starts with the state it belongs to; the first 「係員を呼ぶ」 of a visit goes to
        the audit chain (staff see every call on the console)."""
        if event is E.CALL_STAFF and ctx.staff_calls == 1:
            self._audit(STAFF_CALL, flow.desk_id, {"session": str(ctx.visit), "state": flow.state.name})

    # -- actions ---------------------------------------------------------------------------------
    def _work(self, flow: RegistrationFlow, ctx: RegistrationContext, job: Callable[[], tuple[E, dict[str, Any]]],
              failed: E, *, service: bool = False) -> None:
        executor = self.service_executor if service else self.executor
        executor.submit(result_of(flow, ctx.visit, job, failed))

    def _read_card(self, flow: RegistrationFlow, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        """The certificate and the PIN tries (no PIN, no try used); the card photo too when this
        terminal has the face path."""
        def job() -> tuple[E, dict[str, Any]]:
            if self._card is not None:
                self._card.close()
            card = self._card = CardVisit(self.slot.connect())
            identity = card.read_identity(self.clock())
            photo = self._photo(card)
            face_ready = photo is not None and self.face is not None and self.face.ready()
            return E.CARD_READ, {"identity": identity, "cert_hash": self.cert_hasher(identity.certificate_der),
                                 "photo": photo, "face_available": face_ready}

        self._work(flow, ctx, job, E.CARD_FAILED)

    def _photo(self, card: CardVisit) -> np.ndarray | None:
        """The card photo behind 照合番号B (one VERIFY: a refusal is never retried), or None."""
        if self.collation is None or self.face is None:
            return None
        number_b = self.collation.collation_number_b()
        if not number_b:
            return None
        try:
            return card.read_photo(number_b)
        except CardError as error:  # refused, or unreadable: the PIN path stays
            logger.warning("no card photo for the face path: %s", error.code)
            return None

    def _verify_pin(self, flow: RegistrationFlow, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        pin = payload.get("text", "")

        def job() -> tuple[E, dict[str, Any]]:
            try:
                required(self._card, "card on the reader").prove_with_pin(pin)
            except PinMismatchError as error:
                return E.PIN_WRONG, {"code": error.code, "tries_left": error.tries_left}
            except PinFormatError as error:
                return E.PIN_WRONG, {"code": error.code}
            except PinBlockedError:
                return E.PIN_BLOCKED, {}
            return E.PIN_OK, {}

        self._work(flow, ctx, job, E.CARD_FAILED)

    def _start_face(self, flow: RegistrationFlow, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        visit = ctx.visit

        def report(frame_report: Any) -> None:
            flow.send(E.FACE_REPORT, visit, prompt=frame_report.prompt)

        def outcome(result: str) -> None:
            if result == MATCHED:
                flow.send(E.FACE_MATCHED, visit)
            elif result != RETRY:  # between attempts the runner goes on by itself
                logger.info("face path ended: %s", result)
                flow.send(E.FACE_FAILED, visit)

        required(self.face, "face runner").start(required(ctx.card_photo, "card photo"), FACE_ATTEMPTS, report,
                                                 outcome)

    def _check(self, flow: RegistrationFlow, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        certificate = required(ctx.identity, "card identity").certificate_der
        self._work(flow, ctx, lambda: (E.CHECKED, {"registered": self.eligibility.check(
            certificate, limit_consent=False).registered}), E.CHECK_FAILED, service=True)

    def _register(self, flow: RegistrationFlow, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        certificate = required(ctx.identity, "card identity").certificate_der
        key = f"{flow.desk_id}-{uuid.uuid4()}"  # one per visit

        def job() -> tuple[E, dict[str, Any]]:
            receipt = register_card(self.eligibility, certificate, key, self.clock)
            return E.REGISTERED, {"at": receipt.registered_at}

        self._work(flow, ctx, job, E.REGISTER_FAILED, service=True)

    def _record(self, flow: RegistrationFlow, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        data = {"session": str(ctx.visit)}
        if ctx.cert_hash:
            data["cert_hash"] = ctx.cert_hash
        if ctx.method:
            data["method"] = ctx.method
        if ctx.failure_code:
            data["failure_code"] = ctx.failure_code
        self._audit(outcome_event(ctx), flow.desk_id, data)

    def _audit(self, event: str, desk: str, data: dict[str, str]) -> None:
        def job() -> None:
            try:
                self.audit_log.audit(event, desk, data)
            except KioskError as error:  # the resident's visit goes on either way; staff see the log
                logger.error("audit: %s %s", error.code, error.detail)

        self.executor.submit(job)

    def _release_card(self, flow: RegistrationFlow, ctx: RegistrationContext, payload: dict[str, Any]) -> None:
        card, self._card = self._card, None
        if card is not None:
            self.executor.submit(card.close)

    def close(self) -> None:
        """Let go of the card (a reader connection is exclusive)."""
        card, self._card = self._card, None
        if card is not None:
            card.close()
