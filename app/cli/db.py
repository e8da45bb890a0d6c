"""``myna-kiosk db``: the database for IT (issue 15 §5) — its schema revision, the upgrade (run by
the database owner: the kiosk's own account needs no DDL rights once the schema is current), and
a backup file private to whoever makes it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import click
from sqlalchemy.engine import make_url

from app.cli.output import Exit, SettingsChoice, handles_errors, json_option, print_json, report, settings_options
from kiosk.private_files import private_file

BACKUP_SECONDS = 600  # pg_dump of a year of counters takes seconds; a hung server must not hang IT's shell


@click.group()
def db() -> None:
    """The kiosk database: status, upgrade, backup."""


@db.command(epilog="""
\b
Examples:
  myna-kiosk db status --json
""")
@settings_options()
@json_option
@handles_errors
def status(settings: SettingsChoice, as_json: bool) -> int:
    """The schema revision of the database and of this version. Exit status 1 when they differ."""
    from kiosk.store.db import current_revision, head_revision, make_engine

    url = settings.load().database_url
    engine = make_engine(url)
    try:
        current, head = current_revision(engine), head_revision()
    finally:
        engine.dispose()
    where = make_url(url).render_as_string(hide_password=True)
    if as_json:
        print_json({"database": where, "revision": current, "head": head, "current": current == head})
    else:
        click.echo(f"{where}: schema {current or 'none'}, this version {head}"
                   + ("" if current == head else " — run `myna-kiosk db upgrade` as the database owner"))
    return Exit.OK if current == head else Exit.NEGATIVE


@db.command(epilog="""
\b
Examples:
  sudo -u postgres myna-kiosk db upgrade --database-url "postgresql+psycopg:///kiosk?host=/run/postgresql"
  myna-kiosk db upgrade --json             # SQLite: the kiosk user owns its file
""")
@settings_options()
@json_option
@handles_errors
def upgrade(settings: SettingsChoice, as_json: bool) -> int:
    """Bring the schema to this version's (one transaction; desks wait for it, never see half of it)."""
    from kiosk.store.db import current_revision, head_revision, make_engine, migrate
    from kiosk.store.retry import DEFAULT_POLICY, retrying

    engine = make_engine(settings.load().database_url)
    try:
        before = current_revision(engine)
        retrying(DEFAULT_POLICY, lambda: migrate(engine))
    finally:
        engine.dispose()
    if as_json:
        print_json({"from": before, "to": head_revision()})
    else:
        click.echo(f"schema {before or 'none'} -> {head_revision()}")
    return Exit.OK


@db.command(epilog="""
\b
Examples:
  myna-kiosk db backup /var/backups/myna-kiosk/kiosk-2026-12-01.db
  myna-kiosk db backup /var/backups/kiosk.dump --json    # PostgreSQL: pg_dump's custom format
""")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@settings_options()
@json_option
@handles_errors
def backup(target: Path, settings: SettingsChoice, as_json: bool) -> int:
    """Copy the whole database to TARGET (private, 0600): SQLite through its online backup (desks may
    keep working), PostgreSQL with pg_dump (a consistent snapshot). An existing TARGET is refused."""
    url = make_url(settings.load().database_url)
    if target.exists():
        return report("BACKUP_EXISTS", f"{target} exists; choose a new file", Exit.REFUSED, as_json)
    if not target.parent.is_dir():
        return report("BACKUP_FOLDER_MISSING", f"no such folder {target.parent}", Exit.CONFIG, as_json)
    if url.get_backend_name() == "sqlite":
        source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(private_file(target))
            with copy:
                source.backup(copy)
            copy.close()
        finally:
            source.close()
    else:
        failed = _pg_dump(url, target)
        if failed:
            target.unlink(missing_ok=True)
            return report("BACKUP_FAILED", failed, Exit.FAILED, as_json)
    size = target.stat().st_size
    if as_json:
        print_json({"backup": str(target), "bytes": size})
    else:
        click.echo(f"wrote {target} ({size} bytes, mode 0600)")
    return Exit.OK


def _pg_dump(url, target: Path) -> str:  # noqa: ANN001 - a sqlalchemy URL
    """Run pg_dump for ``url`` into ``target``; "" on success, else what went wrong (no password shown)."""
    program = shutil.which("pg_dump")
    if program is None:
        return "pg_dump is not installed (Debian package postgresql-client)"
    query = dict(url.query)
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}
    args = [program, "--format=custom", f"--file={private_file(target)}", f"--dbname={url.database}"]
    for option, value in (("--host", query.get("host", url.host)), ("--port", query.get("port", url.port)),
                          ("--username", url.username)):
        if value:
            args.append(f"{option}={value}")
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=BACKUP_SECONDS,  # noqa: S603
                              check=False)
    except subprocess.TimeoutExpired:
        return f"pg_dump did not finish in {BACKUP_SECONDS} s"
    return "" if done.returncode == 0 else f"pg_dump failed: {done.stderr.strip()[-300:]}"
