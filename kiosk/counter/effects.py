"""What the counter visit does to the world: staff login, the card-management system, the shared
database claim, the desk's reader, the camera score, PIN writing, insurance registration.

All blocking work runs on the executor; results return as events stamped with the visit's
session. PINs exist only between the resident's keypad and the one write to the card.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

import numpy as np

from kiosk.card.errors import CardError
from kiosk.card.issuance import IssuanceIncompleteError, PinSlot, issuance_for
from kiosk.card.kenhojo import KenhojoAp
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CardVisit, CollationSource
from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter.applications import (
    AlreadyHandedOverError,
    Application,
    ApplicationClosedError,
    ApplicationStatus,
    CardManagementService,
    NotReadyError,
    normalise_application_id,
)
from kiosk.counter.machine import CounterContext, CounterFlow
from kiosk.counter.notice_qr import NoticeQrError, parse_notice_qr
from kiosk.counter.pin_rules import requirements
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.errors import KioskError
from kiosk.flow.engine import result_of
from kiosk.flow.executors import Executor, InlineExecutor
from kiosk.services.eligibility import EligibilityService

logger = logging.getLogger(__name__)


def pin_kinds(slots, missing=()) -> list[str]:
    """PIN kinds (``PinKind`` values) from card keys: the 住基 PIN counts as set only when both its
    keys (住基AP and 共通カードAP) hold it."""
    kinds = {slot.value for slot in slots if slot is not PinSlot.COMMON}
    if PinSlot.COMMON in missing or (PinSlot.JUKI in kinds and PinSlot.COMMON not in slots):
        kinds.discard(PinSlot.JUKI.value)
    return sorted(kinds)


class FaceScorer(Protocol):
    def score(self, card_photo: np.ndarray) -> float | None:
        """Similarity 0–1 between the card photo and the person at the desk camera (None: no camera)."""
        ...


class CounterEffects:
    """Effects of one desk's :class:`CounterFlow`."""

    def __init__(self, *, staff, store, cards: CardManagementService, slot: CardSlot,
                 collation: CollationSource, eligibility: EligibilityService, scorer: FaceScorer | None = None,
                 executor: Executor | None = None, simulated_cards: bool = False,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.staff_directory = staff
        self.store = store
        self.cards = cards
        self.slot = slot
        self.collation = collation
        self.eligibility = eligibility
        self.scorer = scorer
        self.executor = executor or InlineExecutor()
        self.simulated_cards = simulated_cards
        self.clock = clock
        self._card: CardVisit | None = None
        self._certificate: bytes | None = None
        self._reconnect = False

    # -- FlowEffects --------------------------------------------------------------------------
    def entered(self, flow: CounterFlow, state: S, ctx: CounterContext, payload: dict[str, Any]) -> None:
        action = {S.CARD_CHECK: self._check_card, S.FACE_CHECK: self._score_face, S.WRITING_PINS: self._write_pins,
                  S.HANDING_OVER: self._hand_over, S.REGISTERING: self._register, S.FINISHING: self._finish,
                  S.FAILED: self._failed, S.QUEUE: self._release_card}.get(state)
        if action is not None:
            action(flow, ctx, payload)

    def left(self, flow: CounterFlow, state: S, ctx: CounterContext, target: S) -> None:
        if state is S.PIN_WRITE_FAILED:
            self._reconnect = True  # the card was put back: a new connection to it

    def on_intent(self, flow: CounterFlow, event: E, payload: dict[str, Any]) -> None:
        """Intents whose answer comes from a service (the table keeps the state while waiting)."""
        ctx = flow.ctx
        if event is E.LOGIN:
            self._work(flow, ctx, lambda: (E.LOGGED_IN, {"staff": self.staff_directory.authenticate(
                payload["staff_id"], payload["password"], desk_id=flow.desk_id)}), E.LOGIN_FAILED)
        elif event is E.LOOKUP:
            self._work(flow, ctx, lambda: (E.FOUND, {"application": self._find(payload["text"])}), E.NOT_FOUND)
        elif event is E.START:
            self._work(flow, ctx, lambda: (E.CLAIMED, {"claim_id": self.store.claim(
                ctx.application.application_id, flow.desk_id, flow.staff.staff_id, self.clock())}), E.CLAIM_FAILED)

    def _find(self, text: str) -> Application:
        """A 交付通知書 QR payload or a typed 申請書ID, for a card ready to hand over."""
        try:
            application_id = parse_notice_qr(text).application_id
        except NoticeQrError:
            application_id = normalise_application_id(text)  # raises a clear error if not an id either
        application = self.cards.find(application_id)
        if application.status is ApplicationStatus.HANDED_OVER:
            raise AlreadyHandedOverError(application.application_id)
        if application.status is ApplicationStatus.RETURNED:
            raise ApplicationClosedError(application.application_id)
        if application.status is not ApplicationStatus.CARD_READY:
            raise NotReadyError(application.application_id)
        return application

    # -- actions ---------------------------------------------------------------------------------
    def _work(self, flow: CounterFlow, ctx: CounterContext, job: Callable[[], tuple[E, dict[str, Any]]],
              failed: E) -> None:
        self.executor.submit(result_of(flow, ctx.visit, job, failed))

    def _check_card(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        """The chip must be this application's card: 基本4情報 read with 照合番号B, compared."""
        def job() -> tuple[E, dict[str, Any]]:
            self._card = CardVisit(self.slot.connect())
            number_b = self.collation.collation_number_b()
            if not number_b:
                raise CardError("no 照合番号B for the card on the reader")
            text = KenhojoAp(self._card.channel)
            with self._card.connection.transaction():
                text.verify_collation_b(number_b)
                info = text.read_basic_info()
            differences = ctx.application.differences(info)
            if differences:
                return E.CARD_MISMATCH, {"differences": differences}
            identity = self._card.read_identity(self.clock())
            self._certificate = identity.certificate_der
            photo = self._card.read_photo(number_b)
            needed = requirements(ctx.application.birth_date, self.clock().date(), face_card=ctx.face_card)
            return E.CARD_MATCHED, {"photo": photo, "requirements": needed}

        self._work(flow, ctx, job, E.CARD_FAILED)

    def _score_face(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        if self.scorer is None or ctx.card_photo is None:
            return
        photo = ctx.card_photo
        self._work(flow, ctx, lambda: (E.FACE_SCORE, {"score": self.scorer.score(photo)}), E.FACE_SCORE)

    def _write_pins(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        pins = ctx.pins

        def job() -> tuple[E, dict[str, Any]]:
            if self._reconnect:
                self._reconnect = False
                self._card.close()
                self._card = CardVisit(self.slot.connect())
            issuance = issuance_for(self._card.connection, simulated=self.simulated_cards or None)
            try:
                result = issuance.set_initial_pins(**pins.as_kwargs())
            except IssuanceIncompleteError as error:
                return E.PINS_FAILED, {"set": pin_kinds(error.set, missing=error.missing),
                                       "missing": pin_kinds(error.missing), "code": error.code}
            return E.PINS_WRITTEN, {"set": pin_kinds(result.set_now + result.already_set)}

        self._work(flow, ctx, job, E.PINS_FAILED)

    def _hand_over(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        def job() -> tuple[E, dict[str, Any]]:
            at = self.clock()
            self.store.record_identity_check(ctx.claim_id, list(ctx.documents), ctx.face_score, "confirmed",
                                             flow.staff.staff_id, at)
            self.cards.mark_handed_over(ctx.application.application_id, flow.desk_id)
            return E.HANDED_OVER, {"at": at}

        self._work(flow, ctx, job, E.HANDOVER_FAILED)

    def _register(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        certificate = self._certificate
        key = f"{flow.desk_id}-{uuid.uuid4()}"
        self._work(flow, ctx, lambda: (E.REGISTERED, {"receipt": self.eligibility.register(certificate, key)}),
                   E.REGISTER_FAILED)

    def _finish(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        def job() -> tuple[E, dict[str, Any]]:
            self.store.complete(ctx.claim_id, face_card=ctx.face_card, pins_set=ctx.pins_set,
                                registered=ctx.registered, at=self.clock())
            return E.FINISHED, {}

        self._work(flow, ctx, job, E.FINISH_FAILED)

    def _failed(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        if ctx.claim_id is None:
            return
        claim, code, pins = ctx.claim_id, ctx.failure_code or "COUNTER_CANCELLED", ctx.pins_set

        def job() -> None:
            try:
                self.store.fail(claim, code, self.clock(), pins_set=pins)
            except KioskError as error:
                logger.error("could not record the failed handover: %s", error.code)

        self.executor.submit(job)

    def _release_card(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        card, self._card, self._certificate = self._card, None, None
        if card is not None:
            self.executor.submit(card.close)


def send_intent(flow: CounterFlow, effects: CounterEffects, event: E, **payload: Any) -> None:
    """A staff or resident intent: the transition, then the service call it starts (if any)."""
    flow.send(event, **{k: v for k, v in payload.items() if k not in ("password",)})
    effects.on_intent(flow, event, payload)
