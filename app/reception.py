"""Wires one reception kiosk from ports the composition root has chosen (``app.cli``):
store and result folder from the settings, the certificate-hash key from the secret store, the
effects, the flow, and the slot's reader events into the flow."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.ports import ReceptionPorts
from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CollationSource
from kiosk.errors import KioskError
from kiosk.flow.executors import Executor
from kiosk.flow.scheduler import Scheduler
from kiosk.handoff.files import FolderResultSink
from kiosk.handoff.requests import InsuranceLookup, RequestFolderProcessor
from kiosk.reception.effects import FaceRunner, ReceptionEffects
from kiosk.reception.events import Event
from kiosk.reception.machine import InvalidTransition, ReceptionFlow
from kiosk.secrets import CERT_HASH_KEY, SecretStore, cert_hash
from kiosk.services.eligibility import EligibilityService
from kiosk.settings import Settings
from kiosk.store.db import open_store
from kiosk.store.repositories import SqlReceptionStore

logger = logging.getLogger(__name__)

READER_EVENTS = {ReaderEventKind.CARD_INSERTED: Event.CARD_INSERTED, ReaderEventKind.CARD_REMOVED: Event.CARD_REMOVED,
                 ReaderEventKind.READER_REMOVED: Event.READER_LOST, ReaderEventKind.SERVICE_LOST: Event.READER_LOST}


class RequestPoller:
    """Answers the clinic system's request files (``kiosk.handoff.requests``) every ``interval``
    seconds on a thread of its own; a folder problem is logged and retried on the next round."""

    def __init__(self, processor: RequestFolderProcessor, interval: float = 1.0) -> None:
        self.processor, self.interval = processor, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="request-poller", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.processor.process_once()
            except KioskError as error:
                logger.warning("request folder: %s %s", error.code, error.detail)

    def stop(self) -> None:
        self._stop.set()


@dataclass
class ReceptionKiosk:
    flow: ReceptionFlow
    effects: ReceptionEffects
    store: SqlReceptionStore
    sink: FolderResultSink
    slot: CardSlot
    requests: RequestPoller | None = None

    def start(self) -> None:
        """Begin watching the card slot (and the request folder)."""
        self.slot.start()
        if self.requests is not None:
            self.requests.start()

    def close(self) -> None:
        if self.requests is not None:
            self.requests.stop()
        self.slot.stop()
        self.store.close()


def forward_reader_events(flow: ReceptionFlow) -> Callable[[ReaderEvent], None]:
    """Reader events become flow events; one that makes no sense in the current state is logged."""

    def forward(event: ReaderEvent) -> None:
        flow_event = READER_EVENTS.get(event.kind)
        if flow_event is None:
            return
        try:
            flow.send(flow_event)
        except InvalidTransition:
            logger.info("reader event %s ignored in %s", event.kind.value, flow.state.value)

    return forward


def assemble(settings: Settings, *, slot: CardSlot, eligibility: EligibilityService, secrets: SecretStore,
             collation: CollationSource | None = None, face: FaceRunner | None = None,
             executor: Executor | None = None, scheduler: Scheduler | None = None,
             lookup: InsuranceLookup | None = None) -> ReceptionKiosk:
    """Build the kiosk; the caller calls ``start()`` when the UI is up. With ``lookup`` the kiosk
    also answers the clinic system's request folder."""
    store = open_store(settings.database_url)
    settings.results_dir.mkdir(parents=True, exist_ok=True)
    sink = FolderResultSink(settings.results_dir)
    key = secrets.get_or_create(CERT_HASH_KEY)
    effects = ReceptionEffects(settings.reception, slot, eligibility, store, sink,
                               cert_hasher=lambda der: cert_hash(der, key), collation=collation, face=face,
                               executor=executor)
    flow = ReceptionFlow(settings.reception, effects, scheduler)
    slot.subscribe(forward_reader_events(flow))
    poller = None
    if lookup is not None:
        for folder in (settings.requests_dir, settings.responses_dir):
            folder.mkdir(parents=True, exist_ok=True)
        poller = RequestPoller(RequestFolderProcessor(settings.requests_dir, settings.responses_dir, lookup,
                                                      institution_code=settings.reception.institution_code,
                                                      results_dir=settings.results_dir))
    return ReceptionKiosk(flow, effects, store, sink, slot, poller)


def assemble_from(settings: Settings, ports: ReceptionPorts, *, executor: Executor | None = None,
                  scheduler: Scheduler | None = None) -> ReceptionKiosk:
    """:func:`assemble` from the ports ``app.ports`` picked."""
    return assemble(settings, slot=ports.slot, eligibility=ports.eligibility, secrets=ports.secrets,
                    collation=ports.collation, face=ports.face, executor=executor, scheduler=scheduler,
                    lookup=ports.lookup)
