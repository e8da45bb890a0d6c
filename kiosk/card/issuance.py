"""First PINs of a new card at the municipal counter (spec B2 交付, B3), over any CardConnection.

At 交付 the resident types the PINs on a privacy keypad and they are written to the card's empty PIN
keys: 利用者証明用 (JPKI ``0018``), 署名用 (JPKI ``001B``, only where the signing certificate was
issued), 券面事項入力補助用 (``0011``) and 住民基本台帳用 (住基AP ``001C``; the 共通カードAP key
``001C`` takes the same PIN, our choice).

* **Real cards** receive their first PINs over J-LIS's secure channel from the 統合端末; no public
  command exists and a PC/SC reader cannot do it. :class:`RealCardIssuance` can still tell which
  keys are set (data-less VERIFY), and refuses to set with :class:`SecureChannelRequiredError`.
* **The virtual card** (``simulators.card.card``, pre-issuance) takes them with ISO 7816-4 RESET
  RETRY COUNTER ``00 2C 02 (80|SFI) Lc <new PIN>``, accepted only while the key has no reference
  data, so it can never replace a PIN. :class:`PinSetter` speaks it.

:func:`issuance_for` picks one by the connection's ``supports_initial_pin`` capability.

Safety rules (design "Lines we never cross" 3, 4, 7):

* PINs are never logged; each is copied once into a ``bytearray`` that is zeroed after the command.
* The state is read with data-less VERIFYs only: no try is ever consumed.
* Each key is written by one command, so it is either set or not; a failure stops at once and
  :class:`IssuanceIncompleteError` names the keys set and the keys still missing. Setting again
  skips keys already set, so putting the card back and repeating finishes the job.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from kiosk.card.ap import CardAp, fail
from kiosk.card.apdu import CardChannel, Ins, StatusWord, is_pin_counter
from kiosk.card.connection import CardConnection
from kiosk.card.errors import (
    CardError,
    CardRemovedError,
    NoCardError,
    PinFormatError,
    ReaderBusyError,
    ReaderUnavailableError,
)
from kiosk.card.jpki import EF_AUTH_PIN, EF_SIGN_PIN, JPKI_AID
from kiosk.card.kenhojo import EF_PIN as EF_KENHOJO_PIN
from kiosk.card.kenhojo import KENHOJO_AID
from kiosk.errors import KioskError

logger = logging.getLogger(__name__)

COMMON_AID = bytes.fromhex("D3921000310001010100")  # 共通カードAP (spec §2)
JUKI_AID = bytes.fromhex("D3921000310001010401")  # 住基AP (spec §2)
EF_COMMON_PIN = 0x001C
EF_JUKI_PIN = 0x001C

INS_RESET_RETRY_COUNTER = 0x2C  # ISO 7816-4
P1_NEW_REFERENCE_DATA = 0x02  # "new reference data, no resetting code"

# The card's formats (spec §5, B3). kiosk.counter.pin_rules adds normalisation and warnings.
FOUR_DIGITS = re.compile(r"[0-9]{4}")
SIGN_PASSWORD = re.compile(r"(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{6,16}")

# A key that is not on the card: not found by SFI (6A88) or by SELECT EF (6A82).
_ABSENT = (StatusWord.REFERENCED_DATA_NOT_FOUND, StatusWord.FILE_NOT_FOUND)
_SFI_REFUSALS = (StatusWord.INCORRECT_P1P2, StatusWord.COMMAND_INCOMPATIBLE)
_TRANSPORT_ERRORS = (CardRemovedError, NoCardError, ReaderUnavailableError, ReaderBusyError)


class PinSlot(Enum):
    """One PIN key on the card. The 住基 PIN fills two keys (:data:`JUKI`, :data:`COMMON`)."""

    AUTH = "auth"  # 利用者証明用電子証明書 暗証番号, JPKI 0018
    SIGN = "sign"  # 署名用電子証明書 パスワード, JPKI 001B
    KENHOJO = "kenhojo"  # 券面事項入力補助用 暗証番号, 0011
    JUKI = "juki"  # 住民基本台帳用 暗証番号, 住基AP 001C
    COMMON = "common"  # 共通カードAP 001C: takes the 住民基本台帳用 PIN


@dataclass(frozen=True)
class _Key:
    aid: bytes
    fid: int
    ap_name: str


KEYS: dict[PinSlot, _Key] = {
    PinSlot.AUTH: _Key(JPKI_AID, EF_AUTH_PIN, "JPKI AP"),
    PinSlot.SIGN: _Key(JPKI_AID, EF_SIGN_PIN, "JPKI AP"),
    PinSlot.KENHOJO: _Key(KENHOJO_AID, EF_KENHOJO_PIN, "券面事項入力補助AP"),
    PinSlot.JUKI: _Key(JUKI_AID, EF_JUKI_PIN, "住基AP"),
    PinSlot.COMMON: _Key(COMMON_AID, EF_COMMON_PIN, "共通カードAP"),
}
ORDER = (PinSlot.AUTH, PinSlot.SIGN, PinSlot.KENHOJO, PinSlot.JUKI, PinSlot.COMMON)

# What staff and residents call each key (the 共通カードAP key is part of the 住基 PIN for them).
LABELS: dict[PinSlot, str] = {
    PinSlot.AUTH: "利用者証明用電子証明書の 暗証番号",
    PinSlot.SIGN: "署名用電子証明書の パスワード",
    PinSlot.KENHOJO: "券面事項入力補助用の 暗証番号",
    PinSlot.JUKI: "住民基本台帳用の 暗証番号",
    PinSlot.COMMON: "住民基本台帳用の 暗証番号",
}


def describe(slots: Iterable[PinSlot]) -> str:
    """Plain-Japanese list of PIN names for ``slots`` (住基 and 共通 named once), ``なし`` if empty.

    The 住基 PIN counts as set only when both of its keys are: pass the keys that are set, and
    leave out JUKI if COMMON is missing (see :attr:`IssuanceIncompleteError.message_values`)."""
    labels = list(dict.fromkeys(LABELS[slot] for slot in sorted(set(slots), key=ORDER.index)))
    return "、".join(labels) if labels else "なし"


class KeyState(Enum):
    SET = "set"  # has reference data (possibly blocked)
    UNSET = "unset"  # no reference data yet (``6984``): pre-issuance, or a 顔認証マイナンバーカード
    ABSENT = "absent"  # not on this card (no signing certificate: under 15 or face card)


@dataclass(frozen=True)
class PinKeyState:
    """One key as a data-less VERIFY saw it. ``tries_left`` only for SET keys with a limit."""

    slot: PinSlot
    state: KeyState
    tries_left: int | None = None


@dataclass(frozen=True)
class PinsState:
    """Every PIN key of a card, in :data:`ORDER`."""

    keys: tuple[PinKeyState, ...]

    def _with(self, state: KeyState) -> tuple[PinSlot, ...]:
        return tuple(k.slot for k in self.keys if k.state is state)

    @property
    def set(self) -> tuple[PinSlot, ...]:
        return self._with(KeyState.SET)

    @property
    def unset(self) -> tuple[PinSlot, ...]:
        return self._with(KeyState.UNSET)

    @property
    def absent(self) -> tuple[PinSlot, ...]:
        return self._with(KeyState.ABSENT)

    def state_of(self, slot: PinSlot) -> KeyState:
        return next(k.state for k in self.keys if k.slot is slot)

    @property
    def complete(self) -> bool:
        """Every key the card carries has a PIN."""
        return not self.unset


@dataclass(frozen=True)
class IssuanceResult:
    """What :meth:`PinSetter.set_initial_pins` did.

    :ivar set_now: keys written by this call.
    :ivar already_set: requested keys that had a PIN before (an earlier, interrupted attempt).
    :ivar still_unset: keys on the card still without a PIN (not requested).
    """

    set_now: tuple[PinSlot, ...]
    already_set: tuple[PinSlot, ...]
    still_unset: tuple[PinSlot, ...]

    @property
    def complete(self) -> bool:
        return not self.still_unset


# -- errors ------------------------------------------------------------------------------------

class IssuanceError(CardError):
    """Setting the first PINs of a card failed."""

    code = "ISSUANCE_ERROR"


class SecureChannelRequiredError(IssuanceError):
    """A real card takes its first PINs only over J-LIS's secure channel (統合端末), which a PC/SC
    reader on this kiosk does not have. Staff set the PINs on the J-LIS terminal instead."""

    code = "ISSUANCE_NEEDS_JLIS"


class PinNotSettableError(IssuanceError):
    """The card refused, or cannot hold, a first PIN: the key is not on the card (no signing
    certificate), a 顔認証マイナンバーカード (PINs stay unset), or a card that is already issued."""

    code = "ISSUANCE_PIN_REFUSED"

    def __init__(self, slots: Iterable[PinSlot], detail: str = "") -> None:
        self.slots = tuple(slots)
        super().__init__(detail or f"card cannot take PINs {[s.value for s in self.slots]}")


class IssuanceIncompleteError(IssuanceError):
    """Setting stopped part-way (card pulled out, reader lost, card refused).

    :ivar set: keys that hold a PIN now (confirmed by the card, in this call or earlier).
    :ivar missing: requested keys without a confirmed PIN. Put the card back and set again: keys
        already set are skipped.
    :ivar uncertain: the key whose command was in flight when the transport failed (a real card
        may have applied it); the next :meth:`PinSetter.pins_state` tells. Also in ``missing``.
    :ivar reason: the error that stopped it (``reason.code`` for the staff text).
    """

    code = "ISSUANCE_INCOMPLETE"

    def __init__(self, set: Iterable[PinSlot], missing: Iterable[PinSlot], reason: KioskError,
                 uncertain: Iterable[PinSlot] = ()) -> None:
        self.set = tuple(set)
        self.missing = tuple(missing)
        self.uncertain = tuple(uncertain)
        self.reason = reason
        super().__init__(f"PIN setting stopped ({reason.code}): set {[s.value for s in self.set]}, "
                         f"missing {[s.value for s in self.missing]}")

    @property
    def message_values(self) -> dict[str, str]:
        """``{set}`` and ``{missing}`` for the message text, as PIN names (the 住基 PIN is "set"
        only when both of its keys are)."""
        missing = set(self.missing)
        if missing & {PinSlot.JUKI, PinSlot.COMMON}:
            missing |= {PinSlot.JUKI, PinSlot.COMMON} & (set(self.set) | missing)
        done = [slot for slot in self.set if slot not in missing]
        return {"set": describe(done), "missing": describe(missing)}


# -- protocol ----------------------------------------------------------------------------------

class CardIssuance(Protocol):
    """The counter's view of a new card's PINs."""

    supports_initial_pin: bool

    def pins_state(self) -> PinsState:
        """Which keys are set, unset or absent; data-less VERIFYs only, no try consumed."""
        ...

    def set_initial_pins(self, auth: str | None = None, sign: str | None = None, kenhojo: str | None = None,
                         juki: str | None = None) -> IssuanceResult:
        """Write the first PINs; see :meth:`PinSetter.set_initial_pins`."""
        ...


class _KeySession(CardAp):
    """Any AP holding PIN keys, by AID."""

    def __init__(self, channel: CardChannel, aid: bytes, name: str) -> None:
        super().__init__(channel)
        self.AID = aid
        self.NAME = name

    def key_state(self, slot: PinSlot, fid: int) -> PinKeyState:
        """Data-less VERIFY by SFI, by SELECT EF + P2 ``80`` where the SFI form is refused."""
        self.select()
        _, sw = self.channel.send(0x00, Ins.VERIFY, 0x00, 0x80 | fid)
        if sw in _SFI_REFUSALS or sw in _ABSENT:
            _, sw = self.channel.send(0x00, Ins.SELECT, 0x02, 0x0C, fid.to_bytes(2, "big"))
            if sw in _ABSENT:
                return PinKeyState(slot, KeyState.ABSENT)
            if sw != StatusWord.OK:
                raise fail(sw, f"SELECT EF {fid:04X} in {self.NAME}")
            _, sw = self.channel.send(0x00, Ins.VERIFY, 0x00, 0x80)
        if is_pin_counter(sw):
            return PinKeyState(slot, KeyState.SET, sw & 0x0F)
        if sw == StatusWord.REFERENCE_DATA_NOT_USABLE:
            return PinKeyState(slot, KeyState.UNSET)
        if sw == StatusWord.AUTH_METHOD_BLOCKED:
            return PinKeyState(slot, KeyState.SET, 0)
        if sw in (StatusWord.NO_RETRY_LIMIT, StatusWord.OK):
            return PinKeyState(slot, KeyState.SET)
        if sw in _ABSENT:
            return PinKeyState(slot, KeyState.ABSENT)
        raise fail(sw, f"VERIFY query {fid:04X} in {self.NAME}")

    def reset_retry_counter(self, slot: PinSlot, fid: int, secret: bytearray) -> None:
        """``00 2C 02 (80|SFI) Lc new`` in the selected AP: one command, the key is set or not."""
        _, sw = self.channel.send(0x00, INS_RESET_RETRY_COUNTER, P1_NEW_REFERENCE_DATA, 0x80 | fid,
                                  bytes(secret))
        if sw == StatusWord.OK:
            return
        if sw in (StatusWord.CONDITIONS_NOT_SATISFIED, StatusWord.INS_NOT_SUPPORTED,
                  StatusWord.SECURITY_STATUS_NOT_SATISFIED, *_ABSENT):
            raise PinNotSettableError([slot], f"{self.NAME} key {fid:04X} refused its first PIN ({sw:04X})")
        if sw == StatusWord.WRONG_DATA:
            raise PinFormatError(f"{self.NAME} key {fid:04X}: card refused the PIN format")
        raise fail(sw, f"RESET RETRY COUNTER {fid:04X} in {self.NAME}")


def _check_format(slot: PinSlot, value: str) -> None:
    pattern = SIGN_PASSWORD if slot is PinSlot.SIGN else FOUR_DIGITS
    if not (value.isascii() and pattern.fullmatch(value)):
        what = "6–16 A–Z/0–9 with a letter and a digit" if slot is PinSlot.SIGN else "4 digits"
        raise PinFormatError(f"{slot.value} PIN: {what} expected")


class _StateReader:
    supports_initial_pin = False

    def __init__(self, channel: CardChannel) -> None:
        self.channel = channel

    def _session(self, slot: PinSlot) -> tuple[_KeySession, int]:
        key = KEYS[slot]
        return _KeySession(self.channel, key.aid, key.ap_name), key.fid

    def _read_state(self) -> PinsState:
        states = []
        for slot in ORDER:
            session, fid = self._session(slot)
            states.append(session.key_state(slot, fid))
        return PinsState(tuple(states))

    def pins_state(self) -> PinsState:
        """Which keys are set, unset (``6984``) or absent. Data-less VERIFYs only: no try used."""
        with self.channel.connection.transaction():
            return self._read_state()


class PinSetter(_StateReader):
    """Sets the first PINs of a pre-issuance virtual card (the protocol side; see module doc)."""

    supports_initial_pin = True

    def set_initial_pins(self, auth: str | None = None, sign: str | None = None, kenhojo: str | None = None,
                         juki: str | None = None) -> IssuanceResult:
        """Write the requested PINs into the keys that have none, in the order auth, sign,
        kenhojo, juki (住基AP then 共通カードAP). None = leave that key alone.

        Before anything is written: the formats are checked and the keys' state is read by query.
        Keys that already hold a PIN are skipped (reported as ``already_set``), so an interrupted
        call is finished by calling again with the same PINs.

        :raises PinFormatError: a PIN has the wrong format; nothing was sent.
        :raises PinNotSettableError: a PIN was given for a key the card does not have (a signing
            password on a card without signing certificate); nothing was written.
        :raises IssuanceIncompleteError: writing stopped part-way; ``set``/``missing`` say where.
        :raises CardError: the card was lost while its state was read, before anything was written
            (``CardRemovedError``, ``NoCardError``, ``ReaderUnavailableError``).
        """
        wanted = {PinSlot.AUTH: auth, PinSlot.SIGN: sign, PinSlot.KENHOJO: kenhojo, PinSlot.JUKI: juki,
                  PinSlot.COMMON: juki}
        requested = [slot for slot in ORDER if wanted[slot] is not None]
        for slot in requested:
            _check_format(slot, wanted[slot])  # type: ignore[arg-type]
        buffers = {slot: bytearray(wanted[slot].encode("ascii")) for slot in requested}  # type: ignore[union-attr]
        wanted.clear()
        try:
            return self._write(requested, buffers)
        finally:
            for buffer in buffers.values():
                buffer[:] = bytes(len(buffer))

    def _write(self, requested: list[PinSlot], buffers: dict[PinSlot, bytearray]) -> IssuanceResult:
        with self.channel.connection.transaction():
            state = self._read_state()
            absent = [slot for slot in requested if state.state_of(slot) is KeyState.ABSENT]
            if absent:
                raise PinNotSettableError(absent, f"card has no key for {[s.value for s in absent]}")
            already = [slot for slot in requested if state.state_of(slot) is KeyState.SET]
            confirmed = list(state.set)
            done: list[PinSlot] = []
            for slot in requested:
                if slot in already:
                    continue
                session, fid = self._session(slot)
                sent = False
                try:
                    session.select()
                    sent = True
                    session.reset_retry_counter(slot, fid, buffers[slot])
                except KioskError as exc:
                    missing = [s for s in requested if s not in confirmed and s not in done]
                    # Any answer from the card is a definite "not set"; a transport failure while
                    # the command was out is not (a real card may have applied it).
                    transport = isinstance(exc, _TRANSPORT_ERRORS) or type(exc) is CardError
                    uncertain = [slot] if sent and transport else []
                    logger.warning("PIN setting stopped at %s: %s (set now: %s)", slot.value, exc.code,
                                   [s.value for s in done])
                    now_set = sorted(set(confirmed) | set(done), key=ORDER.index)
                    raise IssuanceIncompleteError(now_set, missing, exc, uncertain) from exc
                done.append(slot)
            still = [slot for slot in state.unset if slot not in done]
        logger.info("PINs set: %s (already set: %s, still unset: %s)", [s.value for s in done],
                    [s.value for s in already], [s.value for s in still])
        return IssuanceResult(tuple(done), tuple(already), tuple(still))


class RealCardIssuance(_StateReader):
    """A card on a PC/SC reader: the state can be read, setting needs J-LIS (see module doc)."""

    def set_initial_pins(self, auth: str | None = None, sign: str | None = None, kenhojo: str | None = None,
                         juki: str | None = None) -> IssuanceResult:
        """:raises SecureChannelRequiredError: always; nothing is sent to the card."""
        raise SecureChannelRequiredError(
            "first PINs of a real My Number Card are written by J-LIS's 統合端末 over its secure channel; "
            "no PC/SC command sets them. Use the J-LIS terminal, or the simulator for training")


def issuance_for(connection: CardConnection, *, simulated: bool | None = None) -> CardIssuance:
    """The issuance side for ``connection``: :class:`PinSetter` where the connection declares
    ``supports_initial_pin`` (``VirtualCardConnection``) or the caller says the card is the
    simulator (``simulated=True``, e.g. the virtual card served through vpcd + pcscd, which looks
    like any PC/SC reader); :class:`RealCardIssuance` otherwise.
    """
    capable = getattr(connection, "supports_initial_pin", False) is True
    if simulated is not None:
        capable = simulated
    channel = CardChannel(connection)
    return PinSetter(channel) if capable else RealCardIssuance(channel)
