"""The supervisors' monthly dashboard (issue 17 §4; docs/monthly-dashboard.md): seed 004's four
monthly numbers — ①交付申請受付件数 ②交付前設定数 ③交付通知書送付数 ④交付枚数 — and the gaps between
them, the handovers per desk, same-visit insurance registration (seed 003, 一気通貫) by age band with
75+ on its own, the residents to call back because their card left without it, and the outcomes
of the registration support desk (seed 003 §4 (3): residents who already hold a card).

Where the numbers come from:

- ①②③ are dates of the imported queue (``applications.received_on``, ``preissuance_set_on``,
  ``notice_sent_on``: docs/applications-import.md). They belong to no desk: the municipality's.
- ④ is the kiosk's own record: completed ``handovers`` whose end falls in the month, in the
  product's time zone (``kiosk.clock``: 23:30 JST on the last day is that month). Per desk: the
  desk that handed the card over.
- The age band is the resident's age (birth date from the queue) on the local day of the handover.
- The registration support desk's outcomes are its audit events (``kiosk.registration.outcomes``):
  their name, time and terminal only, never their ``data``.

Every block is one aggregate query (GROUP BY in SQL, on SQLite and PostgreSQL alike), all read in
one snapshot. Migrations 0005 and 0006 add the indexes they use.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, func, literal, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from kiosk.clock import day_span, local, local_zone
from kiosk.counter.pin_rules import age_on
from kiosk.registration.outcomes import OUTCOME_EVENTS
from kiosk.store.applications import ISSUANCE_DATES
from kiosk.store.models import ApplicationRow, AuditEvent
from kiosk.store.models import Handover as HandoverRow
from kiosk.store.repositories import SqlStore

__all__ = ["AGE_BANDS", "AgeBandRow", "DeskRow", "FollowUp", "IssuanceCounts", "MonthlyReport",
           "MonthlyStatistics", "RegistrationDeskRow", "RegistrationOutcomes", "age_band", "month_span",
           "parse_month"]

#: (lowest age, code, label), oldest first. 75+: the 後期高齢者 of seed 003; 65: where 後期高齢者
#: by disability and the notice's exclusions begin; 40: 特定健診 consent; 15: the signing certificate.
AGE_BANDS: tuple[tuple[int, str, str], ...] = (
    (75, "75+", "75歳以上"),
    (65, "65-74", "65〜74歳"),
    (40, "40-64", "40〜64歳"),
    (15, "15-39", "15〜39歳"),
    (0, "0-14", "15歳未満"),
)
UNKNOWN_BAND = ("unknown", "不明")  # a handover whose application is not (or no longer) in the queue
BAND_LABELS = {code: label for _, code, label in AGE_BANDS} | dict([UNKNOWN_BAND])

ISSUANCE_LABELS = ("①交付申請受付件数", "②交付前設定数", "③交付通知書送付数", "④交付枚数")
GAP_LABELS = ("①−② 交付前設定待ち", "②−③ 交付通知書送付待ち", "③−④ 受け取り待ち")
#: The registration support desk's outcomes, in the order of ``OUTCOME_EVENTS``.
OUTCOME_LABELS = ("登録した", "登録済みだった", "申し込まなかった", "登録できなかった")
REGISTRATION_DESK_PART = "利用登録支援窓口"  # the CSV's 区分 of those rows
CSV_COLUMNS = ("月", "区分", "窓口", "年齢", "項目", "件数")
FOLLOW_UP_COLUMNS = ("申請書ID", "氏名", "フリガナ", "交付日時", "窓口", "年齢")
ALL_DESKS = "全体"


FIRST_YEAR, LAST_YEAR = 1900, 9998  # a month's span must convert to UTC and back


def parse_month(text: str) -> date:
    """The first day of the month ``YYYY-MM`` (exactly that form, years 1900–9998).

    :raises ValueError: another form or no such month (the message says what is expected).
    """
    year, dash, month = text.partition("-")
    if not (dash and len(year) == 4 and len(month) == 2 and year.isascii() and year.isdigit()
            and month.isascii() and month.isdigit() and 1 <= int(month) <= 12
            and FIRST_YEAR <= int(year) <= LAST_YEAR):
        raise ValueError(f"a month is YYYY-MM from {FIRST_YEAR}-01 to {LAST_YEAR}-12, e.g. 2026-11")
    return date(int(year), int(month), 1)


def month_span(month: date) -> tuple[datetime, datetime]:
    """Local midnight at the start of ``month``'s first day and of the next month's (half-open),
    in the product's time zone."""
    first = month.replace(day=1)
    return day_span(first)[0], day_span(_next_month(first))[0]


def _next_month(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1)


def age_band(age: int | None) -> str:
    """The band code of an age (:data:`AGE_BANDS`); ``unknown`` for None."""
    if age is None:
        return UNKNOWN_BAND[0]
    return next(code for lowest, code, _ in AGE_BANDS if age >= lowest)


# --- the report ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IssuanceCounts:
    """Seed 004's four numbers for one period, the municipality as a whole."""

    applications_received: int  # ① 交付申請受付件数
    preissuance_set: int  # ② 交付前設定数
    notices_sent: int  # ③ 交付通知書送付数
    cards_handed_over: int  # ④ 交付枚数 (every desk)

    def values(self) -> tuple[int, int, int, int]:
        return (self.applications_received, self.preissuance_set, self.notices_sent, self.cards_handed_over)

    def gaps(self) -> dict[str, int]:
        """The differences between neighbours (乖離): ①−②, ②−③, ③−④."""
        one, two, three, four = self.values()
        return {"received_minus_set": one - two, "set_minus_notified": two - three,
                "notified_minus_handed_over": three - four}

    def as_dict(self) -> dict[str, Any]:
        return {"applications_received": self.applications_received, "preissuance_set": self.preissuance_set,
                "notices_sent": self.notices_sent, "cards_handed_over": self.cards_handed_over,
                "gaps": self.gaps()}


@dataclass(frozen=True)
class DeskRow:
    """④ at one desk: cards handed over, of those registered for insurance use in the same visit,
    and 顔認証マイナンバーカード."""

    desk_id: str
    cards_handed_over: int
    registered: int
    face_cards: int

    def as_dict(self) -> dict[str, Any]:
        return {"desk_id": self.desk_id, "cards_handed_over": self.cards_handed_over,
                "registered": self.registered, "not_registered": self.cards_handed_over - self.registered,
                "face_cards": self.face_cards}


@dataclass(frozen=True)
class AgeBandRow:
    """Handovers of one age band (the resident's age on the handover day) and, of those, with the
    insurance registration made in the same visit."""

    band: str
    cards_handed_over: int
    registered: int

    @property
    def label(self) -> str:
        return BAND_LABELS[self.band]

    def as_dict(self) -> dict[str, Any]:
        return {"band": self.band, "cards_handed_over": self.cards_handed_over, "registered": self.registered,
                "not_registered": self.cards_handed_over - self.registered}


@dataclass(frozen=True)
class FollowUp:
    """A resident whose card was handed over without the insurance registration: what a call back
    needs, nothing more (docs/monthly-dashboard.md "Follow-up list"). Name and kana are empty when
    the application is no longer in the queue."""

    application_id: str
    name: str
    name_kana: str
    handed_over_at: datetime  # local time
    desk_id: str
    band: str

    @property
    def band_label(self) -> str:
        return BAND_LABELS[self.band]

    def as_dict(self) -> dict[str, Any]:
        return {"application_id": self.application_id, "name": self.name, "name_kana": self.name_kana,
                "handed_over_at": self.handed_over_at.isoformat(timespec="minutes"), "desk_id": self.desk_id,
                "age_band": self.band}


@dataclass(frozen=True)
class RegistrationOutcomes:
    """Visits to the registration support desk by how they ended (one audit event each)."""

    registered: int = 0  # 初回登録 made
    already_registered: int = 0  # the card was registered before: nothing to do
    declined: int = 0  # 申し込まない
    failed: int = 0  # the visit ended without an answer

    def values(self) -> tuple[int, int, int, int]:
        """The four counts in the order of :data:`OUTCOME_LABELS`."""
        return (self.registered, self.already_registered, self.declined, self.failed)

    @property
    def visits(self) -> int:
        return sum(self.values())

    @property
    def could_register(self) -> int:
        """The visits of residents whose card was not registered yet: registered, declined, failed."""
        return self.registered + self.declined + self.failed

    @property
    def rate(self) -> float | None:
        """registered / :attr:`could_register` (an already registered card had nothing to do); None
        when there were no such visits."""
        return self.registered / self.could_register if self.could_register else None

    def __add__(self, other: RegistrationOutcomes) -> RegistrationOutcomes:
        return RegistrationOutcomes(*(a + b for a, b in zip(self.values(), other.values(), strict=True)))

    def as_dict(self) -> dict[str, Any]:
        rate = self.rate
        return {"visits": self.visits, "registered": self.registered, "already_registered": self.already_registered,
                "declined": self.declined, "failed": self.failed,
                "registration_rate": None if rate is None else round(rate, 4)}


@dataclass(frozen=True)
class RegistrationDeskRow:
    """One registration support desk's month (``desk_id``: the audit events' terminal)."""

    desk_id: str
    outcomes: RegistrationOutcomes

    def as_dict(self) -> dict[str, Any]:
        return {"desk_id": self.desk_id, **self.outcomes.as_dict()}


@dataclass(frozen=True)
class MonthlyReport:
    """One month of the dashboard.

    ``month`` and ``to_month_end`` (every date before the month's end) are the municipality's, even
    for one desk; ``desk`` (None: every desk) narrows ``by_desk``, ``age_bands`` and ``follow_up``.
    ``undated``: applications in the queue without a 交付申請受付日 (imported without dates), which ①
    cannot count. ``age_bands`` lists every band, oldest first (``unknown`` only when it has any).
    ``registration_desks``: the registration support desks' visits per desk (narrowed by ``desk``
    too), by desk id.
    """

    month: date
    time_zone: str
    desk: str | None
    counts: IssuanceCounts
    to_month_end: IssuanceCounts
    undated: int
    by_desk: tuple[DeskRow, ...]
    age_bands: tuple[AgeBandRow, ...]
    follow_up: tuple[FollowUp, ...]
    registration_desks: tuple[RegistrationDeskRow, ...] = ()

    @property
    def month_text(self) -> str:
        return f"{self.month:%Y-%m}"

    @property
    def registration_total(self) -> RegistrationOutcomes:
        """The registration support desks' visits, every desk of :attr:`registration_desks` together."""
        return sum((row.outcomes for row in self.registration_desks), RegistrationOutcomes())

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (``myna-kiosk stats --month --json``)."""
        return {"month": self.month_text, "time_zone": self.time_zone, "desk": self.desk, **self.counts.as_dict(),
                "to_month_end": self.to_month_end.as_dict(), "applications_without_dates": self.undated,
                "by_desk": [row.as_dict() for row in self.by_desk],
                "age_bands": [row.as_dict() for row in self.age_bands],
                "follow_up": [row.as_dict() for row in self.follow_up],
                "registration_desks": {"total": self.registration_total.as_dict(),
                                       "by_desk": [row.as_dict() for row in self.registration_desks]}}

    def to_csv(self) -> str:
        """The numbers (no personal data) as CSV for Excel: UTF-8 with a BOM, CRLF, one number a row
        in the columns of :data:`CSV_COLUMNS` (filter or pivot in Excel). See
        ``kiosk.counter.records.DayStatistics.to_csv`` for why the BOM."""
        month, scope = self.month_text, self.desk or ALL_DESKS
        rows: list[tuple[object, ...]] = []
        for part, counts in (("当月", self.counts), ("月末までの累計", self.to_month_end)):
            rows += [(month, part, ALL_DESKS, "", label, n) for label, n in zip(ISSUANCE_LABELS, counts.values(),
                                                                                strict=True)]
            rows += [(month, f"{part}の乖離", ALL_DESKS, "", label, n)
                     for label, n in zip(GAP_LABELS, counts.gaps().values(), strict=True)]
        rows.append((month, "日付のない申請", ALL_DESKS, "", "交付申請受付日なし", self.undated))
        for desk in self.by_desk:
            rows += [(month, "窓口別", desk.desk_id, "", "④交付枚数", desk.cards_handed_over),
                     (month, "窓口別", desk.desk_id, "", "同日の保険証利用登録", desk.registered),
                     (month, "窓口別", desk.desk_id, "", "顔認証マイナンバーカード", desk.face_cards)]
        for band in self.age_bands:
            rows += [(month, "年齢別", scope, band.label, "④交付枚数", band.cards_handed_over),
                     (month, "年齢別", scope, band.label, "同日の保険証利用登録", band.registered)]
        desks = [(row.desk_id, row.outcomes) for row in self.registration_desks]
        if self.desk is None:  # with a desk, its row is the total
            desks.append((ALL_DESKS, self.registration_total))
        for desk_id, outcomes in desks:
            rows += [(month, REGISTRATION_DESK_PART, desk_id, "", label, n)
                     for label, n in zip(OUTCOME_LABELS, outcomes.values(), strict=True)]
        return _csv(CSV_COLUMNS, rows)

    def follow_up_csv(self) -> str:
        """:attr:`follow_up` as CSV for Excel (UTF-8 with a BOM, CRLF), columns
        :data:`FOLLOW_UP_COLUMNS`. Personal data: for the supervisor's call list only."""
        return _csv(FOLLOW_UP_COLUMNS, ((row.application_id, row.name, row.name_kana,
                                         f"{row.handed_over_at:%Y-%m-%d %H:%M}", row.desk_id, row.band_label)
                                        for row in self.follow_up))


def _csv(header: tuple[str, ...], rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


# --- the queries -----------------------------------------------------------------------------------

class MonthlyStatistics(SqlStore):
    """The dashboard's queries on a migrated store (``kiosk.store.db.open_engine``; the engine of
    a ``SqlCounterStore`` serves)."""

    def report(self, month: date, desk_id: str | None = None) -> MonthlyReport:
        """The dashboard of ``month`` (any day in it), for every desk or for ``desk_id``, read in one
        snapshot."""
        first = month.replace(day=1)
        following = _next_month(first)
        start, end = month_span(first)
        handed = _completed_between(start, end, desk_id)

        def work(session: Session) -> MonthlyReport:
            counts, cumulative, undated = _issuance(session, first, following, start, end)
            desks = _by_desk(session, handed)
            if desk_id is not None and not desks:
                desks = (DeskRow(desk_id, 0, 0, 0),)
            registration = _registration_desks(session, start, end, desk_id)
            if desk_id is not None and not registration:
                registration = (RegistrationDeskRow(desk_id, RegistrationOutcomes()),)
            return MonthlyReport(first, local_zone().key, desk_id, counts, cumulative, undated, desks,
                                 _age_bands(session, handed, start, end), _follow_up(session, handed), registration)
        return self._snapshot(work)


_COMPLETED = HandoverRow.state == literal_column("'completed'")  # inline: the partial index's predicate
_QUEUED = ApplicationRow.application_id == HandoverRow.application_id  # a handover's application


def _completed_between(start: datetime, end: datetime, desk_id: str | None) -> ColumnElement[bool]:
    condition = and_(_COMPLETED, HandoverRow.ended_at >= start, HandoverRow.ended_at < end)
    return condition if desk_id is None else and_(condition, HandoverRow.desk_id == desk_id)


def _issuance(session: Session, first: date, following: date, start: datetime, end: datetime
              ) -> tuple[IssuanceCounts, IssuanceCounts, int]:
    """①②③ in the month and before its end, ④ likewise, and the undated applications: one
    statement of index range counts."""
    dates = ISSUANCE_DATES.c

    def count(*where: ColumnElement[bool], table: Any = ISSUANCE_DATES) -> Any:
        return select(func.count()).select_from(table).where(*where).scalar_subquery()

    columns = (dates.received_on, dates.preissuance_set_on, dates.notice_sent_on)
    row = session.execute(select(
        *(count(column >= first, column < following) for column in columns),
        count(_COMPLETED, HandoverRow.ended_at >= start, HandoverRow.ended_at < end, table=HandoverRow),
        *(count(column < following) for column in columns),
        count(_COMPLETED, HandoverRow.ended_at < end, table=HandoverRow),
        count(dates.received_on.is_(None)))).one()
    return IssuanceCounts(*row[0:4]), IssuanceCounts(*row[4:8]), row[8]


def _flag(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _by_desk(session: Session, handed: ColumnElement[bool]) -> tuple[DeskRow, ...]:
    query = (select(HandoverRow.desk_id, func.count(), _flag(HandoverRow.registered.is_(True)),
                    _flag(HandoverRow.card_kind == literal_column("'face_auth'")))
             .where(handed).group_by(HandoverRow.desk_id).order_by(HandoverRow.desk_id))
    return tuple(DeskRow(desk, int(n), int(registered), int(face))
                 for desk, n, registered, face in session.execute(query))


def _age_bands(session: Session, handed: ColumnElement[bool], start: datetime, end: datetime) -> tuple[AgeBandRow, ...]:
    """Handovers and registrations per age band. Inside, the handovers are counted per age on the
    local day of the handover (``age_on``'s rule in integers: (YYYYMMDD − YYYYMMDD) div 10000, worked
    out once per row); outside, the ages are put in bands."""
    handover_day = day_number(HandoverRow.ended_at, _utc_offset(HandoverRow.ended_at, start, end))
    age = ((handover_day - day_number(ApplicationRow.birth_date)) // 10000).label("age")
    ages = (select(age, HandoverRow.registered.label("registered"), func.count().label("n"))
            .select_from(HandoverRow).outerjoin(ApplicationRow, _QUEUED).where(handed)
            .group_by(age, HandoverRow.registered).subquery())
    band = case((ages.c.age.is_(None), literal(UNKNOWN_BAND[0])),
                *((ages.c.age >= lowest, literal(code)) for lowest, code, _ in AGE_BANDS[:-1]),
                else_=literal(AGE_BANDS[-1][1]))
    query = (select(band, func.sum(ages.c.n), func.coalesce(func.sum(case((ages.c.registered.is_(True), ages.c.n),
                                                                          else_=0)), 0))
             .group_by(band))
    found = {code: AgeBandRow(code, int(n), int(registered)) for code, n, registered in session.execute(query)}
    rows = [found.get(code, AgeBandRow(code, 0, 0)) for _, code, _ in AGE_BANDS]
    return tuple(rows + ([found[UNKNOWN_BAND[0]]] if UNKNOWN_BAND[0] in found else []))


def _follow_up(session: Session, handed: ColumnElement[bool]) -> tuple[FollowUp, ...]:
    """The month's handovers without the same-visit registration, oldest first, with what a call
    needs (the list itself, not an aggregate: its rows are the answer)."""
    query = (select(HandoverRow.application_id, ApplicationRow.name, ApplicationRow.name_kana, HandoverRow.ended_at,
                    HandoverRow.desk_id, ApplicationRow.birth_date)
             .select_from(HandoverRow).outerjoin(ApplicationRow, _QUEUED)
             .where(handed, HandoverRow.registered.is_(False))
             .order_by(HandoverRow.ended_at, HandoverRow.application_id))
    rows = []
    for application_id, name, kana, ended_at, desk_id, born in session.execute(query):
        assert ended_at is not None  # completed
        at = local(ended_at)
        rows.append(FollowUp(application_id, name or "", kana or "", at, desk_id,
                             age_band(None if born is None else age_on(born, at.date()))))
    return tuple(rows)


def _registration_desks(session: Session, start: datetime, end: datetime, desk_id: str | None
                        ) -> tuple[RegistrationDeskRow, ...]:
    """The registration support desk's outcome events in [start, end) per terminal and name: four
    ranges of ``ix_audit_events_event_at``, index-only. Names, times and terminals only: ``data``
    is never read."""
    where = [AuditEvent.event.in_(OUTCOME_EVENTS), AuditEvent.at >= start, AuditEvent.at < end]
    if desk_id is not None:
        where.append(AuditEvent.terminal_id == desk_id)
    query = (select(AuditEvent.terminal_id, AuditEvent.event, func.count()).where(*where)
             .group_by(AuditEvent.terminal_id, AuditEvent.event))
    found: dict[str, dict[str, int]] = {}
    for terminal, event, n in session.execute(query):
        found.setdefault(terminal, {})[event] = int(n)
    return tuple(RegistrationDeskRow(terminal, RegistrationOutcomes(*(counts.get(name, 0) for name in OUTCOME_EVENTS)))
                 for terminal, counts in sorted(found.items()))


# --- local days in SQL -------------------------------------------------------------------------------

def utc_offsets(start: datetime, end: datetime, step: timedelta = timedelta(minutes=15)) -> list[tuple[datetime, int]]:
    """The product zone's UTC offsets over [``start``, ``end``): (from when, seconds) pairs, the
    first from ``start``. Found by sampling every ``step`` and bisecting each change to the second."""
    zone = local_zone()

    def offset(moment: datetime) -> int:
        shift = moment.astimezone(zone).utcoffset()
        assert shift is not None
        return int(shift.total_seconds())

    found = [(start, offset(start))]
    last = end - timedelta(seconds=1)
    samples = [start + step * n for n in range(1, int((last - start) / step) + 1)] + [last]
    before = start
    for moment in samples:
        if offset(moment) != found[-1][1]:
            low, high = before, moment
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == found[-1][1] else (low, middle)
            found.append((high, offset(high)))
        before = moment
    return found


def _utc_offset(column: Any, start: datetime, end: datetime) -> Any:
    """The zone's UTC offset in seconds at ``column``'s moment, for moments in [start, end)."""
    offsets = utc_offsets(start, end)
    if len(offsets) == 1:
        return literal(offsets[0][1], Integer())
    return case(*((column >= since, literal(seconds, Integer())) for since, seconds in reversed(offsets[1:])),
                else_=literal(offsets[0][1], Integer()))


class day_number(FunctionElement[int]):  # noqa: N801 - a SQL function, named like one
    """``YYYYMMDD`` as an integer: of a DATE, or of a UTC timestamp shifted by a number of seconds
    (its local day). Compiled for SQLite and PostgreSQL below."""

    type = Integer()
    inherit_cache = True


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    args = [compiler.process(arg, **kw) for arg in element.clauses]
    shift = f", ({args[1]}) || ' seconds'" if len(args) > 1 else ""
    return f"CAST(strftime('%Y%m%d', {args[0]}{shift}) AS INTEGER)"


@compiles(day_number, "postgresql")
def _day_number_postgresql(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    args = [compiler.process(arg, **kw) for arg in element.clauses]
    if len(args) == 1:
        return f"CAST(to_char({args[0]}, 'YYYYMMDD') AS INTEGER)"
    return (f"CAST(to_char(({args[0]} + ({args[1]}) * INTERVAL '1 second') AT TIME ZONE 'UTC', 'YYYYMMDD')"
            " AS INTEGER)")
