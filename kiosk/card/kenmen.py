"""券面事項確認AP session: the card face record with the photo (spec §4.3, §6.3).

The photo is a greyscale JPEG 2000 image. It stays in memory: nothing here writes it anywhere
(design "Lines we never cross" 1).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, UnidentifiedImageError

from kiosk.card import tlv
from kiosk.card.ap import CardAp
from kiosk.card.errors import CardResponseError
from kiosk.card.kenhojo import Sex, parse_sex, parse_yyyymmdd

KENMEN_AID = bytes.fromhex("D3921000310001010402")

EF_CARD_FACE = 0x0002
EF_COLLATION_B = 0x0012
EF_COLLATION_A = 0x0013  # = the My Number: never used

TAG_TEMPLATE = 0xFF20
TAG_OFFSETS = 0xDF21
TAG_BIRTH, TAG_SEX, TAG_PUBLIC_KEY = 0xDF22, 0xDF23, 0xDF24
TAG_NAME_IMAGE, TAG_ADDRESS_IMAGE, TAG_PHOTO = 0xDF25, 0xDF26, 0xDF27
TAG_SIGNATURE, TAG_EXPIRY, TAG_SECURITY_CODE_IMAGE = 0xDF28, 0xDF29, 0xDF2A

JP2_SIGNATURE = bytes.fromhex("0000000C6A5020200D0A870A")
J2K_CODESTREAM = bytes.fromhex("FF4FFF51")
MAX_PHOTO_PIXELS = 2_000_000  # a card photo is a few hundred pixels a side


@dataclass(frozen=True)
class CardFace:
    """The card face record. Images are kept as the card's bytes; decode with :func:`decode_photo`."""

    birth_date: date
    sex: Sex
    expiry: date
    photo_jp2: bytes = field(repr=False)
    name_png: bytes = field(repr=False)
    address_png: bytes = field(repr=False)


def parse_card_face(data: bytes) -> CardFace:
    """Decode EF 0002 (``FF20`` with ``DF21``–``DF2A``, spec §6.3)."""
    try:
        fields = tlv.template(data, TAG_TEMPLATE)
    except tlv.TlvError as exc:
        raise CardResponseError(f"card face: {exc}") from exc
    needed = {TAG_BIRTH, TAG_SEX, TAG_PHOTO, TAG_EXPIRY}
    if needed - fields.keys():
        raise CardResponseError("card face record lacks birth date, sex, photo or expiry")
    return CardFace(
        birth_date=parse_yyyymmdd(fields[TAG_BIRTH], "birth date"),
        sex=parse_sex(fields[TAG_SEX]),
        expiry=parse_yyyymmdd(fields[TAG_EXPIRY], "expiry"),
        photo_jp2=fields[TAG_PHOTO],
        name_png=fields.get(TAG_NAME_IMAGE, b""),
        address_png=fields.get(TAG_ADDRESS_IMAGE, b""),
    )


def decode_photo(jp2: bytes) -> Image.Image:
    """Decode the face photo into a greyscale Pillow image, in memory.

    :raises CardResponseError: not JPEG 2000, corrupt, or implausibly large.
    """
    if not (jp2.startswith(JP2_SIGNATURE) or jp2.startswith(J2K_CODESTREAM)):
        raise CardResponseError("photo is not JPEG 2000")
    try:
        with Image.open(io.BytesIO(jp2), formats=["JPEG2000"]) as image:
            if image.width * image.height > MAX_PHOTO_PIXELS:
                raise CardResponseError(f"photo of {image.width}x{image.height} is implausible")
            image.load()
            return image.convert("L")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise CardResponseError(f"photo does not decode: {exc}") from exc


class KenmenAp(CardAp):
    """券面事項確認AP. Open the card face with 照合番号B (the 14 digits a face reader OCRs)."""

    AID = KENMEN_AID
    NAME = "券面事項確認AP"

    def verify_collation_b(self, number_b: str) -> None:
        """VERIFY 照合番号B, once."""
        self.verify(EF_COLLATION_B, number_b, digits=14)

    def read_card_face(self) -> CardFace:
        """Read the card face record; needs :meth:`verify_collation_b` first."""
        return parse_card_face(self.read_tlv_ef(EF_CARD_FACE))
