"""Secrets kept outside the database, and the keyed certificate hash (product.md "Lines we never
cross" 5: personal identifiers are minimised to a keyed hash of the certificate serial, key from the
OS keyring; "Real parts": OS keyring in production, a file or memory backend only in tests).

The key never enters the database, so a copied database alone cannot be matched against a list of
certificate serials. Losing the key only breaks the link between old and new records of one card;
nothing else depends on it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from typing import Protocol

import keyring
from cryptography import x509
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from kiosk.errors import KioskError

KEY_BYTES = 32
CERT_HASH_KEY = "cert-hash-key"  # name of the certificate-hash key in the SecretStore


class SecretStoreError(KioskError):
    """The OS keyring is missing, locked or refused the key; ``detail`` names the keyring error."""

    code = "SECRET_STORE_UNAVAILABLE"


class SecretStore(Protocol):
    """Named random keys that outlive the process."""

    def get_or_create(self, name: str) -> bytes:
        """The 32-byte key ``name``; created at random on first use.

        :raises SecretStoreError: the store cannot be read or written.
        """
        ...


class KeyringSecretStore:
    """Keys in the OS keyring as base64 text under ``service``/``name``.

    :param service: keyring service name; one per installation profile.
    :param backend: a keyring backend; None uses the one ``keyring`` selects for this OS. Tests
        pass an in-memory backend so that the user's keyring is never touched.
    """

    def __init__(self, service: str = "myna-kiosk", backend: KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend

    def get_or_create(self, name: str) -> bytes:
        try:
            backend = self._backend or keyring.get_keyring()
            stored = backend.get_password(self.service, name)
            if stored is None:
                created = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")
                backend.set_password(self.service, name, created)
                # Read back: if two processes created a key at once, both use the one that was kept.
                stored = backend.get_password(self.service, name)
        except KeyringError as exc:
            raise SecretStoreError(f"keyring {type(exc).__name__} for {self.service}/{name}") from exc
        return _decode(stored, f"{self.service}/{name}")


class MemorySecretStore:
    """Keys in a dict, for tests and simulator runs. ``keys`` presets some of them."""

    def __init__(self, keys: dict[str, bytes] | None = None) -> None:
        self._keys = dict(keys or {})

    def get_or_create(self, name: str) -> bytes:
        return self._keys.setdefault(name, secrets.token_bytes(KEY_BYTES))


def _decode(stored: str | None, where: str) -> bytes:
    """A stored key must decode to exactly 32 bytes; anything else is refused, never replaced,
    because replacing it would silently unlink every hash made with the old key."""
    try:
        key = base64.b64decode(stored or "", validate=True)
    except binascii.Error as exc:
        raise SecretStoreError(f"{where}: stored key is not base64") from exc
    if len(key) != KEY_BYTES:
        raise SecretStoreError(f"{where}: stored key has {len(key)} bytes, expected {KEY_BYTES}")
    return key


def cert_hash(certificate_der: bytes, key: bytes) -> str:
    """HMAC-SHA256 (hex) over the certificate's issuer DN (DER) and serial number.

    Issuer + serial is what the eligibility service keys on (``kiosk.services.eligibility``), so a
    renewed certificate gives a new hash, as it gives a new 照会 there. The issuer is length-prefixed
    so that no two (issuer, serial) pairs share an input.

    :param certificate_der: the 利用者証明用電子証明書 as read from the card.
    :param key: the ``CERT_HASH_KEY`` from a :class:`SecretStore`.
    :raises ValueError: the key is shorter than 32 bytes or the DER is not a certificate.
    """
    if len(key) < KEY_BYTES:
        raise ValueError(f"cert_hash key must have at least {KEY_BYTES} bytes")
    certificate = x509.load_der_x509_certificate(certificate_der)
    issuer = certificate.issuer.public_bytes()
    serial = certificate.serial_number
    serial_bytes = serial.to_bytes((serial.bit_length() + 8) // 8, "big", signed=True)
    message = len(issuer).to_bytes(4, "big") + issuer + serial_bytes
    return hmac.new(key, message, hashlib.sha256).hexdigest()
