"""``myna-kiosk staff``: counter staff accounts for IT and supervisors (issue 15 §5) — add, reset a
password, disable, list. Passwords are prompted (or one line of stdin), never on the command line;
every change is in the audit log (``kiosk.store.staff``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from app.cli.output import (
    Exit,
    SettingsChoice,
    ask_password,
    handles_errors,
    json_option,
    password_stdin_option,
    print_json,
    report,
    settings_options,
)
from kiosk.counter.records import STAFF_ROLES

if TYPE_CHECKING:
    from kiosk.store.staff import StaffDirectory

ADMIN_DESK = "admin-cli"  # where these changes happened, for the audit log


def _directory(settings: SettingsChoice) -> StaffDirectory:
    from kiosk.store.db import open_engine
    from kiosk.store.staff import StaffDirectory

    return StaffDirectory(open_engine(settings.load().database_url))


def _done(message: str, as_json: bool, **fields: object) -> int:
    if as_json:
        print_json({"ok": True, **fields})
    else:
        click.echo(message)
    return Exit.OK


def _refused(error: ValueError, as_json: bool) -> int:
    return report("STAFF_INVALID", str(error), Exit.REFUSED, as_json)


def _new_password(from_stdin: bool) -> str:
    password = ask_password(from_stdin)
    if not from_stdin and click.prompt("もう一度 (again)", hide_input=True, err=True) != password:
        raise click.UsageError("the two passwords differ")
    return password


@click.group()
def staff() -> None:
    """Staff accounts of the counter and application desks: add, reset, disable, list."""


@staff.command(epilog="""
\b
Examples:
  myna-kiosk staff add clerk07 --name "窓口７ 山田" --role counter
  echo "$PASS" | myna-kiosk staff add super02 --name "係長 佐藤" --role supervisor --password-stdin --json
""")
@click.argument("staff_id")
@click.option("--name", "display_name", required=True, help="What desks and statistics show, 1-64 characters.")
@click.option("--role", type=click.Choice(STAFF_ROLES), default="counter", show_default=True,
              help="counter: hands over cards and takes applications (申請サポート); supervisor: also sees "
                   "the statistics.")
@password_stdin_option
@settings_options()
@json_option
@handles_errors
def add(staff_id: str, display_name: str, role: str, password_stdin: bool, settings: SettingsChoice,
        as_json: bool) -> int:
    """Add an account (the password is asked for: 8-128 characters)."""
    directory = _directory(settings)
    try:
        directory.create(staff_id, display_name, role, _new_password(password_stdin), desk_id=ADMIN_DESK)
    except ValueError as error:
        return _refused(error, as_json)
    return _done(f"added {staff_id} ({role})", as_json, staff_id=staff_id, role=role)


@staff.command(epilog="""
\b
Examples:
  myna-kiosk staff reset clerk07          # also unlocks an account locked by wrong passwords
""")
@click.argument("staff_id")
@password_stdin_option
@settings_options()
@json_option
@handles_errors
def reset(staff_id: str, password_stdin: bool, settings: SettingsChoice, as_json: bool) -> int:
    """Give an account a new password (asked for)."""
    directory = _directory(settings)
    try:
        directory.set_password(staff_id, _new_password(password_stdin), desk_id=ADMIN_DESK)
    except ValueError as error:
        return _refused(error, as_json)
    return _done(f"new password for {staff_id}", as_json, staff_id=staff_id)


@staff.command(epilog="""
\b
Examples:
  myna-kiosk staff disable clerk07
""")
@click.argument("staff_id")
@settings_options()
@json_option
@handles_errors
def disable(staff_id: str, settings: SettingsChoice, as_json: bool) -> int:
    """Disable an account: it can no longer log in (its records stay)."""
    try:
        _directory(settings).deactivate(staff_id, desk_id=ADMIN_DESK)
    except ValueError as error:
        return _refused(error, as_json)
    return _done(f"disabled {staff_id}", as_json, staff_id=staff_id)


@staff.command("list", epilog="""
\b
Examples:
  myna-kiosk staff list --json
""")
@settings_options()
@json_option
@handles_errors
def list_(settings: SettingsChoice, as_json: bool) -> int:
    """The accounts: id, name, role, active."""
    members = _directory(settings).members()
    rows = [{"staff_id": m.staff_id, "name": m.display_name, "role": m.role,
             "active": m.active} for m in members]
    if as_json:
        print_json({"staff": rows})
    else:
        for row in rows:
            click.echo(f"{row['staff_id']:<16} {row['role']:<10} {'active' if row['active'] else 'disabled':<8} "
                       f"{row['name']}")
    return Exit.OK
