"""What the simulator control panel drives: which resident's card is on the reader, what the
camera sees, and which faults are switched on (issue 4 §5)."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

import numpy as np

from kiosk.camera import Camera, CameraLostError, ErrorCallback, FrameCallback
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

    def __init__(self, slot: VirtualCardSlot, camera: SceneCamera | None = None, faults: Faults | None = None,
                 card_face: CardFaceDesk | None = None) -> None:
        self.slot = slot
        self.camera = camera
        self.eligibility_faults = faults
        self.card_face = card_face

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

    def card_face_scenes(self) -> list[tuple[str, str]]:
        return list(CARD_FACE_SCENES) if self.card_face else []

    def set_card_face_scene(self, scene_id: str) -> None:
        """How the next card's face looks to the card-face camera."""
        if self.card_face is not None:
            self.card_face.variation = scene_id

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


CARD_FACE_SCENES = (
    ("clean", "券面: 正面"), ("rotation", "券面: 回転"), ("perspective", "券面: 斜め"), ("blur", "券面: ぼけ"),
    ("glare", "券面: 反射"), ("uneven_light", "券面: 明暗"), ("jpeg_noise", "券面: ノイズ"),
    ("fingers", "券面: 指"), ("unreadable", "券面: 読めない"),
)


class CardFaceDesk:
    """The virtual document camera over the reader (issue 14 §4): each scan sees the front of the card
    that lies on the slot, rendered as the real card is laid out, in the chosen variation — a fresh
    rendering per scan, with sensor noise on every frame."""

    def __init__(self, slot: VirtualCardSlot, variation: str = "clean", seed: int = 0) -> None:
        self.slot = slot
        self.variation = variation
        self._rng = random.Random(seed)  # noqa: S311 - scenery, reproducible on purpose

    def camera(self) -> Camera:
        """A camera showing the card face now (the desk alone when no card lies there)."""
        from simulators.card_face import FRAME_SIZE, render_scene

        person = self.slot.resident_on
        if person is None:
            frames = [np.full((FRAME_SIZE[1], FRAME_SIZE[0], 3), 96, np.uint8)]
        else:
            frames = [render_scene(person, self.variation, random.Random(self._rng.random()))]  # noqa: S311
        return VirtualCamera(frames, fps=15, noise=2.0, name="card-face")  # sensor noise: no two frames alike
