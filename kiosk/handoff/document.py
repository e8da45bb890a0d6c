"""The result document: one schema for the XML and the JSON files (spec §A9, consents §A4).

A document is a plain dict whose shape follows :data:`SCHEMA`: the XML element names of the
資格確認端末's result files (OQS style, ``MessageHeader``/``MessageBody``/``ResultList``) with
snake_case keys for the JSON. Every value is a string in the OQS format (dates ``YYYYMMDD``,
times ``YYYYMMDDHHmmss`` in local time (``kiosk.clock``, Asia/Tokyo), codes as digits, 枝番 with
its leading zero), ``None`` for an absent optional element, a list for ``ResultList``.
:mod:`.xml_result` and :mod:`.json_result` only serialise it, so both files carry the same
content by construction.

The document holds what the clinic needs and what OQS itself returns (kana name, birth date,
insurance numbers, consents); never the certificate, its hash, the My Number or the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.clock import local
from kiosk.reception.model import Consent, ConsentItem, PrescriptionForm, ReceptionFailure, ReceptionResult
from kiosk.services.eligibility import EligibilityAnswer, Qualification, Validity

#: A reception's ``file_id`` (and a request's ``ArbitraryFileIdentifier``): it names files.
FILE_ID_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]{0,63}")
INSTITUTION_CODE_PATTERN = re.compile(r"[0-9]{10}")

# 照会区分, 処理結果区分, 文字コード識別, 処理結果状況, 同意フラグ (§A9, §A4)
REFERENCE_CARD, REFERENCE_NUMBERS = "1", "2"
SEGMENT_NORMAL, SEGMENT_ABNORMAL = "1", "9"
CHARSET_UTF8 = "0"
STATUS_NORMAL = "1"
CONSENT_NONE, CONSENT_GIVEN = "0", "1"

PRESCRIPTION_CODES = {PrescriptionForm.ELECTRONIC: "1", PrescriptionForm.PAPER: "2"}

# The real layout has no 有効期限 for 限度額: it is consent to provide claims data, not a
# 24-hour viewing window (§A4).
_NO_EXPIRY = {"LimitApplicationCertificateRelated"}


def snake(tag: str) -> str:
    """``InsuredCardSymbol`` → ``insured_card_symbol`` (the JSON key of an element)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", tag).lower()


@dataclass(frozen=True)
class Element:
    """One element of the layout.

    :param tag: the XML element name; :attr:`key` is its JSON key.
    :param required: absent (``None``) is not allowed.
    :param children: sub-elements of a container; empty for a leaf holding a string.
    :param item: for a list container (``ResultList``): the tag of each entry, whose
        sub-elements are ``children``. Its value is a list, ``[]`` when the element is absent.
    """

    tag: str
    required: bool = True
    children: tuple[Element, ...] = ()
    item: str | None = None

    @property
    def key(self) -> str:
        return snake(self.tag)


#: (consent item, element-name prefix): ``PharmacistsInfo`` → ``PharmacistsInfoConsFlg`` etc.
CONSENT_PREFIXES = tuple((item, flag.removesuffix("ConsFlg"))
                         for item in ConsentItem for flag in item.xml_flags)


def _consent_elements() -> tuple[Element, ...]:
    elements: list[Element] = []
    for _, prefix in CONSENT_PREFIXES:
        suffixes = ("ConsFlg", "ConsTime") + (() if prefix in _NO_EXPIRY else ("AvailableTime",))
        elements += [Element(prefix + suffix, required=False) for suffix in suffixes]
    return tuple(elements)


RESULT = (
    Element("InsurerNumber"),
    Element("InsuredCardSymbol"),
    Element("InsuredIdentificationNumber"),
    Element("InsuredBranchNumber"),
    Element("NameKana"),
    Element("Birthdate"),
    Element("InsuredCardValidDate"),
    Element("InsuredCardExpirationDate", required=False),
    Element("InsuredPartialContributionRatio"),
    Element("InsurerName"),
    Element("LimitApplicationCertificateRelatedInfo", required=False,
            children=(Element("LimitApplicationCertificateClassificationFlag"),)),
    *_consent_elements(),
)
HEADER = Element("MessageHeader", children=(
    Element("ProcessExecutionTime"),
    Element("QualificationConfirmationDate"),
    Element("MedicalInstitutionCode"),
    Element("ArbitraryFileIdentifier", required=False),
    Element("ReferenceClassification"),
    Element("SegmentOfResult"),
    Element("ErrorCode", required=False),
    Element("ErrorMessage", required=False),
    Element("CharacterCodeIdentifier"),
))
BODY = Element("MessageBody", required=False, children=(
    Element("ProcessingResultStatus"),
    Element("ProcessingResultMessage", required=False),
    Element("QualificationValidity"),
    Element("PrescriptionIssueSelect", required=False),
    Element("ReferenceNumber", required=False),
    Element("ResultList", item="ResultOfQualificationConfirmation", children=RESULT),
))
#: The root ``XmlMsg``; a document is the dict of its children.
SCHEMA = Element("XmlMsg", children=(HEADER, BODY))


def _ymd(day: date) -> str:
    return day.strftime("%Y%m%d")


def _timestamp(moment: datetime) -> str:
    return local(moment).strftime("%Y%m%d%H%M%S")


def _header(*, processed_at: datetime, confirmed_on: date, institution_code: str, file_id: str | None,
            reference: str, segment: str = SEGMENT_NORMAL, error: tuple[str, str] | None = None) -> dict:
    if not INSTITUTION_CODE_PATTERN.fullmatch(institution_code):
        raise ValueError("institution code must be 10 digits")
    return {
        "process_execution_time": _timestamp(processed_at),
        "qualification_confirmation_date": _ymd(confirmed_on),
        "medical_institution_code": institution_code,
        "arbitrary_file_identifier": file_id,
        "reference_classification": reference,
        "segment_of_result": segment,
        "error_code": error[0] if error else None,
        "error_message": error[1] if error else None,
        "character_code_identifier": CHARSET_UTF8,
    }


def _consent_fields(consents: Iterable[Consent] | None) -> dict[str, str | None]:
    """The flag, time and expiry of every consent item; all ``None`` when ``consents`` is None
    (a query by insurance numbers reports no consent). The last answer for an item wins."""
    by_item = {c.item: c for c in consents} if consents is not None else None
    fields: dict[str, str | None] = {}
    for item, prefix in CONSENT_PREFIXES:
        consent = by_item.get(item) if by_item is not None else None
        given = consent if consent is not None and consent.agreed else None
        flag = None if by_item is None else CONSENT_GIVEN if given else CONSENT_NONE
        fields[snake(f"{prefix}ConsFlg")] = flag
        fields[snake(f"{prefix}ConsTime")] = _timestamp(given.at) if given else None
        if prefix not in _NO_EXPIRY:
            fields[snake(f"{prefix}AvailableTime")] = _timestamp(given.expires) if given else None
    return fields


def _result_entry(q: Qualification, consents: Iterable[Consent] | None, *, with_limit: bool) -> dict:
    limit = q.limit_category if with_limit else None
    return {
        "insurer_number": q.insurer_number,
        "insured_card_symbol": q.symbol,
        "insured_identification_number": q.number,
        "insured_branch_number": q.branch,
        "name_kana": q.name_kana,
        "birthdate": _ymd(q.birth_date),
        "insured_card_valid_date": _ymd(q.valid_from),
        "insured_card_expiration_date": _ymd(q.valid_to) if q.valid_to else None,
        "insured_partial_contribution_ratio": q.copay_ratio,
        "insurer_name": q.insurer_name,
        "limit_application_certificate_related_info":
            {"limit_application_certificate_classification_flag": limit} if limit else None,
        **_consent_fields(consents),
    }


def _body(answer: EligibilityAnswer | None, *, consents: Iterable[Consent] | None,
          prescription: PrescriptionForm | None, with_limit: bool) -> dict:
    quals: tuple[Qualification, ...]
    reference: str | None
    notice: str | None
    if answer is None:
        validity, reference, notice, quals = Validity.NOT_FOUND.value, None, None, ()
    else:
        validity, quals = answer.validity.value, answer.qualifications
        reference, notice = answer.reference_number or None, answer.notice or None
    consents = tuple(consents) if consents is not None else None
    return {
        "processing_result_status": STATUS_NORMAL,
        "processing_result_message": notice,
        "qualification_validity": validity,
        "prescription_issue_select": PRESCRIPTION_CODES[prescription] if prescription else None,
        "reference_number": reference,
        "result_list": [_result_entry(q, consents, with_limit=with_limit) for q in quals],
    }


def result_document(result: ReceptionResult) -> dict:
    """The document of a completed kiosk reception (照会区分 1, マイナンバーカード).

    :raises ValueError: the institution code is not 10 digits.
    """
    return {
        "message_header": _header(processed_at=result.processed_at,
                                  confirmed_on=local(result.answer.processed_at).date(),
                                  institution_code=result.institution_code, file_id=result.file_id,
                                  reference=REFERENCE_CARD),
        "message_body": _body(result.answer, consents=result.consents, prescription=result.prescription_form,
                              with_limit=True),
    }


def query_answer_document(answer: EligibilityAnswer | None, *, institution_code: str, file_id: str | None,
                          processed_at: datetime, limit_consent: bool) -> dict:
    """The answer to a query by insurance-card numbers (照会区分 2). ``None`` (no such person)
    answers 資格有効性 4 with no result. 限度額 data only with ``limit_consent``; no consent flags.
    """
    confirmed = local(answer.processed_at if answer else processed_at).date()
    return {
        "message_header": _header(processed_at=processed_at, confirmed_on=confirmed,
                                  institution_code=institution_code, file_id=file_id,
                                  reference=REFERENCE_NUMBERS),
        "message_body": _body(answer, consents=None, prescription=None, with_limit=limit_consent),
    }


def error_document(code: str, message: str, *, institution_code: str, file_id: str | None,
                   reference: str, processed_at: datetime) -> dict:
    """An abnormal answer (処理結果区分 9): header with error code and message, no body."""
    return {
        "message_header": _header(processed_at=processed_at, confirmed_on=local(processed_at).date(),
                                  institution_code=institution_code, file_id=file_id, reference=reference,
                                  segment=SEGMENT_ABNORMAL, error=(code, message)),
        "message_body": None,
    }


QUALIFICATION_UNCONFIRMED = "QUALIFICATION_UNCONFIRMED"
_UNCONFIRMED_MESSAGE = ("ご本人の確認はできましたが、オンライン資格確認ができませんでした（{reason}）。"
                        "資格確認書、資格情報のお知らせ、またはマイナポータルの資格情報画面で資格をご確認ください。")


def unconfirmed_document(failure: ReceptionFailure, institution_code: str) -> dict:
    """The result the clinic system gets for a resident whose identity was proven but whose
    qualification could not be confirmed (service down or in maintenance): 処理結果区分 9 with
    ``QUALIFICATION_UNCONFIRMED``, naming what to check instead; no personal data."""
    return error_document(QUALIFICATION_UNCONFIRMED, _UNCONFIRMED_MESSAGE.format(reason=failure.failure_code),
                          institution_code=institution_code, file_id=failure.file_id, reference=REFERENCE_CARD,
                          processed_at=failure.ended_at)
