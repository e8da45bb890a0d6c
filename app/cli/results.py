"""``myna-kiosk results``: completed visits whose result files are not on the clinic share yet."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.output import Exit, SettingsChoice, handles_errors, json_option, print_json, settings_options


@click.group()
def results() -> None:
    """The result outbox: every completed visit's files, until they are on the clinic share."""


@results.command(epilog="""
\b
Examples:
  myna-kiosk results pending
  myna-kiosk results pending --json
""")
@settings_options()
@json_option
@handles_errors
def pending(settings: SettingsChoice, as_json: bool) -> int:
    """List results stored but not yet delivered: file id, since when, attempts, last error.
    Exit status 1 when any is waiting."""
    from kiosk.store.db import open_store

    store = open_store(settings.load().database_url)
    try:
        waiting = store.outbox_status()
    finally:
        store.close()
    if as_json:
        print_json(waiting)
    elif not waiting:
        click.echo("every result is on the share")
    else:
        for entry in waiting:
            click.echo(f"{entry['file_id']}  since {entry['since']}  {entry['attempts']} attempts  "
                       f"{entry['last_error'] or ''}")
    return Exit.NEGATIVE if waiting else Exit.OK


@results.command(epilog="""
\b
Example:
  myna-kiosk results deliver --json   # after the share is mounted again
""")
@settings_options(results=True)
@json_option
@handles_errors
def deliver(settings: SettingsChoice, as_json: bool) -> int:
    """Put every pending result on the share now (the kiosk also retries by itself). Exit status 1
    when some are still pending."""
    from app.ports import secret_store
    from kiosk.handoff.files import FolderResultSink
    from kiosk.handoff.outbox import OUTBOX_KEY, ResultOutbox, Sealer
    from kiosk.store.db import open_store

    loaded = settings.load()
    sealer = Sealer(secret_store(simulator=False).get_or_create(OUTBOX_KEY))
    store = open_store(loaded.database_url)
    try:
        outbox = ResultOutbox(store, FolderResultSink(loaded.results_dir), sealer, loaded.reception.terminal_id)
        done = outbox.deliver_pending()
    finally:
        store.close()
    if as_json:
        print_json({"delivered": done.delivered, "pending": done.failed})
    else:
        click.echo(f"{done.delivered} delivered, {done.failed} still pending")
    return Exit.NEGATIVE if done.failed else Exit.OK


@results.command(epilog="""
\b
Examples:
  myna-kiosk results purge --days 90
  myna-kiosk results purge --days 30 --receipts-dir /var/lib/myna-kiosk/receipts --json
""")
@click.option("--days", type=click.IntRange(min=1), default=90, show_default=True,
              help="Keep files modified within this many days.")
@click.option("--receipts-dir", type=click.Path(path_type=Path, file_okay=False),
              help="The desks' receipt and slip PDFs (受領書_*.pdf, お知らせ_*.pdf) to purge too "
                   "[default: the kiosk's receipts folder, when there is one].")
@settings_options()
@json_option
@handles_errors
def purge(days: int, receipts_dir: Path | None, settings: SettingsChoice, as_json: bool) -> int:
    """Delete result files and receipt PDFs older than --days; run daily by the package's timer
    (myna-kiosk-purge.timer)."""
    from kiosk.clock import SYSTEM_CLOCK
    from kiosk.handoff.retention import RECEIPT_NAMES, RESULT_NAMES
    from kiosk.handoff.retention import purge as purge_folder
    from kiosk.settings import Paths

    loaded = settings.load()
    receipts = receipts_dir or Paths.default().receipts
    jobs = [(loaded.results_dir, RESULT_NAMES)]
    if receipts_dir is not None or receipts.is_dir():  # a desk that never saved a PDF has no folder
        jobs.append((receipts, RECEIPT_NAMES))
    done = {str(folder): purge_folder(folder, names, days, SYSTEM_CLOCK.now()) for folder, names in jobs}
    if as_json:
        print_json({folder: {"deleted": len(p.deleted), "kept": p.kept} for folder, p in done.items()})
    else:
        for folder, purged in done.items():
            click.echo(f"{folder}: deleted {len(purged.deleted)}, kept {purged.kept}")
    return Exit.OK
