"""Wires one counter desk from ports chosen by the composition root (``kiosk.__main__``)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.card.slot import CardSlot
from kiosk.counter.applications import CardManagementService
from kiosk.counter.effects import CounterEffects, FaceScorer
from kiosk.counter.flow import CounterFlow
from kiosk.counter.table import CounterEvent
from kiosk.reception.card_session import CollationSource
from kiosk.reception.effects import Executor
from kiosk.services.eligibility import EligibilityService
from kiosk.store.counter import SqlCounterStore, open_counter_store


@dataclass
class CounterDesk:
    flow: CounterFlow
    effects: CounterEffects
    store: SqlCounterStore
    slot: CardSlot

    def close(self) -> None:
        self.slot.stop()
        self.store.close()


def assemble_desk(database_url: str, *, desk_id: str, slot: CardSlot, collation: CollationSource,
                  cards: CardManagementService, eligibility: EligibilityService, scorer: FaceScorer | None = None,
                  executor: Executor | None = None, simulated_cards: bool = False) -> CounterDesk:
    """One desk on the shared database; its reader's insert events reach the flow."""
    store = open_counter_store(database_url)
    effects = CounterEffects(staff=store.staff, store=store, cards=cards, slot=slot, collation=collation,
                             eligibility=eligibility, scorer=scorer, executor=executor,
                             simulated_cards=simulated_cards)
    flow = CounterFlow(effects, desk_id=desk_id)

    def forward(event: ReaderEvent) -> None:
        if event.kind is ReaderEventKind.CARD_INSERTED and flow.can(CounterEvent.CARD_INSERTED):
            flow.send(CounterEvent.CARD_INSERTED)

    slot.subscribe(forward)
    return CounterDesk(flow, effects, store, slot)
