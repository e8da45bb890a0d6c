"""The application desk's two windows (issue 18 §1, ``run --mode application``): an intake driven
through the staff window and the resident's screen, the photo taken by the rules from a face
fixture on the virtual camera and accepted by the resident, the record stored."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QWidget

from kiosk.application.effects import IntakeEffects
from kiosk.application.machine import IntakeFlow
from kiosk.application.records import IntakeMode, IntakeRecord
from kiosk.application.table import IntakeState as S
from kiosk.counter.applications import make_application_id
from simulators.camera import VirtualCamera
from ui.application.windows import open_windows
from ui.counter.console_widgets import staff_japanese

pytestmark = pytest.mark.faces
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _styled(qapp):
    from ui.app import create_application

    create_application()


class Kept:
    def __init__(self) -> None:
        self.records: list[IntakeRecord] = []

    def store(self, record: IntakeRecord) -> None:
        self.records.append(record)

    def staff_called(self, state: str) -> None:
        pass


def click(window: QWidget, text: str) -> None:
    """The visible button with ``text`` (staff buttons show it in normal Japanese, without phrase spaces)."""
    found = [b for b in window.findChildren(QPushButton)
             if b.text() in (text, staff_japanese(text)) and b.isVisible()]
    assert found, f"no button {text!r} in {[b.text() for b in window.findChildren(QPushButton)]}"
    found[-1].click()  # the newest: a page just left may wait for its deleteLater


def test_an_intake_through_both_windows(qtbot, faces, engine):
    kept = Kept()
    effects = IntakeEffects(store=kept, camera=lambda: VirtualCamera(faces / "obama_1.jpg", realtime=False),
                            engine=lambda: engine)
    flow = IntakeFlow(effects, mode=IntakeMode.OUTREACH, staff_id="clerk01",
                      clock=lambda: datetime(2025, 6, 2, 1, 0, tzinfo=UTC))
    staff, resident, detach = open_windows(flow)
    try:
        def at(state: S) -> None:
            qtbot.waitUntil(lambda: flow.state is state and staff._state is state, timeout=5000)

        at(S.IDLE)
        click(staff, "受付を 始める")
        at(S.IDENTIFY)
        staff.findChild(QLineEdit, "applicationId").setText(make_application_id(42))
        click(staff, "申請書IDを 入力")
        at(S.DETAILS)
        staff.findChild(QLineEdit, "residentName").setText("窓口 一郎")
        staff.findChild(QLineEdit, "residentAddress").setText("東京都千代田区千代田１－１")
        click(staff, "ご本人の 確認へ")
        at(S.CONFIRM)
        qtbot.waitUntil(lambda: any("窓口" in label.plain_text() and "一郎" in label.plain_text()
                                    for label in resident.details if label.isVisible()), timeout=3000)
        click(resident, "はい、正しいです")
        at(S.CONTACT)
        click(staff, "メールなし")
        at(S.DOCUMENTS)
        click(staff, "確認した")  # nothing ticked: an outreach intake refuses
        qtbot.waitUntil(lambda: "本人確認書類" in staff.message.text(), timeout=3000)
        next(b for b in staff.findChildren(QCheckBox) if b.text() == "旅券（パスポート）").setChecked(True)
        click(staff, "確認した")
        at(S.DELIVERY)
        click(staff, "本人限定受取郵便で 自宅に 届ける")
        qtbot.waitUntil(lambda: flow.state is S.PHOTO_REVIEW and resident.photo.isVisible(), timeout=10000)
        assert not resident.photo.pixmap().isNull()
        click(resident, "この 写真で 申請する")
        at(S.DONE)
    finally:
        detach()
        staff.close()
        resident.close()
    assert len(kept.records) == 1
    record = kept.records[0]
    assert record.details.name == "窓口 一郎" and record.documents == ("passport",) and record.delivery.value == "mail"
    assert record.photo_jpeg.startswith(b"\xff\xd8\xff")


def test_run_mode_application_opens_and_paints(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d"),
           "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_STATE_HOME": str(tmp_path / "s")}
    done = subprocess.run([sys.executable, "-m", "app", "run", "--mode", "application", "--simulator", "--smoke"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
