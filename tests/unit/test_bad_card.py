"""The protocol against a card that answers garbage (spec §5 status words, §6.1 length derivation).

Whatever a card sends — random bytes, truncated TLV, lying length headers, broken DER, status
words from anywhere — the read and query operations may only fail with the card layer's domain
errors, must stay within the 15-bit offset of short READ BINARY (§1), and never send a VERIFY
with data: reading and querying must not cost a PIN try, whatever the card answered before. The
fake parses every command it receives, so a malformed APDU from the protocol fails the test too.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.card import tlv
from kiosk.card.ap import PinStatus
from kiosk.card.apdu import CardChannel, Command, parse
from kiosk.card.errors import CardResponseError
from kiosk.card.jpki import JpkiAp
from kiosk.card.kenhojo import KenhojoAp
from kiosk.card.kenmen import J2K_CODESTREAM, JP2_SIGNATURE, KenmenAp, decode_photo
from kiosk.errors import KioskError
from simulators.card.personalise import basic_info_record
from simulators.residents import resident

MAX_COMMANDS = 140  # SELECT + header + 128 chunks reach offset 7FFF; more is a runaway loop


class TooManyCommands(Exception):  # deliberately not a CardError: it must fail the test
    pass


class GarbageConnection:
    """A CardConnection whose card answers whatever ``answer(command)`` returns; records what was
    sent."""

    reader = "garbage reader"
    atr = bytes.fromhex("3BE000FF8131FE4514")

    def __init__(self, answer: Callable[[Command], tuple[bytes, int]], *, extended_length: bool) -> None:
        self.answer = answer
        self.extended_length = extended_length
        self.sent: list[Command] = []

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        command = parse(apdu)
        self.sent.append(command)
        if len(self.sent) > MAX_COMMANDS:
            raise TooManyCommands(f"{len(self.sent)} commands for one operation")
        return self.answer(command)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        yield

    def close(self) -> None:
        pass

    def verifies_with_data(self) -> list[Command]:
        return [c for c in self.sent if c.ins == 0x20 and c.data]

    def touches_my_number_ef(self) -> list[Command]:
        """SELECT EF 0001 or READ BINARY by SFI 1: the My Number's EF in the 券面事項入力補助AP."""
        return [c for c in self.sent if (c.ins == 0xA4 and c.p1 == 0x02 and c.data == b"\x00\x01")
                or (c.ins == 0xB0 and c.p1 == 0x81)]

    def reads_past_short_offsets(self) -> list[Command]:
        """READ BINARY whose offset spilled into P1 b8. The protocol reads whole EFs, so its SFI
        form always starts at offset 0: P1 b8 with a non-zero P2 is an offset above 7FFF."""
        return [c for c in self.sent if c.ins == 0xB0 and c.p1 & 0x80 and c.p2]


# -- what a garbage card sends -------------------------------------------------------------------

def _certificate_der() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "garbage card test")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
                   .sign(key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.DER)


CERTIFICATE = _certificate_der()
BASIC_INFO = basic_info_record(resident("R002"))
CARD_FACE = tlv.encode(0xFF20, b"".join([
    tlv.encode(0xDF22, b"19800217"), tlv.encode(0xDF23, b"1"), tlv.encode(0xDF27, JP2_SIGNATURE + bytes(20)),
    tlv.encode(0xDF29, b"20351231")]), length_bytes=2)
SAMPLES = [
    CERTIFICATE + b"\xff" * 64, CERTIFICATE[:-1], CERTIFICATE[:4], BASIC_INFO + b"\xff" * 16, CARD_FACE,
    bytes.fromhex("30 83 FF FF FF"), bytes.fromhex("30 82 7F FF"), bytes.fromhex("FF 20 82 00 9F DF 21"),
    bytes.fromhex("FF 20 02 DF 22"), bytes.fromhex("DF 80 00"), bytes.fromhex("1F FF FF FF 01"),
    b"JPKIAPICCTOKEN2".ljust(32) + bytes(128), b"\xff" * 256,
]


def _flip(sample: bytes, position: int, mask: int) -> bytes:
    position %= len(sample)
    return sample[:position] + bytes([sample[position] ^ mask]) + sample[position + 1:]


payloads = st.one_of(
    st.just(b""),
    st.binary(max_size=300),
    st.sampled_from(SAMPLES),
    st.builds(lambda sample, cut: sample[:cut], st.sampled_from(SAMPLES), st.integers(0, 600)),
    st.builds(_flip, st.sampled_from(SAMPLES), st.integers(0, 10_000), st.integers(1, 0xFF)),
)
status_words = st.one_of(
    st.just(0x9000),
    st.sampled_from([0x6A82, 0x6982, 0x63C0, 0x63C2, 0x63CF, 0x6300, 0x6983, 0x6984, 0x6700, 0x6A86,
                     0x6981, 0x6B00, 0x6282, 0x6100, 0x6C10, 0x6F00]),
    st.integers(0, 0xFFFF),
)

OPERATIONS: dict[str, Callable[[CardChannel], object]] = {
    "read_auth_certificate": lambda channel: JpkiAp(channel).read_auth_certificate(),
    "read_auth_ca_certificate": lambda channel: JpkiAp(channel).read_auth_ca_certificate(),
    "read_token_info": lambda channel: JpkiAp(channel).read_token_info(),
    "auth_pin_status": lambda channel: JpkiAp(channel).auth_pin_status(),
    "kenhojo_pin_status": lambda channel: KenhojoAp(channel).pin_status(),
    "read_basic_info": lambda channel: KenhojoAp(channel).read_basic_info(),
    "read_card_face": lambda channel: KenmenAp(channel).read_card_face(),
}


@pytest.mark.parametrize("extended_length", [True, False], ids=["extended", "short"])
@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_garbage_only_raises_card_errors_and_never_costs_a_try(operation, extended_length, data):
    conn = GarbageConnection(lambda command: (data.draw(payloads), data.draw(status_words)),
                             extended_length=extended_length)
    try:
        operation(CardChannel(conn))
    except KioskError:  # CardError and its subclasses; anything else fails the test
        pass
    assert conn.verifies_with_data() == [], "a read or query sent a VERIFY with data"
    assert conn.touches_my_number_ef() == []
    assert conn.reads_past_short_offsets() == []


# -- an EF whose TLV header lies about its size ---------------------------------------------------

def ef_card(content: bytes, *, at_end: tuple[bytes, int]) -> Callable[[Command], tuple[bytes, int]]:
    """An ISO-like card holding ``content`` in every EF: READ BINARY returns up to Le bytes from
    the offset (P1-P2, or P2 in the SFI form); at or past the end it answers ``at_end``."""

    def answer(command: Command) -> tuple[bytes, int]:
        if command.ins != 0xB0:
            return b"", 0x9000
        offset = command.p2 if command.p1 & 0x80 else (command.p1 << 8) | command.p2
        if offset >= len(content):
            return at_end
        return content[offset:offset + command.le], 0x9000

    return answer


OVERSTATED = bytes.fromhex("30 82 7F F0") + CERTIFICATE[4:]  # claims 32 KB, holds a few hundred bytes


@pytest.mark.parametrize(("extended_length", "at_end"), [
    pytest.param(True, (b"", 0x6B00), id="extended"),
    pytest.param(False, (b"", 0x9000), id="short-empty-9000-at-end"),
    pytest.param(False, (b"", 0x6B00), id="short-6B00-at-end"),
])
def test_header_claiming_more_than_the_ef_holds_is_a_response_error(extended_length, at_end):
    conn = GarbageConnection(ef_card(OVERSTATED, at_end=at_end), extended_length=extended_length)
    with pytest.raises(CardResponseError):
        JpkiAp(CardChannel(conn)).read_auth_certificate()


def endless_card(header: bytes) -> Callable[[Command], tuple[bytes, int]]:
    """A card whose every EF starts with ``header`` and never ends."""

    def answer(command: Command) -> tuple[bytes, int]:
        if command.ins != 0xB0:
            return b"", 0x9000
        offset = command.p2 if command.p1 & 0x80 else (command.p1 << 8) | command.p2
        if offset >= len(header):
            return bytes(command.le), 0x9000
        return (header + bytes(command.le))[offset:offset + command.le], 0x9000

    return answer


@pytest.mark.parametrize("header", ["30 82 FF FF", "30 83 01 00 00", "30 83 FF FF FF"])
def test_length_beyond_short_read_range_is_refused(header):
    conn = GarbageConnection(endless_card(bytes.fromhex(header)), extended_length=False)
    with pytest.raises(CardResponseError):
        JpkiAp(CardChannel(conn)).read_auth_certificate()
    assert conn.reads_past_short_offsets() == []


def test_pin_query_63c0_is_a_blocked_status_not_an_error():
    conn = GarbageConnection(lambda command: (b"", 0x63C0 if command.ins == 0x20 else 0x9000),
                             extended_length=True)
    status = JpkiAp(CardChannel(conn)).auth_pin_status()
    assert status == PinStatus(tries_left=0) and status.blocked
    assert conn.verifies_with_data() == []


# -- the photo ------------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.sampled_from([JP2_SIGNATURE, J2K_CODESTREAM]), st.binary(max_size=400))
def test_corrupt_jpeg2000_photo_is_a_response_error(signature, body):
    with pytest.raises(CardResponseError):
        decode_photo(signature + body)

