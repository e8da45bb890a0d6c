"""In-process :class:`~kiosk.card.connection.CardConnection` to a virtual card."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from kiosk.card.errors import CardRemovedError, NoCardError
from simulators.card.card import VirtualMyNumberCard


class VirtualCardConnection:
    """Talks to a :class:`VirtualMyNumberCard` directly, with the same errors as a reader.

    :param card: the card; :meth:`remove` simulates pulling it out.
    """

    reader = "Myna Kiosk virtual reader"
    extended_length = True
    # The virtual card takes first PINs in the clear (RESET RETRY COUNTER, simulators.card.card);
    # kiosk.card.issuance.issuance_for reads this capability. Real cards need J-LIS's channel.
    supports_initial_pin = True

    def __init__(self, card: VirtualMyNumberCard) -> None:
        self.card: VirtualMyNumberCard | None = card
        self.atr = card.atr if card.powered else card.power_on()
        self._lock = threading.RLock()

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        card = self.card
        if card is None:
            raise CardRemovedError("virtual card removed")
        response = card.process(bytes(apdu))
        return response[:-2], int.from_bytes(response[-2:], "big")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            if self.card is None:
                raise NoCardError("no virtual card")
            yield

    def remove(self) -> None:
        """Pull the card out: the next command fails with :class:`CardRemovedError`."""
        if self.card is not None:
            self.card.power_off()
        self.card = None

    def close(self) -> None:
        """Disconnect and reset the card, like the PC/SC driver (no verified state survives)."""
        if self.card is not None:
            self.card.reset()
        self.card = None
