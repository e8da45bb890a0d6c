"""The byte-level seam every card goes through (design "Shape"; style guide "Drivers").

``drivers.pcsc.PcscCardConnection`` (real readers and the vpcd-served virtual card) and
``simulators.card.VirtualCardConnection`` (in-process) both satisfy :class:`CardConnection`; the
protocol code in ``kiosk.card`` only ever sees this Protocol.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable


@runtime_checkable
class CardConnection(Protocol):
    """A connected card.

    :ivar reader: the reader's name as the system reports it.
    :ivar atr: the card's Answer-To-Reset.
    :ivar extended_length: True when extended APDUs pass end to end (reader and driver).
    """

    reader: str
    atr: bytes
    extended_length: bool

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one command APDU; return the response data and the status word as one int.

        :raises kiosk.card.errors.CardRemovedError: the card left or was reset.
        :raises kiosk.card.errors.ReaderUnavailableError: the reader or the service is gone.
        """
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """Hold the card exclusively for a sequence of commands (PC/SC transaction)."""
        ...

    def close(self) -> None:
        """Release the card; idempotent."""
        ...


class ReaderEventKind(Enum):
    """What a reader monitor reports."""

    READER_ADDED = "reader-added"
    READER_REMOVED = "reader-removed"
    CARD_INSERTED = "card-inserted"
    CARD_REMOVED = "card-removed"
    SERVICE_LOST = "service-lost"


@dataclass(frozen=True)
class ReaderEvent:
    """One change seen by a monitor. ``atr`` is set on CARD_INSERTED."""

    kind: ReaderEventKind
    reader: str
    atr: bytes = b""
