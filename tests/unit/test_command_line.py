"""The command line as a new administrator meets it (issue 12 §3): help for every option with an
example per command, ``--version``, ``--json`` on every command (errors too, as JSON on stdout),
distinct documented exit statuses, administrator wording, passwords never on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from app.cli import cli, main
from app.cli.output import Exit, admin_message, exit_status
from kiosk.counter.records import LoginFailedError
from kiosk.settings import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def commands(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += commands(command, (*prefix, name))
        else:
            found.append(((*prefix, name), command))
    return found


LEAVES = commands()
IDS = [" ".join(path) for path, _ in LEAVES]


def test_every_command_is_listed():
    assert set(IDS) == {
        "application confirm", "application export", "application import", "application photo-check",
        "applications import", "applications list", "audit verify", "card info", "card scan-face", "db backup",
        "db status", "db upgrade", "doctor", "face compare", "face live", "results deliver", "results pending",
        "results purge", "run", "secrets create-key", "secrets set-database-password", "secrets set-staff-pin",
        "sim applications", "sim card serve", "sim residents", "simulate application", "simulate counter",
        "simulate reception", "simulate registration", "staff add", "staff disable", "staff list", "staff reset",
        "stats"}


@pytest.mark.parametrize(("path", "command"), LEAVES, ids=IDS)
def test_every_option_has_help_and_every_command_an_example(path, command):
    assert command.help, path
    assert "myna-kiosk " + " ".join(path) in (command.epilog or ""), f"{path}: no example"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{path} {param.opts}: no help"
    assert any(param.name == "as_json" for param in command.params), f"{path}: no --json"


@pytest.mark.parametrize(("path", "command"), LEAVES, ids=IDS)
def test_usage_errors_with_json_are_json(path, command, capsys):
    status = main([*path, "--no-such-option", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert status == Exit.USAGE and out["error"]["code"] == "USAGE" and "no-such-option" in out["error"]["message"]


@pytest.mark.parametrize("path", [("audit", "verify"), ("stats", "--staff-id", "super01", "--password-stdin"),
                                  ("simulate", "counter", "--application-id", "x"),
                                  ("simulate", "reception", "--resident", "R002", "--method", "pin"),
                                  ("simulate", "registration", "--resident", "R007"),
                                  ("run", "--simulator", "--smoke")], ids=lambda p: " ".join(p[:2]))
def test_a_named_settings_file_that_does_not_exist_is_a_settings_error(path, tmp_path):
    missing = tmp_path / "nowhere.toml"
    result = CliRunner().invoke(cli, [*path, "--settings", str(missing), "--json"], input="pw\n",
                                standalone_mode=False)
    out = json.loads(result.output)
    assert result.return_value == Exit.CONFIG, result.output
    assert out == {"error": {"code": "CONFIG_INVALID", "message": f"The settings file is unreadable or a key has a "
                                                                  f"wrong value: settings: {missing} does not exist"}}


def test_a_bad_settings_key_is_named_in_text_on_stderr(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('time_zone = "Mars/Olympus"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "app", "audit", "verify", "--settings", str(settings)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == Exit.CONFIG and result.stdout == ""
    assert "error [CONFIG_INVALID]" in result.stderr and "time_zone" in result.stderr
    assert "Traceback" not in result.stderr and "係員" not in result.stderr  # administrator wording


def test_version_and_help():
    result = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("myna-kiosk, version ")
    top = CliRunner().invoke(cli, ["--help"])
    assert "Exit statuses" in top.output and all(f"  {status.value}  " in top.output for status in Exit)


def test_exit_statuses_are_distinct_and_follow_the_error():
    assert len({status.value for status in Exit}) == len(Exit)
    assert exit_status(ConfigError("x")) == Exit.CONFIG
    assert exit_status(LoginFailedError("x")) == Exit.REFUSED
    from kiosk.card.errors import NoCardError

    assert exit_status(NoCardError("no card in Virtual PCD 00 00")) == Exit.FAILED
    assert admin_message(NoCardError("no card in Virtual PCD 00 00")).endswith(": no card in Virtual PCD 00 00")


def test_no_command_takes_a_password_on_the_command_line():
    for path, command in LEAVES:
        assert not [p for p in command.params if "password" in (p.name or "") and p.name != "password_stdin"], path


def test_audit_verify_answers_json(tmp_path):
    url = f"sqlite:///{tmp_path / 'none.db'}"
    result = CliRunner().invoke(cli, ["audit", "verify", "--database-url", url, "--json"], standalone_mode=False)
    assert result.return_value == Exit.NEGATIVE
    assert json.loads(result.output)["problem"] == "no audit log"
