"""Where things live and how this kiosk is configured (issue 4 §6).

Everything defaults under the platform's user directories (XDG on Linux, via platformdirs):
database and results under the data dir, logs under the log dir, ``settings.toml`` in the config
dir. A settings file is optional; each key it sets is checked, and a bad one is reported by name
(``ConfigError``) instead of half-applied.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from kiosk.accessibility import AccessibilityConfig
from kiosk.clock import DEFAULT_TIME_ZONE, zone_named
from kiosk.errors import KioskError
from kiosk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.reader_models import READER_MODELS
from kiosk.reception.config import ReceptionConfig
from kiosk.reception.model import ConsentItem

APP = "myna-kiosk"


class ConfigError(KioskError):
    """The settings file is unreadable or a key has a wrong value."""

    code = "CONFIG_INVALID"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path

    @classmethod
    def default(cls) -> Paths:
        return cls(Path(platformdirs.user_data_dir(APP)), Path(platformdirs.user_config_dir(APP)),
                   Path(platformdirs.user_log_dir(APP)))


@dataclass(frozen=True)
class Settings:
    """Everything the composition root needs. Paths may be relative to nothing: they are absolute."""

    database_url: str
    results_dir: Path
    requests_dir: Path
    responses_dir: Path
    log_dir: Path
    eligibility_url: str | None = None  # None: the simulated service in-process
    time_zone: str = DEFAULT_TIME_ZONE  # every date boundary is local midnight here (kiosk.clock)
    reception: ReceptionConfig = field(default_factory=ReceptionConfig)
    accessibility: AccessibilityConfig = field(default_factory=AccessibilityConfig)
    warnings: tuple[str, ...] = ()  # for the log and the staff: what the kiosk runs without


_RECEPTION_KEYS = {f.name: f for f in fields(ReceptionConfig)}


def _check(key: str, value: Any, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ConfigError(f"settings: {key} must be {getattr(kind, '__name__', kind)}, not {value!r}")
    return value


def _reception(table: dict[str, Any]) -> ReceptionConfig:
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _RECEPTION_KEYS:
            raise ConfigError(f"settings: unknown key reception.{key}")
        if key == "consent_items":
            try:
                values[key] = tuple(ConsentItem(_check(f"reception.{key}[]", v, str)) for v in _check(key, value, list))
            except ValueError as exc:
                known = ", ".join(i.value for i in ConsentItem)
                raise ConfigError(f"settings: reception.consent_items takes {known}") from exc
        elif key in ("face_attempts",):
            values[key] = _check(f"reception.{key}", value, int)
            if not 1 <= value <= 10:
                raise ConfigError(f"settings: reception.{key} must be 1–10")
        elif key.endswith("_seconds"):
            values[key] = float(_check(f"reception.{key}", value, (int, float)))
            if value <= 0:
                raise ConfigError(f"settings: reception.{key} must be positive")
        elif key == "reader_model":
            values[key] = _check(f"reception.{key}", value, str)
            if value not in READER_MODELS:
                raise ConfigError(f"settings: reception.reader_model takes {', '.join(READER_MODELS)}")
        elif key in ("bundle_consent", "prescription_screen"):
            values[key] = _check(f"reception.{key}", value, bool)
        else:
            values[key] = _check(f"reception.{key}", value, str)
    if "institution_code" in values and not (len(values["institution_code"]) == 10
                                              and values["institution_code"].isdigit()):
        raise ConfigError("settings: reception.institution_code has 10 digits")
    config = ReceptionConfig(**values)
    if config.warning_seconds >= config.inactivity_seconds:
        raise ConfigError("settings: reception.warning_seconds must be shorter than inactivity_seconds")
    return config


def _accessibility(table: dict[str, Any]) -> tuple[AccessibilityConfig, list[str]]:
    """``[accessibility]``. Unknown language codes are dropped with a warning, not refused: the
    kiosk must still run (in Japanese) for the residents."""
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in table.items():
        if key == "languages":
            codes = [_check("accessibility.languages[]", code, str) for code in _check(key, value, list)]
            unknown = [code for code in codes if code not in LANGUAGES]
            if unknown:
                known = ", ".join(LANGUAGES)
                known = ", ".join(LANGUAGES)
                warnings.append(f"設定の 言語コード {', '.join(unknown)} は ありません（使えるのは {known}）")
            values[key] = tuple(dict.fromkeys([DEFAULT_LANGUAGE, *(c for c in codes if c in LANGUAGES)]))
        elif key == "voice":
            values[key] = _check(f"accessibility.{key}", value, bool)
        elif key in ("volume", "screen_dpi"):
            values[key] = float(_check(f"accessibility.{key}", value, (int, float)))
            if not (0 <= value <= 1 if key == "volume" else 50 <= value <= 600):
                raise ConfigError(f"settings: accessibility.{key} is out of range")
        else:
            raise ConfigError(f"settings: unknown key accessibility.{key}")
    return AccessibilityConfig(**values), warnings


def load_settings(file: Path | None = None, paths: Paths | None = None) -> Settings:
    """Defaults, overlaid with ``file`` (default ``<config dir>/settings.toml`` when it exists).

    :raises ConfigError: unreadable TOML, an unknown key or a wrong value (named in the detail).
    """
    paths = paths or Paths.default()
    file = file or paths.config / "settings.toml"
    raw: dict[str, Any] = {}
    if file.exists():
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"settings: cannot read {file}: {exc}") from exc
    known = {"database_url", "results_dir", "requests_dir", "responses_dir", "log_dir", "eligibility_url", "reception",
             "accessibility", "time_zone"}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"settings: unknown key {sorted(unknown)[0]}")
    results = Path(_check("results_dir", raw.get("results_dir", str(paths.data / "results")), str))
    time_zone = _check("time_zone", raw.get("time_zone", DEFAULT_TIME_ZONE), str)
    try:
        zone_named(time_zone)
    except ValueError as exc:
        raise ConfigError(f"settings: time_zone: {exc}") from exc
    accessibility, warnings = _accessibility(_check("accessibility", raw.get("accessibility", {}), dict))
    return Settings(
        database_url=_check("database_url", raw.get("database_url", f"sqlite:///{paths.data / 'kiosk.db'}"), str),
        results_dir=results,
        requests_dir=Path(_check("requests_dir", raw.get("requests_dir", str(paths.data / "REQ")), str)),
        responses_dir=Path(_check("responses_dir", raw.get("responses_dir", str(paths.data / "RES")), str)),
        log_dir=Path(_check("log_dir", raw.get("log_dir", str(paths.logs)), str)),
        eligibility_url=_check("eligibility_url", raw["eligibility_url"], str) if "eligibility_url" in raw else None,
        time_zone=time_zone,
        reception=_reception(_check("reception", raw.get("reception", {}), dict)),
        accessibility=accessibility,
        warnings=tuple(warnings),
    )
