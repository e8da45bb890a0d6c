"""Domain errors shared by every layer.

Every error a resident can meet is a :class:`KioskError` with a stable ``code``; ``kiosk.messages``
maps each code to plain Japanese that names the next step. Technical detail (status words, reader
names) goes in ``detail`` for the log and is never shown to a resident.
"""

from __future__ import annotations


class KioskError(Exception):
    """Base class of all domain errors. ``code`` is stable and never reused for another meaning."""

    code = "KIOSK_ERROR"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


def all_error_classes() -> list[type[KioskError]]:
    """Every concrete :class:`KioskError` subclass defined so far (for message coverage tests)."""
    seen: list[type[KioskError]] = []
    stack = [KioskError]
    while stack:
        cls = stack.pop()
        seen.append(cls)
        stack.extend(cls.__subclasses__())
    return seen
