"""``myna-kiosk stats``: the counter's day statistics, for supervisors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from app.cli.output import (
    SettingsChoice,
    ask_password,
    handles_errors,
    json_option,
    password_stdin_option,
    print_json,
    settings_options,
)
from kiosk.clock import SYSTEM_CLOCK


@click.command(epilog="""
\b
Examples:
  myna-kiosk stats --staff-id super01                        # the window (asks the password)
  myna-kiosk stats --staff-id super01 --day 2026-11-30 --csv day.csv
  echo "$PASS" | myna-kiosk stats --staff-id super01 --password-stdin --json
""")
@click.option("--staff-id", required=True, metavar="ID", help="A supervisor's staff id.")
@password_stdin_option
@click.option("--day", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Which day (default: today in the kiosk's time zone).")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the day's CSV here instead of opening the window.")
@settings_options()
@json_option
@handles_errors
def stats(staff_id: str, password_stdin: bool, day: object, csv_path: Path | None, settings: SettingsChoice,
          as_json: bool) -> int:
    """The day's handovers, registrations and failures, in total, per hour and per staff member:
    a window, a CSV file (--csv) or JSON (--json). Supervisors only (exit status 4 otherwise)."""
    from kiosk.counter.records import LoginFailedError
    from kiosk.store.counter import open_counter_store

    loaded = settings.load()
    password = ask_password(password_stdin)
    store = open_counter_store(loaded.database_url)
    try:
        member = store.staff.authenticate(staff_id, password, desk_id="stats")
        if member.role != "supervisor":
            raise LoginFailedError(f"{staff_id} is not a supervisor: the day statistics are for supervisors")
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
