"""What ``myna-kiosk card info`` shows: reader, ATR, card kind, auth certificate, PIN tries by query
(spec §8: everything here needs no credential and consumes no try)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from kiosk.card.apdu import CardChannel
from kiosk.card.connection import CardConnection
from kiosk.card.errors import PinNotUsableError
from kiosk.card.jpki import JpkiAp
from kiosk.clock import SYSTEM_CLOCK


@dataclass(frozen=True)
class CardInfo:
    """What ``card info`` shows: the reader, the card and its auth certificate, as text."""

    reader: str
    atr: str
    kind: str
    token_label: str
    auth_subject: str
    auth_issuer: str
    auth_serial: str
    auth_not_before: str
    auth_not_after: str
    auth_valid_now: bool
    auth_pin_tries: int | None  # None: no usable PIN (顔認証マイナンバーカード or not set)
    auth_pin_usable: bool
    apdus: int

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready mapping (every value is a str, int, bool or None)."""
        return asdict(self)


def read_card_info(connection: CardConnection, now: datetime | None = None) -> CardInfo:
    """Read everything ``card info`` prints, in one PC/SC transaction."""
    now = now or SYSTEM_CLOCK.now()
    channel = CardChannel(connection)
    jpki = JpkiAp(channel)
    with connection.transaction():
        token = jpki.read_token_info()
        certificate = jpki.read_auth_certificate()
        try:
            tries, usable = jpki.auth_pin_status().tries_left, True
        except PinNotUsableError:
            tries, usable = None, False
    return CardInfo(
        reader=connection.reader,
        atr=connection.atr.hex(" ").upper(),
        kind=token.kind,
        token_label=token.label,
        auth_subject=certificate.subject.rfc4514_string(),
        auth_issuer=certificate.issuer.rfc4514_string(),
        auth_serial=f"{certificate.serial_number:X}",
        auth_not_before=certificate.not_valid_before_utc.isoformat(),
        auth_not_after=certificate.not_valid_after_utc.isoformat(),
        auth_valid_now=certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc,
        auth_pin_tries=tries,
        auth_pin_usable=usable,
        apdus=channel.apdu_count,
    )
