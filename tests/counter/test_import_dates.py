"""The issuance dates in the handover queue's import (docs/applications-import.md "Issuance
dates"; seed 004 ①②③): optional columns, old files unchanged, every problem with its line, and on
re-import (SQLite and PostgreSQL) dates filled in, kept when a file leaves them out, a changed date
refused without --update."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kiosk.counter.import_file import ApplicationImportError, IssuanceDates, parse_applications
from kiosk.store.applications import ISSUANCE_DATES, SqlApplicationQueue
from kiosk.store.db import open_engine

TODAY = date(2026, 12, 1)
HEADER = "application_id,name,name_kana,birth_date,address,sex,face_card,status"
ROW = "0000-0000-0000-0000-0000-117,山田　太郎,ヤマダ　タロウ,1950-01-02,東京都千代田区千代田1-1,1,false,"
OTHER = "0000-0000-0000-0000-0000-224,鈴木　花子,スズキ　ハナコ,1990-03-04,東京都港区芝公園4-2-8,2,true,"


def parse(text: str, fmt: str = "csv"):
    return parse_applications(text.encode(), fmt, today=TODAY)  # type: ignore[arg-type]


def problems(text: str, fmt: str = "csv") -> list[str]:
    with pytest.raises(ApplicationImportError) as raised:
        parse(text, fmt)
    return [str(error) for error in raised.value.errors]


def test_a_file_without_the_date_columns_imports_as_before():
    batch = parse(f"{HEADER}\n{ROW}\n")
    assert batch.rows[0].dates == IssuanceDates()


def test_dates_in_any_subset_and_order_of_columns():
    batch = parse(f"notice_sent_on,{HEADER},received_on\n2026-11-20,{ROW}card-ready,2026-10-01\n"
                  f",{OTHER}applied,\n")
    assert batch.rows[0].dates == IssuanceDates(date(2026, 10, 1), None, date(2026, 11, 20))
    assert batch.rows[1].dates == IssuanceDates()


def test_json_dates_may_be_strings_null_or_absent():
    batch = parse('[{"application_id": "0000-0000-0000-0000-0000-117", "name": "山田　太郎", "name_kana": "ヤマダ",'
                  ' "birth_date": "1950-01-02", "address": "東京都", "sex": "1", "face_card": false,'
                  ' "received_on": "2026-10-01", "preissuance_set_on": null}]', "json")
    assert batch.rows[0].dates == IssuanceDates(date(2026, 10, 1))


def test_every_date_problem_is_named_with_its_line():
    header = f"{HEADER},received_on,preissuance_set_on,notice_sent_on"
    assert problems("\n".join([
        header,
        f"{ROW}card-ready,2026/10/01,,",
        f"{OTHER}card-ready,2026-02-30,2026-12-02,",
        f"{ROW.replace('117', '331')}card-ready,2015-10-04,,",
        f"{ROW.replace('117', '448')}card-ready,2026-10-10,2026-10-09,2026-10-08",
        f"{ROW.replace('117', '554')}applied,2026-10-01,2026-10-20,2026-10-25",
    ]) + "\n") == [
        "line 2: received_on: not a date of the form YYYY-MM-DD",
        "line 3: received_on: no such date",
        "line 3: preissuance_set_on: in the future",
        "line 4: received_on: before 2015-10-05",
        "line 5: preissuance_set_on: before received_on",
        "line 5: notice_sent_on: before preissuance_set_on",
        "line 6: notice_sent_on: a notice was sent, so the card is ready: status must be card-ready",
    ]


def test_issuance_dates_merge_and_compare():
    stored = IssuanceDates(date(2026, 10, 1), date(2026, 10, 20))
    given = IssuanceDates(None, date(2026, 10, 20), date(2026, 10, 25))
    assert given.over(stored) == IssuanceDates(date(2026, 10, 1), date(2026, 10, 20), date(2026, 10, 25))
    assert not given.changes(stored) and IssuanceDates(date(2026, 10, 2)).changes(stored)
    assert IssuanceDates(date(2026, 10, 2), None, date(2026, 10, 1)).in_order() is False


# --- re-import against the store ---------------------------------------------------------------------

@pytest.fixture
def queue(store_url):
    opened = SqlApplicationQueue(open_engine(store_url))
    yield opened
    opened.close()


def stored_dates(queue: SqlApplicationQueue) -> dict[str, tuple[date | None, ...]]:
    dates = ISSUANCE_DATES.c
    with queue.engine.connect() as connection:
        return {key: tuple(values) for key, *values in connection.execute(
            select(dates.application_id, dates.received_on, dates.preissuance_set_on, dates.notice_sent_on))}


def test_reimport_fills_keeps_and_guards_the_dates(queue):
    with_dates = f"{HEADER},received_on,preissuance_set_on,notice_sent_on"
    key = "0000-0000-0000-0000-0000-117"
    first = queue.import_batch(parse(f"{with_dates}\n{ROW}applied,2026-10-01,,\n{OTHER}card-ready,,,\n"), "admin")
    assert (first.inserted, stored_dates(queue)[key]) == (2, (date(2026, 10, 1), None, None))
    filled = queue.import_batch(parse(f"{with_dates}\n{ROW}card-ready,,2026-10-20,2026-10-25\n"), "admin")
    assert (filled.updated, filled.unchanged) == (1, 0)
    assert stored_dates(queue)[key] == (date(2026, 10, 1), date(2026, 10, 20), date(2026, 10, 25))
    old_file = queue.import_batch(parse(f"{HEADER}\n{ROW}card-ready\n{OTHER}card-ready\n"), "admin")
    assert (old_file.updated, old_file.unchanged) == (0, 2)  # a file without dates keeps them
    assert stored_dates(queue)[key] == (date(2026, 10, 1), date(2026, 10, 20), date(2026, 10, 25))
    changed = parse(f"{with_dates}\n{ROW}card-ready,2026-10-02,,\n")
    with pytest.raises(ApplicationImportError, match="issuance date differs"):
        queue.import_batch(changed, "admin")
    assert queue.import_batch(changed, "admin", update=True).updated == 1
    assert stored_dates(queue)[key] == (date(2026, 10, 2), date(2026, 10, 20), date(2026, 10, 25))
    with pytest.raises(ApplicationImportError, match="out of order"):
        queue.import_batch(parse(f"{with_dates}\n{OTHER}card-ready,2026-11-01,,\n"
                                 f"{ROW}card-ready,2026-10-26,,\n"), "admin", update=True)
    assert stored_dates(queue)["0000-0000-0000-0000-0000-224"] == (None, None, None)  # nothing half-imported


def test_a_handed_over_card_still_gets_its_dates(queue):
    key = "0000-0000-0000-0000-0000-117"
    queue.import_batch(parse(f"{HEADER}\n{ROW}card-ready\n"), "admin")
    queue.mark_handed_over(key, "DESK-01")
    summary = queue.import_batch(parse(f"{HEADER},notice_sent_on\n{ROW}card-ready,2026-10-25\n"), "admin")
    assert summary.updated == 1 and queue.desk_of(key) == "DESK-01"
    assert queue.find(key).status.value == "handed-over"
    assert stored_dates(queue)[key] == (None, None, date(2026, 10, 25))
