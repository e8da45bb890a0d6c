"""Genuine pairs of the same person are accepted, different people refused (issue 3 "Done when"),
with the default thresholds, greyscale card-style photo against colour photos."""

from __future__ import annotations

import pytest

from kiosk.face.compare import compare, outcome_for
from kiosk.face.engine import FaceEngine, to_grey_rgb
from kiosk.face.verifier import Outcome

GENUINE = [("obama_1.jpg", "obama_2.jpg"), ("obama_1.jpg", "obama_3.jpg"), ("obama_2.jpg", "obama_4.jpg"),
           ("obama_1.jpg", "obama_240p.jpg"), ("biden_1.jpg", "biden_2.jpg")]
IMPOSTOR = [("obama_1.jpg", "biden_1.jpg"), ("obama_2.jpg", "biden_2.jpg"),
            ("lin_manuel_miranda_1.png", "obama_1.jpg"), ("lin_manuel_miranda_1.png", "biden_2.jpg")]


@pytest.fixture(scope="module")
def engine():
    return FaceEngine()


@pytest.mark.parametrize(("a", "b"), GENUINE)
def test_genuine_pairs_match_with_a_greyscale_card_side(engine, photo, a, b):
    result = compare(to_grey_rgb(photo(a)), photo(b), engine)
    assert result.outcome is Outcome.MATCH, result.distance


@pytest.mark.parametrize(("a", "b"), IMPOSTOR)
def test_different_people_are_refused(engine, photo, a, b):
    result = compare(to_grey_rgb(photo(a)), photo(b), engine)
    assert result.outcome is Outcome.NO_MATCH, result.distance


def test_thresholds_bound_an_undecided_band():
    assert outcome_for(0.50) is Outcome.MATCH
    assert outcome_for(0.60) is Outcome.UNDECIDED
    assert outcome_for(0.70) is Outcome.NO_MATCH
