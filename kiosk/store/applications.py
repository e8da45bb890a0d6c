"""``SqlApplicationQueue``: the handover queue imported from the municipality's own system (issue 17
§1), as the counter's ``CardManagementService`` port (``kiosk.counter.applications``) on the store.

Import (:meth:`SqlApplicationQueue.import_batch`) takes a file already validated by
``kiosk.counter.import_file`` and, in **one transaction** with its audit event:

- inserts the applications it does not hold yet;
- leaves alone rows it holds with the same content (re-importing a file is a no-op);
- moves ``applied`` to ``card-ready`` when the file says the card has arrived;
- refuses, with the file's line (CSV) or index (JSON), a row whose personal fields differ or whose
  status would go back from ``card-ready`` to ``applied`` — unless ``update=True``; and always a
  row whose card was already handed over or returned and whose personal fields differ (the counter's
  record stands). A row for such an application that only repeats what was imported is unchanged.
- fills in the issuance dates a row gives (``kiosk.counter.import_file.IssuanceDates``; migration
  0005) for any status, keeps stored dates a row leaves out, and refuses a row whose date differs
  from a stored one (unless ``update=True``) or would put the dates out of order.

Any refused row and nothing is written. The audit event holds counts and the file's SHA-256 only.

:meth:`~SqlApplicationQueue.mark_handed_over` is one conditional update, so of two desks racing on
the same application exactly one wins, across processes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.orm import Session

from kiosk.card.kenhojo import Sex
from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter.applications import (
    Application,
    ApplicationStatus,
    UnknownApplicationError,
    may_hand_over,
    may_return,
    normalise_application_id,
)
from kiosk.counter.import_file import (
    ApplicationImportError,
    ImportBatch,
    ImportedApplication,
    ImportSummary,
    IssuanceDates,
    LineError,
)
from kiosk.store import audit
from kiosk.store.db import open_engine
from kiosk.store.models import ApplicationRow, Base
from kiosk.store.repositories import SqlStore
from kiosk.store.retry import DEFAULT_POLICY, RetryPolicy

__all__ = ["QueuedApplication", "SqlApplicationQueue", "open_application_queue"]

logger = logging.getLogger(__name__)

DESK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
OPEN_STATUSES = (ApplicationStatus.APPLIED.value, ApplicationStatus.CARD_READY.value)
_CHUNK = 500  # ids per IN (...) look-up: well below SQLite's parameter limit

#: The ``applications`` table for Core statements on its issuance dates (migration 0005): the
#: seed-004 numbers ①②③ of ``kiosk.store.monthly`` are counted on them.
ISSUANCE_DATES = Base.metadata.tables[ApplicationRow.__tablename__]


@dataclass(frozen=True)
class QueuedApplication:
    """A stored application with what the port's :class:`Application` leaves out (for staff lists)."""

    application: Application
    name_kana: str
    desk_id: str | None
    imported_at: datetime
    source_digest: str


def open_application_queue(url: str | None = None, policy: RetryPolicy = DEFAULT_POLICY) -> SqlApplicationQueue:
    """The imported queue at ``url`` (see ``kiosk.store.db.database_url``), migrated to the newest schema.

    :raises StoreUnavailableError: the database cannot be reached or stays locked.
    """
    return SqlApplicationQueue(open_engine(url, policy), policy)


class SqlApplicationQueue(SqlStore):
    """:class:`~kiosk.counter.applications.CardManagementService` over the ``applications`` table.

    :param engine: from ``kiosk.store.db.open_engine`` (or use :func:`open_application_queue`).
    :param clock: the current time (aware), for ``imported_at``.
    """

    def __init__(self, engine: Engine, policy: RetryPolicy = DEFAULT_POLICY,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK.now) -> None:
        super().__init__(engine, policy)
        self._clock = clock

    # --- the port ---------------------------------------------------------------------------------

    def find(self, application_id: str) -> Application:
        """:raises UnknownApplicationError: no such application.
        :raises ApplicationIdError: ``application_id`` is not a valid 申請書ID at all."""
        return self._one(normalise_application_id(application_id)).application

    def queue(self, status: ApplicationStatus | None = None) -> list[Application]:
        return [entry.application for entry in self.entries(status)]

    def mark_handed_over(self, application_id: str, desk_id: str) -> None:
        key = normalise_application_id(application_id)
        _check_desk(desk_id)

        def work(session: Session) -> None:
            won = session.execute(
                update(ApplicationRow)
                .where(ApplicationRow.application_id == key,
                       ApplicationRow.status == ApplicationStatus.CARD_READY.value)
                .values(status=ApplicationStatus.HANDED_OVER.value, desk_id=desk_id))
            if won.rowcount == 1:  # type: ignore[attr-defined]
                return
            row = session.get(ApplicationRow, key)
            if row is None:
                raise UnknownApplicationError(f"{key}: no such application")
            may_hand_over(key, ApplicationStatus(row.status), row.desk_id, desk_id)  # raises unless a retry
        self._transaction(work)

    def mark_returned(self, application_id: str, desk_id: str) -> None:
        key = normalise_application_id(application_id)
        _check_desk(desk_id)

        def work(session: Session) -> None:
            row = session.scalar(select(ApplicationRow).where(ApplicationRow.application_id == key)
                                 .with_for_update())
            if row is None:
                raise UnknownApplicationError(f"{key}: no such application")
            if may_return(key, ApplicationStatus(row.status)):
                row.status, row.desk_id = ApplicationStatus.RETURNED.value, desk_id
                audit.append(session, audit.APPLICATIONS_RETURNED, desk_id, {"application_id": key})
        self._transaction(work)

    # --- for staff --------------------------------------------------------------------------------

    def entries(self, status: ApplicationStatus | None = None) -> list[QueuedApplication]:
        """Applications, all or with ``status``, by 申請書ID, with kana, desk and import details."""
        def work(session: Session) -> list[QueuedApplication]:
            query = select(ApplicationRow).order_by(ApplicationRow.application_id)
            if status is not None:
                query = query.where(ApplicationRow.status == status.value)
            return [_entry(row) for row in session.scalars(query)]
        return self._snapshot(work)

    def desk_of(self, application_id: str) -> str | None:
        """The desk that handed the card over or took it back, if any."""
        return self._one(normalise_application_id(application_id)).desk_id

    def _one(self, key: str) -> QueuedApplication:
        def work(session: Session) -> QueuedApplication | None:
            row = session.get(ApplicationRow, key)
            return None if row is None else _entry(row)
        found = self._snapshot(work)
        if found is None:
            raise UnknownApplicationError(f"{key}: no such application")
        return found

    # --- import -----------------------------------------------------------------------------------

    def import_batch(self, batch: ImportBatch, terminal_id: str, *, update: bool = False,
                     dry_run: bool = False) -> ImportSummary:
        """Bring the queue in line with ``batch`` (see the module's description), all or nothing.

        :param terminal_id: where the import ran (the audit event's terminal).
        :param update: accept rows whose content differs from a stored application still waiting
            (``applied`` / ``card-ready``).
        :param dry_run: check everything and count, write nothing.
        :raises ApplicationImportError: rows that conflict with what is stored (with their places).
        :raises StoreUnavailableError | StoreError: nothing was written.
        """
        if dry_run:
            planned = self._snapshot(lambda session: _plan(session, batch, update))
            return ImportSummary(len(planned.inserts), planned.updated, planned.unchanged, batch.digest, dry_run=True)

        def work(session: Session) -> ImportSummary:
            plan = _plan(session, batch, update, lock=True)
            now = self._clock()
            for item in plan.inserts:
                session.add(_new_row(item, now, batch.digest))
            for item, row in plan.updates:
                _write(row, item, now, batch.digest)
            for row in plan.dated:  # only the dates change: the rest of the row stands
                row.imported_at, row.source_digest = now, batch.digest
            session.flush()
            _write_dates(session, plan.dates)
            audit.append(session, audit.APPLICATIONS_IMPORTED, terminal_id, {
                "inserted": str(len(plan.inserts)), "updated": str(plan.updated), "unchanged": str(plan.unchanged),
                "source_digest": batch.digest})
            return ImportSummary(len(plan.inserts), plan.updated, plan.unchanged, batch.digest)
        summary = self._transaction(work)
        logger.info("applications imported: %d new, %d updated, %d unchanged (file %s)",
                    summary.inserted, summary.updated, summary.unchanged, summary.digest[:12])
        return summary


# --- helpers ---------------------------------------------------------------------------------------

@dataclass
class _Plan:
    """What importing a batch means against the stored rows."""

    inserts: list[ImportedApplication] = field(default_factory=list)
    updates: list[tuple[ImportedApplication, ApplicationRow]] = field(default_factory=list)
    dated: list[ApplicationRow] = field(default_factory=list)  # rows whose dates alone change
    dates: dict[str, IssuanceDates] = field(default_factory=dict)  # application id -> dates to store
    unchanged: int = 0

    @property
    def updated(self) -> int:
        return len(self.updates) + len(self.dated)


def _plan(session: Session, batch: ImportBatch, update: bool, *, lock: bool = False) -> _Plan:
    """What importing ``batch`` means against the stored rows (see the module's description).

    :raises ApplicationImportError: conflicting rows (every one of them)."""
    ids = [row.application_id for row in batch.rows]
    stored = _stored(session, ids, lock)
    stored_dates = _stored_dates(session, [key for key in ids if key in stored])
    plan = _Plan()
    problems: list[LineError] = []

    def refuse(item: ImportedApplication, message: str) -> None:
        problems.append(LineError(batch.unit, item.where, None, message))

    for item in batch.rows:
        row = stored.get(item.application_id)
        if row is None:
            plan.inserts.append(item)
            if item.dates != IssuanceDates():
                plan.dates[item.application_id] = item.dates
            continue
        same_person = _personal(row) == item.personal()
        before = stored_dates.get(item.application_id, IssuanceDates())
        dates = item.dates.over(before)
        if row.status not in OPEN_STATUSES and not same_person:  # the counter's record stands
            refuse(item, f"differs from the stored application, whose card is already {row.status}: "
                         "not changed by an import")
            continue
        same = row.status not in OPEN_STATUSES or (same_person and row.status == item.status.value)
        if not same and not (update or (same_person and row.status == ApplicationStatus.APPLIED.value)):
            what = "goes back from card-ready to applied" if same_person else "differs from the stored application"
            refuse(item, f"{what} (import with --update to change it)")
            continue
        if item.dates.changes(before) and not update:
            refuse(item, "an issuance date differs from the stored one (import with --update to change it)")
            continue
        if not dates.in_order():
            refuse(item, "its issuance dates and the stored ones are out of order")
            continue
        if dates != before:
            plan.dates[item.application_id] = dates
        if not same:
            plan.updates.append((item, row))  # with update, or the card has arrived
        elif dates != before:
            plan.dated.append(row)
        else:
            plan.unchanged += 1
    if problems:
        raise ApplicationImportError(tuple(problems))
    return plan


def _stored(session: Session, ids: Sequence[str], lock: bool) -> dict[str, ApplicationRow]:
    found: dict[str, ApplicationRow] = {}
    for start in range(0, len(ids), _CHUNK):
        query = select(ApplicationRow).where(ApplicationRow.application_id.in_(ids[start:start + _CHUNK]))
        if lock:
            query = query.with_for_update()
        found.update((row.application_id, row) for row in session.scalars(query))
    return found


def _stored_dates(session: Session, ids: Sequence[str]) -> dict[str, IssuanceDates]:
    """The stored issuance dates of ``ids`` that have any."""
    found: dict[str, IssuanceDates] = {}
    dates = ISSUANCE_DATES.c
    for start in range(0, len(ids), _CHUNK):
        query = (select(dates.application_id, dates.received_on, dates.preissuance_set_on, dates.notice_sent_on)
                 .where(dates.application_id.in_(ids[start:start + _CHUNK])))
        found.update((key, IssuanceDates(*values)) for key, *values in session.execute(query))
    return {key: value for key, value in found.items() if value != IssuanceDates()}


def _write_dates(session: Session, dates: dict[str, IssuanceDates]) -> None:
    """Store ``dates`` on their (flushed) rows, in one executemany."""
    if not dates:
        return
    statement = (update(ISSUANCE_DATES).where(ISSUANCE_DATES.c.application_id == bindparam("key"))
                 .values(received_on=bindparam("received"), preissuance_set_on=bindparam("set"),
                         notice_sent_on=bindparam("sent")))
    session.execute(statement, [{"key": key, "received": value.received_on, "set": value.preissuance_set_on,
                                 "sent": value.notice_sent_on} for key, value in dates.items()])


def _personal(row: ApplicationRow) -> tuple[object, ...]:
    return (row.name, row.name_kana, row.birth_date, row.address, Sex(row.sex), row.face_card)


def _new_row(item: ImportedApplication, now: datetime, digest: str) -> ApplicationRow:
    row = ApplicationRow(application_id=item.application_id, desk_id=None)
    _write(row, item, now, digest)
    return row


def _write(row: ApplicationRow, item: ImportedApplication, now: datetime, digest: str) -> None:
    row.name, row.name_kana, row.birth_date = item.name, item.name_kana, item.birth_date
    row.address, row.sex, row.face_card = item.address, item.sex.value, item.face_card
    row.status, row.imported_at, row.source_digest = item.status.value, now, digest


def _application(row: ApplicationRow) -> Application:
    return Application(application_id=row.application_id, name=row.name, address=row.address,
                       birth_date=row.birth_date, sex=Sex(row.sex), status=ApplicationStatus(row.status),
                       face_card_chosen=row.face_card)


def _entry(row: ApplicationRow) -> QueuedApplication:
    return QueuedApplication(_application(row), row.name_kana, row.desk_id, row.imported_at, row.source_digest)


def _check_desk(desk_id: str) -> None:
    if not DESK_ID.fullmatch(desk_id):
        raise ValueError("desk id must be 1-64 letters, digits, '.', '_' or '-'")
