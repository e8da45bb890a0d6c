"""``myna-kiosk simulate``: one whole visit, headless, on the simulators and the real store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from app.cli.output import Exit, SettingsChoice, handles_errors, json_option, print_json, settings_options
from app.cli.sim import find_resident
from kiosk.reception.model import ConsentItem

SIM_STAFF = ("clerk01", "窓口1 (シミュレーター)", "counter", "counter-pass-01")
SIM_SUPERVISOR = ("super01", "管理者 (シミュレーター)", "supervisor", "supervisor-pass-01")
SIM_STAFF_PIN = "246813"  # the reception's staff PIN in simulated runs


def create_sim_staff(staff: object) -> None:
    """The simulator's staff accounts (created once per database)."""
    from kiosk.store.errors import StoreError
    from kiosk.store.staff import StaffDirectory

    assert isinstance(staff, StaffDirectory)
    for account in (SIM_STAFF, SIM_SUPERVISOR):
        try:
            staff.create(*account)
        except (ValueError, StoreError):
            pass  # exists already (or another desk created it at this very moment)


@click.group()
def simulate() -> None:
    """Headless visits on the simulators: a resident at the clinic, a handover at the counter."""


def _consents(answers: tuple[str, ...]) -> dict[ConsentItem, bool] | None:
    if not answers:
        return None
    try:
        return {ConsentItem(k): v.lower() in ("yes", "y", "true", "1")
                for k, v in (item.split("=", 1) for item in answers)}
    except ValueError as exc:
        known = ", ".join(i.value for i in ConsentItem)
        raise click.BadParameter(f"ITEM=yes|no with ITEM one of {known}", param_hint="--consent") from exc


@simulate.command(epilog="""
\b
Examples:
  myna-kiosk simulate reception --resident R002 --method pin --json
  myna-kiosk simulate reception --resident R001 --method face
  myna-kiosk simulate reception --resident R006 --method staff --consent medication=no
""")
@click.option("--resident", "resident_id", required=True, metavar="ID", help="Whose card (see: sim residents).")
@click.option("--method", type=click.Choice(["face", "pin", "staff"]), required=True,
              help="How the resident proves who they are.")
@click.option("--pin", metavar="DIGITS", help="The PIN the resident types (default: the right one).")
@click.option("--consent", "consent_answers", multiple=True, metavar="ITEM=yes|no",
              help="Answer one consent screen (repeatable; default: 包括同意, agree to all).")
@click.option("--decline-registration", is_flag=True, help="Decline 健康保険証利用の申込 when asked.")
@click.option("--camera-scene", default="right-person-present", show_default=True,
              help="The recorded scene the face camera plays.")
@click.option("--card-face", default="clean", show_default=True, metavar="VARIATION",
              help="How the card's front looks to the card-face camera: clean, rotation, perspective, blur, "
                   "glare, uneven_light, jpeg_noise, fingers, unreadable.")
@settings_options(results=True)
@json_option
@handles_errors
def reception(resident_id: str, method: str, pin: str | None, consent_answers: tuple[str, ...],
              decline_registration: bool, camera_scene: str, card_face: str, settings: SettingsChoice,
              as_json: bool) -> int:
    """One resident through the clinic reception flow; the result files land in the results folder.
    Exit status 1 when the visit did not complete."""
    from app.ports import simulated_reception
    from app.reception import assemble_from
    from kiosk.flow.executors import InlineExecutor
    from kiosk.messages import message_for_code
    from kiosk.reception.config import hash_staff_pin
    from kiosk.reception.face_runner import ThreadFaceRunner
    from simulators.camera import scene
    from simulators.card.slot import VirtualCardSlot
    from simulators.card_face import VARIATIONS
    from simulators.scenarios import ResidentScript, run_scenario

    if card_face not in VARIATIONS:
        raise click.BadParameter(f"one of {', '.join(VARIATIONS)}", param_hint="--card-face")
    person = find_resident(resident_id, as_json)
    if person is None:
        return Exit.USAGE
    consents = _consents(consent_answers)
    loaded = settings.load()
    loaded = replace(loaded, reception=replace(loaded.reception, staff_pin_hash=hash_staff_pin(SIM_STAFF_PIN)))
    ports = simulated_reception(loaded, face=ThreadFaceRunner(lambda: scene(camera_scene, loop=True)),
                                card_face=card_face)
    assert isinstance(ports.slot, VirtualCardSlot)
    kiosk = assemble_from(loaded, ports, executor=InlineExecutor())
    script = ResidentScript(person.id, method, pin=pin or person.auth_pin, staff_pin=SIM_STAFF_PIN,
                            consents=consents, register=not decline_registration)
    try:
        outcome = run_scenario(kiosk.flow, ports.slot.insert_resident, script)
    finally:
        kiosk.close()
    files = {kind: str(loaded.results_dir / f"{outcome.file_id}.{kind}") for kind in ("xml", "json")} \
        if outcome.file_id else {}
    out = {"resident": person.id, "method": method, "outcome": "completed" if outcome.completed else "failed",
           "final_state": outcome.final_state.value, "error_code": outcome.error_code,
           "message": str(message_for_code(outcome.error_code)) if outcome.error_code else "",
           "file_id": outcome.file_id, "result_files": files, "states": outcome.states,
           "seconds": round(outcome.seconds, 3)}
    if as_json:
        print_json(out)
    else:
        click.echo(f"{out['outcome']}: {person.id} by {method}, {len(outcome.states)} screens, "
                   f"{out['seconds']} s -> {outcome.final_state.value}")
        for kind, path in files.items():
            click.echo(f"  {kind}: {path}")
        if outcome.error_code:
            click.echo(f"  [{outcome.error_code}] {out['message']}")
    return Exit.OK if outcome.completed else Exit.NEGATIVE


@simulate.command(epilog="""
\b
Examples:
  myna-kiosk sim applications          # pick a card-ready 申請書ID
  myna-kiosk simulate counter --application-id 0066-3918-6273-3334-8461-871 --json
  myna-kiosk simulate counter --application-id ... --face-card --decline-registration
""")
@click.option("--application-id", required=True, metavar="ID", help="申請書ID (see: myna-kiosk sim applications).")
@click.option("--face-card", is_flag=True, help="The resident chooses a 顔認証マイナンバーカード (no PINs).")
@click.option("--decline-registration", is_flag=True, help="Decline 健康保険証利用の申込.")
@click.option("--face-score", is_flag=True, help="Score the (simulated) desk camera against the card photo.")
@click.option("--desk", default="DESK-01", show_default=True, help="This desk's id.")
@settings_options()
@json_option
@handles_errors
def counter(application_id: str, face_card: bool, decline_registration: bool, face_score: bool, desk: str,
            settings: SettingsChoice, as_json: bool) -> int:
    """One handover and insurance registration at a counter desk, on the shared database.
    Exit status 1 when the card was not handed over."""
    from app.counter import assemble_desk_from
    from app.ports import simulated_counter
    from kiosk.flow.executors import InlineExecutor
    from kiosk.messages import message_for_code
    from simulators.card.slot import VirtualCardSlot
    from simulators.card_management import SimulatedCardManagement
    from simulators.counter_scenarios import DeskScript, run_desk

    loaded = settings.load()
    ports = simulated_counter(loaded, scene="right-person-present", score_faces=face_score)
    assert isinstance(ports.slot, VirtualCardSlot) and isinstance(ports.cards, SimulatedCardManagement)
    application = ports.cards.find(application_id).application_id
    built = assemble_desk_from(loaded, ports, desk_id=desk, executor=InlineExecutor())
    create_sim_staff(built.store.staff)
    try:
        outcome = run_desk(built.flow, ports.slot, ports.cards, DeskScript(
            application, staff_id=SIM_STAFF[0], password=SIM_STAFF[3], face_card=True if face_card else None,
            register=not decline_registration))
    finally:
        built.close()
    code = outcome.failure_code or outcome.message_code
    out = {"application_id": application, "desk": desk,
           "outcome": "handed-over" if outcome.handed_over else "not-handed-over",
           "final_state": outcome.final_state.value, "code": code,
           "message": str(message_for_code(code)) if code else "", "pins_set": list(outcome.pins_set),
           "registered": outcome.registered, "face_score": outcome.face_score,
           "staff_actions": outcome.staff_actions, "states": outcome.states, "seconds": round(outcome.seconds, 3)}
    if as_json:
        print_json(out)
    else:
        click.echo(f"{out['outcome']}: {application} at {desk}, {outcome.staff_actions} staff actions, "
                   f"{out['seconds']} s, PINs {out['pins_set'] or 'none'}, registered {outcome.registered}")
        if code:
            click.echo(f"  [{code}] {out['message']}")
    return Exit.OK if outcome.handed_over else Exit.NEGATIVE


@simulate.command("application", epilog="""
\b
Examples:
  myna-kiosk simulate application --json
  myna-kiosk simulate application --mode office --no-form --delivery counter
  myna-kiosk simulate application --face two_people.jpg     # never a usable photo: not stored
""")
@click.option("--mode", type=click.Choice(["outreach", "office"]), default="outreach", show_default=True,
              help="outreach: 出張申請受付 (identity documents required); office: 申請時来庁方式.")
@click.option("--no-form", is_flag=True, help="The resident has no 交付申請書: the four basic details name it.")
@click.option("--delivery", type=click.Choice(["mail", "counter"]), default="mail", show_default=True,
              help="mail: 本人限定受取郵便; counter: 窓口交付.")
@click.option("--face", default="obama_1.jpg", show_default=True, metavar="FIXTURE",
              help="The shared face fixture the virtual photo camera shows.")
@click.option("--max-frames", type=click.IntRange(min=1), default=60, show_default=True,
              help="Give up on the photo after this many frames.")
@click.option("--vault", "folder", type=click.Path(file_okay=False, path_type=Path),
              help="The intake folder (default: <user data>/myna-kiosk/applications).")
@settings_options()
@json_option
@handles_errors
def application_(mode: str, no_form: bool, delivery: str, face: str, max_frames: int, folder: Path | None,
                 settings: SettingsChoice, as_json: bool) -> int:
    """One application taken on the simulators: a session opened, the 交付申請書 rendered and its QR read
    by a virtual camera, details, documents, the photo taken from a face fixture by the photo rules,
    stored encrypted. Exit status 1 when it was not stored."""
    from app.application import application_secrets, open_vault, simulated_intake
    from kiosk.application.records import Delivery, IntakeMode
    from kiosk.messages import message_for_code

    opened = open_vault(settings.load(), application_secrets(simulator=True), folder=folder)
    try:
        session, outcome = simulated_intake(opened.vault, mode=IntakeMode(mode), staff_id=SIM_STAFF[0],
                                            with_form=not no_form, face=face, delivery=Delivery(delivery),
                                            max_frames=max_frames)
    finally:
        opened.close()
    code = outcome.message_code
    out = {"outcome": "stored" if outcome.stored else "not-stored", "mode": mode,
           "session_id": session.session_id, "record_id": outcome.record_id,
           "application_id": outcome.application_id, "final_state": outcome.final_state.value, "code": code,
           "message": str(message_for_code(code)) if code else "", "frames_judged": outcome.frames_judged,
           "photo_problems": list(outcome.photo_problems), "photo_bytes": outcome.photo_bytes,
           "states": outcome.states, "seconds": round(outcome.seconds, 3),
           "vault": str(opened.vault.root)}
    if as_json:
        print_json(out)
    else:
        click.echo(f"{out['outcome']}: {mode} intake, {outcome.frames_judged} frames judged, photo "
                   f"{outcome.photo_bytes} bytes, {out['seconds']} s -> {outcome.final_state.value}")
        if code:
            click.echo(f"  [{code}] {out['message']}")
        if outcome.photo_problems:
            click.echo(f"  photo: {', '.join(outcome.photo_problems)}")
    return Exit.OK if outcome.stored else Exit.NEGATIVE


@simulate.command(epilog="""
\b
Examples:
  myna-kiosk simulate registration --resident R007 --json     # a card holder not yet registered
  myna-kiosk simulate registration --resident R001 --method face
  myna-kiosk simulate registration --resident R007 --pin 0000 --pin 1234 --decline
""")
@click.option("--resident", "resident_id", required=True, metavar="ID", help="Whose card (see: sim residents).")
@click.option("--method", type=click.Choice(["pin", "face"]), default="pin", show_default=True,
              help="How the resident proves who they are, when the desk offers both.")
@click.option("--pin", "pins", multiple=True, metavar="DIGITS",
              help="What the resident types, in order (repeatable; then the right PIN).")
@click.option("--decline", is_flag=True, help="The resident declines when the terms are explained.")
@click.option("--camera-scene", default="right-person-present", show_default=True,
              help="The recorded scene the face camera plays.")
@click.option("--desk", default="REG-01", show_default=True, help="This desk's id.")
@settings_options()
@json_option
@handles_errors
def registration(resident_id: str, method: str, pins: tuple[str, ...], decline: bool, camera_scene: str, desk: str,
                 settings: SettingsChoice, as_json: bool) -> int:
    """One card holder at the registration support desk: the card, the PIN (or the face), the terms,
    初回登録, the consents explained, the slip. Exit status 1 when the card is not registered."""
    from app.ports import simulated_reception
    from app.registration import assemble_registration
    from kiosk.flow.executors import InlineExecutor
    from kiosk.messages import message_for_code
    from kiosk.reception.face_runner import ThreadFaceRunner
    from kiosk.registration.view import slip_of
    from simulators.camera import scene
    from simulators.card.slot import VirtualCardSlot
    from simulators.registration_scenarios import HolderScript, run_holder

    person = find_resident(resident_id, as_json)
    if person is None:
        return Exit.USAGE
    loaded = settings.load()
    ports = simulated_reception(loaded, face=ThreadFaceRunner(lambda: scene(camera_scene, loop=True)))
    assert isinstance(ports.slot, VirtualCardSlot)
    built = assemble_registration(loaded.database_url, ports, desk_id=desk, executor=InlineExecutor())
    try:
        outcome = run_holder(built.flow, ports.slot, HolderScript(person.id, method, pins, agree=not decline))
        slip = slip_of(built.flow.ctx, desk).slip_lines()
    finally:
        built.close()
    result = ("registered" if outcome.registered else "already-registered" if outcome.already_registered
              else "declined" if outcome.declined else "failed")
    code = outcome.failure_code
    out = {"resident": person.id, "desk": desk, "outcome": result, "final_state": outcome.final_state.value,
           "method": outcome.method, "code": code, "message": str(message_for_code(code)) if code else "",
           "slip": slip, "states": outcome.states, "seconds": round(outcome.seconds, 3)}
    if as_json:
        print_json(out)
    else:
        click.echo(f"{result}: {person.id} at {desk} by {outcome.method or '-'}, {len(outcome.states)} screens, "
                   f"{out['seconds']} s")
        if code:
            click.echo(f"  [{code}] {out['message']}")
    return Exit.OK if result in ("registered", "already-registered") else Exit.NEGATIVE
