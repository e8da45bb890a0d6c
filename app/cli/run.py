"""``myna-kiosk run``: open the kiosk — the clinic reception, a counter desk, or a registration
support desk."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

import click

from app import watchdog
from app.cli.output import SettingsChoice, handles_errors, json_option, settings_options
from kiosk.camera import CameraSpec, camera_spec
from kiosk.counter.notice_qr import ScanFormats
from kiosk.settings import Settings, require
from kiosk.voice.guide import VoiceGuide

if TYPE_CHECKING:
    from kiosk.counter.machine import CounterFlow
    from kiosk.counter.qr_scanner import QrScanner

logger = logging.getLogger(__name__)
T = TypeVar("T")


@click.command(epilog="""
\b
Examples:
  myna-kiosk run --simulator                       # clinic reception, virtual card and camera
  myna-kiosk run --mode clinic --reader "ACS ACR39U ICC Reader 00 00"
  myna-kiosk run --mode counter --simulator --desk DESK-02
  myna-kiosk run --mode counter --desk DESK-03 --qr-camera /dev/video2    # real cards, imported queue
  myna-kiosk run --mode registration --simulator                          # insurance registration support
  myna-kiosk run --mode application --simulator                           # application support (申請サポート)
  myna-kiosk run --mode application --desk APP-01        # [application] cameras, staff login
""")
@click.option("--mode", type=click.Choice(["clinic", "counter", "registration", "application"]), default="clinic",
              show_default=True, help="clinic: the resident's reception kiosk; counter: a municipal handover "
                                      "desk; registration: the desk that helps card holders register the card "
                                      "as their health-insurance card; application: the application support "
                                      "desk (申請サポート, [application] settings).")
@click.option("--simulator", is_flag=True, help="Virtual card, camera and services in-process; no hardware.")
@click.option("--reader", metavar="NAME", help="PC/SC reader name (default: the first reader with a card).")
@click.option("--desk", default="DESK-01", show_default=True,
              help="The desk's id (counter, registration and application modes).")
@click.option("--qr-camera", "qr_camera", metavar="SPEC", callback=lambda c, p, v: _parsed(camera_spec, v, p),
              help="Counter: the camera that reads the 交付通知書 / 交付申請書 QR, a device index or an absolute "
                   "path (/dev/video2, or a video file). Default: none (staff type the 申請書ID).")
@click.option("--qr-pattern", "qr_patterns", metavar="REGEX", multiple=True,
              help="Counter: another QR payload layout to accept, a regular expression with a group named id "
                   "for the 申請書ID (repeatable; see docs/qr-camera.md).")
@click.option("--smoke", is_flag=True, help="Open, paint the first screen, quit (install checks).")
@settings_options(database=False)
@json_option
@click.pass_context
@handles_errors
def run(ctx: click.Context, mode: str, simulator: bool, reader: str | None, desk: str, qr_camera: CameraSpec | None,
        qr_patterns: tuple[str, ...], smoke: bool, settings: SettingsChoice, as_json: bool) -> int:
    """Open the kiosk window. Outside simulator mode it runs full screen on the PC/SC reader."""
    from kiosk import logs

    formats = _parsed(ScanFormats.with_patterns, qr_patterns, "--qr-pattern")
    loaded = settings.load()
    logs.configure(loaded.log_dir, ctx.find_root().params.get("verbose", False))
    check_clock(loaded)
    if mode == "counter":
        return _run_counter(loaded, desk, simulator=simulator, reader=reader, smoke=smoke, qr_camera=qr_camera,
                            formats=formats)
    if mode == "registration":
        return _run_registration(loaded, desk, simulator=simulator, reader=reader, smoke=smoke)
    if mode == "application":
        return _run_application(loaded, desk, simulator=simulator, smoke=smoke)
    return _run_reception(loaded, simulator=simulator, reader=reader, smoke=smoke)


def _parsed(parse: Callable[[Any], T], value: Any, option: object) -> Any:
    """``parse(value)`` for a command-line option (None stays None); its ValueError is a usage error."""
    if value is None:
        return None
    try:
        return parse(value)
    except ValueError as error:
        name = option if isinstance(option, str) else getattr(option, "opts", ["option"])[0]
        raise click.BadParameter(str(error) or "not valid here", param_hint=name) from error


def check_clock(settings: Settings) -> None:
    """Refuse to open on a clock that cannot be right (before this release, or behind the newest
    stored event): every certificate and consent would be judged on a wrong date.

    :raises ClockError:
    """
    from kiosk.clock import SYSTEM_CLOCK, check_plausible
    from kiosk.store.db import open_store

    store = open_store(settings.database_url)
    try:
        check_plausible(SYSTEM_CLOCK.now(), store.newest_event_at())
    finally:
        store.close()


def sim_staff_pin(settings: Settings) -> tuple[Settings, str]:
    """Simulator mode: the simulator's staff PIN (``SIM_STAFF_PIN``) opens the staff check, unless
    the settings set one. Returns the settings to run with and the PIN for the simulator panel to
    name ("" when the settings' own is used)."""
    from app.cli.simulate import SIM_STAFF_PIN
    from kiosk.reception.config import hash_staff_pin

    if settings.reception.staff_pin_hash:
        return settings, ""
    reception = replace(settings.reception, staff_pin_hash=hash_staff_pin(SIM_STAFF_PIN))
    return replace(settings, reception=reception), SIM_STAFF_PIN


def _run_reception(settings: Settings, *, simulator: bool, reader: str | None, smoke: bool) -> int:
    from app.ports import device_reception, simulated_reception
    from app.reception import assemble_from
    from kiosk.flow.executors import WorkerExecutor
    from kiosk.flow.scheduler import ThreadScheduler
    from ui.app import run_reception

    staff_pin = ""
    if simulator:
        settings, staff_pin = sim_staff_pin(settings)
    else:
        require(settings, "reception.terminal_id", "reception.institution_code")
    ports = simulated_reception(settings) if simulator else device_reception(settings, reader)
    _warn(ports.warnings)
    executor, service_executor = WorkerExecutor("card-io"), WorkerExecutor("service-io")
    if ports.face_worker is not None and not smoke:
        ports.face_worker.start()  # loads dlib in the child while the window opens
    kiosk = assemble_from(settings, ports, executor=executor, service_executor=service_executor,
                          scheduler=ThreadScheduler())
    try:
        watchdog.attach()  # systemd: READY=1 once the Qt event loop runs, then WATCHDOG=1 from it
        return run_reception(kiosk.flow, preview=ports.preview_listeners.append, simulator=ports.controls,
                             full_screen=not simulator, on_shown=kiosk.start, smoke=smoke,
                             accessibility=settings.accessibility, voice=_voice_factory(settings, smoke),
                             warnings=settings.warnings + tuple(ports.warnings), staff_pin=staff_pin)
    finally:
        kiosk.close()
        executor.shutdown()
        service_executor.shutdown()
        if ports.face_worker is not None:
            ports.face_worker.stop()


def _run_counter(settings: Settings, desk_id: str, *, simulator: bool, reader: str | None, smoke: bool,
                 qr_camera: CameraSpec | None, formats: ScanFormats) -> int:
    """A handover desk: in simulator mode on the virtual card with the simulator's staff accounts;
    otherwise on the PC/SC reader, the queue imported with ``myna-kiosk applications import``, and
    the staff accounts the administrator made (none is ever created here)."""
    from app.counter import assemble_desk_from
    from app.ports import device_counter, simulated_counter
    from kiosk.flow.executors import WorkerExecutor
    from kiosk.flow.scheduler import ThreadScheduler
    from ui.counter.desk_app import run_counter

    ports = simulated_counter(settings) if simulator else device_counter(settings, reader)
    _warn(ports.warnings)
    executor = WorkerExecutor()
    desk = assemble_desk_from(settings, ports, desk_id=desk_id, executor=executor, scheduler=ThreadScheduler(),
                              recover=True, scan_formats=formats)
    try:
        if simulator:
            from app.cli.simulate import create_sim_staff

            create_sim_staff(desk.store.staff)
        ports.slot.start()
        watchdog.attach()  # systemd: READY=1 once the Qt event loop runs, then WATCHDOG=1 from it
        return run_counter(desk.flow, simulator=ports.controls, smoke=smoke, counter=settings.counter,
                           accessibility=settings.accessibility, voice=_voice_factory(settings, smoke),
                           scanner=None if qr_camera is None or smoke else _qr_scanner(desk.flow, qr_camera, formats))
    finally:
        desk.close()
        executor.shutdown()


def _qr_scanner(flow: CounterFlow, spec: CameraSpec, formats: ScanFormats) -> QrScanner:
    """The desk's QR camera, decoded while the desk waits for a look-up (a video file loops)."""
    from drivers.camera import OpenCvCamera
    from drivers.qr import decode_qr
    from kiosk.counter.qr_scanner import QrScanner
    from kiosk.counter.table import CounterEvent

    return QrScanner(lambda: OpenCvCamera(spec, 1280, 720, loop=True), decode_qr, formats,
                     wanted=lambda: flow.can(CounterEvent.LOOKUP))


def _run_registration(settings: Settings, desk_id: str, *, simulator: bool, reader: str | None, smoke: bool) -> int:
    """A registration support desk (seed 003): card holders register the card as their
    health-insurance card, helped by staff."""
    from app.ports import device_reception, simulated_reception
    from app.registration import assemble_registration
    from kiosk.flow.executors import WorkerExecutor
    from ui.registration.desk_app import run_registration

    ports = simulated_reception(settings) if simulator else device_reception(settings, reader)
    _warn(ports.warnings)
    executor, service_executor = WorkerExecutor("card-io"), WorkerExecutor("service-io")
    if ports.face_worker is not None and not smoke:
        ports.face_worker.start()
    desk = assemble_registration(settings.database_url, ports, desk_id=desk_id, executor=executor,
                                 service_executor=service_executor)
    try:
        desk.slot.start()
        watchdog.attach()
        return run_registration(desk.flow, simulator=ports.controls, smoke=smoke)
    finally:
        desk.close()
        executor.shutdown()
        service_executor.shutdown()
        if ports.face_worker is not None:
            ports.face_worker.stop()


def _run_application(settings: Settings, desk_id: str, *, simulator: bool, smoke: bool) -> int:
    """An application support desk (申請サポート): on the simulators, or on the ``[application]``
    cameras with the fleet's application keys and a staff login."""
    from app.application import run_intake_desk
    from app.ports import device_intake, simulated_intake

    ports = simulated_intake() if simulator else device_intake(settings.application)
    _warn(ports.warnings)
    watchdog.attach()  # systemd: READY=1 once the Qt event loop runs, then WATCHDOG=1 from it
    return run_intake_desk(settings, ports, desk_id=desk_id, smoke=smoke, voice=_voice_factory(settings, smoke))


def _warn(warnings: list[str]) -> None:
    """Start-up output for whoever installs the terminal: what it runs without."""
    for warning in warnings:
        logger.warning("%s", warning)
        click.echo(warning, err=True)


def _voice_factory(settings: Settings, smoke: bool) -> Callable[[], VoiceGuide] | None:
    """Makes the voice guide (after the Qt application exists): Open JTalk for Japanese, espeak-ng
    for the other languages, whichever are installed. The reception prompts are synthesised in
    the background, so the first resident hears them at once."""
    if not settings.accessibility.voice or smoke:
        return None

    def make() -> VoiceGuide:
        import logging

        from drivers.voices import available_engines
        from kiosk.reception.texts import TEXTS
        from ui.audio_out import QtAudioOutput

        engines, problems = available_engines()
        for problem in problems:
            logging.getLogger(__name__).warning("voice: %s", problem)
        guide = VoiceGuide(engines, QtAudioOutput(), volume=settings.accessibility.volume)
        guide.prewarm((text, "ja") for text in TEXTS.values() if "{" not in text)
        return guide

    return make
