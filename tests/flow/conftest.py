"""A reception flow on the in-process virtual card with fake services, inline effects."""

from __future__ import annotations

import pytest
from flow_fakes import Kiosk, build_kiosk


@pytest.fixture
def kiosk() -> Kiosk:
    return build_kiosk()
