"""``myna-kiosk secrets``: the fleet's secret files (issue 15 §3, §5) — the certificate-hash key that
every terminal of one clinic shares, the database password and the reception's staff PIN. Each is
written private (0600) to the system folder's ``secrets/`` (root runs these); values are prompted,
never taken from the command line, and never printed."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.output import Exit, handles_errors, json_option, print_json, report
from kiosk.private_files import private_file, private_folder
from kiosk.reception.config import STAFF_PIN_DIGITS, hash_staff_pin
from kiosk.secrets import CERT_HASH_KEY, DATABASE_PASSWORD, SHARED_KEYS, STAFF_PIN_HASH_SECRET, new_key_text
from kiosk.settings import Paths

DIR_HELP = "Secrets folder (default: <system dir>/secrets, /etc/myna-kiosk/secrets)."


def _folder(given: Path | None) -> Path:
    return given or Paths.default().system / "secrets"


def _write(folder: Path, name: str, text: str, *, replace: bool, as_json: bool) -> int:
    path = folder / name
    if path.exists() and not replace:
        return report("SECRET_EXISTS", f"{path} exists; --replace overwrites it (see docs/fleet.md on rotation)",
                      Exit.REFUSED, as_json)
    private_file(private_folder(folder) / name).write_text(text + "\n", encoding="utf-8")
    if as_json:
        print_json({"written": str(path)})
    else:
        click.echo(f"wrote {path} (mode 0600)")
    return Exit.OK


@click.group()
def secrets() -> None:
    """The terminal's secret files: certificate-hash key, database password, staff PIN."""


@secrets.command("create-key", epilog="""
\b
Examples:
  sudo myna-kiosk secrets create-key      # once per clinic, then copy the file to each terminal
  sudo myna-kiosk secrets create-key --dir /run/credstore --json
  sudo myna-kiosk secrets create-key --name application-record-key   # outreach laptops and the office
""")
@click.option("--dir", "folder", type=click.Path(path_type=Path), help=DIR_HELP)
@click.option("--name", default=CERT_HASH_KEY, show_default=True, metavar="KEY",
              help="Which shared key: cert-hash-key, application-record-key or application-bundle-key.")
@click.option("--replace", is_flag=True, help="Overwrite an existing key (rotation: old hashes no longer match).")
@json_option
@handles_errors
def create_key(folder: Path | None, name: str, replace: bool, as_json: bool) -> int:
    """Create a key the fleet shares once, then copy the file to every terminal that needs it."""
    if name not in SHARED_KEYS:
        return report("USAGE", f"--name must be one of {', '.join(sorted(SHARED_KEYS))}", Exit.USAGE, as_json)
    return _write(_folder(folder), name, new_key_text(), replace=replace, as_json=as_json)


@secrets.command("set-database-password", epilog="""
\b
Examples:
  sudo myna-kiosk secrets set-database-password
""")
@click.option("--dir", "folder", type=click.Path(path_type=Path), help=DIR_HELP)
@json_option
@handles_errors
def set_database_password(folder: Path | None, as_json: bool) -> int:
    """Store the database account's password (prompted; database_url names the user, not the password)."""
    password = click.prompt("database password", hide_input=True, confirmation_prompt=True, err=True)
    return _write(_folder(folder), DATABASE_PASSWORD, password, replace=True, as_json=as_json)


@secrets.command("set-staff-pin", epilog="""
\b
Examples:
  sudo myna-kiosk secrets set-staff-pin
""")
@click.option("--dir", "folder", type=click.Path(path_type=Path), help=DIR_HELP)
@json_option
@handles_errors
def set_staff_pin(folder: Path | None, as_json: bool) -> int:
    """Set the reception's staff PIN (prompted, 4-8 digits); only its salted hash is stored."""
    pin = click.prompt("staff PIN (4-8 digits)", hide_input=True, confirmation_prompt=True, err=True)
    shortest, longest = STAFF_PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and shortest <= len(pin) <= longest):
        return report("USAGE", f"the staff PIN has {shortest}-{longest} digits", Exit.USAGE, as_json)
    return _write(_folder(folder), STAFF_PIN_HASH_SECRET, hash_staff_pin(pin), replace=True, as_json=as_json)
