"""``SqlReceptionStore``: the reception port (``kiosk.reception.ports.ReceptionStore``) on SQLAlchemy,
and ``SqlStore``, the engine / session / bounded-retry transaction base it shares with the counter's
repositories (``kiosk.store.counter``, ``kiosk.store.staff``).

Every call is one transaction with its audit events (product.md "Lines we never cross" 6, 7): a
reception, its consents, its registration and their audit events are all written or none is. A
transaction that fails before its commit is retried briefly (``kiosk.store.retry``); one whose
commit was interrupted is not, because it may have been committed — :meth:`record_result` can then be
called again with the same result (a ``file_id`` already stored is not written twice).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import SYSTEM_CLOCK
from kiosk.reception.model import ReceptionFailure, ReceptionResult
from kiosk.reception.ports import AuditReport, OutgoingResult
from kiosk.store import audit
from kiosk.store.errors import store_error
from kiosk.store.models import AuditEvent, ConsentRecord, OutboxEntry, ReceptionVisit, Registration
from kiosk.store.retry import DEFAULT_POLICY, RetryPolicy, retrying

logger = logging.getLogger(__name__)

HEX_HASH = re.compile(r"[0-9a-f]{64}")
# Execution option of a read-only transaction that needs one consistent snapshot (verify_audit):
# SQLite then begins DEFERRED instead of IMMEDIATE (kiosk.store.db), so it never blocks a desk.
SNAPSHOT = "kiosk_snapshot"
T = TypeVar("T")


class SqlStore:
    """What every repository of the store shares: the engine, a session factory, one transaction per
    call with the bounded retry, consistent read snapshots, and the audit chain.

    :param engine: from ``kiosk.store.db.make_engine`` (``kiosk.store.db.open_engine`` migrates it).
    :param policy: bounded retry while the database is locked or unreachable.
    """

    def __init__(self, engine: Engine, policy: RetryPolicy = DEFAULT_POLICY) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._policy = policy

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        """Append one event to the hash chain in its own transaction.

        :raises ValueError: a key or value outside the whitelist (``kiosk.store.audit``).
        :raises StoreUnavailableError | StoreError: nothing was written.
        """
        self._transaction(lambda session: audit.append(session, event, terminal_id, data))

    def newest_event_at(self) -> datetime | None:
        """When the newest audit event was written (None: no event yet): a clock behind it is wrong."""
        return self._snapshot(lambda session: session.scalar(select(func.max(AuditEvent.at))))

    def verify_audit(self, expected_head: str | None = None) -> AuditReport:
        """Recompute the chain from the first event (``kiosk.store.audit.verify``); with
        ``expected_head``, a head hash kept elsewhere must still be in the chain."""
        return self._snapshot(lambda session: audit.verify(session, expected_head))

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def _transaction(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction and commit; retried while the database is unavailable,
        never after an interrupted commit. An exception from ``work`` rolls everything back."""
        def attempt() -> T:
            with self._sessions() as session:
                result = work(session)
                session.flush()
                try:
                    session.commit()
                except DBAPIError as exc:  # outcome unknown: must not be retried blindly
                    raise store_error(exc) from exc
                return result
        return retrying(self._policy, attempt)

    def _snapshot(self, work: Callable[[Session], T]) -> T:
        """Run read-only ``work`` on one consistent snapshot that never waits for a writing desk."""
        options: dict[str, object] = {SNAPSHOT: True}
        if self._engine.dialect.name == "postgresql":
            options["isolation_level"] = "REPEATABLE READ"  # e.g. events and head from one snapshot

        def attempt() -> T:
            with self._sessions() as session:
                session.connection(execution_options=options)
                return work(session)
        return retrying(self._policy, attempt)


class SqlReceptionStore(SqlStore):
    """Durable reception records in a migrated database (use ``kiosk.store.db.open_store``).

    :param engine: from ``kiosk.store.db.make_engine``.
    :param policy: bounded retry while the database is locked or unreachable.
    """

    def record_result(self, result: ReceptionResult, outgoing: OutgoingResult | None = None) -> None:
        """Store the session, its consents, a registration made during it, their audit events and,
        with ``outgoing``, the result documents to deliver (the outbox) — all or nothing.

        The registration's idempotency key is the ``file_id``: one reception, one registration.

        :raises StoreUnavailableError | StoreError: nothing was written.
        :raises ValueError: a field the store refuses (e.g. a ``cert_hash`` that is not a hash).
        """
        _check_hash(result.cert_hash)
        check_aware(result.processed_at, *(t for c in result.consents for t in (c.at, c.expires)))
        if outgoing is not None and outgoing.file_id != result.file_id:
            raise ValueError("the outgoing documents belong to another result")
        self._transaction(lambda session: self._write_result(session, result, outgoing))

    def pending_results(self, limit: int = 100) -> list[OutgoingResult]:
        """Results stored but not yet on the share, oldest first."""
        def work(session: Session) -> list[OutgoingResult]:
            rows = session.scalars(select(OutboxEntry).where(OutboxEntry.delivered_at.is_(None))
                                   .order_by(OutboxEntry.id).limit(limit))
            return [OutgoingResult(row.file_id, row.xml or b"", row.json or b"") for row in rows]
        return self._snapshot(work)

    def outbox_status(self) -> list[dict[str, object]]:
        """Every undelivered result for staff: file id, since when, attempts, the last error code."""
        def work(session: Session) -> list[dict[str, object]]:
            rows = session.scalars(select(OutboxEntry).where(OutboxEntry.delivered_at.is_(None))
                                   .order_by(OutboxEntry.id))
            return [{"file_id": row.file_id, "since": row.created_at.isoformat(), "attempts": row.attempts,
                     "last_error": row.last_error} for row in rows]
        return self._snapshot(work)

    def mark_delivered(self, file_id: str, terminal_id: str) -> None:
        """Both files of ``file_id`` are on the share: empty its documents, note when, audit it.
        Marking a delivered result again changes nothing."""
        def work(session: Session) -> None:
            row = session.scalar(select(OutboxEntry).where(OutboxEntry.file_id == file_id).with_for_update())
            if row is None or row.delivered_at is not None:
                return
            row.delivered_at, row.xml, row.json = SYSTEM_CLOCK.now(), None, None
            audit.append(session, audit.RESULT_DELIVERED, terminal_id, {"file_id": file_id})
        self._transaction(work)

    def note_delivery_failure(self, file_id: str, code: str) -> None:
        """One more failed delivery attempt of ``file_id``, with its error code."""
        def work(session: Session) -> None:
            row = session.scalar(select(OutboxEntry).where(OutboxEntry.file_id == file_id).with_for_update())
            if row is not None and row.delivered_at is None:
                row.attempts, row.last_error = row.attempts + 1, code[:64]
        self._transaction(work)

    def record_failure(self, failure: ReceptionFailure, outgoing: OutgoingResult | None = None) -> None:
        """Store a session that ended without a result; ``details`` go into its audit event and
        must pass the audit whitelist. With ``outgoing`` (sealed "unconfirmed" documents named by
        ``failure.file_id``) the clinic system's result waits in the outbox, in the same transaction.

        :raises StoreUnavailableError | StoreError: nothing was written.
        :raises ValueError: ``details`` or another field outside the whitelist.
        """
        if failure.cert_hash is not None:
            _check_hash(failure.cert_hash)
        check_aware(failure.started_at, failure.ended_at)
        if outgoing is not None and outgoing.file_id != failure.file_id:
            raise ValueError("the outgoing documents belong to another visit")
        self._transaction(lambda session: self._write_failure(session, failure, outgoing))

    def _write_result(self, session: Session, result: ReceptionResult, outgoing: OutgoingResult | None) -> None:
        if _stored(session, result.file_id):
            logger.info("reception %s already stored; not written again", result.file_id)
            return
        row = ReceptionVisit(
            file_id=result.file_id, terminal_id=result.terminal_id, started_at=result.started_at,
            ended_at=result.processed_at, method=result.method.value, outcome="completed",
            cert_hash=result.cert_hash, validity=result.answer.validity.value)
        session.add(row)
        session.flush()
        session.add_all(ConsentRecord(
            session_id=row.id, item=c.item.value, agreed=c.agreed, at=c.at, expires_at=c.expires,
            terminal_id=c.terminal_id, method=c.method.value) for c in result.consents)
        if result.registration is not None:
            session.add(Registration(session_id=row.id, cert_hash=result.cert_hash,
                                     registered_at=result.registration.registered_at,
                                     idempotency_key=result.registration.idempotency_key))
        _add_to_outbox(session, outgoing, result.processed_at)
        session.flush()  # constraint violations surface here, before the chain head is locked
        ids = {"session_id": str(row.id), "file_id": result.file_id}
        audit.append(session, audit.RECEPTION_COMPLETED, result.terminal_id,
                     {**ids, "method": result.method.value, "validity": result.answer.validity.value})
        for consent in result.consents:
            audit.append(session, audit.CONSENT_RECORDED, consent.terminal_id,
                         {**ids, "item": consent.item.value, "agreed": str(consent.agreed).lower(),
                          "method": consent.method.value})
        if result.registered_now:
            audit.append(session, audit.REGISTRATION_RECORDED, result.terminal_id, ids)

    @staticmethod
    def _write_failure(session: Session, failure: ReceptionFailure, outgoing: OutgoingResult | None) -> None:
        if failure.file_id and _stored(session, failure.file_id):
            return  # recorded already (an interrupted commit asked again)
        method = failure.method.value if failure.method else None
        row = ReceptionVisit(
            file_id=failure.file_id, terminal_id=failure.terminal_id, started_at=failure.started_at,
            ended_at=failure.ended_at, method=method, outcome="failed", failure_code=failure.failure_code,
            cert_hash=failure.cert_hash)
        session.add(row)
        session.flush()
        _add_to_outbox(session, outgoing, failure.ended_at)
        session.flush()
        data = {**failure.details, "session_id": str(row.id), "failure_code": failure.failure_code}
        if method:
            data["method"] = method
        audit.append(session, audit.RECEPTION_FAILED, failure.terminal_id, data)


def _add_to_outbox(session: Session, outgoing: OutgoingResult | None, at: datetime) -> None:
    """The visit's sealed result documents, waiting for delivery (none: nothing for the clinic)."""
    if outgoing is not None:
        session.add(OutboxEntry(file_id=outgoing.file_id, created_at=at, attempts=0, xml=outgoing.xml,
                                json=outgoing.json))


def _stored(session: Session, file_id: str) -> bool:
    """A visit with this ``file_id`` is stored already."""
    return session.scalar(select(ReceptionVisit.id).where(ReceptionVisit.file_id == file_id)) is not None


def _check_hash(value: str) -> None:
    """Only a keyed hash (``kiosk.secrets.cert_hash``) may stand for a certificate."""
    if not HEX_HASH.fullmatch(value):
        raise ValueError("cert_hash must be the 64-hex-digit keyed hash from kiosk.secrets.cert_hash")


def check_aware(*times: datetime) -> None:
    if any(t.tzinfo is None or t.utcoffset() is None for t in times):
        raise ValueError("the store needs timezone-aware timestamps")
