"""Staff entry of 照合番号B on the staff check (issue 14 §3): typed on the touch screen, read once,
then the resident's face at the kiosk."""

from __future__ import annotations

from flow_fakes import STAFF_PIN, UnreadableCardFace, build_kiosk, entry_for
from ui_fakes import StubFaceRunner

from kiosk.reception.events import Event
from kiosk.reception.states import FlowState
from ui.screens import StaffCheckPage


def type_entry(driver, form, entry) -> None:
    driver.click(next(b for b in form.eras.buttons() if b.text() == entry.era))
    for digits in (f"{entry.year:02d}", f"{entry.month:02d}", f"{entry.day:02d}", f"{entry.expiry_year:04d}",
                   entry.security_code):
        for digit in digits:
            driver.click(next(b for b in driver.buttons() if b.text() == digit and form.isAncestorOf(b)))


def at_staff_check(reception, resident_id: str = "R006"):
    face = StubFaceRunner()
    driver = reception(build_kiosk(face=face, collation=UnreadableCardFace()))
    driver.insert(resident_id)
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    driver.wait_for(FlowState.STAFF_CHECK)
    return driver, face


def test_staff_type_the_card_face_and_the_resident_goes_on_by_face(reception, screenshot):
    driver, face = at_staff_check(reception)
    page = driver.window.page
    assert isinstance(page, StaffCheckPage) and page.form.isVisible() and not page.no_photo.isVisible()
    assert "券面を 読み取れませんでした" in page.note.text()
    assert not page.form.read.isEnabled()
    type_entry(driver, page.form, entry_for("R006"))
    assert page.form.read.isEnabled()
    screenshot(driver.window, "staff-check-collation-entry")
    driver.click(page.form.read)
    driver.wait_for(FlowState.FACE_CAPTURE)
    assert face.on_outcome is not None


def test_a_wrong_field_is_named_and_erasing_works(reception):
    driver, _ = at_staff_check(reception)
    form = driver.window.page.form
    type_entry(driver, form, entry_for("R006", month=13))
    driver.click(form.read)
    driver.qtbot.waitUntil(lambda: driver.window.page.note.text().startswith("生年月日が 正しくありません"))
    assert driver.flow.state is FlowState.STAFF_CHECK and form.isVisible()
    assert all(not v for v in form.values.values())  # the form forgets what was typed
    form.type("1")
    form.erase()
    form.erase()  # nothing left: harmless
    assert form.values["year"] == ""
