"""The card-placement picture (issue 6 §4): every reader model draws in both directions and on a
white and a black theme, the card moves, the loop runs only while shown; screenshots for review."""

from __future__ import annotations

import ctypes
import sys

import PySide6
import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage

from kiosk.reader_models import READER_MODELS, reader_model
from ui import theme
from ui.placement import CARD_FACE, DIRECTIONS, PlacementAnimation, frame_at

MODELS = sorted(READER_MODELS)
DARK = ("#FFFFFF", "#000000", "#FFE14D")  # foreground, background, accent of a high-contrast theme

# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a void Qt method (None is
# immortal only from 3.12; 6.11.3 is fine), about 80 per painted frame. This module paints ~100 frames,
# enough to bring None's count to zero and abort the interpreter. Each test gives back what it took, so
# the module leaves the count as it found it; test_qt_calls_keep_none_alive reports the bug meanwhile.
LEAKY_PYSIDE = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"


@pytest.fixture(autouse=True)
def _none_given_back():
    before = sys.getrefcount(None)
    yield
    for _ in range(before - sys.getrefcount(None)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


@pytest.fixture
def picture(qtbot):
    widget = PlacementAnimation()
    qtbot.addWidget(widget)
    return widget


def frame(widget: PlacementAnimation, t: float) -> QImage:
    widget.set_progress(t)
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def count(image: QImage, colour: str, area: QRectF | None = None, tolerance: int = 8) -> int:
    """Pixels within ``tolerance`` of ``colour`` (in ``area``, clipped to the image)."""
    target = QColor(colour)
    box = (area.toAlignedRect() if area else image.rect()).intersected(image.rect())
    return sum(1 for y in range(box.top(), box.bottom() + 1, 2) for x in range(box.left(), box.right() + 1, 2)
               if _close(QColor(image.pixel(x, y)), target, tolerance))


def _close(a: QColor, b: QColor, tolerance: int) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tolerance


def differing(a: QImage, b: QImage, area: QRectF) -> int:
    box: QRect = area.toAlignedRect().intersected(a.rect())
    return sum(1 for y in range(box.top(), box.bottom() + 1, 2) for x in range(box.left(), box.right() + 1, 2)
               if a.pixel(x, y) != b.pixel(x, y))


def test_frames_run_from_hand_to_reader_then_confirm():
    assert frame_at(0.0, "place").placed == 0.0 and frame_at(1.0, "place").placed == 1.0
    assert frame_at(0.0, "take").placed == 1.0 and frame_at(1.0, "take").placed == 0.0
    placed = [frame_at(t / 20, "place").placed for t in range(21)]
    assert placed == sorted(placed)
    assert not frame_at(0.5, "place").check and frame_at(0.8, "place").pulse > 0 and frame_at(0.95, "place").check
    assert frame_at(0.95, "place").pulse == 0 and frame_at(0.5, "take").opacity == 1.0


@pytest.mark.parametrize("direction", DIRECTIONS)
@pytest.mark.parametrize("key", MODELS)
@pytest.mark.parametrize("colours", [None, DARK], ids=["white", "dark"])
def test_every_model_draws_the_card_moving(picture, key, direction, colours):
    picture.set_model(reader_model(key))
    picture.set_direction(direction)
    if colours:
        picture.set_colours(*colours)
    foreground, background, _ = colours or (theme.TEXT, theme.BACKGROUND, theme.ACCENT)
    images = {t: frame(picture, t) for t in (0.0, 0.5, 1.0)}
    size = images[0.0].width() * images[0.0].height() / 4  # count() samples every other pixel
    for t, image in images.items():
        assert count(image, background) < 0.85 * size, f"t={t}: blank"
        assert count(image, foreground, tolerance=40) > 300, f"t={t}: no outlines"
    start = picture.card_bounds(frame_at(0.0, direction).placed)
    end = picture.card_bounds(frame_at(1.0, direction).placed)
    assert (start.center() - end.center()).manhattanLength() > 30
    # The card really is where its bounds say: the picture changes there and its face shows at t=1.
    assert differing(images[0.0], images[1.0], start) > 100 and differing(images[0.0], images[1.0], end) > 100
    assert count(images[1.0], CARD_FACE, end, tolerance=2) > 150


def test_the_card_face_is_the_front_or_the_back(picture):
    """Face up shows the photo's blue; face down shows the back, no photo."""
    photo = "#7F9CC2"
    picture.set_model(reader_model("generic-flat"))
    front = frame(picture, 1.0)
    picture.set_model(reader_model("flat-face-down"))
    back = frame(picture, 1.0)
    area = picture.card_bounds(1.0)
    assert count(front, photo, area, tolerance=2) > 50 and count(back, photo, area, tolerance=2) == 0


def test_the_loop_runs_only_while_shown(picture, qtbot):
    assert not picture.is_animating()
    picture.show()
    qtbot.waitExposed(picture)
    assert picture.is_animating()
    qtbot.waitUntil(lambda: picture.progress() > 0.05, timeout=2000)
    picture.hide()
    assert not picture.is_animating()
    picture.set_progress(0.3)  # pinned: showing does not restart the loop
    picture.show()
    assert not picture.is_animating() and picture.progress() == 0.3
    picture.play()
    assert picture.is_animating()
    picture.hide()
    assert not picture.is_animating()


def test_scale_grows_the_widget_and_the_drawing(picture):
    bounds = picture.card_bounds(1.0)
    face = count(frame(picture, 1.0), CARD_FACE, bounds, tolerance=2)
    picture.set_scale(1.5)
    assert (picture.width(), picture.height()) == (570, 360)
    grown = picture.card_bounds(1.0)
    assert grown.width() == pytest.approx(bounds.width() * 1.5) and grown.top() == pytest.approx(bounds.top() * 1.5)
    assert count(frame(picture, 1.0), CARD_FACE, grown, tolerance=2) > 2.0 * face  # area: 1.5² = 2.25


@pytest.mark.xfail(LEAKY_PYSIDE, strict=True,
                   reason="PySide6 6.12.0 decrements None on void calls (CPython < 3.12: None is not immortal)")
def test_qt_calls_keep_none_alive(picture):
    before = sys.getrefcount(None)
    for t in (0.2, 0.4, 0.6, 0.8):
        frame(picture, t)
    assert sys.getrefcount(None) >= before - 20  # a few Nones held by temporaries, not hundreds


def test_bad_arguments_are_refused(picture):
    with pytest.raises(ValueError):
        picture.set_direction("throw")
    with pytest.raises(ValueError):
        picture.set_scale(0)


@pytest.mark.parametrize("direction", DIRECTIONS)
@pytest.mark.parametrize("key", MODELS)
def test_screenshots(picture, screenshot, key, direction):
    """``build/screenshots/placement_<model>_<direction>[_dark].png`` at mid-loop, for review."""
    picture.set_model(reader_model(key))
    picture.set_direction(direction)
    picture.set_progress(0.5)
    assert screenshot(picture, f"placement_{key}_{direction}").stat().st_size > 0
    picture.set_colours(*DARK)
    assert screenshot(picture, f"placement_{key}_{direction}_dark").stat().st_size > 0
