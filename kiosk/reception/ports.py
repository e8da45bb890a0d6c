"""Ports the reception flow writes through (issue 4 §3, §4). Implementations: ``kiosk.store``
(SQLAlchemy; SQLite or PostgreSQL) and ``kiosk.handoff`` (result files for the clinic system)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.reception.model import ReceptionFailure, ReceptionResult


@dataclass(frozen=True)
class AuditReport:
    """Outcome of checking the audit hash chain."""

    ok: bool
    events: int
    first_bad_id: int | None = None
    problem: str = ""


class ReceptionStore(Protocol):
    """Durable records of receptions. Each call is one transaction: all of it or nothing."""

    def record_result(self, result: ReceptionResult) -> None:
        """Store the session, its consents, a registration made during it, and the audit events."""
        ...

    def record_failure(self, failure: ReceptionFailure) -> None:
        """Store a session that ended without a result, with its failure code, and audit it."""
        ...

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        """Append one event to the hash-chained audit log. ``data`` must hold no personal data."""
        ...

    def verify_audit(self) -> AuditReport:
        """Recompute the chain from the first event."""
        ...


@dataclass(frozen=True)
class DeliveredFiles:
    xml: Path
    json: Path


class ResultSink(Protocol):
    """Hands a completed reception to the clinic system."""

    def deliver(self, result: ReceptionResult) -> DeliveredFiles:
        """Write the result as XML and JSON, each atomically (never a half-written file).

        :raises kiosk.handoff.errors.HandoffError: folder missing, full or read-only; nothing was
            left behind and the caller keeps the result.
        """
        ...
