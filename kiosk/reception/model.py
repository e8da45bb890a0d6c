"""Domain types of a reception (issue 4): method, consents, prescription form, the result handed
to the clinic system, and the records the store keeps. No personal identifier beyond what the
clinic needs: the certificate appears only as a keyed hash (``cert_hash``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from kiosk.services.eligibility import EligibilityAnswer, RegistrationReceipt

CONSENT_VALIDITY = timedelta(hours=24)  # outpatient consent lets staff view data for 24 h (§A3)


class Method(Enum):
    """How identity was proven."""

    FACE = "face"  # 顔認証
    PIN = "pin"  # 暗証番号 (利用者証明用)
    STAFF = "staff"  # 目視確認 by staff at the kiosk


class ConsentItem(Enum):
    """Consent screens (§A4). ``xml_flag`` is the OQS result's flag name."""

    MEDICATION = "medication"  # 診療・薬剤情報
    SURGERY = "surgery"  # 手術情報 (where the clinic enables it)
    CHECKUP = "checkup"  # 特定健診情報 (offered at 40+)
    LIMIT = "limit"  # 限度額情報

    @property
    def label(self) -> str:
        return {"medication": "診療・薬剤情報", "surgery": "手術情報", "checkup": "特定健診情報",
                "limit": "限度額情報"}[self.value]

    @property
    def xml_flags(self) -> tuple[str, ...]:
        return {"medication": ("PharmacistsInfoConsFlg", "DiagnosisInfoConsFlg"),
                "surgery": ("OperationInfoConsFlg",),
                "checkup": ("SpecificHealthCheckupsInfoConsFlg",),
                "limit": ("LimitApplicationCertificateRelatedConsFlg",)}[self.value]


class PrescriptionForm(Enum):
    """処方箋の発行形態 (§A3 step 6)."""

    ELECTRONIC = "electronic"  # 電子処方箋
    PAPER = "paper"  # 紙の処方箋


@dataclass(frozen=True)
class Consent:
    """One answer on one consent screen."""

    item: ConsentItem
    agreed: bool
    at: datetime
    expires: datetime
    terminal_id: str
    method: Method

    @classmethod
    def given(cls, item: ConsentItem, agreed: bool, at: datetime, terminal_id: str, method: Method) -> Consent:
        return cls(item, agreed, at, at + CONSENT_VALIDITY, terminal_id, method)


@dataclass(frozen=True)
class ReceptionResult:
    """A completed reception: what the clinic system receives (XML + JSON) and the store keeps.

    ``file_id`` is unique per reception and names the result files.
    """

    file_id: str
    terminal_id: str
    institution_code: str  # 医療機関コード, 10 digits
    processed_at: datetime
    method: Method
    cert_hash: str
    answer: EligibilityAnswer
    consents: tuple[Consent, ...]
    prescription_form: PrescriptionForm | None
    started_at: datetime
    registration: RegistrationReceipt | None = None  # 初回登録 done during this visit

    @property
    def registered_now(self) -> bool:
        return self.registration is not None


@dataclass(frozen=True)
class ReceptionFailure:
    """A reception that ended without a result (card removed, timeout, service down, ...)."""

    terminal_id: str
    started_at: datetime
    ended_at: datetime
    failure_code: str  # a KioskError code or a flow reason such as "TIMEOUT"
    method: Method | None = None
    cert_hash: str | None = None
    details: dict[str, str] = field(default_factory=dict)  # whitelisted, no personal data
    file_id: str | None = None  # set when the clinic system gets an "unconfirmed" result for it
