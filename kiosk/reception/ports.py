"""Ports the reception flow writes through (issue 4 §3, §4). Implementations: ``kiosk.store``
(SQLAlchemy; SQLite or PostgreSQL) and ``kiosk.handoff`` (result files for the clinic system)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
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
    head_hash: str | None = None  # the newest event's hash when the chain is intact (keep it elsewhere)


class ReceptionStore(Protocol):
    """Durable records of receptions. Each call is one transaction: all of it or nothing."""

    def record_result(self, result: ReceptionResult, outgoing: OutgoingResult | None = None) -> None:
        """Store the session, its consents, a registration made during it, the audit events, and
        the rendered result to deliver (the outbox), all in one transaction."""
        ...

    def pending_results(self, limit: int = 100) -> list[OutgoingResult]:
        """Results stored but not yet delivered, oldest first."""
        ...

    def mark_delivered(self, file_id: str, terminal_id: str) -> None:
        """Both files of ``file_id`` are on the share: empty its documents and audit it."""
        ...

    def note_delivery_failure(self, file_id: str, code: str) -> None:
        """A delivery attempt failed with error ``code``; the result stays pending."""
        ...

    def record_failure(self, failure: ReceptionFailure, outgoing: OutgoingResult | None = None) -> None:
        """Store a session that ended without a result, with its failure code, and audit it; with
        ``outgoing``, the "unconfirmed" result for the clinic system in the same transaction."""
        ...

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        """Append one event to the hash-chained audit log. ``data`` must hold no personal data."""
        ...

    def verify_audit(self) -> AuditReport:
        """Recompute the chain from the first event."""
        ...


@dataclass(frozen=True)
class OutgoingResult:
    """A completed visit's result documents, exactly as the clinic system receives them."""

    file_id: str
    xml: bytes = field(repr=False)
    json: bytes = field(repr=False)


@dataclass(frozen=True)
class DeliveredFiles:
    xml: Path
    json: Path


class ResultSink(Protocol):
    """Hands a completed reception to the clinic system."""

    def render_unconfirmed(self, failure: ReceptionFailure, institution_code: str) -> OutgoingResult:
        """The documents telling the clinic system a verified resident's qualification is unconfirmed."""
        ...

    def render(self, result: ReceptionResult) -> OutgoingResult:
        """The result's documents (XML and JSON) as they will be written.

        :raises kiosk.handoff.errors.HandoffError: the result cannot be rendered.
        """
        ...

    def remove_stale_temp_files(self, file_id_prefix: str) -> list[str]:
        """Remove temp files a crash left mid-write for file ids with this prefix; their names."""
        ...

    def write(self, outgoing: OutgoingResult) -> DeliveredFiles:
        """Write the documents, each atomically (never a half-written file); writing the same
        documents again is a no-op.

        :raises kiosk.handoff.errors.HandoffError: folder missing, full or read-only; nothing was
            left behind and the caller keeps the documents.
        """
        ...


class StaffCalls(Protocol):
    """Where a resident's 「係員を呼ぶ」 reaches the clinic's staff (``kiosk.handoff.staff_calls``:
    a small JSON file beside the results, which the clinic system can watch)."""

    def call(self, terminal_id: str, at: datetime, screen: str) -> None:
        """Announce that the resident at ``terminal_id`` asked for staff at ``at`` on ``screen``.

        :raises kiosk.handoff.errors.HandoffError: the folder refused the file.
        """
        ...


class Outbox(Protocol):
    """Results on their way to the clinic system (``kiosk.handoff.outbox.ResultOutbox``): rendered,
    sealed for the database (committed with the visit), then delivered — now or on a later round."""

    def render(self, result: ReceptionResult) -> OutgoingResult:
        """The result's documents.

        :raises kiosk.handoff.errors.HandoffError: the result cannot be rendered.
        """
        ...

    def render_unconfirmed(self, failure: ReceptionFailure, institution_code: str) -> OutgoingResult:
        """The documents telling the clinic system a verified resident's qualification is unconfirmed."""
        ...

    def seal(self, outgoing: OutgoingResult) -> OutgoingResult:
        """The documents as the database keeps them until they are delivered."""
        ...

    def deliver(self, outgoing: OutgoingResult) -> DeliveredFiles | None:
        """Put the documents on the share and mark them delivered; None when the share refused
        (they stay pending for the next round)."""
        ...
