"""The card slot port: where cards come and go (design "Shape": ports are typing.Protocols).

``drivers.pcsc.PcscCardSlot`` watches a PC/SC reader; ``simulators.card.slot.VirtualCardSlot``
holds a virtual card the simulator panel inserts and removes. Both report
:class:`~kiosk.card.connection.ReaderEvent`s and hand out connections.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from kiosk.card.connection import CardConnection, ReaderEvent


class CardSlot(Protocol):
    """A place a resident puts a card."""

    def subscribe(self, callback: Callable[[ReaderEvent], None]) -> None:
        """Call ``callback`` (from any thread) on reader and card events."""
        ...

    def connect(self) -> CardConnection:
        """Connect to the card now in the slot.

        :raises kiosk.card.errors.NoCardError: the slot is empty.
        """
        ...

    def start(self) -> None:
        """Begin watching (idempotent)."""
        ...

    def stop(self) -> None:
        """Stop watching and release everything."""
        ...
