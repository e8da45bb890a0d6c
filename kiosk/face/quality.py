"""Quality gate for one camera frame (issue 3): exactly one face, inside the on-screen guide,
large enough, sharp enough, lit enough — or the reason to show and speak.

All geometry is relative to the frame, so the same configuration works at any resolution. The
defaults fit a kiosk camera at arm's length; they were checked against the shared fixtures and
the scripted scenes of ``simulators.camera`` (tests/face/test_quality.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np
from PIL import Image

from kiosk.face.engine import Box
from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup

PROMPTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("face.prompt.ok", "そのまま お待ちください"),
    QT_TRANSLATE_NOOP("face.prompt.no_face", "カメラの ほうに お顔を 向けてください"),
    QT_TRANSLATE_NOOP("face.prompt.multiple_faces", "お一人ずつ カメラの 前に お立ちください"),
    QT_TRANSLATE_NOOP("face.prompt.off_centre", "お顔を 画面の 枠の 中に 入れてください"),
    QT_TRANSLATE_NOOP("face.prompt.too_small", "もう少し 近づいてください"),
    QT_TRANSLATE_NOOP("face.prompt.too_large", "もう少し 離れてください"),
    QT_TRANSLATE_NOOP("face.prompt.too_dark", "お顔が 暗く 写っています。帽子を 取るか、明るい ほうを 向いてください"),
    QT_TRANSLATE_NOOP("face.prompt.too_bright", "まぶしすぎます。少し 横に 動いてください"),
    QT_TRANSLATE_NOOP("face.prompt.blurry", "動かずに そのまま お待ちください"),
))


class QualityReason(Enum):
    """Why a frame is not usable yet; :attr:`prompt` is what a resident hears and reads."""

    OK = "ok"
    NO_FACE = "no_face"
    MULTIPLE_FACES = "multiple_faces"
    OFF_CENTRE = "off_centre"
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"
    TOO_DARK = "too_dark"
    TOO_BRIGHT = "too_bright"
    BLURRY = "blurry"

    @property
    def prompt(self) -> Message:
        return lookup(PROMPTS, f"face.prompt.{self.value}")


@dataclass(frozen=True)
class GateConfig:
    """Thresholds of the gate. Fractions are of the frame's width/height.

    :param guide_centre: centre of the on-screen face guide.
    :param guide_tolerance: how far (fraction of width, height) the face centre may be from it.
    :param min_face_height: face box height ≥ this share of the frame height (closer!).
    :param max_face_height: ≤ this share (step back!).
    :param secondary_face_ratio: other faces at least this share of the main face's height count
        as a second person; smaller ones are the background (a waiting room).
    :param min_brightness / max_brightness: mean luminance of the face box (0–255).
    :param min_sharpness: variance of the Laplacian of the face box, resampled to 64 px high.
    """

    guide_centre: tuple[float, float] = (0.5, 0.45)
    guide_tolerance: tuple[float, float] = (0.25, 0.25)
    min_face_height: float = 0.13
    max_face_height: float = 0.85
    secondary_face_ratio: float = 0.5
    min_brightness: float = 45.0
    max_brightness: float = 225.0
    min_sharpness: float = 25.0


@dataclass(frozen=True)
class QualityResult:
    reason: QualityReason
    box: Box | None = None
    faces: int = 0
    brightness: float = 0.0
    sharpness: float = 0.0

    @property
    def ok(self) -> bool:
        return self.reason is QualityReason.OK


def luminance(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image.astype(np.float32)
    return image[..., 0] * 0.299 + image[..., 1] * 0.587 + image[..., 2] * 0.114


SHARPNESS_SIZE = 96


def sharpness(grey: np.ndarray) -> float:
    """Variance of a 4-neighbour Laplacian over the crop area-resampled to 96×96, so the value
    does not depend on how many pixels the face covers."""
    if min(grey.shape[:2]) < 3:
        return 0.0
    g = np.asarray(Image.fromarray(grey.astype(np.uint8)).resize((SHARPNESS_SIZE, SHARPNESS_SIZE),
                                                                   Image.Resampling.BOX), dtype=np.float32)
    lap = g[1:-1, :-2] + g[1:-1, 2:] + g[:-2, 1:-1] + g[2:, 1:-1] - 4 * g[1:-1, 1:-1]
    return float(lap.var())


def assess(image: np.ndarray, boxes: list[Box], config: GateConfig = GateConfig()) -> QualityResult:
    """Judge a frame given the faces detected in it (largest first)."""
    if not boxes:
        return QualityResult(QualityReason.NO_FACE)
    h, w = image.shape[:2]
    main = boxes[0]
    top, right, bottom, left = main
    face_h = bottom - top
    people = 1 + sum(1 for b in boxes[1:] if (b[2] - b[0]) >= config.secondary_face_ratio * face_h)
    if people > 1:
        return QualityResult(QualityReason.MULTIPLE_FACES, main, people)
    cx, cy = (left + right) / 2 / w, (top + bottom) / 2 / h
    gx, gy = config.guide_centre
    tx, ty = config.guide_tolerance
    # The detector clamps boxes to the frame: a box touching an edge is a face partly out of view.
    margin = 2
    cut = top < margin or left < margin or bottom > h - margin or right > w - margin
    if cut or abs(cx - gx) > tx or abs(cy - gy) > ty:
        return QualityResult(QualityReason.OFF_CENTRE, main, people)
    if face_h < config.min_face_height * h:
        return QualityResult(QualityReason.TOO_SMALL, main, people)
    if face_h > config.max_face_height * h:
        return QualityResult(QualityReason.TOO_LARGE, main, people)
    crop = luminance(image[max(0, top):bottom, max(0, left):right])
    bright = float(crop.mean()) if crop.size else 0.0
    if bright < config.min_brightness:
        return QualityResult(QualityReason.TOO_DARK, main, people, bright)
    if bright > config.max_brightness:
        return QualityResult(QualityReason.TOO_BRIGHT, main, people, bright)
    sharp = sharpness(crop)
    if sharp < config.min_sharpness:
        return QualityResult(QualityReason.BLURRY, main, people, bright, sharp)
    return QualityResult(QualityReason.OK, main, people, bright, sharp)
