"""The application support desk on a real terminal (issue 18; what ``run --mode application`` builds
without ``--simulator``): the ``[application]`` cameras through OpenCV (video files standing in for
the devices), the municipality's application keys from root-only files with no keyring, the staff
login against the shared accounts, an intake stored sealed with the staff member's id, and the
reissued 交付申請書 saved as a PDF in the receipts folder whose QR code the counter's reader decodes.
A desk whose cameras are missing still opens and takes the details; the photo step says the camera
is missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from pdf_pages import pdf_page_pixels
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.application import SIM_DETAILS, IntakeScript, assemble_intake_desk, run_intake, simulated_form
from app.ports import device_intake
from drivers.qr import decode_qr
from kiosk.application.records import Delivery
from kiosk.application.table import IntakeState as S
from kiosk.application.vault import FORM_REISSUED
from kiosk.application.view import build_view
from kiosk.counter.notice_qr import parse_notice_qr
from kiosk.counter.records import LoginFailedError
from kiosk.flow.executors import InlineExecutor
from kiosk.handoff.retention import RECEIPT_NAMES
from kiosk.secrets import BUNDLE_KEY, RECORD_KEY, new_key_text
from kiosk.settings import Paths, Settings, load_settings
from kiosk.store.models import AuditEvent
from kiosk.store.staff import StaffDirectory
from simulators.card_management import in_camera_frame
from ui.application.printing import form_pixels

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "intake-desk-01"


@pytest.fixture(autouse=True)
def _gui(qapp):
    from ui.app import create_application

    create_application()


def video_of(path: Path, frame: np.ndarray, count: int = 8) -> Path:
    """A short MJPG clip showing ``frame`` (RGB) — a camera that sees a still scene."""
    height, width = frame.shape[0] // 2 * 2, frame.shape[1] // 2 * 2
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 10, (width, height))
    try:
        for _ in range(count):
            writer.write(cv2.cvtColor(np.ascontiguousarray(frame[:height, :width]), cv2.COLOR_RGB2BGR))
    finally:
        writer.release()
    return path


def terminal(tmp_path: Path, application: str) -> dict[str, str]:
    """A headless desk's system folder (settings, both application keys) and its environment."""
    system = tmp_path / "etc"
    (system / "secrets").mkdir(parents=True, mode=0o700)
    for name in (RECORD_KEY, BUNDLE_KEY):
        key = system / "secrets" / name
        key.write_text(new_key_text() + "\n", encoding="utf-8")
        key.chmod(0o600)
    (system / "settings.toml").write_text(f"""
database_url = "sqlite:///{tmp_path / 'kiosk.db'}"
[counter]
municipality = "千代田区"
[application]
municipality_code = "131016"
{application}
""", encoding="utf-8")
    return {"MYNA_KIOSK_SYSTEM_DIR": str(system), "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def desk_settings(tmp_path: Path, monkeypatch, application: str) -> Settings:
    for name, value in terminal(tmp_path, application).items():
        monkeypatch.setenv(name, value)
    return load_settings(paths=Paths.default())


@pytest.mark.faces
def test_a_real_desk_takes_an_intake_from_its_cameras_and_reissues_the_form(tmp_path, monkeypatch, faces):
    form = simulated_form()
    page = form_pixels(form, 200)
    held_up = in_camera_frame(page[page.shape[0] // 2:, page.shape[1] // 2:], (1280, 720), scale=0.9, rotation=3)
    photo = video_of(tmp_path / "photo.avi", cv2.cvtColor(cv2.imread(str(faces / "obama_1.jpg")), cv2.COLOR_BGR2RGB))
    qr = video_of(tmp_path / "qr.avi", held_up)
    settings = desk_settings(tmp_path, monkeypatch, f'photo_camera = "{photo}"\nqr_camera = "{qr}"\n')
    ports = device_intake(settings.application)
    assert ports.warnings == [] and not ports.simulated
    desk = assemble_intake_desk(settings, ports, desk_id="APP-01", executor=InlineExecutor())
    try:
        StaffDirectory(desk.opened.store.engine).create("clerk05", "窓口５ 田中", "counter", PASSWORD)
        assert desk.authenticate is not None
        with pytest.raises(LoginFailedError):
            desk.authenticate("clerk05", "not-the-password")
        member = desk.authenticate("clerk05", PASSWORD)
        assert desk.scan_qr is not None
        flow = desk.open_flow(member.staff_id)
        outcome = run_intake(flow, IntakeScript(desk.scan_qr()))
        assert outcome.stored, outcome
        assert outcome.application_id == form.application_id
        vault = desk.opened.vault
        [session_id] = vault.sessions()
        assert vault.session(session_id).staff == ("clerk05",) and vault.session(session_id).place == "窓口"
        assert vault.record(session_id, outcome.record_id).staff_id == "clerk05"

        printed = replace(desk.reissue, printers=lambda: [])(form.application_id, SIM_DETAILS)
        assert printed.code == "COUNTER_PRINTER_MISSING" and not printed.printed
        [pdf] = printed.pdf_paths
        assert pdf.parent == Paths.default().receipts and RECEIPT_NAMES.fullmatch(pdf.name)
        assert "申請" not in pdf.name.split("_", 1)[1]  # named by the 申請書ID and the time, not the resident
        texts = decode_qr(pdf_page_pixels(pdf))
        assert [parse_notice_qr(text).application_id for text in texts] == [form.application_id]
        assert desk.opened.store.verify_audit().ok
        with Session(desk.opened.store.engine) as session:
            [reissued] = session.scalars(select(AuditEvent).where(AuditEvent.event == FORM_REISSUED)).all()
        assert (reissued.terminal_id, json.loads(reissued.data)) == ("APP-01", {"application_id": form.application_id})
    finally:
        desk.close()


def test_a_desk_without_cameras_opens_and_the_photo_step_says_so(tmp_path, monkeypatch):
    settings = desk_settings(tmp_path, monkeypatch, f'photo_camera = "{tmp_path / "unplugged.avi"}"\n')
    ports = device_intake(settings.application)
    assert [warning.split("（")[0] for warning in ports.warnings] == ["写真の カメラが 見つかりません",
                                                                      "QRコードの カメラが ありません"]
    assert ports.scan_qr is None  # staff type the 申請書ID
    desk = assemble_intake_desk(settings, ports, desk_id="APP-01", executor=InlineExecutor())
    try:
        flow = desk.open_flow("clerk05")
        outcome = run_intake(flow, IntakeScript(None, documents=(), delivery=Delivery.COUNTER))
        assert outcome.final_state is S.PHOTO and outcome.message_code == "APPLICATION_PHOTO_CAMERA_MISSING"
        assert "カメラが つながっていません" in build_view(flow.state, flow.ctx, flow.mode).message
    finally:
        desk.close()


def test_an_outreach_desk_holds_its_session_at_the_configured_place(tmp_path, monkeypatch):
    settings = desk_settings(tmp_path, monkeypatch, 'mode = "outreach"\nplace = "○○株式会社 本社"\n')
    desk = assemble_intake_desk(settings, device_intake(settings.application), desk_id="APP-02")
    try:
        flow = desk.open_flow("clerk06")
        [session_id] = desk.opened.vault.sessions()
        assert flow.mode.value == "outreach" and desk.opened.vault.session(session_id).place == "○○株式会社 本社"
    finally:
        desk.close()


def test_run_mode_application_opens_on_a_configured_terminal_without_simulator(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           **terminal(tmp_path, f'photo_camera = "{tmp_path / "unplugged.avi"}"\nqr_camera = ""\n')}
    done = subprocess.run([sys.executable, "-m", "app", "run", "--mode", "application", "--desk", "APP-01", "--smoke"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "写真の カメラが 見つかりません" in done.stderr and "[application] qr_camera" in done.stderr
