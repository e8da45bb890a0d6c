"""Wires one registration support desk (issue 17 §3) from the ports ``app.ports`` picked — the same
as a reception kiosk's: the card reader, the card-face source and face camera where the terminal
has the face path, the eligibility service, the secret key for certificate hashes — and the shared
database's audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from app.ports import ReceptionPorts
from app.reception import forward_reader_events
from kiosk.card.connection import ReaderEventKind
from kiosk.card.slot import CardSlot
from kiosk.flow.executors import Executor
from kiosk.registration.effects import RegistrationEffects
from kiosk.registration.machine import RegistrationFlow
from kiosk.registration.table import RegistrationEvent
from kiosk.secrets import CERT_HASH_KEY, cert_hash
from kiosk.store.db import open_store
from kiosk.store.repositories import SqlReceptionStore

READER_EVENTS = {ReaderEventKind.CARD_INSERTED: RegistrationEvent.CARD_INSERTED,
                 ReaderEventKind.CARD_REMOVED: RegistrationEvent.CARD_REMOVED}


@dataclass
class RegistrationDesk:
    flow: RegistrationFlow
    effects: RegistrationEffects
    store: SqlReceptionStore
    slot: CardSlot

    def close(self) -> None:
        self.flow.stop()
        self.effects.close()
        self.slot.stop()
        self.store.close()




def assemble_registration(database_url: str, ports: ReceptionPorts, *, desk_id: str,
                          executor: Executor | None = None, service_executor: Executor | None = None
                          ) -> RegistrationDesk:
    """The desk on the shared database; the caller starts the slot when the windows are up."""
    store = open_store(database_url)
    key = ports.secrets.get_or_create(CERT_HASH_KEY)
    effects = RegistrationEffects(slot=ports.slot, eligibility=ports.eligibility, audit=store,
                                  cert_hasher=lambda der: cert_hash(der, key), collation=ports.collation,
                                  face=ports.face, executor=executor, service_executor=service_executor)
    flow = RegistrationFlow(effects, desk_id=desk_id)
    ports.slot.subscribe(forward_reader_events(flow, READER_EVENTS))
    return RegistrationDesk(flow, effects, store, ports.slot)
