"""The face engine: detection, 68 landmarks and 128-d encodings through face_recognition (dlib).

Colour handling (issue 3: the card photo is greyscale JPEG 2000, live frames are colour): the
engine encodes **both sides in greyscale** — a live frame is converted to luminance and back to
three equal channels before encoding. Measured on the shared fixtures (bench/face.py): the same
photo encoded in colour and in grey is 0.16–0.21 apart; genuine grey-card vs colour-frame pairs
have a median distance of 0.417, grey vs grey 0.397, while impostors stay ≥ 0.70 either way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

# (top, right, bottom, left) in pixels, face_recognition's convention.
Box = tuple[int, int, int, int]


def _api():
    import face_recognition  # deferred: loading dlib models costs ~0.5 s
    from PIL import ImageFile

    # face_recognition sets this process-wide on import, which would let kiosk.images accept
    # truncated and corrupt pictures; we never use its file loader, so restore the default.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    return face_recognition


def to_grey_rgb(image: np.ndarray) -> np.ndarray:
    """ITU-R 601 luminance replicated into 3 channels (what the card photo looks like)."""
    if image.ndim == 2:
        grey = image
    else:
        grey = (image[..., 0] * 0.299 + image[..., 1] * 0.587 + image[..., 2] * 0.114).astype(np.uint8)
    return np.ascontiguousarray(np.repeat(grey[..., None], 3, axis=2))


def downscale(image: np.ndarray, width: int) -> tuple[np.ndarray, float]:
    """Resize to ``width`` pixels wide (never up); return the image and the factor back to full size."""
    h, w = image.shape[:2]
    if w <= width:
        return image, 1.0
    height = max(1, round(h * width / w))
    small = np.asarray(Image.fromarray(image).resize((width, height), Image.Resampling.BILINEAR))
    return small, w / width


@dataclass(frozen=True)
class Landmarks:
    """68-point landmarks of one face, as an (68, 2) float array in full-frame pixels."""

    points: np.ndarray

    @property
    def inter_ocular(self) -> float:
        left, right = self.points[36:42].mean(axis=0), self.points[42:48].mean(axis=0)
        return float(np.linalg.norm(right - left))

    def eye_aspect_ratio(self) -> float:
        """Mean EAR of both eyes (Soukupová & Čech 2016); drops sharply in a blink."""
        ratios: list[float] = []
        for start in (36, 42):
            eye = self.points[start:start + 6]
            vertical = float(np.linalg.norm(eye[1] - eye[5]) + np.linalg.norm(eye[2] - eye[4]))
            horizontal = 2.0 * float(np.linalg.norm(eye[0] - eye[3]))
            ratios.append(vertical / horizontal if horizontal else 0.0)
        return float(np.mean(ratios))


class FaceEngine:
    """Thin, stateless wrapper around face_recognition with the project's conventions."""

    def __init__(self, detect_width: int = 320, upsample: int = 1) -> None:
        self.detect_width = detect_width
        self.upsample = upsample
        self._fr = _api()

    def detect(self, image: np.ndarray) -> list[Box]:
        """Faces in an RGB image, largest first, in the full image's pixels.

        HOG runs on a copy ``detect_width`` wide (≈20 ms at 320). Only if that finds nothing does a
        second pass run at twice the width (≈80 ms): it finds the faces of people standing too far
        away, so the gate can say "closer" instead of "no face".
        """
        for width in (self.detect_width, 2 * self.detect_width):
            small, factor = downscale(image, width)
            boxes = self._fr.face_locations(small, number_of_times_to_upsample=self.upsample, model="hog")
            if boxes or factor == 1.0:
                break
        full = [tuple(round(v * factor) for v in box) for box in boxes]
        return sorted(full, key=lambda b: (b[2] - b[0]) * (b[1] - b[3]), reverse=True)

    def landmarks(self, image: np.ndarray, box: Box) -> Landmarks:
        """68 landmarks of the face in ``box``."""
        shape = self._fr.api.pose_predictor_68_point(image, self._fr.api._css_to_rect(box))
        return Landmarks(np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float64))

    def encode(self, image: np.ndarray, box: Box) -> np.ndarray:
        """128-d encoding of the face in ``box``, computed on the greyscale version of ``image``."""
        grey = to_grey_rgb(image)
        encodings = self._fr.face_encodings(grey, [box], num_jitters=1, model="small")
        return encodings[0]

    @staticmethod
    def distance(a: np.ndarray, b: np.ndarray) -> float:
        return float(np.linalg.norm(a - b))
