"""PIN rules at 交付 (spec B3): formats, typed twice, warnings, under-15s, face cards."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.card.issuance import FOUR_DIGITS, SIGN_PASSWORD
from kiosk.counter.pin_rules import (
    FOUR_DIGIT_KINDS,
    FaceCardNoPinsError,
    FourDigitFormatError,
    PinChoices,
    PinConfirmationError,
    PinKind,
    PinMissingError,
    PinRuleError,
    PinWarning,
    SignPasswordFormatError,
    SignPasswordNotAllowedError,
    birth_date_forms,
    choose_pins,
    confirm,
    requirements,
    validate,
    warnings_for,
)
from simulators.card.filesystem import digits, signing_password

TODAY = date(2026, 5, 20)
BIRTH = date(1948, 7, 3)  # 昭和23年
four_digits = st.text("0123456789", min_size=4, max_size=4)
four_kinds = st.sampled_from(FOUR_DIGIT_KINDS)
sign_chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
valid_sign = st.text(sign_chars, min_size=6, max_size=16).filter(
    lambda s: any(c.isalpha() for c in s) and any(c.isdigit() for c in s))
birth_dates = st.dates(date(1920, 1, 1), date(2025, 12, 31))


# -- format ----------------------------------------------------------------------------------

@given(four_kinds, st.text(max_size=8))
def test_four_digit_pins_are_exactly_four_ascii_digits_after_nfkc(kind, text):
    try:
        value = validate(kind, text)
    except FourDigitFormatError as exc:
        assert exc.kind is kind
        assert not re.fullmatch(r"[0-9]{4}", unicodedata.normalize("NFKC", text))
        return
    assert FOUR_DIGITS.fullmatch(value) and digits(4)(value.encode())  # the card agrees


def test_full_width_digits_are_normalised():
    assert validate(PinKind.AUTH, "１２３４") == "1234"
    with pytest.raises(FourDigitFormatError):
        validate(PinKind.AUTH, "١٢٣٤")  # Arabic-Indic digits: not what the card takes


@given(valid_sign)
def test_valid_signing_passwords_are_accepted_in_any_case_and_upper_cased(password):
    assert validate(PinKind.SIGN, password.lower()) == password
    assert validate(PinKind.SIGN, password) == password
    assert SIGN_PASSWORD.fullmatch(password) and signing_password(password.encode())


@given(st.text(max_size=20))
def test_signing_password_rule_agrees_with_the_card(text):
    try:
        value = validate(PinKind.SIGN, text)
    except SignPasswordFormatError as exc:
        assert exc.reason in ("length", "characters", "no-letter", "no-digit")
        upper = unicodedata.normalize("NFKC", text).upper()
        assert not (upper.isascii() and signing_password(upper.encode()))
        return
    assert signing_password(value.encode())


@pytest.mark.parametrize(("text", "reason"), [
    ("ABC12", "length"), ("ABCDEFGH123456789", "length"), ("ABC 123", "characters"), ("ÄBC123", "characters"),
    ("ABC-123", "characters"), ("ABCDEF", "no-digit"), ("123456", "no-letter"), ("ａｂｃ１２３", None),
])
def test_signing_password_reasons(text, reason):
    if reason is None:
        assert validate(PinKind.SIGN, text) == "ABC123"  # full-width, lower case: normalised
        return
    with pytest.raises(SignPasswordFormatError) as caught:
        validate(PinKind.SIGN, text)
    assert caught.value.reason == reason


@given(st.sampled_from(list(PinKind)), st.text("0123456789ABCXYZ", min_size=3, max_size=20))
def test_errors_never_carry_the_pin(kind, text):
    """Messages are lower-case words and lengths, so a digit/upper-case entry of 3+ characters
    shows up only if it was copied in."""
    try:
        validate(kind, text)
    except PinRuleError as exc:
        assert text not in str(exc) and text not in exc.detail


# -- typed twice -------------------------------------------------------------------------------

@given(four_kinds, four_digits, four_digits)
def test_confirmation_needs_the_same_entry_twice(kind, first, second):
    if first == second:
        assert confirm(kind, first, second) == first
    else:
        with pytest.raises(PinConfirmationError) as caught:
            confirm(kind, first, second)
        assert first not in str(caught.value) and second not in str(caught.value)


@given(valid_sign)
def test_confirmation_of_a_signing_password_ignores_case(password):
    assert confirm(PinKind.SIGN, password, password.lower()) == password


# -- warnings ----------------------------------------------------------------------------------

@given(four_kinds, four_digits, birth_dates)
def test_warnings_never_fail_and_are_unique(kind, pin, birth):
    found = warnings_for(kind, pin, birth, TODAY)
    assert len(found) == len(set(found)) and all(isinstance(w, PinWarning) for w in found)


@given(four_kinds, st.sampled_from("0123456789"), st.sampled_from("0123456789"))
def test_repeats_are_warned(kind, a, b):
    assert PinWarning.REPEATED in warnings_for(kind, a * 4, today=TODAY)
    assert PinWarning.REPEATED in warnings_for(kind, (a + b) * 2, today=TODAY)


@given(four_kinds, st.integers(0, 9), st.sampled_from([1, -1]))
def test_sequences_are_warned(kind, start, step):
    pin = "".join(str((start + step * i) % 10) for i in range(4))
    assert PinWarning.SEQUENCE in warnings_for(kind, pin, today=TODAY)


@pytest.mark.parametrize("pin", ["1234", "4321", "0123", "7890", "9876"])
def test_well_known_sequences(pin):
    assert PinWarning.SEQUENCE in warnings_for(PinKind.AUTH, pin, today=TODAY)


@given(four_kinds, birth_dates)
def test_birth_date_forms_are_warned(kind, birth):
    mmdd = f"{birth.month:02d}{birth.day:02d}"
    yymm = f"{birth.year % 100:02d}{birth.month:02d}"
    for pin in (mmdd, yymm):
        assert PinWarning.BIRTH_DATE in warnings_for(kind, pin, birth, TODAY)
    assert PinWarning.YEAR in warnings_for(kind, f"{birth.year}", birth, TODAY)
    assert mmdd in birth_date_forms(birth)


def test_era_year_birth_dates_and_this_year_are_warned():
    assert PinWarning.BIRTH_DATE in warnings_for(PinKind.JUKI, "2307", BIRTH, TODAY)  # 昭和23年7月
    assert PinWarning.YEAR in warnings_for(PinKind.JUKI, "2026", BIRTH, TODAY)
    assert PinWarning.YEAR in warnings_for(PinKind.JUKI, "1948", BIRTH, TODAY)
    assert warnings_for(PinKind.AUTH, "5820", BIRTH, TODAY) == ()


@pytest.mark.parametrize(("password", "warning"), [
    ("AAAAA1", PinWarning.REPEATED), ("ABC123", PinWarning.SEQUENCE), ("ABCDEF1", PinWarning.SEQUENCE),
    ("PASSWORD1", PinWarning.COMMON), ("TARO1948", PinWarning.YEAR), ("HANA19480703", PinWarning.BIRTH_DATE),
    ("HANA230703", PinWarning.BIRTH_DATE),
])
def test_signing_password_warnings(password, warning):
    assert warning in warnings_for(PinKind.SIGN, password, BIRTH, TODAY)


def test_a_good_signing_password_has_no_warning():
    assert warnings_for(PinKind.SIGN, "KOFU7X2Q", BIRTH, TODAY) == ()


# -- who sets what -----------------------------------------------------------------------------

@given(birth_dates)
def test_signing_password_only_from_15(birth):
    needed = requirements(birth, TODAY)
    age = TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))
    assert needed.sign is (age >= 15)
    assert needed.four_digit == FOUR_DIGIT_KINDS


def test_fifteenth_birthday_is_the_boundary():
    assert not requirements(date(2011, 5, 21), TODAY).sign
    assert requirements(date(2011, 5, 20), TODAY).sign


def test_a_face_card_sets_nothing():
    needed = requirements(BIRTH, TODAY, face_card=True)
    assert needed.kinds == ()
    assert choose_pins(needed).as_kwargs() == {"auth": None, "sign": None, "kenhojo": None, "juki": None}
    with pytest.raises(FaceCardNoPinsError):
        choose_pins(needed, same_four_digits="5820")


@given(four_digits)
def test_one_four_digit_pin_for_all_three(pin):
    choices = choose_pins(requirements(date(2015, 1, 1), TODAY), same_four_digits=pin)
    assert choices.as_kwargs() == {"auth": pin, "sign": None, "kenhojo": pin, "juki": pin}


def test_adult_choices_are_validated_and_never_shown_in_repr():
    needed = requirements(BIRTH, TODAY)
    choices = choose_pins(needed, sign="kofu7x2q", auth="１２９０", juki="4711", kenhojo="0815")
    assert choices.as_kwargs() == {"auth": "1290", "sign": "KOFU7X2Q", "kenhojo": "0815", "juki": "4711"}
    assert not any(v in repr(choices) for v in ("1290", "KOFU7X2Q", "4711", "0815"))
    assert isinstance(choices, PinChoices)
    with pytest.raises(PinMissingError) as caught:
        choose_pins(needed, same_four_digits="5820")
    assert caught.value.kinds == (PinKind.SIGN,)
    with pytest.raises(ValueError):
        choose_pins(needed, sign="KOFU7X2Q", same_four_digits="5820", auth="1111")


def test_no_signing_password_under_15():
    with pytest.raises(SignPasswordNotAllowedError):
        choose_pins(requirements(date(2015, 1, 1), TODAY), sign="KOFU7X2Q", same_four_digits="5820")


@settings(max_examples=50)
@given(valid_sign, four_digits)
def test_choices_fit_the_card(password, pin):
    choices = choose_pins(requirements(BIRTH, TODAY), sign=password.lower(), same_four_digits=pin)
    assert signing_password(choices.sign.encode()) and digits(4)(choices.auth.encode())


def test_requirements_without_the_pins_a_card_already_holds():
    needed = requirements(BIRTH, TODAY)
    rest = needed.without(["sign", PinKind.JUKI])
    assert rest.kinds == (PinKind.AUTH, PinKind.KENHOJO) and not rest.face_card
    assert needed.without(kind.value for kind in PinKind).kinds == ()
    assert needed.without(()) == needed
    assert choose_pins(rest, auth="5820", kenhojo="5820").as_kwargs() == {
        "auth": "5820", "sign": None, "kenhojo": "5820", "juki": None}
    with pytest.raises(SignPasswordNotAllowedError):  # the card has its password: no other is taken
        choose_pins(rest, sign="KOFU7X2Q", auth="5820", kenhojo="5820")
