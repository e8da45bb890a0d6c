"""``drivers.card_face.OcrCardFaceReader`` on freshly rendered desk scenes (fixed seeds, residents
never in the dataset): every readable variation reads exactly, an unreadable or tampered face is
null with its problems, and nothing is ever a wrong 14-digit answer."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime

import cv2
import numpy as np
import pytest

from drivers.card_face import OcrCardFaceReader, locate_card
from kiosk.card_face.reading import CardFaceReader, Problem
from kiosk.clock import Clock
from simulators.card_face import READABLE, expected_collation_b, random_resident, render_scene, scene
from simulators.residents import Resident

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def reader():
    with OcrCardFaceReader(clock=Clock.fixed(datetime(2026, 11, 23, 12))) as made:
        yield made


def fresh(seed: int, variation: str) -> tuple[Resident, np.ndarray]:
    rng = random.Random(seed)  # noqa: S311
    person = random_resident(rng, TODAY)
    return person, render_scene(person, variation, rng)


@pytest.mark.parametrize("variation", READABLE)
def test_each_readable_variation_reads_exactly(reader: CardFaceReader, variation):
    for seed in (11, 12):
        person, frame = fresh(seed, variation)
        reading = reader.read(frame)
        assert reading.collation_b == expected_collation_b(person), (variation, seed, reading.problems)
        assert reading.problems == () and reading.birth_date == person.birth_date
        assert {"locate", "rectify", "segment", "ocr", "parse", "second_look", "total"} <= reading.timings.keys()


def test_the_card_is_found_where_it_lies():
    shown = scene(random_resident(random.Random(3), TODAY), "perspective", random.Random(4))  # noqa: S311
    corners = locate_card(shown.image)
    assert corners is not None
    error = min(np.abs(np.roll(corners, turn, axis=0) - shown.corners).max() for turn in (0, 2))
    assert error < 12


def test_upside_down_reads_exactly(reader):
    person, frame = fresh(21, "clean")
    assert reader.read(cv2.rotate(frame, cv2.ROTATE_180)).collation_b == expected_collation_b(person)


@pytest.mark.parametrize("seed", [31, 32, 33, 34])
def test_an_unreadable_face_is_null_with_problems(reader, seed):
    _, frame = fresh(seed, "unreadable")
    reading = reader.read(frame)
    assert reading.collation_b is None and reading.problems


@dataclass(frozen=True)
class _Tampered(Resident):
    """A card whose printed expiry is a day off the birthday."""

    @property
    def card_expiry(self) -> date:
        return Resident.card_expiry.fget(self).replace(day=15 if self.birth_date.day != 15 else 16)


def test_a_tampered_face_is_null(reader):
    person = random_resident(random.Random(41), TODAY)  # noqa: S311
    tampered = _Tampered(**{name: getattr(person, name) for name in Resident.__dataclass_fields__})
    reading = reader.read(render_scene(tampered, "clean", random.Random(42)))  # noqa: S311
    assert reading.collation_b is None and Problem.EXPIRY_DAY_MISMATCH in reading.problems
    assert reading.security_code == person.security_code  # the fields read are still reported


def test_no_card_in_the_frame(reader):
    desk = np.full((960, 1280, 3), (92, 64, 44), np.uint8)
    reading = reader.read(desk)
    assert reading.collation_b is None and reading.problems == (Problem.CARD_NOT_FOUND,)


def test_warm_up_loads_every_model_on_every_worker_before_the_first_card():
    from drivers.card_face import MODELS, OcrCardFaceReader

    with OcrCardFaceReader(workers=2) as ocr:
        for load in ocr.warm_up():
            load.result(timeout=60)
        assert len(ocr._engines._all) == 2 * len(MODELS)  # noqa: SLF001 - what was loaded is the point
