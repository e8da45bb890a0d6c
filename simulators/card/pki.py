"""The project's own test PKI: CA certificates and the residents' JPKI certificates.

Never a real J-LIS root: every issuer name says TEST and "not J-LIS". The user-authentication
certificate looks like the real one — no personal data in the subject (C=JP + an opaque CN), key
usage digitalSignature, JPKI-style policy, CRL and OCSP pointers under the reserved ``.test`` TLD —
and expires at the 5th birthday after issue. Its serial is derived from the resident id, so it is
the same in every process (keys are not, see ``keys``).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time
from functools import lru_cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from kiosk.clock import local_zone
from simulators.card.keys import named_rsa_key
from simulators.residents import Resident

# Policy OIDs under the JPKI arc as seen in public certificate dumps [U]; kept for realism only.
AUTH_POLICY_OID = x509.ObjectIdentifier("1.2.392.200149.8.5.1.3.30")
SIGN_POLICY_OID = x509.ObjectIdentifier("1.2.392.200149.8.5.1.1.10")
CA_VALID_FROM = datetime(2020, 1, 1, tzinfo=UTC)
CA_VALID_TO = datetime(2045, 1, 1, tzinfo=UTC)


def _ca_name(purpose: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "JPKI TEST"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"JPKI TEST for {purpose}"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Myna Kiosk test CA - not J-LIS"),
    ])


@lru_cache(maxsize=2)
def ca(purpose: str) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    """The self-signed test CA for ``"user authentication"`` or ``"digital signature"``."""
    key = named_rsa_key(f"ca:{purpose}")
    name = _ca_name(purpose)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int.from_bytes(hashlib.sha256(purpose.encode()).digest()[:8], "big"))
        .not_valid_before(CA_VALID_FROM).not_valid_after(CA_VALID_TO)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def certificate_serial(resident_id: str, purpose: str) -> int:
    """Positive 63-bit serial derived from the resident and the certificate's purpose."""
    return int.from_bytes(hashlib.sha256(f"{purpose}:{resident_id}".encode()).digest()[:8], "big") >> 1


def _leaf(resident: Resident, purpose: str, subject: x509.Name, key: rsa.RSAPrivateKey,
          policy: x509.ObjectIdentifier, extra: list[x509.ExtensionType]) -> x509.Certificate:
    ca_cert, ca_key = ca(purpose)
    not_before = datetime.combine(resident.card_issued, time(9, 0), local_zone())
    not_after = datetime.combine(resident.auth_cert_expiry, time(23, 59, 59), local_zone())
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(certificate_serial(resident.id, purpose))
        .not_valid_before(not_before).not_valid_after(not_after)
        .add_extension(x509.KeyUsage(True, purpose == "digital signature", False, False, False, False,
                                     False, False, False), critical=True)
        .add_extension(x509.CertificatePolicies([x509.PolicyInformation(policy, None)]), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            [x509.UniformResourceIdentifier(f"http://crl.jpki.test/{purpose.replace(' ', '-')}.crl")],
            None, None, None)]), critical=False)
        .add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
            x509.oid.AuthorityInformationAccessOID.OCSP,
            x509.UniformResourceIdentifier("http://ocsp.jpki.test/"))]), critical=False)
    )
    for extension in extra:
        builder = builder.add_extension(extension, critical=False)
    return builder.sign(ca_key, hashes.SHA256())


def auth_certificate(resident: Resident, key: rsa.RSAPrivateKey) -> x509.Certificate:
    """利用者証明用電子証明書: no personal information, like the real one."""
    opaque = hashlib.sha256(f"auth-subject:{resident.id}".encode()).hexdigest()[:24].upper()
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
                         x509.NameAttribute(NameOID.COMMON_NAME, opaque)])
    return _leaf(resident, "user authentication", subject, key, AUTH_POLICY_OID, [])


def sign_certificate(resident: Resident, key: rsa.RSAPrivateKey) -> x509.Certificate:
    """署名用電子証明書: carries the basic 4 information (readable only after the password)."""
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
        x509.NameAttribute(NameOID.LOCALITY_NAME, resident.address[:128]),
        x509.NameAttribute(NameOID.COMMON_NAME, resident.name),
    ])
    return _leaf(resident, "digital signature", subject, key, SIGN_POLICY_OID, [])


def date_text(day: date) -> bytes:
    """``YYYYMMDD`` ASCII, the card's date encoding."""
    return day.strftime("%Y%m%d").encode("ascii")
