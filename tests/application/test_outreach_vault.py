"""Outreach storage (issue 18 §3): applications sealed at rest with AES-GCM, a signed export
bundle, its import at the office, and deletion once the office's receipt comes back — each step in
the audit log, nothing personal readable in any file."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.application.bundle import (
    BundleInvalidError,
    ReceiptInvalidError,
    confirm_import,
    export_bundle,
    import_bundle,
)
from kiosk.application.records import BasicDetails, Delivery, IntakeMode, make_record
from kiosk.application.vault import IntakeVault, RecordDamagedError, SessionIntake, UnknownSessionError
from kiosk.card.kenhojo import Sex
from kiosk.counter.applications import make_application_id
from kiosk.secrets import MemorySecretStore

NOW = datetime(2025, 6, 2, 10, 30, tzinfo=UTC)
NAME = "出張 花子"
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 40  # stands in for the JPEG


def vault(root: Path, keys: MemorySecretStore, audit, terminal: str = "LAPTOP-01") -> IntakeVault:
    return IntakeVault(root, keys, audit, terminal, clock=lambda: NOW)


def taken(number: int = 1):
    return make_record(mode=IntakeMode.OUTREACH, application_id=make_application_id(number),
                       details=BasicDetails(NAME, "東京都千代田区千代田１－１", date(1950, 1, 2), Sex.FEMALE),
                       email="hanako@example.jp", documents=("driving_license",), delivery=Delivery.MAIL,
                       photo_jpeg=PHOTO, taken_at=NOW, staff_id="clerk01")


@pytest.fixture
def keys() -> MemorySecretStore:
    return MemorySecretStore()  # the municipality's two keys, shared by laptop and office


@pytest.fixture
def laptop(tmp_path, keys, audit) -> IntakeVault:
    return vault(tmp_path / "laptop", keys, audit)


def export(laptop: IntakeVault, session_id: str, keys: MemorySecretStore, name: str = "bundle"):
    """The bundle's bytes (written beside the vault, as on a USB stick) and what was exported."""
    out = laptop.root.parent / "usb" / f"{name}.mynabundle"
    out.parent.mkdir(exist_ok=True)
    transfer = export_bundle(laptop, session_id, keys, out, clock=lambda: NOW)
    return out.read_bytes(), transfer


def every_file(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_records_are_sealed_at_rest_and_open_with_the_key(laptop, audit):
    session = laptop.open_session("○○株式会社 本社会議室", date(2025, 6, 2), 40, ["clerk01", "clerk02"])
    record = taken()
    SessionIntake(laptop, session).store(record)
    assert laptop.record(session.session_id, record.record_id) == record
    assert laptop.session(session.session_id) == session
    files = every_file(laptop.root)
    assert len(files) == 2
    for path, data in files.items():
        assert path.stat().st_mode & 0o077 == 0, path
        assert NAME.encode() not in data and b"\xff\xd8\xff" not in data and b"hanako" not in data
        assert "会議室".encode() not in data and b"JFIF" not in data
    assert audit.names() == ["application.session_opened", "application.stored"]
    assert audit.events[1][2] == {"intake_session": session.session_id, "record_id": record.record_id,
                                  "intake_mode": "outreach", "delivery": "mail", "staff_id": "clerk01",
                                  "documents": "driving_license"}


def test_a_changed_a_moved_or_a_foreign_record_does_not_open(tmp_path, laptop, audit):
    first = laptop.open_session("公民館", date(2025, 6, 2), 10, ["clerk01"])
    second = laptop.open_session("病院", date(2025, 6, 3), 10, ["clerk01"])
    record = taken()
    laptop.store(first.session_id, record)
    path = laptop.root / first.session_id / f"{record.record_id}.sealed"
    sealed = path.read_bytes()
    (laptop.root / second.session_id / path.name).write_bytes(sealed)  # moved to another session
    with pytest.raises(RecordDamagedError):
        laptop.record(second.session_id, record.record_id)
    path.write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))
    with pytest.raises(RecordDamagedError):
        laptop.record(first.session_id, record.record_id)
    path.write_bytes(sealed)
    with pytest.raises(RecordDamagedError):  # another key: the laptop's key was lost
        vault(laptop.root, MemorySecretStore(), audit).record(first.session_id, record.record_id)
    with pytest.raises(UnknownSessionError):
        laptop.record("0" * 16, record.record_id)


def test_export_import_confirm_deletes_what_the_office_holds(tmp_path, laptop, keys, audit):
    session = laptop.open_session("介護施設", date(2025, 6, 2), 3, ["clerk01"])
    records = [taken(n) for n in (1, 2)]
    for record in records:
        laptop.store(session.session_id, record)
    bundle, exported = export(laptop, session.session_id, keys)
    assert exported.count == 2 and NAME.encode() not in bundle and b"\xff\xd8\xff" not in bundle
    late = taken(3)
    laptop.store(session.session_id, late)  # taken after the export: stays until the next one

    office = vault(tmp_path / "office", keys, audit, "OFFICE-01")
    receipt, imported = import_bundle(bundle, office, keys, clock=lambda: NOW)
    assert imported.record_ids == exported.record_ids and imported.bundle_digest == exported.bundle_digest
    assert [office.record(session.session_id, r.record_id) for r in records] == records
    assert import_bundle(bundle, office, keys, clock=lambda: NOW)[1] == imported  # again: the same

    confirmed = confirm_import(receipt, laptop, keys)
    assert confirmed.count == 2
    assert laptop.record_ids(session.session_id) == [late.record_id]
    receipt_2, _ = import_bundle(export(laptop, session.session_id, keys, "second")[0], office, keys)
    confirm_import(receipt_2, laptop, keys)
    assert laptop.sessions() == [] and not (laptop.root / session.session_id).exists()
    assert audit.names() == ["application.session_opened", "application.stored", "application.stored",
                             "application.exported", "application.stored", "application.imported",
                             "application.imported", "application.deleted", "application.exported",
                             "application.imported", "application.deleted"]
    deleted = [data for event, _, data in audit.events if event == "application.deleted"]
    assert deleted[0] == {"intake_session": session.session_id, "count": "2", "bundle_digest": exported.bundle_digest}


def test_an_altered_or_foreign_bundle_is_refused_and_nothing_is_kept(tmp_path, laptop, keys, audit):
    session = laptop.open_session("商業施設", date(2025, 6, 2), 5, ["clerk01"])
    laptop.store(session.session_id, taken())
    bundle, _ = export(laptop, session.session_id, keys)
    office = vault(tmp_path / "office", keys, audit, "OFFICE-01")
    document = json.loads(bundle)
    document["terminal_id"] = "LAPTOP-99"
    altered = json.dumps(document).encode()
    same_record_key = MemorySecretStore({"application-record-key": keys.get_or_create("application-record-key")})
    foreign = export(vault(laptop.root, same_record_key, audit), session.session_id, MemorySecretStore(), "x")[0]
    for bad in (altered, foreign, b"not json", bundle[:100]):
        with pytest.raises(BundleInvalidError):
            import_bundle(bad, office, keys)
    with pytest.raises(BundleInvalidError):  # signed, but its records sealed with another record key
        import_bundle(bundle, vault(tmp_path / "office", MemorySecretStore(
            {"application-bundle-key": keys.get_or_create("application-bundle-key")}), audit), keys)
    assert not (tmp_path / "office").exists()
    assert audit.names().count("application.import_refused") == 5


def test_a_wrong_receipt_deletes_nothing(tmp_path, laptop, keys, audit):
    session = laptop.open_session("学校", date(2025, 6, 2), 5, ["clerk01"])
    laptop.store(session.session_id, taken())
    bundle, _ = export(laptop, session.session_id, keys)
    receipt, _ = import_bundle(bundle, vault(tmp_path / "office", keys, audit), keys)
    document = json.loads(receipt)
    document["records"].append("0123456789abcdef")
    other_laptop = vault(tmp_path / "other", keys, audit)
    for bad, where in ((json.dumps(document).encode(), laptop), (b"{}", laptop), (receipt, other_laptop)):
        with pytest.raises(ReceiptInvalidError):
            confirm_import(bad, where, keys)
    with pytest.raises(ReceiptInvalidError):
        confirm_import(receipt, laptop, MemorySecretStore())
    assert len(laptop.record_ids(session.session_id)) == 1
