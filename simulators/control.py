"""What the simulator control panel drives: which resident's card is on the reader, what the
camera sees, and which faults are switched on (issue 4 §5)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from kiosk.camera import CameraLostError, ErrorCallback, FrameCallback
from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.clock import SYSTEM_CLOCK
from simulators.camera import VirtualCamera, scene
from simulators.card.slot import VirtualCardSlot
from simulators.eligibility import Faults, Malformed
from simulators.residents import all_residents

CAMERA_SCENES = (
    ("right-person-present", "本人（動画・R001）"),
    ("right-person-video", "本人（動画の最初から）"),
    ("other-person", "別人"),
    ("card-photo-still", "写真をかざす（静止画）"),
    ("no-face", "顔なし"),
    ("two-faces", "2人"),
    ("too-small", "遠すぎる"),
)
FAULTS = (
    ("eligibility-down", "資格確認サービス停止"),
    ("eligibility-slow", "資格確認サービス遅延（2秒）"),
    ("eligibility-garbage", "資格確認サービスが不正な応答"),
    ("jpki-maintenance", "JPKI メンテナンス中"),
    ("reader-lost", "カードリーダー切断"),
    ("camera-lost", "カメラ切断"),
)


class SceneCamera:
    """A :class:`~kiosk.camera.Camera` whose scene the panel can switch while it runs."""

    def __init__(self, scene_id: str = "right-person-present") -> None:
        self.scene_id = scene_id
        self._camera: VirtualCamera | None = None
        self._callbacks: tuple[FrameCallback, ErrorCallback, Callable[[], None] | None] | None = None
        self._lock = threading.Lock()

    @property
    def resolution(self) -> tuple[int, int]:
        return self._camera.resolution if self._camera else (640, 480)

    @property
    def fps(self) -> float:
        return self._camera.fps if self._camera else 30.0

    def start(self, on_frame: FrameCallback, on_error: ErrorCallback, on_end: Callable[[], None] | None = None) -> None:
        with self._lock:
            self._callbacks = (on_frame, on_error, on_end)
            self._camera = scene(self.scene_id, loop=True)
            self._camera.start(on_frame, on_error, on_end)

    def stop(self) -> None:
        with self._lock:
            camera, self._camera, self._callbacks = self._camera, None, None
        if camera is not None:
            camera.stop()

    def switch(self, scene_id: str) -> None:
        """Show ``scene_id`` from now on (restarting the stream if one is running)."""
        with self._lock:
            self.scene_id = scene_id
            callbacks, camera = self._callbacks, self._camera
        if camera is not None and callbacks is not None:
            camera.stop()
            self.start(*callbacks)

    def unplug(self) -> None:
        """The camera disappears: the consumer gets CAMERA_LOST once."""
        with self._lock:
            callbacks, camera, self._camera = self._callbacks, self._camera, None
        if camera is not None:
            camera.stop()
        if callbacks is not None:
            callbacks[1](CameraLostError("simulated unplug"))


class SimulatorControls:
    """Intents of the simulator panel, over the simulators the composition root built."""

    def __init__(self, slot: VirtualCardSlot, camera: SceneCamera | None = None, faults: Faults | None = None) -> None:
        self.slot = slot
        self.camera = camera
        self.eligibility_faults = faults

    def residents(self) -> list[tuple[str, str]]:
        today = SYSTEM_CLOCK.today()
        return [(r.id, f"{r.id} {r.name} ({r.age(today)}) {' '.join(r.tags)}") for r in all_residents(today)]

    def insert(self, resident_id: str) -> None:
        self.slot.insert_resident(resident_id)

    def remove(self) -> None:
        self.slot.remove()

    def camera_scenes(self) -> list[tuple[str, str]]:
        return list(CAMERA_SCENES) if self.camera else []

    def set_camera_scene(self, scene_id: str) -> None:
        if self.camera is not None:
            self.camera.switch(scene_id)

    def faults(self) -> list[tuple[str, str]]:
        return list(FAULTS)

    def set_fault(self, fault_id: str, on: bool) -> None:
        faults = self.eligibility_faults
        if fault_id == "eligibility-down" and faults:
            faults.timeout = on
        elif fault_id == "eligibility-slow" and faults:
            faults.latency = 2.0 if on else 0.0
        elif fault_id == "eligibility-garbage" and faults:
            faults.malformed = Malformed.GARBAGE if on else None
        elif fault_id == "jpki-maintenance" and faults:
            faults.jpki_maintenance = on
        elif fault_id == "reader-lost":
            self.slot.emit(ReaderEvent(ReaderEventKind.READER_REMOVED if on else ReaderEventKind.READER_ADDED,
                                       self.slot.reader))
        elif fault_id == "camera-lost" and self.camera is not None and on:
            self.camera.unplug()
