"""A short bounded retry around one database transaction (product.md "Lines we never cross" 7)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

from kiosk.store.errors import StoreUnavailableError, store_error

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """``pauses``: seconds slept before each retry (so at most ``len(pauses) + 1`` attempts);
    ``lock_timeout``: seconds one attempt waits for a lock (SQLite busy timeout, PostgreSQL
    ``lock_timeout``). Worst case before giving up: about 3 × 2 s + 0.25 s."""

    pauses: tuple[float, ...] = (0.05, 0.2)
    lock_timeout: float = 2.0


DEFAULT_POLICY = RetryPolicy()


def retrying(policy: RetryPolicy, attempt: Callable[[], T]) -> T:
    """Run ``attempt`` (one whole transaction) until it succeeds, retrying while the database is
    unavailable.

    :raises StoreUnavailableError: still unavailable after the last pause.
    :raises StoreError: the database refused the transaction (not retried).
    """
    for pause in policy.pauses:
        try:
            return attempt()
        except DBAPIError as exc:
            error = store_error(exc)
            if not isinstance(error, StoreUnavailableError):
                raise error from exc
            logger.warning("store unavailable (%s); retrying in %.2f s", error.detail, pause)
            time.sleep(pause)
    try:
        return attempt()
    except DBAPIError as exc:
        raise store_error(exc) from exc
