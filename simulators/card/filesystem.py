"""The objects a virtual card's applications hold (spec §4): binary and record EFs, PIN keys and
private keys, each with the access rule the spec gives it.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa

Lazy = Callable[[], bytes]


@dataclass
class BinaryEf:
    """A transparent EF. ``source`` builds the content on first read (keys are costly), and the
    content is padded with ``filler`` up to ``size`` (spec §6.1: physical size > TLV size).
    ``read_keys``: None = free; otherwise reading needs any one of these keys verified."""

    fid: int
    source: Lazy
    read_keys: frozenset[int] | None = None
    size: int | None = None
    filler: int = 0xFF
    _data: bytes | None = field(default=None, repr=False)

    @property
    def data(self) -> bytes:
        if self._data is None:
            raw = self.source()
            size = max(self.size or 0, len(raw))
            self._data = raw + bytes([self.filler]) * (size - len(raw))
        return self._data


@dataclass
class RecordEf:
    """A record-structured EF (共通カードAP EF 0001, spec §4.4)."""

    fid: int
    records: list[bytes]
    read_keys: frozenset[int] | None = None


@dataclass
class PinKey:
    """A PIN / collation-number key with a retry counter (spec §5, §10.6).

    ``secret`` None means "no usable reference data": a 顔認証マイナンバーカード or a PIN not yet set
    (answers ``6984``, see ``kiosk.card.errors.PinNotUsableError``). ``max_tries`` None means no
    retry limit (``6300`` on a miss). ``valid`` checks a new value for CHANGE REFERENCE DATA and
    for the first setting. ``settable``: a key of a pre-issuance card that takes its first value
    by RESET RETRY COUNTER while ``secret`` is None (``simulators.card.card``); False on issued
    cards and on a 顔認証マイナンバーカード, whose PINs stay unset.
    """

    fid: int
    secret: bytes | None
    max_tries: int | None
    remaining: int
    valid: Callable[[bytes], bool]
    settable: bool = False

    @property
    def blocked(self) -> bool:
        return self.max_tries is not None and self.remaining == 0

    def matches(self, candidate: bytes) -> bool:
        return self.secret is not None and hmac.compare_digest(self.secret, candidate)


@dataclass
class PrivateKeyEf:
    """A non-readable RSA key. ``needs``: the PIN key that must be verified to use it, None for
    the 券面 APs' own keys (no credential). ``internal_auth``: answers INTERNAL AUTHENTICATE."""

    fid: int
    key: Callable[[], rsa.RSAPrivateKey]
    needs: int | None
    internal_auth: bool = False


AnyEf = BinaryEf | RecordEf | PinKey | PrivateKeyEf


@dataclass
class Application:
    """A DF selected by AID, holding EFs by file id. ``own_key`` signs with ``80 2A 00 00``."""

    name: str
    aid: bytes
    files: dict[int, AnyEf] = field(default_factory=dict)
    own_key: PrivateKeyEf | None = None

    def add(self, *files: AnyEf) -> Application:
        for ef in files:
            self.files[ef.fid] = ef
        return self


def digits(n_min: int, n_max: int | None = None) -> Callable[[bytes], bool]:
    """Validator: ASCII digits, ``n_min``..``n_max`` long."""
    n_max = n_max or n_min
    return lambda value: n_min <= len(value) <= n_max and value.isdigit()


def signing_password(value: bytes) -> bool:
    """署名用パスワード: 6–16 of A–Z and 0–9, at least one letter and one digit (spec §5)."""
    return (6 <= len(value) <= 16 and all(chr(b).isupper() or chr(b).isdigit() for b in value)
            and any(chr(b).isalpha() for b in value) and any(chr(b).isdigit() for b in value)
            and value.isascii())
