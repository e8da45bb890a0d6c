"""Card applications at the municipal counter (spec B1, B2): the domain types, the 申請書ID rule,
and the port to the card-management system (J-LIS 交付 records in reality).

申請書ID
    23 digits on the real form. This product **never keeps it as one digit run**: it is shown,
    logged and stored only in the canonical grouped form ``1234-5678-9012-3456-7890-123``, so no run
    of 12 or more digits appears in a log or the database (the privacy scans flag such runs as a
    possible My Number). :func:`normalise_application_id` turns typed input (spaces, hyphens,
    full-width digits) into that form.

    Check rule (ours; the real form's rule is not public): the 23rd digit is the **Luhn (mod 10)**
    check digit of the first 22, so a single mistyped digit and most swaps of neighbours are caught
    before any look-up. :func:`make_application_id` builds valid ids.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Protocol, runtime_checkable

from kiosk.card.kenhojo import BasicInfo, Sex
from kiosk.errors import KioskError

APPLICATION_ID_DIGITS = 23
GROUP = 4
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u30fc\uff70]")  # spaces, hyphens, dashes, ー


class ApplicationStatus(Enum):
    """Where an application stands.

    ``applied`` → ``card-ready`` (交付通知書 sent) → ``handed-over``; a card that is never collected,
    or is given back, ends ``returned``.
    """

    APPLIED = "applied"
    CARD_READY = "card-ready"
    HANDED_OVER = "handed-over"
    RETURNED = "returned"


@dataclass(frozen=True)
class Application:
    """One card application. ``application_id`` is canonical (hyphenated). Personal fields stay
    out of ``repr`` so an Application in a log line leaks nothing.

    :ivar face_card_chosen: the resident chose a 顔認証マイナンバーカード (no PINs are set).
    :ivar resident_id: the synthetic resident behind it (simulator), or the municipality's own key.
    """

    application_id: str
    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: date = field(repr=False)
    sex: Sex = field(repr=False)
    status: ApplicationStatus
    face_card_chosen: bool = False
    resident_id: str | None = field(default=None, repr=False)

    def differences(self, card: BasicInfo) -> tuple[str, ...]:
        """Fields of 基本4情報 read from the card that differ from the application (``name``,
        ``address``, ``birth_date``, ``sex``): B2 checks the card against the record at 交付."""
        pairs = {"name": (self.name, card.name), "address": (self.address, card.address),
                 "birth_date": (self.birth_date, card.birth_date), "sex": (self.sex, card.sex)}
        return tuple(k for k, (ours, theirs) in pairs.items() if _same(ours) != _same(theirs))


def _same(value: object) -> object:
    return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value


# -- errors ------------------------------------------------------------------------------------

class CounterError(KioskError):
    """Something at the counter that staff must resolve."""

    code = "COUNTER_ERROR"


class ApplicationIdError(CounterError):
    """Typed 申請書ID is not 23 digits or fails the check digit. ``reason``: ``characters``,
    ``length`` or ``check``. The detail never repeats what was typed."""

    code = "COUNTER_APPLICATION_ID_INVALID"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or f"application id: {reason}")
        self.reason = reason


class UnknownApplicationError(CounterError):
    code = "COUNTER_UNKNOWN_APPLICATION"


class NotReadyError(CounterError):
    """The card of this application has not arrived yet (status ``applied``)."""

    code = "COUNTER_NOT_READY"


class AlreadyHandedOverError(CounterError):
    """The card was already handed over (``desk_id`` says where, when known)."""

    code = "COUNTER_ALREADY_HANDED_OVER"

    def __init__(self, application_id: str, desk_id: str | None = None) -> None:
        super().__init__(f"{application_id} already handed over" + (f" at desk {desk_id}" if desk_id else ""))
        self.application_id = application_id
        self.desk_id = desk_id


class ApplicationClosedError(CounterError):
    """The card of this application was returned: nothing more can happen to it."""

    code = "COUNTER_APPLICATION_CLOSED"


# -- 申請書ID ----------------------------------------------------------------------------------------

def luhn_check_digit(digits: str) -> int:
    """The Luhn digit that makes ``digits`` + it pass mod 10."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        n = int(char)
        if index % 2 == 0:  # rightmost payload digit is doubled once the check digit is appended
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return (10 - total % 10) % 10


def format_application_id(digits: str) -> str:
    """``1234-5678-9012-3456-7890-123`` from 23 digits (no validation)."""
    return "-".join(digits[i:i + GROUP] for i in range(0, len(digits), GROUP))


def normalise_application_id(text: str) -> str:
    """The canonical hyphenated 申請書ID for what was typed or scanned.

    Accepts ASCII or full-width digits, with spaces, hyphens or dashes anywhere.

    :raises ApplicationIdError: other characters, not 23 digits, or a failed check digit.
    """
    compact = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if compact and not (compact.isascii() and compact.isdigit()):
        raise ApplicationIdError("characters", "application id: only digits, spaces and hyphens are allowed")
    if len(compact) != APPLICATION_ID_DIGITS:
        raise ApplicationIdError("length", f"application id: {len(compact)} digits, 23 expected")
    if luhn_check_digit(compact[:-1]) != int(compact[-1]):
        raise ApplicationIdError("check", "application id: check digit does not match (typo?)")
    return format_application_id(compact)


def application_id_digits(application_id: str) -> str:
    """The 23 digits of a canonical id: only for the 交付通知書 QR payload, never for a log."""
    return normalise_application_id(application_id).replace("-", "")


def make_application_id(payload: int | str) -> str:
    """A valid canonical 申請書ID from a 22-digit payload (an int is taken modulo 10**22)."""
    body = f"{int(payload) % 10**22:022d}"
    return format_application_id(body + str(luhn_check_digit(body)))


# -- the port ------------------------------------------------------------------------------------

@runtime_checkable
class CardManagementService(Protocol):
    """Applications and cards waiting at this municipality's counter.

    Every method takes a canonical ``application_id`` (:func:`normalise_application_id`).
    """

    def find(self, application_id: str) -> Application:
        """:raises UnknownApplicationError: no such application here."""
        ...

    def queue(self, status: ApplicationStatus | None = None) -> list[Application]:
        """Applications, all or with ``status``, in a stable order (by 申請書ID)."""
        ...

    def mark_handed_over(self, application_id: str, desk_id: str) -> None:
        """Record 交付 at ``desk_id``, atomically: of two desks racing, one wins.

        Repeating it from the same desk is a no-op (a retry after a lost answer).

        :raises UnknownApplicationError: no such application.
        :raises NotReadyError: the card has not arrived (``applied``).
        :raises AlreadyHandedOverError: another desk did it first.
        :raises ApplicationClosedError: the card was returned.
        """
        ...

    def mark_returned(self, application_id: str, desk_id: str) -> None:
        """Record that the card came back (never collected, or given back after 交付).

        Repeating it is a no-op.

        :raises UnknownApplicationError: no such application.
        :raises NotReadyError: there is no card yet (``applied``).
        """
        ...


def may_hand_over(application_id: str, status: ApplicationStatus, held_by: str | None, desk_id: str) -> bool:
    """The card-management rule for handing a card over: True when ``desk_id`` may mark it handed
    over now, False when that desk did already (a retry, nothing to do).

    :raises NotReadyError: the card has not arrived.
    :raises ApplicationClosedError: the card was returned.
    :raises AlreadyHandedOverError: another desk handed it over.
    """
    if status is ApplicationStatus.APPLIED:
        raise NotReadyError(f"{application_id}: card not arrived yet")
    if status is ApplicationStatus.RETURNED:
        raise ApplicationClosedError(f"{application_id}: card was returned")
    if status is ApplicationStatus.HANDED_OVER:
        if held_by == desk_id:
            return False
        raise AlreadyHandedOverError(application_id, held_by)
    return True


def may_return(application_id: str, status: ApplicationStatus) -> bool:
    """True when the card must now be marked returned, False when it is already.

    :raises NotReadyError: there is no card to return yet.
    """
    if status is ApplicationStatus.APPLIED:
        raise NotReadyError(f"{application_id}: there is no card to return yet")
    return status is not ApplicationStatus.RETURNED
