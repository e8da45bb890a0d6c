"""What the counter visit does to the world: staff login, the card-management system, the shared
database claim, the desk's reader, the camera score, PIN writing (or, for a real card, reading
back the PINs J-LIS's 統合端末 set), insurance registration with the resident's PIN.

The flow tells the effects of every transition: the state entered starts its work (reading the
card, writing the PINs, ...), and the intents answered by a service (login, lookup, start) start
theirs when handled. All blocking work runs on the executor; results return as events stamped
with the visit's session. PINs exist only between the resident's keypad and the one write to the
card; the staff password only between the login form and the one check of it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol

import numpy as np

from kiosk.card.errors import PinBlockedError, PinFormatError, PinMismatchError
from kiosk.card.issuance import CardIssuance, IssuanceIncompleteError, PinSlot, PinsState, issuance_for
from kiosk.card.kenhojo import KenhojoAp
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CardVisit, CollationSource
from kiosk.card_face.entry import CollationEntry
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
from kiosk.counter.notice_qr import NoticeQrError, ScanFormats
from kiosk.counter.pin_rules import PinRequirements, requirements
from kiosk.counter.records import StaffMember
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.errors import KioskError
from kiosk.flow.engine import required, result_of
from kiosk.flow.executors import Executor, InlineExecutor
from kiosk.services.eligibility import EligibilityService
from kiosk.services.registration import register_card

logger = logging.getLogger(__name__)

NO_CARD_FACE_CAMERA = "CARD_FACE_NOT_CONFIGURED"  # this desk has no card-face camera: staff type 照合番号B
STAFF_CALL = "counter.staff_call"  # the audit event of a resident's 「係員を呼ぶ」


def pin_kinds(slots: Iterable[PinSlot], missing: Iterable[PinSlot] = ()) -> list[str]:
    """PIN kinds (``PinKind`` values) from card keys: the 住基 PIN counts as set only when both its
    keys (住基AP and 共通カードAP) hold it."""
    slots, missing = tuple(slots), tuple(missing)
    kinds = {slot.value for slot in slots if slot is not PinSlot.COMMON}
    if PinSlot.COMMON in missing or (PinSlot.JUKI.value in kinds and PinSlot.COMMON not in slots):
        kinds.discard(PinSlot.JUKI.value)
    return sorted(kinds)


def kinds_missing(needed: PinRequirements, state: PinsState) -> list[str]:
    """PIN kinds of ``needed`` that the card does not hold (the read-back after the 統合端末)."""
    held = set(pin_kinds(state.set))
    return [kind.value for kind in needed.kinds if kind.value not in held]


def kinds_already_set(state: PinsState) -> list[str]:
    """PIN kinds (``PinKind`` values) with a PIN on any of their keys when the card is placed. The
    resident is never asked for them: a key that holds a PIN takes no other, so a new choice would
    be silently dropped (and a 住基 PIN on one of its two keys cannot be completed with another)."""
    return sorted({PinSlot.JUKI.value if slot is PinSlot.COMMON else slot.value for slot in state.set})


class FaceScorer(Protocol):
    def score(self, card_photo: np.ndarray) -> float | None:
        """Similarity 0–1 between the card photo and the person at the desk camera (None: no camera)."""
        ...


class StaffLogin(Protocol):
    def authenticate(self, staff_id: str, password: str, *, desk_id: str = "counter") -> StaffMember:
        """The active account ``staff_id`` if ``password`` is its password.

        :raises LoginFailedError: otherwise (``LoginLockedError`` after repeated wrong passwords).
        """
        ...


class HandoverRecords(Protocol):
    """The shared database's record of handovers, one claim per attempt (``kiosk.store.counter``)."""

    def claim(self, application_id: str, desk_id: str, staff_id: str, at: datetime) -> int: ...

    def record_identity_check(self, claim_id: int, documents: Sequence[str], face_score: float | None,
                              decision: str, staff_id: str, at: datetime) -> None: ...

    def complete(self, claim_id: int, *, face_card: bool, pins_set: Iterable[str], registered: bool,
                 at: datetime) -> None: ...

    def fail(self, claim_id: int, failure_code: str, at: datetime, pins_set: Iterable[str] = ()) -> None: ...

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        """Append an event of the desk to the shared audit chain (whitelisted keys and values only)."""
        ...


class CounterEffects:
    """Effects of one desk's :class:`CounterFlow`. ``collation``: the card-face camera that reads
    照合番号B (None: staff type it, as they do whenever it cannot read the card)."""

    def __init__(self, *, staff: StaffLogin, store: HandoverRecords, cards: CardManagementService, slot: CardSlot,
                 collation: CollationSource | None, eligibility: EligibilityService, scorer: FaceScorer | None = None,
                 executor: Executor | None = None, simulated_cards: bool = False,
                 scan_formats: ScanFormats | None = None, clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.staff_directory = staff
        self.store = store
        self.cards = cards
        self.slot = slot
        self.collation = collation
        self.eligibility = eligibility
        self.scorer = scorer
        self.executor = executor or InlineExecutor()
        self.simulated_cards = simulated_cards
        self.scan_formats = scan_formats or ScanFormats()
        self.clock = clock
        self._card: CardVisit | None = None
        self._certificate: bytes | None = None
        self._reconnect = False

    # -- Effects ---------------------------------------------------------------------------------
    def entered(self, flow: CounterFlow, state: S, ctx: CounterContext, payload: dict[str, Any]) -> None:
        action = {S.CARD_CHECK: self._check_card, S.FACE_CHECK: self._score_face, S.WRITING_PINS: self._write_pins,
                  S.CONFIRMING_PINS: self._confirm_pins, S.HANDING_OVER: self._hand_over,
                  S.REGISTERING: self._register, S.FINISHING: self._finish, S.FAILED: self._failed,
                  S.QUEUE: self._release_card}.get(state)
        if action is not None:
            action(flow, ctx, payload)

    def left(self, flow: CounterFlow, state: S, ctx: CounterContext, target: S) -> None:
        if state is S.PIN_WRITE_FAILED:
            self._reconnect = True  # the card was put back: a new connection to it

    def handled(self, flow: CounterFlow, event: E, ctx: CounterContext, payload: dict[str, Any]) -> None:
        """Intents answered by a service (the table keeps the state until the answer comes), and
        the resident's call for staff (audited)."""
        action = {E.LOGIN: self._log_in, E.LOOKUP: self._look_up, E.START: self._claim,
                  E.CALL_STAFF: self._staff_called}.get(event)
        if action is not None:
            action(flow, ctx, payload)

    # -- intents -----------------------------------------------------------------------------------
    def _log_in(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        staff_id, password = payload["staff_id"], payload["password"]
        self._work(flow, ctx, lambda: (E.LOGGED_IN, {"staff": self.staff_directory.authenticate(
            staff_id, password, desk_id=flow.desk_id)}), E.LOGIN_FAILED)

    def _look_up(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        text = payload["text"]
        self._work(flow, ctx, lambda: (E.FOUND, {"application": self._find(text)}), E.NOT_FOUND)

    def _claim(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        def job() -> tuple[E, dict[str, Any]]:
            application, staff = required(ctx.application, "application"), required(flow.staff, "staff member")
            return E.CLAIMED, {"claim_id": self.store.claim(application.application_id, flow.desk_id,
                                                            staff.staff_id, self.clock())}

        self._work(flow, ctx, job, E.CLAIM_FAILED)

    def _find(self, text: str) -> Application:
        """A scanned payload (:class:`ScanFormats`) or a typed 申請書ID, for a card ready to hand over."""
        try:
            application_id = self.scan_formats.application_id(text)
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

    def _staff_called(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        """The first 「係員を呼ぶ」 of a visit goes to the audit chain (staff see every call on the
        console): the step and the claim, nothing personal."""
        if ctx.staff_calls != 1:
            return
        data = {"state": flow.state.name}
        if ctx.claim_id is not None:
            data["claim_id"] = str(ctx.claim_id)
        desk = flow.desk_id

        def job() -> None:
            try:
                self.store.audit(STAFF_CALL, desk, data)
            except KioskError as error:  # the call is on the console either way
                logger.error("could not audit the staff call: %s", error.code)

        self.executor.submit(job)

    # -- actions ---------------------------------------------------------------------------------
    def _work(self, flow: CounterFlow, ctx: CounterContext, job: Callable[[], tuple[E, dict[str, Any]]],
              failed: E) -> None:
        self.executor.submit(result_of(flow, ctx.visit, job, failed))

    def _connect(self) -> CardVisit:
        """A new connection to the card on the reader (the one before, if any, closed)."""
        if self._card is not None:
            self._card.close()
        self._card = CardVisit(self.slot.connect())
        return self._card

    def _collation_b(self, entry: CollationEntry | None) -> tuple[str | None, str]:
        """照合番号B typed by staff, or read by the card-face camera; else why there is none."""
        if entry is not None:
            return entry.number(self.clock().date()), ""
        if self.collation is None:
            return None, NO_CARD_FACE_CAMERA
        number_b = self.collation.collation_number_b()
        return number_b, "" if number_b else self.collation.collation_problem() or "CARD_FACE_UNREADABLE"

    def _issuance(self, card: CardVisit) -> CardIssuance:
        """The card's PIN keys. They are spoken to on a channel of their own: the visit's channel
        selects its AP again the next time it is used."""
        card.channel.current_aid = None
        return issuance_for(card.connection, simulated=self.simulated_cards or None)

    def _check_card(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        """The chip must be this application's card: 基本4情報 read with 照合番号B — from the card-face
        scanner, or typed by staff (``entry``) — and compared. Then which of its PINs are set already
        (data-less VERIFYs: no try used). Each 照合番号B is sent once: a refusal goes back to staff."""
        entry = payload.get("entry")

        def job() -> tuple[E, dict[str, Any]]:
            application = required(ctx.application, "application")
            card = self._connect()
            number_b, problem = self._collation_b(entry)
            if not number_b:
                return E.COLLATION_NEEDED, {"code": problem}
            text = KenhojoAp(card.channel)
            try:
                with card.connection.transaction():
                    text.verify_collation_b(number_b)
                    info = text.read_basic_info()
            except (PinMismatchError, PinBlockedError) as error:
                logger.warning("the card refused 照合番号B: %s", error.code)
                return E.COLLATION_NEEDED, {"code": "COLLATION_REFUSED"}
            differences = application.differences(info)
            if differences:
                return E.CARD_MISMATCH, {"differences": differences}
            identity = card.read_identity(self.clock())
            self._certificate = identity.certificate_der
            photo = card.read_photo(number_b)
            state = self._issuance(card).pins_state()
            needed = requirements(application.birth_date, self.clock().date(), face_card=ctx.face_card)
            return E.CARD_MATCHED, {"photo": photo, "requirements": needed, "already_set": kinds_already_set(state)}

        self._work(flow, ctx, job, E.CARD_FAILED)

    def _score_face(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        scorer, photo = self.scorer, ctx.card_photo
        if scorer is None or photo is None:
            return
        self._work(flow, ctx, lambda: (E.FACE_SCORE, {"score": scorer.score(photo)}), E.FACE_SCORE)

    def _write_pins(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        """The resident's PINs to the keys still without one. Reported as set: the kinds this visit
        wrote (keys written by an earlier attempt of this visit included), never those the card
        held when it was placed."""
        pins, before = ctx.pins, set(ctx.pins_already)

        def now(kinds: list[str]) -> list[str]:
            return [kind for kind in kinds if kind not in before]

        def job() -> tuple[E, dict[str, Any]]:
            card = required(self._card, "card on the reader")
            if self._reconnect:
                self._reconnect = False
                card = self._connect()
            issuance = self._issuance(card)
            try:
                result = issuance.set_initial_pins(**required(pins, "PINs").as_kwargs())
            except IssuanceIncompleteError as error:
                return E.PINS_FAILED, {"set": now(pin_kinds(error.set, missing=error.missing)),
                                       "missing": pin_kinds(error.missing), "code": error.code}
            return E.PINS_WRITTEN, {"set": now(pin_kinds(result.set_now + result.already_set))}

        self._work(flow, ctx, job, E.PINS_FAILED)

    def _confirm_pins(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        """The card is back from J-LIS's 統合端末: the same card (its certificate), and every PIN the
        resident needs set — read with data-less VERIFYs, no try used. A face card must hold none."""
        def job() -> tuple[E, dict[str, Any]]:
            card = self._connect()
            if card.read_identity(self.clock()).certificate_der != self._certificate:
                return E.PINS_UNCONFIRMED, {"code": "COUNTER_CARD_SWAPPED"}
            state = self._issuance(card).pins_state()
            if ctx.face_card:
                code = "COUNTER_FACE_CARD_NO_PINS" if state.set else ""
                return (E.PINS_UNCONFIRMED, {"code": code}) if code else (E.PINS_CONFIRMED, {"set": []})
            missing = kinds_missing(required(ctx.requirements, "PIN requirements"), state)
            if missing:
                return E.PINS_UNCONFIRMED, {"code": "COUNTER_PINS_NOT_SET", "missing": missing}
            return E.PINS_CONFIRMED, {"set": pin_kinds(state.set)}

        self._work(flow, ctx, job, E.PINS_UNCONFIRMED)

    def _hand_over(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        def job() -> tuple[E, dict[str, Any]]:
            at = self.clock()
            claim, staff = required(ctx.claim_id, "claim"), required(flow.staff, "staff member")
            self.store.record_identity_check(claim, list(ctx.documents), ctx.face_score, "confirmed", staff.staff_id,
                                             at)
            self.cards.mark_handed_over(required(ctx.application, "application").application_id, flow.desk_id)
            return E.HANDED_OVER, {"at": at, "pin_tries": self._auth_tries()}

        self._work(flow, ctx, job, E.HANDOVER_FAILED)

    def _auth_tries(self) -> int | None:
        """Tries left on the 利用者証明用 PIN (a data-less VERIFY), for the 利用申込's PIN screen;
        None when the card cannot tell (no PIN: a face card; or the card is gone)."""
        try:
            return required(self._card, "card on the reader").jpki.auth_pin_status().tries_left
        except KioskError as error:
            logger.info("auth PIN tries unknown: %s", error.code)
            return None

    def _register(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        """The 利用申込: the PIN the resident just typed (``text``) verified once on the card, then
        初回登録. A face card comes without a PIN: the staff's face check proved the holder."""
        certificate, pin = self._certificate, payload.get("text")
        key = f"{flow.desk_id}-{uuid.uuid4()}"

        def job() -> tuple[E, dict[str, Any]]:
            if pin is not None:
                try:
                    required(self._card, "card on the reader").prove_with_pin(pin)
                except PinMismatchError as error:
                    return E.REGISTRATION_PIN_WRONG, {"code": error.code, "tries_left": error.tries_left}
                except PinFormatError as error:
                    return E.REGISTRATION_PIN_WRONG, {"code": error.code}
            receipt = register_card(self.eligibility, required(certificate, "card certificate"), key, self.clock)
            return E.REGISTERED, {"receipt": receipt}

        self._work(flow, ctx, job, E.REGISTER_FAILED)

    def _finish(self, flow: CounterFlow, ctx: CounterContext, payload: dict[str, Any]) -> None:
        def job() -> tuple[E, dict[str, Any]]:
            self.store.complete(required(ctx.claim_id, "claim"), face_card=ctx.face_card, pins_set=ctx.pins_set,
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

    def close(self) -> None:
        """The desk is closing: let go of the card (a reader connection is exclusive)."""
        card, self._card, self._certificate = self._card, None, None
        if card is not None:
            card.close()
