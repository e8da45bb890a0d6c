"""The counter desk's windows on real cards (issue 17 §1): staff type 照合番号B off the card face
(no card-face camera), take the card to J-LIS's 統合端末 and press 「設定しました」, a card back without
the 利用者証明用 PIN is refused on the console, then the handover and the 利用申込 with the PIN just
set. Screens saved as build/screenshots/counter-real-*.png and checked for clipped text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.counter import assemble_desk
from kiosk.counter.table import CounterState as S
from kiosk.flow.executors import InlineExecutor
from simulators.card.personalise import set_first_pins
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement, application_id_for
from simulators.counter_scenarios import card_face_entry
from simulators.eligibility import SimulatedEligibilityService
from ui.counter.console_widgets import staff_japanese
from ui.counter.resident_screen import ResidentScreen
from ui.counter.staff_console import StaffConsole

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from layout_checks import layout_problems  # noqa: E402
from test_desk_windows import read_on  # noqa: E402

STAFF = ("clerk01", "窓口1 山田", "counter", "counter-pass-01")
PINS = {"sign": "MYNA2026", "auth": "5821", "juki": "5821", "kenhojo": "5821"}


class NoCardFaceCamera:
    def collation_number_b(self) -> None:
        return None

    def collation_problem(self) -> str:
        return "CARD_FACE_NOT_CONFIGURED"


@pytest.fixture
def windows(qtbot, tmp_path, screenshot):
    slot, cards = VirtualCardSlot(), SimulatedCardManagement()
    desk = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=slot,
                         collation=NoCardFaceCamera(), cards=cards, eligibility=SimulatedEligibilityService(),
                         executor=InlineExecutor())
    desk.store.staff.create(*STAFF)
    console, screen = StaffConsole(desk.flow), ResidentScreen(desk.flow)
    for window, size in ((console, (1280, 800)), (screen, (1024, 768))):
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
    yield desk, slot, cards, console, screen
    console.close()
    screen.close()
    desk.close()


def test_a_real_card_through_both_windows(windows, qtbot, screenshot):
    desk, slot, cards, console, screen = windows

    def wait(state: S) -> None:
        qtbot.waitUntil(lambda: console.view is not None and console.view.state is state
                        and screen.view is not None and screen.view.state is state, timeout=5000)
        qtbot.wait(1)

    def shoot(window, name: str) -> None:
        assert not layout_problems(window), (name, layout_problems(window))
        screenshot(window, name)

    def click(window, text: str) -> None:
        if window is screen:
            read_on(screen, qtbot)
        [found] = [b for b in window.findChildren(QPushButton) if b.isVisible()
                   and staff_japanese(b.text()) == staff_japanese(text)]  # the console writes it as Japanese
        qtbot.mouseClick(found, Qt.MouseButton.LeftButton)

    def console_says(text: str) -> bool:
        return any(staff_japanese(text) in label.text() for label in console.findChildren(QLabel) if label.isVisible())

    application = application_id_for("R002")
    qtbot.keyClicks(console.login_page.staff_id, STAFF[0])
    qtbot.keyClicks(console.login_page.password, STAFF[3])
    click(console, "ログイン")
    wait(S.QUEUE)
    assert console.submit_lookup(application)  # as the QR camera does
    wait(S.APPLICATION)
    click(console, "交付を 始める")
    wait(S.DOCUMENTS)
    console.work_page.documents.boxes["driving_license"].setChecked(True)
    click(console, "確認した")
    wait(S.CARD_WAIT)
    card = slot.insert_resident("R002", issued=False)

    wait(S.CARD_FACE_ENTRY)  # no card-face camera: staff type the card face
    shoot(console, "counter-real-staff-card-face")
    form = console.work_page.collation
    entry = card_face_entry("R002")
    click(console, entry.era)
    for digits in (f"{entry.year:02d}", f"{entry.month:02d}", f"{entry.day:02d}", str(entry.expiry_year),
                   entry.security_code):
        for digit in digits:
            form.type(digit)
    form.submit()

    wait(S.FACE_CHECK)
    click(console, "ご本人と 確認した")
    wait(S.JLIS_PINS)
    shoot(console, "counter-real-staff-jlis")
    shoot(screen, "counter-real-resident-jlis")
    slot.remove()  # to the 統合端末, which sets every PIN but the 利用者証明用 one
    set_first_pins(card, {k: v for k, v in PINS.items() if k != "auth"})
    slot.insert(card)
    click(console, "設定しました")
    qtbot.waitUntil(lambda: console_says("まだ 設定されていない 暗証番号: 利用者証明用"), timeout=5000)
    assert desk.flow.state is S.JLIS_PINS
    shoot(console, "counter-real-staff-jlis-refused")
    slot.remove()
    set_first_pins(card, {"auth": PINS["auth"]})
    slot.insert(card)
    click(console, "設定しました")

    wait(S.REGISTRATION)
    click(screen, "申し込む")
    wait(S.REGISTRATION_PIN)
    for digit in PINS["auth"]:
        qtbot.mouseClick(screen.keypad.digit_keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.keypad.submit_key, Qt.MouseButton.LeftButton)
    wait(S.DONE)
    assert desk.flow.ctx.registered and set(desk.flow.ctx.pins_set) == set(PINS)
    assert desk.store.handovers_of(application)[0].state == "completed"
