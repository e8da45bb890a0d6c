"""The ``myna-kiosk`` command line (Click): one command group per module of this package, the
shared options and exit statuses in :mod:`app.cli.output`."""

from __future__ import annotations

import os
import signal
import sys
from importlib.metadata import PackageNotFoundError, version

import click

from app.cli.application import application
from app.cli.applications import applications
from app.cli.audit import audit
from app.cli.card import card
from app.cli.db import db
from app.cli.doctor import doctor
from app.cli.face import face
from app.cli.output import EXIT_HELP, Exit, report
from app.cli.results import results
from app.cli.run import run
from app.cli.secrets import secrets
from app.cli.sim import sim
from app.cli.simulate import simulate
from app.cli.staff import staff
from app.cli.stats import stats
from kiosk.private_files import PRIVATE_UMASK


def _version() -> str:
    try:
        return version("myna-kiosk")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog=f"\b\nExit statuses:\n{EXIT_HELP}\n\nEvery command takes --json (errors too).")
@click.version_option(_version(), "--version", prog_name="myna-kiosk")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
def cli(verbose: bool) -> None:
    """My Number Card kiosk: the clinic reception, the municipal counter, and their simulators."""
    from kiosk import logs

    logs.configure(None, verbose)


for command in (run, doctor, card, face, simulate, sim, stats, audit, results, applications, secrets, db,
                staff, application):
    cli.add_command(command)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (see ``myna-kiosk --help``)."""
    if argv is None:  # the process is ours (not a test calling in): set it up as the kiosk's
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `myna-kiosk sim residents | head` ends quietly
        os.umask(PRIVATE_UMASK)  # database, logs, receipts: the kiosk user's alone
    args = sys.argv[1:] if argv is None else argv
    try:
        result = cli.main(args=args, prog_name="myna-kiosk", standalone_mode=False)
    except click.UsageError as error:
        if "--json" in args:
            return report("USAGE", error.format_message(), Exit.USAGE, True)
        error.show()
        return Exit.USAGE
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.Abort:
        click.echo("aborted", err=True)
        return Exit.USAGE
    return result if isinstance(result, int) else Exit.OK
