"""The handover queue from the municipality's system (issue 17 §1): the file format, validation with
line numbers, all-or-nothing and idempotent import, and ``myna-kiosk applications import``."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.card.kenhojo import Sex
from kiosk.counter.applications import ApplicationStatus, make_application_id
from kiosk.counter.import_file import (
    ApplicationImportError,
    ImportFileTooLargeError,
    parse_applications,
)
from kiosk.store.applications import open_application_queue

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 12, 1)
A, B, C = (make_application_id(n) for n in (11, 22, 33))
HEADER = "application_id,name,name_kana,birth_date,address,sex,face_card,status"
ROWS = [
    f"{A},山田　太郎,ヤマダ　タロウ,1980-01-02,東京都千代田区千代田1-1,1,false,card-ready",
    f"{B},鈴木　花子,スズキ　ハナコ,1990-03-04,東京都港区芝公園4-2-8,2,true,",
    f"{C},佐藤　一,さとう　はじめ,2001-12-31,\"大阪府大阪市北区1-2, 301号\",9,false,applied",
]


def csv_file(*rows: str, header: str = HEADER, bom: bool = False) -> bytes:
    return (("\ufeff" if bom else "") + "\n".join([header, *rows]) + "\n").encode("utf-8")


def json_records() -> list[dict[str, object]]:
    return [
        {"application_id": A, "name": "山田　太郎", "name_kana": "ヤマダ　タロウ", "birth_date": "1980-01-02",
         "address": "東京都千代田区千代田1-1", "sex": "1", "face_card": False, "status": "card-ready"},
        {"application_id": B, "name": "鈴木　花子", "name_kana": "スズキ　ハナコ", "birth_date": "1990-03-04",
         "address": "東京都港区芝公園4-2-8", "sex": "2", "face_card": True},
        {"application_id": C, "name": "佐藤　一", "name_kana": "さとう　はじめ", "birth_date": "2001-12-31",
         "address": "大阪府大阪市北区1-2, 301号", "sex": "9", "face_card": False, "status": "applied"},
    ]


def json_file(records: list[dict[str, object]]) -> bytes:
    return json.dumps(records, ensure_ascii=False).encode("utf-8")


def problems(data: bytes, fmt: str = "csv") -> list[tuple[int | None, str | None]]:
    with pytest.raises(ApplicationImportError) as caught:
        parse_applications(data, fmt, today=TODAY)  # type: ignore[arg-type]
    return [(e.where, e.column) for e in caught.value.errors]


# --- parsing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("bom", [False, True], ids=["plain", "bom"])
def test_a_valid_csv_file_gives_every_row(bom):
    batch = parse_applications(csv_file(*ROWS, bom=bom), "csv", today=TODAY)
    assert [(r.where, r.application_id, r.status) for r in batch.rows] == [
        (2, A, ApplicationStatus.CARD_READY), (3, B, ApplicationStatus.CARD_READY), (4, C, ApplicationStatus.APPLIED)]
    second = batch.rows[1]
    assert (second.name, second.name_kana, second.birth_date, second.sex, second.face_card) == (
        "鈴木　花子", "スズキ　ハナコ", date(1990, 3, 4), Sex.FEMALE, True)
    assert batch.rows[2].address == "大阪府大阪市北区1-2, 301号"
    assert len(batch.digest) == 64


def test_csv_and_json_of_the_same_rows_agree():
    from_csv = parse_applications(csv_file(*ROWS), "csv", today=TODAY)
    from_json = parse_applications(json_file(json_records()), "json", today=TODAY)
    assert [r.personal() + (r.application_id, r.status) for r in from_csv.rows] == \
           [r.personal() + (r.application_id, r.status) for r in from_json.rows]
    assert [r.where for r in from_json.rows] == [0, 1, 2]


def test_typed_application_ids_are_made_canonical_and_blank_lines_skipped():
    typed = "０" * 4 + " " + A.replace("-", "")[4:]  # full-width digits and a space
    batch = parse_applications(csv_file("", ROWS[0].replace(A, typed), ""), "csv", today=TODAY)
    assert [(r.where, r.application_id) for r in batch.rows] == [(3, A)]


BAD_CSV = [
    (f"{A[:-1]}{(int(A[-1]) + 1) % 10},山田,ヤマダ,1980-01-02,東京都,1,false,", "application_id"),
    ("1234,山田,ヤマダ,1980-01-02,東京都,1,false,", "application_id"),
    ("abcd-efgh,山田,ヤマダ,1980-01-02,東京都,1,false,", "application_id"),
    (f"{A},,ヤマダ,1980-01-02,東京都,1,false,", "name"),
    (f"{A},{'山' * 101},ヤマダ,1980-01-02,東京都,1,false,", "name"),
    (f"{A},山田\u0007,ヤマダ,1980-01-02,東京都,1,false,", "name"),
    (f"{A},山田\u202e,ヤマダ,1980-01-02,東京都,1,false,", "name"),
    (f"{A},山田,yamada,1980-01-02,東京都,1,false,", "name_kana"),
    (f"{A},山田,ﾔﾏﾀﾞ,1980-01-02,東京都,1,false,", "name_kana"),
    (f"{A},山田,ヤマダ,1980/01/02,東京都,1,false,", "birth_date"),
    (f"{A},山田,ヤマダ,1980-02-30,東京都,1,false,", "birth_date"),
    (f"{A},山田,ヤマダ,2026-12-02,東京都,1,false,", "birth_date"),
    (f"{A},山田,ヤマダ,1899-12-31,東京都,1,false,", "birth_date"),
    (f"{A},山田,ヤマダ,1980-01-02,,1,false,", "address"),
    (f"{A},山田,ヤマダ,1980-01-02,{'東' * 201},1,false,", "address"),
    (f"{A},山田,ヤマダ,1980-01-02,東京都,3,false,", "sex"),
    (f"{A},山田,ヤマダ,1980-01-02,東京都,M,false,", "sex"),
    (f"{A},山田,ヤマダ,1980-01-02,東京都,1,yes,", "face_card"),
    (f"{A},山田,ヤマダ,1980-01-02,東京都,1,,", "face_card"),
    (f"{A},山田,ヤマダ,1980-01-02,東京都,1,false,handed-over", "status"),
    (f'{A},"山田\n太郎",ヤマダ,1980-01-02,東京都,1,false,', "name"),  # a line break inside a field
]


@pytest.mark.parametrize(("row", "column"), BAD_CSV, ids=[f"{c}-{i}" for i, (_, c) in enumerate(BAD_CSV)])
def test_every_csv_problem_is_named_with_its_line_and_column(row, column):
    assert problems(csv_file(ROWS[0], row, ROWS[1])) == [(3, column)]


def test_all_problems_of_a_file_are_collected_and_never_echo_the_value():
    secret = "秘密の住所"
    rows = [f"{A},山田,ヤマダ,1980-01-02,{secret}\u0000,1,false,", ROWS[1],
            f"{B},佐藤,サトウ,2030-01-01,{secret},7,maybe,", "only,three,fields"]
    with pytest.raises(ApplicationImportError) as caught:
        parse_applications(csv_file(*rows), "csv", today=TODAY)
    error = caught.value
    assert [(e.where, e.column) for e in error.errors] == [
        (2, "address"), (4, "birth_date"), (4, "sex"), (4, "face_card"), (5, None)]
    assert (3, "application_id") not in [(e.where, e.column) for e in error.errors]  # B at 4 was invalid
    text = json.dumps([e.as_dict() for e in error.errors], ensure_ascii=False) + str(error)
    assert secret not in text and "2030" not in text
    assert error.code == "COUNTER_IMPORT_INVALID"


def test_the_same_application_twice_is_refused_on_the_second_line():
    assert problems(csv_file(ROWS[0], ROWS[1], ROWS[0])) == [(4, "application_id")]


@pytest.mark.parametrize(("header", "expected"), [
    (HEADER.replace("birth_date", "birthdate"), [(1, "birthdate"), (1, "birth_date")]),
    (HEADER.replace(",status", ""), None),  # status is optional
    (HEADER.replace(",face_card", ""), [(1, "face_card")]),
    (HEADER + ",name", [(1, "name")]),
])
def test_the_header_must_name_the_documented_columns(header, expected):
    rows = [r.rsplit(",", 1)[0] for r in ROWS] if "status" not in header else ROWS
    if "face_card" not in header:
        rows = [",".join(r.split(",")[:6]) for r in ROWS]
    if header.endswith(",name"):
        rows = [r + ",x" for r in ROWS]
    if expected is None:
        assert len(parse_applications(csv_file(*rows, header=header), "csv", today=TODAY).rows) == 3
    else:
        assert problems(csv_file(*rows, header=header)) == expected


def test_an_empty_or_undecodable_csv_is_refused_with_its_line():
    assert problems(b"") == [(1, None)]
    assert problems(csv_file(ROWS[0]) + "東京".encode("shift_jis") + b"\n") == [(3, None)]


def test_json_problems_are_named_by_index():
    records = json_records()
    records[1]["birth_date"] = "1990-3-4"
    records[2]["face_card"] = "yes"
    records[2]["extra"] = 1
    del records[0]["address"]
    assert problems(json_file(records), "json") == [(0, "address"), (1, "birth_date"), (2, "extra")]
    assert problems(json_file([*json_records()[:1], 42]), "json") == [(1, None)]  # type: ignore[list-item]
    assert problems(b'{"application_id": 1}', "json") == [(None, None)]
    assert problems(b"[{]", "json") == [(None, None)]
    records = json_records()
    records[0]["name"] = 12
    records[1]["face_card"] = 1
    assert problems(json_file(records), "json") == [(0, "name"), (1, "face_card")]


def test_a_file_over_the_limit_is_refused_before_parsing():
    with pytest.raises(ImportFileTooLargeError) as caught:
        parse_applications(csv_file(*ROWS), "csv", today=TODAY, max_bytes=100)
    assert caught.value.code == "COUNTER_IMPORT_TOO_LARGE"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(["csv", "json"]))
def test_arbitrary_bytes_give_rows_or_the_domain_error(data, fmt):
    try:
        parse_applications(data, fmt, today=TODAY)
    except ApplicationImportError:
        pass


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), fmt=st.sampled_from(["csv", "json"]))
def test_arbitrary_text_after_a_valid_header_gives_rows_or_the_domain_error(text, fmt):
    prefix = HEADER + "\n" if fmt == "csv" else '[{"application_id": '
    try:
        parse_applications((prefix + text).encode("utf-8", "surrogatepass"), fmt, today=TODAY)
    except ApplicationImportError:
        pass


# --- import into the store -------------------------------------------------------------------------

def test_a_csv_and_a_json_file_import_on_each_database(store_url):
    queue = open_application_queue(store_url)
    try:
        first = queue.import_batch(parse_applications(csv_file(*ROWS), "csv", today=TODAY), "admin-1")
        assert (first.inserted, first.updated, first.unchanged) == (3, 0, 0)
        again = queue.import_batch(parse_applications(json_file(json_records()), "json", today=TODAY), "admin-1")
        assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)  # the same rows as JSON
        assert [a.application_id for a in queue.queue()] == sorted([A, B, C])
        assert queue.find(B).face_card_chosen is True and queue.find(C).status is ApplicationStatus.APPLIED
        assert queue.verify_audit().ok
    finally:
        queue.close()


def test_one_bad_row_imports_nothing(sqlite_url):
    queue = open_application_queue(sqlite_url)
    try:
        with pytest.raises(ApplicationImportError):
            queue.import_batch(parse_applications(csv_file(ROWS[0], ROWS[1][:-3] + "x,", ROWS[2]), "csv",
                                                  today=TODAY), "admin-1")
        assert queue.queue() == []
    finally:
        queue.close()


# --- the command line ------------------------------------------------------------------------------

def run_cli(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "applications", *args, "--database-url", db],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_import_and_list_end_to_end(tmp_path, sqlite_url):
    source = tmp_path / "queue.csv"
    source.write_bytes(csv_file(*ROWS, bom=True))
    dry = run_cli("import", str(source), "--dry-run", "--json", db=sqlite_url)
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) | {"digest": ""} == {"inserted": 3, "updated": 0, "unchanged": 0, "digest": "",
                                                        "dry_run": True}
    done = run_cli("import", str(source), db=sqlite_url)
    assert done.returncode == 0 and "3 new" in done.stdout, done.stderr
    assert "山田" not in done.stderr  # the log line has counts only
    again = run_cli("import", str(source), "--json", db=sqlite_url)
    assert json.loads(again.stdout)["unchanged"] == 3
    listed = run_cli("list", "--status", "card-ready", "--json", db=sqlite_url)
    assert [row["application_id"] for row in json.loads(listed.stdout)] == [A, B]


def test_a_bad_file_lists_every_line_and_exits_1(tmp_path, sqlite_url):
    source = tmp_path / "queue.json"
    records = json_records()
    records[2]["sex"] = "x"
    source.write_bytes(json_file(records))
    result = run_cli("import", str(source), "--json", db=sqlite_url)
    assert result.returncode == 1
    error = json.loads(result.stdout)["error"]
    assert error["code"] == "COUNTER_IMPORT_INVALID"
    assert error["lines"] == [{"index": 2, "column": "sex", "message": "must be 1 (male), 2 (female) or 9 "
                                                                       "(not applicable)"}]
    text = run_cli("import", str(source), db=sqlite_url)
    assert text.returncode == 1 and "index 2: sex:" in text.stderr and text.stdout == ""
    assert json.loads(run_cli("list", "--json", db=sqlite_url).stdout) == []


def test_a_changed_row_needs_update(tmp_path, sqlite_url):
    source = tmp_path / "queue.csv"
    source.write_bytes(csv_file(*ROWS))
    assert run_cli("import", str(source), db=sqlite_url).returncode == 0
    source.write_bytes(csv_file(ROWS[0].replace("千代田1-1", "千代田1-2"), *ROWS[1:]))
    refused = run_cli("import", str(source), "--json", db=sqlite_url)
    assert refused.returncode == 1
    assert [(e["line"], e["column"]) for e in json.loads(refused.stdout)["error"]["lines"]] == [(2, None)]
    updated = run_cli("import", str(source), "--update", "--json", db=sqlite_url)
    assert updated.returncode == 0 and json.loads(updated.stdout)["updated"] == 1


def test_an_unknown_extension_needs_format(tmp_path, sqlite_url):
    source = tmp_path / "queue.txt"
    source.write_bytes(csv_file(*ROWS))
    result = run_cli("import", str(source), "--json", db=sqlite_url)
    assert result.returncode == 2 and json.loads(result.stdout)["error"]["code"] == "USAGE"
    assert run_cli("import", str(source), "--format", "csv", db=sqlite_url).returncode == 0
