"""Compare two still images (``myna-kiosk face compare``): distance and the default decision."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from kiosk.face.engine import FaceEngine
from kiosk.face.errors import FaceNotFoundError
from kiosk.face.verifier import DEFAULT_CONFIG, Outcome, VerifierConfig


@dataclass(frozen=True)
class Comparison:
    distance: float
    outcome: Outcome
    faces: tuple[int, int]
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"distance": round(self.distance, 4), "decision": self.outcome.value,
                "faces": list(self.faces), "timings_ms": {k: round(v, 1) for k, v in self.timings.items()}}


def outcome_for(distance: float, config: VerifierConfig = DEFAULT_CONFIG) -> Outcome:
    """The decision the verifier's thresholds give one distance (stills carry no liveness)."""
    if distance <= config.accept_threshold:
        return Outcome.MATCH
    if distance >= config.reject_threshold:
        return Outcome.NO_MATCH
    return Outcome.UNDECIDED


def compare(a: np.ndarray, b: np.ndarray, engine: FaceEngine | None = None,
            config: VerifierConfig = DEFAULT_CONFIG) -> Comparison:
    """Encode the largest face of each RGB image (greyscale, as the verifier does) and compare.

    :raises FaceNotFoundError: an image holds no face.
    """
    timings: dict[str, float] = {}
    start = time.perf_counter()
    engine = engine or FaceEngine()
    timings["load_engine"] = (time.perf_counter() - start) * 1000
    encodings, counts = [], []
    for name, image in (("a", a), ("b", b)):
        start = time.perf_counter()
        boxes = engine.detect(image) or engine._fr.face_locations(image, number_of_times_to_upsample=1)
        timings[f"detect_{name}"] = (time.perf_counter() - start) * 1000
        if not boxes:
            raise FaceNotFoundError(f"no face in image {name.upper()}")
        start = time.perf_counter()
        encodings.append(engine.encode(image, boxes[0]))
        timings[f"encode_{name}"] = (time.perf_counter() - start) * 1000
        counts.append(len(boxes))
    distance = engine.distance(*encodings)
    return Comparison(distance, outcome_for(distance, config), (counts[0], counts[1]), timings)
