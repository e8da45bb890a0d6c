"""``myna-kiosk doctor`` as a clinic's IT runs it after installing (issue 15, in part): every check
reported with a next step, nothing created or changed, exit status 1 when something fails."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def doctor(home: Path, *args: str) -> tuple[int, dict]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CONFIG_HOME": str(home / "config"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "app", "doctor", *args, "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout)


def statuses(report: dict) -> dict[str, str]:
    return {check["name"]: check["status"] for check in report["checks"]}


def test_a_fresh_simulator_terminal_is_ready_and_nothing_is_created(tmp_path):
    code, report = doctor(tmp_path, "--simulator")
    assert code == 0 and report["ready"], report
    assert statuses(report)["database"] == "warn"  # created at first start
    assert not list(tmp_path.rglob("*.db"))  # the doctor only looks


def test_after_a_visit_the_audit_head_is_shown_and_a_broken_chain_fails(tmp_path):
    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "app", "simulate", "reception", "--resident", "R002", "--method", "pin",
                    "--database-url", url], cwd=ROOT, env=env, capture_output=True, check=True, timeout=120)
    code, report = doctor(tmp_path, "--simulator", "--database-url", url)
    [outbox] = [c for c in report["checks"] if c["name"] == "outbox + audit"]
    assert code == 0 and outbox["status"] == "ok" and "head " in outbox["detail"]
    import sqlite3

    with sqlite3.connect(tmp_path / "kiosk.db") as db:
        db.execute("DROP TRIGGER audit_events_no_update")
        db.execute("UPDATE audit_events SET event = 'staff.override' WHERE id = 1")
    code, report = doctor(tmp_path, "--simulator", "--database-url", url)
    assert code == 1 and not report["ready"] and statuses(report)["outbox + audit"] == "fail"


def test_a_real_terminal_without_reader_or_service_is_not_ready(tmp_path):
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = tmp_path / "settings.toml"
    settings.write_text(f'eligibility_url = "http://127.0.0.1:{port}"\n', encoding="utf-8")
    code, report = doctor(tmp_path, "--settings", str(settings), "--reader", "No Such Reader 00 00")
    checks = statuses(report)
    assert code == 1 and checks["eligibility service"] == "fail" and checks["card reader"] == "fail"


def test_wrong_settings_are_a_settings_error(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('time_zone = "Nowhere/Else"\n', encoding="utf-8")
    code, report = doctor(tmp_path, "--settings", str(settings))
    assert code == 3 and report["error"]["code"] == "CONFIG_INVALID"


def test_cameras_are_named_when_missing_and_seen_when_there(tmp_path):
    import cv2
    import numpy as np

    still = tmp_path / "desk.png"  # a plain grey frame: no face, no card
    cv2.imwrite(str(still), np.full((480, 640, 3), 128, np.uint8))
    settings = tmp_path / "settings.toml"
    settings.write_text(f'[camera]\nface = "{still}"\ncard_face = "{tmp_path / "gone.mp4"}"\n', encoding="utf-8")
    code, report = doctor(tmp_path, "--settings", str(settings), "--reader", "No Such Reader 00 00")
    cameras = next(c for c in report["checks"] if c["name"] == "cameras")
    assert code == 1 and cameras["status"] == "fail"
    assert "[camera] card_face" in cameras["detail"] and "gone.mp4" in cameras["detail"]
    assert "[camera] face" not in cameras["detail"]  # the still gives a frame
    settings.write_text(f'[camera]\nface = "{still}"\ncard_face = "same"\n', encoding="utf-8")
    _, report = doctor(tmp_path, "--settings", str(settings), "--reader", "No Such Reader 00 00")
    assert next(c for c in report["checks"] if c["name"] == "cameras")["status"] == "ok"
    still.unlink()


def test_the_application_desks_cameras_are_checked_when_set(tmp_path):
    import cv2
    import numpy as np

    still = tmp_path / "booth.png"
    cv2.imwrite(str(still), np.full((480, 640, 3), 128, np.uint8))
    settings = tmp_path / "settings.toml"
    settings.write_text(f'[application]\nphoto_camera = "{still}"\nqr_camera = "{tmp_path / "gone.avi"}"\n',
                        encoding="utf-8")
    code, report = doctor(tmp_path, "--settings", str(settings), "--reader", "No Such Reader 00 00")
    check = next(c for c in report["checks"] if c["name"] == "application cameras")
    assert code == 1 and check["status"] == "fail"
    assert "[application] qr_camera" in check["detail"] and "photo_camera" not in check["detail"]
    settings.write_text(f'[application]\nphoto_camera = "{still}"\nqr_camera = ""\n', encoding="utf-8")
    _, report = doctor(tmp_path, "--settings", str(settings), "--reader", "No Such Reader 00 00")
    assert next(c for c in report["checks"] if c["name"] == "application cameras")["status"] == "ok"
    settings.write_text("", encoding="utf-8")  # not an application desk: not checked
    _, report = doctor(tmp_path, "--settings", str(settings), "--reader", "No Such Reader 00 00")
    assert "application cameras" not in statuses(report)


def test_the_fleet_key_file_is_checked_and_fonts_translations_found(tmp_path, monkeypatch):
    from kiosk.secrets import new_key_text

    secrets = tmp_path / "etc" / "secrets"
    secrets.mkdir(parents=True)
    key = secrets / "cert-hash-key"
    key.write_text(new_key_text() + "\n", encoding="utf-8")
    key.chmod(0o600)
    monkeypatch.setenv("MYNA_KIOSK_SYSTEM_DIR", str(tmp_path / "etc"))
    _, report = doctor(tmp_path, "--simulator")
    found = statuses(report)
    assert found["secrets"] == "ok" and found["fonts"] == "ok" and found["translations"] == "ok"
    key.chmod(0o644)
    code, report = doctor(tmp_path, "--simulator")
    assert code == 1 and statuses(report)["secrets"] == "fail"
    assert "may be read by others" in next(c["detail"] for c in report["checks"] if c["name"] == "secrets")
