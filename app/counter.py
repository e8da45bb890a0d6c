"""Wires one counter desk from ports chosen by the composition root (``app.cli``): the shared
database (handover records, staff, and — outside the simulator — the handover queue imported with
``myna-kiosk applications import``), the effects, the flow, the reader's insert events."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from app.ports import CounterPorts
from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CollationSource
from kiosk.counter.applications import ApplicationStatus, CardManagementService
from kiosk.counter.effects import CounterEffects, FaceScorer
from kiosk.counter.machine import CounterFlow
from kiosk.counter.notice_qr import ScanFormats
from kiosk.counter.table import CounterEvent
from kiosk.errors import KioskError
from kiosk.flow.executors import Executor
from kiosk.flow.scheduler import Scheduler
from kiosk.services.eligibility import EligibilityService
from kiosk.settings import Settings
from kiosk.store.applications import open_application_queue
from kiosk.store.counter import SqlCounterStore, open_counter_store

logger = logging.getLogger(__name__)


@dataclass
class CounterDesk:
    flow: CounterFlow
    effects: CounterEffects
    store: SqlCounterStore
    slot: CardSlot
    closing: list[Callable[[], None]] = field(default_factory=list)  # what else the desk opened

    def close(self) -> None:
        self.flow.stop()
        self.effects.close()
        self.slot.stop()
        for close in self.closing:
            close()
        self.store.close()


def assemble_desk(database_url: str, *, desk_id: str, slot: CardSlot, collation: CollationSource | None,
                  cards: CardManagementService | None, eligibility: EligibilityService,
                  scorer: FaceScorer | None = None, executor: Executor | None = None,
                  scheduler: Scheduler | None = None, simulated_cards: bool = False, recover: bool = False,
                  scan_formats: ScanFormats | None = None) -> CounterDesk:
    """One desk on the shared database; its reader's insert events reach the flow.

    :param collation: where 照合番号B comes from (a card-face camera); None: staff type it.
    :param cards: the card-management port; None: the queue imported into this database.
    :param scheduler: the timer of the desk's idle lock (none: the desk never locks itself).
    :param simulated_cards: the simulator's cards, whose first PINs the desk sets itself; otherwise
        real cards, whose PINs are set on J-LIS's 統合端末 and read back here.
    :param recover: this is the desk starting: claims it still holds from before (it crashed or lost
        power mid-visit) are closed first. Only the one process that is this desk may do that.
    :param scan_formats: which scanned QR payloads name an application (default: ours and a bare 申請書ID).
    """
    store = open_counter_store(database_url)
    closing: list[Callable[[], None]] = []
    if cards is None:
        queue = open_application_queue(database_url)
        cards = queue
        closing.append(queue.close)
    if recover:
        known = cards
        store.release_desk(desk_id, handed_over=lambda application_id: _handed_over(known, application_id))
    effects = CounterEffects(staff=store.staff, store=store, cards=cards, slot=slot, collation=collation,
                             eligibility=eligibility, scorer=scorer, executor=executor,
                             simulated_cards=simulated_cards, scan_formats=scan_formats)
    flow = CounterFlow(effects, desk_id=desk_id, scheduler=scheduler, pins_on_jlis=not simulated_cards)

    def forward(event: ReaderEvent) -> None:
        if event.kind is ReaderEventKind.CARD_INSERTED and flow.can(CounterEvent.CARD_INSERTED):
            flow.send(CounterEvent.CARD_INSERTED)

    slot.subscribe(forward)
    return CounterDesk(flow, effects, store, slot, closing)


def _handed_over(cards: CardManagementService, application_id: str) -> bool:
    """Whether the card-management system recorded this application's card as handed over."""
    try:
        return cards.find(application_id).status is ApplicationStatus.HANDED_OVER
    except KioskError as error:  # unknown there, or unreachable: the claim is released, not completed
        logger.warning("cannot ask about %s: %s", application_id, error.code)
        return False


def assemble_desk_from(settings: Settings, ports: CounterPorts, *, desk_id: str, executor: Executor | None = None,
                       scheduler: Scheduler | None = None, recover: bool = False,
                       scan_formats: ScanFormats | None = None) -> CounterDesk:
    """:func:`assemble_desk` on the settings' database from the ports ``app.ports`` picked (the
    simulator's cards are set at the desk; real ones on J-LIS's 統合端末)."""
    return assemble_desk(settings.database_url, desk_id=desk_id, slot=ports.slot, collation=ports.collation,
                         cards=ports.cards, eligibility=ports.eligibility, scorer=ports.scorer, executor=executor,
                         scheduler=scheduler, simulated_cards=ports.simulated, recover=recover,
                         scan_formats=scan_formats)
