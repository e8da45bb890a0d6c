"""The application photo's rules (issue 18 §2) on the shared face fixtures and on variations of a
good photo made in memory: each broken rule is named by its stable code and plain words; a photo
that keeps them all is cropped to the 35:45 frame and becomes a file the online application takes.
Nothing is written: every image lives in memory."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageFilter

from kiosk.application.photo import PROMPTS, PhotoCheck, PhotoProblem, PhotoRules, check_photo, pose_of
from kiosk.application.photo_file import (
    OUTPUT_SIZE,
    FileProblem,
    FileRules,
    PhotoNotUsableError,
    application_photo,
    check_photo_file,
    crop_to_frame,
)
from kiosk.face.engine import Landmarks
from kiosk.images import load_image

pytestmark = pytest.mark.faces


def problems(check: PhotoCheck) -> list[str]:
    return [p.value for p in check.problems]


# -- the fixtures ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["obama_1.jpg", "obama_3.jpg"])
def test_good_portraits_keep_every_rule(photo, engine, name):
    check = check_photo(photo(name), engine)
    assert check.ok, check.as_dict()
    assert str(check.prompt) == PROMPTS["application.photo.ok"]


@pytest.mark.parametrize(("name", "broken"), [
    ("two_people.jpg", "multiple_people"),
    ("obama_partial_face.jpg", "off_centre"),
    ("obama_240p.jpg", "too_small"),
    # Good faces in front of a flag (obama_2) and the White House seal (obama_4): not 無背景.
    ("obama_2.jpg", "busy_background"),
    ("obama_4.jpg", "busy_background"),
])
def test_fixtures_that_break_a_rule_name_it(photo, engine, name, broken):
    check = check_photo(photo(name), engine)
    assert broken in problems(check), check.as_dict()
    assert not check.ok and check.prompt == check.problems[0].prompt


@pytest.mark.parametrize("name", ["obama_2.jpg", "obama_4.jpg"])
def test_the_obama_fixtures_faces_keep_the_face_rules(photo, engine, name):
    """Whatever is behind him, the face itself is frontal, open-eyed, lit evenly and sharp."""
    face_rules = {"not_frontal", "eyes_closed", "too_dark", "too_bright", "uneven_light", "blurry",
                  "multiple_people", "no_face"}
    assert not face_rules & set(problems(check_photo(photo(name), engine)))


def test_no_face_is_one_rule(engine):
    check = check_photo(np.full((600, 500, 3), 200, np.uint8), engine)
    assert problems(check) == ["no_face"] and check.frame is None


# -- variations of a good photo --------------------------------------------------------------------

@pytest.fixture(scope="module")
def good(faces):
    return load_image(faces / "obama_1.jpg")


def rotated(image: np.ndarray, degrees: float) -> np.ndarray:
    return np.asarray(Image.fromarray(image).rotate(degrees, resample=Image.Resampling.BICUBIC, center=(496, 230),
                                                    fillcolor=(120, 60, 50)))


def shaded(image: np.ndarray, pose, factor: float) -> np.ndarray:
    out = image.astype(np.float32)
    out[:, : int(pose.centre_x)] *= factor  # the left half of the picture, face included, in shadow
    return out.clip(0, 255).astype(np.uint8)


@pytest.mark.parametrize(("vary", "broken"), [
    (lambda im: np.ascontiguousarray(im[:, 330:]), "off_centre"),  # the face against the left edge
    (lambda im: np.asarray(Image.fromarray(im).resize((455, 568))), "too_small"),  # half the pixels
    (lambda im: rotated(im, 15), "not_frontal"),  # head tilted
    (lambda im: (im * 0.3).astype(np.uint8), "too_dark"),
    (lambda im: np.asarray(Image.fromarray(im).filter(ImageFilter.GaussianBlur(8))), "blurry"),
], ids=["off-centre", "too-small", "tilted", "dark", "blurry"])
def test_a_variation_that_breaks_one_rule_is_refused_with_it(good, engine, vary, broken):
    check = check_photo(vary(good.copy()), engine)
    assert broken in problems(check), check.as_dict()


def test_a_shadow_across_the_face_is_uneven_light(good, engine):
    pose = pose_of(engine.landmarks(good, engine.detect(good)[0]), PhotoRules())
    check = check_photo(shaded(good, pose, 0.5), engine)
    assert "uneven_light" in problems(check), check.as_dict()


def backdrop(good: np.ndarray, engine, pattern) -> np.ndarray:
    """obama_1 with everything around the head above the chin replaced by ``pattern(y, x)``."""
    pose = pose_of(engine.landmarks(good, engine.detect(good)[0]), PhotoRules())
    ys, xs = np.mgrid[0:good.shape[0], 0:good.shape[1]]
    radius = pose.head_height / 2 * 1.02
    head = ((xs - pose.centre_x) / (radius * 0.78)) ** 2 + ((ys - (pose.crown_y + pose.chin_y) / 2) / radius) ** 2 <= 1
    out = good.copy()
    around = ~head & (ys < pose.chin_y)
    out[around] = pattern(ys[around], xs[around])[:, None]
    return out


def test_a_plain_backdrop_passes_and_a_patterned_one_is_busy(good, engine):
    rng = np.random.default_rng(1)
    plain = backdrop(good, engine, lambda y, x: (225 + rng.normal(0, 2, y.shape)).clip(0, 255).astype(np.uint8))
    stripes = backdrop(good, engine, lambda y, x: np.where((x // 12) % 2 == 0, 235, 90).astype(np.uint8))
    calm, busy = check_photo(plain, engine), check_photo(stripes, engine)
    assert calm.ok and calm.measures["background_texture"] < 5, calm.as_dict()
    assert problems(busy) == ["busy_background"] and busy.measures["background_texture"] > 15


class ClosedEyes:
    """The real engine, with the eyelids of its landmarks closed (a blink, made in memory)."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def detect(self, image):
        return self.engine.detect(image)

    def landmarks(self, image, box):
        points = self.engine.landmarks(image, box).points.copy()
        for start in (36, 42):
            eye = points[start:start + 6]
            eye[:, 1] = eye[:, 1].mean()
        return Landmarks(points)


def test_closed_eyes_are_refused(good, engine):
    assert problems(check_photo(good, ClosedEyes(engine))) == ["eyes_closed"]


def test_every_rule_has_plain_japanese_words():
    for problem in PhotoProblem:
        assert PROMPTS[f"application.photo.{problem.value}"] == str(problem.prompt)
        assert not any(c.isascii() and c.isalpha() for c in str(problem.prompt))


# -- the crop and the file -------------------------------------------------------------------------

def test_the_accepted_photo_is_a_35_by_45_jpeg_within_the_file_rules(good, engine):
    check = check_photo(good, engine)
    data = application_photo(good, check)
    assert check_photo_file(data) == ()
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.size == OUTPUT_SIZE and image.mode == "RGB"
    again = check_photo(load_image(data), engine)  # the file itself keeps every rule
    assert again.ok, again.as_dict()
    share = again.measures["head_height"] / OUTPUT_SIZE[1]
    assert 32 / 45 <= share <= 36 / 45  # crown to chin 34 ± 2 mm of 45


def test_a_refused_photo_has_no_frame_to_crop(photo, engine):
    image = photo("two_people.jpg")
    with pytest.raises(PhotoNotUsableError, match="multiple_people"):
        crop_to_frame(image, check_photo(image, engine))


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def test_the_file_rules_name_what_is_wrong():
    noise = np.random.default_rng(0).integers(0, 255, (700, 560, 3), dtype=np.uint8)
    assert check_photo_file(encoded(Image.fromarray(noise), "JPEG")) == ()
    assert FileProblem.NOT_JPEG in check_photo_file(encoded(Image.fromarray(noise), "PNG"))
    assert check_photo_file(encoded(Image.fromarray(noise).convert("CMYK"), "JPEG")) == (FileProblem.NOT_RGB,)
    small = check_photo_file(encoded(Image.fromarray(noise[:400, :300]), "JPEG"))
    assert FileProblem.TOO_FEW_PIXELS in small
    assert check_photo_file(encoded(Image.new("RGB", (560, 720), "white"), "JPEG")) == (FileProblem.TOO_FEW_BYTES,)
    assert FileProblem.TOO_MANY_BYTES in check_photo_file(encoded(Image.fromarray(noise), "JPEG"),
                                                          FileRules(size_bytes=(1, 10_000)))
    assert check_photo_file(b"not an image") == (FileProblem.NOT_JPEG, FileProblem.TOO_FEW_BYTES)
