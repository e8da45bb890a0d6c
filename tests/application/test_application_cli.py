"""``myna-kiosk application`` and ``simulate application`` (issue 18 §5): the photo check on a
file, and an outreach intake on the simulators exported, imported at the office and deleted once
confirmed, with the municipality's keys in root-only files and the audit chain intact after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.cli.output import Exit
from kiosk.private_files import private_file, private_folder
from kiosk.secrets import BUNDLE_KEY, RECORD_KEY, new_key_text

pytestmark = pytest.mark.faces


def run(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, [*args, "--json"], standalone_mode=False, catch_exceptions=False)
    return result.return_value, json.loads(result.stdout)


def test_photo_check_says_ok_or_names_the_broken_rules(faces, tmp_path):
    status, out = run("application", "photo-check", str(faces / "obama_1.jpg"))
    assert status == Exit.OK and out["ok"] and out["failed"] == [] and out["file"] == []
    status, out = run("application", "photo-check", str(faces / "two_people.jpg"))
    assert status == Exit.NEGATIVE and "multiple_people" in [f["rule"] for f in out["failed"]]
    assert all(f["message"] for f in out["failed"])
    text = CliRunner().invoke(cli, ["application", "photo-check", str(faces / "obama_partial_face.jpg")])
    assert text.output.splitlines()[0] == "refused" and "off_centre:" in text.output
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 10)
    status, out = run("application", "photo-check", str(png))
    assert status == Exit.FAILED and out["error"]["code"] == "IMAGE_INVALID"


@pytest.fixture
def municipality_keys(tmp_path, monkeypatch) -> Path:
    """The two application keys as root-only files in the system folder's secrets/ (IT's copy)."""
    system = tmp_path / "etc"
    folder = private_folder(system / "secrets")
    for name in (RECORD_KEY, BUNDLE_KEY):
        private_file(folder / name).write_text(new_key_text() + "\n", encoding="utf-8")
    monkeypatch.setenv("MYNA_KIOSK_SYSTEM_DIR", str(system))
    return system


def test_an_outreach_intake_is_exported_imported_and_deleted(tmp_path, municipality_keys):
    laptop, office = tmp_path / "laptop", tmp_path / "office"
    laptop_db, office_db = f"sqlite:///{tmp_path / 'laptop.db'}", f"sqlite:///{tmp_path / 'office.db'}"
    status, intake = run("simulate", "application", "--vault", str(laptop), "--database-url", laptop_db)
    assert status == Exit.OK, intake
    assert intake["outcome"] == "stored" and intake["states"][-1] == "done" and intake["photo_bytes"] > 20_000
    assert intake["application_id"] and intake["frames_judged"] >= 2

    bundle = tmp_path / "usb" / "outreach.mynabundle"
    bundle.parent.mkdir()
    status, exported = run("application", "export", "--vault", str(laptop), "--database-url", laptop_db,
                           "--out", str(bundle))
    assert status == Exit.OK and exported["records"] == 1 and bundle.is_file()

    status, imported = run("application", "import", str(bundle), "--vault", str(office), "--database-url", office_db)
    assert status == Exit.OK and imported["records"] == 1
    assert imported["bundle_digest"] == exported["bundle_digest"]
    receipt = Path(imported["receipt"])
    assert receipt == bundle.with_name("outreach.mynabundle.receipt") and receipt.is_file()

    status, confirmed = run("application", "confirm", str(receipt), "--vault", str(laptop), "--database-url", laptop_db)
    assert status == Exit.OK and confirmed["records"] == 1
    assert not any(laptop.rglob("*.sealed"))
    assert len(list(office.rglob("*.sealed"))) == 2  # the session and the application, still sealed

    for url in (laptop_db, office_db):
        status, chain = run("audit", "verify", "--database-url", url)
        assert status == Exit.OK and chain["ok"], chain


def test_a_tampered_bundle_or_receipt_is_refused(tmp_path, municipality_keys):
    laptop, db = tmp_path / "laptop", f"sqlite:///{tmp_path / 'k.db'}"
    assert run("simulate", "application", "--vault", str(laptop), "--database-url", db)[0] == Exit.OK
    bundle = tmp_path / "b.mynabundle"
    run("application", "export", "--vault", str(laptop), "--database-url", db, "--out", str(bundle))
    document = json.loads(bundle.read_bytes())
    document["terminal_id"] = "SOMEONE-ELSE"
    bundle.write_text(json.dumps(document), encoding="ascii")
    status, out = run("application", "import", str(bundle), "--vault", str(tmp_path / "office"),
                      "--database-url", db)
    assert status == Exit.NEGATIVE and out["error"]["code"] == "APPLICATION_BUNDLE_INVALID"
    fake = tmp_path / "fake.receipt"
    fake.write_text('{"format": "myna-kiosk/application-receipt/1", "signature": "00"}', encoding="ascii")
    status, out = run("application", "confirm", str(fake), "--vault", str(laptop), "--database-url", db)
    assert status == Exit.NEGATIVE and out["error"]["code"] == "APPLICATION_RECEIPT_INVALID"
    assert len(list(laptop.rglob("*.sealed"))) == 2


def test_export_with_nothing_taken_says_so(tmp_path, municipality_keys):
    status, out = run("application", "export", "--vault", str(tmp_path / "empty"),
                      "--database-url", f"sqlite:///{tmp_path / 'k.db'}")
    assert status == Exit.NEGATIVE and out["error"]["code"] == "APPLICATION_NOTHING_TO_EXPORT"


def test_a_photo_that_never_keeps_the_rules_is_not_stored(tmp_path, municipality_keys):
    status, out = run("simulate", "application", "--face", "two_people.jpg", "--max-frames", "3",
                      "--vault", str(tmp_path / "laptop"), "--database-url", f"sqlite:///{tmp_path / 'k.db'}")
    assert status == Exit.NEGATIVE and out["final_state"] == "photo" and out["frames_judged"] == 3
    assert "multiple_people" in out["photo_problems"] and out["record_id"] is None
