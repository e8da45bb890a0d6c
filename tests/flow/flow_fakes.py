"""In-memory stand-ins for the flow's ports (the real ones have their own tests), and a kiosk
built from them on the in-process virtual card with inline effects."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.card_face.entry import CollationEntry
from kiosk.flow.executors import InlineExecutor
from kiosk.reception.config import ReceptionConfig, hash_staff_pin
from kiosk.reception.effects import ReceptionEffects
from kiosk.reception.events import Event
from kiosk.reception.machine import ReceptionFlow
from kiosk.reception.ports import AuditReport, DeliveredFiles, OutgoingResult
from kiosk.reception.states import FlowState
from kiosk.services.eligibility import (
    EligibilityAnswer,
    EligibilityUnavailableError,
    Qualification,
    RegistrationReceipt,
    Validity,
)
from simulators.card.slot import VirtualCardSlot
from simulators.residents import resident
from simulators.scenarios import card_face_entry


@dataclass
class MemoryStore:
    results: list = field(default_factory=list)
    failures: list = field(default_factory=list)
    events: list = field(default_factory=list)

    def record_result(self, result, outgoing=None) -> None:
        self.results.append(result)

    def record_failure(self, failure, outgoing=None) -> None:
        self.failures.append(failure)

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        self.events.append((event, dict(data)))

    def verify_audit(self) -> AuditReport:
        return AuditReport(True, len(self.events))


@dataclass
class MemoryStaffCalls:
    """Records each 「係員を呼ぶ」 notice: ``(terminal_id, at, screen)``."""

    calls: list = field(default_factory=list)

    def call(self, terminal_id: str, at, screen: str) -> None:
        self.calls.append((terminal_id, at, screen))


@dataclass
class MemoryOutbox:
    """Keeps the results it was given; ``delivered`` lists those put on the (pretend) share."""

    delivered: list = field(default_factory=list)
    rendered: dict = field(default_factory=dict)

    def render(self, result) -> OutgoingResult:
        self.rendered[result.file_id] = result
        return OutgoingResult(result.file_id, b"<xml/>", b"{}")

    def render_unconfirmed(self, failure, institution_code: str) -> OutgoingResult:
        self.rendered[failure.file_id] = failure
        return OutgoingResult(failure.file_id, b"<xml/>", b"{}")

    def seal(self, outgoing: OutgoingResult) -> OutgoingResult:
        return outgoing

    def deliver(self, outgoing: OutgoingResult) -> DeliveredFiles:
        self.delivered.append(self.rendered[outgoing.file_id])
        return DeliveredFiles(Path(f"/results/{outgoing.file_id}.xml"), Path(f"/results/{outgoing.file_id}.json"))


@dataclass
class FakeEligibility:
    """Answers 有効 for everyone, born ``birth``; ``registered`` as configured; ``down`` fails."""

    registered: bool = True
    birth: date = date(1960, 4, 1)
    down: bool = False
    registrations: list = field(default_factory=list)

    def check(self, certificate_der: bytes, *, limit_consent: bool) -> EligibilityAnswer:
        if self.down:
            raise EligibilityUnavailableError("simulated outage")
        qualification = Qualification("06139876", "1234", "56789", "01", "030", "A03" if limit_consent else None,
                                      "テスト健康保険組合", "テスト タロウ", self.birth, date(2020, 4, 1), None)
        return EligibilityAnswer(Validity.VALID, (qualification,), self.registered, "REF-0001",
                                 datetime(2026, 11, 23, tzinfo=UTC))

    def register(self, certificate_der: bytes, idempotency_key: str) -> RegistrationReceipt:
        self.registrations.append(idempotency_key)
        self.registered = True
        return RegistrationReceipt(datetime(2026, 11, 23, tzinfo=UTC), idempotency_key)


def with_registered(answer: EligibilityAnswer) -> EligibilityAnswer:
    return replace(answer, registered=True)


class ManualScheduler:
    """Timers the test fires by hand."""

    def __init__(self) -> None:
        self.pending: list[tuple[float, object, list[bool]]] = []

    def schedule(self, delay, callback):
        cancelled = [False]
        self.pending.append((delay, callback, cancelled))
        return lambda: cancelled.__setitem__(0, True)

    def fire_all(self) -> None:
        """Fire every live timer, shortest delay first."""
        live = sorted((d, c) for d, c, x in self.pending if not x[0])
        self.pending.clear()
        for _, callback in live:
            callback()

class UnreadableCardFace:
    """A card-face scanner that never reads a certain number (worn card, covered face)."""

    def __init__(self, problem: str = "CARD_FACE_UNREADABLE") -> None:
        self.problem = problem
        self.scans = 0

    def collation_number_b(self) -> str | None:
        self.scans += 1
        return None

    def collation_problem(self) -> str:
        return self.problem


def entry_for(resident_id: str, **changes) -> CollationEntry:
    """The card-face fields of a resident's card as staff would type them (``changes``: typos)."""
    return replace(card_face_entry(resident(resident_id)), **changes)


STAFF_PIN = "8642"
STAFF_PIN_HASH = hash_staff_pin(STAFF_PIN)


@dataclass
class Kiosk:
    flow: ReceptionFlow
    slot: VirtualCardSlot
    store: MemoryStore
    outbox: MemoryOutbox
    eligibility: FakeEligibility
    scheduler: ManualScheduler
    sent: list  # every APDU the card received
    staff_calls: MemoryStaffCalls = field(default_factory=MemoryStaffCalls)


def build_kiosk(config: ReceptionConfig | None = None, eligibility: FakeEligibility | None = None,
                face=None, collation=None, scan_card_face: bool = False) -> Kiosk:
    """``scan_card_face``: the slot also reads 照合番号B off the card (photo for face and staff)."""
    config = config or ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH)
    slot = VirtualCardSlot()
    store, outbox = MemoryStore(), MemoryOutbox()
    eligibility = eligibility or FakeEligibility()
    effects = ReceptionEffects(config, slot, eligibility, store, outbox,
                               cert_hasher=lambda der: hashlib.sha256(b"k" + der).hexdigest(),
                               collation=slot if scan_card_face else collation, face=face,
                               executor=InlineExecutor(), staff_calls=(calls := MemoryStaffCalls()))
    scheduler = ManualScheduler()
    flow = ReceptionFlow(config, effects, scheduler)
    sent: list = []
    slot.subscribe(lambda event: None)
    kiosk = Kiosk(flow, slot, store, outbox, eligibility, scheduler, sent, calls)
    original = slot.insert

    def insert(card):
        process = card.process
        card.process = lambda apdu: sent.append(bytes(apdu)) or process(apdu)
        original(card)

    slot.insert = insert
    return kiosk




def agree_to_everything(flow) -> None:
    """Tap 包括同意 (the screen before the consent screens), then 「提供する」 on 受付完了 (限度額)."""
    flow.send(Event.CONSENT_ALL)
    if flow.state is FlowState.LIMIT:
        flow.send(Event.CONSENT_ANSWER, agreed=True)
