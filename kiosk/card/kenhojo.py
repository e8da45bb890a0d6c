"""券面事項入力補助AP session: the basic 4 information (spec §4.2, §6.2).

EF 0001 of this AP holds the 12-digit My Number. The product has no use for it (design "Lines we
never cross" 2): it is listed in ``FORBIDDEN_EFS`` so no code path can read it, and there is no
method that opens it with 照合番号A.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from kiosk.card import tlv
from kiosk.card.ap import CardAp, PinStatus
from kiosk.card.errors import CardResponseError

KENHOJO_AID = bytes.fromhex("D3921000310001010408")

EF_MY_NUMBER = 0x0001  # never read
EF_BASIC_INFO = 0x0002
EF_PIN = 0x0011
EF_COLLATION_B = 0x0015

TAG_TEMPLATE = 0xFF20
TAG_OFFSETS, TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX = 0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25
COLLATION_B_DIGITS = 14


class Sex(Enum):
    """性別 as the card writes it (JIS X 0303 / ISO 5218 codes)."""

    MALE = "1"
    FEMALE = "2"
    NOT_APPLICABLE = "9"


@dataclass(frozen=True)
class BasicInfo:
    """基本4情報. ``name`` separates family and given name with U+3000."""

    name: str
    address: str
    birth_date: date
    sex: Sex


def parse_yyyymmdd(raw: bytes, what: str) -> date:
    """An 8-byte ASCII Gregorian date as the card writes it."""
    try:
        text = raw.decode("ascii")
        if len(text) != 8 or not text.isdigit():
            raise ValueError(text)
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CardResponseError(f"{what} is not a YYYYMMDD date") from exc


def parse_sex(raw: bytes) -> Sex:
    try:
        return Sex(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CardResponseError("sex code not 1, 2 or 9") from exc


def parse_basic_info(data: bytes) -> BasicInfo:
    """Decode EF 0002 (``FF20 {DF21 DF22 DF23 DF24 DF25}``, spec §6.2)."""
    try:
        fields = tlv.template(data, TAG_TEMPLATE)
    except tlv.TlvError as exc:
        raise CardResponseError(f"basic information: {exc}") from exc
    missing = {TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX} - fields.keys()
    if missing:
        raise CardResponseError(f"basic information lacks {sorted(hex(t) for t in missing)}")
    try:
        name = fields[TAG_NAME].decode("utf-8")
        address = fields[TAG_ADDRESS].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CardResponseError("name or address is not UTF-8") from exc
    return BasicInfo(name, address, parse_yyyymmdd(fields[TAG_BIRTH], "birth date"),
                     parse_sex(fields[TAG_SEX]))


class KenhojoAp(CardAp):
    """券面事項入力補助AP. Open EF 0002 with the 4-digit PIN or with 照合番号B."""

    AID = KENHOJO_AID
    NAME = "券面事項入力補助AP"
    FORBIDDEN_EFS = frozenset({EF_MY_NUMBER})

    def pin_status(self, pin_fid: int = EF_PIN) -> PinStatus:
        """Remaining tries of the 券面事項入力補助用暗証番号 (query only)."""
        return super().pin_status(pin_fid)

    def verify_pin(self, pin: str) -> None:
        """VERIFY the 4-digit 券面事項入力補助用暗証番号, once."""
        self.verify(EF_PIN, pin, digits=4)

    def verify_collation_b(self, number_b: str) -> None:
        """VERIFY 照合番号B (14 digits, see :mod:`kiosk.card.collation`)."""
        self.verify(EF_COLLATION_B, number_b, digits=COLLATION_B_DIGITS)

    def read_basic_info(self) -> BasicInfo:
        """Read 基本4情報; needs :meth:`verify_pin` or :meth:`verify_collation_b` first."""
        return parse_basic_info(self.read_tlv_ef(EF_BASIC_INFO))
