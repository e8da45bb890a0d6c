"""``myna-kiosk audit``: the audit log's hash chain."""

from __future__ import annotations

import click

from app.cli.output import SettingsChoice, handles_errors, json_option, settings_options


@click.group()
def audit() -> None:
    """The audit log (every identity check, registration and handover, hash-chained)."""


@audit.command(epilog="""
\b
Examples:
  myna-kiosk audit verify
  myna-kiosk audit verify --database-url postgresql+psycopg://kiosk@db/kiosk --json
""")
@settings_options()
@json_option
@handles_errors
def verify(settings: SettingsChoice, as_json: bool) -> int:
    """Recompute the hash chain. Never creates or migrates a database. Exit status 1 when the chain
    is broken or there is no log."""
    from kiosk.store.cli import verify_audit_cli

    return verify_audit_cli(settings.load().database_url, as_json=as_json)
