"""What the simulator control panel drives: which resident's card is on the reader."""

from __future__ import annotations

from datetime import date

from simulators.card.slot import VirtualCardSlot
from simulators.residents import all_residents


class SimulatorControls:
    """Intents of the simulator panel, over a :class:`VirtualCardSlot`."""

    def __init__(self, slot: VirtualCardSlot) -> None:
        self.slot = slot

    def residents(self) -> list[tuple[str, str]]:
        """``(id, label)`` for every synthetic resident, label without personal data beyond the
        synthetic name."""
        today = date.today()
        return [(r.id, f"{r.id} {r.name} ({r.age(today)}) {' '.join(r.tags)}") for r in all_residents(today)]

    def insert(self, resident_id: str) -> None:
        self.slot.insert_resident(resident_id)

    def remove(self) -> None:
        self.slot.remove()
