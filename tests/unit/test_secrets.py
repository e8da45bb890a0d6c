"""Keys in the OS keyring and the keyed certificate hash (product.md "Lines we never cross" 5).

The user's keyring is never touched: stores get an in-memory backend injected, and the one test of
the default path installs it as the process keyring for the test's duration only."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import keyring
import keyring.core
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from hypothesis import given
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordSetError

from kiosk.secrets import CERT_HASH_KEY, KeyringSecretStore, MemorySecretStore, SecretStoreError, cert_hash

KEY = bytes(range(32))
SIGNER = ec.generate_private_key(ec.SECP256R1())


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict; ``fail`` makes every call raise that keyring error."""

    priority = 0.1  # never preferred over a real backend by keyring's own selection

    def __init__(self, fail: Exception | None = None) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.fail = fail

    def get_password(self, service: str, username: str) -> str | None:
        if self.fail:
            raise self.fail
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail:
            raise self.fail
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.passwords[(service, username)]


def certificate(serial: int = 0x1234_5678_9ABC_DEF0, issuer: str = "JPKI TEST for user authentication",
                days: int = 365) -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, issuer)])
    start = datetime(2025, 1, 1, tzinfo=UTC)
    built = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(SIGNER.public_key())
             .serial_number(serial).not_valid_before(start).not_valid_after(start + timedelta(days=days))
             .sign(SIGNER, hashes.SHA256()))
    return built.public_bytes(Encoding.DER)


# --- KeyringSecretStore ---------------------------------------------------------------------------

def test_a_key_is_created_once_and_kept_as_base64():
    backend = MemoryKeyring()
    store = KeyringSecretStore(backend=backend)

    key = store.get_or_create(CERT_HASH_KEY)

    assert len(key) == 32
    assert base64.b64decode(backend.passwords[("myna-kiosk", CERT_HASH_KEY)]) == key
    assert store.get_or_create(CERT_HASH_KEY) == key
    assert KeyringSecretStore(backend=backend).get_or_create(CERT_HASH_KEY) == key  # next start


def test_names_and_services_have_their_own_keys():
    backend = MemoryKeyring()
    keys = {KeyringSecretStore(service, backend).get_or_create(name)
            for service in ("myna-kiosk", "myna-kiosk-test") for name in ("a", "b")}
    assert len(keys) == 4


@pytest.mark.parametrize("error", [KeyringLocked("locked"), PasswordSetError("refused")])
def test_keyring_failures_become_a_domain_error(error):
    with pytest.raises(SecretStoreError) as caught:
        KeyringSecretStore(backend=MemoryKeyring(fail=error)).get_or_create(CERT_HASH_KEY)
    assert caught.value.code == "SECRET_STORE_UNAVAILABLE"


def test_no_keyring_at_all_becomes_a_domain_error():
    from keyring.backends.fail import Keyring as NoKeyring

    with pytest.raises(SecretStoreError):
        KeyringSecretStore(backend=NoKeyring()).get_or_create(CERT_HASH_KEY)


@pytest.mark.parametrize("stored", ["not base64!", base64.b64encode(b"short").decode()])
def test_a_damaged_key_is_refused_not_replaced(stored):
    backend = MemoryKeyring()
    backend.passwords[("myna-kiosk", CERT_HASH_KEY)] = stored
    with pytest.raises(SecretStoreError):
        KeyringSecretStore(backend=backend).get_or_create(CERT_HASH_KEY)
    assert backend.passwords[("myna-kiosk", CERT_HASH_KEY)] == stored


def test_without_a_backend_the_process_keyring_is_used(monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)  # restored after the test
    key = KeyringSecretStore().get_or_create(CERT_HASH_KEY)
    assert base64.b64decode(backend.passwords[("myna-kiosk", CERT_HASH_KEY)]) == key


def test_memory_store_creates_and_presets_keys():
    store = MemorySecretStore({"preset": KEY})
    assert store.get_or_create("preset") == KEY
    created = store.get_or_create("new")
    assert len(created) == 32 and store.get_or_create("new") == created


# --- cert_hash ------------------------------------------------------------------------------------

def test_cert_hash_is_keyed_hex_and_hides_the_serial():
    der = certificate()
    digest = cert_hash(der, KEY)
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == cert_hash(der, KEY)
    assert cert_hash(der, bytes(32)) != digest
    assert "123456789abcdef0" not in digest and str(0x1234_5678_9ABC_DEF0) not in digest


def test_cert_hash_depends_on_issuer_and_serial_only():
    assert cert_hash(certificate(serial=2), KEY) != cert_hash(certificate(serial=3), KEY)
    assert cert_hash(certificate(issuer="CA one"), KEY) != cert_hash(certificate(issuer="CA two"), KEY)
    assert cert_hash(certificate(days=30), KEY) == cert_hash(certificate(days=3650), KEY)


@given(st.integers(min_value=1, max_value=2**159 - 1), st.integers(min_value=1, max_value=2**159 - 1))
def test_different_serials_never_share_a_hash(a, b):
    if a != b:
        assert cert_hash(certificate(serial=a), KEY) != cert_hash(certificate(serial=b), KEY)


def test_cert_hash_refuses_a_short_key_and_non_certificates():
    with pytest.raises(ValueError):
        cert_hash(certificate(), b"short")
    with pytest.raises(ValueError):
        cert_hash(b"\x30\x03\x02\x01\x00", KEY)

