"""The virtual My Number Card: an APDU interpreter over the spec's file system and state rules.

It answers command APDUs exactly as spec §3–§5 and §10 describe: current DF and EF, security
state per AP cleared on AP change and on reset, PIN counters (``63Cx`` → ``63C0`` → ``6984``,
success resets), short and extended READ BINARY, ``6A82`` to foreign AIDs, ``6D00`` to unknown
INS, ``6E00`` to unknown CLA, RSA-2048 PKCS#1 v1.5 signatures. Choices where the spec says [U]
are marked "choice" below and pinned by tests/conformance.

Pre-issuance cards (``personalise.card_for(resident, issued=False)``), the card a municipal counter
hands over (spec B2, B3). Choice, since the spec has no command for the first setting (in reality
it travels over J-LIS's secure channel from the 統合端末):

* every PIN key (JPKI ``0018`` auth, ``001B`` sign, 券面事項入力補助 ``0011``, 共通 ``001C``, 住基
  ``001C``) starts with **no reference data**: the query and VERIFY answer ``6984``, as on a
  顔認証マイナンバーカード;
* the first value is written with ISO 7816-4 **RESET RETRY COUNTER** ``00 2C 02 P2 Lc <new PIN>``
  (P1 ``02``: "new reference data, no resetting code"; P2 ``80`` = current EF or ``80|SFI``). It
  is accepted **only while the key has no reference data** and the key is ``settable``; a key that
  already has one answers ``6985`` (conditions not satisfied), so the command can never replace a
  PIN or reset a counter without knowing the old value. A value the key's validator refuses
  answers ``6A80``; no data ``6700``; another P1 ``6A86``. The retry counter starts full;
  nothing becomes verified;
* a 顔認証マイナンバーカード's keys are not ``settable``: its PINs stay unset forever (``6985``);
* an issued card (the default, ``issued=True``) does not know INS ``2C`` at all (``6D00``, spec
  §10.8), exactly as before this command existed. The life-cycle state is fixed at
  personalisation: a pre-issuance card keeps answering ``2C`` (with ``6985`` once a key is set).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils

from kiosk.card.apdu import ApduFormatError, Command, Ins, StatusWord, parse
from kiosk.card.jpki import SHA256_DIGEST_INFO_PREFIX
from simulators.card.filesystem import AnyEf, Application, BinaryEf, PinKey, PrivateKeyEf, RecordEf
from simulators.card.keys import pkcs1_type1_pad, raw_private_op

logger = logging.getLogger(__name__)

# Contact ATR from OpenSC's jpki table (spec §1): T=1, no historical bytes.
DEFAULT_ATR = bytes.fromhex("3BE000FF8131FE4514")
ISD_AID = bytes.fromhex("A0000001510000")  # GlobalPlatform ISD, current after reset
MF_FID = 0x3F00
NO_CURRENT_EF = 0x6986
RECORD_NOT_FOUND = 0x6A83
INS_RESET_RETRY_COUNTER = 0x2C  # ISO 7816-4; only pre-issuance cards answer it
MAX_SIGN_INPUT = 245  # RSA-2048 with PKCS#1 v1.5 type 1: k − 11
SW = StatusWord


def _sw(sw: int, data: bytes = b"") -> bytes:
    return data + sw.to_bytes(2, "big")


class VirtualMyNumberCard:
    """A card holding ``applications``; feed it APDUs with :meth:`process`.

    Thread-safe: one lock serialises commands, as a real card's single I/O line does.
    """

    def __init__(self, applications: list[Application], atr: bytes = DEFAULT_ATR,
                 gdata: dict[int, bytes] | None = None, *, pre_issuance: bool = False) -> None:
        self.applications = applications
        self.pre_issuance = pre_issuance  # RESET RETRY COUNTER sets first PINs (module docstring)
        self.atr = atr
        self.gdata = gdata or {0x5F51: atr}
        self.powered = False
        self._lock = threading.Lock()
        self.reset()

    # -- power ---------------------------------------------------------------------------
    def power_on(self) -> bytes:
        self.powered = True
        self.reset()
        return self.atr

    def power_off(self) -> None:
        self.powered = False
        self.reset()

    def reset(self) -> None:
        """Spec §10.1: current DF = ISD, no EF, every security state cleared."""
        self.current: Application | None = None  # None = ISD / MF level
        self.current_ef: int | None = None
        self.verified: set[int] = set()

    # -- dispatch --------------------------------------------------------------------------
    def process(self, apdu: bytes) -> bytes:
        """Execute one command APDU; return response data followed by SW1 SW2."""
        with self._lock:
            try:
                command = parse(apdu)
            except ApduFormatError:
                return _sw(SW.WRONG_LENGTH)
            if command.cla not in (0x00, 0x80):
                return _sw(SW.CLA_NOT_SUPPORTED)
            handler = self._handlers.get((command.cla, command.ins))
            if handler is None:
                return _sw(SW.INS_NOT_SUPPORTED)
            return handler(self, command)

    # -- SELECT ----------------------------------------------------------------------------------
    def _select(self, c: Command) -> bytes:
        if c.le is not None and c.p2 == 0x0C:
            return _sw(SW.WRONG_LENGTH)  # P2 0C: no response data, so no Le either
        if c.p2 not in (0x00, 0x0C):
            return _sw(SW.INCORRECT_P1P2)
        if c.p1 == 0x04:
            return self._select_df(c.data)
        if c.p1 == 0x02:
            return self._select_ef(c.data)
        if c.p1 == 0x00:
            if not c.data:  # "select MF" with no path: 6A86 at ISD level, a no-op inside an AP [1 MC]
                return _sw(SW.INCORRECT_P1P2 if self.current is None else SW.OK)
            return _sw(SW.FILE_NOT_FOUND)  # MF 3F00 by FID, or anything else: not selectable
        return _sw(SW.INCORRECT_P1P2)

    def _select_df(self, name: bytes) -> bytes:
        if not 1 <= len(name) <= 16:
            return _sw(SW.WRONG_LENGTH)
        if name == ISD_AID:
            self.current, self.current_ef, self.verified = None, None, set()
            return _sw(SW.OK)
        exact = [a for a in self.applications if a.aid == name]
        # JICSAP partial DF name [1 MC]: a prefix of at least the 5-byte RID selects the first match.
        partial = [a for a in self.applications if len(name) >= 5 and a.aid.startswith(name)]
        target = next(iter(exact or partial), None)
        if target is None:
            return _sw(SW.FILE_NOT_FOUND)
        if target is not self.current:
            # Spec §10.3 choice: leaving an AP clears its security state; re-selecting keeps it.
            self.verified = set()
        self.current, self.current_ef = target, None
        return _sw(SW.OK)

    def _select_ef(self, fid_bytes: bytes) -> bytes:
        if len(fid_bytes) != 2:
            return _sw(SW.WRONG_LENGTH)
        fid = int.from_bytes(fid_bytes, "big")
        if self.current is None or fid == MF_FID or fid not in self.current.files:
            return _sw(SW.FILE_NOT_FOUND)
        self.current_ef = fid
        return _sw(SW.OK)

    def _by_sfi(self, sfi: int) -> int | None:
        """Short EF identifiers are the FID's low byte (all EFs are 0001–001E, spec §3)."""
        if self.current is None or not 1 <= sfi <= 0x1E or sfi not in self.current.files:
            return None
        return sfi

    def _ef(self, fid: int) -> AnyEf:
        """EF ``fid`` of the current AP, which the caller found (as current EF or by SFI)."""
        assert self.current is not None, "an EF is current or found by SFI only inside an AP"
        return self.current.files[fid]

    def _allowed(self, read_keys: frozenset[int] | None) -> bool:
        return read_keys is None or bool(read_keys & self.verified)

    # -- READ BINARY / READ RECORD --------------------------------------------------------------
    def _read_binary(self, c: Command) -> bytes:
        if c.le is None or c.data:
            return _sw(SW.WRONG_LENGTH)
        if c.p1 & 0x80:
            if c.p1 & 0x60:
                return _sw(SW.INCORRECT_P1P2)
            fid = self._by_sfi(c.p1 & 0x1F)
            if fid is None:
                return _sw(SW.FILE_NOT_FOUND)
            self.current_ef = fid
            offset = c.p2
        else:
            fid = self.current_ef
            if fid is None:
                return _sw(NO_CURRENT_EF)
            offset = (c.p1 << 8) | c.p2
        ef = self._ef(fid)
        if not isinstance(ef, BinaryEf):
            return _sw(SW.COMMAND_INCOMPATIBLE)
        if not self._allowed(ef.read_keys):
            return _sw(SW.SECURITY_STATUS_NOT_SATISFIED)
        data = ef.data
        if offset >= len(data):
            return _sw(SW.OFFSET_OUT_OF_RANGE)
        return _sw(SW.OK, data[offset:offset + c.le])

    def _read_record(self, c: Command) -> bytes:
        if c.le is None or c.data:
            return _sw(SW.WRONG_LENGTH)
        if c.p2 & 0x07 != 0x04:
            return _sw(SW.INCORRECT_P1P2)
        if c.p2 >> 3:
            fid = self._by_sfi(c.p2 >> 3)
            if fid is None:
                return _sw(SW.FILE_NOT_FOUND)
            self.current_ef = fid
        elif self.current_ef is None:
            return _sw(NO_CURRENT_EF)
        ef = self._ef(self.current_ef)
        if not isinstance(ef, RecordEf):
            return _sw(SW.COMMAND_INCOMPATIBLE)
        if not self._allowed(ef.read_keys):
            return _sw(SW.SECURITY_STATUS_NOT_SATISFIED)
        if not 1 <= c.p1 <= len(ef.records):
            return _sw(RECORD_NOT_FOUND)
        return _sw(SW.OK, ef.records[c.p1 - 1][:c.le])

    # -- VERIFY / CHANGE REFERENCE DATA ------------------------------------------------------
    def _key_for(self, p2: int, kind: type) -> tuple[object | None, bytes | None]:
        """Resolve P2 ``80`` (current EF) or ``80|SFI``; return (object, error response)."""
        if p2 == 0x80:
            if self.current is None or self.current_ef is None:
                return None, _sw(SW.REFERENCED_DATA_NOT_FOUND)
            target = self.current.files[self.current_ef]
        elif p2 & 0x80 and p2 & 0x60 == 0:
            fid = self._by_sfi(p2 & 0x1F)
            if fid is None:
                return None, _sw(SW.REFERENCED_DATA_NOT_FOUND)
            target = self._ef(fid)
        else:
            return None, _sw(SW.INCORRECT_P1P2)
        if not isinstance(target, kind):
            return None, _sw(SW.COMMAND_INCOMPATIBLE)
        return target, None

    def _verify(self, c: Command) -> bytes:
        if c.p1 != 0x00:
            return _sw(SW.INCORRECT_P1P2)
        if c.le is not None:
            return _sw(SW.WRONG_LENGTH)
        key, error = self._key_for(c.p2, PinKey)
        if error:
            return error
        assert isinstance(key, PinKey)
        if key.secret is None:
            return _sw(SW.REFERENCE_DATA_NOT_USABLE)
        if not c.data:  # query: never consumes a try (spec §5)
            if key.max_tries is None:
                return _sw(SW.NO_RETRY_LIMIT)
            return _sw(0x63C0 | key.remaining)  # choice: 63Cx even when already verified
        if key.blocked:
            return _sw(SW.REFERENCE_DATA_NOT_USABLE)
        # Choice: a value of the wrong length counts as a miss (the spec does not know; the
        # harsher rule makes any client that sends one visible in tests).
        if key.matches(c.data):
            if key.max_tries is not None:
                key.remaining = key.max_tries
            self.verified.add(key.fid)
            return _sw(SW.OK)
        self.verified.discard(key.fid)
        if key.max_tries is None:
            return _sw(SW.NO_RETRY_LIMIT)
        key.remaining -= 1
        return _sw(0x63C0 | key.remaining)

    def _change_reference_data(self, c: Command) -> bytes:
        """``00 24 01 80 Lc new`` after a successful VERIFY (spec §3; MYNA, MC)."""
        if c.p1 != 0x01:
            return _sw(SW.INCORRECT_P1P2)
        key, error = self._key_for(c.p2, PinKey)
        if error:
            return error
        assert isinstance(key, PinKey)
        if key.fid not in self.verified:
            return _sw(SW.SECURITY_STATUS_NOT_SATISFIED)
        if not key.valid(c.data):
            return _sw(SW.WRONG_DATA)
        key.secret = bytes(c.data)
        if key.max_tries is not None:
            key.remaining = key.max_tries
        return _sw(SW.OK)

    def _reset_retry_counter(self, c: Command) -> bytes:
        """``00 2C 02 P2 Lc new``: first reference data of a pre-issuance key (module docstring)."""
        if not self.pre_issuance:
            return _sw(SW.INS_NOT_SUPPORTED)  # issued cards: not in the spec's command set
        if c.p1 != 0x02:
            return _sw(SW.INCORRECT_P1P2)
        if c.le is not None or not c.data:
            return _sw(SW.WRONG_LENGTH)
        key, error = self._key_for(c.p2, PinKey)
        if error:
            return error
        assert isinstance(key, PinKey)
        if not key.settable or key.secret is not None:
            return _sw(SW.CONDITIONS_NOT_SATISFIED)  # never a way around a PIN already set
        if not key.valid(c.data):
            return _sw(SW.WRONG_DATA)
        key.secret = bytes(c.data)
        if key.max_tries is not None:
            key.remaining = key.max_tries
        return _sw(SW.OK)

    # -- signatures and challenges ---------------------------------------------------------
    def _compute_signature(self, c: Command) -> bytes:
        if c.le is None or not c.data:
            return _sw(SW.WRONG_LENGTH)
        if c.p1 > 0x05:
            return _sw(SW.INCORRECT_P1P2)
        if c.p2 == 0x00:
            key = self.current.own_key if self.current else None
            if key is None:
                return _sw(SW.REFERENCED_DATA_NOT_FOUND)
        else:
            found, error = self._key_for(c.p2, PrivateKeyEf)
            if error:
                return error
            assert isinstance(found, PrivateKeyEf)
            key = found
        if key.needs is not None and key.needs not in self.verified:
            return _sw(SW.SECURITY_STATUS_NOT_SATISFIED)
        data = c.data
        if c.p1 in (0x01, 0x03, 0x05):  # the card hashes
            data = hashlib.sha256(data).digest()
        elif c.p1 in (0x02, 0x04) and len(data) != 32:
            return _sw(SW.CONDITIONS_NOT_SATISFIED)
        private = key.key()
        if c.p1 in (0x04, 0x05):
            signature = private.sign(data, padding.PSS(padding.MGF1(hashes.SHA256()), 32),
                                     utils.Prehashed(hashes.SHA256()))
            return _sw(SW.OK, signature[:c.le])
        if c.p1 in (0x02, 0x03):
            data = SHA256_DIGEST_INFO_PREFIX + data
        if len(data) > MAX_SIGN_INPUT:
            return _sw(SW.WRONG_LENGTH)
        block = pkcs1_type1_pad(data, private.key_size // 8)
        return _sw(SW.OK, raw_private_op(private, block)[:c.le])

    def _internal_authenticate(self, c: Command) -> bytes:
        if c.le is None or not c.data:
            return _sw(SW.WRONG_LENGTH)
        found, error = self._key_for(c.p2, PrivateKeyEf)
        if error:
            return error
        assert isinstance(found, PrivateKeyEf)
        if not found.internal_auth:
            # PIN-protected keys refuse with 6982, the 券面 APs' own keys with 6985 [1 MC].
            return _sw(SW.SECURITY_STATUS_NOT_SATISFIED if found.needs else SW.CONDITIONS_NOT_SATISFIED)
        if len(c.data) > MAX_SIGN_INPUT:
            return _sw(SW.WRONG_LENGTH)
        private = found.key()
        return _sw(SW.OK, raw_private_op(private, pkcs1_type1_pad(c.data, private.key_size // 8))[:c.le])

    def _get_challenge(self, c: Command) -> bytes:
        if c.p1 or c.p2:
            return _sw(SW.INCORRECT_P1P2)
        if c.le is None or c.data:
            return _sw(SW.WRONG_LENGTH)
        if c.extended:
            return _sw(SW.CONDITIONS_NOT_SATISFIED)  # [1 MC]: at most 256, short Le only
        return _sw(SW.OK, os.urandom(c.le))

    def _get_data(self, c: Command) -> bytes:
        if c.le is None or c.data:
            return _sw(SW.WRONG_LENGTH)
        value = self.gdata.get((c.p1 << 8) | c.p2)
        if value is None or self.current is not None:
            return _sw(SW.REFERENCED_DATA_NOT_FOUND)
        return _sw(SW.OK, value[:c.le])

    _handlers = {
        (0x00, Ins.SELECT): _select,
        (0x00, Ins.READ_BINARY): _read_binary,
        (0x00, Ins.READ_RECORD): _read_record,
        (0x00, Ins.VERIFY): _verify,
        (0x00, Ins.CHANGE_REFERENCE_DATA): _change_reference_data,
        (0x00, INS_RESET_RETRY_COUNTER): _reset_retry_counter,
        (0x80, Ins.COMPUTE_SIGNATURE): _compute_signature,
        (0x00, Ins.INTERNAL_AUTHENTICATE): _internal_authenticate,
        (0x00, Ins.GET_CHALLENGE): _get_challenge,
        (0x00, Ins.GET_DATA): _get_data,
    }

