"""``myna-kiosk``: the composition root (design "Shape").

This is the only module that chooses real drivers or simulators. Subcommands:

* ``run [--mode clinic] [--simulator]`` — the kiosk window (simulator: in-process virtual card).
* ``card info [--reader NAME] [--json]`` — read a card through PC/SC, consuming no PIN try.
* ``sim residents [--json]`` — the synthetic residents.
* ``sim card serve --resident ID [--port N]`` — serve a resident's card through vpcd until stopped.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from typing import TYPE_CHECKING

from kiosk.clock import SYSTEM_CLOCK, set_time_zone
from kiosk.errors import KioskError
from kiosk.messages import message_for

if TYPE_CHECKING:  # the settings module is imported when a command needs it
    from kiosk.settings import Settings

logger = logging.getLogger("kiosk")


def _fail(error: KioskError) -> int:
    print(message_for(error), file=sys.stderr)
    print(f"[{error.code}] {error.detail}", file=sys.stderr)
    return 2


def cmd_card_info(args: argparse.Namespace) -> int:
    from drivers.pcsc import connect
    from kiosk.card.info import read_card_info

    try:
        with connect(args.reader, extended_length=not args.short_apdus) as connection:
            info = read_card_info(connection)
    except KioskError as error:
        return _fail(error)
    if args.json:
        print(json.dumps(info.as_dict(), ensure_ascii=False, indent=2))
        return 0
    tries = (f"{info.auth_pin_tries} 回 (query only; no try used)" if info.auth_pin_usable
             else "no usable PIN (顔認証マイナンバーカード or PIN not set)")
    rows = [
        ("Reader", info.reader), ("ATR", info.atr), ("Card", f"{info.kind} ({info.token_label})"),
        ("Auth certificate", info.auth_subject), ("  issuer", info.auth_issuer),
        ("  serial", info.auth_serial),
        ("  valid", f"{info.auth_not_before} – {info.auth_not_after} "
                    f"({'valid now' if info.auth_valid_now else 'NOT valid now'})"),
        ("Auth PIN tries", tries), ("APDUs", str(info.apdus)),
    ]
    for label, value in rows:
        print(f"{label:<17} {value}")
    return 0


def cmd_sim_residents(args: argparse.Namespace) -> int:
    from simulators.residents import all_residents

    today = SYSTEM_CLOCK.today()
    rows = [{
        "id": r.id, "name": r.name, "age": r.age(today), "birth_date": r.birth_date.isoformat(),
        "sex": r.sex, "address": r.address, "face_card": r.face_card, "has_signing_cert": bool(r.sign_password),
        "auth_pin_tries": r.auth_pin_tries if not r.face_card else None,
        "auth_cert_expiry": r.auth_cert_expiry.isoformat(), "card_expiry": r.card_expiry.isoformat(),
        "insurance_registered": r.insurance_registered, "photo": r.photo or "placeholder", "tags": list(r.tags),
    } for r in all_residents(today)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        kind = "顔認証カード" if row["face_card"] else f"PIN 残り{row['auth_pin_tries']}"
        print(f"{row['id']}  {row['name']:<10}  {row['age']:>3}歳  {kind:<10}  "
              f"証明書〜{row['auth_cert_expiry']}  {','.join(row['tags'])}")
    return 0


def _resident(resident_id: str):
    """The synthetic resident, or None after saying where the list is."""
    from simulators.residents import resident

    try:
        return resident(resident_id)
    except KeyError:
        print(f"unknown resident {resident_id} (see: myna-kiosk sim residents)", file=sys.stderr)
        return None


def cmd_sim_card_serve(args: argparse.Namespace) -> int:
    from simulators.card import card_for
    from simulators.pcscd import PcscdUnavailable, ensure_pcscd, stop, vpcd_reader
    from simulators.vpcd import VpcdBridge

    person = _resident(args.resident)
    if person is None:
        return 2
    try:
        process = ensure_pcscd() if args.start_pcscd else None
    except PcscdUnavailable as exc:
        print(f"cannot start pcscd: {exc}", file=sys.stderr)
        return 2
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    bridge = VpcdBridge(card_for(person), port=args.port)
    try:
        bridge.insert()
        print(f"serving {person.id}'s card on {vpcd_reader(args.port)!r} (Ctrl-C to remove it)", flush=True)
        stopped.wait()
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"cannot reach vpcd on port {args.port}: {exc}", file=sys.stderr)
        return 2
    finally:
        bridge.remove()
        stop(process)
    return 0


def cmd_face_compare(args: argparse.Namespace) -> int:
    from kiosk.face.compare import compare
    from kiosk.images import load_image

    try:
        result = compare(load_image(args.image_a), load_image(args.image_b))
    except KioskError as error:
        return _fail(error)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"distance {result.distance:.4f} -> {result.outcome.value} "
              f"(faces found: {result.faces[0]}, {result.faces[1]})")
        print("timings: " + ", ".join(f"{k} {v:.1f} ms" for k, v in result.timings.items()))
    return 0


def cmd_face_live(args: argparse.Namespace) -> int:
    from pathlib import Path

    from drivers.camera import OpenCvCamera, iter_video_frames, probe_video
    from kiosk.camera import Frame
    from kiosk.face.live import camera_frames, verify_stream
    from kiosk.face.verifier import FaceVerifier
    from kiosk.images import load_image

    try:
        verifier = FaceVerifier(load_image(args.card_photo))
        if Path(args.camera).is_file():  # a recording: every frame, at media time
            fps = probe_video(args.camera).fps or 30.0
            frames = (Frame(image, i, i / fps) for i, image in enumerate(iter_video_frames(args.camera)))
            result = verify_stream(verifier, frames, stride=args.stride)
        else:
            device = int(args.camera) if args.camera.isdigit() else args.camera
            result = verify_stream(verifier, camera_frames(OpenCvCamera(device)))
        verifier.close()
    except KioskError as error:
        return _fail(error)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        out = result.as_dict()
        print(f"{out['outcome']} ({out['reason']}), median distance {out['distance']}, live={out['live']} "
              f"(motion {out['motion']}), {out['frames_analysed']} of {out['frames_seen']} frames analysed "
              f"in {out['wall_ms']:.0f} ms")
        print("quality: " + ", ".join(f"{k} {v}" for k, v in out["quality_reasons"].items()))
        print("median stage ms: " + ", ".join(f"{k} {v}" for k, v in out["median_stage_ms"].items()))
    return 0 if result.decision and result.decision.outcome.value == "match" else 1


def _secrets(simulator: bool):
    """The OS keyring; in simulator mode a per-run key when no keyring backend works here."""
    from kiosk.secrets import KeyringSecretStore, MemorySecretStore, SecretStoreError

    store = KeyringSecretStore()
    try:
        store.get_or_create("cert-hash-key")
        return store
    except SecretStoreError as error:
        if not simulator:
            raise
        logger.warning("no usable keyring (%s): certificate hashes use a key for this run only", error.detail)
        return MemorySecretStore()


def _eligibility(settings, simulator: bool):
    if settings.eligibility_url:
        from drivers.eligibility_http import HttpEligibilityService

        return HttpEligibilityService(settings.eligibility_url, terminal_id=settings.reception.terminal_id)
    if not simulator:
        from kiosk.settings import ConfigError

        raise ConfigError("settings: eligibility_url is required outside simulator mode")
    from simulators.eligibility import SimulatedEligibilityService

    return SimulatedEligibilityService()


def _load_settings(args: argparse.Namespace):
    from dataclasses import replace
    from pathlib import Path

    from kiosk.settings import load_settings

    settings = load_settings(Path(args.settings) if args.settings else None)
    set_time_zone(settings.time_zone)
    overrides = {}
    if getattr(args, "database_url", None):
        overrides["database_url"] = args.database_url
    if getattr(args, "results_dir", None):
        overrides["results_dir"] = Path(args.results_dir)
    return replace(settings, **overrides)


def cmd_simulate_reception(args: argparse.Namespace) -> int:
    from kiosk.flow.config import hash_staff_pin
    from kiosk.messages import message_for_code
    from kiosk.reception.assembly import assemble
    from kiosk.reception.effects import InlineExecutor
    from kiosk.reception.face_runner import ThreadFaceRunner
    from kiosk.reception.model import ConsentItem
    from simulators.camera import scene
    from simulators.card.slot import VirtualCardSlot
    from simulators.scenarios import ResidentScript, run_scenario

    person = _resident(args.resident)
    if person is None:
        return 2
    consents = None
    if args.consent:
        try:
            consents = {ConsentItem(k): v.lower() in ("yes", "y", "true", "1")
                        for k, v in (item.split("=", 1) for item in args.consent)}
        except ValueError:
            print(f"--consent takes ITEM=yes|no with ITEM one of {', '.join(i.value for i in ConsentItem)}",
                  file=sys.stderr)
            return 2
    staff_pin = "246813"
    try:
        settings = _load_settings(args)
        from dataclasses import replace

        settings = replace(settings, reception=replace(settings.reception, staff_pin_hash=hash_staff_pin(staff_pin)))
        slot = VirtualCardSlot()
        kiosk = assemble(settings, slot=slot, eligibility=_eligibility(settings, simulator=True),
                         secrets=_secrets(simulator=True), collation=slot,
                         face=ThreadFaceRunner(lambda: scene(args.camera_scene, loop=True)),
                         executor=InlineExecutor())
    except KioskError as error:
        return _fail(error)
    script = ResidentScript(person.id, args.method, pin=args.pin or person.auth_pin, staff_pin=staff_pin,
                            consents=consents, register=not args.decline_registration)
    try:
        outcome = run_scenario(kiosk.flow, slot.insert_resident, script)
    finally:
        kiosk.close()
    files = {kind: str(settings.results_dir / f"{outcome.file_id}.{kind}") for kind in ("xml", "json")} \
        if outcome.file_id else {}
    report = {"resident": person.id, "method": args.method, "outcome": "completed" if outcome.completed else "failed",
              "final_state": outcome.final_state.value, "error_code": outcome.error_code,
              "message": message_for_code(outcome.error_code) if outcome.error_code else "",
              "file_id": outcome.file_id, "result_files": files, "states": outcome.states,
              "seconds": round(outcome.seconds, 3)}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{report['outcome']}: {person.id} by {args.method}, {len(outcome.states)} screens, "
              f"{report['seconds']} s -> {outcome.final_state.value}")
        for kind, path in files.items():
            print(f"  {kind}: {path}")
        if outcome.error_code:
            print(f"  [{outcome.error_code}] {report['message']}")
    return 0 if outcome.completed else 1


def cmd_sim_applications(args: argparse.Namespace) -> int:
    from simulators.card_management import SimulatedCardManagement

    rows = [{"application_id": a.application_id, "resident": a.resident_id, "name": a.name,
             "status": a.status.value, "face_card": a.face_card_chosen}
            for a in SimulatedCardManagement().queue()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['application_id']}  {row['resident']}  {row['status']:<11}  "
                  f"{'顔認証カード' if row['face_card'] else '':<6}  {row['name']}")
    return 0


SIM_STAFF = ("clerk01", "窓口1 (シミュレーター)", "counter", "counter-pass-01")
SIM_SUPERVISOR = ("super01", "管理者 (シミュレーター)", "supervisor", "supervisor-pass-01")


def _sim_staff(store) -> None:
    """The simulator's staff accounts (created once per database)."""
    from kiosk.store.errors import StoreError

    for account in (SIM_STAFF, SIM_SUPERVISOR):
        try:
            store.staff.create(*account)
        except (ValueError, StoreError):
            pass  # exists already (or another desk created it at this very moment)


def cmd_simulate_counter(args: argparse.Namespace) -> int:
    from kiosk.counter.assembly import assemble_desk
    from kiosk.face.score import CameraFaceScorer
    from kiosk.messages import message_for_code
    from kiosk.reception.effects import InlineExecutor
    from simulators.camera import scene
    from simulators.card.slot import VirtualCardSlot
    from simulators.card_management import SimulatedCardManagement
    from simulators.counter_scenarios import DeskScript, run_desk
    from simulators.eligibility import SimulatedEligibilityService

    cards = SimulatedCardManagement()
    try:
        settings = _load_settings(args)
        slot = VirtualCardSlot()
        scorer = CameraFaceScorer(lambda: scene("right-person-present", loop=True)) if args.face_score else None
        desk = assemble_desk(settings.database_url, desk_id=args.desk, slot=slot, collation=slot, cards=cards,
                             eligibility=SimulatedEligibilityService(), scorer=scorer, executor=InlineExecutor(),
                             simulated_cards=True)
        _sim_staff(desk.store)
        application = cards.find(args.application_id).application_id
    except KioskError as error:
        return _fail(error)
    try:
        outcome = run_desk(desk.flow, desk.effects, slot, cards, DeskScript(
            application, staff_id=SIM_STAFF[0], password=SIM_STAFF[3], face_card=True if args.face_card else None,
            register=not args.decline_registration))
    finally:
        desk.close()
    code = outcome.failure_code or outcome.message_code
    report = {"application_id": application, "desk": args.desk,
              "outcome": "handed-over" if outcome.handed_over else "not-handed-over",
              "final_state": outcome.final_state.value, "code": code,
              "message": message_for_code(code) if code else "", "pins_set": list(outcome.pins_set),
              "registered": outcome.registered, "face_score": outcome.face_score,
              "staff_actions": outcome.staff_actions, "states": outcome.states, "seconds": round(outcome.seconds, 3)}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{report['outcome']}: {application} at {args.desk}, {outcome.staff_actions} staff actions, "
              f"{report['seconds']} s, PINs {report['pins_set'] or 'none'}, registered {outcome.registered}")
        if code:
            print(f"  [{code}] {report['message']}")
    return 0 if outcome.handed_over else 1


def cmd_stats(args: argparse.Namespace) -> int:
    """The supervisor's day statistics: a window, or ``--csv FILE`` without one."""
    import getpass
    from datetime import date as day_type
    from pathlib import Path

    from kiosk.counter.records import LoginFailedError
    from kiosk.store.counter import open_counter_store

    try:
        store = open_counter_store(_load_settings(args).database_url)
        password = args.password or getpass.getpass("パスワード: ")
        member = store.staff.authenticate(args.staff_id, password, desk_id="stats")
        if member.role != "supervisor":
            raise LoginFailedError("the day statistics are for supervisors")
        day = day_type.fromisoformat(args.day) if args.day else SYSTEM_CLOCK.today()
        statistics = store.day_statistics(day)
    except KioskError as error:
        return _fail(error)
    except ValueError:
        print("--day takes YYYY-MM-DD", file=sys.stderr)
        return 2
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as out:
            out.write(statistics.to_csv())
        print(f"written {args.csv}")
        return 0
    from ui.app import create_application
    from ui.counter.stats_window import StatsWindow

    app = create_application()
    window = StatsWindow(statistics, export_dir=Path.home())
    window.show()
    return app.exec()


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from kiosk.store.cli import verify_audit_cli

    try:
        return verify_audit_cli(args.database_url or _load_settings(args).database_url)
    except KioskError as error:
        return _fail(error)


def run_counter_desk(args: argparse.Namespace) -> int:
    """The municipal counter desk: staff console + resident screen on one shared database."""
    from kiosk import logs
    from kiosk.counter.assembly import assemble_desk
    from kiosk.reception.effects import WorkerExecutor
    from ui.counter.desk_app import run_counter

    if not args.simulator:
        print("the counter needs the national card-management system; run it with --simulator here",
              file=sys.stderr)
        return 2
    from kiosk.face.score import CameraFaceScorer
    from simulators.card.slot import VirtualCardSlot
    from simulators.card_management import SimulatedCardManagement
    from simulators.control import SceneCamera, SimulatorControls
    from simulators.eligibility import SimulatedEligibilityService

    executor = WorkerExecutor()
    try:
        settings = _load_settings(args)
        logs.configure(settings.log_dir, args.verbose)
        slot, camera = VirtualCardSlot(), SceneCamera()
        desk = assemble_desk(settings.database_url, desk_id=args.desk, slot=slot, collation=slot,
                             cards=SimulatedCardManagement(), eligibility=SimulatedEligibilityService(),
                             scorer=CameraFaceScorer(lambda: camera), executor=executor, simulated_cards=True)
        _sim_staff(desk.store)
    except KioskError as error:
        return _fail(error)
    try:
        slot.start()
        return run_counter(desk.flow, desk.effects, simulator=SimulatorControls(slot, camera))
    finally:
        desk.close()
        executor.shutdown()


def cmd_run(args: argparse.Namespace) -> int:
    """The clinic kiosk: simulators in-process with ``--simulator``, else the PC/SC reader."""
    if args.mode == "counter":
        return run_counter_desk(args)
    from kiosk import logs
    from kiosk.flow.machine import ThreadScheduler
    from kiosk.reception.assembly import assemble
    from kiosk.reception.effects import WorkerExecutor
    from ui.app import run_reception

    try:
        settings = _load_settings(args)
        logs.configure(settings.log_dir, args.verbose)
        preview_listeners: list = []
        executor = WorkerExecutor()
        if args.simulator:
            from kiosk.face.worker import FaceWorker
            from kiosk.reception.face_runner import WorkerFaceRunner
            from simulators.card.slot import VirtualCardSlot
            from simulators.control import SceneCamera, SimulatorControls
            from simulators.eligibility import Faults, SimulatedEligibilityService

            slot = VirtualCardSlot()
            camera, faults = SceneCamera(), Faults()
            eligibility = (_eligibility(settings, simulator=True) if settings.eligibility_url
                           else SimulatedEligibilityService(faults=faults))
            worker = FaceWorker(lambda report: None, lambda error: None)
            face = WorkerFaceRunner(camera, worker, lambda frame: [cb(frame.image) for cb in preview_listeners])
            if not args.smoke:
                worker.start()  # loads dlib in the child while the window opens
            kiosk = assemble(settings, slot=slot, eligibility=eligibility, secrets=_secrets(simulator=True),
                             collation=slot, face=face, executor=executor, scheduler=ThreadScheduler(),
                             lookup=eligibility if hasattr(eligibility, "lookup") else None)
            controls = SimulatorControls(slot, camera, faults)
        else:
            from drivers.pcsc import PcscCardSlot

            slot = PcscCardSlot(args.reader)
            worker = None
            kiosk = assemble(settings, slot=slot, eligibility=_eligibility(settings, simulator=False),
                             secrets=_secrets(simulator=False), executor=executor, scheduler=ThreadScheduler())
            controls = None
    except KioskError as error:
        return _fail(error)
    try:
        return run_reception(kiosk.flow, preview=preview_listeners.append, simulator=controls,
                             full_screen=not args.simulator, on_shown=kiosk.start, smoke=args.smoke,
                             accessibility=settings.accessibility, voice=_voice_factory(settings, args.smoke),
                             warnings=settings.warnings)
    finally:
        kiosk.close()
        executor.shutdown()
        if worker is not None:
            worker.stop()


def _voice_factory(settings: Settings, smoke: bool):
    """Makes the voice guide (after the Qt application exists): Open JTalk for Japanese, espeak-ng
    for the other languages, whichever are installed. The reception prompts are synthesised in
    the background, so the first resident hears them at once."""
    if not settings.accessibility.voice or smoke:
        return None

    def make():
        from drivers.audio_out import QtAudioOutput
        from drivers.voices import available_engines
        from kiosk.flow.texts import TEXTS
        from kiosk.voice.guide import VoiceGuide

        engines, problems = available_engines()
        for problem in problems:
            logger.warning("voice: %s", problem)
        guide = VoiceGuide(engines, QtAudioOutput(), volume=settings.accessibility.volume)
        guide.prewarm((text, "ja") for text in TEXTS.values() if "{" not in text)
        return guide

    return make


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="myna-kiosk", description="My Number Card kiosk")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="open the kiosk")
    run.add_argument("--mode", choices=["clinic", "counter"], default="clinic")
    run.add_argument("--desk", default="DESK-01", help="counter desk id")
    run.add_argument("--simulator", action="store_true", help="virtual card and camera, no hardware")
    run.add_argument("--reader", help="PC/SC reader name (default: the first with a card)")
    run.add_argument("--settings", help="settings.toml (default: the user config dir)")
    run.add_argument("--smoke", action="store_true", help="open, paint the idle screen, quit")
    run.set_defaults(func=cmd_run)

    card = sub.add_parser("card", help="card commands").add_subparsers(dest="card_command", required=True)
    info = card.add_parser("info", help="read a card through PC/SC without using a PIN try")
    info.add_argument("--reader", help="PC/SC reader name (default: the first with a card)")
    info.add_argument("--json", action="store_true")
    info.add_argument("--short-apdus", action="store_true", help="no extended APDUs (old readers)")
    info.set_defaults(func=cmd_card_info)

    face = sub.add_parser("face", help="face verification").add_subparsers(dest="face_command", required=True)
    face_compare = face.add_parser("compare", help="distance between the faces of two images")
    face_compare.add_argument("image_a")
    face_compare.add_argument("image_b")
    face_compare.add_argument("--json", action="store_true")
    face_compare.set_defaults(func=cmd_face_compare)
    face_live = face.add_parser("live", help="run the live pipeline on a camera or a video file")
    face_live.add_argument("--camera", required=True, help="device index, device path or video file")
    face_live.add_argument("--card-photo", required=True, help="the card photo (any image format)")
    face_live.add_argument("--stride", type=int, default=3, help="analyse every Nth frame of a file")
    face_live.add_argument("--json", action="store_true")
    face_live.set_defaults(func=cmd_face_live)

    simulate = sub.add_parser("simulate", help="headless scenarios on the simulators").add_subparsers(
        dest="simulate_command", required=True)
    reception = simulate.add_parser("reception", help="one resident through the clinic reception flow")
    reception.add_argument("--resident", required=True)
    reception.add_argument("--method", choices=["face", "pin", "staff"], required=True)
    reception.add_argument("--pin", help="the PIN the resident types (default: the right one)")
    reception.add_argument("--consent", action="append", metavar="ITEM=yes|no",
                           help="answer one consent screen (default: 包括同意)")
    reception.add_argument("--decline-registration", action="store_true")
    reception.add_argument("--camera-scene", default="right-person-present")
    reception.add_argument("--settings", help="settings.toml (default: the user config dir)")
    reception.add_argument("--database-url")
    reception.add_argument("--results-dir")
    reception.add_argument("--json", action="store_true")
    reception.set_defaults(func=cmd_simulate_reception)

    counter = simulate.add_parser("counter", help="one handover + registration at a counter desk")
    counter.add_argument("--application-id", required=True, help="申請書ID (see: myna-kiosk sim applications)")
    counter.add_argument("--face-card", action="store_true", help="the resident chooses a 顔認証マイナンバーカード")
    counter.add_argument("--decline-registration", action="store_true")
    counter.add_argument("--face-score", action="store_true", help="score the desk camera (simulated) for staff")
    counter.add_argument("--desk", default="DESK-01")
    counter.add_argument("--settings")
    counter.add_argument("--database-url")
    counter.add_argument("--json", action="store_true")
    counter.set_defaults(func=cmd_simulate_counter)

    stats = sub.add_parser("stats", help="counter day statistics (supervisors)")
    stats.add_argument("--staff-id", required=True)
    stats.add_argument("--password", help="(default: asked for)")
    stats.add_argument("--day", help="YYYY-MM-DD (default: today)")
    stats.add_argument("--csv", help="write the CSV here instead of opening the window")
    stats.add_argument("--settings")
    stats.add_argument("--database-url")
    stats.set_defaults(func=cmd_stats)

    audit = sub.add_parser("audit", help="audit log").add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser("verify", help="recompute the audit hash chain")
    verify.add_argument("--database-url")
    verify.add_argument("--settings")
    verify.set_defaults(func=cmd_audit_verify)

    sim = sub.add_parser("sim", help="simulators").add_subparsers(dest="sim_command", required=True)
    residents = sim.add_parser("residents", help="list the synthetic residents")
    residents.add_argument("--json", action="store_true")
    residents.set_defaults(func=cmd_sim_residents)
    applications = sim.add_parser("applications", help="the simulated handover queue")
    applications.add_argument("--json", action="store_true")
    applications.set_defaults(func=cmd_sim_applications)
    sim_card = sim.add_parser("card", help="virtual cards").add_subparsers(dest="sim_card_command", required=True)
    serve = sim_card.add_parser("serve", help="serve a resident's card through vpcd + pcscd")
    serve.add_argument("--resident", required=True)
    serve.add_argument("--port", type=int, default=35963, help="vpcd port: 35963 slot 0, 35964 slot 1")
    serve.add_argument("--no-start-pcscd", dest="start_pcscd", action="store_false",
                       help="do not start pcscd when it is not running")
    serve.set_defaults(func=cmd_sim_card_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `myna-kiosk sim residents | head` ends quietly
    args = build_parser().parse_args(argv)
    from kiosk import logs

    logs.configure(None, args.verbose)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
