"""The handover queue from the municipality's own system (issue 17 §1): a CSV or JSON file of card
applications, parsed and validated row by row (docs/applications-import.md describes the format).

:func:`parse_applications` checks the whole file and collects **every** problem with its place (CSV:
the line, counting the header as line 1; JSON: the index in the list, from 0); if there is any
problem it raises :class:`ApplicationImportError` and returns nothing, so a file is imported whole or
not at all. The store (``kiosk.store.applications``) then compares the rows with what it holds.

Problems never repeat the offending value: the file is personal data, and the messages end up in
terminals, tickets and logs.

A file may also give an application's issuance dates (:class:`IssuanceDates`: 交付申請受付日,
交付前設定日, 交付通知書送付日), the first three of seed 004's monthly numbers
(docs/monthly-dashboard.md); files without those columns import as before.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from kiosk.card.kenhojo import Sex
from kiosk.counter.applications import (
    Application,
    ApplicationIdError,
    ApplicationStatus,
    CounterError,
    normalise_application_id,
)

Format = Literal["csv", "json"]
FORMATS: tuple[Format, ...] = ("csv", "json")
MAX_BYTES = 20 * 1024 * 1024  # ~100 000 applications; a municipality's daily queue is far smaller
MAX_ERRORS = 200  # problems kept (the rest are only counted)
NAME_MAX = 100
ADDRESS_MAX = 200
OLDEST_BIRTH_DATE = date(1900, 1, 1)
# The My Number Act took effect on 2015-10-05; no card application is older.
FIRST_APPLICATION_DAY = date(2015, 10, 5)

REQUIRED = ("application_id", "name", "name_kana", "birth_date", "address", "sex", "face_card")
# In the order they happen: an application is received, its card set up, the notice posted.
DATE_COLUMNS = ("received_on", "preissuance_set_on", "notice_sent_on")
OPTIONAL = ("status", *DATE_COLUMNS)
COLUMNS = REQUIRED + OPTIONAL
# Statuses a file may give: the counter itself records 交付 and returns.
IMPORTABLE_STATUSES = (ApplicationStatus.APPLIED, ApplicationStatus.CARD_READY)
DEFAULT_STATUS = ApplicationStatus.CARD_READY

_BOM = b"\xef\xbb\xbf"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Hiragana, katakana (full width), the long vowel mark, iteration marks, the middle dot, spaces.
_KANA = re.compile(r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u30fb \u3000]+")
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})  # control, format (bidi...), surrogate, private


@dataclass(frozen=True)
class LineError:
    """One problem: where (``line`` of a CSV file or ``index`` of a JSON list; None: the whole
    file), which column, and what is wrong — never the value itself."""

    unit: Literal["line", "index"]
    where: int | None
    column: str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {self.unit: self.where, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        place = f"{self.unit} {self.where}" if self.where is not None else "file"
        return f"{place}: {self.column + ': ' if self.column else ''}{self.message}"


class ApplicationImportError(CounterError):
    """The applications file has errors; nothing was imported"""

    code = "COUNTER_IMPORT_INVALID"

    def __init__(self, errors: tuple[LineError, ...], more: int = 0) -> None:
        shown = "; ".join(str(e) for e in errors[:3])
        total = len(errors) + more
        super().__init__(f"{total} problem{'s' if total != 1 else ''}: {shown}"
                         + ("; ..." if total > 3 else ""))
        self.errors = errors
        self.more = more


class ImportFileTooLargeError(ApplicationImportError):
    """The applications file is larger than the import accepts; nothing was imported"""

    code = "COUNTER_IMPORT_TOO_LARGE"


class ImportFileUnreadableError(CounterError):
    """The applications file cannot be read (permissions, I/O); nothing was imported"""

    code = "COUNTER_IMPORT_UNREADABLE"


@dataclass(frozen=True)
class IssuanceDates:
    """Where an application stands in the municipality's system, by date (seed 004 ①②③); None
    where the file did not say. In a valid row they never go backwards in the order of
    :data:`DATE_COLUMNS`.

    :ivar received_on: 交付申請受付日, the day the application was received.
    :ivar preissuance_set_on: 交付前設定日, the day the card was set up for handover.
    :ivar notice_sent_on: 交付通知書送付日, the day the 交付通知書 was posted to the resident.
    """

    received_on: date | None = None
    preissuance_set_on: date | None = None
    notice_sent_on: date | None = None

    def values(self) -> tuple[date | None, ...]:
        """The dates in the order of :data:`DATE_COLUMNS`."""
        return (self.received_on, self.preissuance_set_on, self.notice_sent_on)

    def over(self, stored: IssuanceDates) -> IssuanceDates:
        """These dates where given, ``stored`` ones elsewhere: a file without a date keeps it."""
        return IssuanceDates(*(mine if mine is not None else theirs
                               for mine, theirs in zip(self.values(), stored.values(), strict=True)))

    def in_order(self) -> bool:
        """The given dates never go backwards in the order of :data:`DATE_COLUMNS`."""
        given = [day for day in self.values() if day is not None]
        return all(first <= second for first, second in zip(given, given[1:], strict=False))

    def changes(self, stored: IssuanceDates) -> bool:
        """A date given here differs from a date ``stored`` (filling in a missing one is no change)."""
        return any(mine is not None and theirs is not None and mine != theirs
                   for mine, theirs in zip(self.values(), stored.values(), strict=True))


@dataclass(frozen=True)
class ImportedApplication:
    """One valid row. ``where`` is its line (CSV) or index (JSON); ``application_id`` is canonical;
    ``dates`` are the issuance dates the row gives (none for a file without those columns)."""

    where: int
    application_id: str
    name: str = field(repr=False)
    name_kana: str = field(repr=False)
    birth_date: date = field(repr=False)
    address: str = field(repr=False)
    sex: Sex = field(repr=False)
    face_card: bool = field(repr=False)
    status: ApplicationStatus = DEFAULT_STATUS
    dates: IssuanceDates = IssuanceDates()

    def personal(self) -> tuple[object, ...]:
        """What the municipality says about the resident (compared on re-import)."""
        return (self.name, self.name_kana, self.birth_date, self.address, self.sex, self.face_card)

    def application(self) -> Application:
        return Application(application_id=self.application_id, name=self.name, address=self.address,
                           birth_date=self.birth_date, sex=self.sex, status=self.status,
                           face_card_chosen=self.face_card)


@dataclass(frozen=True)
class ImportBatch:
    """A whole valid file: its rows in file order, its format and the SHA-256 (hex) of its bytes."""

    rows: tuple[ImportedApplication, ...]
    format: Format
    digest: str

    @property
    def unit(self) -> Literal["line", "index"]:
        return unit_of(self.format)


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, with ``dry_run``, would do): counts only."""

    inserted: int
    updated: int
    unchanged: int
    digest: str
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
                "digest": self.digest, "dry_run": self.dry_run}


def unit_of(fmt: Format) -> Literal["line", "index"]:
    return "line" if fmt == "csv" else "index"


def format_of(filename: str) -> Format | None:
    """The format a file name's extension says (``.csv``, ``.json``), or None."""
    lowered = filename.lower()
    return next((f for f in FORMATS if lowered.endswith("." + f)), None)


def parse_applications(data: bytes, fmt: Format, *, today: date, max_bytes: int = MAX_BYTES) -> ImportBatch:
    """Every row of ``data`` (a whole CSV or JSON file), validated.

    :param today: birth dates after it are refused.
    :raises ImportFileTooLargeError: more than ``max_bytes``.
    :raises ApplicationImportError: any problem anywhere (all of them, with their places); the
        only exception this raises for any input.
    """
    unit = unit_of(fmt)
    if len(data) > max_bytes:
        raise ImportFileTooLargeError((LineError(unit, None, None, f"larger than {max_bytes} bytes"),))
    digest = hashlib.sha256(data).hexdigest()
    problems = _Problems(unit)
    text = _decode(data, problems)
    rows: list[ImportedApplication] = []
    if text is not None:
        records = _csv_records(text, problems) if fmt == "csv" else _json_records(text, problems)
        seen: dict[str, int] = {}
        for where, record in records:
            row = _validate(where, record, today, problems)
            if row is None:
                continue
            if row.application_id in seen:
                problems.add(where, "application_id", f"the same application as {unit} {seen[row.application_id]}")
                continue
            seen[row.application_id] = where
            rows.append(row)
    problems.raise_any()
    return ImportBatch(tuple(rows), fmt, digest)


class _Problems:
    def __init__(self, unit: Literal["line", "index"]) -> None:
        self.unit = unit
        self.errors: list[LineError] = []
        self.more = 0

    def add(self, where: int | None, column: str | None, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(LineError(self.unit, where, column, message))
        else:
            self.more += 1

    def raise_any(self) -> None:
        if self.errors:
            raise ApplicationImportError(tuple(self.errors), self.more)


def _decode(data: bytes, problems: _Problems) -> str | None:
    body = data[len(_BOM):] if data.startswith(_BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body[:exc.start].count(b"\n") + 1
        problems.add(line if problems.unit == "line" else None, None,
                     f"not UTF-8 (byte {exc.start + 1}{f', line {line}' if problems.unit == 'index' else ''})")
        return None


def _csv_records(text: str, problems: _Problems) -> Iterator[tuple[int, Mapping[str, Any]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            problems.add(1, None, "the file is empty: a header row is needed")
            return
        header = [name.strip() for name in header]
        if not _header_ok(header, problems):
            return
        end = reader.line_num
        for fields in reader:
            start, end = end + 1, reader.line_num
            if not fields or fields == [""]:  # a blank line
                continue
            if len(fields) != len(header):
                problems.add(start, None, f"{len(fields)} fields, {len(header)} expected")
                continue
            yield start, dict(zip(header, fields, strict=True))
    except csv.Error as exc:
        problems.add(reader.line_num or 1, None, f"not valid CSV ({_csv_reason(exc)})")


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    return text if len(text) < 80 and not re.search(r"[0-9]{5}", text) else "malformed"


def _header_ok(header: list[str], problems: _Problems) -> bool:
    ok = True
    for name in sorted({n for n in header if header.count(n) > 1}):
        problems.add(1, name, "column appears twice")
        ok = False
    for name in header:
        if name not in COLUMNS:
            problems.add(1, name[:40] if name.isprintable() else "?", f"unknown column (known: {', '.join(COLUMNS)})")
            ok = False
    for name in REQUIRED:
        if name not in header:
            problems.add(1, name, "required column is missing")
            ok = False
    return ok


def _json_records(text: str, problems: _Problems) -> Iterator[tuple[int, Mapping[str, Any]]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.add(None, None, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
        return
    except (ValueError, RecursionError):  # e.g. an integer of thousands of digits, nesting too deep
        problems.add(None, None, "not valid JSON (a number too long or nesting too deep)")
        return
    if not isinstance(document, list):
        problems.add(None, None, "the file must be a JSON list of objects")
        return
    for index, item in enumerate(document):
        if not isinstance(item, dict):
            problems.add(index, None, "not an object")
            continue
        unknown = sorted(k for k in item if k not in COLUMNS)
        for key in unknown:
            problems.add(index, key[:40] if key.isprintable() else "?", "unknown key")
        missing = [k for k in REQUIRED if k not in item]
        for key in missing:
            problems.add(index, key, "required key is missing")
        if not unknown and not missing:
            yield index, item


def _validate(where: int, record: Mapping[str, Any], today: date,
              problems: _Problems) -> ImportedApplication | None:
    before = len(problems.errors) + problems.more

    def bad(column: str, message: str) -> None:
        problems.add(where, column, message)

    def text(column: str, limit: int, *, required: bool = True) -> str:
        value = record.get(column)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            bad(column, "must be text")
            return ""
        value = value.strip(" \u3000")
        if not value:
            if required:
                bad(column, "is empty")
            return ""
        if any(unicodedata.category(c) in _FORBIDDEN_CATEGORIES for c in value):
            bad(column, "contains a control character")
            return ""
        if len(value) > limit:
            bad(column, f"longer than {limit} characters")
            return ""
        return value

    application_id = ""
    raw_id = text("application_id", 64)
    if raw_id:
        try:
            application_id = normalise_application_id(raw_id)
        except ApplicationIdError as exc:
            bad("application_id", {"characters": "only digits, spaces and hyphens are allowed",
                                   "length": "not 23 digits",
                                   "check": "check digit does not match"}.get(exc.reason, "invalid"))
    name = text("name", NAME_MAX)
    kana = text("name_kana", NAME_MAX)
    if kana and not _KANA.fullmatch(kana):
        bad("name_kana", "only full-width kana and spaces are allowed")
    address = text("address", ADDRESS_MAX)
    birth_date = _date("birth_date", text("birth_date", 10), today, OLDEST_BIRTH_DATE, bad)
    sex = _sex(text("sex", 1), bad)
    face_card = _face_card(record.get("face_card"), bad)
    status = _status(text("status", 20, required=False), bad)
    dates = _issuance_dates(text, today, status, bad)
    if len(problems.errors) + problems.more > before:
        return None
    assert birth_date is not None and sex is not None and face_card is not None and status is not None
    return ImportedApplication(where, application_id, name, kana, birth_date, address, sex, face_card, status, dates)


def _date(column: str, value: str, today: date, earliest: date, bad: Any) -> date | None:
    if not value:
        return None
    if not _ISO_DATE.fullmatch(value):
        bad(column, "not a date of the form YYYY-MM-DD")
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        bad(column, "no such date")
        return None
    if day > today:
        bad(column, "in the future")
        return None
    if day < earliest:
        bad(column, f"before {earliest.isoformat()}")
        return None
    return day


def _issuance_dates(text: Any, today: date, status: ApplicationStatus | None, bad: Any) -> IssuanceDates:
    """The row's issuance dates (empty, absent or JSON null: not given), in order, and consistent
    with its status: a 交付通知書 is posted only for a card that is ready."""
    found = {column: _date(column, text(column, 10, required=False), today, FIRST_APPLICATION_DAY, bad)
             for column in DATE_COLUMNS}
    given = [(column, day) for column, day in found.items() if day is not None]
    for (earlier, first), (later, second) in zip(given, given[1:], strict=False):
        if second < first:
            bad(later, f"before {earlier}")
    if found["notice_sent_on"] is not None and status is ApplicationStatus.APPLIED:
        bad("notice_sent_on", "a notice was sent, so the card is ready: status must be card-ready")
    return IssuanceDates(**found)


def _sex(value: str, bad: Any) -> Sex | None:
    if not value:
        return None
    try:
        return Sex(value)
    except ValueError:
        bad("sex", "must be 1 (male), 2 (female) or 9 (not applicable)")
        return None


def _face_card(value: object, bad: Any) -> bool | None:
    if isinstance(value, bool):  # JSON
        return value
    if isinstance(value, str) and value.strip() in ("true", "false"):  # CSV (or JSON text)
        return value.strip() == "true"
    bad("face_card", "must be true or false")
    return None


def _status(value: str, bad: Any) -> ApplicationStatus | None:
    if not value:
        return DEFAULT_STATUS
    for status in IMPORTABLE_STATUSES:
        if value == status.value:
            return status
    bad("status", "must be applied or card-ready (empty: card-ready)")
    return None
