"""``myna-kiosk audit``: the audit log's hash chain."""

from __future__ import annotations

import click

from app.cli.output import SettingsChoice, handles_errors, json_option, settings_options


class _HeadHash(click.ParamType):
    name = "hash"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip().lower()
        if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
            self.fail("a head hash has 64 hex digits", param, ctx)
        return text


HEAD = _HeadHash()


@click.group()
def audit() -> None:
    """The audit log (every identity check, registration and handover, hash-chained)."""


@audit.command(epilog="""
\b
Examples:
  myna-kiosk audit verify
  myna-kiosk audit verify --database-url postgresql+psycopg://kiosk@db/kiosk --json
  myna-kiosk audit verify --head 3f5c...e9   # the head printed at yesterday's close
""")
@click.option("--head", "expected_head", type=HEAD, metavar="HASH",
              help="A head hash kept from an earlier run: fail when it is no longer in the chain.")
@settings_options()
@json_option
@handles_errors
def verify(expected_head: str | None, settings: SettingsChoice, as_json: bool) -> int:
    """Recompute the hash chain and print its length and head hash (keep that elsewhere). Never
    creates or migrates a database. Exit status 1 when the chain is broken, the kept head is gone,
    or there is no log."""
    from kiosk.store.cli import verify_audit_cli

    return verify_audit_cli(settings.load().database_url, expected_head=expected_head, as_json=as_json)

