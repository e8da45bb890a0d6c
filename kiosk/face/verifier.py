"""Face verification of one resident against the card photo (issue 3).

Per frame: detect on a downscaled copy → quality gate → (gate held for ``stable_seconds``:
automatic capture, as real readers shoot when the face is in the frame) → 68 landmarks for
liveness + a greyscale encoding → decision over several good frames, never one.

Thresholds, calibrated on the shared fixtures (``bench/face.py`` prints the data): genuine pairs
(same person, card photo greyscale) lie at 0.17–0.48 on the stills and 0.36–0.58 on the video
frames; impostor pairs at 0.70 and above. We accept when the median over the attempt's frames is
≤ 0.55 and refuse at ≥ 0.65; between the two we keep collecting frames, and an attempt that ends
there is *undecided* (counted as a failed attempt, never as a match).

Privacy: frames and the card photo live in this object's memory only and are dropped by
:meth:`FaceVerifier.close`; nothing is written anywhere.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from kiosk.camera import Frame
from kiosk.face.engine import FaceEngine, to_grey_rgb
from kiosk.face.errors import CardPhotoUnusableError, FaceAttemptsExhaustedError
from kiosk.face.liveness import LivenessConfig, LivenessTracker
from kiosk.face.quality import GateConfig, QualityReason, QualityResult, assess


class Outcome(Enum):
    MATCH = "match"
    NO_MATCH = "no-match"
    UNDECIDED = "undecided"


class Phase(Enum):
    SEARCHING = "searching"  # gate not passed: show the reason
    STEADY = "steady"  # gate passed, holding still before the automatic capture
    CAPTURING = "capturing"  # collecting frames for the decision
    DECIDED = "decided"


@dataclass(frozen=True)
class VerifierConfig:
    """The verifier's thresholds and limits (distances are face_recognition's, lower is closer)."""

    gate: GateConfig = field(default_factory=GateConfig)
    liveness: LivenessConfig = field(default_factory=LivenessConfig)
    accept_threshold: float = 0.55
    reject_threshold: float = 0.65
    frames_for_decision: int = 3
    max_frames_per_attempt: int = 10
    stable_seconds: float = 0.2
    attempt_seconds: float = 15.0
    max_attempts: int = 3
    # A live capture of the holder is never this close to the card photo (genuine stills: ≥ 0.15);
    # this close means the card photo itself is being shown to the camera.
    replay_threshold: float = 0.10


DEFAULT_CONFIG = VerifierConfig()  # frozen: one instance serves every default


@dataclass(frozen=True)
class Decision:
    """The end of an attempt. ``reason``: "distance", "not-live", "photo-replay" or "timeout"."""

    outcome: Outcome
    distance: float | None
    distances: tuple[float, ...]
    live: bool
    motion: float
    reason: str
    attempt: int


@dataclass(frozen=True)
class FrameReport:
    """What one frame did: for the UI (guide, prompt, progress) and for the benchmark (timings)."""

    index: int
    timestamp: float
    phase: Phase
    quality: QualityResult
    progress: float
    decision: Decision | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def prompt(self) -> str:
        return self.quality.reason.prompt


class FaceVerifier:
    """Verifies the person in front of the camera against ``card_photo`` (greyscale or RGB array).

    :raises CardPhotoUnusableError: no single clear face in the card photo.
    """

    def __init__(self, card_photo: np.ndarray, config: VerifierConfig = DEFAULT_CONFIG,
                 engine: FaceEngine | None = None) -> None:
        self.config = config
        self.engine = engine or FaceEngine()
        started = time.perf_counter()
        self._card_encoding: np.ndarray | None = self._encode_card(to_grey_rgb(card_photo))
        self.card_encode_ms = (time.perf_counter() - started) * 1000
        self.attempt = 1
        self._begin_attempt()

    def _encode_card(self, photo: np.ndarray) -> np.ndarray:
        # A card photo is a passport-style portrait: the face fills it and HOG finds it without
        # upsampling (≈4× cheaper); upsample once only if that fails.
        boxes = self.engine._fr.face_locations(photo, number_of_times_to_upsample=0, model="hog") or \
            self.engine._fr.face_locations(photo, number_of_times_to_upsample=1, model="hog")
        if len(boxes) != 1:
            raise CardPhotoUnusableError(f"{len(boxes)} faces found in the card photo")
        return self.engine.encode(photo, boxes[0])

    def _begin_attempt(self) -> None:
        self._started_at: float | None = None
        self._steady_since: float | None = None
        self._distances: list[float] = []
        self._liveness = LivenessTracker(self.config.liveness)
        self.decision: Decision | None = None

    @property
    def attempts_left(self) -> int:
        return self.config.max_attempts - self.attempt

    def retry(self) -> None:
        """Start the next attempt.

        :raises FaceAttemptsExhaustedError: all attempts used; offer PIN or a staff check.
        """
        if self.attempts_left <= 0:
            raise FaceAttemptsExhaustedError(f"{self.config.max_attempts} face attempts failed")
        self.attempt += 1
        self._begin_attempt()

    def close(self) -> None:
        """Drop the card encoding and everything collected (resident leaves)."""
        self._card_encoding = None
        self._begin_attempt()

    # -- per frame ---------------------------------------------------------------------------
    def process(self, frame: Frame) -> FrameReport:
        """Analyse one frame of the current attempt."""
        if self.decision is not None:
            return FrameReport(frame.index, frame.timestamp, Phase.DECIDED, QualityResult(QualityReason.OK),
                               1.0, self.decision)
        if self._card_encoding is None:
            raise RuntimeError("verifier closed")
        timings: dict[str, float] = {}
        clock = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings[stage] = (now - clock) * 1000
            clock = now

        if self._started_at is None:
            self._started_at = frame.timestamp
        elapsed = frame.timestamp - self._started_at
        image = frame.image
        boxes = self.engine.detect(image)
        lap("detect")
        quality = assess(image, boxes, self.config.gate)
        lap("quality")
        box = quality.box
        if not quality.ok or box is None:  # assess() gives every passing frame its face box
            self._steady_since = None
            if self._distances:  # the face left mid-capture: liveness needs consecutive frames
                self._distances.clear()
                self._liveness.reset()
            return self._timeout_or(frame, elapsed, Phase.SEARCHING, quality, timings)
        if self._steady_since is None:
            self._steady_since = frame.timestamp
        if frame.timestamp - self._steady_since < self.config.stable_seconds:
            return self._timeout_or(frame, elapsed, Phase.STEADY, quality, timings)
        self._liveness.add(self.engine.landmarks(image, box), frame.timestamp)
        lap("landmarks")
        self._distances.append(self.engine.distance(self._card_encoding, self.engine.encode(image, box)))
        lap("encode")
        decision = self._decide()
        lap("decide")
        if decision is not None:
            self.decision = decision
            return FrameReport(frame.index, frame.timestamp, Phase.DECIDED, quality, 1.0, decision, timings)
        progress = min(0.95, len(self._distances) / max(self.config.frames_for_decision,
                                                         self.config.liveness.min_frames))
        return self._timeout_or(frame, elapsed, Phase.CAPTURING, quality, timings, progress)

    def _decide(self) -> Decision | None:
        c = self.config
        n = len(self._distances)
        if n < c.frames_for_decision:
            return None
        median = statistics.median(self._distances)
        live = self._liveness.is_live()
        if median < c.replay_threshold:
            return self._decision(Outcome.NO_MATCH, median, False, "photo-replay")
        if median >= c.reject_threshold:
            return self._decision(Outcome.NO_MATCH, median, live, "distance")
        if median <= c.accept_threshold and live:
            return self._decision(Outcome.MATCH, median, live, "distance")
        if n < c.max_frames_per_attempt:
            return None
        if median <= c.accept_threshold:
            return self._decision(Outcome.NO_MATCH, median, live, "not-live")
        return self._decision(Outcome.UNDECIDED, median, live, "distance")

    def _decision(self, outcome: Outcome, median: float | None, live: bool, reason: str) -> Decision:
        return Decision(outcome, median, tuple(self._distances), live, self._liveness.motion(), reason,
                        self.attempt)

    def _timeout_or(self, frame: Frame, elapsed: float, phase: Phase, quality: QualityResult,
                    timings: dict[str, float], progress: float = 0.0) -> FrameReport:
        """The report for ``frame``, or the attempt's timeout decision once ``elapsed`` (seconds
        since its first frame) reaches the limit."""
        if elapsed >= self.config.attempt_seconds:
            median = statistics.median(self._distances) if self._distances else None
            self.decision = self._decision(Outcome.UNDECIDED, median, self._liveness.is_live(), "timeout")
            return FrameReport(frame.index, frame.timestamp, Phase.DECIDED, quality, 1.0, self.decision, timings)
        return FrameReport(frame.index, frame.timestamp, phase, quality, progress, None, timings)
