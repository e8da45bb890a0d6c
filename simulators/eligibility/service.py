"""The simulated オンライン資格確認 in-process: :class:`SimulatedEligibilityService`.

Records are the synthetic residents' (``simulators.residents``), keyed like the real service keys
them: by the issuer and serial of the presented 利用者証明用電子証明書. Serials are derived from the
resident id (``pki.certificate_serial``), so a card personalised in one process is recognised by a
service in another. The signature is deliberately **not** verified: the test CA key is generated
per process (``simulators.card.keys``), so it would reject every card from another process.

Refusals follow ``docs/card-interface.md`` (§A7):

* §A7: an expired (or not yet valid) certificate → :class:`CertificateRevokedError` (code 006 on the
  real readers; the three-month eligibility-only grace for physical cards is not modelled). During
  JPKI maintenance, unregistered residents and freshly issued certificates →
  :class:`JpkiMaintenanceError`.
* An unknown certificate (another issuer, unknown serial, not DER at all) → 資格有効性 4
  該当資格なし with no qualifications, no 照会番号 and ``registered`` false; ``register()`` refuses it
  as an invalid certificate (:class:`CertificateRevokedError`).
* ``register()`` is idempotent per (certificate holder, idempotency key): the same key returns the
  original receipt with ``replayed=True`` and never registers twice.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from cryptography import x509

from kiosk.clock import SYSTEM_CLOCK, local_zone
from kiosk.services.eligibility import (
    CertificateRevokedError,
    EligibilityAnswer,
    EligibilityBadAnswerError,
    EligibilityUnavailableError,
    JpkiMaintenanceError,
    RegistrationReceipt,
    Validity,
)
from simulators.card import pki
from simulators.eligibility.answers import VALIDITY_BY_LABEL, expiry_notice, qualifications, reference_number
from simulators.eligibility.faults import Faults
from simulators.residents import Resident, all_residents

logger = logging.getLogger(__name__)

AUTH_PURPOSE = "user authentication"
# (?) The spec gives no duration; our choice.
FRESH_CERTIFICATE = timedelta(days=7)  # "cert just renewed" (§A7 JPKI maintenance)
IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,128}")


def check_idempotency_key(key: object) -> str:
    """The key itself if it is 1–128 visible ASCII characters (it travels in an HTTP header).

    :raises ValueError: otherwise (a caller's bug, not a service condition).
    """
    if not isinstance(key, str) or not IDEMPOTENCY_KEY.fullmatch(key):
        raise ValueError("idempotency key must be 1-128 visible ASCII characters")
    return key


class SimulatedEligibilityService:
    """:class:`~kiosk.services.eligibility.EligibilityService` over the synthetic residents.

    Registration state is per instance: a resident marked unregistered in the dataset becomes
    registered here after a successful :meth:`register`. Thread-safe.

    :param residents: the records (default: ``all_residents()`` as of today).
    :param faults: fault knobs shared with an
        :class:`~simulators.eligibility.server.EligibilityHttpServer` (default: none set).
    :param clock: the current time, timezone-aware (default: the system clock, in the product's zone).
    """

    def __init__(self, residents: Iterable[Resident] | None = None, *, faults: Faults | None = None,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.faults = faults if faults is not None else Faults()
        self._clock = clock
        self._issuer = pki.ca(AUTH_PURPOSE)[0].subject
        people = all_residents() if residents is None else tuple(residents)
        self._by_serial = {pki.certificate_serial(r.id, AUTH_PURPOSE): r for r in people}
        self._lock = threading.Lock()
        self._registered = {r.id for r in people if r.insurance_registered}
        self._registrations: dict[str, int] = {}
        self._receipts: dict[tuple[str, str], RegistrationReceipt] = {}

    # -- the port ---------------------------------------------------------------------------
    def check(self, certificate_der: bytes, *, limit_consent: bool) -> EligibilityAnswer:
        """The holder's qualification (§A9), with the fault knobs applied as domain errors.

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError:
        """
        self._before()
        answer = self.answer(certificate_der, limit_consent=limit_consent)
        self._after()
        return answer

    def register(self, certificate_der: bytes, idempotency_key: str) -> RegistrationReceipt:
        """健康保険証利用の初回登録 (§A3 step 4), with the fault knobs applied as domain errors.

        :raises EligibilityUnavailableError | EligibilityBadAnswerError | JpkiMaintenanceError |
            CertificateRevokedError: (revoked: expired or unknown certificate)
        :raises ValueError: the key is not 1–128 visible ASCII characters.
        """
        check_idempotency_key(idempotency_key)
        self._before()
        receipt = self.commit_registration(certificate_der, idempotency_key)
        self._after()
        return receipt

    # -- fault-free operations (also what the HTTP front calls) -----------------------------
    def answer(self, certificate_der: bytes, *, limit_consent: bool) -> EligibilityAnswer:
        """:meth:`check` without fault knobs except ``jpki_maintenance``."""
        now = self._clock()
        found = self._holder(certificate_der, now)
        if found is None:
            return EligibilityAnswer(Validity.NOT_FOUND, (), False, "", now)
        r, cert = found
        with self._lock:
            registered = r.id in self._registered
        self._refuse_in_maintenance(r, cert, now, registered)
        validity = VALIDITY_BY_LABEL[r.insurance.validity] if r.insurance else Validity.NOT_FOUND
        notice = expiry_notice(cert.not_valid_after_utc, now)
        quals = qualifications(r, validity, limit_consent, now.astimezone(local_zone()).date())
        return EligibilityAnswer(validity, quals, registered, reference_number(r.id), now, notice)

    def lookup(self, insurer_number: str, symbol: str, number: str, branch: str,
               birth_date: date) -> EligibilityAnswer | None:
        """照会区分 2: the qualification of whoever holds these insurance-card numbers
        (``kiosk.handoff.requests.InsuranceLookup``); None when nobody does."""
        self._before()
        now = self._clock()
        for r in self._by_serial.values():
            ins = r.insurance
            if ins and (ins.insurer_number, ins.symbol, ins.number, ins.branch, r.birth_date) == (
                    insurer_number, symbol, number, branch, birth_date):
                validity = VALIDITY_BY_LABEL[ins.validity]
                with self._lock:
                    registered = r.id in self._registered
                quals = qualifications(r, validity, True, now.astimezone(local_zone()).date())
                answer = EligibilityAnswer(validity, quals, registered, reference_number(r.id), now)
                self._after()
                return answer
        self._after()
        return None

    def commit_registration(self, certificate_der: bytes, idempotency_key: str) -> RegistrationReceipt:
        """:meth:`register` without fault knobs except ``jpki_maintenance``."""
        check_idempotency_key(idempotency_key)
        now = self._clock()
        found = self._holder(certificate_der, now)
        if found is None:
            raise CertificateRevokedError("certificate not issued by the JPKI test CA")
        r, cert = found
        with self._lock:  # one lock around look-up and commit: a key can never register twice
            seen = self._receipts.get((r.id, idempotency_key))
            if seen is not None:
                logger.info("registration replayed for %s", r.id)
                return replace(seen, replayed=True)
            self._refuse_in_maintenance(r, cert, now, r.id in self._registered)
            if r.id not in self._registered:
                self._registered.add(r.id)
                self._registrations[r.id] = self._registrations.get(r.id, 0) + 1
                logger.info("registered %s for insurance use", r.id)
            receipt = RegistrationReceipt(now, idempotency_key)
            self._receipts[(r.id, idempotency_key)] = receipt
            return receipt

    def registrations(self, resident_id: str) -> int:
        """How many times this instance registered ``resident_id`` (0 or 1 unless broken)."""
        with self._lock:
            return self._registrations.get(resident_id, 0)

    # -- internals --------------------------------------------------------------------------
    def _holder(self, certificate_der: bytes, now: datetime) -> tuple[Resident, x509.Certificate] | None:
        """The resident the certificate belongs to, None if unknown.

        :raises CertificateRevokedError: a known certificate outside its validity period.
        """
        try:
            cert = x509.load_der_x509_certificate(bytes(certificate_der))
        except (ValueError, TypeError):
            return None
        r = self._by_serial.get(cert.serial_number) if cert.issuer == self._issuer else None
        if r is None:
            return None
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            logger.info("certificate of %s outside its validity period", r.id)
            raise CertificateRevokedError("利用者証明用電子証明書 expired or not yet valid (006)")
        return r, cert

    def _refuse_in_maintenance(self, r: Resident, cert: x509.Certificate, now: datetime,
                               registered: bool) -> None:
        if not self.faults.jpki_maintenance:
            return
        if not registered:
            raise JpkiMaintenanceError(f"{r.id}: not registered, JPKI needed")
        if now - cert.not_valid_before_utc <= FRESH_CERTIFICATE:
            raise JpkiMaintenanceError(f"{r.id}: certificate just issued, JPKI needed")

    def _before(self) -> None:
        faults = self.faults
        if faults.latency > 0:
            time.sleep(faults.latency)
        if faults.timeout:
            raise EligibilityUnavailableError("simulated timeout")
        if faults.consume("fail_5xx_times"):
            raise EligibilityUnavailableError("simulated 5xx")

    def _after(self) -> None:
        faults = self.faults
        if faults.consume("drop_after_commit"):
            raise EligibilityUnavailableError("simulated connection drop after commit")
        if faults.malformed is not None or faults.answer_body is not None:
            raise EligibilityBadAnswerError("simulated malformed answer")
