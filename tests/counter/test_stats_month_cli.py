"""``myna-kiosk stats --month`` (docs/monthly-dashboard.md): the JSON keys of the issue, the
registration support desks, the two CSV files with their BOM, one desk, the administrator errors
with their codes and exit statuses — checked before any password is asked — and the day statistics
unchanged without ``--month``.
In-process (``app.cli.main``) on a SQLite file."""

from __future__ import annotations

import io
import json
import stat
import sys
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from app.cli import main
from kiosk.card.kenhojo import Sex
from kiosk.clock import TOKYO
from kiosk.counter.applications import ApplicationStatus, make_application_id
from kiosk.counter.import_file import ImportBatch, ImportedApplication, IssuanceDates
from kiosk.registration.outcomes import ALREADY_REGISTERED, DECLINED, REGISTERED
from kiosk.store import staff as staff_module
from kiosk.store.applications import SqlApplicationQueue
from kiosk.store.counter import open_counter_store
from kiosk.store.models import AuditEvent
from kiosk.store.models import Handover as HandoverRow

SUPERVISOR, CLERK = ("super01", "supervisor-pass-01"), ("clerk01", "counter-pass-01")
APPS = [make_application_id(n) for n in (101, 102, 103)]


@pytest.fixture
def url(tmp_path, monkeypatch) -> str:
    """A store with a supervisor and a clerk, three applications (the first two received in
    November 2026) and, in November, one handover with registration at DESK-01 and one without at
    DESK-02 (a 75-year-old: on the follow-up list); at the registration support desk REG-01 one
    visit declined (Nov 5) and one registered (23:59 on Nov 30), at REG-02 one already registered
    at 00:00 on Dec 1 (December's)."""
    monkeypatch.setattr(staff_module, "SCRYPT_N", 2**4)
    address = f"sqlite:///{tmp_path / 'kiosk.db'}"
    store = open_counter_store(address)
    store.staff.create(SUPERVISOR[0], "係長", "supervisor", SUPERVISOR[1])
    store.staff.create(CLERK[0], "窓口", "counter", CLERK[1])
    rows = tuple(ImportedApplication(n + 2, key, "試験　花子", "シケン　ハナコ", born, "東京都", Sex.FEMALE, False,
                                     ApplicationStatus.CARD_READY, IssuanceDates(received))
                 for n, (key, born, received) in enumerate(zip(APPS, (date(1990, 1, 1), date(1951, 11, 20),
                                                                      date(1980, 5, 5)),
                                                               (date(2026, 11, 2), date(2026, 11, 3), None),
                                                               strict=True)))
    SqlApplicationQueue(store.engine).import_batch(ImportBatch(rows, "csv", "b" * 64), "admin")
    with Session(store.engine) as session:
        for key, desk, at, registered in ((APPS[0], "DESK-01", datetime(2026, 11, 4, 10, tzinfo=TOKYO), True),
                                          (APPS[1], "DESK-02", datetime(2026, 11, 30, 23, 30, tzinfo=TOKYO), False)):
            session.add(HandoverRow(application_id=key, desk_id=desk, staff_id="clerk01", state="completed",
                                    claimed_at=at - timedelta(minutes=20), ended_at=at, card_kind="standard",
                                    codes_set="", registered=registered))
        for n, (desk, event, at) in enumerate((("REG-01", DECLINED, datetime(2026, 11, 5, 10, tzinfo=TOKYO)),
                                               ("REG-01", REGISTERED, datetime(2026, 11, 30, 23, 59, tzinfo=TOKYO)),
                                               ("REG-02", ALREADY_REGISTERED, datetime(2026, 12, 1, tzinfo=TOKYO)))):
            session.add(AuditEvent(at=at, terminal_id=desk, event=event, data="{}", prev_hash="0" * 64,
                                   hash=f"{n:064x}"))
        session.commit()
    store.close()
    return address


def run(capsys, monkeypatch, *args: str, password: str | None = SUPERVISOR[1], staff: str = SUPERVISOR[0]):
    """(exit status, stdout, stderr) of ``myna-kiosk stats --staff-id STAFF --password-stdin ARGS``."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("" if password is None else f"{password}\n"))
    status = main(["stats", "--staff-id", staff, "--password-stdin", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_json_has_the_four_numbers_and_the_rest(url, capsys, monkeypatch):
    status, out, _ = run(capsys, monkeypatch, "--month", "2026-11", "--database-url", url, "--json")
    data = json.loads(out)
    assert status == 0
    assert {key: data[key] for key in ("applications_received", "preissuance_set", "notices_sent",
                                       "cards_handed_over")} == {"applications_received": 2, "preissuance_set": 0,
                                                                 "notices_sent": 0, "cards_handed_over": 2}
    assert {"month", "time_zone", "desk", "gaps", "to_month_end", "applications_without_dates", "by_desk",
            "age_bands", "follow_up", "registration_desks"} <= data.keys()
    assert data["month"] == "2026-11" and data["applications_without_dates"] == 1
    assert data["age_bands"][0] == {"band": "75+", "cards_handed_over": 1, "registered": 0, "not_registered": 1}
    assert [row["application_id"] for row in data["follow_up"]] == [APPS[1]]
    assert data["registration_desks"] == {
        "total": {"visits": 2, "registered": 1, "already_registered": 0, "declined": 1, "failed": 0,
                  "registration_rate": 0.5},
        "by_desk": [{"desk_id": "REG-01", "visits": 2, "registered": 1, "already_registered": 0, "declined": 1,
                     "failed": 0, "registration_rate": 0.5}]}


def test_one_registration_desk_in_december(url, capsys, monkeypatch):
    status, out, _ = run(capsys, monkeypatch, "--month", "2026-12", "--desk", "REG-02", "--database-url", url,
                         "--json")
    data = json.loads(out)["registration_desks"]
    assert status == 0
    assert data["by_desk"] == [{"desk_id": "REG-02", "visits": 1, "registered": 0, "already_registered": 1,
                                "declined": 0, "failed": 0, "registration_rate": None}]
    assert data["total"]["visits"] == 1


def test_one_desk(url, capsys, monkeypatch):
    status, out, _ = run(capsys, monkeypatch, "--month", "2026-11", "--desk", "DESK-01", "--database-url", url,
                         "--json")
    data = json.loads(out)
    assert (status, data["desk"], data["cards_handed_over"]) == (0, "DESK-01", 2)  # ④ stays the municipality's
    assert data["by_desk"] == [{"desk_id": "DESK-01", "cards_handed_over": 1, "registered": 1, "not_registered": 0,
                                "face_cards": 0}]
    assert data["follow_up"] == []


def test_both_csv_files_start_with_a_bom_and_the_call_list_is_private(url, capsys, monkeypatch, tmp_path):
    numbers, calls = tmp_path / "month.csv", tmp_path / "calls.csv"
    status, out, _ = run(capsys, monkeypatch, "--month", "2026-11", "--database-url", url, "--csv", str(numbers),
                         "--follow-up-csv", str(calls), "--json")
    assert (status, json.loads(out)) == (0, {"written": [str(numbers), str(calls)], "month": "2026-11"})
    assert numbers.read_bytes().startswith(b"\xef\xbb\xbf\xe6\x9c\x88,")  # BOM, then 月
    lines = numbers.read_text(encoding="utf-8-sig").splitlines()
    outcomes = ("登録した", "登録済みだった", "申し込まなかった", "登録できなかった")
    assert lines[-8:] == [f"2026-11,利用登録支援窓口,{desk},,{label},{n}" for desk in ("REG-01", "全体")
                          for label, n in zip(outcomes, "1010", strict=True)]
    assert calls.read_bytes().startswith("\ufeff申請書ID,氏名".encode())
    assert APPS[1] in calls.read_text(encoding="utf-8-sig") and "2026-11-30 23:30" in calls.read_text("utf-8-sig")
    assert stat.S_IMODE(calls.stat().st_mode) == 0o600


@pytest.mark.parametrize(("args", "code"), [
    (("--month", "2026-13"), "STATS_MONTH_INVALID"),
    (("--month", "11/2026"), "STATS_MONTH_INVALID"),
    (("--month", "2026-11", "--desk", "desk 1"), "STATS_DESK_INVALID"),
    (("--month", "2026-11", "--day", "2026-11-01"), "USAGE"),
    (("--desk", "DESK-01"), "USAGE"),
])
def test_a_wrong_command_line_is_refused_before_the_password(url, capsys, monkeypatch, args, code):
    status, out, _ = run(capsys, monkeypatch, *args, "--database-url", url, "--json", password=None)
    assert (status, json.loads(out)["error"]["code"]) == (2, code)


def test_a_bad_month_in_text_names_the_code_and_the_form(url, capsys, monkeypatch):
    status, out, err = run(capsys, monkeypatch, "--month", "2026-13", "--database-url", url, password=None)
    assert (status, out) == (2, "")
    assert err == ("myna-kiosk: error [STATS_MONTH_INVALID] --month: a month is YYYY-MM from 1900-01 to 9998-12, "
                   "e.g. 2026-11\n")


def test_counter_staff_may_not_see_the_month(url, capsys, monkeypatch):
    status, out, _ = run(capsys, monkeypatch, "--month", "2026-11", "--database-url", url, "--json",
                         staff=CLERK[0], password=CLERK[1])
    assert (status, json.loads(out)["error"]["code"]) == (4, "COUNTER_LOGIN_FAILED")


def test_without_month_the_day_statistics_are_unchanged(url, capsys, monkeypatch):
    status, out, _ = run(capsys, monkeypatch, "--day", "2026-11-30", "--database-url", url, "--json")
    data = json.loads(out)
    assert (status, data["day"], data["total"]["handovers"], data["total"]["registrations"]) == (0, "2026-11-30", 1, 0)
    assert [row["hour"] for row in data["by_hour"]] == [23]
