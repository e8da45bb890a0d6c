"""The synthetic dataset covers the cases the issue lists, and stays valid as days pass."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from simulators.residents import all_residents, my_number_check_digit, nth_birthday_after


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2031, 2, 28), date(2028, 2, 29)])
def test_dataset_covers_the_required_cases(today):
    people = all_residents(today)
    assert len(people) >= 50
    ages = [p.age(today) for p in people]
    assert min(ages) == 0 and max(ages) == 100
    assert {p.id for p in people if p.auth_cert_expiry < today} == {"R005"}
    assert all(p.card_expiry >= today for p in people)
    assert any(p.auth_pin_tries == 0 for p in people)
    assert any(p.face_card and p.auth_pin is None for p in people)
    assert any(not p.insurance_registered for p in people)
    assert any(any(ord(ch) > 0xFFFF for ch in p.name) for p in people)  # outside the BMP (𠮷)
    assert max(len(p.address) for p in people) > 60
    assert all(p.sign_password is None for p in people if p.age(p.card_issued) < 15)
    assert len({p.my_number for p in people}) == len(people)


def test_my_numbers_carry_a_valid_check_digit():
    for person in all_residents(date(2026, 11, 23)):
        assert int(person.my_number[-1]) == my_number_check_digit(person.my_number[:11])


def test_check_digit_known_value():
    # weights 2..7, 2..6 from the right: sum 212, 212 % 11 = 3 → 11 - 3 = 8 ("123456789018" is
    # the sample number municipalities print)
    assert my_number_check_digit("12345678901") == 8


def test_certificate_expires_on_the_fifth_birthday_after_issue():
    birth, issued = date(1950, 3, 10), date(2024, 6, 1)
    assert nth_birthday_after(birth, issued, 5) == date(2029, 3, 10)
    assert nth_birthday_after(birth, date(2024, 3, 10), 5) == date(2029, 3, 10)
    assert nth_birthday_after(date(2000, 2, 29), date(2024, 1, 1), 5) == date(2028, 2, 29)
    assert nth_birthday_after(date(2000, 2, 29), date(2024, 3, 1), 5) == date(2029, 2, 28)


def test_dataset_is_deterministic_for_a_day():
    day = date(2026, 11, 23)
    assert all_residents(day) == all_residents(day) and all_residents(day)[0] == all_residents(day + timedelta(0))[0]
