"""Cards put on a real desk reader, for scripted desks on the PC/SC path (issue 17 §1): each virtual
card is served through vsmartcard's vpcd to the system's pcscd, where ``drivers.pcsc.PcscCardSlot``
sees it like any card on a USB reader.

:class:`ServedCards` has the hands of :class:`~simulators.card.slot.VirtualCardSlot` (insert a
resident's new card, put a card back, take it away) and, like it, plays the card-face scanner
(``kiosk.card.visit.CollationSource``): it knows the 照合番号B printed on a synthetic resident's card.
"""

from __future__ import annotations

from collections.abc import Mapping

from simulators.card.card import VirtualMyNumberCard
from simulators.card.personalise import CardBuilder, card_for
from simulators.pcscd import VPCD_PORT, vpcd_reader, wait_card_state
from simulators.residents import resident
from simulators.vpcd import VpcdBridge


class ServedCards:
    """One vpcd slot (``port``) of the running pcscd; :attr:`reader` is its PC/SC name."""

    def __init__(self, port: int = VPCD_PORT) -> None:
        self.port = port
        self.reader = vpcd_reader(port)
        self._bridge: VpcdBridge | None = None
        self._collation_b: str | None = None
        self._collation_of: dict[int, str] = {}  # card id -> its 照合番号B

    def insert_resident(self, resident_id: str, *, issued: bool = True,
                        pins: Mapping[str, str] | None = None) -> VirtualMyNumberCard:
        """Serve a freshly personalised card of a synthetic resident (see
        :meth:`simulators.card.slot.VirtualCardSlot.insert_resident`); returns the card."""
        person = resident(resident_id)
        card = card_for(person, issued=issued, pins=pins)
        self._collation_of[id(card)] = CardBuilder(person).collation_b()
        self.insert(card)
        return card

    def insert(self, card: VirtualMyNumberCard) -> None:
        """Put ``card`` on the reader (taking away any card there) and wait until pcscd sees it."""
        self.remove()
        self._bridge = VpcdBridge(card, port=self.port)
        self._bridge.insert()
        self._collation_b = self._collation_of.get(id(card))
        wait_card_state(self.reader, present=True)

    def remove(self) -> None:
        """Take the card away and wait until pcscd has seen it go (vpcd reports presence by polling)."""
        if self._bridge is None:
            return
        self._bridge.remove()
        self._bridge, self._collation_b = None, None
        wait_card_state(self.reader, present=False)

    def collation_number_b(self) -> str | None:
        return self._collation_b

    def collation_problem(self) -> str:
        return "" if self._collation_b else "CARD_FACE_UNREADABLE"
