"""The resident's window on a complete flow (virtual card, fake services): click through the visits
the way a resident taps, and check what each screen shows."""

from __future__ import annotations

import pytest
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

BUNDLE = "まとめて 同意する"


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
    driver.wait_for(FlowState.CONSENT_BUNDLE)
    driver.click(BUNDLE)
    driver.wait_for(FlowState.LIMIT)  # 受付完了: 限度額 while the card stays on the reader
    driver.click("提供する")
    driver.wait_for(FlowState.DONE)
    page = driver.window.page
    assert page.title.plain_text() == "受付が 完了しました"
    assert "カードを お取りください" in page.body.plain_text()
    assert page.shared.isVisible() and not page.withheld.isVisible()  # what was shared, summed up
    assert [label.plain_text() for label in page.shared.items if label.isVisible()] == [
        "診療・お薬情報", "健康情報（特定健診）", "限度額情報"]
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
    assert "ちがいます" in driver.window.page.title.plain_text()
    assert driver.window.page.keypad.length == 0
    assert driver.window.page.body.objectName() == "warning"  # a wrong PIN is a warning
    enter_pin(driver, wrong_pin("R002"))
    driver.qtbot.waitUntil(lambda: "ロックされます" in driver.window.page.body.plain_text(), timeout=3000)
    body = driver.window.page.body  # the last try, in the warning colour (contrast checked in test_theme)
    assert body.objectName() == "warning"
    assert body.palette().color(body.foregroundRole()).name().lower() == theme.WARNING.lower()


def test_a_blocked_card_says_so_and_offers_no_keypad(reception):
    driver = reception()
    driver.insert("R004")  # PIN blocked, no face on this kiosk
    driver.wait_for(FlowState.CHOOSE_METHOD)
    locked = driver.button("暗証番号（ロック中）")
    assert not locked.isEnabled()  # drawn as unavailable, in the disabled colours
    assert "市区町村の 窓口" in driver.window.page.body.plain_text()  # where to reset it
    assert "「係員を 呼ぶ」" in driver.window.page.body.plain_text()
    assert not driver.has_button("確定")


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
    driver.wait_for(FlowState.CONSENT_BUNDLE)
    assert len(driver.kiosk.eligibility.registrations) == 1


def test_each_consent_screen_one_at_a_time(reception):
    config = ReceptionConfig(staff_pin_hash=STAFF_PIN_HASH, prescription_screen=True)
    driver = reception(build_kiosk(config=config))
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("暗証番号（あと 3 回）")
    driver.wait_for(FlowState.PIN_ENTRY)
    enter_pin(driver, resident("R002").auth_pin)
    driver.wait_for(FlowState.CONSENT_BUNDLE)
    driver.click("1つずつ 選ぶ")
    answers = {"過去の 手術以外の": "同意する", "（40歳以上 対象）": "同意しない"}
    for item, answer in answers.items():
        driver.qtbot.waitUntil(lambda item=item: driver.window.view.consent_item is not None
                               and driver.window.page.title.plain_text().startswith(item), timeout=3000)
        assert not driver.has_button(BUNDLE)
        driver.click(answer)
    driver.wait_for(FlowState.PRESCRIPTION)
    driver.click("電子処方箋")
    driver.wait_for(FlowState.LIMIT)
    driver.click("提供する")
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
    driver.wait_for(FlowState.CONSENT_BUNDLE)
    driver.click(BUNDLE)
    driver.wait_for(FlowState.LIMIT)
    driver.click("提供しない")
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
    driver.wait_for(FlowState.CONSENT_BUNDLE)
    qtbot.wait(450)
    driver.click("1つずつ 選ぶ")
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


def test_call_staff_is_on_every_screen_and_stays_on_it(reception):
    driver = reception()
    bar = driver.window.help_bar
    assert bar.call_button.isVisible() and not bar.cancel_button.isVisible()  # idle: nothing to stop
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    assert bar.call_button.text() == "係員を 呼ぶ" and bar.cancel_button.text() == "やめる"
    driver.click(bar.call_button)
    driver.qtbot.waitUntil(lambda: bar.call_button.text() == "係員を 呼んでいます", timeout=2000)
    assert driver.flow.state is FlowState.CHOOSE_METHOD and len(driver.kiosk.staff_calls.calls) == 1


def test_stop_ends_the_visit_with_the_card_removal_prompt(reception):
    driver = reception()
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click(driver.window.help_bar.cancel_button)
    driver.wait_for(FlowState.CANCELLED)
    page = driver.window.page
    assert page.title.plain_text() == "受付を やめました" and "カードを お取りください" in page.body.plain_text()
    assert page.picture.isVisible() and not driver.window.help_bar.cancel_button.isVisible()
    assert driver.kiosk.store.results == []


@pytest.mark.parametrize("contrast", [False, True], ids=["standard", "high-contrast"])
def test_warnings_are_in_the_warning_colour_of_either_palette(reception, contrast):
    driver = reception()
    if contrast:
        driver.window.presentation.preferences.toggle_contrast()
    driver.insert("R005")  # an expired certificate: the error screen
    driver.wait_for(FlowState.ERROR)
    body = driver.window.page.body
    palette = theme.palette_for(contrast)  # its contrast on the background: tests/ui/test_theme.py
    driver.qtbot.waitUntil(lambda: body.palette().color(body.foregroundRole()).name().lower()
                           == palette.warning.lower(), timeout=2000)
    assert body.objectName() == "warning"


def test_the_step_and_the_confirmation_are_shown(reception):
    driver = reception()
    assert driver.window.help_bar.step.plain_text() == "1/4 読み取り"
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    assert driver.window.help_bar.step.plain_text() == "2/4 本人確認"
