"""Shared fixtures: the system pcscd with vpcd, virtual cards served in-process or through PC/SC.

Tests that need pcscd start it themselves; where it cannot run they skip with the reason, except
under CI (``CI`` set), where the same condition fails the run: CI must exercise the PC/SC path.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from kiosk.card.errors import NoCardError
from kiosk.images import load_image
from simulators.card import VirtualCardConnection
from simulators.card.card import VirtualMyNumberCard
from simulators.fixtures import faces_dir
from simulators.residents import Resident, resident

# No test reads this machine's fleet settings or secrets in /etc/myna-kiosk (kiosk.settings):
# tests that need a system folder make one and name it.
os.environ["MYNA_KIOSK_SYSTEM_DIR"] = "/nonexistent/myna-kiosk-tests"

# SQLite and a throwaway PostgreSQL cluster, for every test directory.
pytest_plugins = ["database_fixtures"]


@pytest.hookimpl(tryfirst=True)  # before ``-m`` selects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test on the system pcscd is also marked ``alone``: ``make test`` runs those first, one
    at a time, then the rest in parallel (vpcd's slots are shared, and a virtual card answers pcscd
    in time only on a machine that is not busy with other tests)."""
    for item in items:  # the fixture by name, or a parameter that asks for it at run time
        if "pcscd" in getattr(item, "fixturenames", ()) or "pcscd" in item.nodeid:
            item.add_marker(pytest.mark.alone)


@pytest.fixture(scope="session")
def faces() -> Path:
    """The shared face photos, read in place (skipped with the reason where absent)."""
    folder = faces_dir()
    if not (folder / "obama_1.jpg").is_file():
        pytest.skip(f"shared face fixtures not found at {folder} (set MYNA_FACE_FIXTURES)")
    return folder


@pytest.fixture(scope="session")
def photo(faces: Path) -> Callable[[str], np.ndarray]:
    """RGB array of a shared fixture by file name (a fresh copy each time)."""
    return lambda name: load_image(faces / name)


@pytest.fixture
def time_zone() -> Iterator[Callable[[str], object]]:
    """Set the product's time zone for one test (``kiosk.clock``); the default comes back after."""
    from kiosk.clock import DEFAULT_TIME_ZONE, set_time_zone

    yield set_time_zone
    set_time_zone(DEFAULT_TIME_ZONE)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"pcscd is required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pcscd() -> Iterator[None]:
    """A running pcscd with the vpcd reader; started here (and stopped after) if needed."""
    from simulators.pcscd import PcscdUnavailable, ensure_pcscd, stop

    try:
        process = ensure_pcscd()
    except PcscdUnavailable as exc:
        _unavailable(str(exc))
    yield
    stop(process)


@pytest.fixture
def served_card(pcscd: None) -> Iterator[Callable[[VirtualMyNumberCard], object]]:
    """Factory: serve a card through vpcd + pcscd and return a connected PcscCardConnection."""
    from drivers.pcsc import PcscCardConnection
    from simulators.pcscd import VPCD_READER, wait_card_state
    from simulators.vpcd import VpcdBridge

    opened: list[tuple[VpcdBridge, PcscCardConnection]] = []

    def serve(card: VirtualMyNumberCard):
        bridge = VpcdBridge(card)
        bridge.insert()
        deadline = time.monotonic() + 10
        while True:
            try:
                connection = PcscCardConnection(VPCD_READER)
                break
            except NoCardError:
                if time.monotonic() > deadline:
                    bridge.remove()
                    raise
                time.sleep(0.02)
        opened.append((bridge, connection))
        return connection

    yield serve
    for bridge, connection in opened:
        connection.close()
        bridge.remove()
        wait_card_state(VPCD_READER, present=False)


@pytest.fixture(params=["in-process", "pcscd"])
def connect_card(request: pytest.FixtureRequest) -> Callable[[VirtualMyNumberCard], object]:
    """Factory giving a CardConnection to a virtual card, in-process or through the real PC/SC
    stack; conformance tests run against both."""
    if request.param == "in-process":
        return VirtualCardConnection
    return request.getfixturevalue("served_card")


@pytest.fixture
def person() -> Resident:
    """An ordinary resident with PINs, a signing certificate and a fixture-or-placeholder photo."""
    return resident("R002")
