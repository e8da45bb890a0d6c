"""``myna-kiosk doctor``: is this terminal ready? Every check a clinic's IT would otherwise do by hand
— settings, clock, database, folders, secrets, card reader, cameras, eligibility service, outbox,
audit chain, fonts, translations, voice — each with what to do when it fails. It reads and probes;
it creates, migrates and changes nothing."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import click

from app.cli.output import Exit, SettingsChoice, handles_errors, json_option, print_json, settings_options
from kiosk.camera import CameraSpec, camera_present
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


def _secrets(simulator: bool) -> Check:
    """The fleet's key file when there is one (private, a real key), else the OS keyring."""
    from kiosk.secrets import CERT_HASH_KEY, FileSecretStore, SecretStoreError, secret_dirs
    from kiosk.settings import Paths

    files = FileSecretStore(secret_dirs(Paths.default().system))
    if not files.has(CERT_HASH_KEY):
        return _keyring(simulator)
    try:
        files.get_or_create(CERT_HASH_KEY)
    except SecretStoreError as error:
        return Check("secrets", FAIL, error.detail)
    return Check("secrets", OK, f"{CERT_HASH_KEY} file in {', '.join(map(str, files.dirs))}")


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
        return Check("secrets", status, f"no {CERT_HASH_KEY} file and no usable keyring ({type(exc).__name__}): "
                                        "`sudo myna-kiosk secrets create-key` (docs/fleet.md)")
    name = type(backend).__name__
    if missing:
        return Check("secrets", OK, f"keyring {name}; created at first start: {', '.join(missing)}")
    return Check("secrets", OK, f"keyring {name}")


def _fonts() -> Check:
    """The Japanese font every screen and receipt is drawn in."""
    from ui.theme import FONT_FAMILY

    try:
        listed = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True,  # noqa: S607
                                timeout=PROBE_SECONDS * 5, check=False).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check("fonts", FAIL, f"fc-list did not run ({type(exc).__name__}): install fontconfig")
    if FONT_FAMILY not in listed:
        return Check("fonts", FAIL, f"{FONT_FAMILY} is missing: apt install fonts-noto-cjk")
    return Check("fonts", OK, FONT_FAMILY)


def _translations() -> Check:
    """The compiled translations of every language the kiosk offers."""
    from kiosk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
    from ui.i18n import QM_DIR

    missing = [code for code, language in LANGUAGES.items()
               if code != DEFAULT_LANGUAGE and not (QM_DIR / f"myna_{language.locale}.qm").is_file()]
    if missing:
        return Check("translations", FAIL, f"no compiled translation for {', '.join(missing)} in {QM_DIR}: "
                                           "reinstall the package (make builds them from assets/i18n/*.ts)")
    return Check("translations", OK, f"{len(LANGUAGES) - 1} languages besides Japanese")


def _voice() -> Check:
    """Voice guidance: Open JTalk for Japanese, espeak-ng for the other languages."""
    import importlib.util

    missing = [what for what, there in (("pyopenjtalk (Japanese)", importlib.util.find_spec("pyopenjtalk")),
                                        ("espeak-ng (other languages)", shutil.which("espeak-ng"))) if not there]
    if missing:
        return Check("voice", WARN, f"no {', '.join(missing)}: the kiosk runs, those languages are not spoken")
    return Check("voice", OK, "Open JTalk and espeak-ng")


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


def _cameras(settings: Settings) -> Check:
    """Both ``[camera]`` sources set, there, and giving a frame: then 顔認証 is offered."""
    cameras = settings.camera
    if cameras.face is None and cameras.card_face_spec is None:
        return Check("cameras", WARN, "顔認証 off: [camera] face and card_face are not set "
                                      "(the kiosk offers the PIN and the staff check)")
    problems = cameras.missing()
    for key, spec in (("face", cameras.face), ("card_face", cameras.card_face)):
        if spec is not None and not any(key in problem for problem in problems):
            problem = _first_frame(spec)
            if problem:
                problems.append(f"[camera] {key}: {spec} {problem}")
    if problems:
        return Check("cameras", FAIL, "; ".join(problems) + " — 顔認証 is not offered until this is fixed")
    same = " (also sees the card)" if cameras.same_camera else f", card face {cameras.card_face}"
    return Check("cameras", OK, f"face {cameras.face}{same}")


def _application_cameras(settings: Settings) -> Check:
    """The ``[application]`` desk's cameras, when set: there and giving a frame."""
    config = settings.application
    problems, found = [], []
    for key, spec in (("photo_camera", config.photo_camera), ("qr_camera", config.qr_camera)):
        if spec is None:
            continue
        problem = _first_frame(spec) if camera_present(spec) else "is not there (unplugged?)"
        if problem:
            problems.append(f"[application] {key}: {spec} {problem}")
        else:
            found.append(f"{key} {spec}")
    if problems:
        return Check("application cameras", FAIL, "; ".join(problems) + " — staff type the details until it is fixed")
    if config.photo_camera is None:
        return Check("application cameras", WARN, "[application] photo_camera is not set: no application photos"
                                                  + (f" ({found[0]})" if found else ""))
    return Check("application cameras", OK, ", ".join(found))


def _first_frame(spec: CameraSpec) -> str:
    """"" when the camera gives a frame within PROBE_SECONDS, else what went wrong."""
    import threading

    from drivers.camera import OpenCvCamera
    from kiosk.camera import CameraError

    got, frames, errors = threading.Event(), [], []

    def frame(_: object) -> None:
        frames.append(1)
        got.set()

    def error(found: CameraError) -> None:
        errors.append(found.code)
        got.set()

    camera = OpenCvCamera(spec)
    try:
        camera.start(frame, error, got.set)
    except CameraError as failure:
        return f"cannot be opened ({failure.detail})"
    try:
        got.wait(PROBE_SECONDS)
        if not frames:
            return "gives no picture" + (f" ({errors[0]})" if errors else "")
    finally:
        camera.stop()
    return ""


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
    """Check that this terminal is ready: settings, clock, database, folders, secrets, card reader,
    cameras, eligibility service, outbox and audit chain, fonts, translations, voice. Changes nothing.
    Exit status 1 when a check fails (3 when the settings themselves are wrong)."""
    loaded = settings.load()
    schema_ready = _has_schema(loaded)  # the store's own checks need this version's tables
    probes: list[Callable[[], Check]] = [
        lambda: _database(loaded), lambda: _clock(loaded, schema_ready), lambda: _folders(loaded),
        lambda: _secrets(simulator), lambda: _eligibility(loaded, simulator), lambda: _outbox(loaded, schema_ready),
        _fonts, _translations, _voice]
    if not simulator:
        probes[4:4] = [lambda: _reader(reader), lambda: _cameras(loaded)]
        if {"application.photo_camera", "application.qr_camera"} & loaded.configured:
            probes.insert(6, lambda: _application_cameras(loaded))
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
