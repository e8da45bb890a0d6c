"""The QR code on the 交付通知書 (the postcard that calls a resident to collect the card, spec B2).

The real postcard's QR content is not public. This product uses its own synthetic format, which
the simulator prints and the counter scans::

    MYNA-KOFU:1:<申請書ID, 23 digits>:<municipality code, 6 digits>:<check, 4 hex>

* ``MYNA-KOFU`` — fixed prefix; anything else (a URL, another QR) is "not a 交付通知書".
* ``1`` — format version; other versions are refused (the format may change).
* 申請書ID — 23 digits whose last is the Luhn digit (``kiosk.counter.applications``).
* municipality code — 全国地方公共団体コード, 5 digits + check digit (weights 6..2, mod 11:
  ``131016`` for 千代田区).
* check — CRC-16/CCITT-FALSE (``binascii.crc_hqx``, initial ``FFFF``) of everything before the
  last ``:``, 4 upper-case hex digits: any error burst up to 16 bits (so any single changed
  character) is caught, even where each field still looks valid.

All characters are in the QR alphanumeric set (upper case, digits, ``:``, ``-``), which keeps the
code small. The payload holds the 23 digits in one run, so it is never logged: parsing returns
the canonical hyphenated id, and error details describe the problem without quoting the text.

What the desk camera accepts is configurable (:class:`ScanFormats`, ``docs/qr-camera.md``): this
notice format, a bare 申請書ID (as a 交付申請書's code may hold it), and any number of the
municipality's own layouts given as regular expressions with a group named ``id``.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.counter.applications import (
    Application,
    ApplicationIdError,
    application_id_digits,
    normalise_application_id,
)
from kiosk.errors import KioskError

PREFIX = "MYNA-KOFU"
VERSION = "1"
SEPARATOR = ":"
DEFAULT_MUNICIPALITY = "131016"  # 千代田区, as on the virtual card's 券面事項確認AP record

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://|^www\.", re.IGNORECASE)


class NoticeQrError(KioskError):
    """The scanned QR is not a 交付通知書 of ours, or it is damaged. ``reason`` is one of
    ``empty``, ``not-notice``, ``version``, ``format``, ``application-id``, ``municipality``,
    ``check``; the detail explains it without quoting the payload."""

    code = "COUNTER_QR_INVALID"

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class NoticeQr:
    """A parsed 交付通知書 QR. ``application_id`` is canonical (hyphenated)."""

    application_id: str
    municipality_code: str
    version: int = 1


def municipality_check_digit(five: str) -> int:
    """Check digit of a 全国地方公共団体コード: 11 − Σ(digit × 6..2) mod 11, last digit."""
    total = sum(int(d) * w for d, w in zip(five, (6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 10


def valid_municipality_code(code: str) -> bool:
    return (len(code) == 6 and code.isascii() and code.isdigit()
            and municipality_check_digit(code[:5]) == int(code[5]))


def payload_check(body: str) -> str:
    return f"{binascii.crc_hqx(body.encode('ascii'), 0xFFFF):04X}"


def make_notice_qr_text(application: Application | str, municipality_code: str = DEFAULT_MUNICIPALITY) -> str:
    """The QR payload for ``application`` (or a canonical 申請書ID), as the simulator prints it."""
    if not valid_municipality_code(municipality_code):
        raise ValueError("municipality code: 6 digits with a valid check digit expected")
    application_id = application.application_id if isinstance(application, Application) else application
    body = SEPARATOR.join((PREFIX, VERSION, application_id_digits(application_id), municipality_code))
    return body + SEPARATOR + payload_check(body)


def parse_notice_qr(text: str) -> NoticeQr:
    """Decode a scanned QR payload.

    :raises NoticeQrError: not our format, another version, wrong field lengths, a failed check.
    """
    text = (text or "").strip()
    if not text.startswith(PREFIX + SEPARATOR):
        raise _not_ours(text, "not a 交付通知書 QR")
    fields = text.split(SEPARATOR)
    if fields[1] != VERSION:
        shown = fields[1] if fields[1].isascii() and fields[1].isdigit() and len(fields[1]) <= 3 else "?"
        raise NoticeQrError("version", f"交付通知書 QR version {shown} is not supported (only {VERSION})")
    if len(fields) != 5:
        raise NoticeQrError("format", f"交付通知書 QR has {len(fields)} fields, 5 expected")
    _, _, digits, municipality, check = fields
    body = SEPARATOR.join(fields[:4])
    if not re.fullmatch(r"[0-9A-F]{4}", check) or check != payload_check(body):
        raise NoticeQrError("check", "交付通知書 QR check does not match: damaged or altered")
    if not (digits.isascii() and digits.isdigit()):
        raise NoticeQrError("application-id", "交付通知書 QR: 申請書ID is not all digits")
    try:
        application_id = normalise_application_id(digits)
    except ApplicationIdError as exc:
        raise NoticeQrError("application-id", f"交付通知書 QR: 申請書ID {exc.reason} wrong") from exc
    if not valid_municipality_code(municipality):
        raise NoticeQrError("municipality",
                            "交付通知書 QR: municipality code is not 6 digits with a valid check digit")
    return NoticeQr(application_id, municipality)


def _not_ours(text: str, lead: str) -> NoticeQrError:
    """The refusal of a payload that is none of ours, described without quoting it."""
    if not text:
        return NoticeQrError("empty", "the QR code holds no text")
    what = "a web address" if _URL.match(text) else f"{len(text)} characters of other content"
    return NoticeQrError("not-notice", f"{lead}: {what}")


def scan_pattern(text: str) -> re.Pattern[str]:
    """A payload layout for :class:`ScanFormats`: a regular expression the whole payload must match,
    whose group ``id`` holds the 申請書ID (23 digits; spaces and hyphens are allowed in it).

    :raises ValueError: not a regular expression, or no group named ``id``.
    """
    try:
        pattern = re.compile(text)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from exc
    if "id" not in pattern.groupindex:
        raise ValueError("the pattern needs a group named id, e.g. (?P<id>[0-9]{23})")
    return pattern


@dataclass(frozen=True)
class ScanFormats:
    """Which scanned payloads name an application, tried in this order: this product's 交付通知書
    (``notice``), the municipality's ``patterns``, and a bare 申請書ID (``bare_id``: 23 digits, as
    typed or as a 交付申請書's code may hold them). The 申請書ID always passes its check digit."""

    notice: bool = True
    patterns: tuple[re.Pattern[str], ...] = ()
    bare_id: bool = True

    @classmethod
    def with_patterns(cls, patterns: Iterable[str]) -> ScanFormats:
        """The default formats and ``patterns`` (see :func:`scan_pattern`).

        :raises ValueError: a pattern that is not one.
        """
        return cls(patterns=tuple(scan_pattern(text) for text in patterns))

    def application_id(self, text: str) -> str:
        """The canonical 申請書ID that ``text`` names.

        :raises NoticeQrError: no format accepts it (``reason`` as :func:`parse_notice_qr`'s, or
            ``not-notice`` when no format even applies).
        """
        text = (text or "").strip()
        if self.notice and text.startswith(PREFIX + SEPARATOR):
            return parse_notice_qr(text).application_id
        for pattern in self.patterns:
            match = pattern.fullmatch(text)
            if match:
                return self._checked(match.group("id"))
        if self.bare_id and re.fullmatch(r"[0-9]{23}", text):
            return self._checked(text)
        raise _not_ours(text, "no scan format accepts it")

    @staticmethod
    def _checked(digits: str) -> str:
        try:
            return normalise_application_id(digits)
        except ApplicationIdError as exc:
            raise NoticeQrError("application-id", f"scanned 申請書ID {exc.reason} wrong") from exc
