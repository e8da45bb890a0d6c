"""Store fixtures: an opened store on each database (``tests/database_fixtures.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.store.db import open_store
from kiosk.store.repositories import SqlReceptionStore


@pytest.fixture
def store(store_url: str) -> Iterator[SqlReceptionStore]:
    opened = open_store(store_url)
    yield opened
    opened.close()
