"""The outreach laptop's applications taken back to the office (issue 18 §3): a signed export
bundle, its import at the office, and the office's signed receipt that lets the laptop delete them.

::

    laptop: export ──► bundle (sealed records as they are, signed) ──► office: import (signature
    checked, every record opened once with the record key, kept sealed) ──► receipt (signed) ──►
    laptop: confirm (receipt checked against the export) ──► those records deleted

The bundle carries the records **still sealed** with the record key (``kiosk.application.vault``),
so a lost USB stick shows ids and ciphertext only. It is signed with HMAC-SHA256 under
:data:`BUNDLE_KEY`; the office refuses a bundle whose signature does not hold (altered, or from a
laptop without the municipality's key) and records the refusal. Both keys are the municipality's,
on the laptops and at the office alike (docs/application-support.md: made once, copied by IT).

A bundle is known by the SHA-256 of its bytes (its *digest*), in the audit log and the receipt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.application.records import ApplicationError
from kiosk.application.vault import (
    DELETED,
    EXPORTED,
    ID,
    IMPORT_REFUSED,
    IMPORTED,
    SESSION_FILE,
    SUFFIX,
    IntakeVault,
    RecordDamagedError,
    place_of,
    write_atomically,
)
from kiosk.clock import SYSTEM_CLOCK
from kiosk.private_files import private_folder
from kiosk.secrets import BUNDLE_KEY, SecretStore

BUNDLE_FORMAT = "myna-kiosk/application-bundle/1"
RECEIPT_FORMAT = "myna-kiosk/application-receipt/1"
EXPORTS = "exports"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # ~2500 applications with their photos


class BundleInvalidError(ApplicationError):
    """The bundle is not one, or its signature does not hold: altered, or not signed with this
    municipality's key. Nothing was imported."""

    code = "APPLICATION_BUNDLE_INVALID"


class ReceiptInvalidError(ApplicationError):
    """The receipt is not one, its signature does not hold, or it is for no bundle exported here.
    Nothing was deleted."""

    code = "APPLICATION_RECEIPT_INVALID"


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")


def sign(body: dict[str, Any], key: bytes) -> bytes:
    """``body`` with its HMAC-SHA256 ``signature`` over its canonical JSON, as bytes."""
    mac = hmac.new(key, canonical(body), hashlib.sha256).hexdigest()
    return canonical({**body, "signature": mac})


def signed_body(data: bytes, key: bytes, expected_format: str) -> dict[str, Any] | None:
    """The body of a signed document of ``expected_format``, or None when it is not one or its
    signature does not hold."""
    try:
        document = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != expected_format:
        return None
    mac = document.pop("signature", None)
    expected = hmac.new(key, canonical(document), hashlib.sha256).hexdigest()
    return document if isinstance(mac, str) and hmac.compare_digest(mac, expected) else None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Transfer:
    """What an export, an import or a confirmation did: the session, the records and the bundle."""

    session_id: str
    record_ids: tuple[str, ...]
    bundle_digest: str

    @property
    def count(self) -> int:
        return len(self.record_ids)

    def as_dict(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "records": self.count, "bundle_digest": self.bundle_digest}


def export_bundle(vault: IntakeVault, session_id: str, secrets: SecretStore, out: Path,
                  clock: Callable[[], datetime] = SYSTEM_CLOCK) -> Transfer:
    """Write ``out``, the signed bundle of every record the session holds now; then the export is
    noted beside the session (record ids) and audited. A bundle that could not be written is
    neither noted nor audited.

    :raises UnknownSessionError:
    :raises OSError: ``out`` cannot be written.
    """
    record_ids = vault.record_ids(session_id)
    body = {"format": BUNDLE_FORMAT, "session_id": session_id, "terminal_id": vault.terminal_id,
            "created_at": clock().isoformat(),
            "session": base64.b64encode(vault.sealed(session_id, SESSION_FILE)).decode("ascii"),
            "records": {rid: base64.b64encode(vault.sealed(session_id, rid + SUFFIX)).decode("ascii")
                        for rid in record_ids}}
    data = sign(body, secrets.get_or_create(BUNDLE_KEY))
    write_atomically(Path(out).absolute(), data)
    transfer = Transfer(session_id, tuple(record_ids), digest(data))
    notes = private_folder(vault.root / session_id / EXPORTS)
    write_atomically(notes / f"{transfer.bundle_digest}.json", canonical(list(record_ids)))
    vault.audit.audit(EXPORTED, vault.terminal_id, {"intake_session": session_id, "count": str(transfer.count),
                                                    "bundle_digest": transfer.bundle_digest})
    return transfer


def import_bundle(data: bytes, inbox: IntakeVault, secrets: SecretStore,
                  clock: Callable[[], datetime] = SYSTEM_CLOCK) -> tuple[bytes, Transfer]:
    """At the office: check the bundle, keep its sealed records in ``inbox`` (each opened once to
    prove it is whole), and return the signed receipt for the laptop. Importing a bundle again
    changes nothing and gives the same records.

    :raises BundleInvalidError: too big, not a bundle, a signature that does not hold, or a record
        that does not open (audited as refused; nothing kept).
    """
    bundle_digest = digest(data)
    key = secrets.get_or_create(BUNDLE_KEY)
    body = signed_body(data, key, BUNDLE_FORMAT) if len(data) <= MAX_BUNDLE_BYTES else None
    try:
        if body is None:
            raise BundleInvalidError("not an application bundle, or its signature does not hold")
        session_id, records = body["session_id"], body["records"]
        if not (isinstance(session_id, str) and ID.fullmatch(session_id) and isinstance(records, dict)
                and all(isinstance(r, str) and ID.fullmatch(r) for r in records)):
            raise BundleInvalidError("the bundle's ids are malformed")
        files = {SESSION_FILE: base64.b64decode(body["session"]),
                 **{rid + SUFFIX: base64.b64decode(blob) for rid, blob in records.items()}}
        for name, blob in files.items():  # every file opens with our key before any is kept
            inbox.sealer.open(blob, place_of(session_id, name))
    except (BundleInvalidError, RecordDamagedError, KeyError, TypeError, ValueError) as error:
        inbox.audit.audit(IMPORT_REFUSED, inbox.terminal_id, {"bundle_digest": bundle_digest,
                                                              "failure_code": BundleInvalidError.code})
        if isinstance(error, BundleInvalidError):
            raise
        raise BundleInvalidError(f"the bundle's content does not open ({type(error).__name__})") from None
    for name, blob in files.items():
        inbox.keep_sealed(session_id, name, blob)
    transfer = Transfer(session_id, tuple(sorted(records)), bundle_digest)
    inbox.audit.audit(IMPORTED, inbox.terminal_id, {"intake_session": session_id, "count": str(transfer.count),
                                                    "bundle_digest": bundle_digest})
    receipt = sign({"format": RECEIPT_FORMAT, "session_id": session_id, "bundle_digest": bundle_digest,
                    "records": list(transfer.record_ids), "imported_at": clock().isoformat()}, key)
    return receipt, transfer


def confirm_import(receipt: bytes, vault: IntakeVault, secrets: SecretStore) -> Transfer:
    """On the laptop: the office's receipt for a bundle exported here; the records both hold are
    deleted (a record taken after the export stays), audited.

    :raises ReceiptInvalidError: not a receipt, a signature that does not hold, or no such export.
    """
    body = signed_body(receipt, secrets.get_or_create(BUNDLE_KEY), RECEIPT_FORMAT)
    if body is None:
        raise ReceiptInvalidError("not an import receipt, or its signature does not hold")
    session_id, bundle_digest = str(body.get("session_id", "")), str(body.get("bundle_digest", ""))
    note = vault.root / session_id / EXPORTS / f"{bundle_digest}.json"
    if not (ID.fullmatch(session_id) and len(bundle_digest) == 64 and note.is_file()):
        raise ReceiptInvalidError("the receipt is for no bundle exported from this folder")
    exported = set(json.loads(note.read_bytes()))
    confirmed = tuple(sorted(exported & set(body.get("records", []))))
    note.unlink()
    vault.delete(session_id, confirmed)
    vault.audit.audit(DELETED, vault.terminal_id, {"intake_session": session_id, "count": str(len(confirmed)),
                                                   "bundle_digest": bundle_digest})
    return Transfer(session_id, confirmed, bundle_digest)


def read_limited(path: Path, limit: int = MAX_BUNDLE_BYTES) -> bytes:
    """A bundle or receipt file's bytes, refusing one over ``limit``.

    :raises BundleInvalidError: too big.
    """
    with path.open("rb") as source:
        data = source.read(limit + 1)
    if len(data) > limit:
        raise BundleInvalidError(f"{path.name}: larger than {limit} bytes")
    return data
