"""Composition of application support (issue 18): where the intake vault lives, whose keys seal it,
which camera takes the photo, the desk ``run --mode application`` opens, and a scripted intake on
the simulators.

The folders, the desk's mode and place, its cameras and printer come from ``[application]``
(``kiosk.settings.ApplicationSettings``); the ports (cameras, keys) from ``app.ports``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets as random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.ports import IntakePorts, secret_store
from kiosk.application.effects import IntakeEffects
from kiosk.application.form import ReissueForm
from kiosk.application.machine import IntakeFlow
from kiosk.application.photo import FaceFinder
from kiosk.application.records import BasicDetails, Delivery, IntakeMode
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.application.vault import FORM_REISSUED, AuditLog, IntakeSession, IntakeVault, SessionIntake
from kiosk.camera import Camera
from kiosk.card.kenhojo import Sex
from kiosk.clock import SYSTEM_CLOCK
from kiosk.counter.applications import make_application_id
from kiosk.counter.notice_qr import DEFAULT_MUNICIPALITY
from kiosk.errors import KioskError
from kiosk.face.live import camera_frames
from kiosk.flow.executors import Executor, InlineExecutor
from kiosk.secrets import BUNDLE_KEY, RECORD_KEY, SecretStore
from kiosk.settings import Paths, Settings
from kiosk.store.db import open_store
from kiosk.store.repositories import SqlReceptionStore
from kiosk.voice.guide import VoiceGuide

if TYPE_CHECKING:
    from kiosk.counter.records import StaffMember
    from ui.application.printing import FormPrinter

logger = logging.getLogger(__name__)

VAULT_DIR = "applications"  # under the user data folder: the intakes taken on this machine
INBOX_DIR = "applications-received"  # under the user data folder: the office's imported intakes
OFFICE_PLACE = "窓口"  # the session place of an office desk (an outreach desk names its place)
SIM_STAFF = "clerk01"  # the staff id of a simulated desk (no login)
SIM_FACE = "obama_1.jpg"  # the shared fixture the simulated photo camera shows
SIM_DETAILS = BasicDetails("申請 花子", "東京都千代田区千代田１－１", date(1948, 3, 31), Sex.FEMALE)


def application_secrets(*, simulator: bool) -> SecretStore:
    """The municipality's two application keys (:data:`RECORD_KEY`, :data:`BUNDLE_KEY`): root-only
    files that IT copies to the outreach laptops and the office alike (``app.ports.secret_store``).

    :raises SecretStoreError: outside simulator mode, when neither files nor a keyring can be used.
    """
    return secret_store(simulator=simulator, keys=(RECORD_KEY, BUNDLE_KEY))


@dataclass
class OpenVault:
    """A vault and the database whose audit chain records its steps; close it when done."""

    vault: IntakeVault
    store: SqlReceptionStore

    def close(self) -> None:
        self.store.close()


def open_vault(settings: Settings, keys: SecretStore, *, folder: Path | None = None, inbox: bool = False,
               clock: Callable[[], datetime] = SYSTEM_CLOCK) -> OpenVault:
    """The intake vault of this machine (``inbox``: the office's imported intakes) in ``folder``,
    default ``[application] vault_dir`` (``received_dir``), else under the user data folder.

    :raises StoreUnavailableError: the database cannot be reached.
    """
    configured = settings.application.received_dir if inbox else settings.application.vault_dir
    root = folder or configured or Paths.default().data / (INBOX_DIR if inbox else VAULT_DIR)
    store = open_store(settings.database_url)
    return OpenVault(IntakeVault(root, keys, store, settings.reception.terminal_id, clock), store)


def face_engine() -> FaceFinder:
    """The face engine (dlib loads on first use)."""
    from kiosk.face.engine import FaceEngine

    return FaceEngine()


def assemble_intake(vault: IntakeVault, session: IntakeSession, *, mode: IntakeMode, staff_id: str,
                    camera: Callable[[], Camera], engine: Callable[[], FaceFinder] = face_engine,
                    executor: Executor | None = None, max_frames: int | None = None) -> IntakeFlow:
    """An intake flow storing into ``session`` of ``vault``, taking photos with ``camera``
    (``max_frames``: see :class:`~kiosk.application.effects.IntakeEffects`)."""
    effects = IntakeEffects(store=SessionIntake(vault, session), camera=camera, engine=engine, executor=executor,
                            clock=vault.clock, max_frames=max_frames)
    return IntakeFlow(effects, mode=mode, staff_id=staff_id, clock=vault.clock)


# -- the simulators ------------------------------------------------------------------------------

def gui_available() -> None:
    """A Qt GUI application for painting pages (offscreen when there is no display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import create_application

    create_application()


def simulated_form(details: BasicDetails = SIM_DETAILS) -> ReissueForm:
    """A 交付申請書 for a synthetic resident with a fresh valid 申請書ID."""
    return ReissueForm(make_application_id(random.randbelow(10**22)), details.name, details.address,
                       details.birth_date, details.sex or Sex.FEMALE, SYSTEM_CLOCK.now())


def form_camera(form: ReissueForm) -> Camera:
    """A virtual camera showing the lower right of the printed 交付申請書 held up to it."""
    from simulators.camera import VirtualCamera
    from simulators.card_management import in_camera_frame
    from ui.application.printing import form_pixels

    gui_available()
    page = form_pixels(form, 200)
    corner = page[page.shape[0] // 2:, page.shape[1] // 2:]
    return VirtualCamera(in_camera_frame(corner, (1280, 720), scale=0.9, rotation=3, noise=2), realtime=False,
                         name="form")


def photo_camera(face: str = SIM_FACE, *, noise: float = 2.0, realtime: bool = False) -> Camera:
    """A virtual camera showing a shared face fixture (read in place), with a little sensor noise.

    :raises CameraUnavailableError: the fixture is not on this machine.
    """
    from kiosk.camera import CameraUnavailableError
    from simulators.camera import VirtualCamera
    from simulators.fixtures import face_fixture, faces_dir

    path = face_fixture(face)
    if path is None:
        raise CameraUnavailableError(f"face fixture {face} is not in {faces_dir()}")
    return VirtualCamera(path, noise=noise, realtime=realtime, name="photo")


def read_qr(camera: Camera, decode: Callable[[np.ndarray], list[str]], max_frames: int = 30) -> str | None:
    """The first QR text the camera sees within ``max_frames`` frames, or None."""
    with contextlib.closing(camera_frames(camera)) as frames:
        for count, frame in enumerate(frames, 1):
            texts = decode(frame.image)
            if texts:
                return texts[0]
            if count >= max_frames:
                break
    return None


@dataclass(frozen=True)
class IntakeScript:
    """What the staff and the resident do in a scripted intake. ``qr_text``: what the document
    camera read from the 交付申請書 (None: the resident has no form)."""

    qr_text: str | None
    details: BasicDetails = SIM_DETAILS
    email: str | None = "hanako@example.jp"
    documents: tuple[str, ...] = ("driving_license",)
    delivery: Delivery = Delivery.MAIL


@dataclass(frozen=True)
class IntakeOutcome:
    """How a scripted intake ended."""

    final_state: S
    states: list[str] = field(default_factory=list)
    application_id: str | None = None
    record_id: str | None = None
    frames_judged: int = 0
    photo_problems: tuple[str, ...] = ()  # the last frame's broken rules when no photo was taken
    photo_bytes: int = 0
    message_code: str = ""
    seconds: float = 0.0

    @property
    def stored(self) -> bool:
        return self.final_state is S.DONE and self.record_id is not None


def run_intake(flow: IntakeFlow, script: IntakeScript) -> IntakeOutcome:
    """Drive ``flow`` (with inline effects) through one intake; the resident accepts the first photo."""
    states: list[str] = []

    def watch(state: S, ctx: object) -> None:
        if not states or states[-1] != state.value:
            states.append(state.value)

    unsubscribe = flow.observe(watch)
    start = time.perf_counter()
    try:
        flow.send(E.START)
        if script.qr_text is None:
            flow.send(E.NO_FORM)
        else:
            flow.send(E.QR_READ, text=script.qr_text)
        for event, payload in ((E.DETAILS_ENTERED, {"details": script.details}), (E.RESIDENT_CONFIRMED, {}),
                               (E.EMAIL_ENTERED, {"email": script.email}) if script.email else (E.EMAIL_SKIPPED, {}),
                               (E.DOCUMENTS_CHECKED, {"documents": script.documents}),
                               (E.DELIVERY_CHOSEN, {"delivery": script.delivery.value})):
            if not flow.can(event) or flow.ctx.message_code:
                break
            flow.send(event, **payload)
        ctx = flow.ctx
        photo_bytes = len(ctx.photo_jpeg or b"")
        if flow.state is S.PHOTO_REVIEW:
            flow.send(E.PHOTO_ACCEPTED)
        problems = tuple(p.value for p in ctx.guidance.problems) if ctx.guidance else ()
        outcome = IntakeOutcome(flow.state, states, ctx.application_id, ctx.record_id, ctx.frames_judged,
                                problems, photo_bytes, ctx.message_code, time.perf_counter() - start)
    finally:
        unsubscribe()
    return outcome


def simulated_intake(vault: IntakeVault, *, mode: IntakeMode, staff_id: str, with_form: bool = True,
                     face: str = SIM_FACE, delivery: Delivery = Delivery.MAIL, place: str = "シミュレーター会場",
                     max_frames: int = 60) -> tuple[IntakeSession, IntakeOutcome]:
    """One intake on the simulators: a session opened, the 交付申請書 rendered and read by a virtual
    camera (unless ``with_form`` is False), the photo taken from a face fixture within
    ``max_frames`` frames, stored sealed."""
    from drivers.qr import decode_qr

    session = vault.open_session(place, vault.clock().date(), 1, [staff_id])
    qr_text = read_qr(form_camera(simulated_form()), decode_qr) if with_form else None
    flow = assemble_intake(vault, session, mode=mode, staff_id=staff_id, camera=lambda: photo_camera(face),
                           executor=InlineExecutor(), max_frames=max_frames)
    return session, run_intake(flow, IntakeScript(qr_text, delivery=delivery))


@dataclass
class IntakeDesk:
    """An application support desk as composed: ``open_flow`` opens a staff member's session and its
    flow; ``authenticate`` checks a staff login (None: the simulator's desk, no login);
    ``reissue`` prints a 交付申請書. Close it when done."""

    open_flow: Callable[[str], IntakeFlow]
    authenticate: Callable[[str, str], StaffMember] | None
    reissue: FormPrinter
    scan_qr: Callable[[], str | None] | None
    opened: OpenVault

    def close(self) -> None:
        self.opened.close()


def assemble_intake_desk(settings: Settings, ports: IntakePorts, *, desk_id: str,
                         executor: Executor | None = None) -> IntakeDesk:
    """The desk on ``ports`` (``app.ports.simulated_intake`` / ``device_intake``): each staff
    member's intakes go into a session opened when they log in (``[application] mode`` and
    ``place``); a real desk's login takes every active account of ``myna-kiosk staff``, audited as
    ``desk_id``; the 交付申請書 is reissued on ``[application] printer`` or as a PDF in the receipts
    folder.

    :raises StoreUnavailableError: the database cannot be reached.
    """
    from kiosk.store.staff import StaffDirectory

    config = settings.application
    mode = IntakeMode(config.mode)
    place = config.place if mode is IntakeMode.OUTREACH else OFFICE_PLACE
    opened = open_vault(settings, ports.keys)

    def open_flow(staff_id: str) -> IntakeFlow:
        session = opened.vault.open_session(place, opened.vault.clock().date(), 0, [staff_id])
        return assemble_intake(opened.vault, session, mode=mode, staff_id=staff_id, camera=ports.photo_camera,
                               executor=executor)

    staff = StaffDirectory(opened.store.engine)
    return IntakeDesk(open_flow, None if ports.simulated else partial(staff.authenticate, desk_id=desk_id),
                      form_printer(settings, simulator=ports.simulated, reissued=_audit_reissue(opened.store, desk_id)),
                      ports.scan_qr, opened)


def run_intake_desk(settings: Settings, ports: IntakePorts, *, desk_id: str, smoke: bool = False,
                    voice: Callable[[], VoiceGuide | None] | None = None) -> int:
    """``myna-kiosk run --mode application``: :func:`assemble_intake_desk` in its windows — the
    staff login first on a real desk, the simulator's opened for :data:`SIM_STAFF`. ``voice`` makes
    the resident screen's voice guide (none: silent)."""
    from kiosk.flow.executors import WorkerExecutor
    from ui.application.desk import run_application

    executor = WorkerExecutor("application-io")
    desk = assemble_intake_desk(settings, ports, desk_id=desk_id, executor=executor)
    try:
        return run_application(desk.open_flow, authenticate=desk.authenticate, staff_id=SIM_STAFF,
                               scan_qr=desk.scan_qr, reissue=desk.reissue, smoke=smoke,
                               accessibility=settings.accessibility, voice=voice)
    finally:
        executor.shutdown()
        desk.close()


def form_printer(settings: Settings, *, simulator: bool,
                 reissued: Callable[[str], None] | None = None) -> FormPrinter:
    """The desk's reissue of 交付申請書 (``[counter] municipality``, ``[application] municipality_code``
    and ``printer``; PDFs in the receipts folder); the simulator's prints for テスト市 when unset.
    ``reissued`` is told each 申請書ID printed or saved."""
    from ui.application.printing import FormPrinter
    from ui.counter.staff_console import SIMULATED_MUNICIPALITY

    municipality, code = settings.counter.municipality, settings.application.municipality_code
    if simulator:
        municipality, code = municipality or SIMULATED_MUNICIPALITY, code or DEFAULT_MUNICIPALITY
    return FormPrinter(municipality, code, Paths.default().receipts, settings.application.printer,
                       reissued=reissued)


def _audit_reissue(audit: AuditLog, desk_id: str) -> Callable[[str], None]:
    """Records a reissued 交付申請書 by its 申請書ID (never the name or address); a chain that
    cannot take it is logged, and the printed form stands."""
    def record(application_id: str) -> None:
        try:
            audit.audit(FORM_REISSUED, desk_id, {"application_id": application_id})
        except (KioskError, ValueError) as error:
            logger.error("audit: a reissued 交付申請書 was not recorded (%s)", type(error).__name__)

    return record
