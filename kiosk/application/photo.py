"""The application photo's rules (issue 18 §2): can this camera frame or photo become the photo of
a card application, and where is the 4.5 × 3.5 cm frame in it?

The rules and where they come from (docs/application-support.md has the full table):

* 「正面、無帽、無背景」, taken within 6 months (seed 000/002: 「6ヶ月以内に撮影した顔写真」), 縦4.5cm ×
  横3.5cm — J-LIS's photo guidance for the card (kojinbango-card.go.jp); the seeds name the photo and
  its six months but not its geometry.
* The geometry of that 45 × 35 mm frame, shared with the passport photo: the head from crown to chin
  34 ± 2 mm, 4 ± 2 mm of space above the crown, the face centred.
* Not in focus, hand shake, shadows on the face or the background, eyes closed: refused.

Everything is measured with the face engine (``kiosk.face.engine``: HOG detection and 68 landmarks,
the same dlib models as the face gate) and approximated where a photo booth's operator would judge by
eye: the crown is estimated from the landmarks (hair included, :attr:`PhotoRules.crown_above_brows`),
"no hat" is "the top of the head is inside the frame with its margin", "plain background" is "no
edges or patterns around the head". Each failed rule is a :class:`PhotoProblem`, a stable code with
plain Japanese words (:attr:`PhotoProblem.prompt`).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol

import numpy as np
from PIL import Image

from kiosk.face.engine import Box, Landmarks
from kiosk.face.quality import GateConfig, luminance, sharpness
from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup

PROMPTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("application.photo.ok", "この 写真で 申請できます"),
    QT_TRANSLATE_NOOP("application.photo.no_face", "お顔が 写っていません。カメラの ほうを 向いてください"),
    QT_TRANSLATE_NOOP("application.photo.multiple_people", "お一人だけで 写ってください"),
    QT_TRANSLATE_NOOP("application.photo.too_large", "もう少し カメラから 離れてください"),
    QT_TRANSLATE_NOOP("application.photo.too_small", "もう少し カメラに 近づいてください"),
    QT_TRANSLATE_NOOP("application.photo.off_centre", "お顔を 枠の まんなかに 合わせてください"),
    QT_TRANSLATE_NOOP("application.photo.head_cut_off", "頭の 上まで 写るように してください。帽子は 取ってください"),
    QT_TRANSLATE_NOOP("application.photo.not_frontal", "顔を まっすぐ 正面に 向けて、首を かたむけないでください"),
    QT_TRANSLATE_NOOP("application.photo.eyes_closed", "目を 開けて カメラを 見てください"),
    QT_TRANSLATE_NOOP("application.photo.too_dark", "暗すぎます。明るい ところで 撮りましょう"),
    QT_TRANSLATE_NOOP("application.photo.too_bright", "明るすぎます。光が 直接 当たらない ところで 撮りましょう"),
    QT_TRANSLATE_NOOP("application.photo.uneven_light",
                      "お顔に 影が あります。光が 顔全体に 当たるように してください"),
    QT_TRANSLATE_NOOP("application.photo.blurry", "写真が ぼやけています。動かずに そのまま お待ちください"),
    QT_TRANSLATE_NOOP("application.photo.busy_background",
                      "うしろに 模様や 物が 写っています。無地の 壁の 前に 立ってください"),
))


class PhotoProblem(Enum):
    """A rule the photo breaks, in the order a resident is asked to fix them (the first is spoken)."""

    NO_FACE = "no_face"
    MULTIPLE_PEOPLE = "multiple_people"  # exactly one person
    TOO_LARGE = "too_large"  # the right size for the frame...
    TOO_SMALL = "too_small"  # ...and enough pixels for the file
    OFF_CENTRE = "off_centre"  # centred
    HEAD_CUT_OFF = "head_cut_off"  # no hat (approximated: the top of the head is in the frame)
    NOT_FRONTAL = "not_frontal"  # frontal: neither turned nor tilted
    EYES_CLOSED = "eyes_closed"
    TOO_DARK = "too_dark"  # even light...
    TOO_BRIGHT = "too_bright"
    UNEVEN_LIGHT = "uneven_light"  # ...and no shadow on the face
    BLURRY = "blurry"  # no blur or shake
    BUSY_BACKGROUND = "busy_background"  # plain background

    @property
    def prompt(self) -> Message:
        """The plain Japanese words shown and spoken for this rule."""
        return lookup(PROMPTS, f"application.photo.{self.value}")


OK_PROMPT = lookup(PROMPTS, "application.photo.ok")


@dataclass(frozen=True)
class PhotoRules:
    """The thresholds. Proportions are of the 45 mm frame height: ``(least, nominal, most)``.

    :param head_share: crown-to-chin height over frame height, 34 ± 2 mm of 45.
    :param top_margin: space above the crown over frame height, 4 ± 2 mm of 45.
    :param aspect: frame width over height, 35 / 45.
    :param crown_above_brows: the crown (hair included) this many brow-to-chin lengths above the
        brows; measured on the shared fixtures: 0.67 (obama_4), 0.68 (obama_1), 0.79 (biden_2, more
        hair). An underestimate crops a little hair, which the 2–6 mm margin absorbs.
    :param min_crop_width: the frame in the source must be this wide (pixels): the file is 560 px
        wide (``kiosk.application.photo_file``, the online application asks for at least 480), so
        a frame is never enlarged more than 1.4×; a face farther away is "come closer".
    :param max_roll_degrees: the line between the eyes may tilt this much.
    :param max_yaw: the nose tip may be off the eyes' midpoint by this share of the eye distance
        (a head turned by about 15°).
    :param min_eye_aspect: eye aspect ratio (Soukupová & Čech) below which an eye counts as closed.
    :param secondary_face_ratio: another face this share of the main one's size is a second person
        (the face gate's rule, ``GateConfig``).
    :param brightness: least and most mean luminance of the face (0–255).
    :param min_light_balance: the darker cheek at least this share of the brighter one.
    :param min_sharpness: the face gate's sharpness floor (``kiosk.face.quality.sharpness``).
    :param max_background_texture: mean luminance gradient of the background beside and above the
        head, the frame resampled to :data:`ANALYSIS_SIZE`. A plain backdrop measures ≈ 3.5 (the
        hair's edge); the fixtures' out-of-focus rooms 7–9.5; a flag, a seal, curtain folds or a crowd behind the
        head 11–13.5 (tests/application/test_photo_rules.py).
    """

    head_share: tuple[float, float, float] = (32 / 45, 34 / 45, 36 / 45)
    top_margin: tuple[float, float, float] = (2 / 45, 4 / 45, 6 / 45)
    aspect: float = 35 / 45
    crown_above_brows: float = 0.68
    min_crop_width: int = 400
    max_roll_degrees: float = 8.0
    max_yaw: float = 0.25
    min_eye_aspect: float = 0.15
    secondary_face_ratio: float = GateConfig.secondary_face_ratio
    brightness: tuple[float, float] = (55.0, 215.0)
    min_light_balance: float = 0.75
    min_sharpness: float = GateConfig.min_sharpness
    max_background_texture: float = 10.5


ANALYSIS_SIZE = (140, 180)  # (width, height) the frame is resampled to for the background measure
GRID = 9  # head shares and margins tried between the least and the most


class FaceFinder(Protocol):
    """What the rules need of a face engine (``kiosk.face.engine.FaceEngine``)."""

    def detect(self, image: np.ndarray) -> list[Box]: ...

    def landmarks(self, image: np.ndarray, box: Box) -> Landmarks: ...


@dataclass(frozen=True)
class PhotoFrame:
    """The 35:45 frame in source pixels (floats; :meth:`box` rounds them)."""

    left: float
    top: float
    width: float
    height: float

    def box(self) -> tuple[int, int, int, int]:
        """``(left, top, right, bottom)`` in whole pixels, for cropping."""
        left, top = round(self.left), round(self.top)
        return left, top, left + round(self.width), top + round(self.height)


@dataclass(frozen=True)
class FacePose:
    """What the landmarks say about one face (source pixels, degrees)."""

    crown_y: float
    chin_y: float
    centre_x: float
    roll: float
    yaw: float
    eye_aspect: float

    @property
    def head_height(self) -> float:
        return self.chin_y - self.crown_y


def pose_of(landmarks: Landmarks, rules: PhotoRules) -> FacePose:
    """The pose of one face from its 68 landmarks (iBUG numbering)."""
    p = landmarks.points
    brows, chin = float(p[17:27, 1].mean()), float(p[8, 1])
    left_eye, right_eye = p[36:42].mean(axis=0), p[42:48].mean(axis=0)
    dx, dy = right_eye - left_eye
    eyes = float(math.hypot(dx, dy)) or 1.0
    nose_off = float(p[30, 0] - (left_eye[0] + right_eye[0]) / 2)
    return FacePose(crown_y=brows - rules.crown_above_brows * (chin - brows), chin_y=chin,
                    centre_x=float((p[27:31, 0].mean() + p[8, 0]) / 2), roll=math.degrees(math.atan2(dy, dx)),
                    yaw=nose_off / eyes, eye_aspect=landmarks.eye_aspect_ratio())


@dataclass(frozen=True)
class PhotoCheck:
    """The verdict on one image: every broken rule (empty: usable), the frame to crop when the
    geometry allows one, and the measures behind the verdict."""

    problems: tuple[PhotoProblem, ...]
    frame: PhotoFrame | None = None
    measures: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def prompt(self) -> Message:
        """What to say now: the first rule to fix, or that the photo can be used."""
        return self.problems[0].prompt if self.problems else OK_PROMPT

    def as_dict(self) -> dict[str, Any]:
        """The verdict as plain data (``application photo-check --json``)."""
        return {"ok": self.ok, "failed": [{"rule": p.value, "message": str(p.prompt)} for p in self.problems],
                "frame": None if self.frame is None else dict(zip(("left", "top", "right", "bottom"),
                                                                  self.frame.box(), strict=True)),
                "measures": {k: round(v, 3) for k, v in self.measures.items()}}


def _ordered(low: float, nominal: float, high: float) -> list[float]:
    """``GRID`` values from ``low`` to ``high``, nearest ``nominal`` first."""
    return sorted(np.linspace(low, high, GRID).tolist(), key=lambda v: abs(v - nominal))


def place_frame(pose: FacePose, size: tuple[int, int],
                rules: PhotoRules) -> tuple[PhotoFrame | None, list[PhotoProblem]]:
    """The frame nearest the nominal proportions that lies wholly in an image of ``size`` (w, h),
    or the geometric rules that no frame within the tolerances can keep."""
    width, height = size
    head = pose.head_height
    least_share, share, most_share = rules.head_share
    least_margin, margin, most_margin = rules.top_margin
    smallest = head / most_share  # the tightest frame the rules allow
    if smallest > height or smallest * rules.aspect > width:
        return None, [PhotoProblem.TOO_LARGE]
    problems = []
    if pose.crown_y - least_margin * smallest < 0:
        problems.append(PhotoProblem.HEAD_CUT_OFF)
    half = smallest * rules.aspect / 2
    if (pose.centre_x - half < 0 or pose.centre_x + half > width
            or pose.crown_y - most_margin * smallest + smallest > height):
        problems.append(PhotoProblem.OFF_CENTRE)
    if problems:
        return None, problems
    tried = itertools.product(_ordered(least_share, share, most_share), _ordered(least_margin, margin, most_margin))
    for head_share, top_margin in sorted(tried, key=lambda t: abs(t[0] - share) / (most_share - least_share)
                                         + abs(t[1] - margin) / (most_margin - least_margin)):
        frame_h = head / head_share
        frame = PhotoFrame(pose.centre_x - frame_h * rules.aspect / 2, pose.crown_y - top_margin * frame_h,
                           frame_h * rules.aspect, frame_h)
        if frame.left >= 0 and frame.top >= 0 and frame.left + frame.width <= width and frame.top + frame_h <= height:
            return frame, []
    return None, [PhotoProblem.OFF_CENTRE]


def _region(grey: np.ndarray, top: float, bottom: float, left: float, right: float) -> np.ndarray:
    return grey[max(0, int(top)):max(0, int(bottom)), max(0, int(left)):max(0, int(right))]


def light_measures(grey: np.ndarray, landmarks: Landmarks) -> tuple[float, float]:
    """Mean luminance of the face (brows to chin, jaw to jaw) and the balance of its two cheeks
    (the darker over the brighter, 1.0 = even)."""
    p = landmarks.points
    face = _region(grey, p[17:27, 1].mean(), p[8, 1], p[0, 0], p[16, 0])
    eyes_y, mouth_y, nose_x = p[36:48, 1].mean(), p[[48, 54], 1].mean(), p[27:31, 0].mean()
    left = _region(grey, eyes_y, mouth_y, p[1, 0] + 0.1 * (nose_x - p[1, 0]), nose_x)
    right = _region(grey, eyes_y, mouth_y, nose_x, p[15, 0] - 0.1 * (p[15, 0] - nose_x))
    if not (face.size and left.size and right.size):
        return 0.0, 0.0
    sides = sorted((float(left.mean()), float(right.mean())))
    return float(face.mean()), sides[0] / sides[1] if sides[1] else 0.0


def background_texture(grey: np.ndarray, frame: PhotoFrame, pose: FacePose) -> float:
    """Mean absolute luminance gradient of the frame's background: above the chin, outside an
    ellipse around the head; on the frame resampled to :data:`ANALYSIS_SIZE` (JPEG noise and a
    camera's grain average out, patterns and objects do not)."""
    left, top, right, bottom = frame.box()
    crop = Image.fromarray(grey[top:bottom, left:right].astype(np.uint8)).resize(ANALYSIS_SIZE, Image.Resampling.BOX)
    g = np.asarray(crop, dtype=np.float32)
    scale = ANALYSIS_SIZE[1] / frame.height
    ys, xs = np.mgrid[0:g.shape[0], 0:g.shape[1]]
    centre_x, centre_y = (pose.centre_x - frame.left) * scale, ((pose.crown_y + pose.chin_y) / 2 - frame.top) * scale
    radius_y = pose.head_height * scale / 2 * 1.1
    head = ((xs - centre_x) / (radius_y * 0.8)) ** 2 + ((ys - centre_y) / radius_y) ** 2 <= 1
    background = ~head & (ys < (pose.chin_y - frame.top) * scale)
    gradient = np.zeros_like(g)
    gradient[:-1, :-1] = np.abs(np.diff(g, axis=1))[:-1, :] + np.abs(np.diff(g, axis=0))[:, :-1]
    inner = background.copy()
    inner[-1, :], inner[:, -1] = False, False
    return float(gradient[inner].mean()) if inner.any() else 0.0


def people_in(boxes: list[Box], rules: PhotoRules) -> int:
    """Faces that count as people: the largest, and others at least ``secondary_face_ratio`` its
    height (smaller ones are a poster or someone far behind), as the face gate counts them."""
    if not boxes:
        return 0
    main = boxes[0][2] - boxes[0][0]
    return 1 + sum(1 for b in boxes[1:] if (b[2] - b[0]) >= rules.secondary_face_ratio * main)


def check_photo(image: np.ndarray, engine: FaceFinder, rules: PhotoRules = PhotoRules()) -> PhotoCheck:
    """Judge ``image`` (H×W×3 RGB uint8) against every rule; nothing is kept or written."""
    boxes = engine.detect(image)
    if not boxes:
        return PhotoCheck((PhotoProblem.NO_FACE,))
    landmarks = engine.landmarks(image, boxes[0])
    pose = pose_of(landmarks, rules)
    height, width = image.shape[:2]
    frame, problems = place_frame(pose, (width, height), rules)
    grey = luminance(image)
    brightness, balance = light_measures(grey, landmarks)
    top, right, bottom, left = boxes[0]
    sharp = sharpness(_region(grey, top, bottom, left, right))
    measures = {"roll_degrees": pose.roll, "yaw": pose.yaw, "eye_aspect": pose.eye_aspect,
                "brightness": brightness, "light_balance": balance, "sharpness": sharp,
                "head_height": pose.head_height}
    if people_in(boxes, rules) > 1:
        problems.append(PhotoProblem.MULTIPLE_PEOPLE)
    measures["frame_width"] = frame.width if frame else pose.head_height / rules.head_share[1] * rules.aspect
    if measures["frame_width"] < rules.min_crop_width:
        problems.append(PhotoProblem.TOO_SMALL)
    if frame is not None:
        measures["background_texture"] = background_texture(grey, frame, pose)
        if measures["background_texture"] > rules.max_background_texture:
            problems.append(PhotoProblem.BUSY_BACKGROUND)
    if abs(pose.roll) > rules.max_roll_degrees or abs(pose.yaw) > rules.max_yaw:
        problems.append(PhotoProblem.NOT_FRONTAL)
    if pose.eye_aspect < rules.min_eye_aspect:
        problems.append(PhotoProblem.EYES_CLOSED)
    low, high = rules.brightness
    if brightness < low:
        problems.append(PhotoProblem.TOO_DARK)
    elif brightness > high:
        problems.append(PhotoProblem.TOO_BRIGHT)
    elif balance < rules.min_light_balance:
        problems.append(PhotoProblem.UNEVEN_LIGHT)
    if sharp < rules.min_sharpness:
        problems.append(PhotoProblem.BLURRY)
    order = list(PhotoProblem)
    return PhotoCheck(tuple(sorted(problems, key=order.index)), frame, measures)
