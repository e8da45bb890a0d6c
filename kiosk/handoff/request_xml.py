"""Request files a clinic system drops in the REQ folder, and the error codes of answers
(spec §A1 REQ/RES exchange, §A9 "Request side").

A request is UTF-8 XML of at most :data:`MAX_REQUEST_BYTES`::

    <XmlMsg>
      <MessageHeader>
        <MedicalInstitutionCode>1312345678</MedicalInstitutionCode>
        <ArbitraryFileIdentifier>Q0001</ArbitraryFileIdentifier>
        <ReferenceClassification>2</ReferenceClassification>
      </MessageHeader>
      <MessageBody>
        <QualificationConfirmSearchInfo>
          <InsurerNumber>06139999</InsurerNumber> <InsuredCardSymbol>1234</InsuredCardSymbol>
          <InsuredIdentificationNumber>567</InsuredIdentificationNumber>
          <InsuredBranchNumber>01</InsuredBranchNumber> <Birthdate>19500401</Birthdate>
          <LimitApplicationCertificateRelatedConsFlg>1</LimitApplicationCertificateRelatedConsFlg>
        </QualificationConfirmSearchInfo>
      </MessageBody>
    </XmlMsg>

照会区分 2 queries by insurance-card numbers; 照会区分 1 asks again for the kiosk reception
result whose ``file_id`` is the ``ArbitraryFileIdentifier`` (no body needed). Elements this
module does not know are ignored; known ones must appear once and be well-formed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 - type only; parsing goes through defusedxml
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from kiosk.handoff.document import (
    FILE_ID_PATTERN,
    INSTITUTION_CODE_PATTERN,
    REFERENCE_CARD,
    REFERENCE_NUMBERS,
)
from kiosk.handoff.xml_result import ForbiddenXmlError, XmlInputError, safe_fromstring

MAX_REQUEST_BYTES = 1024 * 1024

_DIGITS_6_OR_8 = re.compile(r"[0-9]{6}|[0-9]{8}")
_DIGITS_2 = re.compile(r"[0-9]{2}")
_DIGITS_8 = re.compile(r"[0-9]{8}")
_CARD_TEXT = re.compile(r"[^\x00-\x1f\x7f]{1,38}")  # 記号 / 番号: may hold kana, kanji, '-'
_FLAG = re.compile(r"[01]")
_REFERENCE = re.compile(f"[{REFERENCE_CARD}{REFERENCE_NUMBERS}]")


_RESEND = "新しいファイル名で送り直してください。"
_MESSAGES = {
    "REQ_TOO_LARGE": "要求ファイルが大きすぎます（上限 1MB）。内容を確認して、" + _RESEND,
    "REQ_NOT_XML": "要求ファイルを XML（UTF-8）として読み取れません。" + _RESEND,
    "REQ_FORBIDDEN_XML": "要求ファイルに使えない XML 構文（DTD・実体参照）があります。"
                         "DTD を付けずに、" + _RESEND,
    "REQ_BAD_STRUCTURE": "要求ファイルの構成（XmlMsg / MessageHeader / MessageBody）が"
                         "正しくありません。" + _RESEND,
    "REQ_MISSING_FIELD": "要求ファイルに必須項目 {field} がありません。" + _RESEND,
    "REQ_BAD_FIELD": "要求ファイルの項目 {field} の形式が正しくありません。" + _RESEND,
    "REQ_WRONG_INSTITUTION": "医療機関コードがこの端末の設定と一致しません。設定を確認してください。",
    "REQ_RESULT_NOT_FOUND": "指定された受付結果が見つかりません。"
                            "任意のファイル識別子を確認してください。",
    "SERVICE_UNAVAILABLE": "資格確認サービスにつながりません。"
                           "時間をおいて、新しいファイル名で照会してください。",
    "SERVICE_ERROR": "資格確認サービスが処理できませんでした。窓口で保険証等を確認してください。",
}


class AnswerError(Enum):
    """``ErrorCode`` of an abnormal answer (``SegmentOfResult`` 9) in RES. The message is for the
    clinic's staff, in Japanese, and names what to do."""

    TOO_LARGE = "REQ_TOO_LARGE"
    NOT_XML = "REQ_NOT_XML"
    FORBIDDEN_XML = "REQ_FORBIDDEN_XML"
    BAD_STRUCTURE = "REQ_BAD_STRUCTURE"
    MISSING_FIELD = "REQ_MISSING_FIELD"
    BAD_FIELD = "REQ_BAD_FIELD"
    WRONG_INSTITUTION = "REQ_WRONG_INSTITUTION"
    RESULT_NOT_FOUND = "REQ_RESULT_NOT_FOUND"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    SERVICE_ERROR = "SERVICE_ERROR"

    def message(self, field: str = "") -> str:
        return _MESSAGES[self.value].format(field=field)


class RequestRejected(Exception):
    """A request that cannot be answered as asked. ``file_id`` and ``reference`` are what could
    be read of the header (echoed in the error answer), else None."""

    def __init__(self, error: AnswerError, field: str = "") -> None:
        super().__init__(f"{error.value} {field}".strip())
        self.error = error
        self.field = field
        self.file_id: str | None = None
        self.reference: str | None = None


@dataclass(frozen=True)
class InsuranceQuery:
    """照会区分 2: the numbers on an insurance card plus the birth date."""

    insurer_number: str
    symbol: str  # "" when the card has none
    number: str
    branch: str  # "" when the request gives none
    birth_date: date
    limit_consent: bool  # 限度額適用認定証提供同意


@dataclass(frozen=True)
class Request:
    """A valid request: ``insurance`` for 照会区分 2, None for 照会区分 1 (result ``file_id``)."""

    reference: str
    file_id: str | None
    insurance: InsuranceQuery | None


def parse_request(data: bytes, *, institution_code: str) -> Request:
    """Validate a request file addressed to ``institution_code``.

    :raises RequestRejected: for anything else, never another exception.
    """
    if len(data) > MAX_REQUEST_BYTES:
        raise RequestRejected(AnswerError.TOO_LARGE)
    try:
        root = safe_fromstring(data)
    except ForbiddenXmlError as exc:
        raise RequestRejected(AnswerError.FORBIDDEN_XML) from exc
    except XmlInputError as exc:
        raise RequestRejected(AnswerError.NOT_XML) from exc
    if root.tag != "XmlMsg":
        raise RequestRejected(AnswerError.BAD_STRUCTURE)
    header = _child(root, "MessageHeader")
    echo: dict[str, str | None] = {}  # what the error answer can repeat of the header
    try:
        echo["file_id"] = file_id = _optional_text(header, "ArbitraryFileIdentifier", FILE_ID_PATTERN)
        echo["reference"] = reference = _text(header, "ReferenceClassification", _REFERENCE)
        if _text(header, "MedicalInstitutionCode", INSTITUTION_CODE_PATTERN) != institution_code:
            raise RequestRejected(AnswerError.WRONG_INSTITUTION)
        if reference == REFERENCE_CARD:
            if file_id is None:
                raise RequestRejected(AnswerError.MISSING_FIELD, "ArbitraryFileIdentifier")
            return Request(reference, file_id, None)
        search = _child(_child(root, "MessageBody"), "QualificationConfirmSearchInfo")
        return Request(reference, file_id, _insurance_query(search))
    except RequestRejected as exc:
        exc.file_id, exc.reference = echo.get("file_id"), echo.get("reference")
        raise


def _insurance_query(search: ET.Element) -> InsuranceQuery:
    insurer_number = _text(search, "InsurerNumber", _DIGITS_6_OR_8)
    symbol = _optional_text(search, "InsuredCardSymbol", _CARD_TEXT) or ""
    number = _text(search, "InsuredIdentificationNumber", _CARD_TEXT)
    branch = _optional_text(search, "InsuredBranchNumber", _DIGITS_2) or ""
    try:
        birth_date = datetime.strptime(_text(search, "Birthdate", _DIGITS_8), "%Y%m%d").date()
    except ValueError as exc:  # 8 digits but no such day
        raise RequestRejected(AnswerError.BAD_FIELD, "Birthdate") from exc
    limit = _optional_text(search, "LimitApplicationCertificateRelatedConsFlg", _FLAG)
    return InsuranceQuery(insurer_number, symbol, number, branch, birth_date, limit_consent=limit == "1")


def _child(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.findall(tag)
    if not found:
        raise RequestRejected(AnswerError.MISSING_FIELD, tag)
    if len(found) > 1:
        raise RequestRejected(AnswerError.BAD_STRUCTURE, tag)
    return found[0]


def _text(parent: ET.Element, tag: str, pattern: re.Pattern[str]) -> str:
    """The text of the one ``tag`` child, matching ``pattern``; the element is required."""
    text = _optional_text(parent, tag, pattern)
    if text is None:
        raise RequestRejected(AnswerError.MISSING_FIELD, tag)
    return text


def _optional_text(parent: ET.Element, tag: str, pattern: re.Pattern[str]) -> str | None:
    """The text of the one ``tag`` child, matching ``pattern``; None when there is none (an empty
    element counts as absent)."""
    found = parent.findall(tag)
    if len(found) > 1:
        raise RequestRejected(AnswerError.BAD_STRUCTURE, tag)
    if not found or not (found[0].text or len(found[0])):
        return None
    node = found[0]
    if len(node) or not pattern.fullmatch(node.text or ""):
        raise RequestRejected(AnswerError.BAD_FIELD, tag)
    return node.text
