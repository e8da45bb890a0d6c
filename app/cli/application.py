"""``myna-kiosk application``: application support and outreach intake (issue 18;
docs/application-support.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from app.cli.output import (
    Exit,
    SettingsChoice,
    admin_message,
    handles_errors,
    json_option,
    print_json,
    report,
    settings_options,
)

if TYPE_CHECKING:
    from kiosk.application.vault import IntakeVault


@click.group()
def application() -> None:
    """Application support (申請サポート): photo rules, outreach bundles (出張申請受付)."""


@application.command("photo-check", epilog="""
\b
Examples:
  myna-kiosk application photo-check resident.jpg
  myna-kiosk application photo-check resident.jpg --json

\b
Exit statuses: 0 the photo keeps every rule; 1 a rule is broken (each listed with its code and
plain words); 5 the file is not an image.
""")
@click.argument("image", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@handles_errors
def photo_check(image: Path, as_json: bool) -> int:
    """Check IMAGE against the application photo's rules: one person, frontal, centred, the right
    size for the 4.5 × 3.5 cm frame, eyes open, head not cut off, plain background, even light,
    sharp. Prints "ok", or each failed rule. Also says whether IMAGE itself, as a file, is one the
    online application takes. Nothing is written."""
    from kiosk.application.photo import check_photo
    from kiosk.application.photo_file import check_photo_file
    from kiosk.face.engine import FaceEngine
    from kiosk.images import load_image

    data = image.read_bytes()
    check = check_photo(load_image(data), FaceEngine())
    file_problems = check_photo_file(data)
    if as_json:
        print_json({**check.as_dict(), "file": [{"rule": p.value, "message": str(p.prompt)} for p in file_problems]})
    else:
        click.echo("ok" if check.ok else "refused")
        for problem in check.problems:
            click.echo(f"  {problem.value}: {problem.prompt}")
        for file_problem in file_problems:
            click.echo(f"  file {file_problem.value}: {file_problem.prompt}")
    return Exit.OK if check.ok else Exit.NEGATIVE



VAULT_HELP = "The intake folder (default: <user data>/myna-kiosk/applications)."


def _unwritable(error: OSError, as_json: bool) -> int:
    return report("APPLICATION_FILE_UNWRITABLE", f"cannot write {error.filename}: {error.strerror}", Exit.FAILED,
                  as_json)


def _session(vault: IntakeVault, session_id: str | None) -> str | None:
    """The session named, or the newest one in the vault (None when there is none)."""
    if session_id:
        return session_id
    found = vault.sessions()
    return found[-1] if found else None


@application.command("export", epilog="""
\b
Examples:
  myna-kiosk application export                      # the newest intake session, to this folder
  myna-kiosk application export --session 3f2a9c0d1e4b5a69 --out /media/usb/kawasaki.mynabundle --json

\b
The bundle holds the applications still encrypted, signed with the municipality's bundle key; the
records stay on this machine until `application confirm` gets the office's receipt.
Exit statuses: 0 written; 1 no intake session here; 5 keys, database or files.
""")
@click.option("--session", "session_id", metavar="ID", help="The intake session (default: the newest).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the bundle (default: ./myna-applications-<session>-<time>.mynabundle).")
@click.option("--vault", "folder", type=click.Path(file_okay=False, path_type=Path), help=VAULT_HELP)
@settings_options()
@json_option
@handles_errors
def export(session_id: str | None, out: Path | None, folder: Path | None, settings: SettingsChoice,
           as_json: bool) -> int:
    """Write the signed export bundle of an intake session, for import at the office."""
    from app.application import application_secrets, open_vault
    from kiosk.application.bundle import export_bundle

    keys = application_secrets(simulator=False)
    opened = open_vault(settings.load(), keys, folder=folder)
    try:
        chosen = _session(opened.vault, session_id)
        if chosen is None:
            return report("APPLICATION_NOTHING_TO_EXPORT", f"no intake session in {opened.vault.root}",
                          Exit.NEGATIVE, as_json)
        path = out or Path(f"myna-applications-{chosen}-{opened.vault.clock():%Y%m%d-%H%M%S}.mynabundle")
        transfer = export_bundle(opened.vault, chosen, keys, path)
    except OSError as error:
        return _unwritable(error, as_json)
    finally:
        opened.close()
    result = {**transfer.as_dict(), "bundle": str(path)}
    if as_json:
        print_json(result)
    else:
        click.echo(f"exported {transfer.count} applications of session {chosen} to {path}")
    return Exit.OK


@application.command("import", epilog="""
\b
Examples:
  myna-kiosk application import /media/usb/kawasaki.mynabundle
  myna-kiosk application import kawasaki.mynabundle --receipt /media/usb/kawasaki.receipt --json

\b
At the office: the bundle's signature is checked and every application opened once before any is
kept (still encrypted); the receipt written goes back to the laptop for `application confirm`.
Importing the same bundle again changes nothing. Exit statuses: 0 imported; 1 the bundle is not
one or its signature does not hold (nothing imported); 5 keys, database or files.
""")
@click.argument("bundle", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--receipt", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the receipt (default: BUNDLE with .receipt added).")
@click.option("--vault", "folder", type=click.Path(file_okay=False, path_type=Path),
              help="The office's folder of imported intakes (default: <user data>/myna-kiosk/applications-received).")
@settings_options()
@json_option
@handles_errors
def import_(bundle: Path, receipt: Path | None, folder: Path | None, settings: SettingsChoice, as_json: bool) -> int:
    """Import an outreach laptop's bundle at the office and write the receipt that lets it delete them."""
    from app.application import application_secrets, open_vault
    from kiosk.application.bundle import BundleInvalidError, import_bundle, read_limited
    from kiosk.application.vault import write_atomically

    keys = application_secrets(simulator=False)
    opened = open_vault(settings.load(), keys, folder=folder, inbox=True)
    try:
        receipt_data, transfer = import_bundle(read_limited(bundle), opened.vault, keys)
    except BundleInvalidError as error:
        return report(error.code, admin_message(error), Exit.NEGATIVE, as_json)
    finally:
        opened.close()
    path = receipt or bundle.with_name(bundle.name + ".receipt")
    try:
        write_atomically(path.absolute(), receipt_data)
    except OSError as error:  # the import is kept: importing the bundle again writes the receipt
        return _unwritable(error, as_json)
    result = {**transfer.as_dict(), "receipt": str(path)}
    if as_json:
        print_json(result)
    else:
        click.echo(f"imported {transfer.count} applications of session {transfer.session_id}; receipt: {path}")
    return Exit.OK


@application.command("confirm", epilog="""
\b
Examples:
  myna-kiosk application confirm /media/usb/kawasaki.mynabundle.receipt
  myna-kiosk application confirm kawasaki.receipt --json

\b
On the laptop: the office's receipt is checked against the bundles exported here, and the
applications the office holds are deleted (one taken after the export stays). Exit statuses:
0 deleted; 1 the receipt is not one, not signed with the municipality's key, or for no bundle
exported here (nothing deleted); 5 keys, database or files.
""")
@click.argument("receipt", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--vault", "folder", type=click.Path(file_okay=False, path_type=Path), help=VAULT_HELP)
@settings_options()
@json_option
@handles_errors
def confirm(receipt: Path, folder: Path | None, settings: SettingsChoice, as_json: bool) -> int:
    """Delete the applications the office confirmed it imported."""
    from app.application import application_secrets, open_vault
    from kiosk.application.bundle import ReceiptInvalidError, confirm_import, read_limited

    keys = application_secrets(simulator=False)
    opened = open_vault(settings.load(), keys, folder=folder)
    try:
        transfer = confirm_import(read_limited(receipt), opened.vault, keys)
    except ReceiptInvalidError as error:
        return report(error.code, admin_message(error), Exit.NEGATIVE, as_json)
    finally:
        opened.close()
    if as_json:
        print_json(transfer.as_dict())
    else:
        click.echo(f"deleted {transfer.count} applications of session {transfer.session_id}")
    return Exit.OK
