"""The eligibility port (issue 4 §2): オンライン資格確認 as the kiosk needs it.

A resident is identified by their 利用者証明用電子証明書 (the DER bytes read from the card; the
service keys on issuer + serial). Codes follow the OQS result layout as described in
``docs/card-interface.md`` §A9. ``simulators.eligibility`` holds the
synthetic residents' records; ``drivers.eligibility_http`` talks to a service over HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Protocol

from kiosk.errors import KioskError


class Validity(Enum):
    """資格有効性 (§A9 codes 1–5)."""

    VALID = "1"  # 有効
    INVALID = "2"  # 無効
    INVALID_NEW_AVAILABLE = "3"  # 無効・新しい資格あり
    NOT_FOUND = "4"  # 該当資格なし
    MULTIPLE = "5"  # 複数該当

    @property
    def label(self) -> str:
        return {"1": "有効", "2": "無効", "3": "無効・新しい資格あり", "4": "該当資格なし", "5": "複数該当"}[self.value]


@dataclass(frozen=True)
class Qualification:
    """One insurance qualification (§A9 "Per result"). Numbers are strings: leading zeros matter."""

    insurer_number: str  # 保険者番号, 6 or 8 digits
    symbol: str  # 記号
    number: str  # 番号
    branch: str  # 枝番, 2 digits, leading zero kept
    copay_ratio: str  # 一部負担金割合, 3 digits: "030" = 30 %
    limit_category: str | None  # 限度額適用区分 A01–A06 / B01–B10; None without 限度額 consent
    insurer_name: str
    name_kana: str
    birth_date: date
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class EligibilityAnswer:
    """The service's answer for one resident."""

    validity: Validity
    qualifications: tuple[Qualification, ...]
    registered: bool  # 健康保険証利用登録 done
    reference_number: str  # 照会番号: links the card to the patient at this institution
    processed_at: datetime
    notice: str = ""  # e.g. certificate expiring soon


@dataclass(frozen=True)
class RegistrationReceipt:
    """初回登録 accepted. ``replayed`` is True when the same idempotency key was seen before and
    the original registration is returned (never a second registration)."""

    registered_at: datetime
    idempotency_key: str
    replayed: bool = False


class EligibilityError(KioskError):
    code = "ELIGIBILITY_ERROR"


class EligibilityUnavailableError(EligibilityError):
    """Service unreachable, timed out, or answered 5xx after the bounded retries."""

    code = "ELIGIBILITY_UNAVAILABLE"


class EligibilityBadAnswerError(EligibilityError):
    """The service answered something malformed."""

    code = "ELIGIBILITY_BAD_ANSWER"


class JpkiMaintenanceError(EligibilityError):
    """JPKI is in maintenance: unregistered residents and fresh certificates cannot be processed."""

    code = "ELIGIBILITY_JPKI_MAINTENANCE"


class CertificateRevokedError(EligibilityError):
    """The 利用者証明用電子証明書 is revoked or expired (code 006 on the real readers)."""

    code = "ELIGIBILITY_CERT_REVOKED"


class EligibilityService(Protocol):
    """What the reception flow asks of オンライン資格確認."""

    def check(self, certificate_der: bytes, *, limit_consent: bool) -> EligibilityAnswer:
        """Qualification of the certificate's holder. ``limit_consent``: 限度額情報 may be returned.

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError:
        """
        ...

    def register(self, certificate_der: bytes, idempotency_key: str) -> RegistrationReceipt:
        """健康保険証利用の初回登録. Retrying with the same key never registers twice.

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError: (expired, or not a certificate the service knows)
        """
        ...
