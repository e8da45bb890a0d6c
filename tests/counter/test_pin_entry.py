"""The resident's PIN dialogue: typed twice, warnings kept or changed, the same 4 digits for three."""

from __future__ import annotations

from datetime import date

from kiosk.counter.pin_entry import PinCollector, Step
from kiosk.counter.pin_rules import PinKind, requirements

ADULT = requirements(date(1950, 3, 10), date(2026, 11, 23))


def test_same_digits_for_the_three_four_digit_pins():
    c = PinCollector(ADULT, date(1950, 3, 10))
    assert c.kind is PinKind.SIGN and not c.digits_only
    c.enter("hana83kz")
    c.enter("HANA83KZ")
    assert c.step is Step.FIRST and c.kind is PinKind.AUTH
    c.enter("5821")
    c.enter("5821")
    assert c.step is Step.SAME_DIGITS
    c.same_digits(True)
    assert c.step is Step.COMPLETE
    choices = c.choices()
    assert (choices.sign, choices.auth, choices.juki, choices.kenhojo) == ("HANA83KZ", "5821", "5821", "5821")
    assert "5821" not in repr(c) and "5821" not in repr(choices)


def test_a_mismatch_and_a_warning():
    c = PinCollector(requirements(date(1950, 3, 10), date(2026, 11, 23)), date(1950, 3, 10))
    c.enter("HANA83KZ")
    c.enter("HANA83KZ")
    c.enter("0310")  # the birthday
    c.enter("0311")
    assert c.step is Step.REFUSED and c.error_code == "COUNTER_PIN_CONFIRM_MISMATCH"
    c.enter("0310")  # the keypad is not shown while the refusal is: nothing typed counts
    assert c.step is Step.REFUSED
    c.choose_again()
    assert c.step is Step.FIRST and not c.error_code
    c.enter("0310")
    c.enter("0310")
    assert c.step is Step.WARNED and c.warnings
    c.choose_again()
    c.enter("5821")
    c.enter("5821")
    c.same_digits(False)
    assert c.kind is PinKind.JUKI
    for pin in ("4729", "4729", "8136", "8136"):
        c.enter(pin)
    assert c.step is Step.COMPLETE and c.choices().kenhojo == "8136"


def test_bad_format_is_named_and_a_face_card_needs_nothing():
    c = PinCollector(requirements(date(2015, 1, 1), date(2026, 11, 23)))  # under 15: no 署名用
    assert c.kind is PinKind.AUTH
    c.enter("12a4")
    assert c.error_code == "COUNTER_PIN_FORMAT" and c.step is Step.REFUSED
    c.choose_again()
    c.enter("1234")
    assert c.step is Step.SECOND and not c.error_code
    assert PinCollector(requirements(date(1950, 1, 1), face_card=True)).step is Step.COMPLETE
