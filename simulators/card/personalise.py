"""Personalise a virtual card for a synthetic resident: the APs and EFs of spec §4 with their
contents (§6) and access rules (§4, §5).

Content that needs a key or an image is built lazily on first read, so a card that is only asked
for its auth certificate costs one key generation.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Callable, Mapping
from functools import cache

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kiosk.card import tlv
from kiosk.card.apdu import CardChannel
from kiosk.card.collation import collation_number_b, era_yymmdd
from kiosk.card.issuance import PinSetter
from kiosk.card.jpki import JPKI_AID
from kiosk.card.kenhojo import KENHOJO_AID
from kiosk.card.kenmen import KENMEN_AID
from simulators.card import images, pki
from simulators.card.card import VirtualMyNumberCard
from simulators.card.connection import VirtualCardConnection
from simulators.card.filesystem import (
    Application,
    BinaryEf,
    PinKey,
    PrivateKeyEf,
    RecordEf,
    digits,
    signing_password,
)
from simulators.card.keys import card_public_key_tlv, named_rsa_key
from simulators.residents import Resident

COMMON_AID = bytes.fromhex("D3921000310001010100")
JUKI_AID = bytes.fromhex("D3921000310001010401")

# Retry limits of the collation numbers are unknown (spec §5). Choice: 10 tries for 照合番号A/B
# (queries answer 63Cx, which jpki/myna expects), no limit for the 生年月日 key (6300, as MC saw).
COLLATION_TRIES = 10
TEST_CV_ISSUER_ID = bytes.fromhex("60000000000000000000000000000001")  # test cards: 6000… (§6.4)


def _sign_sha256(key: rsa.RSAPrivateKey, message: bytes) -> bytes:
    return key.sign(message, padding.PKCS1v15(), hashes.SHA256())


@cache
def _cv_ca_key() -> rsa.RSAPrivateKey:
    return named_rsa_key("cv-ca")


def cv_certificate(subject_id: bytes, public_key: rsa.RSAPublicKey) -> bytes:
    """Card-verifiable certificate ``7F21 {5F4E body, 5F37 sig}`` (spec §6.4), by the test CV-CA."""
    body = TEST_CV_ISSUER_ID + subject_id + card_public_key_tlv(public_key)
    signature = _sign_sha256(_cv_ca_key(), body)
    return tlv.encode(0x7F21, tlv.encode(0x5F4E, body, length_bytes=2) + tlv.encode(0x5F37, signature, length_bytes=2),
                      length_bytes=2)


def _offsets(template_tag_size: int, parts: list[bytes]) -> bytes:
    """DF21: offsets (u16, from file start) of the elements after it."""
    offsets, position = [], template_tag_size + 2 + 2 * len(parts)
    for part in parts:
        offsets.append(position)
        position += len(part)
    return b"".join(struct.pack(">H", o) for o in offsets)


def basic_info_record(r: Resident) -> bytes:
    """券面事項入力補助AP EF 0002 (spec §6.2), outer length in the card's ``82 hh ll`` form."""
    parts = [tlv.encode(0xDF22, r.name.encode()), tlv.encode(0xDF23, r.address.encode()),
             tlv.encode(0xDF24, pki.date_text(r.birth_date)), tlv.encode(0xDF25, r.sex.encode())]
    header = 2 + 3  # FF20 82 hh ll
    offsets = tlv.encode(0xDF21, _offsets(header + 1, parts))
    return tlv.encode(0xFF20, offsets + b"".join(parts), length_bytes=2)


def token_info() -> bytes:
    """EF 0006: 160-byte CK_TOKEN_INFO with 32-bit big-endian integers (spec §4.1)."""
    text = b"JPKIAPICCTOKEN2".ljust(32) + b"JPKI".ljust(32) + b"MYNA TEST".ljust(16) + b"".ljust(16)
    ints = struct.pack(">11I", 0x040D, 0, 0, 0, 0, 16, 4, 0, 0, 0, 0)
    return (text + ints + bytes((1, 0, 1, 0)) + b"".ljust(16))[:160]


class CardBuilder:
    """Builds the applications of one resident's card (keys cached per resident per process).

    :param issued: False builds the card as the counter receives it before 交付: the PIN keys have
        no reference data until set by RESET RETRY COUNTER (see ``simulators.card.card``); the keys
        of a 顔認証マイナンバーカード are never settable. The signing certificate, key and password
        exist, as on issued cards, only where the dataset gives a signing password (15+ at issue,
        not a face card).
    """

    def __init__(self, resident: Resident, *, issued: bool = True) -> None:
        self.r = resident
        self.issued = issued

    def key(self, purpose: str) -> rsa.RSAPrivateKey:
        return named_rsa_key(f"{self.r.id}:{purpose}")

    def pin(self, fid: int, secret: str | None, max_tries: int, remaining: int,
            valid: Callable[[bytes], bool]) -> PinKey:
        """A resident-chosen PIN key: as the dataset says when issued, else empty and settable
        (except on a face card) with a full counter."""
        if self.issued:
            return PinKey(fid, secret.encode() if secret else None, max_tries, remaining, valid)
        return PinKey(fid, None, max_tries, max_tries, valid, settable=not self.r.face_card)

    # -- JPKI ------------------------------------------------------------------------------
    def jpki(self) -> Application:
        r = self.r
        auth_pin = self.pin(0x0018, r.auth_pin, 3, r.auth_pin_tries, digits(4))
        app = Application("JPKI", JPKI_AID).add(
            BinaryEf(0x000A, lambda: self._der(pki.auth_certificate(r, self.key("auth"))), size=2048),
            BinaryEf(0x000B, lambda: self._der(pki.ca("user authentication")[0]), size=2048),
            BinaryEf(0x0002, lambda: self._der(pki.ca("digital signature")[0]), size=2048),
            BinaryEf(0x0006, token_info),
            BinaryEf(0x0008, lambda: bytes((0x8F if r.sign_password else 0x00, 0x8F, 0x00))),
            PrivateKeyEf(0x0017, lambda: self.key("auth"), needs=0x0018),
            auth_pin,
        )
        if r.sign_password:
            app.add(
                BinaryEf(0x0001, lambda: self._der(pki.sign_certificate(r, self.key("sign"))),
                         read_keys=frozenset({0x001B}), size=2048),
                PrivateKeyEf(0x001A, lambda: self.key("sign"), needs=0x001B),
                self.pin(0x001B, r.sign_password, 5, 5, signing_password),
            )
        return app

    @staticmethod
    def _der(cert) -> bytes:
        return cert.public_bytes(serialization.Encoding.DER)

    # -- 券面事項入力補助AP --------------------------------------------------------------------
    def kenhojo(self) -> Application:
        r = self.r
        number_physical = b"\xff\x10\x0c" + r.my_number.encode() + b"\xff\xff"
        opened = frozenset({0x0011, 0x0015})
        any_credential = frozenset({0x0011, 0x0014, 0x0015})
        own = PrivateKeyEf(0x0013, lambda: self.key("kenhojo"), needs=None)

        def integrity() -> bytes:
            basic = basic_info_record(r)
            outer = tlv.read_one(basic)
            after_offsets = outer.value[tlv.read_one(outer.value).size:]
            body = (tlv.encode(0xDF31, hashlib.sha256(number_physical).digest())
                    + tlv.encode(0xDF32, hashlib.sha256(after_offsets).digest()))
            signature = _sign_sha256(self.key("kenhojo"), body)
            return tlv.encode(0xFF30, body + tlv.encode(0xDF33, signature, length_bytes=2), length_bytes=2)

        def public_half() -> bytes:
            pub = card_public_key_tlv(self.key("kenhojo").public_key())
            return tlv.encode(0xFF50, tlv.encode(0xDF51, pub, length_bytes=2)
                              + tlv.encode(0xDF52, _sign_sha256(_cv_ca_key(), pub), length_bytes=2), length_bytes=2)

        return Application("券面事項入力補助AP", KENHOJO_AID, own_key=own).add(
            BinaryEf(0x0001, lambda: number_physical, read_keys=frozenset({0x0011, 0x0014})),
            BinaryEf(0x0002, lambda: basic_info_record(r), read_keys=opened, size=0x0200),
            BinaryEf(0x0003, integrity, read_keys=any_credential, size=0x0200),
            BinaryEf(0x0004, lambda: cv_certificate(self._id("kenhojo"), self.key("kenhojo").public_key())),
            BinaryEf(0x0005, lambda: tlv.encode(0xFF40, tlv.encode(0xDF41, b"\x00\x01\x00\x00")
                                                + tlv.encode(0xDF42, self._id("kenhojo"))
                                                + tlv.encode(0xDF43, bytes(128), length_bytes=1))),
            BinaryEf(0x0007, public_half, read_keys=any_credential),
            BinaryEf(0x0008, lambda: b"\xff" * 16),
            own,
            self.pin(0x0011, r.auth_pin, 3, 3, digits(4)),
            PinKey(0x0012, None, 3, 0, digits(4)),  # issued blocked [1 MC]
            PinKey(0x0014, r.my_number.encode(), COLLATION_TRIES, COLLATION_TRIES, digits(12)),
            PinKey(0x0015, self.collation_b().encode(), COLLATION_TRIES, COLLATION_TRIES, digits(14)),
        )

    def collation_b(self) -> str:
        return collation_number_b(self.r.birth_date, self.r.card_expiry, self.r.security_code)

    def _id(self, purpose: str) -> bytes:
        return hashlib.sha256(f"{purpose}:{self.r.id}".encode()).digest()[:16]

    # -- 券面事項確認AP ----------------------------------------------------------------------
    def card_face(self) -> bytes:
        """EF 0002 (spec §6.3): signed part DF22–DF27, then DF28 signature, DF29 expiry, DF2A."""
        r = self.r
        public = card_public_key_tlv(self.key("kenmen").public_key())
        photo = images.card_photo(r.photo_path(), zlib.crc32(r.id.encode()))
        signed = [tlv.encode(0xDF22, pki.date_text(r.birth_date)), tlv.encode(0xDF23, r.sex.encode()),
                  tlv.encode(0xDF24, public, length_bytes=2),
                  tlv.encode(0xDF25, images.text_png(r.name, 420), length_bytes=2),
                  tlv.encode(0xDF26, images.text_png(r.address, 640), length_bytes=2),
                  tlv.encode(0xDF27, photo, length_bytes=2)]
        digests = b"".join(hashlib.sha256(b"".join(group)).digest()
                           for group in (signed[0:3], signed[3:5], signed[5:6]))
        signature = _sign_sha256(_cv_ca_key(), digests)
        tail = [tlv.encode(0xDF28, signature, length_bytes=2), tlv.encode(0xDF29, pki.date_text(r.card_expiry)),
                tlv.encode(0xDF2A, images.text_png(r.security_code, 48, size=10), length_bytes=2)]
        parts = signed + tail
        offsets = tlv.encode(0xDF21, _offsets(2 + 3 + 1, parts))
        return tlv.encode(0xFF20, offsets + b"".join(parts), length_bytes=2)

    def kenmen(self) -> Application:
        r = self.r
        own = PrivateKeyEf(0x0014, lambda: self.key("kenmen"), needs=None)

        def age_record() -> bytes:
            birth = pki.date_text(r.birth_date)
            pub = card_public_key_tlv(self.key("kenmen").public_key())
            return tlv.encode(0xFF10, tlv.encode(0xDF11, birth) + tlv.encode(0xDF12, pub, length_bytes=2)
                              + tlv.encode(0xDF13, _sign_sha256(_cv_ca_key(), birth + pub), length_bytes=2),
                              length_bytes=2)

        def basic_data() -> bytes:
            return tlv.encode(0xFF30, tlv.encode(0xDF31, b"\x00\x01\x00\x00") + tlv.encode(0xDF32, self._id("kenmen"))
                              + tlv.encode(0xDF33, b"\x01") + tlv.encode(0xDF34, b"131016")
                              + tlv.encode(0xDF35, bytes(16 + 256), length_bytes=2), length_bytes=2)

        return Application("券面事項確認AP", KENMEN_AID, own_key=own).add(
            BinaryEf(0x0001, age_record, read_keys=frozenset({0x0011})),
            BinaryEf(0x0002, self.card_face, read_keys=frozenset({0x0012, 0x0013})),
            BinaryEf(0x0003, basic_data),
            BinaryEf(0x0004, lambda: cv_certificate(self._id("kenmen"), self.key("kenmen").public_key())),
            own,
            PinKey(0x0011, era_yymmdd(r.birth_date).encode(), None, 0, digits(6)),
            PinKey(0x0012, self.collation_b().encode(), COLLATION_TRIES, COLLATION_TRIES, digits(14)),
            PinKey(0x0013, r.my_number.encode(), COLLATION_TRIES, COLLATION_TRIES, digits(12)),
        )

    # -- 共通カードAP / 住基AP -----------------------------------------------------------------
    def common(self) -> Application:
        r = self.r
        serial = f"{zlib.crc32(r.id.encode()):015d}"
        record = b"\x01\x1c" + f"{serial}13101{r.card_expiry:%Y%m%d}".encode()
        # Choice: the 共通カードAP key 001C takes the 住民基本台帳用暗証番号 (one 住基 PIN, B3 #3).
        return Application("共通カードAP", COMMON_AID).add(
            RecordEf(0x0001, [record]),
            PrivateKeyEf(0x0019, lambda: self.key("common"), needs=None, internal_auth=True),
            self.pin(0x001C, r.auth_pin, 3, 3, digits(4)),
        )

    def juki(self) -> Application:
        return Application("住基AP", JUKI_AID).add(self.pin(0x001C, self.r.auth_pin, 3, 3, digits(4)))


def card_for(resident: Resident, *, issued: bool = True, pins: Mapping[str, str] | None = None) -> VirtualMyNumberCard:
    """A freshly personalised virtual card for ``resident``.

    :param issued: True (default): PINs and counters as the dataset says. False: the card before
        交付, whose PINs the resident sets at the counter (:func:`blank_card_for`).
    :param pins: with ``issued=False`` only: first PINs already on the card, by kind (``auth``,
        ``sign``, ``kenhojo``, ``juki``) — the card of an earlier visit that stopped after setting
        them. Set as the counter sets them (:func:`set_first_pins`).
    """
    builder = CardBuilder(resident, issued=issued)
    card = VirtualMyNumberCard([builder.jpki(), builder.kenhojo(), builder.kenmen(), builder.common(),
                                builder.juki()], pre_issuance=not issued)
    if pins:
        if issued:
            raise ValueError("an issued card has its PINs from the dataset: pins= is for issued=False")
        set_first_pins(card, pins)
    return card


def set_first_pins(card: VirtualMyNumberCard, pins: Mapping[str, str]) -> None:
    """Set first PINs on a pre-issuance ``card`` by its own RESET RETRY COUNTER (``kiosk.card.issuance``),
    counters full; ``pins`` by kind (``auth``, ``sign``, ``kenhojo``, ``juki``). The card is left
    powered off, as if it had been taken out of the reader afterwards."""
    connection = VirtualCardConnection(card)
    try:
        PinSetter(CardChannel(connection)).set_initial_pins(**pins)
    finally:
        connection.remove()


def blank_card_for(resident: Resident) -> VirtualMyNumberCard:
    """The pre-issuance card of ``resident``: no PIN set yet (``card_for(resident, issued=False)``)."""
    return card_for(resident, issued=False)
