"""Store-layer domain errors (product.md "Lines we never cross" 7: a database that is locked or gone
gives the resident a clear next step, and nothing half-written is left behind).

``detail`` names the driver error class and SQLSTATE or SQLite message, never statement parameters.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from kiosk.errors import KioskError


class StoreError(KioskError):
    """The database refused a write (a constraint, a bug); the transaction was rolled back."""

    code = "STORE_ERROR"


class StoreUnavailableError(StoreError):
    """The database is locked, unreachable or failing after the bounded retries; the transaction was
    rolled back, or its commit was interrupted and its outcome is unknown (never retried then)."""

    code = "STORE_UNAVAILABLE"


def store_error(exc: DBAPIError) -> StoreError:
    """The domain error for a driver error: lock waits, lost connections, disk and server failures
    (and PostgreSQL serialization failures) are "unavailable", everything else is a refusal."""
    original = exc.orig
    sqlstate = getattr(original, "sqlstate", None)
    detail = f"{type(original).__name__} {sqlstate}" if sqlstate else f"{type(original).__name__}: {original}"
    unavailable = isinstance(exc, OperationalError | InterfaceError) or exc.connection_invalidated
    return (StoreUnavailableError if unavailable else StoreError)(detail)
