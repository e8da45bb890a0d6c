"""Liveness arithmetic on synthetic landmarks: any affine motion of a flat picture leaves no
residual; expression change and blinks do (kiosk/face/liveness.py)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.face.engine import Landmarks
from kiosk.face.liveness import LivenessConfig, LivenessTracker, affine_residual

RNG = np.random.default_rng(0)
BASE = RNG.uniform(100, 300, (68, 2))
BASE[36:42] = [(150, 200), (160, 195), (170, 195), (180, 200), (170, 205), (160, 205)]  # open left eye
BASE[42:48] = [(220, 200), (230, 195), (240, 195), (250, 200), (240, 205), (230, 205)]  # open right eye


def closed(points: np.ndarray) -> np.ndarray:
    shut = points.copy()
    for start in (36, 42):
        shut[start + 1:start + 3, 1] = shut[start, 1] - 0.5
        shut[start + 4:start + 6, 1] = shut[start, 1] + 0.5
    return shut


@given(st.floats(-0.5, 0.5), st.floats(0.6, 1.6), st.floats(-0.3, 0.3), st.floats(-80, 80), st.floats(-80, 80))
@settings(max_examples=60)
def test_affine_motion_of_a_flat_picture_leaves_no_residual(angle, scale, shear, dx, dy):
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    matrix = scale * rotation @ np.array([[1, shear], [0, 1]])
    moved = BASE @ matrix.T + (dx, dy)
    assert affine_residual(BASE, moved) < 1e-6


def feed(frames: list[np.ndarray], config: LivenessConfig | None = None) -> LivenessTracker:
    tracker = LivenessTracker(config or LivenessConfig())
    for i, points in enumerate(frames):
        tracker.add(Landmarks(points), i * 0.15)
    return tracker


def test_a_still_with_detector_noise_is_not_live():
    frames = [BASE + RNG.normal(0, 0.3, BASE.shape) for _ in range(6)]
    assert not feed(frames).is_live()


def test_non_rigid_motion_is_live():
    mouth_open = BASE.copy()
    mouth_open[48:68, 1] += 12  # jaw drops while speaking
    frames = [BASE, BASE, mouth_open, BASE, mouth_open]
    tracker = feed(frames)
    assert tracker.is_live() and tracker.motion() > 0.035


def test_a_blink_on_large_eyes_is_live_without_other_motion():
    scale = 1.0  # inter-ocular distance 70 px: measurable
    frames = [BASE * scale, BASE, closed(BASE), BASE, BASE]
    tracker = feed(frames, LivenessConfig(motion_threshold=10.0))
    assert tracker.blinked() and tracker.is_live()


def test_blinks_are_ignored_on_eyes_too_small_to_measure():
    small = BASE * 0.5  # inter-ocular 35 px
    frames = [small, small, closed(small), small, small]
    assert not feed(frames, LivenessConfig(motion_threshold=10.0)).blinked()


@pytest.mark.parametrize("frames", [1, 2])
def test_no_verdict_before_enough_frames(frames):
    mouth = BASE.copy()
    mouth[48:68, 1] += 12
    assert not feed([BASE, mouth, BASE][:frames]).is_live()
