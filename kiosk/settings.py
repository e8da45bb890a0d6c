"""Where things live and how this kiosk is configured (issue 4 §6; strict since issue 13 §3).

Everything defaults under the platform's user directories (XDG on Linux, via platformdirs):
database and results under the data dir, logs under the log dir.

Settings come in layers, later ones winning key by key (issue 15 §3, a fleet of terminals):

1. ``/etc/myna-kiosk/settings.toml`` — what every terminal of the clinic or city shares;
2. ``/etc/myna-kiosk/settings.d/*.toml`` in name order — per-terminal drop-ins;
3. the user's ``settings.toml`` in the config dir, or the file named with ``--settings`` instead
   (a named file that is missing is an error);
4. the environment: ``MYNA_KIOSK_<KEY>`` and ``MYNA_KIOSK_<TABLE>__<KEY>`` (a TOML value, or text).

Secrets are never in these files: the database password, the staff PIN hash and the
certificate-hash key are files in ``$CREDENTIALS_DIRECTORY`` (systemd ``LoadCredential=``) or in
``/etc/myna-kiosk/secrets/`` (root-only), see :mod:`kiosk.secrets`. A password written into a
settings file that others may read is refused. ``MYNA_KIOSK_SYSTEM_DIR`` moves ``/etc/myna-kiosk``
(tests, and installs under another prefix).

 Every value whose
misuse would break a visit at its last step is refused when the settings load, before any card is
read: identifiers in the formats files and headers need, digit strings in ASCII, finite positive
durations, http(s) URLs, absolute folders that exist (a configured folder is never created, so
results never land on the local disk under an unmounted share). Every wrong key is reported at
once, each named (``ConfigError``), and nothing is half-applied.
"""

from __future__ import annotations

import math
import os
import re
import stat
import tomllib
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from kiosk.accessibility import AccessibilityConfig
from kiosk.camera import SAME, CameraConfig, CameraSpec, camera_spec
from kiosk.clock import DEFAULT_TIME_ZONE, zone_named
from kiosk.counter.notice_qr import valid_municipality_code
from kiosk.errors import KioskError
from kiosk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.reader_models import READER_MODELS
from kiosk.reception.config import CHECKUP_SCREENS, ReceptionConfig
from kiosk.reception.model import ConsentItem
from kiosk.secrets import DATABASE_PASSWORD, STAFF_PIN_HASH_SECRET, SecretFileError, read_secret_file, secret_dirs

APP = "myna-kiosk"
SYSTEM_DIR = Path("/etc/myna-kiosk")
ENV_PREFIX = "MYNA_KIOSK_"
ENV_SYSTEM_DIR = "MYNA_KIOSK_SYSTEM_DIR"
# A terminal id goes into result-file names (at most 64 characters with the 25 the kiosk adds) and
# into an HTTP header: ASCII letters, digits, '-' and '_', starting with a letter or digit.
TERMINAL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,38}", re.ASCII)
INSTITUTION_CODE = re.compile(r"[0-9]{10}", re.ASCII)
STAFF_PIN_HASH = re.compile(r"[0-9a-f]{32}\$[0-9a-f]{128}", re.ASCII)
TOP_LEVEL_KEYS = ("database_url", "results_dir", "requests_dir", "responses_dir", "log_dir", "eligibility_url",
                  "time_zone", "reception", "accessibility", "camera", "counter", "application")


class ConfigError(KioskError):
    """The settings file is unreadable or a key has a wrong value."""

    code = "CONFIG_INVALID"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path
    system: Path = SYSTEM_DIR  # the fleet's settings, drop-ins and secrets

    @classmethod
    def default(cls) -> Paths:
        return cls(Path(platformdirs.user_data_dir(APP)), Path(platformdirs.user_config_dir(APP)),
                   Path(platformdirs.user_log_dir(APP)), Path(os.environ.get(ENV_SYSTEM_DIR) or SYSTEM_DIR))

    @property
    def receipts(self) -> Path:
        """Where the municipal desks save receipts, slips and reissued 交付申請書 as PDFs when they
        cannot print (and where ``results purge`` deletes them after the retention days)."""
        return self.data / "receipts"


@dataclass(frozen=True)
class CounterSettings:
    """``[counter]``: the municipal desk's own details for what it prints.

    :param municipality: whose office hands the card over (「○○市」 on the receipt and the slip);
        "" until set — a desk that prints must have it.
    :param printer: the desk's printer by its system name; None: the system's default printer.
    """

    municipality: str = ""
    printer: str | None = None


INTAKE_MODES = ("office", "outreach")


@dataclass(frozen=True)
class ApplicationSettings:
    """``[application]``: the application support desk (申請サポート, docs/application-support.md).

    :param photo_camera: the camera for the application photo; None: none (the photo step says so).
    :param qr_camera: the camera that reads the 交付申請書's QR code; None: staff type the 申請書ID.
    :param mode: ``office`` (申請時来庁方式) or ``outreach`` (出張申請受付方式, identity documents needed).
    :param place: where an outreach session is held (a name, never a resident's); needed for outreach.
    :param printer: the printer of reissued 交付申請書 by its system name; None: the system's default.
    :param municipality_code: the 全国地方公共団体コード in the reissued form's QR code; "" until set
        — a desk that reissues forms must have it.
    :param vault_dir: the intakes taken on this machine (None: ``<data>/applications``).
    :param received_dir: the office's imported intakes (None: ``<data>/applications-received``).
    """

    photo_camera: CameraSpec | None = None
    qr_camera: CameraSpec | None = None
    mode: str = "office"
    place: str = ""
    printer: str | None = None
    municipality_code: str = ""
    vault_dir: Path | None = None
    received_dir: Path | None = None


@dataclass(frozen=True)
class Settings:
    """Everything the composition root needs. Paths are absolute."""

    database_url: str
    results_dir: Path
    requests_dir: Path
    responses_dir: Path
    log_dir: Path
    eligibility_url: str | None = None  # None: the simulated service in-process
    time_zone: str = DEFAULT_TIME_ZONE  # every date boundary is local midnight here (kiosk.clock)
    reception: ReceptionConfig = field(default_factory=ReceptionConfig)
    accessibility: AccessibilityConfig = field(default_factory=AccessibilityConfig)
    camera: CameraConfig = field(default_factory=CameraConfig)
    counter: CounterSettings = field(default_factory=CounterSettings)
    application: ApplicationSettings = field(default_factory=ApplicationSettings)
    warnings: tuple[str, ...] = ()  # for the log and the staff: what the kiosk runs without
    configured: frozenset[str] = frozenset()  # dotted keys the settings file set (the rest are defaults)


class _Problems:
    """Collects one message per wrong key, so that every mistake is reported at once."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def check(self, key: str, value: Any, test: Callable[[Any], Any], expected: str) -> Any:
        """``test(value)`` (it returns the accepted value, or raises ValueError/TypeError), else note it."""
        try:
            return test(value)
        except (ValueError, TypeError) as exc:
            why = f" ({exc})" if str(exc) else ""
            self.messages.append(f"{key} must be {expected}, not {_shown(value)}{why}")
            return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _typed(kind: type | tuple[type, ...]) -> Callable[[Any], Any]:
    def test(value: Any) -> Any:
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple)
                                                                                   else (kind,))):
            raise TypeError("")
        return value
    return test


def _matching(pattern: re.Pattern[str]) -> Callable[[Any], str]:
    def test(value: Any) -> str:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise ValueError("")
        return value
    return test


def _seconds(value: Any) -> float:
    number = _typed((int, float))(value)
    if not (0 < number < math.inf):  # nan fails both comparisons
        raise ValueError("")
    return float(number)


def _url(value: Any) -> str:
    text = _typed(str)(value)
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("")
    _ = parts.port  # raises ValueError for a port that is not a number in range
    return text


def _database_url(value: Any) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = _typed(str)(value)
    try:
        make_url(text)
    except ArgumentError as exc:
        raise ValueError("not a database URL") from exc
    return text


def _existing_folder(value: Any) -> Path:
    path = Path(_typed(str)(value))
    if not path.is_absolute():
        raise ValueError("the path is relative")
    if not path.is_dir():
        raise ValueError("no such folder: is the share mounted?")
    return path


def _absolute(value: Any) -> Path:
    path = Path(_typed(str)(value))
    if not path.is_absolute():
        raise ValueError("the path is relative")
    return path


def _consent_items(value: Any) -> tuple[ConsentItem, ...]:
    items = tuple(ConsentItem(_typed(str)(v)) for v in _typed(list)(value))
    if len(set(items)) != len(items):
        raise ValueError("an item is listed twice")
    return items


def _time_zone(value: Any) -> str:
    zone_named(_typed(str)(value))
    return str(value)


Rules = dict[str, tuple[Callable[[Any], Any], str]]  # key: (test returning the accepted value, expected)
_RECEPTION_RULES: Rules = {
    "terminal_id": (_matching(TERMINAL_ID), "1-39 ASCII letters, digits, '-' or '_', starting with a letter or digit"),
    "institution_code": (_matching(INSTITUTION_CODE), "10 ASCII digits"),
    "consent_items": (_consent_items, f"a list of distinct items from {', '.join(i.value for i in ConsentItem)}"),
    "checkup_screen": (lambda v: _one_of(_typed(str)(v), CHECKUP_SCREENS), f"one of {', '.join(CHECKUP_SCREENS)}"),
    "bundle_consent": (_typed(bool), "true or false"),
    "prescription_screen": (_typed(bool), "true or false"),
    "face_attempts": (lambda v: _within(_typed(int)(v), 1, 10), "a whole number 1-10"),
    "staff_pin_hash": (_matching(STAFF_PIN_HASH), "salt$hash as written by hash_staff_pin"),
    "inactivity_seconds": (_seconds, "a finite positive number of seconds"),
    "warning_seconds": (_seconds, "a finite positive number of seconds"),
    "card_left_seconds": (_seconds, "a finite positive number of seconds"),
    "wait_seconds": (lambda v: _within(_seconds(v), 0, 45), "a finite number of seconds, at most 45"),
    "reader_model": (lambda v: _one_of(_typed(str)(v), READER_MODELS), f"one of {', '.join(READER_MODELS)}"),
}


def _within(value: float, low: float, high: float) -> Any:
    if not low <= value <= high:
        raise ValueError("")
    return value


def _one_of(value: str, known: Iterable[str]) -> str:
    if value not in known:
        raise ValueError("")
    return value


def _checked(name: str, table: dict[str, Any], rules: Rules, problems: _Problems) -> dict[str, Any]:
    """The values of ``[name]`` that pass their rule; every unknown key and wrong value is noted."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in rules:
            problems.messages.append(f"unknown key {name}.{key}")
            continue
        checked = problems.check(f"{name}.{key}", value, *rules[key])
        if checked is not None:
            values[key] = checked
    return values


def _reception(table: dict[str, Any], problems: _Problems) -> ReceptionConfig:
    known = {f.name for f in fields(ReceptionConfig)}
    rules = {key: rule for key, rule in _RECEPTION_RULES.items() if key in known}
    config = ReceptionConfig(**_checked("reception", table, rules, problems))
    if config.warning_seconds >= config.inactivity_seconds:
        problems.messages.append("reception.warning_seconds must be shorter than inactivity_seconds")
    return config


def _accessibility(table: dict[str, Any], problems: _Problems) -> tuple[AccessibilityConfig, list[str]]:
    """``[accessibility]``. Unknown language codes are dropped with a warning, not refused: the
    kiosk must still run (in Japanese) for the residents."""
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in table.items():
        if key == "languages":
            codes = problems.check("accessibility.languages", value,
                                   lambda v: [_typed(str)(c) for c in _typed(list)(v)], "a list of language codes")
            if codes is None:
                continue
            unknown = [code for code in codes if code not in LANGUAGES]
            if unknown:
                known = ", ".join(LANGUAGES)
                warnings.append(f"設定の 言語コード {', '.join(unknown)} は ありません（使えるのは {known}）")
            values[key] = tuple(dict.fromkeys([DEFAULT_LANGUAGE, *(c for c in codes if c in LANGUAGES)]))
        elif key == "voice":
            checked = problems.check("accessibility.voice", value, _typed(bool), "true or false")
            if checked is not None:
                values[key] = checked
        elif key in ("volume", "screen_dpi"):
            low, high = (0.0, 1.0) if key == "volume" else (50.0, 600.0)

            def number(v: Any, lo: float = low, hi: float = high) -> float:
                return float(_within(_typed((int, float))(v), lo, hi))
            checked = problems.check(f"accessibility.{key}", value, number, f"a number {low:g}-{high:g}")
            if checked is not None:
                values[key] = checked
        else:
            problems.messages.append(f"unknown key accessibility.{key}")
    return AccessibilityConfig(**values), warnings


def _camera(table: dict[str, Any], problems: _Problems) -> CameraConfig:
    """``[camera]``: specs are checked for form here; whether the devices are there is a start-up
    report (an unplugged camera must not stop the kiosk from opening)."""
    spec = "a device index such as 0 or an absolute path such as /dev/video0"
    rules: Rules = {
        "face": (camera_spec, spec),
        "card_face": (lambda v: v if v == SAME else camera_spec(v), f'{spec}, or "same"'),
        "scan_seconds": (lambda v: _within(_seconds(v), 0.5, 10), "a number of seconds 0.5-10"),
    }
    values = _checked("camera", table, rules, problems)
    if values.get("card_face") == SAME:
        values["card_face"], values["same_camera"] = None, True
        if "face" not in values:
            problems.messages.append('camera.card_face = "same" needs camera.face')
    return CameraConfig(**values)


def _one_line(longest: int) -> Callable[[Any], str]:
    """A test for printable text on one line, 1–``longest`` characters (a name printed on paper)."""
    def test(value: Any) -> str:
        text = _typed(str)(value).strip()
        if not text or len(text) > longest or not text.isprintable():
            raise ValueError("")
        return text
    return test


_COUNTER_RULES: Rules = {
    "municipality": (_one_line(40), "the municipality's name on one line, 1-40 characters (e.g. \"横浜市\")"),
    "printer": (_one_line(200), "a printer's name as the system lists it (lpstat -p), on one line"),
}


def _counter(table: dict[str, Any], problems: _Problems) -> CounterSettings:
    """``[counter]``: unknown keys refused, every wrong value named."""
    return CounterSettings(**_checked("counter", table, _COUNTER_RULES, problems))


def _municipality_code(value: Any) -> str:
    if not valid_municipality_code(_typed(str)(value)):
        raise ValueError("")
    return str(value)


_CAMERA = "a device index such as 0 or an absolute path such as /dev/video0 or a video file"
_APPLICATION_RULES: Rules = {
    "photo_camera": (camera_spec, _CAMERA),
    "qr_camera": (lambda v: "" if v == "" else camera_spec(v), f'{_CAMERA}, or "" for none'),
    "mode": (lambda v: _one_of(_typed(str)(v), INTAKE_MODES), " or ".join(INTAKE_MODES)),
    "place": (_one_line(60), "the place's name on one line, 1-60 characters (e.g. \"○○株式会社 本社\")"),
    "printer": _COUNTER_RULES["printer"],
    "municipality_code": (_municipality_code, "6 ASCII digits with a valid check digit (全国地方公共団体コード)"),
    "vault_dir": (_existing_folder, "an absolute path of an existing folder"),
    "received_dir": (_existing_folder, "an absolute path of an existing folder"),
}


def _application(table: dict[str, Any], problems: _Problems) -> ApplicationSettings:
    """``[application]``: unknown keys refused, every wrong value named; an outreach desk names its
    place. Whether the cameras are there is a start-up report, as for ``[camera]``."""
    values = _checked("application", table, _APPLICATION_RULES, problems)
    if values.get("qr_camera") == "":
        values["qr_camera"] = None
    if values.get("mode") == "outreach" and "place" not in table:
        problems.messages.append('application.mode = "outreach" needs application.place')
    return ApplicationSettings(**values)


def _table(raw: dict[str, Any], key: str, problems: _Problems) -> dict[str, Any]:
    value = raw.get(key, {})
    if isinstance(value, dict):
        return value
    problems.messages.append(f"{key} must be a table ([{key}]), not {_shown(value)}")
    return {}


def _layers(file: Path | None, paths: Paths) -> list[Path]:
    """The settings files that exist, in the order they apply."""
    drop_ins = paths.system / "settings.d"
    found = [paths.system / "settings.toml",
             *(sorted(drop_ins.glob("*.toml")) if drop_ins.is_dir() else []),
             file or paths.config / "settings.toml"]
    return [path for path in found if path.is_file()]


def _merge(into: dict[str, Any], layer: dict[str, Any]) -> None:
    for key, value in layer.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _read_layer(path: Path, problems: _Problems) -> dict[str, Any]:
    try:
        layer = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"settings: cannot read {path}: {exc}") from exc
    url = layer.get("database_url")
    if isinstance(url, str) and _password_in(url) and path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH):
        problems.messages.append(f"database_url in {path} holds a password others may read: put the password "
                                 f"in the secret file {DATABASE_PASSWORD} instead")
    return layer


def _password_in(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return bool(make_url(url).password)
    except ArgumentError:
        return False


def _environment(environ: dict[str, str] | os._Environ[str]) -> dict[str, Any]:
    """``MYNA_KIOSK_RECEPTION__TERMINAL_ID=K-02`` → ``{"reception": {"terminal_id": "K-02"}}``; a value
    that parses as TOML (``true``, ``3``, ``["a"]``) is taken as such, anything else as text."""
    found: dict[str, Any] = {}
    for name, text in environ.items():
        if not name.startswith(ENV_PREFIX) or name == ENV_SYSTEM_DIR:
            continue
        *tables, key = name[len(ENV_PREFIX):].lower().split("__")
        try:
            value = tomllib.loads(f"v = {text}")["v"]
        except tomllib.TOMLDecodeError:
            value = text
        target = found
        for table in tables:
            target = target.setdefault(table, {})
        target[key] = value
    return found


def _with_secrets(raw: dict[str, Any], paths: Paths, problems: _Problems) -> None:
    """The database password and the staff PIN hash from their secret files, where present."""
    from sqlalchemy.engine import make_url

    dirs = secret_dirs(paths.system)
    try:
        password = read_secret_file(DATABASE_PASSWORD, dirs)
        pin_hash = read_secret_file(STAFF_PIN_HASH_SECRET, dirs)
    except SecretFileError as error:
        problems.messages.append(error.detail)
        return
    if password is not None and isinstance(raw.get("database_url"), str):
        try:
            url = make_url(raw["database_url"])
        except Exception:  # noqa: BLE001 - the URL's own check names it below
            return
        raw["database_url"] = url.set(password=password).render_as_string(hide_password=False)
    if pin_hash is not None:
        reception = raw.setdefault("reception", {})
        if isinstance(reception, dict):
            reception.setdefault("staff_pin_hash", pin_hash)


def load_settings(file: Path | None = None, paths: Paths | None = None,
                  environ: dict[str, str] | None = None) -> Settings:
    """Defaults, overlaid by the layers (module docstring): ``/etc`` settings and drop-ins, ``file``
    (default ``<config dir>/settings.toml``), the environment, and the secret files.

    :raises ConfigError: a named ``file`` that does not exist, unreadable TOML, unknown keys or
        wrong values, a password in a readable file — all of them named in one message.
    """
    paths = paths or Paths.default()
    if file is not None and not file.is_file():
        raise ConfigError(f"settings: {file} does not exist")
    problems = _Problems()
    raw: dict[str, Any] = {}
    layers = _layers(file, paths)
    for layer in layers:
        _merge(raw, _read_layer(layer, problems))
    _merge(raw, _environment(os.environ if environ is None else environ))
    _with_secrets(raw, paths, problems)
    problems.messages += [f"unknown key {key}" for key in sorted(set(raw) - set(TOP_LEVEL_KEYS))]

    def value(key: str, test: Callable[[Any], Any], expected: str, default: Any) -> Any:
        if key not in raw:
            return default
        checked = problems.check(key, raw[key], test, expected)
        return default if checked is None else checked

    folder = "an absolute path of an existing folder"
    tables = {name: _table(raw, name, problems) for name in ("reception", "accessibility", "camera", "counter",
                                                                     "application")}
    reception = _reception(tables["reception"], problems)
    accessibility, warnings = _accessibility(tables["accessibility"], problems)
    settings = Settings(
        database_url=value("database_url", _database_url, "an SQLAlchemy database URL",
                           f"sqlite:///{paths.data / 'kiosk.db'}"),
        results_dir=value("results_dir", _existing_folder, folder, paths.data / "results"),
        requests_dir=value("requests_dir", _existing_folder, folder, paths.data / "REQ"),
        responses_dir=value("responses_dir", _existing_folder, folder, paths.data / "RES"),
        log_dir=value("log_dir", _absolute, "an absolute path", paths.logs),
        eligibility_url=value("eligibility_url", _url, "an http:// or https:// URL with a host", None),
        time_zone=value("time_zone", _time_zone, "an IANA time zone such as Asia/Tokyo", DEFAULT_TIME_ZONE),
        reception=reception,
        accessibility=accessibility,
        camera=_camera(tables["camera"], problems),
        counter=_counter(tables["counter"], problems),
        application=_application(tables["application"], problems),
        warnings=tuple(warnings),
        configured=frozenset(key for key in raw if key not in tables)
        | {f"{name}.{key}" for name, table in tables.items() for key in table},
    )
    if ("requests_dir" in raw) != ("responses_dir" in raw):
        problems.messages.append("requests_dir and responses_dir are set together (the REQ/RES exchange)")
    if problems.messages:
        where = ", ".join(str(layer) for layer in layers) or "defaults and environment"
        raise ConfigError(f"settings ({where}): " + "; ".join(problems.messages))
    return settings


def require(settings: Settings, *keys: str) -> None:
    """Keys a real terminal must set itself (no sample default may stand in for them).

    :raises ConfigError: naming every one of ``keys`` the settings file did not set.
    """
    missing = [key for key in keys if key not in settings.configured]
    if missing:
        raise ConfigError("settings: a real terminal must set " + ", ".join(missing))
