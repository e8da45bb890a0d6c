"""What one application taken with the municipality's help records (issue 18 §1).

An intake names the application either by the 申請書ID of the resident's 交付申請書 (read from its QR
code or typed) or, without a form, by the resident's four basic details (基本4情報: 氏名, 住所,
生年月日, 性別). The resident confirms name, address and birth date on the screen. Optional: an
e-mail address for notices (the online application's メールアドレス, seeds 000/002). Identity
documents checked at intake are recorded by code — one from list A or two from list B, the
counter's own rule (:func:`kiosk.counter.records.documents_sufficient`) — and only then may the card
be mailed by 本人限定受取郵便; otherwise it is collected at the counter (窓口交付), where identity is
checked at handover (seed 004: 「交付時に本人確認」 / 「申請時に本人確認」).

Personal fields stay out of ``repr``; the record leaves memory only encrypted
(:mod:`kiosk.application.vault`).
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from kiosk.card.kenhojo import Sex
from kiosk.counter.applications import normalise_application_id
from kiosk.counter.records import IDENTITY_DOCUMENTS, documents_sufficient
from kiosk.errors import KioskError

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
MAX_EMAIL = 254  # RFC 5321's path limit
OLDEST_BIRTH_DATE = date(1900, 1, 1)


class IntakeMode(Enum):
    """Where the application is taken: at the office (申請時来庁方式, 申請サポート) or on an outreach
    visit (出張申請受付方式), where identity must be checked because the card is mailed."""

    OFFICE = "office"
    OUTREACH = "outreach"


class Delivery(Enum):
    """How the resident receives the card."""

    COUNTER = "counter"  # 窓口交付: collected at the counter, identity checked then
    MAIL = "mail"  # 本人限定受取郵便: mailed, identity checked at intake

    @property
    def label(self) -> str:
        """The choice in the resident's words."""
        return "窓口で 受け取る" if self is Delivery.COUNTER else "本人限定受取郵便で 自宅に 届ける"


class ApplicationError(KioskError):
    """An application cannot be taken as entered; staff correct it with the resident."""

    code = "APPLICATION_ERROR"


class ApplicationIdInvalidError(ApplicationError):
    """The 申請書ID typed, or read from a QR code, is not one (``detail`` says why, never the text)."""

    code = "APPLICATION_ID_INVALID"


class ApplicationQrError(ApplicationError):
    """The QR code shown is not a 交付申請書's, or it is damaged."""

    code = "APPLICATION_QR_INVALID"


class DetailsIncompleteError(ApplicationError):
    """A basic detail is missing or impossible (``detail`` names which, never its value)."""

    code = "APPLICATION_DETAILS_INCOMPLETE"


class EmailInvalidError(ApplicationError):
    """The e-mail address for notices is not an address."""

    code = "APPLICATION_EMAIL_INVALID"


class DocumentsInsufficientError(ApplicationError):
    """The identity documents checked do not make one from list A or two from list B, and the
    chosen delivery or the outreach intake needs them."""

    code = "APPLICATION_DOCUMENTS_INSUFFICIENT"


@dataclass(frozen=True)
class BasicDetails:
    """The resident's details as confirmed. ``sex`` may be None when a 申請書ID names the
    application (the form carries it); without one all four are needed."""

    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: date = field(repr=False)
    sex: Sex | None = field(default=None, repr=False)


def clean_text(text: str) -> str:
    """NFKC-normalised, with runs of spaces folded (full-width spaces too), trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def check_details(details: BasicDetails, *, with_application_id: bool, today: date) -> BasicDetails:
    """``details`` with the text fields cleaned.

    :raises DetailsIncompleteError: an empty name or address, a birth date in the future or before
        1900, or no sex when there is no 申請書ID.
    """
    name, address = clean_text(details.name), clean_text(details.address)
    missing = [what for what, value in (("name", name), ("address", address)) if not value]
    if not OLDEST_BIRTH_DATE <= details.birth_date <= today:
        missing.append("birth_date")
    if details.sex is None and not with_application_id:
        missing.append("sex")
    if missing:
        raise DetailsIncompleteError(f"basic details: {', '.join(missing)} missing or impossible")
    return BasicDetails(name, address, details.birth_date, details.sex)


def check_email(text: str | None) -> str | None:
    """The address trimmed, or None when none was given.

    :raises EmailInvalidError: not of the form local@domain.tld, or too long.
    """
    email = unicodedata.normalize("NFKC", text or "").strip()
    if not email:
        return None
    if len(email) > MAX_EMAIL or not EMAIL.fullmatch(email):
        raise EmailInvalidError("e-mail address: not of the form name@example.jp")
    return email


def check_documents(codes: Iterable[str], *, required: bool) -> tuple[str, ...]:
    """The document codes, sorted and without repeats.

    :raises DocumentsInsufficientError: an unknown code, or ``required`` and not A×1 or B×2.
    """
    found = tuple(sorted(set(codes)))
    unknown = [code for code in found if code not in IDENTITY_DOCUMENTS]
    if unknown:
        raise DocumentsInsufficientError(f"unknown identity document codes: {len(unknown)}")
    if required and not documents_sufficient(found):
        raise DocumentsInsufficientError("identity documents: one from list A or two from list B are needed")
    return found


def documents_required(mode: IntakeMode, delivery: Delivery | None) -> bool:
    """Identity must be checked at intake for an outreach application and for any mailed card."""
    return mode is IntakeMode.OUTREACH or delivery is Delivery.MAIL


def new_record_id() -> str:
    """A random id for an intake record: 16 hex digits, never derived from the resident."""
    return secrets.token_hex(8)


@dataclass(frozen=True)
class IntakeRecord:
    """One application as taken. Build it with :func:`make_record`, which checks every rule.

    ``photo_jpeg`` is the accepted application photo as the JPEG file of the online application
    (:mod:`kiosk.application.photo_file`).
    """

    record_id: str
    mode: IntakeMode
    application_id: str | None
    details: BasicDetails = field(repr=False)
    email: str | None = field(repr=False)
    documents: tuple[str, ...]
    delivery: Delivery
    photo_jpeg: bytes = field(repr=False)
    taken_at: datetime
    staff_id: str

    def to_bytes(self) -> bytes:
        """The record as UTF-8 JSON (photo in base64): the plaintext the vault encrypts."""
        sex = self.details.sex.value if self.details.sex else None
        return json.dumps({
            "record_id": self.record_id, "mode": self.mode.value, "application_id": self.application_id,
            "name": self.details.name, "address": self.details.address,
            "birth_date": self.details.birth_date.isoformat(), "sex": sex, "email": self.email,
            "documents": list(self.documents), "delivery": self.delivery.value,
            "photo_jpeg": base64.b64encode(self.photo_jpeg).decode("ascii"),
            "taken_at": self.taken_at.isoformat(), "staff_id": self.staff_id,
        }, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> IntakeRecord:
        """The record :meth:`to_bytes` wrote.

        :raises ValueError: not such a record.
        """
        try:
            raw: dict[str, Any] = json.loads(data.decode("utf-8"))
            sex = Sex(raw["sex"]) if raw["sex"] else None
            details = BasicDetails(raw["name"], raw["address"], date.fromisoformat(raw["birth_date"]), sex)
            return cls(raw["record_id"], IntakeMode(raw["mode"]), raw["application_id"], details, raw["email"],
                       tuple(raw["documents"]), Delivery(raw["delivery"]),
                       base64.b64decode(raw["photo_jpeg"], validate=True), datetime.fromisoformat(raw["taken_at"]),
                       raw["staff_id"])
        except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"not an intake record ({type(exc).__name__})") from None


def normalised_application_id(text: str | None) -> str | None:
    """The canonical 申請書ID, or None for none.

    :raises ApplicationIdError: typed or scanned text that is not a valid 申請書ID.
    """
    return normalise_application_id(text) if text and text.strip() else None


def make_record(*, mode: IntakeMode, application_id: str | None, details: BasicDetails, email: str | None,
                documents: Iterable[str], delivery: Delivery, photo_jpeg: bytes, taken_at: datetime,
                staff_id: str, record_id: str | None = None) -> IntakeRecord:
    """An intake record that keeps every rule of this module.

    :raises ApplicationIdError | DetailsIncompleteError | EmailInvalidError | DocumentsInsufficientError:
        the rule broken (``kiosk.counter.applications.ApplicationIdError`` for the 申請書ID).
    :raises ValueError: no photo.
    """
    if not photo_jpeg:
        raise ValueError("an application needs its photo")
    canonical = normalised_application_id(application_id)
    checked = check_details(details, with_application_id=canonical is not None, today=taken_at.date())
    return IntakeRecord(record_id or new_record_id(), mode, canonical, checked, check_email(email),
                        check_documents(documents, required=documents_required(mode, delivery)), delivery,
                        photo_jpeg, taken_at, staff_id)
