"""``myna-kiosk doctor``: is this terminal ready? Every check a clinic's IT would otherwise do by hand
— settings, clock, database, folders, keyring, card reader, eligibility service, outbox, audit
chain — each with what to do when it fails. It reads and probes; it creates, migrates and changes
nothing."""

from __future__ import annotations

import os
import socket
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import click

from app.cli.output import Exit, SettingsChoice, handles_errors, json_option, print_json, settings_options
from kiosk.errors import KioskError
from kiosk.settings import Settings

OK, WARN, FAIL = "ok", "warn", "fail"
PROBE_SECONDS = 2.0  # how long the eligibility service may take to accept a connection


@dataclass(frozen=True)
class Check:
    """One line of the report: what was checked, how it went, and the detail or next step."""

    name: str
    status: str
    detail: str


def _missing_sqlite_file(settings: Settings) -> Path | None:
    """The SQLite file the settings name, when it does not exist yet (connecting would create it)."""
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        return Path(url.database)
    return None


def _database(settings: Settings) -> Check:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.store.db import current_revision, head_revision, make_engine

    missing = _missing_sqlite_file(settings)
    if missing is not None:
        return Check("database", WARN, f"{missing} does not exist yet; the kiosk creates it when it first starts")
    engine = make_engine(settings.database_url)
    where = engine.url.render_as_string(hide_password=True)
    try:
        revision = current_revision(engine)
    except SQLAlchemyError as exc:
        return Check("database", FAIL, f"{where}: cannot connect ({type(exc).__name__})")
    finally:
        engine.dispose()
    if revision is None:
        return Check("database", WARN, f"{where}: empty; the kiosk creates its tables when it first starts")
    if revision != head_revision():
        return Check("database", WARN, f"{where}: schema {revision}, this version's is {head_revision()}; "
                                       "the kiosk migrates it when it starts")
    return Check("database", OK, f"{where}: schema {revision}")


def _clock(settings: Settings, schema_ready: bool) -> Check:
    from kiosk.clock import SYSTEM_CLOCK, ClockError, check_plausible

    newest = None
    if schema_ready:
        from kiosk.store.db import open_store

        store = open_store(settings.database_url)
        try:
            newest = store.newest_event_at()
        finally:
            store.close()
    try:
        check_plausible(SYSTEM_CLOCK.now(), newest)
    except ClockError as error:
        return Check("clock", FAIL, error.detail)
    return Check("clock", OK, f"{SYSTEM_CLOCK.now():%Y-%m-%d %H:%M %Z} ({settings.time_zone})")


def _has_schema(settings: Settings) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.store.db import current_revision, head_revision, make_engine

    if _missing_sqlite_file(settings) is not None:
        return False
    engine = make_engine(settings.database_url)
    try:
        return current_revision(engine) == head_revision()
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def _folders(settings: Settings) -> Check:
    problems, seen = [], []
    for key in ("results_dir", "requests_dir", "responses_dir"):
        folder: Path = getattr(settings, key)
        if not folder.is_dir():
            if key in settings.configured:
                problems.append(f"{key} {folder} does not exist (is the share mounted?)")
            continue  # the kiosk's own default: created when it starts
        if not os.access(folder, os.W_OK | os.X_OK):
            problems.append(f"{key} {folder} is not writable")
        seen.append(str(folder))
    if problems:
        return Check("folders", FAIL, "; ".join(problems))
    return Check("folders", OK, ", ".join(seen) or "the kiosk's own folders, created when it starts")


def _keyring(simulator: bool) -> Check:
    import keyring
    from keyring.errors import KeyringError

    from kiosk.handoff.outbox import OUTBOX_KEY
    from kiosk.secrets import CERT_HASH_KEY

    try:
        backend = keyring.get_keyring()
        missing = [name for name in (CERT_HASH_KEY, OUTBOX_KEY) if backend.get_password("myna-kiosk", name) is None]
    except (KeyringError, RuntimeError) as exc:
        status = WARN if simulator else FAIL
        return Check("keyring", status, f"no usable keyring ({type(exc).__name__}): certificate hashes and the "
                                        "outbox need one on a real terminal")
    name = type(backend).__name__
    if missing:
        return Check("keyring", OK, f"{name}; created at first start: {', '.join(missing)}")
    return Check("keyring", OK, name)


def _reader(reader: str | None) -> Check:
    from drivers.pcsc import list_readers

    try:
        readers = list_readers()
    except KioskError as error:
        return Check("card reader", FAIL, f"{error.code}: {error.detail} (is pcscd running? pcsc_scan lists readers)")
    if reader is not None and reader not in readers:
        return Check("card reader", FAIL, f"{reader!r} not found; readers: {', '.join(readers) or 'none'}")
    if not readers:
        return Check("card reader", FAIL, "no PC/SC reader (plug it in; pcsc_scan lists readers)")
    return Check("card reader", OK, ", ".join(readers))


def _eligibility(settings: Settings, simulator: bool) -> Check:
    if not settings.eligibility_url:
        if simulator:
            return Check("eligibility service", OK, "simulated in-process")
        return Check("eligibility service", FAIL, "eligibility_url is not set")
    url = urllib.parse.urlsplit(settings.eligibility_url)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        with socket.create_connection((url.hostname or "", port), timeout=PROBE_SECONDS):
            pass
    except OSError as exc:
        return Check("eligibility service", FAIL, f"{url.hostname}:{port} does not answer ({exc.__class__.__name__})")
    return Check("eligibility service", OK, f"{url.hostname}:{port} accepts connections")


def _outbox(settings: Settings, schema_ready: bool) -> Check:
    if not schema_ready:
        return Check("outbox + audit", WARN, "checked once the kiosk has created or migrated its database")
    from kiosk.store.db import open_store

    store = open_store(settings.database_url)
    try:
        waiting = store.outbox_status()
        report = store.verify_audit()
    finally:
        store.close()
    if not report.ok:
        return Check("outbox + audit", FAIL, f"audit chain broken: {report.problem}")
    if waiting:
        oldest = waiting[0]
        return Check("outbox + audit", WARN, f"{len(waiting)} results not on the share yet (oldest {oldest['since']}, "
                                             f"{oldest['last_error'] or 'not tried'}); audit head {report.head_hash}")
    return Check("outbox + audit", OK, f"every result delivered; {report.events} audit events, head {report.head_hash}")


@click.command(epilog="""
\b
Examples:
  myna-kiosk doctor                     # after installing, and whenever something looks wrong
  myna-kiosk doctor --simulator --json
""")
@click.option("--simulator", is_flag=True, help="Check for simulator mode (no reader, no service needed).")
@click.option("--reader", metavar="NAME", help="The PC/SC reader this terminal must have.")
@settings_options()
@json_option
@handles_errors
def doctor(simulator: bool, reader: str | None, settings: SettingsChoice, as_json: bool) -> int:
    """Check that this terminal is ready: settings, clock, database, folders, keyring, card reader,
    eligibility service, outbox and audit chain. Changes nothing. Exit status 1 when a check fails
    (3 when the settings themselves are wrong)."""
    loaded = settings.load()
    schema_ready = _has_schema(loaded)  # the store's own checks need this version's tables
    probes: list[Callable[[], Check]] = [
        lambda: _database(loaded), lambda: _clock(loaded, schema_ready), lambda: _folders(loaded),
        lambda: _keyring(simulator), lambda: _eligibility(loaded, simulator), lambda: _outbox(loaded, schema_ready)]
    if not simulator:
        probes.insert(4, lambda: _reader(reader))
    checks = [Check("settings", OK, ", ".join(sorted(loaded.configured)) or "built-in defaults")]
    checks += [probe() for probe in probes]
    failed = any(check.status == FAIL for check in checks)
    if as_json:
        print_json({"ready": not failed, "checks": [asdict(check) for check in checks]})
    else:
        for check in checks:
            click.echo(f"{check.status.upper():<4}  {check.name:<20} {check.detail}")
        click.echo("ready" if not failed else "NOT ready: fix the lines marked FAIL")
    return Exit.NEGATIVE if failed else Exit.OK
