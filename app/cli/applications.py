"""``myna-kiosk applications``: the handover queue imported from the municipality's own system
(issue 17 §1; docs/applications-import.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import click

from app.cli.output import Exit, SettingsChoice, handles_errors, json_option, print_json, settings_options
from kiosk.counter.applications import ApplicationStatus
from kiosk.counter.import_file import (
    FORMATS,
    MAX_BYTES,
    ApplicationImportError,
    Format,
    ImportFileUnreadableError,
    format_of,
)


@click.group()
def applications() -> None:
    """The counter's handover queue, imported from the municipality's system (CSV or JSON)."""


@applications.command("import", epilog="""
\b
Examples:
  myna-kiosk applications import queue.csv
  myna-kiosk applications import queue.json --dry-run --json
  myna-kiosk applications import corrected.csv --update

\b
Exit statuses: 0 imported (or, with --dry-run, would import); 1 the file has errors or conflicts
with the stored queue, every one listed with its CSV line or JSON index, nothing imported;
3 settings; 5 database or file unreadable. Format: docs/applications-import.md.
""")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="csv or json (default: from the file name's extension).")
@click.option("--dry-run", is_flag=True, help="Check the file against the stored queue and count; write nothing.")
@click.option("--update", is_flag=True,
              help="Accept rows whose content differs from a stored application whose card is not handed over.")
@settings_options()
@json_option
@handles_errors
def import_(file: Path, fmt: str | None, dry_run: bool, update: bool, settings: SettingsChoice,
            as_json: bool) -> int:
    """Import applications from FILE: all rows or, if any row is wrong, none. Re-importing the same
    rows changes nothing."""
    from kiosk.clock import SYSTEM_CLOCK
    from kiosk.counter.import_file import parse_applications
    from kiosk.store.applications import open_application_queue

    chosen = cast(Format | None, fmt) or format_of(file.name)
    if chosen is None:
        raise click.UsageError(f"cannot tell the format of {file.name}: give --format csv or --format json")
    loaded = settings.load()
    try:
        with file.open("rb") as source:
            data = source.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ImportFileUnreadableError(f"cannot read {file.name}: {exc.strerror or 'error'}") from None
    try:
        batch = parse_applications(data, chosen, today=SYSTEM_CLOCK.today())
        queue = open_application_queue(loaded.database_url)
        try:
            summary = queue.import_batch(batch, loaded.reception.terminal_id, update=update, dry_run=dry_run)
        finally:
            queue.close()
    except ApplicationImportError as error:
        return _report_file_errors(error, as_json)
    if as_json:
        print_json(summary.as_dict())
    else:
        verb = "would import" if dry_run else "imported"
        click.echo(f"{verb}: {summary.inserted} new, {summary.updated} updated, {summary.unchanged} unchanged")
    return Exit.OK


def _report_file_errors(error: ApplicationImportError, as_json: bool) -> int:
    """Every problem with its place; exit status 1 (the file is wrong, nothing was imported)."""
    message = "the file has errors; nothing was imported"
    if as_json:
        print_json({"error": {"code": error.code, "message": message,
                              "lines": [e.as_dict() for e in error.errors], "more": error.more}})
    else:
        click.echo(f"myna-kiosk: error [{error.code}] {message}", err=True)
        for problem in error.errors:
            click.echo(f"  {problem}", err=True)
        if error.more:
            click.echo(f"  ... and {error.more} more", err=True)
    return Exit.NEGATIVE


@applications.command("list", epilog="""
\b
Examples:
  myna-kiosk applications list
  myna-kiosk applications list --status card-ready --json
""")
@click.option("--status", type=click.Choice([s.value for s in ApplicationStatus]),
              help="Only applications with this status.")
@settings_options()
@json_option
@handles_errors
def list_(status: str | None, settings: SettingsChoice, as_json: bool) -> int:
    """List the imported queue by 申請書ID: status, card kind, desk, name."""
    from kiosk.store.applications import open_application_queue

    queue = open_application_queue(settings.load().database_url)
    try:
        entries = queue.entries(ApplicationStatus(status) if status else None)
    finally:
        queue.close()
    rows: list[dict[str, Any]] = [{
        "application_id": e.application.application_id, "status": e.application.status.value,
        "face_card": e.application.face_card_chosen, "name": e.application.name, "name_kana": e.name_kana,
        "birth_date": e.application.birth_date.isoformat(), "address": e.application.address,
        "sex": e.application.sex.value, "desk_id": e.desk_id, "imported_at": e.imported_at.isoformat(),
        "source_digest": e.source_digest,
    } for e in entries]
    if as_json:
        print_json(rows)
    elif not rows:
        click.echo("no applications")
    else:
        for row in rows:
            kind = "顔認証カード" if row["face_card"] else ""
            click.echo(f"{row['application_id']}  {row['status']:<11}  {kind:<6}  {row['desk_id'] or '':<8}  "
                       f"{row['name']}")
    return Exit.OK
