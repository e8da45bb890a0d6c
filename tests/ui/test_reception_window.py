"""The resident's window on a complete flow (virtual card, fake services): click through the visits
the way a resident taps, and check what each screen shows."""

from __future__ import annotations

from flow_fakes import STAFF_PIN_HASH, FakeEligibility, build_kiosk
from PySide6.QtWidgets import QLabel
from ui_fakes import StubFaceRunner, scanning_kiosk, synthetic_frame, wrong_pin

from kiosk.reception.config import ReceptionConfig
from kiosk.reception.events import Event
from kiosk.reception.model import ConsentItem, Method, PrescriptionForm
from kiosk.reception.states import FlowState
from simulators.residents import resident
from ui import theme
from ui.screens import FacePage, PinPage

BUNDLE = "すべて 見せてよい（まとめて 同意）"


def shown_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def enter_pin(driver, pin: str) -> None:
    keypad = driver.window.page.keypad
    driver.type_pin(keypad, pin)
    driver.click(keypad.submit_key)


def test_pin_path_from_card_to_done(reception):
    driver = reception()
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)
    page = driver.window.page
    assert isinstance(page, PinPage)
    assert "あと 3 回" in page.body.plain_text()  # the tries, before any digit is typed
    assert not page.keypad.submit_key.isEnabled()
    pin = resident("R002").auth_pin
    driver.type_pin(page.keypad, pin)
    assert page.keypad.dots.filled == 4 and page.keypad.submit_key.isEnabled()
    assert all(pin not in text for text in shown_texts(driver.window))  # never shown
    driver.click(page.keypad.submit_key)
    assert page.keypad.length == 0  # the buffer is cleared as soon as the PIN is sent
    driver.wait_for(FlowState.CONSENT)
    driver.click(BUNDLE)
    driver.wait_for(FlowState.DONE)
    assert driver.window.page.title.plain_text() == "受付が 終わりました"
    assert "カードを お取りください" in driver.window.page.body.plain_text()
    result = driver.kiosk.store.results[0]
    assert result.method is Method.PIN
    assert {c.item for c in result.consents if c.agreed} == {ConsentItem.MEDICATION, ConsentItem.CHECKUP,
                                                               ConsentItem.LIMIT}
    driver.kiosk.slot.remove()
    driver.flow.send(Event.CARD_REMOVED)
    driver.wait_for(FlowState.IDLE)


def test_a_wrong_pin_shows_the_new_count_and_an_empty_keypad(reception):
    driver = reception()
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)
    enter_pin(driver, wrong_pin("R002"))
    driver.qtbot.waitUntil(lambda: "あと 2 回" in driver.window.page.body.plain_text(), timeout=3000)
    assert "ちがいます" in driver.window.page.body.plain_text()
    assert driver.window.page.keypad.length == 0
    assert driver.window.page.body.objectName() == "emphasis"
    enter_pin(driver, wrong_pin("R002"))
    driver.qtbot.waitUntil(lambda: "ロックされます" in driver.window.page.body.plain_text(), timeout=3000)
    body = driver.window.page.body  # the last try, in the warning colour (contrast checked in test_theme)
    assert body.objectName() == "warning"
    assert body.palette().color(body.foregroundRole()).name().lower() == theme.WARNING.lower()


def test_a_blocked_card_says_so_and_offers_no_keypad(reception):
    driver = reception()
    driver.insert("R004")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("暗証番号（ロック中）")
    driver.wait_for(FlowState.PIN_BLOCKED)
    assert "ロック" in driver.window.page.title.plain_text()
    assert "市区町村" in driver.window.page.body.plain_text()
    assert not driver.has_button("確定")
    driver.click("もどる")
    driver.wait_for(FlowState.CHOOSE_METHOD)


def test_a_face_only_card_has_no_pin_button(reception):
    driver = reception(scanning_kiosk(face=StubFaceRunner()))
    driver.insert("R006")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    assert [b.text() for b in driver.buttons()] == ["顔認証"]
    assert "顔認証で" in driver.window.page.body.plain_text()


def test_face_capture_shows_preview_prompt_and_progress_then_falls_back_to_pin(reception):
    runner = StubFaceRunner()
    driver = reception(scanning_kiosk(face=runner))
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("顔認証")
    driver.wait_for(FlowState.FACE_CAPTURE)
    page = driver.window.page
    assert isinstance(page, FacePage)
    driver.window.preview.offer(synthetic_frame())
    driver.qtbot.waitUntil(lambda: page.preview.has_image, timeout=2000)
    runner.report("もう少し 近づいてください", 0.5)
    driver.qtbot.waitUntil(lambda: page.prompt.plain_text() == "もう少し 近づいてください", timeout=2000)
    assert page.progress.value() == 50
    runner.on_outcome("exhausted")
    driver.wait_for(FlowState.FACE_FAILED)
    assert not page.preview.has_image  # the frame is dropped with the screen
    driver.window.preview.offer(synthetic_frame())  # a late frame is not shown anywhere
    driver.qtbot.wait(50)
    assert not page.preview.has_image
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)


def test_registration_is_offered_to_an_unregistered_card(reception):
    driver = reception(build_kiosk(eligibility=FakeEligibility(registered=False)))
    driver.insert("R007")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)
    enter_pin(driver, resident("R007").auth_pin)
    driver.wait_for(FlowState.REGISTRATION)
    assert "保険証として" in driver.window.page.title.plain_text()
    driver.click("申し込む")
    driver.wait_for(FlowState.CONSENT)
    assert len(driver.kiosk.eligibility.registrations) == 1


def test_each_consent_screen_one_at_a_time(reception):
    config = ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH, prescription_screen=True)
    driver = reception(build_kiosk(config=config))
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)
    enter_pin(driver, resident("R002").auth_pin)
    answers = {"これまでの お薬と 受診の": "同意する", "特定健診の": "同意しない", "限度額の": "同意する"}
    for number, (item, answer) in enumerate(answers.items()):
        driver.qtbot.waitUntil(lambda item=item: driver.window.view.consent_item is not None
                               and driver.window.page.title.plain_text().startswith(item), timeout=3000)
        assert driver.has_button(BUNDLE) is (number == 0)  # 包括同意 only on the first
        driver.click(answer)
    driver.wait_for(FlowState.PRESCRIPTION)
    driver.click("電子処方箋")
    driver.wait_for(FlowState.DONE)
    result = driver.kiosk.store.results[0]
    assert [(c.item, c.agreed) for c in result.consents] == [
        (ConsentItem.MEDICATION, True), (ConsentItem.CHECKUP, False), (ConsentItem.LIMIT, True)]
    assert result.prescription_form is PrescriptionForm.ELECTRONIC


def test_the_error_screen_names_the_next_step(reception):
    driver = reception()
    driver.insert("R005")
    driver.wait_for(FlowState.ERROR)
    assert driver.window.page.title.plain_text() == "受付を 続けられませんでした"
    assert "有効期限" in driver.window.page.body.plain_text()
    assert driver.buttons() == []


def test_a_card_left_behind_raises_a_flashing_alarm(reception, qtbot):
    driver = reception()
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)
    enter_pin(driver, resident("R002").auth_pin)
    driver.wait_for(FlowState.CONSENT)
    driver.click(BUNDLE)
    driver.wait_for(FlowState.DONE)
    banner = driver.window.alarm_banner
    assert not banner.isVisible()
    driver.kiosk.scheduler.fire_all()  # the card-left timer
    qtbot.waitUntil(banner.isVisible, timeout=2000)
    assert "お忘れ" in banner.plain_text()
    phases = set()
    qtbot.waitUntil(lambda: phases.add(banner.property("phase")) or len(phases) == 2, timeout=3000)
    driver.kiosk.slot.remove()
    driver.flow.send(Event.CARD_REMOVED)
    driver.wait_for(FlowState.IDLE)
    assert not banner.isVisible()


def test_the_inactivity_warning_shows_as_a_banner(reception, qtbot):
    driver = reception()
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.flow.send(Event.WARN)
    qtbot.waitUntil(driver.window.warning_banner.isVisible, timeout=2000)
    assert "最初の 画面に 戻ります" in driver.window.warning_banner.plain_text()
    driver.click("暗証番号（あと 3 回）")
    qtbot.waitUntil(lambda: not driver.window.warning_banner.isVisible(), timeout=2000)


def test_a_double_tap_answers_one_consent_only(reception, qtbot):
    driver = reception(tap_guard=0.4)
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    qtbot.wait(450)
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)
    qtbot.wait(450)
    enter_pin(driver, resident("R002").auth_pin)
    driver.qtbot.waitUntil(lambda: driver.window.view.consent_item is ConsentItem.MEDICATION, timeout=3000)
    qtbot.wait(450)
    driver.click("同意する")
    qtbot.waitUntil(lambda: driver.window.view.consent_item is ConsentItem.CHECKUP, timeout=2000)
    driver.click("同意する")  # the second tap of a double tap lands on the next question
    qtbot.wait(100)
    assert len(driver.flow.ctx.consents) == 1
    assert driver.window.view.consent_item is ConsentItem.CHECKUP


def test_simulator_mode_shows_a_permanent_banner(reception):
    driver = reception(simulator=True)
    assert driver.window.simulator_banner.isVisible()
    assert "シミュレーター動作中" in driver.window.simulator_banner.text()
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    assert driver.window.simulator_banner.isVisible()
    assert reception().window.simulator_banner is None


def test_stale_intents_are_ignored(reception):
    driver = reception()
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.window.send(Event.STAFF_CONFIRM)  # not valid here: nothing happens, nothing raises
    driver.window.send(Event.CONSENT_ALL)
    assert driver.flow.state is FlowState.CHOOSE_METHOD
