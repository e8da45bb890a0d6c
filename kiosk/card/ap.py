"""What every application session shares: SELECT, whole-EF reads, PIN query and VERIFY, and the
translation of status words into domain errors (spec §3, §5, §6.1, §10).

Choices where the spec is uncertain, each tested against the virtual card:

* **EF access by SFI** (``READ BINARY 00 B0 (80|SFI)``, ``VERIFY 00 20 00 (80|SFI)`` query) saves
  the SELECT EF round trip ([S] JSA, [1] MC). A card that refuses the SFI form (``6A86``, ``6A82``,
  ``6981``) gets the classic SELECT EF + P2 ``80`` form instead, on that same call.
* **VERIFY with a PIN always uses SELECT EF + P2 ``80``**, the form every source agrees on ([S]
  OSC, MYNA, TEX): a refused command in the SFI form might, on some card, have cost a try.
* **Whole-EF reads** use one extended READ BINARY when the connection passes extended APDUs,
  otherwise a header read and ≤256-byte chunks (MYNA's strategy). ``6700`` to the extended read
  falls back to short reads.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from kiosk.card import tlv
from kiosk.card.apdu import MAX_EXTENDED_LE, MAX_SHORT_LE, CardChannel, Ins, StatusWord, is_pin_counter
from kiosk.card.errors import (
    CardResponseError,
    NotMyNumberCardError,
    PinBlockedError,
    PinFormatError,
    PinMismatchError,
    PinNotUsableError,
    SecurityStatusError,
    UnexpectedStatusError,
)

logger = logging.getLogger(__name__)

_SFI_REFUSALS = (StatusWord.INCORRECT_P1P2, StatusWord.FILE_NOT_FOUND, StatusWord.COMMAND_INCOMPATIBLE)
# Enough for any header this card writes: a 3-byte tag and a 4-byte long-form length.
HEADER_PROBE = 8
# READ BINARY's P1-P2 offset has 15 bits (P1 b8 set means "short EF identifier" instead).
MAX_SHORT_OFFSET = 0x7FFF


def short_id(fid: int) -> int | None:
    """The SFI of an EF: its FID when that is 0001–001E (spec §3), else None (select it by FID).

    Never a truncation: ``fid & 0x1F`` would turn ``0021`` into ``0001`` — the My Number.
    """
    return fid if 1 <= fid <= 0x1E else None


@dataclass(frozen=True)
class PinStatus:
    """Answer to a data-less VERIFY (spec §5): no try is consumed.

    ``tries_left`` is None for a key without a retry limit (``6300``).
    """

    tries_left: int | None

    @property
    def blocked(self) -> bool:
        return self.tries_left == 0


def fail(sw: int, what: str) -> CardResponseError | UnexpectedStatusError | SecurityStatusError:
    """The domain error for a status word that no caller expected."""
    if sw == StatusWord.SECURITY_STATUS_NOT_SATISFIED:
        return SecurityStatusError(f"{what}: security status not satisfied")
    return UnexpectedStatusError(sw, f"{what}: unexpected status word {sw:04X}")


class CardAp:
    """Base of the AP sessions. Subclasses set ``AID`` and ``NAME``; ``FORBIDDEN_EFS`` lists EFs
    this product must never read (the My Number)."""

    AID: bytes = b""
    NAME = "AP"
    FORBIDDEN_EFS: frozenset[int] = frozenset()

    def __init__(self, channel: CardChannel) -> None:
        self.channel = channel

    # -- selection -----------------------------------------------------------------------
    def select(self) -> None:
        """SELECT the AP by DF name (``00 A4 04 0C``), unless it is already current.

        :raises NotMyNumberCardError: the card does not host this AP (``6A82``).
        """
        if self.channel.current_aid == self.AID:
            return
        _, sw = self.channel.send(0x00, Ins.SELECT, 0x04, 0x0C, self.AID)
        if sw == StatusWord.FILE_NOT_FOUND:
            self.channel.current_aid = None
            raise NotMyNumberCardError(f"{self.NAME} not present on the card")
        if sw != StatusWord.OK:
            self.channel.current_aid = None
            raise fail(sw, f"SELECT {self.NAME}")
        self.channel.current_aid = self.AID

    def select_ef(self, fid: int) -> None:
        """SELECT EF by file id in the current AP (``00 A4 02 0C``)."""
        self._guard(fid)
        _, sw = self.channel.send(0x00, Ins.SELECT, 0x02, 0x0C, fid.to_bytes(2, "big"))
        if sw != StatusWord.OK:
            raise fail(sw, f"SELECT EF {fid:04X} in {self.NAME}")

    def _guard(self, fid: int) -> None:
        if fid in self.FORBIDDEN_EFS:
            raise PermissionError(f"EF {fid:04X} of {self.NAME} is never read by this product")

    # -- reading ---------------------------------------------------------------------------
    def read_tlv_ef(self, fid: int) -> bytes:
        """Read the TLV element an EF holds (certificate, 4-information template, card face),
        without its filler. One extended READ BINARY when possible (spec §6.1)."""
        self._guard(fid)  # before anything is sent
        self.select()
        if self.channel.extended_length:
            data, sw = self._read_sfi(fid, 0, MAX_EXTENDED_LE)
            if sw != StatusWord.WRONG_LENGTH:
                self._check_read(sw, fid)
                return self._cut(data, fid)
        head, sw = self._read_sfi(fid, 0, HEADER_PROBE)
        self._check_read(sw, fid)
        total = self._size(head, fid)
        if total > MAX_SHORT_OFFSET + MAX_SHORT_LE:
            raise CardResponseError(f"EF {fid:04X}: TLV claims {total} bytes, beyond short READ BINARY")
        read = bytearray(head[:total])
        while len(read) < total:
            chunk, sw = self.channel.send(0x00, Ins.READ_BINARY, len(read) >> 8, len(read) & 0xFF,
                                          le=min(MAX_SHORT_LE, total - len(read)))
            if sw == StatusWord.OFFSET_OUT_OF_RANGE or (sw == StatusWord.OK and not chunk):
                raise CardResponseError(f"EF {fid:04X} ended before its TLV length")
            self._check_read(sw, fid)
            read += chunk
        return self._cut(bytes(read), fid)

    def _read_sfi(self, fid: int, offset: int, le: int) -> tuple[bytes, int]:
        """READ BINARY by SFI (selects the EF too); SELECT EF + plain READ when the EF has no SFI
        or the card refuses the form."""
        sfi = short_id(fid)
        sw: int = StatusWord.INCORRECT_P1P2
        if sfi is not None:
            data, sw = self.channel.send(0x00, Ins.READ_BINARY, 0x80 | sfi, offset, le=le)
        if sw in _SFI_REFUSALS:
            self.select_ef(fid)
            data, sw = self.channel.send(0x00, Ins.READ_BINARY, offset >> 8, offset & 0xFF, le=le)
        return data, sw

    def _check_read(self, sw: int, fid: int) -> None:
        if sw != StatusWord.OK:
            raise fail(sw, f"READ BINARY EF {fid:04X} in {self.NAME}")

    @staticmethod
    def _size(head: bytes, fid: int) -> int:
        try:
            return tlv.element_size(head)
        except tlv.TlvError as exc:
            raise CardResponseError(f"EF {fid:04X}: {exc}") from exc

    def _cut(self, data: bytes, fid: int) -> bytes:
        total = self._size(data, fid)
        if total > len(data):
            raise CardResponseError(f"EF {fid:04X}: TLV says {total} bytes, card gave {len(data)}")
        return data[:total]

    # -- PINs ----------------------------------------------------------------------------------
    def pin_status(self, pin_fid: int) -> PinStatus:
        """Remaining tries by a data-less VERIFY: never consumes a try (spec §5, product line 4)."""
        self.select()
        sfi = short_id(pin_fid)
        sw: int = StatusWord.INCORRECT_P1P2
        if sfi is not None:
            _, sw = self.channel.send(0x00, Ins.VERIFY, 0x00, 0x80 | sfi)
        if sw in _SFI_REFUSALS:
            self.select_ef(pin_fid)
            _, sw = self.channel.send(0x00, Ins.VERIFY, 0x00, 0x80)
        if is_pin_counter(sw):
            return PinStatus(sw & 0x0F)
        if sw == StatusWord.NO_RETRY_LIMIT:
            return PinStatus(None)
        if sw == StatusWord.REFERENCE_DATA_NOT_USABLE:
            raise PinNotUsableError(f"{self.NAME} key {pin_fid:04X} has no usable PIN")
        if sw == StatusWord.AUTH_METHOD_BLOCKED:
            return PinStatus(0)
        if sw == StatusWord.OK:  # [U] some cards answer 9000 when already verified
            return PinStatus(None)
        raise fail(sw, f"VERIFY query {pin_fid:04X}")

    def verify(self, pin_fid: int, secret: str, *, digits: int | None = None,
               pattern: str | None = None) -> None:
        """VERIFY ``secret`` against the key ``pin_fid``: exactly one command, never retried.

        The format is checked before anything is sent, so a typo in length costs no try.

        :raises PinFormatError: wrong format; nothing was sent.
        :raises PinMismatchError: wrong; ``tries_left`` remain.
        :raises PinBlockedError: the key is (now) blocked.
        """
        if digits is not None and not (len(secret) == digits and secret.isascii() and secret.isdigit()):
            raise PinFormatError(f"{self.NAME} key {pin_fid:04X} takes {digits} digits")
        if pattern is not None and not re.fullmatch(pattern, secret):
            raise PinFormatError(f"{self.NAME} key {pin_fid:04X}: wrong format")
        self.select()
        self.select_ef(pin_fid)
        buffer = bytearray(secret.encode("ascii"))
        try:
            _, sw = self.channel.send(0x00, Ins.VERIFY, 0x00, 0x80, bytes(buffer))
        finally:
            buffer[:] = bytes(len(buffer))
        if sw == StatusWord.OK:
            return
        if is_pin_counter(sw):
            tries = sw & 0x0F
            if tries == 0:
                raise PinBlockedError(f"{self.NAME} key {pin_fid:04X} blocked by this attempt")
            raise PinMismatchError(tries)
        if sw == StatusWord.NO_RETRY_LIMIT:
            raise PinMismatchError(None, f"{self.NAME} key {pin_fid:04X} mismatch (no retry limit)")
        if sw in (StatusWord.REFERENCE_DATA_NOT_USABLE, StatusWord.AUTH_METHOD_BLOCKED):
            raise PinBlockedError(f"{self.NAME} key {pin_fid:04X} is blocked")
        raise fail(sw, f"VERIFY {pin_fid:04X}")
