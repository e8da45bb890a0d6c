"""A card slot holding virtual cards, driven by the simulator panel or a scenario."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.card.errors import NoCardError
from simulators.card.card import VirtualMyNumberCard
from simulators.card.connection import VirtualCardConnection
from simulators.card.personalise import CardBuilder, card_for
from simulators.residents import Resident, resident


class VirtualCardSlot:
    """:class:`~kiosk.card.slot.CardSlot` with an in-process virtual card. It also plays the face
    reader's card-face scanner (``kiosk.card.visit.CollationSource``): for a synthetic
    resident's card it knows the 照合番号B printed on the card."""

    reader = VirtualCardConnection.reader

    def __init__(self) -> None:
        self._callbacks: list[Callable[[ReaderEvent], None]] = []
        self._card: VirtualMyNumberCard | None = None
        self._collation_b: str | None = None
        self.resident_on: Resident | None = None  # whose card lies on the reader (the card-face camera)
        self._connections: list[VirtualCardConnection] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Callable[[ReaderEvent], None]) -> None:
        self._callbacks.append(callback)

    def start(self) -> None:
        self._emit(ReaderEvent(ReaderEventKind.READER_ADDED, self.reader))

    def stop(self) -> None:
        self.remove()

    def emit(self, event: ReaderEvent) -> None:
        """Report a reader event as if the hardware had (the simulator's fault switches)."""
        self._emit(event)

    def _emit(self, event: ReaderEvent) -> None:
        for callback in list(self._callbacks):
            callback(event)

    def insert(self, card: VirtualMyNumberCard) -> None:
        """Put ``card`` on the reader (replacing any card there)."""
        if self._card is not None:
            self.remove()
        with self._lock:
            self._card = card
        self._emit(ReaderEvent(ReaderEventKind.CARD_INSERTED, self.reader, card.atr))

    def insert_resident(self, resident_id: str, *, issued: bool = True,
                        pins: Mapping[str, str] | None = None) -> VirtualMyNumberCard:
        """Put a freshly personalised card of a synthetic resident on the reader (``issued=False``:
        a new card at the counter, before its PINs are set; with ``pins`` too, by kind: one on which
        an earlier visit set those); returns the card."""
        person = resident(resident_id)
        card = card_for(person, issued=issued, pins=pins)
        self.remove()
        self._collation_b = CardBuilder(person).collation_b()
        self.resident_on = person
        self.insert(card)
        return card

    def collation_number_b(self) -> str | None:
        """照合番号B of the card on the reader, as a card-face scanner would read it."""
        return self._collation_b if self._card is not None else None

    def collation_problem(self) -> str:
        """``CARD_FACE_UNREADABLE`` when no card lies on the reader."""
        return "" if self._card is not None else "CARD_FACE_UNREADABLE"

    def remove(self) -> None:
        """Take the card away: open connections fail with CardRemovedError."""
        with self._lock:
            had_card = self._card is not None
            self._card = None
            self._collation_b = None
            self.resident_on = None
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.remove()
        if had_card:
            self._emit(ReaderEvent(ReaderEventKind.CARD_REMOVED, self.reader))

    def connect(self) -> VirtualCardConnection:
        with self._lock:
            if self._card is None:
                raise NoCardError("no virtual card inserted")
            connection = VirtualCardConnection(self._card)
            self._connections.append(connection)
            return connection
