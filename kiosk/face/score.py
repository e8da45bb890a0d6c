"""A similarity score for staff (issue 5 §3): the card photo against the person at the counter
camera. The score informs; staff decide. 1.0 is identical, 0.0 very different: ``1 − distance``,
so the verifier's accept threshold (0.55) sits at a score of 0.45."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from kiosk.camera import Camera, CameraError
from kiosk.face.engine import FaceEngine, to_grey_rgb
from kiosk.face.live import camera_frames
from kiosk.face.quality import assess


class CameraFaceScorer:
    """Scores from the first few good frames of ``camera_factory()`` (median of ``frames``)."""

    def __init__(self, camera_factory: Callable[[], Camera], engine: FaceEngine | None = None, frames: int = 3,
                 timeout: float = 5.0) -> None:
        self.camera_factory = camera_factory
        self._engine = engine
        self.frames, self.timeout = frames, timeout

    @property
    def engine(self) -> FaceEngine:
        if self._engine is None:
            self._engine = FaceEngine()
        return self._engine

    def score(self, card_photo: np.ndarray) -> float | None:
        """None when no face could be measured (no camera, no face in time, unusable photo)."""
        engine = self.engine
        photo = to_grey_rgb(card_photo)
        boxes = engine._fr.face_locations(photo, number_of_times_to_upsample=1)
        if len(boxes) != 1:  # the staff then decide on the photo alone
            return None
        card = engine.encode(photo, boxes[0])
        distances: list[float] = []
        deadline = time.monotonic() + self.timeout
        stream = camera_frames(self.camera_factory())
        try:
            for frame in stream:
                if time.monotonic() > deadline:
                    break
                quality = assess(frame.image, engine.detect(frame.image))
                if quality.ok and quality.box is not None:  # assess() gives every passing frame its box
                    distances.append(engine.distance(card, engine.encode(frame.image, quality.box)))
                    if len(distances) >= self.frames:
                        break
        except CameraError:
            return None
        finally:
            stream.close()
        return round(max(0.0, 1.0 - float(np.median(distances))), 3) if distances else None
