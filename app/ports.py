"""The one place that picks implementations: real devices and services, or the simulators.

Every command and window gets its ports from here, so the simulator and the real terminal run the
same flows on the same code paths and differ only in what these functions return.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.card.slot import CardSlot
from kiosk.card.visit import CollationSource
from kiosk.counter.applications import CardManagementService
from kiosk.counter.effects import FaceScorer
from kiosk.handoff.requests import InsuranceLookup
from kiosk.reception.effects import FaceRunner
from kiosk.secrets import CERT_HASH_KEY, KeyringSecretStore, MemorySecretStore, SecretStore, SecretStoreError
from kiosk.services.eligibility import EligibilityService
from kiosk.settings import ConfigError, Settings

if TYPE_CHECKING:
    import numpy as np

    from kiosk.camera import Frame
    from kiosk.face.worker import FaceWorker
    from simulators.control import SimulatorControls
    from simulators.eligibility import Faults

logger = logging.getLogger(__name__)



def secret_store(*, simulator: bool) -> SecretStore:
    """The OS keyring; in simulator mode a per-run key when no keyring backend works here.

    :raises SecretStoreError: outside simulator mode, when the keyring cannot be used.
    """
    store = KeyringSecretStore()
    try:
        store.get_or_create(CERT_HASH_KEY)
        return store
    except SecretStoreError as error:
        if not simulator:
            raise
        logger.warning("no usable keyring (%s): certificate hashes use a key for this run only", error.detail)
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


def simulated_reception(settings: Settings, *, face: FaceRunner | None = None) -> ReceptionPorts:
    """The in-process virtual card (it also serves 照合番号B, as a face-authenticating reader's
    card-face scanner would), the scene camera driven by the panel, the simulated eligibility
    service (or the configured one). ``face``: a scripted face runner instead of the panel's camera."""
    from simulators.card.slot import VirtualCardSlot
    from simulators.control import SceneCamera, SimulatorControls
    from simulators.eligibility import Faults, SimulatedEligibilityService

    slot = VirtualCardSlot()
    faults = Faults()
    eligibility = eligibility_service(settings, simulator=True, faults=faults)
    lookup = eligibility if isinstance(eligibility, SimulatedEligibilityService) else None
    ports = ReceptionPorts(slot, eligibility, secret_store(simulator=True), collation=slot, face=face, lookup=lookup)
    if face is None:
        from kiosk.face.worker import FaceWorker
        from kiosk.reception.face_runner import WorkerFaceRunner

        camera = SceneCamera()
        ports.face_worker = FaceWorker(lambda report: None, lambda error: None)

        def preview(frame: Frame) -> None:
            for listener in ports.preview_listeners:
                listener(frame.image)

        ports.face = WorkerFaceRunner(camera, ports.face_worker, preview)
        ports.controls = SimulatorControls(slot, camera, faults)
    return ports


def device_reception(settings: Settings, reader: str | None) -> ReceptionPorts:
    """The PC/SC reader (``reader``, or the first with a card) and the configured service. No
    camera and no card-face scanner are wired yet: the kiosk offers the PIN and the staff check."""
    from drivers.pcsc import PcscCardSlot

    return ReceptionPorts(PcscCardSlot(reader), eligibility_service(settings, simulator=False),
                          secret_store(simulator=False))


@dataclass
class CounterPorts:
    """What a counter desk is built from."""

    slot: CardSlot
    collation: CollationSource
    cards: CardManagementService
    eligibility: EligibilityService
    scorer: FaceScorer | None = None
    controls: SimulatorControls | None = None


def simulated_counter(settings: Settings, *, scene: str | None = None, score_faces: bool = True) -> CounterPorts:
    """The virtual card, the simulated card-management system and eligibility service; the desk
    camera is the panel's scene camera, or the named recorded ``scene`` looped (headless runs)."""
    from kiosk.face.score import CameraFaceScorer
    from simulators.camera import scene as recorded_scene
    from simulators.card.slot import VirtualCardSlot
    from simulators.card_management import SimulatedCardManagement
    from simulators.control import SceneCamera, SimulatorControls

    slot = VirtualCardSlot()
    ports = CounterPorts(slot, slot, SimulatedCardManagement(), eligibility_service(settings, simulator=True))
    if scene is not None:
        name = scene
        ports.scorer = CameraFaceScorer(lambda: recorded_scene(name, loop=True)) if score_faces else None
    else:
        camera = SceneCamera()
        ports.scorer = CameraFaceScorer(lambda: camera)
        ports.controls = SimulatorControls(slot, camera)
    return ports
