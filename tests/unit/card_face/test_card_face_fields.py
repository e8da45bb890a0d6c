"""照合番号B from OCR text (issue 14, spec §5 and §12): the fields found by pattern, and the checks
that keep an uncertain reading from ever becoming a 14-digit answer."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.card.collation import collation_number_b, era_of
from kiosk.card_face.fields import (
    CARDS_SINCE,
    OcrLine,
    expiry_year_fits,
    field_lines,
    read_fields,
    same_fields,
)
from kiosk.card_face.reading import CardFaceReading, Problem
from simulators.card_face import birth_line, expiry_line
from simulators.residents import nth_birthday_after

TODAY = date(2026, 11, 23)
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def read(*texts: str, confidence: float = 0.95, today: date = TODAY) -> CardFaceReading:
    return read_fields([OcrLine(text, confidence) for text in texts], today)


@st.composite
def cards(draw: st.DrawFn) -> tuple[date, date, str]:
    """(birth, expiry, code) of a card issued since 2016 by the rule: 10th birthday after issue, 5th
    if under 18 at issue."""
    birth = draw(st.dates(date(1868, 10, 23), TODAY - timedelta(days=15)))
    first = max(CARDS_SINCE, birth + timedelta(days=14))
    issued = draw(st.dates(first, TODAY))
    age = issued.year - birth.year - ((issued.month, issued.day) < (birth.month, birth.day))
    expiry = nth_birthday_after(birth, issued, 10 if age >= 18 else 5)
    return birth, expiry, draw(st.from_regex(r"\A[0-9]{4}\Z"))


def test_the_spec_example():
    reading = read("昭和55年 2月17日生 性別 男", "2035年 2月17日まで有効", "2285")
    assert reading.collation_b == "55021720352285" and reading.problems == ()
    assert (reading.birth_date, reading.expiry, reading.security_code) == (date(1980, 2, 17), date(2035, 2, 17),
                                                                           "2285")


@settings(max_examples=300, deadline=None)
@given(cards(), st.booleans(), st.booleans(), st.randoms(use_true_random=False))
def test_every_valid_card_reads_back_exactly(card, padded, full_width, rng):
    birth, expiry, code = card
    texts = [birth_line(birth, padded=padded), expiry_line(expiry, padded=padded), code,
             "氏名", "東京都千代田区霞が関一丁目２番２号", "個人番号カード", "千代田区長"]
    if full_width:
        texts = [text.translate(FULL_WIDTH) if text != code else text for text in texts]
    rng.shuffle(texts)
    reading = read(*texts)
    assert reading.collation_b == collation_number_b(birth, expiry, code), reading.problems


@pytest.mark.parametrize(("text", "born"), [
    ("明治45年 7月29日生", date(1912, 7, 29)), ("大正元年 7月30日生", date(1912, 7, 30)),
    ("大正15年12月24日生", date(1926, 12, 24)), ("昭和元年12月25日生", date(1926, 12, 25)),
    ("昭和64年 1月 7日生", date(1989, 1, 7)), ("平成元年 1月 8日生", date(1989, 1, 8)),
    ("平成31年 4月30日生", date(2019, 4, 30)), ("令和元年 5月 1日生", date(2019, 5, 1)),
    ("令和 2年 2月29日生", date(2020, 2, 29)), ("平成 5年3月1日生", date(1993, 3, 1)),
])
def test_era_dates_and_their_boundaries(text, born):
    assert read(text).birth_date == born


@pytest.mark.parametrize("text", ["明治45年 7月30日生", "大正15年12月25日生", "昭和64年 1月 8日生",
                                  "平成31年 5月 1日生", "令和元年 4月30日生", "平成 3年 2月29日生",
                                  "昭和50年13月 1日生", "昭和50年 4月31日生"])
def test_dates_outside_their_era_or_the_calendar_are_refused(text):
    reading = read(text, "2030年 5月 1日まで有効", "1234")
    assert reading.birth_date is None and reading.collation_b is None and Problem.BIRTH_INVALID in reading.problems


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1868, 10, 23), TODAY))
def test_era_year_round_trip(day):
    era, year = era_of(day)
    assert read(birth_line(day)).birth_date == day
    assert ("元年" in birth_line(day)) == (year == 1) and birth_line(day).startswith(era)


def _mutations(text: str) -> list[str]:
    return [text[:i] + digit + text[i + 1:] for i, char in enumerate(text) if char.isdigit()
            for digit in "0123456789" if digit != char]


def _documented_day_rule(birth: date, expiry: date) -> bool:
    """The checks' day rule, written out again: same month and day; born 29 February: 29 February
    in a leap year, 28 February or 1 March otherwise."""
    if (birth.month, birth.day) != (2, 29):
        return (expiry.month, expiry.day) == (birth.month, birth.day)
    leap = expiry.year % 4 == 0 and (expiry.year % 100 != 0 or expiry.year % 400 == 0)
    return (expiry.month, expiry.day) in ({(2, 29)} if leap else {(2, 28), (3, 1)})


@settings(max_examples=120, deadline=None)
@given(cards(), st.sampled_from(["birth", "expiry", "code"]), st.data())
def test_a_single_digit_changed_is_refused_or_read_as_printed(card, field, data):
    """Never wrong silently where the checks can catch it: a changed day or month is refused
    (unless the documented 29 February rule allows the pair); anything accepted is exactly what the
    changed text says and passes every documented check."""
    birth, expiry, code = card
    texts = {"birth": birth_line(birth, padded=False), "expiry": expiry_line(expiry, padded=False), "code": code}
    texts[field] = data.draw(st.sampled_from(_mutations(texts[field])))
    reading = read(*texts.values())
    if reading.collation_b is None:
        return
    assert reading.collation_b == collation_number_b(reading.birth_date, reading.expiry, reading.security_code)
    era_year = era_of(reading.birth_date)[1]
    birth_numbers = [int(n) for n in re.findall(r"[0-9]+", texts["birth"])]
    assert birth_numbers in ([era_year, reading.birth_date.month, reading.birth_date.day],
                             [reading.birth_date.month, reading.birth_date.day] if era_year == 1 else None)
    expiry_numbers = [int(n) for n in re.findall(r"[0-9]+", texts["expiry"])]
    assert expiry_numbers == [reading.expiry.year, reading.expiry.month, reading.expiry.day]
    assert reading.security_code == texts["code"]
    assert _documented_day_rule(reading.birth_date, reading.expiry)
    assert expiry_year_fits(reading.birth_date, reading.expiry, TODAY)
    if field != "code" and (reading.birth_date, reading.expiry) != (birth, expiry):
        changed_year_only = (reading.birth_date.month, reading.birth_date.day, reading.expiry.month,
                             reading.expiry.day) == (birth.month, birth.day, expiry.month, expiry.day)
        assert changed_year_only or (2, 29) in {(birth.month, birth.day), (reading.birth_date.month,
                                                                             reading.birth_date.day)}


@pytest.mark.parametrize(("texts", "problem"), [
    (("昭和55年 2月17日生", "2035年 2月18日まで有効", "2285"), Problem.EXPIRY_DAY_MISMATCH),
    (("昭和55年 2月17日生", "2035年 3月17日まで有効", "2285"), Problem.EXPIRY_DAY_MISMATCH),
    (("昭和55年 2月17日生", "2055年 2月17日まで有効", "2285"), Problem.EXPIRY_YEAR_IMPLAUSIBLE),
    (("昭和55年 2月17日生", "2020年 2月17日まで有効", "2285"), Problem.EXPIRY_YEAR_IMPLAUSIBLE),  # issued 2010
    (("平成22年 6月 1日生", "2036年 6月 1日まで有効", "2285"), Problem.EXPIRY_YEAR_IMPLAUSIBLE),  # 10 years at 16
    (("平成 2年 6月 1日生", "2022年 6月 1日まで有効", "2285"), Problem.EXPIRY_YEAR_IMPLAUSIBLE),  # 5 at 27, 10 in 2012
    (("令和 9年 6月 1日生", "2032年 6月 1日まで有効", "2285"), Problem.BIRTH_IN_FUTURE),
    (("昭和55年 2月17日生", "2035年 2月30日まで有効", "2285"), Problem.EXPIRY_INVALID),
    (("昭和59年 2月29日生", "2030年 3月 2日まで有効", "2285"), Problem.EXPIRY_LEAP_DAY),
    (("昭和59年 2月29日生", "2032年 2月28日まで有効", "2285"), Problem.EXPIRY_LEAP_DAY),  # 2032 is a leap year
    (("昭和55年 2月17日生", "2035年 2月17日まで有効", "2285", "1234"), Problem.CODE_AMBIGUOUS),
    (("昭和55年 2月17日生", "昭和56年 2月17日生", "2035年 2月17日まで有効", "2285"), Problem.BIRTH_AMBIGUOUS),
    (("昭和55年 2月17日生", "2035年 2月17日まで有効", "2034年 2月17日まで有効", "2285"), Problem.EXPIRY_AMBIGUOUS),
    (("2035年 2月17日まで有効", "2285"), Problem.BIRTH_NOT_FOUND),
    (("昭和55年 2月17日生", "電子証明書の有効期限 2030年 2月17日", "2285"), Problem.EXPIRY_NOT_FOUND),  # a sticker
    (("昭和55年 2月17日生", "2035年 2月17日まで有効", "228"), Problem.CODE_NOT_FOUND),
    (("昭和55年 2月17日生", "2035年 2月17日まで有効", "22855"), Problem.CODE_NOT_FOUND),
    (("昭和55年 2月17日生", "2035年 2月17日まで有効", "22S5"), Problem.CODE_NOT_FOUND),
])
def test_uncertain_readings_are_null_with_a_stable_problem(texts, problem):
    reading = read(*texts)
    assert reading.collation_b is None and problem in reading.problems


@pytest.mark.parametrize(("birth", "expiry"), [("昭和59年 2月29日生", "2030年 2月28日まで有効"),
                                                ("昭和59年 2月29日生", "2030年 3月 1日まで有効"),
                                                ("昭和59年 2月29日生", "2028年 2月29日まで有効")])
def test_29_february_accepts_the_documented_candidate_days(birth, expiry):
    assert read(birth, expiry, "0001").collation_b is not None


def test_the_same_value_read_twice_is_one_candidate_and_confusions_are_undone_in_dates_only():
    assert read("昭和55年 2月17日生", "2035年 2月17日まで有効", "2285", "2 2 8 5").collation_b == "55021720352285"
    assert read("昭和55年 2月l7日生", "2O35年 2月17日まで有効", "2285").collation_b == "55021720352285"
    assert read("今和元年 5月 1日生", "2025年 5月 1日まで有効", "0000").birth_date == date(2019, 5, 1)
    assert Problem.CODE_NOT_FOUND in read("昭和55年 2月17日生", "2035年 2月17日まで有効", "228O").problems


def test_low_confidence_is_null_but_keeps_the_fields():
    reading = read("昭和55年 2月17日生", "2035年 2月17日まで有効", "2285", confidence=0.3)
    assert reading.collation_b is None and reading.problems == (Problem.LOW_CONFIDENCE,)
    assert reading.security_code == "2285" and reading.confidence == 0.3


def test_expiry_year_fits_minors_and_adults():
    assert expiry_year_fits(date(2010, 6, 1), date(2026, 6, 1), TODAY)  # issued at 15 in 2021: 5 years
    assert not expiry_year_fits(date(2010, 6, 1), date(2036, 6, 1), TODAY)  # 10 years at 16
    assert expiry_year_fits(date(2000, 6, 1), date(2036, 6, 1), TODAY)  # issued at 26 in 2026-06
    assert not expiry_year_fits(date(2000, 6, 1), date(2037, 6, 1), TODAY)  # issue in 2027: the future
    assert not expiry_year_fits(date(1950, 6, 1), date(2024, 6, 1), TODAY)  # issued by 2015-05: before cards
    assert expiry_year_fits(date(1950, 6, 1), date(2025, 6, 1), TODAY)  # issued 2016-01 to 2016-05


def test_field_lines_same_fields_and_json():
    lines = [OcrLine(text, 0.9) for text in ("氏名", "昭和55年 2月17日生", "住所", "2035年 2月17日まで有効", "2285")]
    assert field_lines(lines) == [1, 3, 4]
    reading = read_fields(lines, TODAY)
    assert same_fields(reading, read_fields([lines[i] for i in (1, 3, 4)], TODAY))
    assert not same_fields(reading, read("昭和55年 2月17日生", "2035年 2月17日まで有効", "2286"))
    assert not same_fields(read("2285"), read("2285"))  # nothing to confirm without all three fields
    out = json.loads(json.dumps(reading.as_dict()))
    assert out == {"birth_date": "1980-02-17", "expiry": "2035-02-17", "security_code": "2285",
                   "collation_b": "55021720352285", "confidence": 0.9, "problems": [], "timings_ms": {}}


def test_random_lines_never_read_as_a_card():
    rng = random.Random(14)  # noqa: S311
    alphabet = "0123456789年月日生昭和平成令元まで有効 "
    for _ in range(2000):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(3, 20))) for _ in range(4)]
        reading = read(*texts)
        if reading.collation_b is not None:  # only a text that really says all three fields
            assert reading.problems == () and reading.security_code in texts
