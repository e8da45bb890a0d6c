"""The simulated eligibility service in-process: §A9 codes from the dataset's special residents,
§A7 refusals, 限度額 only with consent, idempotent registration, fault knobs as domain errors."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding

from kiosk.clock import SYSTEM_CLOCK
from kiosk.services.eligibility import (
    CertificateRevokedError,
    EligibilityBadAnswerError,
    EligibilityService,
    EligibilityUnavailableError,
    JpkiMaintenanceError,
    Validity,
)
from simulators.card import pki
from simulators.card.keys import named_rsa_key
from simulators.card.personalise import CardBuilder
from simulators.eligibility import Faults, Malformed, SimulatedEligibilityService, reference_number
from simulators.residents import Resident, birthday_in, resident


def certificate_der(r: Resident) -> bytes:
    return pki.auth_certificate(r, CardBuilder(r).key("auth")).public_bytes(Encoding.DER)


def der(resident_id: str) -> bytes:
    return certificate_der(resident(resident_id))


@pytest.fixture
def service() -> SimulatedEligibilityService:
    return SimulatedEligibilityService()


def today_jst():
    return SYSTEM_CLOCK.today()


def test_implements_the_port(service):
    port: EligibilityService = service
    assert callable(port.check) and callable(port.register)


def test_ordinary_resident_is_valid_with_string_numbers(service):
    r = resident("R002")
    answer = service.check(der("R002"), limit_consent=False)
    assert answer.validity is Validity.VALID
    assert answer.registered is True
    (q,) = answer.qualifications
    assert q.branch == r.insurance.branch == "02"  # a string: the leading zero is kept
    assert (q.insurer_number, q.symbol, q.number) == (r.insurance.insurer_number, r.insurance.symbol,
                                                      r.insurance.number)
    assert q.copay_ratio == f"{r.insurance.copay_percent:03d}" == "030"
    assert q.name_kana == r.kana and q.birth_date == r.birth_date
    assert q.insurer_name
    assert q.valid_from <= today_jst() and q.valid_to is None
    assert answer.processed_at.tzinfo is not None
    assert answer.notice == ""


@pytest.mark.parametrize(("resident_id", "validity", "count"), [
    ("R015", Validity.INVALID, 1),
    ("R016", Validity.INVALID_NEW_AVAILABLE, 1),
    ("R017", Validity.NOT_FOUND, 0),
    ("R018", Validity.MULTIPLE, 2),
])
def test_special_residents_answer_their_validity_code(service, resident_id, validity, count):
    assert resident(resident_id).insurance.validity == validity.label
    answer = service.check(der(resident_id), limit_consent=False)
    assert answer.validity is validity
    assert len(answer.qualifications) == count
    if validity in (Validity.INVALID, Validity.INVALID_NEW_AVAILABLE):
        (q,) = answer.qualifications
        assert q.valid_to is not None and q.valid_from <= q.valid_to < today_jst()  # 資格喪失 in the past
    if validity is Validity.MULTIPLE:
        first, second = answer.qualifications
        assert first.insurer_number != second.insurer_number
        assert first.valid_to is None and second.valid_to is None


def test_limit_category_only_with_consent(service):
    r = resident("R002")
    (without,) = service.check(der("R002"), limit_consent=False).qualifications
    (with_consent,) = service.check(der("R002"), limit_consent=True).qualifications
    assert without.limit_category is None
    assert with_consent.limit_category == r.insurance.limit_category


def test_elderly_resident_pays_ten_percent_from_the_75th_birthday(service):
    r = resident("R007")  # 77
    (q,) = service.check(der("R007"), limit_consent=False).qualifications
    assert q.copay_ratio == "010" and q.insurer_number.startswith("39")
    assert (q.valid_from.year - r.birth_date.year, q.valid_from.month) == (75, r.birth_date.month)


def test_reference_number_is_stable_per_resident(service):
    first = service.check(der("R002"), limit_consent=False).reference_number
    assert first == SimulatedEligibilityService().check(der("R002"), limit_consent=True).reference_number
    assert first == reference_number("R002") and len(first) == 10 and first.isdigit()
    assert first != service.check(der("R003"), limit_consent=False).reference_number


def test_expired_certificate_is_refused(service):
    r = resident("R005")
    assert r.auth_cert_expiry < today_jst()
    with pytest.raises(CertificateRevokedError):
        service.check(der("R005"), limit_consent=False)
    with pytest.raises(CertificateRevokedError):
        service.register(der("R005"), "key-r005")


def _signed_by_test_ca(serial: int) -> bytes:
    ca_cert, ca_key = pki.ca("user authentication")
    key = named_rsa_key("test:stranger")
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([]))
            .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(serial)
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .sign(ca_key, hashes.SHA256()))
    return cert.public_bytes(Encoding.DER)


@pytest.mark.parametrize("what", ["unknown serial", "signing certificate", "not DER", "empty"])
def test_unknown_certificate_has_no_qualification(service, what):
    r = resident("R002")
    presented = {
        "unknown serial": lambda: _signed_by_test_ca(4242),
        "signing certificate": lambda: pki.sign_certificate(r, CardBuilder(r).key("sign")).public_bytes(
            Encoding.DER),
        "not DER": lambda: b"\x30\x03garbage",
        "empty": lambda: b"",
    }[what]()
    answer = service.check(presented, limit_consent=True)
    assert answer.validity is Validity.NOT_FOUND
    assert answer.qualifications == () and answer.reference_number == "" and answer.registered is False
    with pytest.raises(CertificateRevokedError):
        service.register(presented, "key-unknown")


def test_unregistered_resident_is_registered_exactly_once(service):
    assert resident("R007").insurance_registered is False
    assert service.check(der("R007"), limit_consent=False).registered is False
    receipt = service.register(der("R007"), "key-1")
    assert receipt.replayed is False and receipt.idempotency_key == "key-1"
    assert service.check(der("R007"), limit_consent=False).registered is True
    again = service.register(der("R007"), "key-1")
    assert again.replayed is True and again.registered_at == receipt.registered_at
    other_key = service.register(der("R007"), "key-2")  # already registered: accepted, no change
    assert other_key.replayed is False
    assert service.registrations("R007") == 1
    assert SimulatedEligibilityService().check(der("R007"), limit_consent=False).registered is False


def test_registering_a_registered_resident_changes_nothing(service):
    assert service.register(der("R002"), "key-r002").replayed is False
    assert service.registrations("R002") == 0


@pytest.mark.parametrize("key", ["", "with space", "é", "x" * 129, None])
def test_invalid_idempotency_key_is_a_caller_bug(service, key):
    with pytest.raises(ValueError):
        service.register(der("R007"), key)


def test_jpki_maintenance_blocks_only_what_needs_jpki(service):
    service.faults.jpki_maintenance = True
    with pytest.raises(JpkiMaintenanceError):
        service.check(der("R007"), limit_consent=False)
    with pytest.raises(JpkiMaintenanceError):
        service.register(der("R007"), "key-1")
    assert service.registrations("R007") == 0
    assert service.check(der("R002"), limit_consent=False).validity is Validity.VALID
    service.faults.jpki_maintenance = False
    receipt = service.register(der("R007"), "key-1")
    service.faults.jpki_maintenance = True
    assert service.register(der("R007"), "key-1") == dataclasses.replace(receipt, replayed=True)
    assert service.check(der("R007"), limit_consent=False).registered is True


def _issued(days_ago: int, resident_id: str = "T001") -> Resident:
    """R002 under another id with a card issued ``days_ago`` days ago."""
    issued = today_jst() - timedelta(days=days_ago)
    return dataclasses.replace(resident("R002"), id=resident_id, card_issued=issued)


def test_fresh_certificate_needs_jpki():
    fresh, settled = _issued(2, "T001"), _issued(400, "T002")
    service = SimulatedEligibilityService([fresh, settled])
    assert service.check(certificate_der(fresh), limit_consent=False).validity is Validity.VALID
    service.faults.jpki_maintenance = True
    with pytest.raises(JpkiMaintenanceError):
        service.check(certificate_der(fresh), limit_consent=False)
    assert service.check(certificate_der(settled), limit_consent=False).validity is Validity.VALID


def test_certificate_expiring_soon_carries_a_notice():
    expiry = today_jst() + timedelta(days=30)
    if (expiry.month, expiry.day) == (2, 29):  # a 29 February birthday moves (residents.birthday_in)
        expiry += timedelta(days=1)
    birth = birthday_in(expiry, expiry.year - 50)
    # Issued the day after a birthday five years back: the 5th birthday after issue is ``expiry``.
    soon = dataclasses.replace(resident("R002"), id="T003", birth_date=birth,
                               card_issued=birthday_in(birth, expiry.year - 5) + timedelta(days=1))
    assert soon.auth_cert_expiry == expiry
    answer = SimulatedEligibilityService([soon]).check(certificate_der(soon), limit_consent=False)
    assert answer.validity is Validity.VALID and expiry.isoformat() in answer.notice


def test_unknown_resident_set_only_knows_its_own():
    service = SimulatedEligibilityService([resident("R002")])
    assert service.check(der("R003"), limit_consent=False).validity is Validity.NOT_FOUND


# -- fault knobs in-process ---------------------------------------------------------------------
def test_5xx_knob_fails_the_next_calls_then_recovers(service):
    service.faults.fail_5xx_times = 2
    for _ in range(2):
        with pytest.raises(EligibilityUnavailableError):
            service.check(der("R002"), limit_consent=False)
    assert service.check(der("R002"), limit_consent=False).validity is Validity.VALID


def test_timeout_and_malformed_knobs(service):
    service.faults.timeout = True
    with pytest.raises(EligibilityUnavailableError):
        service.check(der("R002"), limit_consent=False)
    service.faults.clear()
    service.faults.malformed = Malformed.GARBAGE
    with pytest.raises(EligibilityBadAnswerError):
        service.check(der("R002"), limit_consent=False)


def test_drop_after_commit_registers_and_the_retry_replays(service):
    service.faults.drop_after_commit = 1
    with pytest.raises(EligibilityUnavailableError):
        service.register(der("R007"), "key-1")
    assert service.registrations("R007") == 1
    assert service.register(der("R007"), "key-1").replayed is True
    assert service.registrations("R007") == 1


def test_concurrent_registrations_with_one_key_register_once(service):
    certificate = der("R007")
    receipts, barrier = [], threading.Barrier(8)

    def register():
        barrier.wait(timeout=5)
        receipts.append(service.register(certificate, "same-key"))

    threads = [threading.Thread(target=register) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len(receipts) == 8
    assert service.registrations("R007") == 1
    assert sorted(r.replayed for r in receipts) == [False] + [True] * 7
    assert len({r.registered_at for r in receipts}) == 1


def test_fault_counters_are_consumed_atomically():
    faults = Faults(fail_5xx_times=3)
    taken, barrier = [], threading.Barrier(8)

    def take():
        barrier.wait(timeout=5)
        taken.extend(faults.consume("fail_5xx_times") for _ in range(10))

    threads = [threading.Thread(target=take) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert taken.count(True) == 3 and faults.fail_5xx_times == 0
    faults.latency, faults.malformed = 1.0, Malformed.TRUNCATED
    faults.clear()
    assert faults == Faults()
