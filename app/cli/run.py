"""``myna-kiosk run``: open the kiosk — the clinic reception or a counter desk."""

from __future__ import annotations

from collections.abc import Callable

import click

from app.cli.output import Exit, SettingsChoice, handles_errors, json_option, report, settings_options
from kiosk.settings import Settings, require
from kiosk.voice.guide import VoiceGuide


@click.command(epilog="""
\b
Examples:
  myna-kiosk run --simulator                       # clinic reception, virtual card and camera
  myna-kiosk run --mode clinic --reader "ACS ACR39U ICC Reader 00 00"
  myna-kiosk run --mode counter --simulator --desk DESK-02
""")
@click.option("--mode", type=click.Choice(["clinic", "counter"]), default="clinic", show_default=True,
              help="clinic: the resident's reception kiosk; counter: a municipal handover desk.")
@click.option("--simulator", is_flag=True, help="Virtual card, camera and services in-process; no hardware.")
@click.option("--reader", metavar="NAME", help="PC/SC reader name (default: the first reader with a card).")
@click.option("--desk", default="DESK-01", show_default=True, help="The counter desk's id (counter mode).")
@click.option("--smoke", is_flag=True, help="Open, paint the first screen, quit (install checks).")
@settings_options(database=False)
@json_option
@click.pass_context
@handles_errors
def run(ctx: click.Context, mode: str, simulator: bool, reader: str | None, desk: str, smoke: bool,
        settings: SettingsChoice, as_json: bool) -> int:
    """Open the kiosk window. Outside simulator mode it runs full screen on the PC/SC reader."""
    from kiosk import logs

    loaded = settings.load()
    logs.configure(loaded.log_dir, ctx.find_root().params.get("verbose", False))
    check_clock(loaded)
    if mode == "counter":
        if not simulator:
            return report("COUNTER_NEEDS_SIMULATOR", "the counter needs the national card-management system; "
                          "run it with --simulator here", Exit.USAGE, as_json)
        return _run_counter(loaded, desk, smoke=smoke)
    return _run_reception(loaded, simulator=simulator, reader=reader, smoke=smoke)


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


def _run_reception(settings: Settings, *, simulator: bool, reader: str | None, smoke: bool) -> int:
    from app.ports import device_reception, simulated_reception
    from app.reception import assemble_from
    from kiosk.flow.executors import WorkerExecutor
    from kiosk.flow.scheduler import ThreadScheduler
    from ui.app import run_reception

    if not simulator:
        require(settings, "reception.terminal_id", "reception.institution_code")
    ports = simulated_reception(settings) if simulator else device_reception(settings, reader)
    executor, service_executor = WorkerExecutor("card-io"), WorkerExecutor("service-io")
    if ports.face_worker is not None and not smoke:
        ports.face_worker.start()  # loads dlib in the child while the window opens
    kiosk = assemble_from(settings, ports, executor=executor, service_executor=service_executor,
                          scheduler=ThreadScheduler())
    try:
        return run_reception(kiosk.flow, preview=ports.preview_listeners.append, simulator=ports.controls,
                             full_screen=not simulator, on_shown=kiosk.start, smoke=smoke,
                             accessibility=settings.accessibility, voice=_voice_factory(settings, smoke),
                             warnings=settings.warnings)
    finally:
        kiosk.close()
        executor.shutdown()
        service_executor.shutdown()
        if ports.face_worker is not None:
            ports.face_worker.stop()


def _run_counter(settings: Settings, desk_id: str, *, smoke: bool) -> int:
    from app.cli.simulate import create_sim_staff
    from app.counter import assemble_desk_from
    from app.ports import simulated_counter
    from kiosk.flow.executors import WorkerExecutor
    from kiosk.flow.scheduler import ThreadScheduler
    from ui.counter.desk_app import run_counter

    executor = WorkerExecutor()
    ports = simulated_counter(settings)
    desk = assemble_desk_from(settings, ports, desk_id=desk_id, executor=executor, scheduler=ThreadScheduler(),
                              simulated_cards=True, recover=True)
    try:
        create_sim_staff(desk.store.staff)
        ports.slot.start()
        return run_counter(desk.flow, simulator=ports.controls, smoke=smoke)
    finally:
        desk.close()
        executor.shutdown()


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
