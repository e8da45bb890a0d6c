"""Intake records at rest (issue 18 §3): on an outreach laptop with no network, and at the office.

Every application — details, e-mail, documents, the photo — is stored **encrypted**: AES-256-GCM
under :data:`RECORD_KEY` from the secret store (``kiosk.secrets``), a fresh 96-bit nonce per file,
and the file's place (session id, record id) as associated data, so a sealed record cannot be
swapped for another or moved to another session unnoticed. The intake session's own details
(place, day, expected count, staff) are sealed the same way. Nothing in the folder can be read
without the key; the file names are random ids.

Layout (the folder and every file private to the kiosk user, ``kiosk.private_files``)::

    <root>/<session id>/session.sealed
    <root>/<session id>/<record id>.sealed
    <root>/<session id>/exports/<bundle digest>.json   (record ids only: what a bundle holds)

Writes are atomic (a temp file in the same folder, then a rename): a crash leaves the old file or
the new one, never half of one. Every step is an audit event with ids and counts only
(:class:`AuditLog`, the store's hash chain).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from kiosk.application.records import ApplicationError, IntakeRecord, clean_text
from kiosk.clock import SYSTEM_CLOCK
from kiosk.private_files import PRIVATE_FILE, private_folder
from kiosk.sealing import SealedBox
from kiosk.secrets import RECORD_KEY, SecretStore

MAGIC = b"MKA1"  # sealed-file format 1: magic, then kiosk.sealing's nonce, ciphertext and tag
SESSION_FILE = "session.sealed"
SUFFIX = ".sealed"
ID = re.compile(r"[0-9a-f]{16}")

# Audit events (kiosk.store.audit whitelists their keys).
SESSION_OPENED = "application.session_opened"
STORED = "application.stored"
EXPORTED = "application.exported"
IMPORTED = "application.imported"
IMPORT_REFUSED = "application.import_refused"
DELETED = "application.deleted"
STAFF_CALL = "application.staff_call"  # a resident's 「係員を 呼ぶ」, once a visit
FORM_REISSUED = "application.form_reissued"  # a 交付申請書 printed or saved again, by its 申請書ID


class AuditLog(Protocol):
    """The audit chain (``kiosk.store.repositories.SqlStore.audit``)."""

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None: ...


class RecordDamagedError(ApplicationError):
    """A sealed file cannot be opened: another key (the key was lost or is not the fleet's), or the
    file was altered or moved. ``detail`` names the file by its ids."""

    code = "APPLICATION_RECORD_DAMAGED"


class UnknownSessionError(ApplicationError):
    """No intake session with this id in this folder (or none at all)."""

    code = "APPLICATION_UNKNOWN_SESSION"


class RecordSealer:
    """AES-256-GCM with a random nonce per file and the file's place as associated data."""

    def __init__(self, key: bytes) -> None:
        self._box = SealedBox(key)

    def seal(self, data: bytes, place: str) -> bytes:
        return MAGIC + self._box.seal(data, place)

    def open(self, blob: bytes, place: str) -> bytes:
        """:raises RecordDamagedError: not sealed by us, with this key, for this place."""
        if not blob.startswith(MAGIC):
            raise RecordDamagedError(f"{place}: not a sealed intake file")
        data = self._box.open(blob[len(MAGIC):], place)
        if data is None:
            raise RecordDamagedError(f"{place}: cannot be opened (another key, or altered)")
        return data


def place_of(session_id: str, name: str) -> str:
    """The associated data that binds a sealed file to its session and name."""
    return f"myna-kiosk/application/{session_id}/{name}"


@dataclass(frozen=True)
class IntakeSession:
    """One outreach visit (出張申請受付) or one office day: where, when, how many residents are
    expected, and the staff (ids) taking applications."""

    session_id: str
    place: str
    day: date
    expected: int
    staff: tuple[str, ...]
    opened_at: datetime

    def to_bytes(self) -> bytes:
        return json.dumps({"session_id": self.session_id, "place": self.place, "day": self.day.isoformat(),
                           "expected": self.expected, "staff": list(self.staff),
                           "opened_at": self.opened_at.isoformat()}, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> IntakeSession:
        raw = json.loads(data.decode("utf-8"))
        return cls(raw["session_id"], raw["place"], date.fromisoformat(raw["day"]), int(raw["expected"]),
                   tuple(raw["staff"]), datetime.fromisoformat(raw["opened_at"]))


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` as ``path``, private to us, all or nothing."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")  # created 0600
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, PRIVATE_FILE)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class IntakeVault:
    """Sealed intake sessions and records in ``root``.

    :param root: the folder (created private if missing).
    :param secrets: where :data:`RECORD_KEY` comes from.
    :param audit: the audit chain; every step is recorded there.
    :param terminal_id: this laptop or desk, for the audit events.
    """

    def __init__(self, root: Path, secrets: SecretStore, audit: AuditLog, terminal_id: str,
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.root = Path(root)
        self._secrets = secrets
        self._sealer: RecordSealer | None = None
        self.audit = audit
        self.terminal_id = terminal_id
        self.clock = clock

    @property
    def sealer(self) -> RecordSealer:
        """The sealer with :data:`RECORD_KEY` (read once, when first needed)."""
        if self._sealer is None:
            self._sealer = RecordSealer(self._secrets.get_or_create(RECORD_KEY))
        return self._sealer

    def _folder(self, session_id: str) -> Path:
        if not ID.fullmatch(session_id) or not (self.root / session_id / SESSION_FILE).is_file():
            raise UnknownSessionError(f"no intake session {session_id[:16]!r} in {self.root}")
        return self.root / session_id

    # -- sessions --------------------------------------------------------------------------------
    def open_session(self, place: str, day: date, expected: int, staff: Iterable[str]) -> IntakeSession:
        """Start an intake session (sealed, audited).

        :raises ValueError: no place, a negative expected count or no staff.
        """
        staff_ids = tuple(staff)
        if not clean_text(place) or expected < 0 or not staff_ids:
            raise ValueError("an intake session needs a place, an expected count ≥ 0 and its staff")
        session = IntakeSession(secrets.token_hex(8), clean_text(place), day, expected, staff_ids, self.clock())
        folder = private_folder(self.root / session.session_id)
        write_atomically(folder / SESSION_FILE, self.sealer.seal(session.to_bytes(),
                                                                 place_of(session.session_id, SESSION_FILE)))
        self.audit.audit(SESSION_OPENED, self.terminal_id,
                         {"intake_session": session.session_id, "expected": str(expected)})
        return session

    def sessions(self) -> list[str]:
        """Ids of the sessions in this folder, oldest first."""
        if not self.root.is_dir():
            return []
        found = [p for p in self.root.iterdir() if ID.fullmatch(p.name) and (p / SESSION_FILE).is_file()]
        return [p.name for p in sorted(found, key=lambda p: (p / SESSION_FILE).stat().st_mtime)]

    def session(self, session_id: str) -> IntakeSession:
        """:raises UnknownSessionError | RecordDamagedError:"""
        blob = (self._folder(session_id) / SESSION_FILE).read_bytes()
        return IntakeSession.from_bytes(self.sealer.open(blob, place_of(session_id, SESSION_FILE)))

    # -- records ---------------------------------------------------------------------------------
    def store(self, session_id: str, record: IntakeRecord) -> None:
        """Seal and keep ``record`` in the session (audited with ids and enum values only).

        :raises UnknownSessionError:
        """
        folder = self._folder(session_id)
        name = record.record_id + SUFFIX
        write_atomically(folder / name, self.sealer.seal(record.to_bytes(), place_of(session_id, name)))
        self.audit.audit(STORED, self.terminal_id, {
            "intake_session": session_id, "record_id": record.record_id, "intake_mode": record.mode.value,
            "delivery": record.delivery.value, "staff_id": record.staff_id,
            **({"documents": ",".join(record.documents)} if record.documents else {})})

    def record_ids(self, session_id: str) -> list[str]:
        """The records kept in the session, by id (sorted)."""
        folder = self._folder(session_id)
        return sorted(p.stem for p in folder.glob("*" + SUFFIX) if ID.fullmatch(p.stem))

    def sealed(self, session_id: str, name: str) -> bytes:
        """The sealed bytes of a session's file (``session.sealed`` or ``<record id>.sealed``)."""
        return (self._folder(session_id) / name).read_bytes()

    def keep_sealed(self, session_id: str, name: str, blob: bytes) -> None:
        """Keep a sealed file as it came (an import): it must open with our key for this place.

        :raises RecordDamagedError:
        """
        self.sealer.open(blob, place_of(session_id, name))
        folder = private_folder(self.root / session_id)
        write_atomically(folder / name, blob)

    def record(self, session_id: str, record_id: str) -> IntakeRecord:
        """One record, opened.

        :raises RecordDamagedError: it cannot be opened or is not a record.
        """
        name = record_id + SUFFIX
        data = self.sealer.open(self.sealed(session_id, name), place_of(session_id, name))
        try:
            return IntakeRecord.from_bytes(data)
        except ValueError as exc:
            raise RecordDamagedError(f"{session_id}/{record_id}: {exc}") from None

    def delete(self, session_id: str, record_ids: Iterable[str]) -> int:
        """Delete the records (those present); the session goes too once it holds none. Returns how
        many were deleted."""
        folder = self._folder(session_id)
        deleted = 0
        for record_id in record_ids:
            path = folder / (record_id + SUFFIX)
            if ID.fullmatch(record_id) and path.is_file():
                path.unlink()
                deleted += 1
        if not self.record_ids(session_id):
            shutil.rmtree(folder)
        return deleted


class SessionIntake:
    """The flow's store port for one open session: ``store(record)``, and the audit of a
    resident's call for staff."""

    def __init__(self, vault: IntakeVault, session: IntakeSession) -> None:
        self.vault = vault
        self.session = session

    def store(self, record: IntakeRecord) -> None:
        self.vault.store(self.session.session_id, record)

    def staff_called(self, state: str) -> None:
        """Audit that the resident called staff in ``state`` (the session and the step, nothing personal)."""
        self.vault.audit.audit(STAFF_CALL, self.vault.terminal_id,
                               {"intake_session": self.session.session_id, "state": state})
