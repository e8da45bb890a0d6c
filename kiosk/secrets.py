"""Secrets kept outside the database, and the keyed certificate hash (product.md "Lines we never
cross" 5: personal identifiers are minimised to a keyed hash of the certificate serial, key from the
OS keyring; "Real parts": OS keyring in production, a file or memory backend only in tests).

The key never enters the database, so a copied database alone cannot be matched against a list of
certificate serials. On a fleet (issue 15 §3) the key is a root-only file that IT copies to every
terminal of one clinic — ``$CREDENTIALS_DIRECTORY/cert-hash-key`` (systemd ``LoadCredential=``) or
``/etc/myna-kiosk/secrets/cert-hash-key`` — so that all of them hash a card the same way; the OS
keyring serves where there is one and no such file. The database password and the staff PIN hash
are secret files of the same kind. Losing the key only breaks the link between old and new records of one card;
nothing else depends on it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path
from typing import Protocol

import keyring
from cryptography import x509
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from kiosk.errors import KioskError

KEY_BYTES = 32
CERT_HASH_KEY = "cert-hash-key"  # name of the certificate-hash key in the SecretStore (and its file)
RECORD_KEY = "application-record-key"  # AES-256-GCM key of outreach intake records (kiosk.application.vault)
BUNDLE_KEY = "application-bundle-key"  # HMAC-SHA256 key of intake bundles and receipts (kiosk.application.bundle)
SHARED_KEYS = frozenset({CERT_HASH_KEY, RECORD_KEY, BUNDLE_KEY})
"""Keys every terminal of one clinic or city must hold alike (the certificate hash; the outreach
laptops' records and bundles, opened at the office): made once with ``myna-kiosk secrets
create-key`` and copied, never created by a terminal on its own."""
DATABASE_PASSWORD = "database-password"  # noqa: S105 - the name of a secret file
STAFF_PIN_HASH_SECRET = "staff-pin-hash"  # noqa: S105 - the name of a secret file


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
                backend.set_password(self.service, name, new_key_text())
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


class SecretFileError(KioskError):
    """A secret file others may read, or one that cannot be read; ``detail`` names it."""

    code = "SECRET_FILE_INVALID"


def secret_dirs(system_dir: Path) -> list[Path]:
    """Where secret files are looked for, first match wins: systemd's credentials of this service,
    then ``<system dir>/secrets``."""
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    return [*([Path(credentials)] if credentials else []), system_dir / "secrets"]


def read_secret_file(name: str, dirs: list[Path]) -> str | None:
    """The text of the secret file ``name`` (trailing newline removed), or None when there is none.

    :raises SecretFileError: the file can be read by its group or others, or not at all.
    """
    for folder in dirs:
        path = folder / name
        if not _is_file(path):
            continue
        try:
            if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise SecretFileError(f"secret file {path} may be read by others: chmod 600 (or 400) it")
            return path.read_text(encoding="utf-8").rstrip("\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise SecretFileError(f"secret file {path} cannot be read ({type(exc).__name__})") from exc
    return None


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a file; a folder this process may not look into (``/etc/myna-kiosk/secrets``
    is root's: the kiosk user gets its secrets through ``$CREDENTIALS_DIRECTORY``) has none."""
    try:
        return path.is_file()
    except PermissionError:
        return False


class FileSecretStore:
    """Keys in private files, base64 text. Keys in ``shared`` (the certificate-hash key) are made once
    for a whole fleet (``myna-kiosk secrets create-key``) and copied by IT: never created here. Any
    other key (the outbox's sealing key) belongs to one terminal and is created on first use in
    ``local``, a folder private to the kiosk user.

    :raises SecretStoreError: from :meth:`get_or_create`, when a file is missing, not private or
        not a key.
    """

    def __init__(self, dirs: list[Path], local: Path | None = None, shared: frozenset[str] = SHARED_KEYS) -> None:
        self.dirs = dirs + ([local] if local else [])
        self.local = local
        self.shared = shared

    def has(self, name: str) -> bool:
        """Whether a file for ``name`` exists in a folder this process may look into."""
        return any(_is_file(folder / name) for folder in self.dirs)

    def get_or_create(self, name: str) -> bytes:
        try:
            text = read_secret_file(name, self.dirs)
            if text is None and self.local is not None and name not in self.shared:
                self.local.mkdir(mode=0o700, parents=True, exist_ok=True)
                path = self.local / name
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                    file.write(new_key_text() + "\n")
                text = read_secret_file(name, self.dirs)
        except FileExistsError:  # another process made it at this moment: use theirs
            text = read_secret_file(name, self.dirs)
        except (SecretFileError, OSError) as error:
            raise SecretStoreError(getattr(error, "detail", None) or f"{name}: {error}") from error
        if text is None:
            raise SecretStoreError(f"no secret file {name} in {', '.join(map(str, self.dirs))}")
        return _decode(text.strip(), name)


def new_key_text() -> str:
    """A fresh random key as stored in a secret file or the keyring (base64 of 32 bytes)."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


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
