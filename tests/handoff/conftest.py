"""Builders for the handoff tests: a reception result, an eligibility answer, a request file,
an XML bomb."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.clock import TOKYO
from kiosk.reception.model import Consent, ConsentItem, Method, PrescriptionForm, ReceptionResult
from kiosk.services.eligibility import EligibilityAnswer, Qualification, Validity

# Every handed-off file is fsynced (file and folder), which costs milliseconds each on a busy
# disk; on tmpfs it costs nothing, and the code paths are the same.
SCRATCH_ROOT = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None  # noqa: S108 - parent of mkdtemp only
NOW = datetime(2025, 3, 1, 9, 30, 15, tzinfo=TOKYO)
INSTITUTION = "1312345678"
BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  b"<XmlMsg>&lol3;</XmlMsg>")


def qualification(**changes) -> Qualification:
    base = Qualification(
        insurer_number="06139999", symbol="1234", number="567", branch="01", copay_ratio="030",
        limit_category="A03", insurer_name="テスト健康保険組合", name_kana="ﾃｽﾄ ﾊﾅｺ",
        birth_date=date(1950, 4, 1), valid_from=date(2020, 4, 1), valid_to=None)
    return replace(base, **changes)


def answer(*quals: Qualification, validity: Validity = Validity.VALID, **changes) -> EligibilityAnswer:
    base = EligibilityAnswer(validity, quals or (qualification(),), True, "123456789012", NOW)
    return replace(base, **changes)


def consent(item: ConsentItem, agreed: bool = True, at: datetime = NOW) -> Consent:
    return Consent.given(item, agreed, at, "KIOSK-01", Method.FACE)


def reception(**changes) -> ReceptionResult:
    base = ReceptionResult(
        file_id="R20250301-0001", terminal_id="KIOSK-01", institution_code=INSTITUTION, processed_at=NOW,
        method=Method.FACE, cert_hash="c3f1a9e0-certificate-hash", answer=answer(),
        consents=(consent(ConsentItem.MEDICATION), consent(ConsentItem.CHECKUP, agreed=False)),
        prescription_form=PrescriptionForm.ELECTRONIC, started_at=NOW)
    return replace(base, **changes)


def request_xml(reference: str = "2", file_id: str | None = "Q0001", institution: str = INSTITUTION,
                **search: str | None) -> bytes:
    """A request file; ``search`` overrides the QualificationConfirmSearchInfo fields (None drops)."""
    fields = {"InsurerNumber": "06139999", "InsuredCardSymbol": "1234", "InsuredIdentificationNumber": "567",
              "InsuredBranchNumber": "01", "Birthdate": "19500401",
              "LimitApplicationCertificateRelatedConsFlg": "0"} | search
    head = f"<MedicalInstitutionCode>{institution}</MedicalInstitutionCode>"
    head += f"<ArbitraryFileIdentifier>{file_id}</ArbitraryFileIdentifier>" if file_id is not None else ""
    head += f"<ReferenceClassification>{reference}</ReferenceClassification>"
    info = "".join(f"<{tag}>{value}</{tag}>" for tag, value in fields.items() if value is not None)
    return (f'<?xml version="1.0" encoding="UTF-8"?><XmlMsg><MessageHeader>{head}</MessageHeader>'
            f"<MessageBody><QualificationConfirmSearchInfo>{info}</QualificationConfirmSearchInfo>"
            f"</MessageBody></XmlMsg>").encode()


@pytest.fixture(scope="session")
def make():
    """The builders above (session scope, so Hypothesis tests may use them too)."""
    return SimpleNamespace(qualification=qualification, answer=answer, consent=consent, reception=reception,
                           request_xml=request_xml, now=NOW, institution=INSTITUTION,
                           billion_laughs=BILLION_LAUGHS, scratch_root=SCRATCH_ROOT)


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A fresh, empty folder (on tmpfs where there is one)."""
    with tempfile.TemporaryDirectory(dir=SCRATCH_ROOT) as root:
        yield Path(root)
