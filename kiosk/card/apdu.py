"""ISO 7816-4 command APDUs and status words (spec §1, §3, §5).

One encoder serves the kiosk; one parser serves the virtual card, so both sides agree byte for
byte on short and extended forms.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import IntEnum

from kiosk.card.connection import CardConnection

logger = logging.getLogger(__name__)


class StatusWord(IntEnum):
    """Status words the My Number Card is known to use (spec §5)."""

    OK = 0x9000
    NO_RETRY_LIMIT = 0x6300
    WRONG_LENGTH = 0x6700
    COMMAND_INCOMPATIBLE = 0x6981
    SECURITY_STATUS_NOT_SATISFIED = 0x6982
    AUTH_METHOD_BLOCKED = 0x6983
    REFERENCE_DATA_NOT_USABLE = 0x6984
    CONDITIONS_NOT_SATISFIED = 0x6985
    WRONG_DATA = 0x6A80
    FILE_NOT_FOUND = 0x6A82
    INCORRECT_P1P2 = 0x6A86
    REFERENCED_DATA_NOT_FOUND = 0x6A88
    OFFSET_OUT_OF_RANGE = 0x6B00
    INS_NOT_SUPPORTED = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00


def is_pin_counter(sw: int) -> bool:
    """``63Cx``: a PIN reply carrying the remaining tries in the low nibble."""
    return sw & 0xFFF0 == 0x63C0


class Ins(IntEnum):
    """Instruction bytes of spec §3."""

    SELECT = 0xA4
    READ_BINARY = 0xB0
    READ_RECORD = 0xB2
    VERIFY = 0x20
    CHANGE_REFERENCE_DATA = 0x24
    COMPUTE_SIGNATURE = 0x2A  # CLA 80
    INTERNAL_AUTHENTICATE = 0x88
    GET_CHALLENGE = 0x84
    GET_DATA = 0xCA


MAX_SHORT_LE = 256
MAX_EXTENDED_LE = 65536


@dataclass(frozen=True)
class Command:
    """A parsed command APDU. ``le`` is None when absent; 256/65536 stand for ``00``/``0000``."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None
    extended: bool = False


class ApduFormatError(ValueError):
    """The bytes are not a well-formed command APDU (the card answers ``6700``)."""


def encode(cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None,
           *, extended: bool = False) -> bytes:
    """Encode a command APDU in the four ISO 7816-3 cases, short or extended.

    The extended form is used when asked for, or when the data or Le do not fit a short APDU.
    """
    if len(data) > 65535 or (le is not None and not 1 <= le <= MAX_EXTENDED_LE):
        raise ValueError("APDU data or Le out of range")
    extended = extended or len(data) > 255 or (le is not None and le > MAX_SHORT_LE)
    out = bytearray((cla, ins, p1, p2))
    if extended:
        if data:
            out += b"\x00" + len(data).to_bytes(2, "big") + data
        if le is not None:
            le_bytes = (le % MAX_EXTENDED_LE).to_bytes(2, "big")
            out += le_bytes if data else b"\x00" + le_bytes
    else:
        if data:
            out += bytes((len(data),)) + data
        if le is not None:
            out.append(le % MAX_SHORT_LE)
    return bytes(out)


def parse(apdu: bytes) -> Command:
    """Parse a command APDU (ISO 7816-3 §12.1), rejecting every malformed length combination."""
    if len(apdu) < 4:
        raise ApduFormatError("shorter than a header")
    cla, ins, p1, p2 = apdu[:4]
    body = apdu[4:]
    if not body:  # case 1
        return Command(cla, ins, p1, p2)
    if len(body) == 1:  # case 2 short
        return Command(cla, ins, p1, p2, le=body[0] or MAX_SHORT_LE)
    if body[0] != 0:  # case 3 or 4 short
        lc = body[0]
        if len(body) == 1 + lc:
            return Command(cla, ins, p1, p2, data=bytes(body[1:]))
        if len(body) == 2 + lc:
            return Command(cla, ins, p1, p2, data=bytes(body[1:1 + lc]), le=body[-1] or MAX_SHORT_LE)
        raise ApduFormatError("short Lc does not match the body")
    # extended: body starts with 00
    if len(body) == 3:  # case 2 extended
        le = int.from_bytes(body[1:3], "big") or MAX_EXTENDED_LE
        return Command(cla, ins, p1, p2, le=le, extended=True)
    if len(body) < 3:
        raise ApduFormatError("truncated extended length")
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0:
        raise ApduFormatError("extended Lc of zero")
    if len(body) == 3 + lc:
        return Command(cla, ins, p1, p2, data=bytes(body[3:]), extended=True)
    if len(body) == 5 + lc:
        le = int.from_bytes(body[-2:], "big") or MAX_EXTENDED_LE
        return Command(cla, ins, p1, p2, data=bytes(body[3:3 + lc]), le=le, extended=True)
    raise ApduFormatError("extended Lc does not match the body")


class CardChannel:
    """A :class:`CardConnection` plus what every AP session shares: the APDU counter, the
    currently selected AP, and traffic logging that never records payloads (PINs, personal data).
    """

    def __init__(self, connection: CardConnection) -> None:
        self.connection = connection
        self.apdu_count = 0
        self.current_aid: bytes | None = None

    def send(self, cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None,
             *, extended: bool = False) -> tuple[bytes, int]:
        """Send one command and return ``(data, sw)``. Transport failures propagate as the
        connection's domain errors and forget the selected AP (the card may have been reset)."""
        apdu = bytearray(encode(cla, ins, p1, p2, data, le, extended=extended))
        try:
            self.apdu_count += 1
            response, sw = self.connection.transmit(bytes(apdu))
        except Exception:
            self.current_aid = None
            raise
        finally:
            apdu[:] = bytes(len(apdu))  # may hold a PIN: leave no copy of ours behind
        logger.debug("APDU ins=%02X p1=%02X p2=%02X -> sw=%04X (%d bytes)", ins, p1, p2, sw, len(response))
        return response, sw

    @property
    def extended_length(self) -> bool:
        return bool(getattr(self.connection, "extended_length", False))
