"""Face capture for the flow: a verifier fed by a camera until a match, a failed attempt, or the
attempts are used up. Outcomes reach the flow as plain strings so the runner knows no flow types.

``ThreadFaceRunner`` runs the verifier in a thread (headless scenarios, tests);
``WorkerFaceRunner`` sends frames to a :class:`~kiosk.face.worker.FaceWorker` process (the kiosk,
so that dlib never stalls the preview). Both take ``ready``: whether the camera is there now
(default: always, as for the simulator's cameras).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from kiosk.camera import Camera, CameraError, Frame
from kiosk.errors import KioskError
from kiosk.face.errors import CardPhotoUnusableError, FaceAttemptsExhaustedError
from kiosk.face.live import camera_frames
from kiosk.face.verifier import DEFAULT_CONFIG, FaceVerifier, FrameReport, Outcome, VerifierConfig
from kiosk.face.worker import FaceWorker

logger = logging.getLogger(__name__)

MATCHED, RETRY, EXHAUSTED, CAMERA_LOST, UNUSABLE = "matched", "retry", "exhausted", "camera-lost", "unusable"
ReportCallback = Callable[[FrameReport], None]
OutcomeCallback = Callable[[str], None]


def next_step(decision_outcome: Outcome, retry: Callable[[], object]) -> str:
    """What a finished attempt means for the flow: matched, or retry while attempts remain."""
    if decision_outcome is Outcome.MATCH:
        return MATCHED
    try:
        retry()
    except FaceAttemptsExhaustedError:
        return EXHAUSTED
    return RETRY


class ThreadFaceRunner:
    """In-thread verifier over ``camera_factory()``'s frames."""

    def __init__(self, camera_factory: Callable[[], Camera], config: VerifierConfig = DEFAULT_CONFIG,
                 ready: Callable[[], bool] = lambda: True) -> None:
        self.camera_factory = camera_factory
        self.config = config
        self.ready = ready
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, photo: np.ndarray, attempts: int, on_report: ReportCallback, on_outcome: OutcomeCallback) -> None:
        """Verify on a new thread (stopping any previous run); see :class:`~kiosk.reception.effects.FaceRunner`."""
        self.stop()
        self._stop = stop = threading.Event()

        def run() -> None:
            try:
                verifier = FaceVerifier(photo, replace(self.config, max_attempts=attempts))
            except CardPhotoUnusableError:
                on_outcome(UNUSABLE)
                return
            frames = camera_frames(self.camera_factory())
            try:
                for frame in frames:
                    if stop.is_set():
                        return
                    report = verifier.process(frame)
                    on_report(report)
                    if report.decision is not None:
                        step = next_step(report.decision.outcome, verifier.retry)
                        on_outcome(step)
                        if step != RETRY:
                            return
                if not stop.is_set():
                    on_outcome(CAMERA_LOST)  # the stream ended
            except CameraError:
                if not stop.is_set():
                    on_outcome(CAMERA_LOST)
            finally:
                frames.close()
                verifier.close()

        self._thread = threading.Thread(target=run, name="face-runner", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to end; it does within one frame. Never waits: the flow calls this while
        holding its lock, and the thread may be about to report to the flow."""
        self._stop.set()
        self._thread = None


class WorkerFaceRunner:
    """Camera frames go to the preview (``on_frame``) and to a face worker process."""

    def __init__(self, camera: Camera, worker: FaceWorker, on_frame: Callable[[Frame], None],
                 ready: Callable[[], bool] = lambda: True) -> None:
        self.camera = camera
        self.ready = ready
        self.worker = worker
        self.on_frame = on_frame
        self._on_report: ReportCallback = lambda report: None  # until start()
        self._on_outcome: OutcomeCallback = lambda outcome: None
        self._active = False
        worker.on_report = self._report
        worker.on_error = self._error

    def start(self, photo: np.ndarray, attempts: int, on_report: ReportCallback, on_outcome: OutcomeCallback) -> None:
        """Hand ``photo`` to the worker and start the camera; see :class:`~kiosk.reception.effects.FaceRunner`."""
        self._on_report, self._on_outcome = on_report, on_outcome
        try:
            self.worker.begin(photo)
        except CardPhotoUnusableError:
            on_outcome(UNUSABLE)
            return
        except KioskError:
            on_outcome(CAMERA_LOST)
            return
        self._active = True
        try:
            self.camera.start(self._frame, lambda error: self._finish(CAMERA_LOST), lambda: self._finish(CAMERA_LOST))
        except CameraError as error:  # unplugged since the card was read: PIN or staff, never a hang
            logger.warning("face camera: %s (%s)", error.code, error.detail)
            self.worker.end()
            self._finish(CAMERA_LOST)

    def _frame(self, frame: Frame) -> None:
        self.on_frame(frame)
        if self._active:
            self.worker.submit(frame)

    def _report(self, report: FrameReport) -> None:
        if not self._active:
            return
        self._on_report(report)
        if report.decision is not None:
            # retry() waits for the worker's answer, which arrives on the thread running this
            # callback: ask from another thread.
            threading.Thread(target=self._after_decision, args=(report.decision.outcome,), daemon=True).start()

    def _after_decision(self, outcome: Outcome) -> None:
        step = next_step(outcome, self.worker.retry)
        if step == RETRY:
            self._on_outcome(RETRY)
        else:
            self._finish(step)

    def _error(self, error: KioskError) -> None:
        logger.warning("face worker error %s", error.code)
        self._finish(CAMERA_LOST)

    def _finish(self, outcome: str) -> None:
        if self._active:
            self._active = False
            self._on_outcome(outcome)

    def stop(self) -> None:
        """Stop the camera; the worker drops this resident's photo and frames."""
        self._active = False
        self.camera.stop()
        self.worker.end()
