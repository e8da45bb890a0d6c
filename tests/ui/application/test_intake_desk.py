"""The intake desk on a real terminal (issue 18): the counter's staff login in front of the two
windows — a wrong password refused with the counter's words, the staff member's id given to the
session opened, ログアウト between residents back to the login — and the staff window's 再発行 of the
交付申請書 once the resident has confirmed the details: saved as a PDF when no printer is there, its
QR code decoded by the counter's reader from the file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from pdf_pages import pdf_page_pixels
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from drivers.qr import decode_qr
from kiosk.application.machine import IntakeFlow
from kiosk.application.records import IntakeMode
from kiosk.application.table import IntakeState as S
from kiosk.counter.applications import make_application_id
from kiosk.counter.notice_qr import parse_notice_qr
from kiosk.store.db import open_engine
from kiosk.store.staff import StaffDirectory
from ui.application.desk import DeskWindows
from ui.application.printing import FormPrinter
from ui.application.windows import open_windows
from ui.counter.console_widgets import staff_japanese

NOW = datetime(2025, 6, 2, 1, 0, tzinfo=UTC)
APPLICATION_ID = make_application_id(1234567890123456789012)


@pytest.fixture(autouse=True)
def _styled(qapp):
    from ui.app import create_application

    create_application()


class Still:
    """Effects that do nothing (the photo is not this file's subject)."""

    def entered(self, *args: Any) -> None: ...
    def left(self, *args: Any) -> None: ...
    def handled(self, *args: Any) -> None: ...


def buttons(window: QWidget, text: str) -> list[QPushButton]:
    return [b for b in window.findChildren(QPushButton) if b.text() == staff_japanese(text) and b.isVisible()]


def click(window: QWidget, text: str) -> None:
    found = buttons(window, text)
    assert found, f"no button {text!r} in {[b.text() for b in window.findChildren(QPushButton) if b.isVisible()]}"
    found[-1].click()


def test_staff_log_in_work_and_log_out(qtbot, tmp_path):
    staff = StaffDirectory(open_engine(f"sqlite:///{tmp_path / 'kiosk.db'}"))
    staff.create("clerk07", "窓口７ 山田", "counter", "correct-horse-7")
    opened: list[str] = []

    def open_flow(staff_id: str) -> IntakeFlow:
        opened.append(staff_id)
        return IntakeFlow(Still(), staff_id=staff_id, clock=lambda: NOW)

    desk = DeskWindows(open_flow, authenticate=lambda i, p: staff.authenticate(i, p, desk_id="APP-01"))
    try:
        desk.start()
        login = desk.login
        assert login is not None and login.isVisible() and desk.windows is None
        login.page.staff_id.setText("clerk07")
        login.page.password.setText("wrong-password")
        login.page.submit()
        assert login.page.password.text() == ""  # never kept by the window
        qtbot.waitUntil(lambda: "ちがいます" in login.page.message.text(), timeout=5000)
        assert desk.windows is None and opened == []
        login.page.password.setText("correct-horse-7")
        login.page.submit()
        qtbot.waitUntil(lambda: desk.windows is not None, timeout=5000)
        assert opened == ["clerk07"] and not login.isVisible()
        window = desk.windows[0]
        qtbot.waitUntil(lambda: bool(buttons(window, "ログアウト")), timeout=3000)
        click(window, "ログアウト")
        assert desk.windows is None and login.isVisible() and login.page.staff_id.text() == ""
    finally:
        desk.close()
        staff.close()


def test_a_logged_in_desk_locks_itself_between_residents_only(qtbot, tmp_path):
    """As the counter's desk: back to the login once the idle time runs out, unless a resident is
    being served (then it waits another idle time)."""
    staff = StaffDirectory(open_engine(f"sqlite:///{tmp_path / 'kiosk.db'}"))
    staff.create("clerk07", "窓口７ 山田", "counter", "correct-horse-7")
    flows: list[IntakeFlow] = []

    def open_flow(staff_id: str) -> IntakeFlow:
        flows.append(IntakeFlow(Still(), staff_id=staff_id, clock=lambda: NOW))
        return flows[-1]

    def desk_with(idle_seconds: float) -> DeskWindows:
        return DeskWindows(open_flow, authenticate=lambda i, p: staff.authenticate(i, p, desk_id="APP-01"),
                           idle_seconds=idle_seconds)

    def log_in(desk: DeskWindows) -> None:
        assert desk.login is not None
        desk.login.page.staff_id.setText("clerk07")
        desk.login.page.password.setText("correct-horse-7")
        desk.login.page.submit()
        qtbot.waitUntil(lambda: desk.windows is not None, timeout=5000)

    quick, patient = desk_with(0.3), desk_with(600)
    try:
        quick.start()
        log_in(quick)
        qtbot.waitUntil(lambda: quick.windows is None and quick.login.isVisible(), timeout=5000)  # its timer ran out

        patient.start()
        log_in(patient)
        window = patient.windows[0]
        qtbot.waitUntil(lambda: bool(buttons(window, "受付を 始める")), timeout=3000)
        click(window, "受付を 始める")
        qtbot.waitUntil(lambda: flows[-1].state is not S.IDLE, timeout=3000)
        patient.lock_if_idle()  # a resident is being served: not now
        assert patient.windows is not None and not patient.login.isVisible()
        qtbot.waitUntil(lambda: bool(buttons(window, "中止する")), timeout=3000)
        click(window, "中止する")
        qtbot.waitUntil(lambda: flows[-1].state is S.IDLE, timeout=3000)
        patient.lock_if_idle()
        assert patient.windows is None and patient.login.isVisible()
    finally:
        quick.close()
        patient.close()
        staff.close()


def test_the_staff_window_reissues_the_form_once_the_details_are_confirmed(qtbot, tmp_path):
    flow = IntakeFlow(Still(), mode=IntakeMode.OFFICE, staff_id="clerk07", clock=lambda: NOW)
    printer = FormPrinter("千代田区", "131016", tmp_path / "receipts", clock=lambda: NOW, printers=lambda: [])
    staff, resident, detach = open_windows(flow, reissue=printer)
    try:
        def at(state: S) -> None:
            qtbot.waitUntil(lambda: flow.state is state and staff._state is state, timeout=5000)

        at(S.IDLE)
        click(staff, "受付を 始める")
        at(S.IDENTIFY)
        staff.findChild(QLineEdit, "applicationId").setText(APPLICATION_ID)
        click(staff, "申請書IDを 入力")
        at(S.DETAILS)
        staff.findChild(QLineEdit, "residentName").setText("再発行 花子")
        staff.findChild(QLineEdit, "residentAddress").setText("東京都千代田区千代田１－１")
        staff.findChild(QComboBox).setCurrentIndex(1)  # 女
        click(staff, "ご本人の 確認へ")
        at(S.CONFIRM)
        assert not staff.reissue_button.isVisible()  # not before the resident has confirmed
        click(resident, "はい、正しいです")
        at(S.CONTACT)
        assert staff.reissue_button.isVisible()
        staff.reissue_button.click()
        [pdf] = (tmp_path / "receipts").iterdir()
        assert pdf.name == f"交付申請書_{APPLICATION_ID}_20250602-100000.pdf"
        assert "プリンターが見つかりません" in staff.print_result.text() and staff.print_result.isVisible()
        assert [parse_notice_qr(t).application_id for t in decode_qr(pdf_page_pixels(pdf))] == [APPLICATION_ID]
        click(staff, "中止する")
        at(S.IDLE)
        assert not staff.reissue_button.isVisible() and not staff.print_result.isVisible()
    finally:
        detach()
        staff.close()
        resident.close()


def test_a_desk_without_its_municipality_does_not_print(tmp_path):
    printed = FormPrinter("", "131016", tmp_path, printers=lambda: [])(APPLICATION_ID, _details())
    assert printed.code == "APPLICATION_FORM_NOT_CONFIGURED" and "[counter] municipality" in printed.message
    assert list(tmp_path.iterdir()) == []


def _details():
    from kiosk.application.records import BasicDetails

    return BasicDetails("再発行 花子", "東京都千代田区千代田１－１", date(1950, 1, 1))
