"""Run the live pipeline over a stream of frames (``myna-kiosk face live``, tests, benchmark).

A file is read frame by frame at its own pace (reproducible); a live camera delivers frames on its
thread and :func:`camera_frames` hands the newest one over each time the verifier is ready.
"""

from __future__ import annotations

import queue
import statistics
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field

from kiosk.camera import Camera, CameraError, Frame
from kiosk.face.verifier import Decision, FaceVerifier, FrameReport


@dataclass(frozen=True)
class LiveResult:
    decision: Decision | None
    frames_seen: int
    frames_analysed: int
    reasons: dict[str, int]
    stage_ms: dict[str, float] = field(default_factory=dict)
    wall_ms: float = 0.0

    def as_dict(self) -> dict:
        d = self.decision
        return {
            "outcome": d.outcome.value if d else "undecided",
            "reason": d.reason if d else "stream-ended",
            "distance": round(d.distance, 4) if d and d.distance is not None else None,
            "distances": [round(x, 4) for x in d.distances] if d else [],
            "live": d.live if d else False, "motion": round(d.motion, 4) if d else 0.0,
            "attempt": d.attempt if d else 1, "frames_seen": self.frames_seen,
            "frames_analysed": self.frames_analysed, "quality_reasons": self.reasons,
            "median_stage_ms": {k: round(v, 1) for k, v in self.stage_ms.items()},
            "wall_ms": round(self.wall_ms, 1),
        }


def verify_stream(verifier: FaceVerifier, frames: Iterable[Frame], stride: int = 1) -> LiveResult:
    """Feed every ``stride``-th frame until a decision (or the stream ends)."""
    start = time.perf_counter()
    seen = analysed = 0
    reasons: dict[str, int] = {}
    stages: dict[str, list[float]] = {}
    report: FrameReport | None = None
    for frame in frames:
        seen += 1
        if (seen - 1) % stride:
            continue
        report = verifier.process(frame)
        analysed += 1
        reasons[report.quality.reason.name] = reasons.get(report.quality.reason.name, 0) + 1
        for stage, ms in report.timings.items():
            stages.setdefault(stage, []).append(ms)
        if report.decision:
            break
    return LiveResult(report.decision if report else None, seen, analysed, reasons,
                      {k: statistics.median(v) for k, v in stages.items()}, (time.perf_counter() - start) * 1000)


def camera_frames(camera: Camera, timeout: float = 5.0) -> Generator[Frame, None, None]:
    """Frames of a running-on-its-thread camera, newest first-come: frames that arrive while the
    consumer is busy are dropped, so the verifier always sees the present.

    :raises CameraError: the camera failed (unplugged), or sent nothing for ``timeout`` seconds.
    """
    latest: queue.Queue = queue.Queue(maxsize=1)
    ended = object()

    def offer(item: object) -> None:
        while True:
            try:
                latest.put_nowait(item)
                return
            except queue.Full:
                try:
                    latest.get_nowait()
                except queue.Empty:
                    pass

    camera.start(offer, offer, lambda: offer(ended))
    try:
        while True:
            try:
                item = latest.get(timeout=timeout)
            except queue.Empty as exc:
                raise CameraError(f"no frame for {timeout:.0f} s") from exc
            if item is ended:
                return
            if isinstance(item, CameraError):
                raise item
            yield item
    finally:
        camera.stop()
