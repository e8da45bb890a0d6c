"""The registration support desk's two windows driven by hand on the simulators and the real store
(issue 17 §3): a card holder types the PIN on the resident's screen (a wrong one first: the tries
left are shown), reads the terms, registers, reads what clinics will ask, and staff print the slip
(saved as a PDF here: there is no printer). Every screen is saved under build/screenshots/
(registration-staff-*.png, registration-resident-*.png) and checked for clipped text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.ports import ReceptionPorts
from app.registration import assemble_registration
from kiosk.counter.view import STAFF_CALLED
from kiosk.flow.executors import InlineExecutor
from kiosk.registration.table import RegistrationState as S
from kiosk.secrets import MemorySecretStore
from simulators.card.slot import VirtualCardSlot
from simulators.eligibility import SimulatedEligibilityService
from simulators.residents import resident
from ui.counter.console_widgets import StaffLabel, staff_japanese
from ui.counter.resident_screen import ResidentScreen
from ui.registration.desk_app import RULES
from ui.registration.staff_console import RegistrationConsole

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from layout_checks import layout_problems  # noqa: E402


@pytest.fixture
def desk(qtbot, tmp_path, screenshot):
    slot = VirtualCardSlot()
    ports = ReceptionPorts(slot, SimulatedEligibilityService(), MemorySecretStore(), collation=slot)
    built = assemble_registration(f"sqlite:///{tmp_path / 'desk.db'}", ports, desk_id="REG-01",
                                  executor=InlineExecutor())
    console = RegistrationConsole(built.flow, print_dir=tmp_path / "slips")
    screen = ResidentScreen(built.flow, rules=RULES)
    for window, size in ((console, (1280, 800)), (screen, (1024, 768))):
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
    texts: list[str] = []

    def wait(state: S) -> None:
        qtbot.waitUntil(lambda: console.view is not None and console.view.state is state
                        and screen.view is not None and screen.view.state is state, timeout=5000)
        qtbot.wait(1)
        texts.extend(w.text() for w in screen.findChildren(QLabel) if w.isVisible())

    def shoot(window, name: str) -> None:
        assert not layout_problems(window), (name, layout_problems(window))
        screenshot(window, name)

    def click(window, text: str) -> None:
        [found] = [b for b in window.findChildren(QPushButton) if b.isVisible()
                   and staff_japanese(b.text()) == staff_japanese(text)]  # the console writes it as Japanese
        qtbot.mouseClick(found, Qt.MouseButton.LeftButton)

    def type_pin(digits: str) -> None:
        keypad = screen.keypad
        for character in digits:
            qtbot.mouseClick(keypad.digit_keys[character], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(keypad.submit_key, Qt.MouseButton.LeftButton)

    yield built, slot, console, screen, wait, shoot, click, type_pin, texts
    console.close()
    screen.close()
    built.close()


def test_a_card_holder_registers_at_the_desk(desk, qtbot, tmp_path):
    built, slot, console, screen, wait, shoot, click, type_pin, texts = desk
    wait(S.WAITING)
    shoot(console, "registration-staff-waiting")
    shoot(screen, "registration-resident-waiting")
    slot.insert_resident("R007")
    wait(S.PIN_ENTRY)
    assert screen.keypad is screen.digits and "あと 3 回" in screen.view.body
    shoot(screen, "registration-resident-pin")
    shoot(console, "registration-staff-pin")
    type_pin("0000")
    qtbot.waitUntil(lambda: "あと 2 回" in screen.view.warning, timeout=5000)
    shoot(screen, "registration-resident-pin-wrong")
    type_pin(resident("R007").auth_pin)
    wait(S.TERMS)
    shoot(screen, "registration-resident-terms")
    click(screen, "同意して 申し込む")
    wait(S.CONSENTS)
    shoot(screen, "registration-resident-consents")
    shoot(console, "registration-staff-consents")
    click(screen, "わかりました")
    wait(S.DONE)
    shoot(screen, "registration-resident-done")
    shoot(console, "registration-staff-done")
    click(console, "お知らせを 印刷")
    [pdf] = (tmp_path / "slips").glob("お知らせ_REG-01_*.pdf")
    assert pdf.stat().st_size > 1000 and "PDFを保存しました" in console.print_result.text()
    assert not any(resident("R007").auth_pin in text for text in texts)  # the PIN never on screen
    click(console, "次の 方")
    wait(S.WAITING)


def test_the_resident_calls_staff_and_the_console_says_so(desk, qtbot):
    """「係員を 呼ぶ」 on the registration desk's resident screen, as at the counter: the step stays,
    the button reads 「係員を 呼んでいます」, the console's first line says so."""
    built, slot, console, screen, wait, shoot, click, type_pin, texts = desk
    wait(S.WAITING)
    assert screen.call_bar.isVisible() and screen.call_button.text() == "係員を 呼ぶ"
    qtbot.mouseClick(screen.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.call_button.text() == "係員を 呼んでいます", timeout=2000)
    assert built.flow.state is S.WAITING and built.flow.ctx.staff_calls == 1
    qtbot.waitUntil(lambda: console.view is not None and console.view.lines[0] == STAFF_CALLED, timeout=2000)
    first = console.lines_box.findChildren(StaffLabel)[0]
    assert first.plain_text() == staff_japanese(STAFF_CALLED) and first.objectName() == "consoleMessage"
