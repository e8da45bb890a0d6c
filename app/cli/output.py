"""What every command shares: exit statuses, ``--json``, administrator wording for errors, the
settings options, and staff passwords asked for, never taken from the command line.

Exit statuses (``myna-kiosk --help`` lists them):

====  ======================================================================================
0     done
1     ran, but the answer is "no": faces differ, the visit or handover did not complete,
      the audit chain is broken
2     the command line is wrong (unknown option, missing argument, bad value)
3     the settings are wrong (the key is named)
4     refused: a login failed or is locked, or the account may not do this
5     something outside did not work: reader, card, camera, database, service, files
====  ======================================================================================

With ``--json`` everything a command prints on stdout is JSON, errors included:
``{"error": {"code": "CONFIG_INVALID", "message": "..."}}``.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

import click

from kiosk.clock import set_time_zone
from kiosk.errors import KioskError
from kiosk.settings import ConfigError, Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


class Exit(IntEnum):
    OK = 0
    NEGATIVE = 1
    USAGE = 2
    CONFIG = 3
    REFUSED = 4
    FAILED = 5


EXIT_HELP = "\n".join(f"  {status.value}  {line}" for status, line in (
    (Exit.OK, "done"),
    (Exit.NEGATIVE, "ran, but the answer is no (faces differ, not completed, audit chain broken)"),
    (Exit.USAGE, "wrong command line"),
    (Exit.CONFIG, "wrong settings (the key is named)"),
    (Exit.REFUSED, "refused: login failed or locked, or not allowed for this account"),
    (Exit.FAILED, "reader, card, camera, database, service or files did not work"),
))

REFUSED_CODES = frozenset({"COUNTER_LOGIN_FAILED", "COUNTER_LOGIN_LOCKED", "COUNTER_STAFF_INACTIVE"})


def exit_status(error: KioskError) -> Exit:
    """The documented exit status for ``error``."""
    if isinstance(error, ConfigError):
        return Exit.CONFIG
    if error.code in REFUSED_CODES:
        return Exit.REFUSED
    return Exit.FAILED


def admin_message(error: KioskError) -> str:
    """Administrator wording: what kind of error (the class's own one-line description) and its
    precise detail. Never the resident's text, never a traceback."""
    doc = (type(error).__doc__ or "").strip().splitlines()
    kind = doc[0].rstrip(".") if doc else error.code
    detail = error.detail.strip()
    return f"{kind}: {detail}" if detail and detail != error.code else kind


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def report(code: str, message: str, status: Exit, as_json: bool) -> int:
    """Say what went wrong (JSON on stdout, or one line on stderr); return ``status``."""
    if as_json:
        print_json({"error": {"code": code, "message": message}})
    else:
        click.echo(f"myna-kiosk: error [{code}] {message}", err=True)
    return status


def report_error(error: KioskError, as_json: bool) -> int:
    """A domain error in administrator wording, with its exit status."""
    return report(error.code, admin_message(error), exit_status(error), as_json)


def json_option(function: F) -> F:
    """``--json``: machine-readable output on stdout, errors included."""
    return click.option("--json", "as_json", is_flag=True,
                        help='Print JSON on stdout; errors too, as {"error": {"code": ..., "message": ...}}.')(function)


def handles_errors(function: F) -> F:
    """Run a command body; a domain error becomes its message and exit status (never a traceback).
    The body returns its exit status; ``as_json`` must be one of its parameters."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> int:
        try:
            return int(function(*args, **kwargs))
        except KioskError as error:
            return report_error(error, kwargs.get("as_json", False))

    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True)
class SettingsChoice:
    """The ``--settings`` file and the overrides given on the command line."""

    file: Path | None = None
    database_url: str | None = None
    results_dir: Path | None = None

    def load(self) -> Settings:
        """The settings, with the command line's overrides; the product's time zone is set from them.

        :raises ConfigError: a named file that does not exist, or a wrong key in it.
        """
        settings = load_settings(self.file)
        set_time_zone(settings.time_zone)
        overrides: dict[str, Any] = {}
        if self.database_url:
            overrides["database_url"] = self.database_url
        if self.results_dir:  # named on the command line: like a configured folder, never created
            if not self.results_dir.is_dir():
                raise ConfigError(f"--results-dir: no such folder {self.results_dir}")
            overrides["results_dir"] = self.results_dir
            overrides["configured"] = settings.configured | {"results_dir"}
        return replace(settings, **overrides)


def settings_options(*, database: bool = True, results: bool = False) -> Callable[[F], F]:
    """``--settings FILE`` (and ``--database-url``, ``--results-dir``), collected as ``settings``."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(*args: Any, settings_file: Path | None = None, database_url: str | None = None,
                    results_dir: Path | None = None, **kwargs: Any) -> Any:
            return function(*args, settings=SettingsChoice(settings_file, database_url, results_dir), **kwargs)

        decorated: Any = wrapper
        if results:
            decorated = click.option("--results-dir", type=click.Path(path_type=Path),
                                     help="Write result files here instead of the configured folder.")(decorated)
        if database:
            decorated = click.option("--database-url", metavar="URL",
                                     help="SQLAlchemy URL overriding the settings, e.g. sqlite:////tmp/k.db")(decorated)
        decorated = click.option("--settings", "settings_file", type=click.Path(path_type=Path), metavar="FILE",
                                 help="settings.toml to use (default: the user config dir; a missing FILE is "
                                      "an error).")(decorated)
        return decorated

    return decorate


def ask_password(from_stdin: bool) -> str:
    """A staff password: one line of stdin with ``--password-stdin`` (scripts), else a hidden prompt."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise click.UsageError("--password-stdin: nothing on standard input")
        return line.rstrip("\r\n")
    return str(click.prompt("パスワード (password)", hide_input=True, err=True))


password_stdin_option = click.option(
    "--password-stdin", is_flag=True,
    help="Read the staff password from the first line of standard input instead of asking.")
