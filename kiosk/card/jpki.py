"""公的個人認証AP (JPKI) session: certificates, PIN tries, PIN verify, signatures (spec §4.1, §7).

The kiosk only uses the 利用者証明用 (user-authentication) side: its certificate and CA certificate
need no PIN; the private key signs after the 4-digit auth PIN is verified.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from kiosk.card.ap import CardAp, PinStatus, fail
from kiosk.card.apdu import MAX_SHORT_LE, Ins, StatusWord
from kiosk.card.errors import (
    CardResponseError,
    CertificateExpiredError,
    SignatureInvalidError,
)
from kiosk.clock import SYSTEM_CLOCK

logger = logging.getLogger(__name__)

JPKI_AID = bytes.fromhex("D392F000260100000001")

EF_SIGN_CERT = 0x0001  # needs the signing password: never read by this product
EF_SIGN_CA_CERT = 0x0002
EF_TOKEN_INFO = 0x0006
EF_AUTH_CERT = 0x000A
EF_AUTH_CA_CERT = 0x000B
EF_AUTH_KEY = 0x0017
EF_AUTH_PIN = 0x0018
EF_SIGN_KEY = 0x001A
EF_SIGN_PIN = 0x001B

AUTH_PIN_DIGITS = 4
SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")

# Token labels (spec §4.1): the first 32 bytes of EF 0006, space padded.
TOKEN_KINDS = {
    "JPKIAPICCTOKEN2": "mynumber-card",
    "JPKIAPICCTOKEN": "juki-card",
    "JPKIAPGPSETOKEN": "android-phone",
    "JPKIAPIOSTOKEN": "iphone",
}


def sha256_digest_info(message: bytes) -> bytes:
    """The PKCS#1 DigestInfo for SHA-256 of ``message`` (51 bytes, spec §7)."""
    return SHA256_DIGEST_INFO_PREFIX + hashlib.sha256(message).digest()


def parse_certificate(der: bytes, what: str) -> x509.Certificate:
    """Parse a DER certificate read from the card; malformed DER becomes a domain error."""
    try:
        return x509.load_der_x509_certificate(der)
    except ValueError as exc:
        raise CardResponseError(f"{what}: not a DER certificate ({exc})") from exc


def check_validity(certificate: x509.Certificate, now: datetime | None = None) -> None:
    """:raises CertificateExpiredError: ``now`` is outside the certificate's validity."""
    now = now or SYSTEM_CLOCK.now()
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise CertificateExpiredError(
            f"certificate valid {certificate.not_valid_before_utc:%Y-%m-%d}"
            f"..{certificate.not_valid_after_utc:%Y-%m-%d}")


@dataclass(frozen=True)
class TokenInfo:
    """EF 0006: what kind of JPKI token this is."""

    label: str

    @property
    def kind(self) -> str:
        return TOKEN_KINDS.get(self.label, "unknown")


class JpkiAp(CardAp):
    """Commands of the JPKI AP over any :class:`~kiosk.card.connection.CardConnection`."""

    AID = JPKI_AID
    NAME = "JPKI AP"

    def read_token_info(self) -> TokenInfo:
        """Read the token label from EF 0006 (first 32 bytes, spaces and NULs trimmed)."""
        self.select()
        data, sw = self._read_sfi(EF_TOKEN_INFO, 0, 32)
        if sw != StatusWord.OK:
            raise fail(sw, "READ token info")
        try:
            label = data[:32].decode("ascii").strip(" \x00")
        except UnicodeDecodeError as exc:
            raise CardResponseError("token info is not ASCII") from exc
        return TokenInfo(label)

    def read_auth_certificate(self) -> x509.Certificate:
        """The 利用者証明用電子証明書 (EF 000A); no PIN needed on the plastic card (spec §4.1)."""
        return parse_certificate(self.read_tlv_ef(EF_AUTH_CERT), "auth certificate")

    def read_auth_ca_certificate(self) -> x509.Certificate:
        """The CA certificate that issued the auth certificate (EF 000B)."""
        return parse_certificate(self.read_tlv_ef(EF_AUTH_CA_CERT), "auth CA certificate")

    def auth_pin_status(self) -> PinStatus:
        """Remaining tries of the 利用者証明用暗証番号 by query; no try consumed."""
        return self.pin_status(EF_AUTH_PIN)

    def verify_auth_pin(self, pin: str) -> None:
        """VERIFY the 4-digit auth PIN, once. See :meth:`CardAp.verify` for the errors."""
        self.verify(EF_AUTH_PIN, pin, digits=AUTH_PIN_DIGITS)

    def sign_with_auth_key(self, digest_info: bytes) -> bytes:
        """COMPUTE DIGITAL SIGNATURE ``80 2A 00 80`` with the auth key (EF 0017): the card pads
        ``digest_info`` with PKCS#1 v1.5 type 1 and returns the 256-byte RSA signature.

        :raises SecurityStatusError: the auth PIN was not verified in this session.
        """
        self.select()
        self.select_ef(EF_AUTH_KEY)
        signature, sw = self.channel.send(0x80, Ins.COMPUTE_SIGNATURE, 0x00, 0x80, digest_info,
                                          le=MAX_SHORT_LE)
        if sw != StatusWord.OK:
            raise fail(sw, "COMPUTE SIGNATURE")
        return signature

    def authenticate(self, pin: str, challenge: bytes, certificate: x509.Certificate) -> bytes:
        """Prove the holder: VERIFY the auth PIN, sign SHA-256(challenge), and check the
        signature against ``certificate``.

        :raises SignatureInvalidError: the key on the card does not match the certificate.
        """
        self.verify_auth_pin(pin)
        signature = self.sign_with_auth_key(sha256_digest_info(challenge))
        verify_signature(certificate, challenge, signature)
        return signature


def verify_signature(certificate: x509.Certificate, message: bytes, signature: bytes) -> None:
    """Check a PKCS#1 v1.5 / SHA-256 signature over ``message`` with the certificate's key."""
    key = certificate.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise SignatureInvalidError("certificate key is not RSA")
    try:
        key.verify(signature, hashlib.sha256(message).digest(), padding.PKCS1v15(),
                   utils.Prehashed(hashes.SHA256()))
    except InvalidSignature as exc:
        raise SignatureInvalidError("card signature does not verify against its certificate") from exc
