"""What the municipal counter records, as plain values (product.md "The counter visit";
reception-and-counter-flows.md §B2–B4): staff members, a 交付 (handover) from claim to outcome, the
staff's identity decision, and the day's numbers for supervisors. No SQLAlchemy here: the counter
flow and the UI use these types and errors without importing the store (``kiosk.store.counter``,
``kiosk.store.staff``).

Nothing personal about a resident appears in any of them: no name, address, birth date, My Number,
PIN or face image. A handover is known by the 申請書ID (the municipality's own 23-digit reference, in
the canonical hyphenated form of ``kiosk.counter.applications.normalise_application_id``, so that no
12-digit run appears), PINs by their kind only (``kiosk.counter.pin_rules.PinKind`` values), and the
face comparison by the similarity score the staff saw.

The errors are ``kiosk.counter.applications.CounterError`` subclasses; "already handed over" is the
domain's own :class:`~kiosk.counter.applications.AlreadyHandedOverError` (one code, one text).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from kiosk.clock import local
from kiosk.counter.applications import AlreadyHandedOverError, CounterError
from kiosk.counter.pin_rules import PinKind

__all__ = [
    "CLAIM_ABANDONED", "CLAIM_TAKEN", "CSV_COLUMNS", "DECISIONS", "IDENTITY_DOCUMENTS", "PIN_KINDS",
    "STAFF_ROLES", "AlreadyHandedOverError", "ClaimClosedError", "Counts", "DayStatistics", "Handover",
    "HandoverTakenError", "HourRow", "IdentityCheck", "IdentityNotConfirmedError", "LoginFailedError",
    "LoginLockedError", "StaffInactiveError", "StaffMember", "StaffRow", "check_application_id",
    "documents_sufficient",
]

# --- plain values ---------------------------------------------------------------------------------

StaffRole = Literal["counter", "supervisor"]
STAFF_ROLES: tuple[str, ...] = ("counter", "supervisor")

Decision = Literal["confirmed", "refused"]
DECISIONS: tuple[str, ...] = ("confirmed", "refused")

HandoverState = Literal["open", "completed", "failed"]

# The PINs a resident sets at the counter (§B3), by kind — sign, auth, juki, kenhojo. Their values
# never reach this module.
PIN_KINDS: tuple[str, ...] = tuple(kind.value for kind in PinKind)

# Identity documents for 交付 (§B2): one from list A, or two from list B. code -> (list, 表示名).
IDENTITY_DOCUMENTS: Mapping[str, tuple[Literal["A", "B"], str]] = {
    "driving_license": ("A", "運転免許証"),
    "driving_record": ("A", "運転経歴証明書"),
    "passport": ("A", "旅券（パスポート）"),
    "juki_card": ("A", "住民基本台帳カード（写真付き）"),
    "disability_physical": ("A", "身体障害者手帳"),
    "disability_mental": ("A", "精神障害者保健福祉手帳"),
    "disability_intellectual": ("A", "療育手帳"),
    "residence_card": ("A", "在留カード"),
    "special_permanent": ("A", "特別永住者証明書"),
    "insurance": ("B", "資格確認書・健康保険証"),
    "pension": ("B", "年金手帳・年金証書"),
    "care_insurance": ("B", "介護保険被保険者証"),
    "medical_aid": ("B", "医療受給者証"),
    "employee_id": ("B", "社員証（写真付き）"),
    "student_id": ("B", "学生証（写真付き）"),
    "bankbook": ("B", "預金通帳"),
}

# A claim released by ``release_stale`` (a desk that crashed or was left mid-visit) fails with this.
CLAIM_ABANDONED = "COUNTER_CLAIM_ABANDONED"
# Japan has kept +09:00 without daylight saving since 1951: a fixed offset is exact and needs no
# tz database (Windows has none without the tzdata package).

CANONICAL_APPLICATION_ID = re.compile(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}")


def check_application_id(application_id: str) -> str:
    """``application_id`` if it has the canonical hyphenated form (normalise and check typed input
    with ``kiosk.counter.applications.normalise_application_id`` first).

    :raises ValueError: another form (the text is not echoed).
    """
    if not CANONICAL_APPLICATION_ID.fullmatch(application_id):
        raise ValueError("the store takes the canonical 申請書ID, 4-4-4-4-4-3 digits joined by hyphens "
                         "(kiosk.counter.applications.normalise_application_id)")
    return application_id


def documents_sufficient(codes: Iterable[str]) -> bool:
    """One list-A document, or two different list-B documents (§B2)."""
    lists = [IDENTITY_DOCUMENTS[code][0] for code in set(codes) if code in IDENTITY_DOCUMENTS]
    return "A" in lists or lists.count("B") >= 2


@dataclass(frozen=True)
class StaffMember:
    """A counter staff account. ``display_name`` is what the desk and the statistics show."""

    staff_id: str
    display_name: str
    role: StaffRole
    active: bool = True


@dataclass(frozen=True)
class IdentityCheck:
    """The staff's identity decision for one claim: which documents were seen, the face similarity
    shown to them (0–1, higher is more alike; None without a camera), and who decided."""

    claim_id: int
    documents: tuple[str, ...]
    face_score: float | None
    decision: Decision
    staff_id: str
    at: datetime


@dataclass(frozen=True)
class Handover:
    """One attempt at handing over one application at one desk, from claim to outcome.

    ``face_card`` and ``registered`` are None until completed; ``pins_set`` are kinds from
    :data:`PIN_KINDS` (also kept for a failed attempt: a card whose PINs were set needs care).
    """

    claim_id: int
    application_id: str
    desk_id: str
    staff_id: str
    state: HandoverState
    claimed_at: datetime
    ended_at: datetime | None = None
    face_card: bool | None = None
    pins_set: tuple[str, ...] = ()
    registered: bool | None = None
    failure_code: str | None = None
    identity: IdentityCheck | None = None


# --- statistics -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    """The day's numbers for one scope. ``handovers``: completed 交付; ``registrations``: of those, with
    the health-insurance registration made in the same visit; ``face_cards``: of those, 顔認証マイナン
    バーカード chosen; ``failures``: attempts that ended without a handover, by failure code."""

    handovers: int = 0
    registrations: int = 0
    face_cards: int = 0
    failures: Mapping[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return sum(self.failures.values())


@dataclass(frozen=True)
class HourRow:
    hour: int  # 0–23, local time of the day's time zone; the attempt's end counts
    counts: Counts


@dataclass(frozen=True)
class StaffRow:
    staff_id: str  # who claimed the application (the handing-over staff)
    display_name: str
    counts: Counts


@dataclass(frozen=True)
class DayStatistics:
    """The day's numbers: the total, each hour with any attempt ended in it (ascending), and each
    staff member with any attempt (by staff id). Open claims are not counted until they end."""

    day: date
    total: Counts
    by_hour: tuple[HourRow, ...] = ()
    by_staff: tuple[StaffRow, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The statistics as plain data (``stats --json``)."""
        def counts(c: Counts) -> dict[str, Any]:
            return {"handovers": c.handovers, "registrations": c.registrations, "face_cards": c.face_cards,
                    "failed": c.failed, "failures": dict(sorted(c.failures.items()))}
        return {"day": self.day.isoformat(), "total": counts(self.total),
                "by_hour": [{"hour": row.hour, **counts(row.counts)} for row in self.by_hour],
                "by_staff": [{"staff_id": row.staff_id, "display_name": row.display_name, **counts(row.counts)}
                             for row in self.by_staff]}

    def to_csv(self) -> str:
        """The statistics as CSV text for Excel; see :data:`CSV_COLUMNS`.

        UTF-8 starting with a BOM (U+FEFF) — Excel on Japanese Windows reads a CSV without one as
        Shift_JIS and garbles the headers and staff names — and CRLF line ends (RFC 4180). Write it
        with ``open(path, "w", encoding="utf-8", newline="")``; read it back with ``utf-8-sig``.
        One row ``合計``, then one row per hour (``時間帯``, column 時 = 0–23), then one per staff
        member (``職員``). 理由別 lists the failure codes as ``CODE=n`` joined by ``;``, sorted.
        """
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        day = self.day.isoformat()
        writer.writerow([day, "合計", "", "", "", *_cells(self.total)])
        writer.writerows([day, "時間帯", row.hour, "", "", *_cells(row.counts)] for row in self.by_hour)
        writer.writerows([day, "職員", "", row.staff_id, row.display_name, *_cells(row.counts)]
                         for row in self.by_staff)
        return "\ufeff" + out.getvalue()


CSV_COLUMNS = ("日付", "区分", "時", "職員ID", "職員名", "交付", "保険証利用登録", "顔認証カード",
               "交付できず", "理由別")


def _cells(counts: Counts) -> list[object]:
    reasons = ";".join(f"{code}={n}" for code, n in sorted(counts.failures.items()))
    return [counts.handovers, counts.registrations, counts.face_cards, counts.failed, reasons]


# --- errors -----------------------------------------------------------------------------------------

class LoginFailedError(CounterError):
    """Unknown staff id, wrong password or a deactivated account: deliberately one error for all."""

    code = "COUNTER_LOGIN_FAILED"


class LoginLockedError(LoginFailedError):
    """Too many wrong passwords in a row: the account is locked until ``until``
    (``message_values["until"]``: that time as HH:MM, Japan time, for ``kiosk.messages``)."""

    code = "COUNTER_LOGIN_LOCKED"

    def __init__(self, until: datetime, detail: str = "") -> None:
        super().__init__(detail or f"locked until {until.isoformat(timespec='seconds')}")
        self.until = until
        self.message_values = {"until": local(until).strftime("%H:%M")}


class StaffInactiveError(CounterError):
    """The staff id acting at the desk is unknown or was deactivated (it takes effect at once)."""

    code = "COUNTER_STAFF_INACTIVE"


class HandoverTakenError(CounterError):
    """Another desk is handing this application over now: ``desk_id``, ``staff_id`` and ``since``
    say where, by whom and since when (``message_values["desk"]`` for ``kiosk.messages``). When its
    card was handed over already, a claim raises :class:`AlreadyHandedOverError` instead; catch
    :data:`CLAIM_TAKEN` for both."""

    code = "COUNTER_ALREADY_IN_PROGRESS"

    def __init__(self, application_id: str, desk_id: str, staff_id: str, since: datetime) -> None:
        super().__init__(f"application {application_id} is being handed over at desk {desk_id} by {staff_id}"
                         f" since {since.isoformat(timespec='seconds')}")
        self.application_id, self.desk_id = application_id, desk_id
        self.staff_id, self.since = staff_id, since
        self.message_values = {"desk": desk_id}


# What a claim raises when another desk has the application: ``except CLAIM_TAKEN as lost``.
CLAIM_TAKEN: tuple[type[CounterError], ...] = (HandoverTakenError, AlreadyHandedOverError)


class ClaimClosedError(CounterError):
    """The claim ended without a handover (failed, or released as abandoned): start a new claim."""

    code = "COUNTER_CLAIM_CLOSED"


class IdentityNotConfirmedError(CounterError):
    """Completing needs a "confirmed" identity decision for the claim, and there is none."""

    code = "COUNTER_IDENTITY_NOT_CONFIRMED"
