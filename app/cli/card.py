"""``myna-kiosk card``: read a card through PC/SC."""

from __future__ import annotations

import click

from app.cli.output import handles_errors, json_option, print_json

EXAMPLES = """
\b
Examples:
  myna-kiosk card info
  myna-kiosk card info --reader "SONY FeliCa Port/PaSoRi 4.0 00 00" --json
"""


@click.group()
def card() -> None:
    """Card commands (real readers and the virtual one alike)."""


@card.command(epilog=EXAMPLES)
@click.option("--reader", metavar="NAME", help="PC/SC reader name (default: the first reader with a card).")
@click.option("--short-apdus", is_flag=True, help="No extended APDUs (readers that refuse them): 256-byte reads.")
@json_option
@handles_errors
def info(reader: str | None, short_apdus: bool, as_json: bool) -> int:
    """Read the card's kind, authentication certificate and PIN tries left. Uses no PIN try."""
    from drivers.pcsc import connect
    from kiosk.card.info import read_card_info

    with connect(reader, extended_length=not short_apdus) as connection:
        found = read_card_info(connection)
    if as_json:
        print_json(found.as_dict())
        return 0
    tries = (f"{found.auth_pin_tries} 回 (query only; no try used)" if found.auth_pin_usable
             else "no usable PIN (顔認証マイナンバーカード or PIN not set)")
    rows = [
        ("Reader", found.reader), ("ATR", found.atr), ("Card", f"{found.kind} ({found.token_label})"),
        ("Auth certificate", found.auth_subject), ("  issuer", found.auth_issuer),
        ("  serial", found.auth_serial),
        ("  valid", f"{found.auth_not_before} – {found.auth_not_after} "
                    f"({'valid now' if found.auth_valid_now else 'NOT valid now'})"),
        ("Auth PIN tries", tries), ("APDUs", str(found.apdus)),
    ]
    for label, value in rows:
        click.echo(f"{label:<17} {value}")
    return 0
