"""Fixtures for the application-support tests: the shared face photos (read in place; skipped with
the reason where absent), one face engine for the module, and an in-memory audit log."""

from __future__ import annotations

import pytest

from kiosk.face.engine import FaceEngine
from kiosk.store.audit import check_event


@pytest.fixture(scope="session")
def engine() -> FaceEngine:
    return FaceEngine()


class MemoryAudit:
    """The audit port in memory; every event is checked against the store's whitelist."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str, dict[str, str]]] = []

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        check_event(event, terminal_id, data)
        self.events.append((event, terminal_id, dict(data)))

    def names(self) -> list[str]:
        return [event for event, _, _ in self.events]


@pytest.fixture
def audit() -> MemoryAudit:
    return MemoryAudit()
