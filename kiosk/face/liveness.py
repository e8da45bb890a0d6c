"""Passive liveness over several frames (issue 3): a still photo must not pass.

Method: the 68 landmarks of each good frame are aligned to the first frame's with a
least-squares **affine** transform. Whatever a flat picture does in front of the camera —
held still, slid, turned, tilted, brought closer — is (under weak perspective) an affine map of
the same points, so its residual stays at detector noise. A living face changes shape: it blinks,
talks, its expression and head pose change, and the residual grows. A blink (eye aspect ratio
falling below 70 % of its window median, then reopening) also counts as life, on eyes large
enough to measure.

Stops: a printed or on-card photo held up or moved in the plane, a frozen camera frame, a still
image fed into the camera. Does **not** stop: a video of the person replayed on a screen, a
realistic 3-D mask, a photo bent and flexed continuously while held. Those need active liveness
(prompted head turn) or depth hardware; the staff visual check remains the backstop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kiosk.face.engine import Landmarks


@dataclass(frozen=True)
class LivenessConfig:
    """:param min_frames: frames needed before a verdict.
    :param min_span: seconds those frames must span.
    :param motion_threshold: non-rigid residual (RMS, in inter-ocular distances) meaning "alive".
    :param blink_drop: EAR below this share of the window's median, followed by a reopening above
        ``blink_recover`` of it, is a blink.
    :param blink_min_eye_distance: below this inter-ocular distance (pixels) the eyes are too small
        for the eye aspect ratio to mean anything (one pixel is 20 % of an eye's height), so blinks
        are not counted; the motion test still applies.
    """

    min_frames: int = 3
    min_span: float = 0.25
    motion_threshold: float = 0.035
    blink_drop: float = 0.7
    blink_recover: float = 0.9
    blink_min_eye_distance: float = 50.0


def affine_residual(reference: np.ndarray, points: np.ndarray) -> float:
    """RMS distance left after the best affine map from ``points`` onto ``reference``."""
    design = np.hstack([points, np.ones((len(points), 1))])
    solution, *_ = np.linalg.lstsq(design, reference, rcond=None)
    return float(np.sqrt(np.mean(np.sum((design @ solution - reference) ** 2, axis=1))))


@dataclass
class LivenessTracker:
    """Collects landmarks of consecutive good frames of one attempt."""

    config: LivenessConfig = field(default_factory=LivenessConfig)
    _points: list[Landmarks] = field(default_factory=list)
    _times: list[float] = field(default_factory=list)

    def add(self, landmarks: Landmarks, timestamp: float) -> None:
        self._points.append(landmarks)
        self._times.append(timestamp)

    def reset(self) -> None:
        self._points.clear()
        self._times.clear()

    @property
    def ready(self) -> bool:
        return (len(self._points) >= self.config.min_frames
                and self._times[-1] - self._times[0] >= self.config.min_span)

    def motion(self) -> float:
        """Largest non-rigid residual against the first frame, in inter-ocular distances."""
        if len(self._points) < 2:
            return 0.0
        reference = self._points[0]
        scale = reference.inter_ocular or 1.0
        return max(affine_residual(reference.points, lm.points) for lm in self._points[1:]) / scale

    def blinked(self) -> bool:
        """An eye closure then reopening, on eyes large enough to measure."""
        c = self.config
        if len(self._points) < 3 or min(lm.inter_ocular for lm in self._points) < c.blink_min_eye_distance:
            return False
        ears = np.array([lm.eye_aspect_ratio() for lm in self._points])
        typical = float(np.median(ears))
        closed = np.flatnonzero(ears < c.blink_drop * typical)
        return bool(closed.size) and bool((ears[closed[0] + 1:] > c.blink_recover * typical).any())

    def is_live(self) -> bool:
        """True once the window shows non-rigid motion or a blink."""
        return self.ready and (self.motion() >= self.config.motion_threshold or self.blinked())
