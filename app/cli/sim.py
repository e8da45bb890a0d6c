"""``myna-kiosk sim``: the simulators themselves — residents, the handover queue, virtual cards."""

from __future__ import annotations

import signal
import threading
from typing import Any

import click

from app.cli.output import Exit, handles_errors, json_option, print_json, report
from kiosk.clock import SYSTEM_CLOCK
from simulators.residents import Resident


@click.group()
def sim() -> None:
    """The simulators: synthetic residents, the handover queue, virtual cards on pcscd."""


def find_resident(resident_id: str, as_json: bool) -> Resident | None:
    """The synthetic resident, or None after saying where the list is."""
    from simulators.residents import resident

    try:
        return resident(resident_id)
    except KeyError:
        report("UNKNOWN_RESIDENT", f"unknown resident {resident_id} (see: myna-kiosk sim residents)",
               Exit.USAGE, as_json)
        return None


@sim.command(epilog="\b\nExample:\n  myna-kiosk sim residents --json | jq '.[0]'")
@json_option
@handles_errors
def residents(as_json: bool) -> int:
    """List the synthetic residents (50+): age, card kind, PIN tries, certificate expiry, tags."""
    from simulators.residents import all_residents

    today = SYSTEM_CLOCK.today()
    rows: list[dict[str, Any]] = [{
        "id": r.id, "name": r.name, "age": r.age(today), "birth_date": r.birth_date.isoformat(),
        "sex": r.sex, "address": r.address, "face_card": r.face_card, "has_signing_cert": bool(r.sign_password),
        "auth_pin_tries": r.auth_pin_tries if not r.face_card else None,
        "auth_cert_expiry": r.auth_cert_expiry.isoformat(), "card_expiry": r.card_expiry.isoformat(),
        "insurance_registered": r.insurance_registered, "photo": r.photo or "placeholder", "tags": list(r.tags),
    } for r in all_residents(today)]
    if as_json:
        print_json(rows)
        return 0
    for row in rows:
        kind = "顔認証カード" if row["face_card"] else f"PIN 残り{row['auth_pin_tries']}"
        click.echo(f"{row['id']}  {row['name']:<10}  {row['age']:>3}歳  {kind:<10}  "
                   f"証明書〜{row['auth_cert_expiry']}  {','.join(row['tags'])}")
    return 0


@sim.command(epilog="\b\nExample:\n  myna-kiosk sim applications --json")
@json_option
@handles_errors
def applications(as_json: bool) -> int:
    """The simulated handover queue (申請書ID, resident, status)."""
    from simulators.card_management import SimulatedCardManagement

    rows = [{"application_id": a.application_id, "resident": a.resident_id, "name": a.name,
             "status": a.status.value, "face_card": a.face_card_chosen}
            for a in SimulatedCardManagement().queue()]
    if as_json:
        print_json(rows)
    else:
        for row in rows:
            click.echo(f"{row['application_id']}  {row['resident']}  {row['status']:<11}  "
                       f"{'顔認証カード' if row['face_card'] else '':<6}  {row['name']}")
    return 0


@sim.group(name="card")
def sim_card() -> None:
    """Virtual My Number Cards."""


@sim_card.command(epilog="""
\b
Examples:
  myna-kiosk sim card serve --resident R001              # then: myna-kiosk card info
  myna-kiosk sim card serve --resident R006 --port 35964  # the second slot, "Virtual PCD 00 01"
""")
@click.option("--resident", "resident_id", required=True, metavar="ID", help="Whose card (see: sim residents).")
@click.option("--port", type=click.IntRange(1, 65535), default=35963, show_default=True,
              help="vpcd port: 35963 is slot 0, 35964 slot 1.")
@click.option("--no-start-pcscd", "start_pcscd", is_flag=True, flag_value=False, default=True,
              help="Do not start pcscd when it is not running.")
@json_option
@handles_errors
def serve(resident_id: str, port: int, start_pcscd: bool, as_json: bool) -> int:
    """Serve a resident's card through vsmartcard's vpcd and the system pcscd until stopped
    (Ctrl-C or SIGTERM removes the card)."""
    from simulators.card import card_for
    from simulators.pcscd import PcscdUnavailable, ensure_pcscd, stop, vpcd_reader
    from simulators.vpcd import VpcdBridge

    person = find_resident(resident_id, as_json)
    if person is None:
        return Exit.USAGE
    try:
        process = ensure_pcscd() if start_pcscd else None
    except PcscdUnavailable as exc:
        return report("PCSCD_UNAVAILABLE", f"cannot start pcscd: {exc}", Exit.FAILED, as_json)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    bridge = VpcdBridge(card_for(person), port=port)
    try:
        bridge.insert()
        reader = vpcd_reader(port)
        if as_json:
            print_json({"serving": person.id, "reader": reader})
        else:
            click.echo(f"serving {person.id}'s card on {reader!r} (Ctrl-C to remove it)")
        stopped.wait()
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        return report("VPCD_UNREACHABLE", f"cannot reach vpcd on port {port}: {exc}", Exit.FAILED, as_json)
    finally:
        bridge.remove()
        stop(process)
    return 0
