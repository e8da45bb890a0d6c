"""What the intake does to the world: the camera for the application photo, and the store.

Entering PHOTO starts the automatic capture (``kiosk.application.capture``) on the executor: each
frame's verdict comes back as ``photo-guidance``, the photo as ``photo-taken``; leaving PHOTO stops
it. ``retry`` in PHOTO (after a camera failure) starts it again. Entering SAVING builds the record
with every rule (``kiosk.application.records.make_record``) and stores it sealed. Results are
stamped with the visit, so a late frame of a resident who has gone is dropped. The first
「係員を 呼ぶ」 of a visit is audited (staff see every call in their window).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from kiosk.application.capture import capture_photo
from kiosk.application.machine import IntakeContext, IntakeFlow
from kiosk.application.photo import FaceFinder
from kiosk.application.records import IntakeRecord, make_record
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.camera import Camera, CameraError, CameraLostError, CameraUnavailableError
from kiosk.clock import SYSTEM_CLOCK
from kiosk.errors import KioskError
from kiosk.face.live import camera_frames
from kiosk.flow.engine import required, result_of
from kiosk.flow.executors import Executor, InlineExecutor

logger = logging.getLogger(__name__)


class PhotoCameraMissingError(CameraUnavailableError):
    """The desk has no photo camera now (``[application] photo_camera`` unset, or unplugged): staff
    still take the details; the photo waits until the camera is there (「カメラを もう一度」)."""

    code = "APPLICATION_PHOTO_CAMERA_MISSING"


class IntakeStore(Protocol):
    """Where a finished intake goes, and what is audited (``kiosk.application.vault.SessionIntake``)."""

    def store(self, record: IntakeRecord) -> None:
        """Keep ``record``, sealed. :raises KioskError: it was not kept."""
        ...

    def staff_called(self, state: str) -> None:
        """Audit a resident's call for staff in ``state``. :raises KioskError: not audited."""
        ...


class IntakeEffects:
    """Effects of one :class:`~kiosk.application.machine.IntakeFlow`.

    :param store: the open session's store.
    :param camera: makes the photo camera (a fresh one for each capture).
    :param engine: makes the face engine, once, when the first photo is taken (dlib loads ~0.5 s).
    :param max_frames: give up a capture after judging this many frames, staying in PHOTO with the
        last verdict shown (scripted runs); None: until a photo is taken or the resident leaves.
    """

    def __init__(self, *, store: IntakeStore, camera: Callable[[], Camera], engine: Callable[[], FaceFinder],
                 executor: Executor | None = None, clock: Callable[[], datetime] = SYSTEM_CLOCK,
                 max_frames: int | None = None) -> None:
        self.store = store
        self.max_frames = max_frames
        self.camera = camera
        self._make_engine = engine
        self._engine: FaceFinder | None = None
        self.executor = executor or InlineExecutor()
        self.clock = clock
        self._stop = threading.Event()

    def entered(self, flow: IntakeFlow, state: S, ctx: IntakeContext, payload: dict[str, Any]) -> None:
        if state is S.PHOTO:
            self._capture(flow, ctx)
        elif state is S.SAVING:
            self._save(flow, ctx)

    def left(self, flow: IntakeFlow, state: S, ctx: IntakeContext, target: S) -> None:
        if state is S.PHOTO:
            self._stop.set()

    def handled(self, flow: IntakeFlow, event: E, ctx: IntakeContext, payload: dict[str, Any]) -> None:
        if event is E.RETRY and flow.state is S.PHOTO:
            self._capture(flow, ctx)
        elif event is E.CALL_STAFF and ctx.staff_calls == 1:
            self._staff_called(flow.state)

    def _staff_called(self, state: S) -> None:
        """Audit the visit's first call, off the UI thread; the call is in the staff window either way."""
        def job() -> None:
            try:
                self.store.staff_called(state.name)
            except KioskError as error:
                logger.error("could not audit the staff call: %s", error.code)

        self.executor.submit(job)

    def _capture(self, flow: IntakeFlow, ctx: IntakeContext) -> None:
        self._stop.set()  # a capture still running for this visit ends
        stop = self._stop = threading.Event()
        visit = ctx.visit

        def run() -> None:
            try:
                if self._engine is None:
                    self._engine = self._make_engine()
                with contextlib.closing(camera_frames(self.camera())) as frames:
                    taken = capture_photo(itertools.islice(frames, self.max_frames), self._engine,
                                          stopped=stop.is_set,
                                          on_check=lambda check: flow.send(E.PHOTO_GUIDANCE, visit, check=check))
                if taken is not None:
                    flow.send(E.PHOTO_TAKEN, visit, photo=taken.photo_jpeg, check=taken.check)
                elif not stop.is_set() and self.max_frames is None:
                    raise CameraLostError("the camera's frames ended before a photo was taken")
            except CameraError as error:
                logger.warning("photo capture: %s %s", error.code, error.detail)
                flow.send(E.PHOTO_FAILED, visit, code=error.code)

        self.executor.submit(run)

    def _save(self, flow: IntakeFlow, ctx: IntakeContext) -> None:
        def job() -> tuple[E, dict[str, Any]]:
            record = make_record(mode=flow.mode, application_id=ctx.application_id,
                                 details=required(ctx.details, "basic details"), email=ctx.email,
                                 documents=ctx.documents, delivery=required(ctx.delivery, "delivery"),
                                 photo_jpeg=required(ctx.photo_jpeg, "photo"), taken_at=self.clock(),
                                 staff_id=flow.staff_id)
            self.store.store(record)
            return E.SAVED, {"record_id": record.record_id}

        self.executor.submit(result_of(flow, ctx.visit, job, E.SAVE_FAILED))
