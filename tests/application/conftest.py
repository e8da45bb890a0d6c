"""Fixtures for the application-support tests: the shared face photos (read in place; skipped with
the reason where absent), one face engine for the module, and an in-memory audit log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from kiosk.face.engine import FaceEngine
from kiosk.images import load_image
from kiosk.store.audit import check_event
from simulators.fixtures import faces_dir


@pytest.fixture(scope="session")
def faces() -> Path:
    folder = faces_dir()
    if not (folder / "obama_1.jpg").is_file():
        pytest.skip(f"shared face fixtures not found at {folder} (set MYNA_FACE_FIXTURES)")
    return folder


@pytest.fixture(scope="session")
def photo(faces: Path) -> Callable[[str], np.ndarray]:
    """RGB array of a shared fixture by file name (a fresh copy each time)."""
    return lambda name: load_image(faces / name)


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
