"""Handovers (交付) at the municipal counter on SQLite and PostgreSQL (product.md "The counter visit";
reception-and-counter-flows.md §B2–B4): claim → identity decision → complete or fail, one live
handover per application enforced by the database, abandoned claims released, the day's numbers and
CSV against a designed day, migration 0002 down and up, and nothing personal in the database."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from kiosk.clock import TOKYO
from kiosk.counter.applications import make_application_id, normalise_application_id
from kiosk.counter.records import (
    CSV_COLUMNS,
    AlreadyHandedOverError,
    ClaimClosedError,
    Counts,
    DayStatistics,
    Handover,
    HandoverTakenError,
    HourRow,
    IdentityCheck,
    IdentityNotConfirmedError,
    StaffRow,
    documents_sufficient,
)
from kiosk.store import staff as staff_module
from kiosk.store.counter import SqlCounterStore
from kiosk.store.db import MIGRATIONS, make_engine, migrate, open_engine
from kiosk.store.models import AuditEvent, IdentityCheckRecord
from kiosk.store.models import Handover as HandoverRow

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=TOKYO)
APP = make_application_id(1234567890123456789012)  # 1234-5678-9012-3456-7890-121
PASSWORD = "madoguchi-2025"  # noqa: S105 - a test account


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap scrypt for tests that are not about passwords (tests/store/test_staff.py uses the real
    cost); the stored string names its parameters, so logins still verify."""
    monkeypatch.setattr(staff_module, "SCRYPT_N", 2**4)


@pytest.fixture
def counter(store_url: str, clock: Clock, fast_kdf: None) -> Iterator[SqlCounterStore]:
    store = SqlCounterStore(open_engine(store_url), clock=clock)
    store.staff.create("c01", "窓口 一郎", "counter", PASSWORD)
    store.staff.create("c02", "窓口 二子, 補助", "counter", PASSWORD)
    store.staff.create("s01", "係長 三郎", "supervisor", PASSWORD)
    yield store
    store.close()


def app(n: int) -> str:
    return make_application_id(2025030300000000000000 + n * 10)  # 2025-0303-0000-0000-00n0-...


def events(url: str, since: int = 3) -> list[tuple[str, str, dict[str, str]]]:
    """Audit events after the three staff.created ones."""
    engine = make_engine(url)
    with Session(engine) as session:
        rows = [(e.event, e.terminal_id, json.loads(e.data))
                for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    engine.dispose()
    return rows[since:]


def count(url: str, model: type) -> int:
    engine = make_engine(url)
    with Session(engine) as session:
        found = session.scalar(select(func.count()).select_from(model))
    engine.dispose()
    return found


def hand_over(store: SqlCounterStore, application_id: str, staff_id: str, desk_id: str, claimed: datetime,
              ended: datetime, *, face_card: bool = False, registered: bool = True) -> int:
    claim_id = store.claim(application_id, desk_id, staff_id, claimed)
    store.record_identity_check(claim_id, ["driving_license"], 0.9, "confirmed", staff_id, claimed)
    store.complete(claim_id, face_card=face_card, pins_set=[] if face_card else ["auth", "juki", "kenhojo"],
                   registered=registered, at=ended)
    return claim_id


def give_up(store: SqlCounterStore, application_id: str, staff_id: str, desk_id: str, claimed: datetime,
            ended: datetime, failure_code: str) -> int:
    claim_id = store.claim(application_id, desk_id, staff_id, claimed)
    store.fail(claim_id, failure_code, ended)
    return claim_id


# --- one visit ------------------------------------------------------------------------------------

def test_claim_identity_check_complete_round_trip(counter, store_url):
    claim_id = counter.claim(APP, "desk-1", "c01", T0)
    counter.record_identity_check(claim_id, ["insurance", "pension"], 0.87, "confirmed", "s01",
                                  T0 + timedelta(minutes=5))
    counter.complete(claim_id, face_card=False, pins_set=["kenhojo", "sign", "juki", "auth"],
                     registered=True, at=T0 + timedelta(minutes=30))

    assert counter.handover(claim_id) == Handover(
        claim_id=claim_id, application_id=APP, desk_id="desk-1", staff_id="c01", state="completed",
        claimed_at=T0, ended_at=T0 + timedelta(minutes=30), face_card=False,
        pins_set=("sign", "auth", "juki", "kenhojo"), registered=True, failure_code=None,
        identity=IdentityCheck(claim_id, ("insurance", "pension"), 0.87, "confirmed", "s01",
                               T0 + timedelta(minutes=5)))
    ids = {"claim_id": str(claim_id), "application_id": APP}
    assert events(store_url) == [
        ("counter.claimed", "desk-1", {**ids, "staff_id": "c01"}),
        ("counter.identity_checked", "desk-1", {**ids, "staff_id": "s01", "decision": "confirmed",
                                                "documents": "insurance,pension"}),
        ("counter.handed_over", "desk-1", {**ids, "staff_id": "c01", "card_kind": "standard",
                                           "pin_kinds": "sign,auth,juki,kenhojo",
                                           "registered": "true"})]
    assert counter.verify_audit().ok


def test_a_face_authentication_card_has_no_pins(counter):
    claim_id = counter.claim(APP, "desk-1", "c01", T0)
    counter.record_identity_check(claim_id, ["passport"], None, "confirmed", "c01", T0)
    with pytest.raises(ValueError, match="PIN"):
        counter.complete(claim_id, face_card=True, pins_set=["juki"], registered=False, at=T0)
    counter.complete(claim_id, face_card=True, pins_set=[], registered=False, at=T0)
    handover = counter.handover(claim_id)
    assert (handover.face_card, handover.pins_set, handover.registered) == (True, (), False)


def test_the_store_takes_the_canonical_application_id_only(counter, store_url):
    typed = normalise_application_id("１２３４ ５６７８ ９０１２ ３４５６ ７８９０ １２１")  # by the domain
    claim_id = counter.claim(typed, "desk-1", "c01", T0)
    assert counter.handover(claim_id).application_id == APP
    for wrong in ("12345678901234567890121", "1234-5678-9012-3456-7890-12", "ABCD-5678-9012-3456-7890-121"):
        with pytest.raises(ValueError, match="canonical") as caught:
            counter.claim(wrong, "desk-1", "c01", T0)
        assert wrong not in str(caught.value)
        with pytest.raises(ValueError, match="canonical"):
            counter.handovers_of(wrong)
    assert count(store_url, HandoverRow) == 1


# --- one live handover per application --------------------------------------------------------------

def test_a_second_desk_loses_cleanly_and_learns_who_has_it(counter, store_url):
    claim_id = counter.claim(APP, "desk-1", "c01", T0)
    before = (count(store_url, HandoverRow), count(store_url, AuditEvent))

    with pytest.raises(HandoverTakenError) as caught:
        counter.claim(APP, "desk-2", "c02", T0 + timedelta(minutes=1))
    assert type(caught.value) is HandoverTakenError and caught.value.code == "COUNTER_ALREADY_IN_PROGRESS"
    assert (caught.value.desk_id, caught.value.staff_id, caught.value.since) == ("desk-1", "c01", T0)
    assert "desk desk-1" in caught.value.detail and caught.value.message_values == {"desk": "desk-1"}

    counter.record_identity_check(claim_id, ["passport"], 0.9, "confirmed", "c01", T0)
    counter.complete(claim_id, face_card=False, pins_set=[], registered=False, at=T0 + timedelta(minutes=20))
    with pytest.raises(AlreadyHandedOverError) as caught:
        counter.claim(APP, "desk-1", "c01", T0 + timedelta(hours=1))  # even the same desk
    assert caught.value.code == "COUNTER_ALREADY_HANDED_OVER"
    assert (caught.value.application_id, caught.value.desk_id) == (APP, "desk-1")
    assert count(store_url, HandoverRow) == before[0]
    assert count(store_url, AuditEvent) == before[1] + 2  # the identity check and the handover only


def test_a_failed_claim_releases_the_application(counter, store_url):
    first = counter.claim(APP, "desk-1", "c01", T0)
    counter.fail(first, "RESIDENT_LEFT", T0 + timedelta(minutes=10), pins_set=["sign"])
    second = hand_over(counter, APP, "c02", "desk-2", T0 + timedelta(minutes=15), T0 + timedelta(minutes=40))

    assert [(h.claim_id, h.state, h.failure_code, h.pins_set) for h in counter.handovers_of(APP)] == [
        (first, "failed", "RESIDENT_LEFT", ("sign",)),
        (second, "completed", None, ("auth", "juki", "kenhojo"))]
    assert events(store_url)[1] == ("counter.failed", "desk-1", {
        "claim_id": str(first), "application_id": APP, "staff_id": "c01", "failure_code": "RESIDENT_LEFT",
        "pin_kinds": "sign"})


def test_completing_twice_is_refused_and_closed_claims_stay_closed(counter, store_url):
    done = hand_over(counter, APP, "c01", "desk-1", T0, T0 + timedelta(minutes=20))
    with pytest.raises(AlreadyHandedOverError):
        counter.complete(done, face_card=False, pins_set=[], registered=True, at=T0 + timedelta(minutes=21))
    with pytest.raises(AlreadyHandedOverError):
        counter.fail(done, "RESIDENT_LEFT", T0 + timedelta(minutes=21))
    with pytest.raises(AlreadyHandedOverError):
        counter.record_identity_check(done, ["passport"], None, "refused", "c01", T0)

    failed = give_up(counter, app(2), "c01", "desk-1", T0, T0 + timedelta(minutes=5), "CARD_ERROR")
    with pytest.raises(ClaimClosedError) as caught:
        counter.complete(failed, face_card=False, pins_set=[], registered=False, at=T0)
    assert caught.value.code == "COUNTER_CLAIM_CLOSED"
    with pytest.raises(ClaimClosedError):
        counter.fail(failed, "CARD_ERROR", T0)
    with pytest.raises(ClaimClosedError):
        counter.record_identity_check(failed, ["passport"], None, "confirmed", "c01", T0)
    with pytest.raises(ValueError, match="no claim"):
        counter.complete(999, face_card=False, pins_set=[], registered=False, at=T0)

    assert counter.handover(done).ended_at == T0 + timedelta(minutes=20)  # untouched
    assert [e for e, _, _ in events(store_url)] == [
        "counter.claimed", "counter.identity_checked", "counter.handed_over",
        "counter.claimed", "counter.failed"]


def test_completing_needs_a_confirmed_identity(counter):
    claim_id = counter.claim(APP, "desk-1", "c01", T0)
    with pytest.raises(IdentityNotConfirmedError) as caught:
        counter.complete(claim_id, face_card=False, pins_set=[], registered=False, at=T0)
    assert caught.value.code == "COUNTER_IDENTITY_NOT_CONFIRMED"
    counter.record_identity_check(claim_id, ["insurance"], 0.31, "refused", "s01", T0)
    with pytest.raises(ValueError, match="already"):
        counter.record_identity_check(claim_id, ["passport"], 0.95, "confirmed", "s01", T0)
    with pytest.raises(IdentityNotConfirmedError):
        counter.complete(claim_id, face_card=False, pins_set=[], registered=False, at=T0)
    counter.fail(claim_id, "IDENTITY_REFUSED", T0 + timedelta(minutes=3))
    assert counter.handover(claim_id).identity.decision == "refused"


REFUSED_CALLS = [
    (lambda c, i: c.record_identity_check(i, ["insurance"], 0.9, "confirmed", "c01", T0), "list-A"),
    (lambda c, i: c.record_identity_check(i, ["insurance", "insurance"], 0.9, "confirmed", "c01", T0),
     "distinct"),
    (lambda c, i: c.record_identity_check(i, ["my_number_card"], 0.9, "confirmed", "c01", T0), "codes"),
    (lambda c, i: c.record_identity_check(i, ["passport"], 1.5, "confirmed", "c01", T0), "between 0 and 1"),
    (lambda c, i: c.record_identity_check(i, ["passport"], float("nan"), "confirmed", "c01", T0), "0 and 1"),
    (lambda c, i: c.record_identity_check(i, ["passport"], 0.9, "maybe", "c01", T0), "decision"),
    (lambda c, i: c.record_identity_check(i, ["passport"], 0.9, "confirmed", "c01", T0.replace(tzinfo=None)),
     "timezone-aware"),
    (lambda c, i: c.complete(i, face_card=False, pins_set=["4450"], registered=False, at=T0), "PIN kinds"),
    (lambda c, i: c.complete(i, face_card=False, pins_set=["juki", "juki"], registered=False, at=T0), "once"),
    (lambda c, i: c.fail(i, "resident left", T0), "failure_code"),
    (lambda c, i: c.fail(i, "CARD_ERROR", T0, pins_set="4450"), "PIN kinds"),
    (lambda c, i: c.claim(APP, "desk 2", "c02", T0), "desk_id"),
]


def test_fields_outside_the_rules_are_refused_unechoed_and_write_nothing(sqlite_url, fast_kdf):
    counter = SqlCounterStore(open_engine(sqlite_url))
    counter.staff.create("c01", "窓口 一郎", "counter", PASSWORD)
    counter.staff.create("c02", "窓口 二子", "counter", PASSWORD)
    claim_id = counter.claim(app(1), "desk-1", "c01", T0)
    before = count(sqlite_url, AuditEvent)
    for call, problem in REFUSED_CALLS:
        with pytest.raises(ValueError, match=problem) as caught:
            call(counter, claim_id)
        assert "4450" not in str(caught.value)
    assert count(sqlite_url, AuditEvent) == before
    assert counter.handover(claim_id).state == "open"
    counter.close()


def test_documents_rule_is_one_from_list_a_or_two_from_list_b():
    assert documents_sufficient(["passport"]) and documents_sufficient(["insurance", "pension"])
    assert not documents_sufficient(["insurance"]) and not documents_sufficient(["insurance", "insurance"])
    assert not documents_sufficient([]) and not documents_sufficient(["unknown", "insurance"])


def test_the_database_itself_allows_one_live_handover_per_application(counter, store_url):
    """Whatever the code does, a second open or completed row for an application cannot be written."""
    done = hand_over(counter, APP, "c01", "desk-1", T0, T0 + timedelta(minutes=20))
    engine = make_engine(store_url)
    row = {"application_id": APP, "desk_id": "desk-2", "staff_id": "c02", "claimed_at": T0, "codes_set": ""}
    for values in ({"state": "open"},
                   {"state": "completed", "ended_at": T0, "card_kind": "standard", "registered": False}):
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(insert(HandoverRow).values(**row, **values))
    with engine.begin() as connection:  # failed attempts are history: any number of them
        for _ in range(2):
            connection.execute(insert(HandoverRow).values(**row, state="failed", ended_at=T0,
                                                          failure_code="X"))
    with pytest.raises(IntegrityError), engine.begin() as connection:  # an outcome needs its fields
        connection.execute(insert(HandoverRow).values(**row | {"application_id": app(2)}, state="completed",
                                                      ended_at=T0))
    with pytest.raises(IntegrityError), engine.begin() as connection:  # one decision per claim
        connection.execute(insert(IdentityCheckRecord).values(handover_id=done, documents="passport",
                                                              decision="confirmed", staff_id="c01",
                                                              decided_at=T0))
    engine.dispose()


# --- abandoned claims -----------------------------------------------------------------------------

def test_release_stale_frees_claims_a_crashed_desk_left_open(counter, store_url, clock):
    old = counter.claim(app(1), "desk-1", "c01", T0)
    recent = counter.claim(app(2), "desk-2", "c02", T0 + timedelta(minutes=50))
    clock.now = T0 + timedelta(hours=1)

    assert counter.release_stale(timedelta(minutes=30)) == [old]
    assert counter.release_stale(timedelta(minutes=30)) == []
    released = counter.handover(old)
    assert (released.state, released.failure_code, released.ended_at) == (
        "failed", "COUNTER_CLAIM_ABANDONED", T0 + timedelta(hours=1))
    assert counter.handover(recent).state == "open"
    with pytest.raises(ClaimClosedError):  # the crashed desk comes back too late
        counter.complete(old, face_card=False, pins_set=[], registered=False, at=clock.now)
    hand_over(counter, app(1), "c02", "desk-2", clock.now, clock.now + timedelta(minutes=20))
    assert events(store_url)[2] == ("counter.released", "desk-1", {
        "claim_id": str(old), "application_id": app(1), "staff_id": "c01",
        "failure_code": "COUNTER_CLAIM_ABANDONED", "pin_kinds": ""})


# --- the day's numbers ------------------------------------------------------------------------------

def at(hour: int, minute: int = 0, second: int = 0, microsecond: int = 0, day: int = 3) -> datetime:
    return datetime(2025, 3, day, hour, minute, second, microsecond, tzinfo=TOKYO)


@pytest.fixture
def designed_day(counter, clock) -> SqlCounterStore:
    """Attempts across hours, staff and outcomes on 2025-03-03 (JST), and around its edges."""
    hand_over(counter, app(1), "c01", "desk-1", at(8), at(8, 30))  # 23:30 UTC the day before
    hand_over(counter, app(2), "c01", "desk-1", at(8, 50), at(9, 10))
    hand_over(counter, app(3), "c01", "desk-1", at(9, 20), at(9, 45), face_card=True)
    give_up(counter, app(4), "c02", "desk-2", at(9, 30), at(9, 40), "IDENTITY_REFUSED")
    hand_over(counter, app(5), "c02", "desk-2", at(9, 50), at(10, 5), registered=False)
    give_up(counter, app(6), "c01", "desk-1", at(10), at(10, 30), "RESIDENT_LEFT")
    hand_over(counter, app(6), "c02", "desk-2", at(13, 30), at(13, 59, 59, 999999), face_card=True,
              registered=False)  # the same application, second attempt
    hand_over(counter, app(7), "s01", "desk-3", at(13), at(14))
    give_up(counter, app(8), "c02", "desk-2", at(14, 10), at(14, 20), "IDENTITY_REFUSED")
    counter.claim(app(9), "desk-1", "c01", at(12))  # desk-1 crashes
    counter.claim(app(10), "desk-2", "c02", at(16))  # still at the desk: not counted
    clock.now = at(16, 30)
    counter.release_stale(timedelta(hours=1))  # app 9 abandoned at 16:30
    hand_over(counter, app(11), "c01", "desk-1", at(23, 40, day=2), at(23, 59, 59, day=2))  # the day before
    hand_over(counter, app(12), "c02", "desk-2", at(23, 50), at(0, day=4))  # ends the next day
    return counter


def counts(handovers: int, registrations: int, face_cards: int, **failures: int) -> Counts:
    return Counts(handovers, registrations, face_cards, failures)


def test_day_statistics_count_every_designed_attempt(designed_day):
    stats = designed_day.day_statistics(date(2025, 3, 3))

    assert stats == DayStatistics(
        day=date(2025, 3, 3),
        total=counts(6, 4, 2, COUNTER_CLAIM_ABANDONED=1, IDENTITY_REFUSED=2, RESIDENT_LEFT=1),
        by_hour=(HourRow(8, counts(1, 1, 0)),
                 HourRow(9, counts(2, 2, 1, IDENTITY_REFUSED=1)),
                 HourRow(10, counts(1, 0, 0, RESIDENT_LEFT=1)),
                 HourRow(13, counts(1, 0, 1)),
                 HourRow(14, counts(1, 1, 0, IDENTITY_REFUSED=1)),
                 HourRow(16, counts(0, 0, 0, COUNTER_CLAIM_ABANDONED=1))),
        by_staff=(StaffRow("c01", "窓口 一郎", counts(3, 3, 1, COUNTER_CLAIM_ABANDONED=1, RESIDENT_LEFT=1)),
                  StaffRow("c02", "窓口 二子, 補助", counts(2, 0, 1, IDENTITY_REFUSED=2)),
                  StaffRow("s01", "係長 三郎", counts(1, 1, 0))))
    assert stats.total.failed == 4
    assert list(stats.total.failures) == ["COUNTER_CLAIM_ABANDONED", "IDENTITY_REFUSED", "RESIDENT_LEFT"]


def test_day_statistics_cut_days_at_local_midnight(designed_day, time_zone):
    before = designed_day.day_statistics(date(2025, 3, 2))
    assert (before.total, before.by_hour) == (counts(1, 1, 0), (HourRow(23, counts(1, 1, 0)),))
    after = designed_day.day_statistics(date(2025, 3, 4))
    assert (after.total, after.by_hour, after.by_staff) == (
        counts(1, 1, 0), (HourRow(0, counts(1, 1, 0)),),
        (StaffRow("c02", "窓口 二子, 補助", counts(1, 1, 0)),))
    assert designed_day.day_statistics(date(2025, 3, 5)) == DayStatistics(date(2025, 3, 5), Counts())
    time_zone("UTC")  # the time_zone setting moves the edges
    utc = designed_day.day_statistics(date(2025, 3, 2))
    assert [(row.hour, row.counts.handovers) for row in utc.by_hour] == [(14, 1), (23, 1)]


def test_statistics_csv_is_exact_excel_ready_text(designed_day):
    csv_text = designed_day.statistics_csv(date(2025, 3, 3))

    assert csv_text == (
        "\ufeff日付,区分,時,職員ID,職員名,交付,保険証利用登録,顔認証カード,交付できず,理由別\r\n"
        "2025-03-03,合計,,,,6,4,2,4,COUNTER_CLAIM_ABANDONED=1;IDENTITY_REFUSED=2;RESIDENT_LEFT=1\r\n"
        "2025-03-03,時間帯,8,,,1,1,0,0,\r\n"
        "2025-03-03,時間帯,9,,,2,2,1,1,IDENTITY_REFUSED=1\r\n"
        "2025-03-03,時間帯,10,,,1,0,0,1,RESIDENT_LEFT=1\r\n"
        "2025-03-03,時間帯,13,,,1,0,1,0,\r\n"
        "2025-03-03,時間帯,14,,,1,1,0,1,IDENTITY_REFUSED=1\r\n"
        "2025-03-03,時間帯,16,,,0,0,0,1,COUNTER_CLAIM_ABANDONED=1\r\n"
        "2025-03-03,職員,,c01,窓口 一郎,3,3,1,2,COUNTER_CLAIM_ABANDONED=1;RESIDENT_LEFT=1\r\n"
        '2025-03-03,職員,,c02,"窓口 二子, 補助",2,0,1,2,IDENTITY_REFUSED=2\r\n'
        "2025-03-03,職員,,s01,係長 三郎,1,1,0,0,\r\n")
    assert tuple(csv_text[1:].split("\r\n")[0].split(",")) == CSV_COLUMNS
    assert designed_day.statistics_csv(date(2025, 3, 5)) == (
        "\ufeff日付,区分,時,職員ID,職員名,交付,保険証利用登録,顔認証カード,交付できず,理由別\r\n"
        "2025-03-05,合計,,,,0,0,0,0,\r\n")


# --- schema and privacy -----------------------------------------------------------------------------

def test_migration_0002_downgrades_to_the_reception_schema_and_back(store_url):
    engine = make_engine(store_url)
    migrate(engine)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert {"staff", "handovers", "identity_checks"}.isdisjoint(inspect(engine).get_table_names())
    assert "reception_sessions" in inspect(engine).get_table_names()
    migrate(engine)
    assert {"staff", "handovers", "identity_checks"} <= set(inspect(engine).get_table_names())
    assert {i["name"] for i in inspect(engine).get_indexes("handovers")} >= {"ix_handovers_live_application"}
    engine.dispose()


def test_nothing_personal_reaches_the_counter_tables(designed_day, store_url):
    engine = make_engine(store_url)
    with engine.connect() as connection:
        dump = "\n".join(repr(row) for table in ("staff", "handovers", "identity_checks", "audit_events")
                         for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"'))  # noqa: S608
        with pytest.raises(DBAPIError):  # the audit log stays append-only for the new events too
            connection.execute(text("DELETE FROM audit_events"))
    engine.dispose()
    assert PASSWORD not in dump
    assert not re.search(r"(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])", dump)  # a My Number's shape
    assert app(1) in dump  # the municipality's own reference, hyphenated
    assert designed_day.verify_audit().ok
