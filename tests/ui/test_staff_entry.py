"""The hidden staff entry and 目視確認 at the kiosk (§A5): no PC round-trip."""

from __future__ import annotations

import pytest
from flow_fakes import STAFF_PIN
from layout_checks import layout_problems
from PySide6.QtCore import QPoint, Qt
from ui_fakes import SIZES, StubFaceRunner, scanning_kiosk, wrong_pin

from kiosk.reception.model import Method
from kiosk.reception.states import FlowState
from ui.screens import StaffCheckPage

LEFT = Qt.MouseButton.LeftButton


def at_method_screen(reception, resident_id: str = "R006"):
    driver = reception(scanning_kiosk(face=StubFaceRunner()))
    driver.insert(resident_id)
    driver.wait_for(FlowState.CHOOSE_METHOD)
    return driver


def tap_corner(driver, times: int = 5) -> None:
    """Tap the window's top-left corner: whatever widget is there gets the taps."""
    target = driver.window.childAt(20, 20)
    for _ in range(times):
        driver.qtbot.mouseClick(target, LEFT, pos=target.mapFrom(driver.window, QPoint(20, 20)))


def staff_pin(driver, pin: str) -> None:
    keypad = driver.window.staff_overlay.keypad
    driver.type_pin(keypad, pin)
    driver.click(keypad.submit_key)


def test_five_taps_open_the_staff_keypad_and_the_visual_check(reception):
    driver = at_method_screen(reception)
    corner = driver.window.staff_corner
    assert corner.isVisible() and corner.width() <= 120
    assert corner.mapTo(driver.window, QPoint(0, 0)) == QPoint(0, 0)  # the top-left corner
    tap_corner(driver, 4)
    assert not driver.window.staff_overlay.isVisible()
    tap_corner(driver, 1)
    assert driver.window.staff_overlay.isVisible()
    staff_pin(driver, STAFF_PIN)
    assert not driver.window.staff_overlay.isVisible()
    driver.wait_for(FlowState.STAFF_CHECK)
    page = driver.window.page
    assert isinstance(page, StaffCheckPage) and page.photo.has_image and not page.no_photo.isVisible()
    assert page.photo.width() >= 240
    driver.click("ご本人です")
    driver.wait_for(FlowState.CONSENT_BUNDLE)
    assert not page.photo.has_image  # the card photo is dropped with the screen
    driver.click("まとめて 同意する")
    driver.wait_for(FlowState.LIMIT)
    driver.click("提供する")
    driver.wait_for(FlowState.DONE)
    assert driver.kiosk.store.results[0].method is Method.STAFF


def test_a_long_press_opens_the_staff_keypad(reception, qtbot):
    driver = at_method_screen(reception)
    corner = driver.window.staff_corner
    qtbot.mousePress(corner, LEFT, pos=QPoint(20, 20))
    qtbot.wait(500)
    qtbot.mouseRelease(corner, LEFT, pos=QPoint(20, 20))
    qtbot.wait(1200)
    assert not driver.window.staff_overlay.isVisible()  # a short press does nothing
    qtbot.mousePress(corner, LEFT, pos=QPoint(20, 20))
    qtbot.waitUntil(driver.window.staff_overlay.isVisible, timeout=2500)
    qtbot.mouseRelease(corner, LEFT, pos=QPoint(20, 20))


def test_a_wrong_staff_pin_is_refused_on_the_method_screen(reception):
    driver = at_method_screen(reception)
    tap_corner(driver)
    staff_pin(driver, wrong_pin("R006"))
    driver.qtbot.waitUntil(lambda: "係員用の 暗証番号が ちがいます" in driver.window.warning_banner.plain_text(),
                           timeout=3000)
    assert driver.flow.state is FlowState.CHOOSE_METHOD
    assert not driver.window.staff_overlay.isVisible()


def test_the_staff_keypad_closes_without_sending(reception):
    driver = at_method_screen(reception)
    tap_corner(driver)
    overlay = driver.window.staff_overlay
    driver.type_pin(overlay.keypad, "12345678")
    assert overlay.keypad.length == 8 and not overlay.keypad.digit_keys["9"].isEnabled()
    driver.click(overlay.close_button)
    assert not overlay.isVisible() and overlay.keypad.length == 0
    assert driver.flow.state is FlowState.CHOOSE_METHOD and not driver.flow.ctx.staff_pin_refused


def test_no_staff_corner_where_the_flow_offers_none(reception):
    driver = reception()
    assert not driver.window.view.staff_entry
    assert not driver.window.staff_corner.isVisible()
    assert driver.window.childAt(20, 20) is not driver.window.staff_corner
    tap_corner(driver)
    assert not driver.window.staff_overlay.isVisible()


def test_the_staff_check_without_a_card_photo_says_so(reception):
    driver = reception()  # no card-face scanner: the photo was not read
    driver.insert("R002")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    tap_corner(driver)
    staff_pin(driver, STAFF_PIN)
    driver.wait_for(FlowState.STAFF_CHECK)
    page = driver.window.page
    assert not page.photo.isVisible() and page.no_photo.isVisible()
    driver.click("確認できない")
    driver.wait_for(FlowState.ERROR)


@pytest.mark.parametrize("size", SIZES)
def test_the_staff_keypad_fits(reception, screenshot, size):
    driver = reception(scanning_kiosk(face=StubFaceRunner()), simulator=True, size=SIZES[size])
    driver.insert("R006")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    tap_corner(driver)
    driver.type_pin(driver.window.staff_overlay.keypad, "12")
    screenshot(driver.window, f"08-staff-keypad-{size}")
    assert layout_problems(driver.window) == []
