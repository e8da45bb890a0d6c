"""The virtual My Number Card (spec §4, §10) and its in-process connection."""

from simulators.card.card import VirtualMyNumberCard
from simulators.card.connection import VirtualCardConnection
from simulators.card.personalise import card_for

__all__ = ["VirtualCardConnection", "VirtualMyNumberCard", "card_for"]
