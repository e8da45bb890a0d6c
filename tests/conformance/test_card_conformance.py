"""The virtual My Number Card against the interface spec (mynumber-card-interface.md).

Every test runs twice through ``connect_card``: in-process and served through the real pcscd by
vpcd, so the bytes also survive the PC/SC stack (extended APDUs included). Raw APDUs check the
spec's byte layouts and status words; the ``kiosk.card`` sessions check that the protocol reads
what the card serves. Sections: §2 applications, §3 commands, §4 files and access, §5
credentials and status words, §6 data formats, §10 state rules.

One card per test (pcscd serves one card per test through one vpcd slot); each test walks a
table or a sequence on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, utils

from kiosk.card import tlv
from kiosk.card.ap import PinStatus
from kiosk.card.apdu import CardChannel, encode, is_pin_counter
from kiosk.card.errors import PinBlockedError, PinNotUsableError
from kiosk.card.jpki import JpkiAp, sha256_digest_info
from kiosk.card.kenhojo import KenhojoAp, Sex
from kiosk.card.kenmen import JP2_SIGNATURE, KenmenAp, decode_photo
from simulators.card import VirtualCardConnection, card_for
from simulators.card.card import VirtualMyNumberCard
from simulators.card.personalise import CardBuilder
from simulators.residents import Resident, resident

JPKI = bytes.fromhex("D392F000260100000001")
KENHOJO = bytes.fromhex("D3921000310001010408")
KENMEN = bytes.fromhex("D3921000310001010402")
COMMON = bytes.fromhex("D3921000310001010100")

OK = 0x9000
SECURITY = 0x6982
BLOCKED = 0x6984
NOT_FOUND = 0x6A82
FILLER = 0xFF  # after the TLV in an EF (§6.1)


def hexa(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


def select_df(aid: bytes) -> bytes:
    return encode(0x00, 0xA4, 0x04, 0x0C, aid)


def select_ef(fid: int) -> bytes:
    return encode(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big"))


def verify(secret: str | None = None, p2: int = 0x80) -> bytes:
    """VERIFY with ``secret``, or the data-less query when None (§3, §5)."""
    return encode(0x00, 0x20, 0x00, p2, secret.encode() if secret else b"")


def sign(digest_info: bytes, p2: int = 0x80) -> bytes:
    return encode(0x80, 0x2A, 0x00, p2, digest_info, le=256)


def read_binary(offset: int, le: int) -> bytes:
    return encode(0x00, 0xB0, offset >> 8, offset & 0xFF, le=le)


def read_sfi(fid: int, le: int, *, extended: bool = False) -> bytes:
    return encode(0x00, 0xB0, 0x80 | fid, 0x00, le=le, extended=extended)


def shown(apdu: bytes) -> str:
    """The APDU for a failure message, without the secret of a VERIFY or CHANGE REFERENCE DATA."""
    return apdu[:4].hex(" ") + f" +{len(apdu) - 4} bytes" if apdu[1] in (0x20, 0x24) else apdu.hex(" ")


def wrong_pin(pin: str) -> str:
    return f"{(int(pin) + 1) % 10000:04d}"


@dataclass(frozen=True)
class Terminal:
    """A connection to one resident's virtual card, sending raw APDUs."""

    conn: object
    card: VirtualMyNumberCard
    person: Resident

    def send(self, apdu: bytes) -> tuple[bytes, int]:
        return self.conn.transmit(apdu)

    def expect(self, apdu: bytes, sw: int, why: str = "") -> bytes:
        data, got = self.send(apdu)
        assert got == sw, f"{shown(apdu)} -> {got:04X}, spec: {sw:04X} {why}"
        return data

    def enter(self, aid: bytes, *fids: int) -> None:
        """SELECT ``aid`` and then each EF of ``fids``, all expected to answer 9000."""
        self.expect(select_df(aid), OK, "SELECT AP")
        for fid in fids:
            self.expect(select_ef(fid), OK, f"SELECT EF {fid:04X}")

    def channel(self) -> CardChannel:
        return CardChannel(self.conn)


def insert(connect_card, resident_id: str = "R002") -> Terminal:
    person = resident(resident_id)
    card = card_for(person)
    return Terminal(connect_card(card), card, person)


@contextmanager
def after_reset(terminal: Terminal) -> Iterator[Terminal]:
    """The same card after a reset (§10.1). In-process the card is reset directly; through pcscd
    the connection is closed (``SCardDisconnect(SCARD_RESET_CARD)``, relayed by vpcd) and a new
    one opened to the still-inserted card."""
    if isinstance(terminal.conn, VirtualCardConnection):
        terminal.card.reset()
        yield terminal
        return
    from drivers.pcsc import PcscCardConnection

    terminal.conn.close()
    with PcscCardConnection(terminal.conn.reader) as again:
        yield replace(terminal, conn=again)


def assert_signature(certificate_der: bytes, digest: bytes, signature: bytes) -> None:
    key = x509.load_der_x509_certificate(certificate_der).public_key()
    key.verify(signature, digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))


def read_auth_certificate_der(t: Terminal) -> bytes:
    data = t.expect(read_sfi(0x0A, 65536, extended=True), OK)
    return data[:tlv.element_size(data)]


DIGEST_INFO = sha256_digest_info(b"conformance challenge")
DIGEST = DIGEST_INFO[-32:]


# -- §2 applications, §10.8 probes ---------------------------------------------------------------

def test_selects_every_application_and_select_mf_inside_an_ap_is_a_no_op(connect_card):
    t = insert(connect_card)
    for aid in (JPKI, KENHOJO, KENMEN, COMMON):
        t.expect(select_df(aid), OK, f"SELECT {aid.hex()}")
    t.expect(hexa("00 A4 00 00"), OK, "select MF with an AP current: no change (§1)")
    t.expect(hexa("00 B2 01 0C 00"), OK, "still in the 共通カードAP")


PROBES = [  # in this order on a freshly reset card
    ("00 A4 00 00", 0x6A86, "select MF after reset (§1)"),
    ("00 A4 02 0C 02 00 0A", NOT_FOUND, "SELECT EF before any AP (§10.4)"),
    ("00 A4 00 0C 02 3F 00", NOT_FOUND, "MF by FID (§1)"),
    ("00 A4 04 0C 05 A0 00 00 03 08", NOT_FOUND, "PIV AID (§2, §10.8)"),
    ("00 A4 04 0C 06 D2 76 00 01 24 01", NOT_FOUND, "OpenPGP AID (§2, §10.8)"),
    ("00 D6 00 00 01 00", 0x6D00, "UPDATE BINARY: unknown INS (§10.8)"),
    ("00 0E 00 00", 0x6D00, "ERASE BINARY: unknown INS"),
    ("80 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", 0x6D00, "SELECT is not a CLA 80 command"),
    ("A0 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", 0x6E00, "CLA A0: unknown CLA (§10.8)"),
    ("0C B0 8A 00 00", 0x6E00, "secure-messaging CLA"),
    ("10 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", 0x6E00, "command chaining CLA"),
]


def test_answers_probes_it_does_not_host_without_9000(connect_card):
    t = insert(connect_card)
    for apdu, sw, why in PROBES:
        t.expect(hexa(apdu), sw, why)


# -- §4.1 / §6.1 / §10.7 reading -----------------------------------------------------------------

def read_short_chunks(t: Terminal, fid: int) -> bytes:
    """The whole EF by SELECT EF + short READ BINARY, 256 bytes per command, until 6B00."""
    t.expect(select_ef(fid), OK)
    out = bytearray()
    while True:
        chunk, sw = t.send(read_binary(len(out), 256))
        if sw == 0x6B00:
            return bytes(out)
        assert sw == OK and chunk, f"offset {len(out)}: {sw:04X}"
        out += chunk
        if len(chunk) < 256:
            return bytes(out)


def test_reads_auth_and_ca_certificates_without_pin_in_every_read_form(connect_card):
    t = insert(connect_card)
    session = JpkiAp(t.channel())
    certificates = {0x000A: session.read_auth_certificate(), 0x000B: session.read_auth_ca_certificate()}
    t.enter(JPKI)
    for fid, certificate in certificates.items():
        whole = t.expect(read_sfi(fid, 65536, extended=True), OK, "00 B0 8A 00 00 00 00")
        der = whole[:tlv.element_size(whole)]
        assert der[:2] == b"\x30\x82", "certificate as OpenSC sizes it (§6.1)"
        assert set(whole[len(der):]) == {FILLER}, "filler after the TLV (§6.1)"
        assert read_short_chunks(t, fid) == whole
        assert t.expect(read_sfi(fid, 256), OK) == whole[:256], "short SFI form"
        assert certificate.public_bytes(serialization.Encoding.DER) == der
    auth, ca = certificates[0x000A], certificates[0x000B]
    assert auth.issuer == ca.subject


def test_read_binary_lengths_follow_le_and_the_ef_end_on_token_info(connect_card):
    t = insert(connect_card)
    t.enter(JPKI)
    label = t.expect(read_sfi(0x06, 32), OK)
    assert label == b"JPKIAPICCTOKEN2" + b" " * 17, "§4.1 token label"
    assert len(t.expect(read_sfi(0x06, 256), OK, "Le past the end: the rest, 9000")) == 160
    assert len(t.expect(read_binary(150, 256), OK)) == 10, "P1-P2 offset on the EF the SFI read selected"
    t.expect(read_binary(160, 1), 0x6B00, "offset at the end (§10.7)")
    t.expect(read_binary(0x7FFF, 1), 0x6B00, "largest offset")
    assert JpkiAp(t.channel()).read_token_info().kind == "mynumber-card"


# -- §5 / §10.6 PIN counters ---------------------------------------------------------------------

QUERYABLE = [  # (AP, PIN key) that jpki/myna's `pin status` queries (§11)
    (JPKI, 0x0018), (JPKI, 0x001B), (KENHOJO, 0x0011), (KENHOJO, 0x0014), (KENHOJO, 0x0015),
    (KENMEN, 0x0012), (KENMEN, 0x0013),
]


def test_pin_query_answers_63cx_and_consumes_no_try(connect_card):
    t = insert(connect_card)
    t.enter(JPKI, 0x0018)
    for _ in range(5):
        t.expect(verify(), 0x63C3, "00 20 00 80 after SELECT EF 0018")
        t.expect(hexa("00 20 00 98"), 0x63C3, "SFI form")
    t.expect(hexa("00 20 00 9B"), 0x63C5, "signing password: 5 tries")
    assert JpkiAp(t.channel()).auth_pin_status() == PinStatus(3)
    for aid, fid in QUERYABLE:
        t.enter(aid)
        _, first = t.send(verify(p2=0x80 | fid))
        _, again = t.send(verify(p2=0x80 | fid))
        assert is_pin_counter(first) and again == first, f"{aid.hex()} key {fid:04X}: {first:04X} {again:04X}"


def test_pin_counter_counts_down_blocks_and_resets_on_success(connect_card):
    t = insert(connect_card)
    pin = t.person.auth_pin
    t.enter(JPKI, 0x0018)
    t.expect(verify(wrong_pin(pin)), 0x63C2)
    t.expect(verify(pin), OK)
    t.expect(verify(), 0x63C3, "success resets the counter (§10.6)")
    for left in (2, 1, 0):
        t.expect(verify(wrong_pin(pin)), 0x63C0 | left)
    t.expect(verify(pin), BLOCKED, "VERIFY on a blocked key, even the right PIN")
    t.expect(verify(wrong_pin(pin)), BLOCKED)
    t.expect(verify(), 0x63C0, "query when blocked")
    session = JpkiAp(t.channel())
    assert session.auth_pin_status().blocked
    with pytest.raises(PinBlockedError):
        session.verify_auth_pin(pin)


@pytest.mark.parametrize(("resident_id", "status", "query_sw", "verify_sw", "query_after"), [
    ("R004", PinStatus(0), 0x63C0, BLOCKED, 0x63C0),  # issued with a blocked auth PIN
    ("R006", PinNotUsableError, BLOCKED, BLOCKED, BLOCKED),  # 顔認証マイナンバーカード: no PIN at all
    ("R012", PinStatus(1), 0x63C1, OK, 0x63C3),  # one try left, then the right PIN
], ids=["blocked", "face-card", "one-try-left"])
def test_pin_state_of_issued_cards(connect_card, resident_id, status, query_sw, verify_sw, query_after):
    t = insert(connect_card, resident_id)
    session = JpkiAp(t.channel())
    if isinstance(status, PinStatus):
        assert session.auth_pin_status() == status
    else:
        with pytest.raises(status):
            session.auth_pin_status()
    t.enter(JPKI, 0x0018)
    t.expect(verify(), query_sw)
    t.expect(verify(t.person.auth_pin or "1234"), verify_sw)
    t.expect(verify(), query_after)


def test_change_reference_data_needs_verify_then_replaces_the_pin(connect_card):
    t = insert(connect_card)
    old = t.person.auth_pin
    new = wrong_pin(old)
    change = encode(0x00, 0x24, 0x01, 0x80, new.encode())
    t.enter(JPKI, 0x0018)
    t.expect(change, SECURITY, "CHANGE REFERENCE DATA before VERIFY")
    t.expect(verify(old), OK)
    t.expect(change, OK)
    t.expect(verify(old), 0x63C2, "the old PIN is gone")
    t.expect(verify(new), OK)
    t.expect(verify(), 0x63C3)


# -- §7 / §10.2 / §10.3 signatures and security state --------------------------------------------

def test_signature_needs_verify_in_the_current_ap(connect_card):
    t = insert(connect_card)
    t.enter(JPKI)
    certificate = read_auth_certificate_der(t)
    t.expect(select_ef(0x0017), OK)
    t.expect(sign(DIGEST_INFO), SECURITY, "sign before VERIFY")
    t.enter(JPKI, 0x0018)
    t.expect(verify(t.person.auth_pin), OK)
    t.enter(JPKI, 0x000A, 0x0017)  # same AP re-selected, another EF on the way: state kept
    signature = t.expect(sign(DIGEST_INFO), OK)
    assert len(signature) == 256
    assert_signature(certificate, DIGEST, signature)
    assert_signature(certificate, DIGEST, t.expect(sign(DIGEST_INFO, p2=0x97), OK, "key by SFI"))
    t.enter(KENHOJO)
    t.enter(JPKI, 0x0017)
    t.expect(sign(DIGEST_INFO), SECURITY, "leaving the AP cleared the verification (§10.3)")


def test_reset_clears_verification(connect_card):
    t = insert(connect_card)
    t.enter(JPKI, 0x0018)
    t.expect(verify(t.person.auth_pin), OK)
    t.expect(select_ef(0x0017), OK)
    t.expect(sign(DIGEST_INFO), OK)
    with after_reset(t) as fresh:
        fresh.expect(hexa("00 A4 00 00"), 0x6A86, "current DF is the ISD again (§10.1)")
        fresh.enter(JPKI, 0x0017)
        fresh.expect(sign(DIGEST_INFO), SECURITY, "verification cleared by the reset")
        fresh.expect(hexa("00 20 00 98"), 0x63C3)


# -- §4.2 / §4.3 / §6.2 / §6.3 券面 APs ----------------------------------------------------------

PROTECTED = [  # (AP, EF) that answer 6982 without their credential
    (JPKI, 0x0001), (KENHOJO, 0x0001), (KENHOJO, 0x0002), (KENMEN, 0x0001), (KENMEN, 0x0002),
]


def test_protected_efs_refuse_without_credential_and_collation_a_does_not_open_basic_info(connect_card):
    t = insert(connect_card)
    for aid, fid in PROTECTED:
        t.enter(aid)
        t.expect(read_sfi(fid, 256), SECURITY, f"{aid.hex()} EF {fid:04X} by SFI")
        t.expect(select_ef(fid), OK)
        t.expect(read_binary(0, 256), SECURITY, f"{aid.hex()} EF {fid:04X} after SELECT EF")
    t.enter(KENHOJO, 0x0014)
    t.expect(verify(t.person.my_number), OK, "照合番号A")
    t.expect(read_sfi(0x02, 256), SECURITY, "照合番号A does not open EF 0002 (§4.2)")


def collation_b(person: Resident) -> str:
    return CardBuilder(person).collation_b()


@pytest.mark.parametrize("credential", ["verify_pin", "verify_collation_b"])
def test_basic_info_opens_with_pin_or_collation_b(connect_card, credential):
    t = insert(connect_card)
    person = t.person
    session = KenhojoAp(t.channel())
    secret = person.auth_pin if credential == "verify_pin" else collation_b(person)
    getattr(session, credential)(secret)
    info = session.read_basic_info()
    assert (info.name, info.address, info.birth_date, info.sex) == (
        person.name, person.address, person.birth_date, Sex(person.sex))


def test_card_face_opens_with_collation_b_and_holds_a_greyscale_photo(connect_card):
    t = insert(connect_card)
    person = t.person
    t.enter(KENMEN)
    t.expect(read_sfi(0x02, 256), SECURITY)
    session = KenmenAp(t.channel())
    session.verify_collation_b(collation_b(person))
    face = session.read_card_face()
    expected = (person.birth_date, person.card_expiry, Sex(person.sex))
    assert (face.birth_date, face.expiry, face.sex) == expected
    assert face.photo_jp2.startswith(JP2_SIGNATURE), "JP2 container (§6.3)"
    photo = decode_photo(face.photo_jp2)
    assert photo.mode == "L" and photo.width > 0 and photo.height > 0


# -- §3 GET CHALLENGE, §4.4 共通カードAP ----------------------------------------------------------

def test_get_challenge_takes_short_le_only(connect_card):
    t = insert(connect_card)
    t.enter(JPKI)
    first = t.expect(hexa("00 84 00 00 08"), OK)
    second = t.expect(hexa("00 84 00 00 08"), OK)
    assert len(first) == len(second) == 8 and first != second
    t.expect(hexa("00 84 00 00 00 00 08"), 0x6985, "extended Le refused (§1)")


def test_common_ap_record_one_holds_serial_municipality_and_expiry(connect_card):
    t = insert(connect_card)
    t.enter(COMMON)
    record = t.expect(hexa("00 B2 01 0C 00"), OK)
    assert record[:2] == b"\x01\x1c" and len(record) == 30
    digits = record[2:].decode("ascii")
    assert digits.isdigit()
    assert date(int(digits[20:24]), int(digits[24:26]), int(digits[26:28])) == t.person.card_expiry
