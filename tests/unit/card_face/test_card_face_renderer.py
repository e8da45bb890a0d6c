"""The synthetic card fronts and desk scenes (``simulators.card_face``): what is printed is the
resident's 照合番号B as the virtual chip computes it, never the My Number, and the random residents
follow the card rules."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.card.collation import collation_number_b, era_of
from kiosk.card_face.fields import CARDS_SINCE, OcrLine, read_fields
from simulators.card.personalise import CardBuilder
from simulators.card_face import (
    FRAME_SIZE,
    VARIATIONS,
    birth_line,
    expected_collation_b,
    expiry_line,
    mayor_title,
    random_resident,
    render_card,
    render_scene,
)
from simulators.residents import nth_birthday_after, resident

TODAY = date(2026, 11, 23)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32 - 1), st.booleans())
def test_what_is_printed_is_the_collation_number_the_chip_holds(seed, padded):
    person = random_resident(random.Random(seed), TODAY)  # noqa: S311
    face = render_card(person, padded=padded)
    printed = read_fields([OcrLine(face.lines[key], 1.0) for key in ("birth", "expiry", "code")], TODAY)
    assert printed.collation_b == collation_number_b(person.birth_date, person.card_expiry, person.security_code)
    assert printed.collation_b == expected_collation_b(person) == CardBuilder(person).collation_b()
    assert person.my_number not in "".join(face.lines.values())
    assert face.image.shape == (648, 1027, 3) and face.image.dtype == np.uint8


def test_random_residents_follow_the_card_rules_and_cover_the_eras():
    rng = random.Random(2026)  # noqa: S311
    people = [random_resident(rng, TODAY) for _ in range(1500)]
    for person in people:
        assert CARDS_SINCE <= person.card_issued <= TODAY and person.birth_date < person.card_issued
        years = 10 if person.age(person.card_issued) >= 18 else 5
        assert person.card_expiry == nth_birthday_after(person.birth_date, person.card_issued, years)
        assert len(person.security_code) == 4 and person.security_code.isdigit()
    eras = Counter(era_of(person.birth_date)[0] for person in people)
    assert set(eras) == {"明治", "大正", "昭和", "平成", "令和"}
    assert any(era_of(person.birth_date)[1] == 1 for person in people)  # 元年
    assert any((person.birth_date.month, person.birth_date.day) == (2, 29) for person in people)
    assert len({person.id for person in people}) == len(people)
    assert not {person.id for person in people} & {person.id for person in [resident("R001")]}


def test_printed_lines_follow_the_card():
    assert birth_line(date(1980, 2, 17)) == "昭和55年 2月17日生"
    assert birth_line(date(2019, 5, 1)) == "令和元年 5月 1日生"
    assert birth_line(date(1993, 3, 1), padded=False) == "平成5年3月1日生"
    assert expiry_line(date(2035, 2, 17)) == "2035年 2月17日まで有効"
    assert mayor_title("東京都千代田区霞が関一丁目") == "千代田区長" and mayor_title("長野県南牧村栄町") == "南牧村長"
    assert mayor_title("北海道札幌市中央区北一条") == "札幌市長"


@pytest.mark.parametrize("variation", VARIATIONS)
def test_every_variation_is_a_camera_frame(variation):
    frame = render_scene(random_resident(random.Random(1), TODAY), variation, random.Random(2))  # noqa: S311
    assert frame.shape == (FRAME_SIZE[1], FRAME_SIZE[0], 3) and frame.dtype == np.uint8


def test_an_unknown_variation_is_refused():
    with pytest.raises(ValueError, match="unknown variation"):
        render_scene(resident("R002"), "sideways", random.Random(0))  # noqa: S311
