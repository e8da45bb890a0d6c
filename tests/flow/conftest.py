"""A reception flow on the in-process virtual card with fake services, inline effects."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pytest

from kiosk.flow.config import ReceptionConfig, hash_staff_pin
from kiosk.flow.machine import ReceptionFlow
from kiosk.reception.effects import InlineExecutor, ReceptionEffects
from simulators.card.slot import VirtualCardSlot
from flow_fakes import FakeEligibility, ManualScheduler, MemorySink, MemoryStore

STAFF_PIN = "8642"
STAFF_PIN_HASH = hash_staff_pin(STAFF_PIN)


@dataclass
class Kiosk:
    flow: ReceptionFlow
    slot: VirtualCardSlot
    store: MemoryStore
    sink: MemorySink
    eligibility: FakeEligibility
    scheduler: ManualScheduler
    sent: list  # every APDU the card received


def build_kiosk(config: ReceptionConfig | None = None, eligibility: FakeEligibility | None = None,
                face=None, collation=None) -> Kiosk:
    config = config or ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH)
    slot = VirtualCardSlot()
    store, sink = MemoryStore(), MemorySink()
    eligibility = eligibility or FakeEligibility()
    effects = ReceptionEffects(config, slot, eligibility, store, sink,
                               cert_hasher=lambda der: hashlib.sha256(b"k" + der).hexdigest(),
                               collation=collation, face=face, executor=InlineExecutor())
    scheduler = ManualScheduler()
    flow = ReceptionFlow(config, effects, scheduler)
    sent: list = []
    slot.subscribe(lambda event: None)
    kiosk = Kiosk(flow, slot, store, sink, eligibility, scheduler, sent)
    original = slot.insert

    def insert(card):
        process = card.process
        card.process = lambda apdu: sent.append(bytes(apdu)) or process(apdu)
        original(card)

    slot.insert = insert
    return kiosk


@pytest.fixture
def kiosk() -> Kiosk:
    return build_kiosk()
