"""``SqlCounterStore``: handovers (交付) at the municipal counter, shared by every desk through one
database (product.md "The counter visit"; reception-and-counter-flows.md §B2–B4).

A handover attempt is a row of ``handovers`` that a desk *claims* for one 申請書ID, then ends once:

```
 claim ──► open ──record_identity_check──► open (decided) ──complete──► completed
              │                                       │
              └──────────── fail / release_stale ─────┴──────────────► failed (application free again)
```

- At most one open or completed row per application across all desks and processes: a unique
  partial index decides, so of two desks claiming at once exactly one commits and the other gets
  :class:`HandoverTakenError` naming the desk that has it (``AlreadyHandedOverError`` once that desk
  has completed; ``CLAIM_TAKEN`` catches both) — "the race lost cleanly", nothing written.
- :meth:`~SqlCounterStore.complete` needs the claim open and a ``confirmed`` identity decision; the
  row is locked (``FOR UPDATE``; SQLite serializes writers) so it completes at most once.
- Every call is one transaction with its audit event (``kiosk.store.audit``; the desk is the
  terminal). Data rows are written before the audit chain head is locked, always in that order, so
  desks cannot deadlock.

Nothing personal is stored: the 申請書ID (hyphenated), desk, staff, times, document codes, the face
similarity score, PIN kinds (never values), the card kind, whether the insurance registration was
made, failure codes.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.clock import SYSTEM_CLOCK, day_span, local
from kiosk.counter.records import (
    CLAIM_ABANDONED,
    DECISIONS,
    IDENTITY_DOCUMENTS,
    PIN_KINDS,
    AlreadyHandedOverError,
    ClaimClosedError,
    Counts,
    DayStatistics,
    Handover,
    HandoverTakenError,
    HourRow,
    IdentityCheck,
    IdentityNotConfirmedError,
    StaffInactiveError,
    StaffRow,
    check_application_id,
    documents_sufficient,
)
from kiosk.store import audit
from kiosk.store.db import open_engine
from kiosk.store.errors import StoreError
from kiosk.store.models import Handover as HandoverRow
from kiosk.store.models import IdentityCheckRecord, Staff
from kiosk.store.repositories import SqlStore, check_aware
from kiosk.store.retry import DEFAULT_POLICY, RetryPolicy
from kiosk.store.staff import StaffDirectory, active_member

__all__ = ["AlreadyHandedOverError", "ClaimClosedError", "HandoverTakenError", "IdentityNotConfirmedError",
           "SqlCounterStore", "StaffInactiveError", "open_counter_store"]

logger = logging.getLogger(__name__)

DESK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
FAILURE_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,63}")
STALE_AFTER = timedelta(hours=2)  # a visit takes about 30 minutes (§B2); a suggested release_stale age
_CLAIM_ATTEMPTS = 3


class _LostRace(Exception):
    """Our insert met another desk's row on the unique index: look again at who holds it."""


def open_counter_store(url: str | None = None, policy: RetryPolicy = DEFAULT_POLICY) -> SqlCounterStore:
    """The counter store at ``url`` (see ``kiosk.store.db.database_url``), migrated to the newest schema.

    :raises StoreUnavailableError: the database cannot be reached or stays locked.
    """
    return SqlCounterStore(open_engine(url, policy), policy)


class SqlCounterStore(SqlStore):
    """Handover records and the day's statistics; :attr:`staff` holds the accounts on the same engine.

    :param engine: from ``kiosk.store.db.open_engine`` (or use :func:`open_counter_store`).
    :param policy: bounded retry while the database is locked or unreachable.
    :param clock: the current time (aware), for :meth:`release_stale` and logins.
    """

    def __init__(self, engine: Engine, policy: RetryPolicy = DEFAULT_POLICY,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        super().__init__(engine, policy)
        self._clock = clock
        self.staff = StaffDirectory(engine, policy, clock)

    # --- a handover, step by step -----------------------------------------------------------------

    def claim(self, application_id: str, desk_id: str, staff_id: str, at: datetime) -> int:
        """Start handing over ``application_id`` at ``desk_id``: the claim id for the next steps.

        :param application_id: the canonical 申請書ID
            (``kiosk.counter.applications.normalise_application_id``).
        :raises HandoverTakenError: a desk is handing it over now (``desk_id``, ``staff_id``, ``since``).
        :raises AlreadyHandedOverError: its card was handed over already (``desk_id`` says where).
        :raises StaffInactiveError: ``staff_id`` is unknown or deactivated.
        :raises ValueError: a malformed id or a naive time.
        :raises StoreUnavailableError | StoreError: nothing was written.
        """
        application_id = check_application_id(application_id)
        _check_desk(desk_id)
        check_aware(at)
        for _ in range(_CLAIM_ATTEMPTS):
            try:
                return self._transaction(
                    lambda session: self._insert_claim(session, application_id, desk_id, staff_id, at))
            except _LostRace:
                logger.info("claim of %s at %s lost a race; checking who holds it", application_id, desk_id)
        raise StoreError(f"claim of {application_id} kept conflicting without a holder")

    def record_identity_check(self, claim_id: int, documents: Sequence[str], face_score: float | None,
                              decision: str, staff_id: str, at: datetime) -> None:
        """Record the staff's identity decision for an open claim (one per claim).

        :param documents: codes from ``kiosk.counter.records.IDENTITY_DOCUMENTS``; ``confirmed``
            needs one from list A or two from list B.
        :param face_score: the similarity the staff saw, 0–1; None when no comparison was made.
        :param decision: ``confirmed`` or ``refused`` (a refused claim can only :meth:`fail`).
        :param staff_id: who decided (may differ from who claimed, e.g. a supervisor).
        :raises ClaimClosedError | AlreadyHandedOverError: the claim is no longer open.
        :raises StaffInactiveError: ``staff_id`` is unknown or deactivated.
        :raises ValueError: unknown codes, too few documents for ``confirmed``, a score out of range,
            a decision already recorded for this claim, or an unknown claim.
        """
        codes = _documents(documents)
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {DECISIONS}")
        if decision == "confirmed" and not documents_sufficient(codes):
            raise ValueError("confirming identity needs one list-A document or two list-B documents")
        if face_score is not None and not (math.isfinite(face_score) and 0.0 <= face_score <= 1.0):
            raise ValueError("face_score is a similarity between 0 and 1")
        check_aware(at)

        def work(session: Session) -> None:
            row = self._open_claim(session, claim_id)
            active_member(session, staff_id)
            if session.scalar(select(IdentityCheckRecord.id)
                              .where(IdentityCheckRecord.handover_id == claim_id)):
                raise ValueError(f"claim {claim_id} already has an identity decision")
            session.add(IdentityCheckRecord(handover_id=claim_id, documents=",".join(codes), score=face_score,
                                            decision=decision, staff_id=staff_id, decided_at=at))
            session.flush()
            audit.append(session, audit.COUNTER_IDENTITY_CHECKED, row.desk_id, {
                **_ids(row), "staff_id": staff_id, "decision": decision, "documents": ",".join(codes)})
        self._transaction(work)

    def complete(self, claim_id: int, *, face_card: bool, pins_set: Iterable[str], registered: bool,
                 at: datetime) -> None:
        """The card was handed over: record the outcome (once).

        :param face_card: the resident chose a 顔認証マイナンバーカード (then ``pins_set`` is empty).
        :param pins_set: kinds from ``kiosk.counter.records.PIN_KINDS`` that were set — never values.
        :param registered: the health-insurance registration was made in this visit (一気通貫, §B4).
        :raises AlreadyHandedOverError: this claim was completed already.
        :raises ClaimClosedError: the claim failed or was released as abandoned.
        :raises IdentityNotConfirmedError: no ``confirmed`` identity decision for the claim.
        :raises ValueError: unknown PIN kinds, PINs with a face card, a naive time, an unknown claim.
        """
        kinds = _pin_kinds(pins_set)
        if face_card and kinds:
            raise ValueError("a 顔認証マイナンバーカード has no PINs")
        check_aware(at)

        def work(session: Session) -> None:
            row = self._open_claim(session, claim_id)
            decision = _decision(session, claim_id)
            if decision != "confirmed":
                raise IdentityNotConfirmedError(f"claim {claim_id}: identity {decision or 'not decided'}")
            self._close_completed(session, row, face_card, kinds, registered, at)
        self._transaction(work)

    def fail(self, claim_id: int, failure_code: str, at: datetime, pins_set: Iterable[str] = ()) -> None:
        """The attempt ended without a handover; the application is free for another claim.

        :param failure_code: why, as a code (``IDENTITY_REFUSED``, ``RESIDENT_LEFT``, a card error's
            code ...); the statistics count failures by it.
        :param pins_set: PIN kinds already set before it failed (the card needs care), never values.
        :raises AlreadyHandedOverError | ClaimClosedError: the claim is no longer open.
        :raises ValueError: a malformed code or kind, a naive time, an unknown claim.
        """
        if not FAILURE_CODE.fullmatch(failure_code):
            raise ValueError("failure_code must be an upper-case code like IDENTITY_REFUSED")
        kinds = _pin_kinds(pins_set)
        check_aware(at)

        def work(session: Session) -> None:
            row = self._open_claim(session, claim_id)
            self._close_failed(session, row, failure_code, at, kinds, audit.COUNTER_FAILED)
        self._transaction(work)

    def release_stale(self, older_than: timedelta = STALE_AFTER,
                      handed_over: Callable[[str], bool] | None = None) -> list[int]:
        """Close every claim still open after ``older_than`` (a desk crashed or was left mid-visit),
        so that the applications can be claimed again; see :meth:`release_desk` for how.

        :returns: the closed claim ids, ascending.
        """
        cutoff = self._clock() - older_than
        return self._release(HandoverRow.claimed_at < cutoff, handed_over)

    def release_desk(self, desk_id: str, handed_over: Callable[[str], bool] | None = None) -> list[int]:
        """At a desk's start: close its claims still open (a crash or a power cut cut them off).

        A claim whose identity was confirmed and whose card ``handed_over(application_id)`` says the
        card-management system recorded as handed over is recorded as handed over (a standard card,
        no PINs known, no registration); every other one fails with ``COUNTER_CLAIM_ABANDONED``.

        :returns: the closed claim ids, ascending.
        """
        return self._release(HandoverRow.desk_id == desk_id, handed_over)

    def _release(self, which: ColumnElement[bool], handed_over: Callable[[str], bool] | None) -> list[int]:
        now = self._clock()

        def work(session: Session) -> list[int]:
            rows = list(session.scalars(select(HandoverRow).where(HandoverRow.state == "open", which)
                                        .order_by(HandoverRow.id).with_for_update()))
            for row in rows:
                if (handed_over is not None and _decision(session, row.id) == "confirmed"
                        and handed_over(row.application_id)):
                    logger.warning("claim %d of desk %s: the card was handed over before the desk stopped; "
                                   "recorded as handed over", row.id, row.desk_id)
                    self._close_completed(session, row, False, (), False, now)
                else:
                    logger.warning("releasing claim %d of desk %s, open since %s", row.id, row.desk_id,
                                   row.claimed_at)
                    self._close_failed(session, row, CLAIM_ABANDONED, now, (), audit.COUNTER_RELEASED)
            return [row.id for row in rows]
        return self._transaction(work)

    def handover(self, claim_id: int) -> Handover | None:
        """One attempt with its identity decision (e.g. to learn the outcome after an interrupted
        commit); None if there is no such claim."""
        def work(session: Session) -> Handover | None:
            row = session.get(HandoverRow, claim_id)
            return None if row is None else _handover(row, self._identity(session, claim_id))
        return self._snapshot(work)

    def handovers_of(self, application_id: str) -> list[Handover]:
        """Every attempt for one application, oldest first."""
        application_id = check_application_id(application_id)

        def work(session: Session) -> list[Handover]:
            rows = session.scalars(select(HandoverRow).where(HandoverRow.application_id == application_id)
                                   .order_by(HandoverRow.id))
            return [_handover(row, self._identity(session, row.id)) for row in rows]
        return self._snapshot(work)

    # --- the day's numbers --------------------------------------------------------------------------

    def day_statistics(self, day: date) -> DayStatistics:
        """The numbers of ``day`` (local midnight to midnight in the product's zone, ``kiosk.clock``):
        attempts that *ended* that day, in total, per hour of their end, and per staff member who
        claimed them."""
        start, end = day_span(day)

        def work(session: Session) -> tuple[list[HandoverRow], dict[str, str]]:
            rows = list(session.scalars(
                select(HandoverRow).where(HandoverRow.state != "open", HandoverRow.ended_at >= start,
                                          HandoverRow.ended_at < end)))
            labels = {staff_id: label
                      for staff_id, label in session.execute(select(Staff.staff_id, Staff.label))}
            return rows, labels
        rows, labels = self._snapshot(work)
        total = _Tally()
        hours: defaultdict[int, _Tally] = defaultdict(_Tally)
        staff: defaultdict[str, _Tally] = defaultdict(_Tally)
        for row in rows:
            assert row.ended_at is not None
            for tally in (total, hours[local(row.ended_at).hour], staff[row.staff_id]):
                tally.add(row)
        return DayStatistics(
            day=day, total=total.counts(),
            by_hour=tuple(HourRow(hour, hours[hour].counts()) for hour in sorted(hours)),
            by_staff=tuple(StaffRow(staff_id, labels.get(staff_id, ""), staff[staff_id].counts())
                           for staff_id in sorted(staff)))

    def statistics_csv(self, day: date) -> str:
        """:meth:`day_statistics` as CSV text (``DayStatistics.to_csv``: UTF-8 with a BOM, CRLF)."""
        return self.day_statistics(day).to_csv()

    # --- inside one transaction ---------------------------------------------------------------------

    @staticmethod
    def _insert_claim(session: Session, application_id: str, desk_id: str, staff_id: str,
                      at: datetime) -> int:
        active_member(session, staff_id)
        _raise_if_held(session, application_id)
        row = HandoverRow(application_id=application_id, desk_id=desk_id, staff_id=staff_id, state="open",
                          claimed_at=at, codes_set="")
        session.add(row)
        try:
            # PostgreSQL: a concurrent desk's uncommitted row makes this wait for that desk's outcome.
            session.flush()
        except IntegrityError as exc:
            raise _LostRace from exc
        audit.append(session, audit.COUNTER_CLAIMED, desk_id, {**_ids(row), "staff_id": staff_id})
        return row.id

    @staticmethod
    def _open_claim(session: Session, claim_id: int) -> HandoverRow:
        row = session.scalars(
            select(HandoverRow).where(HandoverRow.id == claim_id).with_for_update()).one_or_none()
        if row is None:
            raise ValueError(f"no claim {claim_id}")
        if row.state == "completed":
            raise AlreadyHandedOverError(row.application_id, row.desk_id)
        if row.state != "open":
            raise ClaimClosedError(f"claim {claim_id} ended: {row.failure_code}")
        return row

    @staticmethod
    def _close_completed(session: Session, row: HandoverRow, face_card: bool, kinds: Sequence[str], registered: bool,
                         at: datetime) -> None:
        row.state, row.ended_at, row.registered = "completed", at, registered
        row.card_kind, row.codes_set = ("face_auth" if face_card else "standard"), ",".join(kinds)
        session.flush()
        audit.append(session, audit.COUNTER_HANDED_OVER, row.desk_id, {
            **_ids(row), "staff_id": row.staff_id, "card_kind": row.card_kind, "pin_kinds": row.codes_set,
            "registered": str(registered).lower()})

    @staticmethod
    def _close_failed(session: Session, row: HandoverRow, failure_code: str, at: datetime,
                      kinds: Sequence[str], event: str) -> None:
        row.state, row.ended_at, row.failure_code, row.codes_set = "failed", at, failure_code, ",".join(kinds)
        session.flush()
        audit.append(session, event, row.desk_id, {
            **_ids(row), "staff_id": row.staff_id, "failure_code": failure_code, "pin_kinds": row.codes_set})

    @staticmethod
    def _identity(session: Session, claim_id: int) -> IdentityCheck | None:
        check = session.scalars(select(IdentityCheckRecord)
                                .where(IdentityCheckRecord.handover_id == claim_id)).one_or_none()
        if check is None:
            return None
        return IdentityCheck(claim_id, tuple(check.documents.split(",")), check.score,
                             check.decision, check.staff_id, check.decided_at)  # type: ignore[arg-type]


def _decision(session: Session, claim_id: int) -> str | None:
    return session.scalar(select(IdentityCheckRecord.decision).where(IdentityCheckRecord.handover_id == claim_id))


def _raise_if_held(session: Session, application_id: str) -> None:
    holder = session.scalars(select(HandoverRow).where(HandoverRow.application_id == application_id,
                                                       HandoverRow.state.in_(("open", "completed")))).first()
    if holder is None:
        return
    if holder.state == "completed":
        raise AlreadyHandedOverError(application_id, holder.desk_id)
    raise HandoverTakenError(application_id, holder.desk_id, holder.staff_id, holder.claimed_at)


@dataclass
class _Tally:
    handovers: int = 0
    registrations: int = 0
    face_cards: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    def add(self, row: HandoverRow) -> None:
        if row.state == "completed":
            self.handovers += 1
            self.registrations += bool(row.registered)
            self.face_cards += row.card_kind == "face_auth"
        else:
            self.failures[row.failure_code or ""] += 1

    def counts(self) -> Counts:
        return Counts(self.handovers, self.registrations, self.face_cards,
                      dict(sorted(self.failures.items())))


def _handover(row: HandoverRow, identity: IdentityCheck | None) -> Handover:
    return Handover(
        claim_id=row.id, application_id=row.application_id, desk_id=row.desk_id, staff_id=row.staff_id,
        state=row.state, claimed_at=row.claimed_at, ended_at=row.ended_at,  # type: ignore[arg-type]
        face_card=None if row.card_kind is None else row.card_kind == "face_auth",
        pins_set=tuple(row.codes_set.split(",")) if row.codes_set else (), registered=row.registered,
        failure_code=row.failure_code, identity=identity)


def _ids(row: HandoverRow) -> dict[str, str]:
    return {"claim_id": str(row.id), "application_id": row.application_id}


def _check_desk(desk_id: str) -> None:
    if not DESK_ID.fullmatch(desk_id) or audit.MY_NUMBER_LIKE.search(desk_id):
        raise ValueError("desk_id must be 1-64 letters, digits, '.', '_' or '-'")


def _documents(documents: Sequence[str]) -> list[str]:
    if isinstance(documents, str):
        raise ValueError("documents is a list of codes")
    unknown = [code for code in documents if code not in IDENTITY_DOCUMENTS]
    if unknown or not documents or len(set(documents)) != len(documents):
        raise ValueError("documents must be distinct codes from kiosk.counter.records.IDENTITY_DOCUMENTS")
    return list(documents)


def _pin_kinds(pins_set: Iterable[str]) -> list[str]:
    """The kinds in the canonical order of PIN_KINDS; a value that is not a kind is refused unechoed
    (it might be a PIN)."""
    given = list(pins_set) if not isinstance(pins_set, str) else [""]  # a lone string is refused
    if any(kind not in PIN_KINDS for kind in given) or len(set(given)) != len(given):
        raise ValueError(f"pins_set holds PIN kinds from {PIN_KINDS}, each at most once (never PIN values)")
    return [kind for kind in PIN_KINDS if kind in given]
