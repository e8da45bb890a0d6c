"""The one place that picks implementations: real devices and services, or the simulators.

Every command and window gets its ports from here, so the simulator and the real terminal run the
same flows on the same code paths and differ only in what these functions return.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.camera import CameraConfig, CameraSpec, camera_present
from kiosk.card.slot import CardSlot
from kiosk.card.visit import CollationSource
from kiosk.counter.applications import CardManagementService
from kiosk.counter.effects import FaceScorer
from kiosk.handoff.requests import InsuranceLookup
from kiosk.reception.effects import FaceRunner
from kiosk.secrets import (
    CERT_HASH_KEY,
    FileSecretStore,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
    SecretStoreError,
    secret_dirs,
)
from kiosk.services.eligibility import EligibilityService
from kiosk.settings import ApplicationSettings, ConfigError, Paths, Settings

if TYPE_CHECKING:
    import numpy as np

    from kiosk.camera import Camera, Frame
    from kiosk.face.worker import FaceWorker
    from simulators.control import SimulatorControls
    from simulators.eligibility import Faults

logger = logging.getLogger(__name__)



def secret_store(*, simulator: bool, keys: tuple[str, ...] = (CERT_HASH_KEY,)) -> SecretStore:
    """The fleet's key files when all of ``keys`` are there (every terminal of a clinic hashes a card
    alike; laptops and office open the same applications), else the OS keyring; in simulator mode
    keys for this run only when neither works here.

    :raises SecretStoreError: outside simulator mode, when neither can be used.
    """
    paths = Paths.default()
    files = FileSecretStore(secret_dirs(paths.system), local=paths.data / "secrets")
    if all(files.has(name) for name in keys):
        for name in keys:
            files.get_or_create(name)  # a key file that is not private or not a key: refuse now
        return files
    store = KeyringSecretStore()
    try:
        store.get_or_create(keys[0])
        return store
    except SecretStoreError as error:
        if not simulator:
            raise SecretStoreError(f"{error.detail}; a headless terminal keeps its keys in root-only files "
                                   f"{', '.join(keys)} in {', '.join(map(str, files.dirs))}") from error
        logger.warning("no usable keyring (%s): keys for this run only", error.detail)
        return MemorySecretStore()


def eligibility_service(settings: Settings, *, simulator: bool, faults: Faults | None = None) -> EligibilityService:
    """The eligibility service at ``eligibility_url``; the simulated one in-process in simulator mode
    when no URL is set.

    :raises ConfigError: no ``eligibility_url`` outside simulator mode.
    """
    if settings.eligibility_url:
        from drivers.eligibility_http import HttpEligibilityService

        return HttpEligibilityService(settings.eligibility_url, terminal_id=settings.reception.terminal_id)
    if not simulator:
        raise ConfigError("settings: eligibility_url is required outside simulator mode")
    from simulators.eligibility import SimulatedEligibilityService

    return SimulatedEligibilityService(faults=faults)


@dataclass
class ReceptionPorts:
    """What a reception kiosk is built from."""

    slot: CardSlot
    eligibility: EligibilityService
    secrets: SecretStore
    collation: CollationSource | None = None
    face: FaceRunner | None = None
    lookup: InsuranceLookup | None = None  # answers 照会区分 2 request files
    controls: SimulatorControls | None = None  # the simulator panel's intents
    face_worker: FaceWorker | None = None  # started and stopped with the window
    preview_listeners: list[Callable[[np.ndarray], object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what this terminal runs without, for staff and the log


def simulated_reception(settings: Settings, *, face: FaceRunner | None = None,
                        card_face: str = "clean") -> ReceptionPorts:
    """The in-process virtual card; 照合番号B read by the real card-face OCR off the virtual document
    camera, which renders the inserted card's front in the ``card_face`` variation
    (``simulators.card_face.VARIATIONS``; the panel switches it); the scene camera driven by the
    panel; the simulated eligibility service (or the configured one). ``face``: a scripted face
    runner instead of the panel's camera."""
    from drivers.card_face import OcrCardFaceReader
    from kiosk.card_face.scanner import CameraCollationSource
    from simulators.card.slot import VirtualCardSlot
    from simulators.control import CardFaceDesk, SceneCamera, SimulatorControls
    from simulators.eligibility import Faults, SimulatedEligibilityService

    slot = VirtualCardSlot()
    faults = Faults()
    eligibility = eligibility_service(settings, simulator=True, faults=faults)
    lookup = eligibility if isinstance(eligibility, SimulatedEligibilityService) else None
    desk = CardFaceDesk(slot, card_face)
    collation = CameraCollationSource(desk.camera, OcrCardFaceReader(), seconds=settings.camera.scan_seconds)
    ports = ReceptionPorts(slot, eligibility, secret_store(simulator=True), collation=collation, face=face,
                           lookup=lookup)
    if face is None:
        camera = SceneCamera()
        _wire_face_camera(ports, camera)
        ports.controls = SimulatorControls(slot, camera, faults, card_face=desk)
    return ports


def device_reception(settings: Settings, reader: str | None) -> ReceptionPorts:
    """The PC/SC reader (``reader``, or the first with a card), the configured service, and the
    ``[camera]`` devices: the card-face camera with OCR as the source of 照合番号B, the face camera
    for 顔認証. 顔認証 is offered when both are set and there; what is missing is in ``warnings``
    (the staff notice and the log), and a camera plugged back in is used from the next card on."""
    from drivers.pcsc import PcscCardSlot

    ports = ReceptionPorts(PcscCardSlot(reader), eligibility_service(settings, simulator=False),
                           secret_store(simulator=False))
    cameras = settings.camera
    ports.collation = card_face_scanner(cameras)
    if cameras.face is not None:
        from drivers.camera import OpenCvCamera

        spec = cameras.face
        _wire_face_camera(ports, OpenCvCamera(spec, loop=True), ready=lambda: camera_present(spec))
    ports.warnings += [f"顔認証は 使えません: {problem}" for problem in cameras.missing()]
    return ports


CARD_FACE_FRAME = (1280, 960)  # what the card-face OCR is measured on (bench/card_face.py)


def card_face_scanner(cameras: CameraConfig) -> CollationSource | None:
    """照合番号B off the configured card-face camera by OCR (None when there is none). The OCR models
    load in the background now, while the window opens, so the first card is read as fast as the next."""
    spec = cameras.card_face_spec
    if spec is None:
        return None
    from drivers.camera import OpenCvCamera
    from drivers.card_face import OcrCardFaceReader
    from kiosk.card_face.scanner import CameraCollationSource

    ocr = OcrCardFaceReader()
    ocr.warm_up()
    return CameraCollationSource(lambda: OpenCvCamera(spec, *CARD_FACE_FRAME, loop=True), ocr,
                                 seconds=cameras.scan_seconds)


def _wire_face_camera(ports: ReceptionPorts, camera: Camera, ready: Callable[[], bool] = lambda: True) -> None:
    """The face camera's frames to the preview and to a face worker process."""
    from kiosk.face.worker import FaceWorker
    from kiosk.reception.face_runner import WorkerFaceRunner

    ports.face_worker = FaceWorker(lambda report: None, lambda error: None)

    def preview(frame: Frame) -> None:
        for listener in ports.preview_listeners:
            listener(frame.image)

    ports.face = WorkerFaceRunner(camera, ports.face_worker, preview, ready=ready)


@dataclass
class CounterPorts:
    """What a counter desk is built from. ``collation`` None: staff type 照合番号B; ``cards`` None:
    the handover queue imported into the desk's database; ``simulated``: the simulator's cards
    (PINs set at the desk) rather than real ones (PINs set on J-LIS's 統合端末)."""

    slot: CardSlot
    collation: CollationSource | None
    cards: CardManagementService | None
    eligibility: EligibilityService
    simulated: bool
    scorer: FaceScorer | None = None
    controls: SimulatorControls | None = None
    warnings: list[str] = field(default_factory=list)  # what this desk runs without, for staff and the log


def simulated_counter(settings: Settings, *, scene: str | None = None, score_faces: bool = True) -> CounterPorts:
    """The virtual card, the simulated card-management system and eligibility service; the desk
    camera is the panel's scene camera, or the named recorded ``scene`` looped (headless runs)."""
    from kiosk.face.score import CameraFaceScorer
    from simulators.camera import scene as recorded_scene
    from simulators.card.slot import VirtualCardSlot
    from simulators.card_management import SimulatedCardManagement
    from simulators.control import SceneCamera, SimulatorControls

    slot = VirtualCardSlot()
    ports = CounterPorts(slot, slot, SimulatedCardManagement(), eligibility_service(settings, simulator=True),
                         simulated=True)
    if scene is not None:
        name = scene
        ports.scorer = CameraFaceScorer(lambda: recorded_scene(name, loop=True)) if score_faces else None
    else:
        camera = SceneCamera()
        ports.scorer = CameraFaceScorer(lambda: camera)
        ports.controls = SimulatorControls(slot, camera)
    return ports


def device_counter(settings: Settings, reader: str | None) -> CounterPorts:
    """A desk on real cards: the PC/SC reader (``reader``, or the first with a card), the handover
    queue imported into the settings' database, the configured eligibility service, and the
    ``[camera]`` devices — the face camera for the similarity score, the card-face camera with
    OCR for 照合番号B. Without them staff decide on the card photo alone and type 照合番号B; what
    is missing is in ``warnings``."""
    from drivers.camera import OpenCvCamera
    from drivers.pcsc import PcscCardSlot
    from kiosk.face.score import CameraFaceScorer

    ports = CounterPorts(PcscCardSlot(reader), None, None, eligibility_service(settings, simulator=False),
                         simulated=False)
    cameras = settings.camera
    face = cameras.face
    ports.collation = card_face_scanner(cameras)
    if ports.collation is None:
        ports.warnings.append("券面用の カメラが ありません（[camera] card_face）: 照合番号Bは 職員が 入力します")
    if face is not None:
        ports.scorer = CameraFaceScorer(lambda: OpenCvCamera(face, loop=True))
    else:
        ports.warnings.append("顔の カメラが ありません（[camera] face）: 類似度は 出ません")
    return ports


PHOTO_FRAME = (1920, 1080)  # asked of the photo camera: a 35:45 frame ≥ 400 px wide with room around the head
QR_FRAME = (1280, 720)
QR_SECONDS = 5  # how long "QRコードを 読み取る" looks for the form's code


@dataclass
class IntakePorts:
    """What an application support desk is built from: the photo camera (made afresh for each
    capture), the 交付申請書 QR reader (None: staff type the 申請書ID), the municipality's two
    application keys."""

    photo_camera: Callable[[], Camera]
    keys: SecretStore
    scan_qr: Callable[[], str | None] | None = None
    simulated: bool = False
    warnings: list[str] = field(default_factory=list)  # what this desk runs without, for staff and the log


def simulated_intake() -> IntakePorts:
    """A face fixture on a virtual photo camera; the QR read off a freshly rendered 交付申請書 on a
    virtual camera; keys from the files or the keyring, else for this run only."""
    from app.application import application_secrets, form_camera, photo_camera, read_qr, simulated_form
    from drivers.qr import decode_qr

    return IntakePorts(lambda: photo_camera(realtime=True), application_secrets(simulator=True),
                       lambda: read_qr(form_camera(simulated_form()), decode_qr), simulated=True)


def device_intake(config: ApplicationSettings) -> IntakePorts:
    """The ``[application]`` cameras through OpenCV and the keys from the secret files (or the
    keyring). A camera not set or not there does not stop the desk: the photo step says the camera
    is missing until it is plugged in, staff type the 申請書ID; ``warnings`` says so.

    :raises SecretStoreError: neither key files nor a keyring.
    """
    from app.application import application_secrets

    ports = IntakePorts(_photo_camera(config.photo_camera), application_secrets(simulator=False))
    if config.photo_camera is None:
        ports.warnings.append("写真の カメラが ありません（[application] photo_camera）: 申請用写真は 撮れません")
    elif not camera_present(config.photo_camera):
        ports.warnings.append(f"写真の カメラが 見つかりません（[application] photo_camera: {config.photo_camera}）: "
                              "つなぐまで 申請用写真は 撮れません")
    if config.qr_camera is None:
        ports.warnings.append("QRコードの カメラが ありません（[application] qr_camera）: 申請書IDは 職員が 入力します")
    else:
        ports.scan_qr = _qr_reader(config.qr_camera)
        if not camera_present(config.qr_camera):
            ports.warnings.append(f"QRコードの カメラが 見つかりません（[application] qr_camera: {config.qr_camera}）: "
                                  "つなぐまで 申請書IDは 職員が 入力します")
    return ports


def _photo_camera(spec: CameraSpec | None) -> Callable[[], Camera]:
    """Makes the photo camera, or raises :class:`PhotoCameraMissingError` while there is none."""
    from kiosk.application.effects import PhotoCameraMissingError

    def make() -> Camera:
        from drivers.camera import OpenCvCamera

        if spec is None:
            raise PhotoCameraMissingError("[application] photo_camera is not set")
        if not camera_present(spec):
            raise PhotoCameraMissingError(f"[application] photo_camera {spec} is not there (unplugged?)")
        return OpenCvCamera(spec, *PHOTO_FRAME, loop=True)

    return make


def _qr_reader(spec: CameraSpec) -> Callable[[], str | None]:
    """Reads a 交付申請書's QR code with the camera at ``spec`` for up to :data:`QR_SECONDS`; None
    when it saw none or the camera failed (logged; staff then type the 申請書ID)."""
    def scan() -> str | None:
        from app.application import read_qr
        from drivers.camera import OpenCvCamera
        from drivers.qr import decode_qr
        from kiosk.camera import CameraError

        camera = OpenCvCamera(spec, *QR_FRAME, loop=True)
        try:
            return read_qr(camera, decode_qr, max_frames=round(QR_SECONDS * camera.fps))
        except CameraError as error:
            logger.warning("QR camera: %s %s", error.code, error.detail)
            return None

    return scan
