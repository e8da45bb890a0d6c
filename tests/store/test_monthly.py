"""The monthly dashboard (issue 17 §4; docs/monthly-dashboard.md) on SQLite and PostgreSQL: seed
004's four numbers and their gaps against a designed month, month boundaries in the configured time
zone (JST, and a zone with daylight saving), age bands on the local handover day against
``age_on``, 75+ on its own, the desk filter, the follow-up list, the registration support desk's
outcomes (its audit events), the CSV texts, and the indexes of migrations 0005 and 0006 in
PostgreSQL's plans."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from kiosk.card.kenhojo import Sex
from kiosk.clock import TOKYO, local, set_time_zone
from kiosk.counter.applications import ApplicationStatus, make_application_id
from kiosk.counter.import_file import ImportBatch, ImportedApplication, IssuanceDates
from kiosk.counter.pin_rules import age_on
from kiosk.registration.outcomes import ALREADY_REGISTERED, DECLINED, FAILED, OUTCOME_EVENTS, REGISTERED
from kiosk.store.applications import SqlApplicationQueue
from kiosk.store.audit import verify
from kiosk.store.db import open_engine
from kiosk.store.models import AuditEvent, Staff
from kiosk.store.models import Handover as HandoverRow
from kiosk.store.monthly import (
    CSV_COLUMNS,
    FOLLOW_UP_COLUMNS,
    AgeBandRow,
    DeskRow,
    IssuanceCounts,
    MonthlyStatistics,
    RegistrationDeskRow,
    RegistrationOutcomes,
    age_band,
    month_span,
    parse_month,
    utc_offsets,
)

ROOT = Path(__file__).resolve().parents[2]
NOVEMBER, DECEMBER = date(2026, 11, 1), date(2026, 12, 1)
D = IssuanceDates
NO_DATES = IssuanceDates()


def jst(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=TOKYO)


def app(n: int) -> str:
    return make_application_id(2026110000000000000000 + n * 10)


def queued(n: int, born: date, dates: IssuanceDates = NO_DATES, *, name: str = "試験　花子",
           status: ApplicationStatus = ApplicationStatus.CARD_READY) -> ImportedApplication:
    return ImportedApplication(n + 2, app(n), name, "シケン　ハナコ", born, "東京都千代田区1-1", Sex.FEMALE, False,
                               status, dates)


@pytest.fixture(autouse=True)
def _tokyo() -> Iterator[None]:
    set_time_zone("Asia/Tokyo")
    yield
    set_time_zone("Asia/Tokyo")


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    opened = open_engine(store_url)
    with Session(opened) as session:
        session.add(Staff(staff_id="c01", label="窓口 一郎", role="counter", credential="x", active=True,
                          failed_logins=0, created_at=jst(2026, 1, 1)))
        session.commit()
    yield opened
    opened.dispose()


def import_queue(engine: Engine, rows: list[ImportedApplication]) -> None:
    SqlApplicationQueue(engine).import_batch(ImportBatch(tuple(rows), "csv", "a" * 64), "admin-1")


def hand_over(engine: Engine, *attempts: tuple[int, str, datetime, str, bool]) -> None:
    """(application number, desk, end time, state, registered): rows written straight to the table
    (the counter store's own tests cover how they get there). Numbers divisible by 7: face cards."""
    with Session(engine) as session:
        for n, desk, at, state, registered in attempts:
            done = state == "completed"
            session.add(HandoverRow(
                application_id=app(n), desk_id=desk, staff_id="c01", state=state,
                claimed_at=at - timedelta(minutes=20), ended_at=None if state == "open" else at,
                card_kind=("face_auth" if n % 7 == 0 else "standard") if done else None, codes_set="",
                registered=registered if done else None, failure_code="RESIDENT_LEFT" if state == "failed" else None))
        session.commit()


def november(engine: Engine) -> MonthlyStatistics:
    """A designed November (JST), with October and December around it.

    In November: ① received 1, 2, 3; ② set 1, 4; ③ notice 1 (4's is on Dec 1). Before Dec 1: ① 8
    (not 8, which has no dates), ② 1, 4, 5, 6, 7, 9; ③ 1, 5, 6, 7, 9.
    ④ in November: 5 (00:10 on Nov 1 = Oct 31 UTC), 6, 7 (23:30 on Nov 30), 1, 77 (not in the
    queue); not 1's failed attempt, 2's open claim, 9 (00:30 on Dec 1 = Nov 30 UTC), 4 (Oct 31).
    """
    import_queue(engine, [
        queued(1, date(1950, 1, 1), D(date(2026, 11, 2), date(2026, 11, 16), date(2026, 11, 20))),
        queued(2, date(1951, 12, 1), D(date(2026, 11, 30))),
        queued(3, date(1990, 6, 15), D(date(2026, 11, 1)), status=ApplicationStatus.APPLIED),
        queued(4, date(2012, 11, 30), D(date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1))),
        queued(5, date(1951, 11, 1), D(date(2026, 9, 1), date(2026, 10, 1), date(2026, 10, 31))),
        queued(6, date(1955, 5, 5), D(date(2026, 9, 2), date(2026, 10, 2), date(2026, 10, 5))),
        queued(7, date(2001, 12, 1), D(date(2026, 9, 3), date(2026, 10, 3), date(2026, 10, 6)), name="七　七"),
        queued(8, date(1985, 8, 8)),  # imported without dates (an older file)
        queued(9, date(1951, 12, 1), D(date(2026, 8, 1), date(2026, 9, 1), date(2026, 9, 5))),
    ])
    hand_over(engine,
              (5, "DESK-01", jst(2026, 11, 1, 0, 10), "completed", True),  # 75 that local day (74 by UTC)
              (6, "DESK-01", jst(2026, 11, 10, 10, 0), "completed", False),  # 71
              (7, "DESK-02", jst(2026, 11, 30, 23, 30), "completed", False),  # 24; a face card
              (1, "DESK-02", jst(2026, 11, 20, 9, 0), "failed", False),
              (1, "DESK-02", jst(2026, 11, 20, 9, 30), "completed", True),  # 76
              (2, "DESK-01", jst(2026, 11, 30, 11, 0), "open", False),
              (9, "DESK-03", jst(2026, 12, 1, 0, 30), "completed", False),  # 75 that local day (74 by UTC)
              (77, "DESK-02", jst(2026, 11, 15, 14, 0), "completed", False),  # a face card
              (4, "DESK-01", jst(2026, 10, 31, 23, 59), "completed", True))
    return MonthlyStatistics(engine)


def audit(engine: Engine, *events: tuple[str, str, datetime], data: str = '{"session":"1"}') -> None:
    """(terminal, event name, time): rows written straight to the audit table, chained by nothing
    (the dashboard counts events; ``kiosk.store.audit``'s own tests cover the chain)."""
    with Session(engine) as session:
        start = session.query(AuditEvent).count()
        for n, (terminal, name, at) in enumerate(events, start):
            session.add(AuditEvent(at=at, terminal_id=terminal, event=name, data=data, prev_hash="0" * 64,
                                   hash=hashlib.sha256(str(n).encode()).hexdigest()))
        session.commit()


def registration_month(engine: Engine) -> MonthlyStatistics:
    """The registration support desks around November (JST).

    REG-01 in November: registered 3 (one at 00:00 on Nov 1, one at 23:59 on Nov 30), already 1,
    declined 1, failed 1; REG-02: declined 1; REG-03: already registered 2. Not November's: 23:59 on
    Oct 31, 00:00 on Dec 1 (both REG-01, registered), nor a staff call or a counter event.
    """
    audit(engine,
          ("REG-01", REGISTERED, jst(2026, 10, 31, 23, 59)),
          ("REG-01", REGISTERED, jst(2026, 11, 1, 0, 0)),
          ("REG-01", REGISTERED, jst(2026, 11, 12, 10, 0)),
          ("REG-01", ALREADY_REGISTERED, jst(2026, 11, 12, 10, 30)),
          ("REG-01", DECLINED, jst(2026, 11, 13, 9, 0)),
          ("REG-01", FAILED, jst(2026, 11, 14, 15, 0)),
          ("REG-01", "registration_desk.staff_call", jst(2026, 11, 14, 14, 50)),
          ("REG-02", DECLINED, jst(2026, 11, 20, 11, 0)),
          ("REG-03", ALREADY_REGISTERED, jst(2026, 11, 21, 11, 0)),
          ("REG-03", ALREADY_REGISTERED, jst(2026, 11, 22, 11, 0)),
          ("DESK-01", "counter.handed_over", jst(2026, 11, 22, 12, 0)),
          ("REG-01", REGISTERED, jst(2026, 11, 30, 23, 59)),
          ("REG-01", REGISTERED, jst(2026, 12, 1, 0, 0)))
    return MonthlyStatistics(engine)


def bands(**found: tuple[int, int]) -> tuple[AgeBandRow, ...]:
    every = {"75+": "old", "65-74": "senior", "40-64": "middle", "15-39": "young", "0-14": "child",
             "unknown": "unknown"}
    rows = [AgeBandRow(code, *found.get(key, (0, 0))) for code, key in every.items()]
    return tuple(rows[:5] + (rows[5:] if "unknown" in found else []))


def test_the_four_numbers_their_gaps_desks_and_age_bands(engine):
    report = november(engine).report(NOVEMBER)
    assert (report.month, report.time_zone, report.desk) == (NOVEMBER, "Asia/Tokyo", None)
    assert report.counts == IssuanceCounts(3, 2, 1, 5)
    assert report.counts.gaps() == {"received_minus_set": 1, "set_minus_notified": 1,
                                    "notified_minus_handed_over": -4}
    assert report.to_month_end == IssuanceCounts(8, 6, 5, 6)
    assert report.to_month_end.gaps() == {"received_minus_set": 2, "set_minus_notified": 1,
                                          "notified_minus_handed_over": -1}
    assert report.undated == 1
    assert report.by_desk == (DeskRow("DESK-01", 2, 1, 0), DeskRow("DESK-02", 3, 1, 2))
    assert report.age_bands == bands(old=(2, 2), senior=(1, 0), young=(1, 0), unknown=(1, 0))
    assert [(f.application_id, f.desk_id, f.band, f.handed_over_at) for f in report.follow_up] == [
        (app(6), "DESK-01", "65-74", jst(2026, 11, 10, 10, 0)), (app(77), "DESK-02", "unknown", jst(2026, 11, 15, 14)),
        (app(7), "DESK-02", "15-39", jst(2026, 11, 30, 23, 30))]
    assert [(f.name, f.name_kana) for f in report.follow_up] == [
        ("試験　花子", "シケン　ハナコ"), ("", ""), ("七　七", "シケン　ハナコ")]


def test_the_next_month_counts_its_first_minutes_and_the_age_on_that_local_day(engine):
    report = november(engine).report(DECEMBER)
    assert report.counts == IssuanceCounts(0, 0, 1, 1)
    assert report.by_desk == (DeskRow("DESK-03", 1, 0, 0),)
    assert report.age_bands == bands(old=(1, 0))  # 75 on Dec 1 in Tokyo; still 74 on Nov 30 in UTC


def test_one_desk_narrows_the_desk_blocks_but_not_the_four_numbers(engine):
    statistics = november(engine)
    every = statistics.report(NOVEMBER)
    report = statistics.report(NOVEMBER, "DESK-02")
    assert (report.desk, report.counts, report.to_month_end) == ("DESK-02", every.counts, every.to_month_end)
    assert report.by_desk == (DeskRow("DESK-02", 3, 1, 2),)
    assert report.age_bands == bands(old=(1, 1), young=(1, 0), unknown=(1, 0))
    assert [f.application_id for f in report.follow_up] == [app(77), app(7)]
    quiet = statistics.report(NOVEMBER, "DESK-09")
    assert (quiet.by_desk, quiet.age_bands, quiet.follow_up) == ((DeskRow("DESK-09", 0, 0, 0),), bands(), ())


def test_an_empty_store_gives_zeros(engine):
    report = MonthlyStatistics(engine).report(NOVEMBER)
    assert (report.counts, report.to_month_end, report.undated) == (IssuanceCounts(0, 0, 0, 0),) * 2 + (0,)
    assert (report.by_desk, report.age_bands, report.follow_up) == ((), bands(), ())


def test_age_bands_follow_age_on_for_birthdays_leap_days_and_local_midnights(engine):
    """300 handovers in February 2028 (a leap year) at random local times, many near midnight,
    for residents born on the handover day, the day before or after it, on 29 February, or at random."""
    rng = random.Random(2028)  # noqa: S311 - made-up residents
    rows, attempts, expected = [], [], Counter()
    for n in range(1, 301):
        at = jst(2028, 2, 1) + timedelta(minutes=rng.randrange(29 * 24 * 60))
        if n % 3 == 0:
            at = at.replace(hour=rng.choice((0, 23)), minute=rng.choice((0, 1, 58, 59)))
        day, years = at.date(), rng.choice((14, 15, 39, 40, 64, 65, 74, 75, 76, 90))
        born = rng.choice((
            date(day.year - years, 2, 28) + timedelta(days=rng.choice((0, 1, 2))),
            date(day.year - years - (day.year - years) % 4, 2, 29),
            date(day.year - years, day.month, min(day.day, 28)) + timedelta(days=rng.choice((-1, 0, 1))),
            date(rng.randrange(1925, 2027), rng.randrange(1, 13), rng.randrange(1, 29))))
        rows.append(queued(n, born))
        registered = n % 2 == 0
        attempts.append((n, "DESK-01", at, "completed", registered))
        band = age_band(age_on(born, local(at).date()))
        expected[band, "all"] += 1
        expected[band, "registered"] += registered
    import_queue(MonthlyStatistics(engine).engine, rows)
    hand_over(engine, *attempts)
    report = MonthlyStatistics(engine).report(date(2028, 2, 1))
    assert {row.band: (row.cards_handed_over, row.registered) for row in report.age_bands} == {
        code: (expected[code, "all"], expected[code, "registered"]) for code in ("75+", "65-74", "40-64", "15-39",
                                                                               "0-14")}
    assert {f.application_id: f.band for f in report.follow_up} == {
        app(n): age_band(age_on(rows[n - 1].birth_date, local(at).date()))
        for n, _, at, _, registered in attempts if not registered}


def test_a_zone_with_daylight_saving_counts_local_months_and_days(engine):
    """Berlin: CET (+1) until 2026-03-29 01:00 UTC, CEST (+2) after. 22:30 UTC on March 30 is
    00:30 on March 31 there: a resident born on 1951-03-31 is 75 that day."""
    set_time_zone("Europe/Berlin")
    start, end = month_span(date(2026, 3, 1))
    assert start.astimezone(UTC) == datetime(2026, 2, 28, 23, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 3, 31, 22, tzinfo=UTC)
    assert [(at.astimezone(UTC), seconds) for at, seconds in utc_offsets(start, end)] == [
        (datetime(2026, 2, 28, 23, tzinfo=UTC), 3600), (datetime(2026, 3, 29, 1, tzinfo=UTC), 7200)]
    import_queue(engine, [queued(1, date(1951, 3, 31)), queued(2, date(1951, 3, 1)), queued(3, date(1990, 1, 1))])
    hand_over(engine, (1, "DESK-01", datetime(2026, 3, 30, 22, 30, tzinfo=UTC), "completed", True),
              (2, "DESK-01", datetime(2026, 2, 28, 23, 30, tzinfo=UTC), "completed", True),  # 00:30 on March 1
              (3, "DESK-01", datetime(2026, 3, 31, 22, 30, tzinfo=UTC), "completed", True))  # 00:30 on April 1
    report = MonthlyStatistics(engine).report(date(2026, 3, 1))
    assert report.time_zone == "Europe/Berlin" and report.counts.cards_handed_over == 2
    assert report.age_bands == bands(old=(2, 2))


def test_the_csv_texts_have_a_bom_crlf_and_the_documented_columns(engine):
    report = november(engine).report(NOVEMBER)
    numbers = report.to_csv()
    assert numbers.startswith("\ufeff月,区分,窓口,年齢,項目,件数\r\n") and "\n" not in numbers.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(numbers.removeprefix("\ufeff"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert ["2026-11", "当月", "全体", "", "①交付申請受付件数", "3"] in rows
    assert ["2026-11", "当月の乖離", "全体", "", "③−④ 受け取り待ち", "-4"] in rows
    assert ["2026-11", "月末までの累計", "全体", "", "④交付枚数", "6"] in rows
    assert ["2026-11", "窓口別", "DESK-02", "", "顔認証マイナンバーカード", "2"] in rows
    assert ["2026-11", "年齢別", "全体", "75歳以上", "同日の保険証利用登録", "2"] in rows
    assert ["2026-11", "日付のない申請", "全体", "", "交付申請受付日なし", "1"] in rows
    assert "試験" not in numbers  # no names in the numbers
    calls = report.follow_up_csv()
    assert calls.startswith("\ufeff") and calls.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(calls.removeprefix("\ufeff"))))
    assert tuple(rows[0]) == FOLLOW_UP_COLUMNS
    assert rows[1] == [app(6), "試験　花子", "シケン　ハナコ", "2026-11-10 10:00", "DESK-01", "65〜74歳"]
    assert rows[2][1:3] == ["", ""] and rows[2][5] == "不明"
    assert "1955" not in calls and "千代田" not in calls  # no birth date, no address


def test_as_dict_has_the_issue_keys(engine):
    data = november(engine).report(NOVEMBER).as_dict()
    assert {"applications_received": 3, "preissuance_set": 2, "notices_sent": 1, "cards_handed_over": 5}.items() \
        <= data.items()
    assert data["month"] == "2026-11" and data["applications_without_dates"] == 1
    assert data["to_month_end"]["gaps"]["received_minus_set"] == 2
    assert data["age_bands"][0] == {"band": "75+", "cards_handed_over": 2, "registered": 2, "not_registered": 0}
    assert data["follow_up"][0]["handed_over_at"] == "2026-11-10T10:00+09:00"


def test_registration_desk_outcomes_per_desk_and_in_total(engine):
    report = registration_month(engine).report(NOVEMBER)
    assert report.registration_desks == (
        RegistrationDeskRow("REG-01", RegistrationOutcomes(3, 1, 1, 1)),
        RegistrationDeskRow("REG-02", RegistrationOutcomes(0, 0, 1, 0)),
        RegistrationDeskRow("REG-03", RegistrationOutcomes(0, 2, 0, 0)))
    assert report.registration_total == RegistrationOutcomes(3, 3, 2, 1)
    assert (report.registration_total.visits, report.registration_total.rate) == (9, 0.5)
    assert [row.outcomes.rate for row in report.registration_desks] == [0.6, 0.0, None]  # REG-03: nothing to do
    assert report.by_desk == ()  # the counter's desks are the handovers'


def test_registration_desk_months_begin_at_local_midnight_in_the_configured_zone(engine):
    statistics = registration_month(engine)
    assert statistics.report(date(2026, 10, 1)).registration_total == RegistrationOutcomes(1, 0, 0, 0)
    assert statistics.report(DECEMBER).registration_total == RegistrationOutcomes(1, 0, 0, 0)  # 00:00 on Dec 1
    set_time_zone("UTC")  # 00:00 on Nov 1 in Tokyo is 15:00 on Oct 31 in UTC; 00:00 on Dec 1 is Nov 30
    assert statistics.report(date(2026, 10, 1)).registration_total == RegistrationOutcomes(2, 0, 0, 0)
    assert statistics.report(NOVEMBER).registration_total == RegistrationOutcomes(3, 3, 2, 1)
    assert statistics.report(DECEMBER).registration_total == RegistrationOutcomes()


def test_one_desk_narrows_the_registration_desks(engine):
    statistics = registration_month(engine)
    assert statistics.report(NOVEMBER, "REG-02").registration_desks == (
        RegistrationDeskRow("REG-02", RegistrationOutcomes(0, 0, 1, 0)),)
    quiet = statistics.report(NOVEMBER, "REG-09")
    assert quiet.registration_desks == (RegistrationDeskRow("REG-09", RegistrationOutcomes()),)
    assert quiet.registration_total.rate is None
    assert MonthlyStatistics(engine).report(date(2026, 9, 1)).registration_desks == ()


def test_registration_desk_events_are_counted_by_name_never_by_their_data(engine):
    """A month's outcome events are counted from their name, time and terminal: the query does not
    select ``data`` (here not even JSON) and the report holds nothing from it."""
    audit(engine, ("REG-01", REGISTERED, jst(2026, 11, 2, 9)), ("REG-01", FAILED, jst(2026, 11, 2, 10)),
          data="not json: never read")
    sent: list[str] = []

    def record(_conn, _cursor, statement, _parameters, _context, _many):
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    report = MonthlyStatistics(engine).report(NOVEMBER)
    event.remove(engine, "before_cursor_execute", record)
    assert report.registration_total == RegistrationOutcomes(1, 0, 0, 1)
    [query] = [statement for statement in sent if "audit_events" in statement]
    assert "audit_events.data" not in query and "never read" not in str(report.as_dict())


def test_registration_desks_in_the_json_and_the_csv(engine):
    statistics = registration_month(engine)
    data = statistics.report(NOVEMBER).as_dict()
    assert data["registration_desks"]["total"] == {"visits": 9, "registered": 3, "already_registered": 3,
                                                   "declined": 2, "failed": 1, "registration_rate": 0.5}
    assert data["registration_desks"]["by_desk"][2] == {"desk_id": "REG-03", "visits": 2, "registered": 0,
                                                        "already_registered": 2, "declined": 0, "failed": 0,
                                                        "registration_rate": None}
    numbers = statistics.report(NOVEMBER).to_csv()
    assert numbers.startswith("\ufeff月,区分,窓口,年齢,項目,件数\r\n")
    rows = list(csv.reader(io.StringIO(numbers.removeprefix("\ufeff"))))
    added = [row for row in rows if row[1] == "利用登録支援窓口"]
    assert rows[-len(added):] == added  # after the existing rows, which keep their order
    assert added[:4] == [["2026-11", "利用登録支援窓口", "REG-01", "", "登録した", "3"],
                         ["2026-11", "利用登録支援窓口", "REG-01", "", "登録済みだった", "1"],
                         ["2026-11", "利用登録支援窓口", "REG-01", "", "申し込まなかった", "1"],
                         ["2026-11", "利用登録支援窓口", "REG-01", "", "登録できなかった", "1"]]
    assert [row[2] for row in added[-4:]] == ["全体"] * 4
    assert [row[4:] for row in added[-4:]] == [["登録した", "3"], ["登録済みだった", "3"], ["申し込まなかった", "2"],
                                               ["登録できなかった", "1"]]
    one = list(csv.reader(io.StringIO(statistics.report(NOVEMBER, "REG-02").to_csv().removeprefix("\ufeff"))))
    assert [row[2:] for row in one if row[1] == "利用登録支援窓口"] == [
        ["REG-02", "", "登録した", "0"], ["REG-02", "", "登録済みだった", "0"], ["REG-02", "", "申し込まなかった", "1"],
        ["REG-02", "", "登録できなかった", "0"]]


@pytest.mark.parametrize(("text", "first"), [("2026-11", date(2026, 11, 1)), ("2027-01", date(2027, 1, 1))])
def test_parse_month(text, first):
    assert parse_month(text) == first


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", "", "２０２６-11",
                                  "0001-01", "9999-12"])
def test_parse_month_refuses_what_is_not_a_month(text):
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_month(text)


# --- PostgreSQL: the indexes in the plans, the benchmark's loader --------------------------------------

def test_postgresql_plans_use_the_monthly_indexes(postgres_url):
    """Each month query, EXPLAINed on a small year loaded by the benchmark's loader: ①②③ count on
    their date indexes, ④ and the desks read ix_handovers_completed_month alone (its predicate
    matches the queries'), the registration support desks read ix_audit_events_event_at alone (for
    every desk and for one). On so few rows a bitmap or sequential scan costs about the same, so those
    are switched off here; ``bench/dashboard.py --explain`` shows the plans of a full year."""
    bench = _bench()
    engine = open_engine(postgres_url)
    bench.load(engine, *bench.generate(3000, 2026))
    sent: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    report = MonthlyStatistics(engine).report(NOVEMBER)
    MonthlyStatistics(engine).report(NOVEMBER, "REG-01")
    event.remove(engine, "before_cursor_execute", record)
    assert report.counts.cards_handed_over > 200 and report.registration_total.visits > 100
    plans = []
    with engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")
        connection.exec_driver_sql("SET enable_bitmapscan = off")
        for statement, parameters in sent:
            plans.append("\n".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + statement, parameters)))
    counts, desks = plans[0], plans[1]
    for index in ("ix_applications_received_on", "ix_applications_preissuance_set_on",
                  "ix_applications_notice_sent_on", "ix_handovers_completed_month"):
        assert f"Index Only Scan using {index}" in counts, counts
    assert "Index Only Scan using ix_handovers_completed_month" in desks, desks
    registration = [plan for (statement, _), plan in zip(sent, plans, strict=True) if "audit_events" in statement]
    assert len(registration) == 2
    for plan in registration:
        assert "Index Only Scan using ix_audit_events_event_at" in plan, plan
    engine.dispose()


def test_the_benchmark_loads_and_times_a_year(postgres_url, capsys):
    bench = _bench()
    engine = open_engine(postgres_url)
    applications, attempts, events = bench.generate(600, 2026)
    assert sum(row[3] == "completed" for row in attempts) == 600 and len(applications) == 690
    outcomes = [row for row in events if row[2] in OUTCOME_EVENTS]
    assert len(events) > 3 * len(attempts) and 3 * 2 * 250 < len(outcomes) < 3 * 8 * 262  # 2–8 a weekday, 3 desks
    bench.load(engine, applications, attempts, events)
    rows = bench.measure(MonthlyStatistics(engine), 2026, repeats=1)
    assert [row[0] for row in rows] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert sum(row[1] for row in rows) == 600 and sum(row[3] for row in rows) == len(outcomes)
    with Session(engine) as session:
        assert verify(session).ok  # the loaded audit events are one chain
    engine.dispose()


def _bench():
    spec = importlib.util.spec_from_file_location("bench_dashboard", ROOT / "bench" / "dashboard.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
