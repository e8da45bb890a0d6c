"""``myna-kiosk stats``: the counter's statistics for supervisors — a day's (``--day``, the default)
or a month's dashboard (``--month``; docs/monthly-dashboard.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
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
from kiosk.clock import SYSTEM_CLOCK

if TYPE_CHECKING:
    from kiosk.store.counter import SqlCounterStore

MONTH_INVALID = "STATS_MONTH_INVALID"
DESK_INVALID = "STATS_DESK_INVALID"


@click.command(epilog="""
\b
Examples:
  myna-kiosk stats --staff-id super01                        # the window (asks the password)
  myna-kiosk stats --staff-id super01 --day 2026-11-30 --csv day.csv
  echo "$PASS" | myna-kiosk stats --staff-id super01 --password-stdin --json
  myna-kiosk stats --staff-id super01 --month 2026-11        # the month's dashboard window
  myna-kiosk stats --staff-id super01 --month 2026-11 --desk DESK-01 --json
  myna-kiosk stats --staff-id super01 --month 2026-11 --csv month.csv --follow-up-csv calls.csv
""")
@click.option("--staff-id", required=True, metavar="ID", help="A supervisor's staff id.")
@password_stdin_option
@click.option("--day", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Which day (default: today in the kiosk's time zone).")
@click.option("--month", metavar="YYYY-MM",
              help="The month's dashboard instead of a day: ①–④ of the 交付円滑化計画 and their gaps, desks, "
                   "age bands, the follow-up list, the registration support desks' outcomes.")
@click.option("--desk", "desk_id", metavar="ID",
              help="With --month: the desk blocks (counter or registration support desk) for this desk only "
                   "(①–④ stay the municipality's).")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the day's (or month's) numbers as CSV here instead of opening the window.")
@click.option("--follow-up-csv", "follow_up_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="With --month: write the residents to call back (no same-visit registration) as CSV here.")
@settings_options()
@json_option
@handles_errors
def stats(staff_id: str, password_stdin: bool, day: object, month: str | None, desk_id: str | None,
          csv_path: Path | None, follow_up_path: Path | None, settings: SettingsChoice, as_json: bool) -> int:
    """The day's handovers, registrations and failures, in total, per hour and per staff member —
    or, with --month, the month's dashboard: a window, CSV files (--csv, --follow-up-csv) or JSON
    (--json). Supervisors only (exit status 4 otherwise)."""
    if month is None:
        if desk_id is not None or follow_up_path is not None:
            raise click.UsageError("--desk and --follow-up-csv need --month")
        return _day(staff_id, password_stdin, day, csv_path, settings, as_json)
    if day is not None:
        raise click.UsageError("give --day or --month, not both")
    from kiosk.store.counter import DESK_ID
    from kiosk.store.monthly import parse_month

    try:
        first = parse_month(month)
    except ValueError as error:
        return report(MONTH_INVALID, f"--month: {error}", Exit.USAGE, as_json)
    if desk_id is not None and not DESK_ID.fullmatch(desk_id):
        return report(DESK_INVALID, "--desk: a desk id is 1-64 letters, digits, '.', '_' or '-'", Exit.USAGE, as_json)
    return _month(staff_id, password_stdin, first, desk_id, csv_path, follow_up_path, settings, as_json)


def _supervisor_store(staff_id: str, password_stdin: bool, settings: SettingsChoice) -> SqlCounterStore:
    """The counter store, once ``staff_id`` has logged in as a supervisor.

    :raises LoginFailedError: a wrong login, or not a supervisor.
    """
    from kiosk.counter.records import LoginFailedError
    from kiosk.store.counter import open_counter_store

    loaded = settings.load()
    password = ask_password(password_stdin)
    store = open_counter_store(loaded.database_url)
    try:
        member = store.staff.authenticate(staff_id, password, desk_id="stats")
        if member.role != "supervisor":
            raise LoginFailedError(f"{staff_id} is not a supervisor: the statistics are for supervisors")
    except BaseException:
        store.close()
        raise
    return store


def _day(staff_id: str, password_stdin: bool, day: object, csv_path: Path | None, settings: SettingsChoice,
         as_json: bool) -> int:
    store = _supervisor_store(staff_id, password_stdin, settings)
    try:
        which: date = day.date() if day is not None else SYSTEM_CLOCK.today()  # type: ignore[attr-defined]
        statistics = store.day_statistics(which)
    finally:
        store.close()
    if csv_path is not None:
        csv_path.write_text(statistics.to_csv(), encoding="utf-8", newline="")
        if as_json:
            print_json({"written": str(csv_path), "day": which.isoformat()})
        else:
            click.echo(f"written {csv_path}")
        return 0
    if as_json:
        print_json(statistics.as_dict())
        return 0
    from ui.app import create_application
    from ui.counter.stats_window import StatsWindow

    app = create_application()
    window = StatsWindow(statistics, export_dir=Path.home())
    window.show()
    return int(app.exec())


def _month(staff_id: str, password_stdin: bool, month: date, desk_id: str | None, csv_path: Path | None,
           follow_up_path: Path | None, settings: SettingsChoice, as_json: bool) -> int:
    from kiosk.private_files import private_file
    from kiosk.store.monthly import MonthlyStatistics

    store = _supervisor_store(staff_id, password_stdin, settings)
    try:
        dashboard = MonthlyStatistics(store.engine, store.policy).report(month, desk_id)
    finally:
        store.close()
    written = []
    if csv_path is not None:
        csv_path.write_text(dashboard.to_csv(), encoding="utf-8", newline="")
        written.append(str(csv_path))
    if follow_up_path is not None:  # names: the kiosk user's file alone, whatever was there before
        private_file(follow_up_path).write_text(dashboard.follow_up_csv(), encoding="utf-8", newline="")
        written.append(str(follow_up_path))
    if written:
        if as_json:
            print_json({"written": written, "month": dashboard.month_text})
        else:
            click.echo("\n".join(f"written {path}" for path in written))
        return 0
    if as_json:
        print_json(dashboard.as_dict())
        return 0
    from ui.app import create_application
    from ui.counter.monthly_view import monthly_view
    from ui.counter.monthly_window import MonthlyWindow

    app = create_application()
    window = MonthlyWindow(monthly_view(dashboard), export_dir=Path.home())
    window.show()
    return int(app.exec())
