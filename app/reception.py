"""Wires one reception kiosk from ports the composition root has chosen (``app.cli``):
store and result folder from the settings, the certificate-hash key from the secret store, the
effects, the flow, and the slot's reader events into the flow."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from app.ports import ReceptionPorts
from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CollationSource
from kiosk.errors import KioskError
from kiosk.flow.engine import TableMachine
from kiosk.flow.executors import Executor
from kiosk.flow.scheduler import Scheduler
from kiosk.handoff.files import FolderResultSink
from kiosk.handoff.outbox import OUTBOX_KEY, ResultOutbox, Sealer
from kiosk.handoff.requests import InsuranceLookup, RequestFolderProcessor
from kiosk.handoff.staff_calls import FolderStaffCalls
from kiosk.reception.effects import FaceRunner, ReceptionEffects
from kiosk.reception.events import Event
from kiosk.reception.machine import InvalidTransition, ReceptionFlow
from kiosk.secrets import CERT_HASH_KEY, SecretStore, cert_hash
from kiosk.services.eligibility import EligibilityService
from kiosk.settings import Settings
from kiosk.store.db import open_store
from kiosk.store.repositories import SqlReceptionStore

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=Enum)
READER_EVENTS = {ReaderEventKind.CARD_INSERTED: Event.CARD_INSERTED, ReaderEventKind.CARD_REMOVED: Event.CARD_REMOVED,
                 ReaderEventKind.READER_REMOVED: Event.READER_LOST, ReaderEventKind.SERVICE_LOST: Event.READER_LOST}


class Poller:
    """Runs ``work`` at once and then every ``interval`` seconds on a thread of its own (the
    request folder, the result outbox); a failure is logged and retried on the next round."""

    def __init__(self, name: str, work: Callable[[], object], interval: float) -> None:
        self.name, self.work, self.interval = name, work, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.work()
            except KioskError as error:
                logger.warning("%s: %s %s", self.name, error.code, error.detail)
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()


@dataclass
class ReceptionKiosk:
    flow: ReceptionFlow
    effects: ReceptionEffects
    store: SqlReceptionStore
    sink: FolderResultSink
    slot: CardSlot
    outbox: ResultOutbox
    pollers: tuple[Poller, ...] = ()

    def start(self) -> None:
        """Begin watching the card slot; deliver what is pending, answer the request folder."""
        self.slot.start()
        for poller in self.pollers:
            poller.start()

    def close(self) -> None:
        self.flow.stop()
        for poller in self.pollers:
            poller.stop()
        self.slot.stop()
        self.store.close()


def forward_reader_events(flow: TableMachine[Any, E, Any],
                          events: Mapping[ReaderEventKind, E]) -> Callable[[ReaderEvent], None]:
    """Reader events become ``flow``'s events as ``events`` maps them (the reception's, the
    registration desk's); one that makes no sense in the current state is logged."""

    def forward(event: ReaderEvent) -> None:
        flow_event = events.get(event.kind)
        if flow_event is None:
            return
        try:
            flow.send(flow_event)
        except InvalidTransition:
            logger.info("reader event %s ignored in %s", event.kind.value, flow.state.value)

    return forward


OUTBOX_SECONDS = 10.0  # undelivered results are retried this often (and at start)
REQUEST_SECONDS = 1.0  # the clinic system's request folder is read this often
SHARE_FOLDER_MODE = 0o750  # the clinic system's group may list and read what the kiosk hands over


def own_folders(settings: Settings, *keys: str) -> None:
    """Create the kiosk's own default folders. A configured folder (a clinic share) is never
    created: the settings made sure it exists, and creating it on an unmounted share would send
    results where the clinic system never looks."""
    for key in keys:
        if key not in settings.configured:
            folder: Path = getattr(settings, key)
            folder.mkdir(parents=True, exist_ok=True)
            folder.chmod(SHARE_FOLDER_MODE)


def assemble(settings: Settings, *, slot: CardSlot, eligibility: EligibilityService, secrets: SecretStore,
             collation: CollationSource | None = None, face: FaceRunner | None = None,
             executor: Executor | None = None, service_executor: Executor | None = None,
             scheduler: Scheduler | None = None,
             lookup: InsuranceLookup | None = None) -> ReceptionKiosk:
    """Build the kiosk; the caller calls ``start()`` when the UI is up. The kiosk answers the
    clinic system's request folder when REQ/RES are configured (照会区分 1 from the stored results;
    照会区分 2 through ``lookup``, or ``SERVICE_UNAVAILABLE`` without one), and in simulator mode."""
    store = open_store(settings.database_url)
    own_folders(settings, "results_dir")
    sink = FolderResultSink(settings.results_dir)
    outbox = ResultOutbox(store, sink, Sealer(secrets.get_or_create(OUTBOX_KEY)), settings.reception.terminal_id)
    key = secrets.get_or_create(CERT_HASH_KEY)
    effects = ReceptionEffects(settings.reception, slot, eligibility, store, outbox,
                               cert_hasher=lambda der: cert_hash(der, key), collation=collation, face=face,
                               executor=executor, service_executor=service_executor,
                               staff_calls=FolderStaffCalls(settings.results_dir))
    flow = ReceptionFlow(settings.reception, effects, scheduler)
    slot.subscribe(forward_reader_events(flow, READER_EVENTS))
    pollers = [Poller("result-outbox", outbox.deliver_pending, OUTBOX_SECONDS)]
    if lookup is not None or "requests_dir" in settings.configured:  # the settings make both or neither
        own_folders(settings, "requests_dir", "responses_dir")
        processor = RequestFolderProcessor(settings.requests_dir, settings.responses_dir, lookup,
                                           institution_code=settings.reception.institution_code,
                                           results_dir=settings.results_dir)
        pollers.append(Poller("request-folder", processor.process_once, REQUEST_SECONDS))
    return ReceptionKiosk(flow, effects, store, sink, slot, outbox, tuple(pollers))


def assemble_from(settings: Settings, ports: ReceptionPorts, *, executor: Executor | None = None,
                  service_executor: Executor | None = None, scheduler: Scheduler | None = None) -> ReceptionKiosk:
    """:func:`assemble` from the ports ``app.ports`` picked."""
    return assemble(settings, slot=ports.slot, eligibility=ports.eligibility, secrets=ports.secrets,
                    collation=ports.collation, face=ports.face, executor=executor,
                    service_executor=service_executor, scheduler=scheduler,
                    lookup=ports.lookup)
