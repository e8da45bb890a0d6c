"""Command APDUs in the four ISO 7816-3 cases, short and extended (spec §1, §3): the kiosk's
encoder and the virtual card's parser agree byte for byte, and the parser refuses every malformed
length combination with ApduFormatError (the card then answers 6700).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.card.apdu import ApduFormatError, Command, encode, is_pin_counter, parse

header = st.tuples(*[st.integers(0, 0xFF)] * 4)
short_data = st.binary(min_size=1, max_size=255)
extended_data = st.one_of(st.binary(min_size=1, max_size=300), st.integers(256, 65535).map(bytes))
short_le = st.integers(1, 256)
extended_le = st.one_of(st.integers(1, 300), st.integers(257, 65536), st.just(65536))

CASES = {
    "1": (st.just(b""), st.none(), False),
    "2S": (st.just(b""), short_le, False),
    "3S": (short_data, st.none(), False),
    "4S": (short_data, short_le, False),
    "2E": (st.just(b""), extended_le, True),
    "3E": (extended_data, st.none(), True),
    "4E": (extended_data, extended_le, True),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
@given(data=st.data())
def test_parse_inverts_encode_in_every_case(case, data):
    payloads, les, extended = case
    cla, ins, p1, p2 = data.draw(header)
    payload, le = data.draw(payloads), data.draw(les)
    apdu = encode(cla, ins, p1, p2, payload, le, extended=extended)
    is_extended = bool(payload or le) and (extended or len(payload) > 255 or (le or 0) > 256)
    assert parse(apdu) == Command(cla, ins, p1, p2, payload, le, is_extended)


@pytest.mark.parametrize(("apdu", "command"), [
    ("00 84 00 00 08", Command(0, 0x84, 0, 0, le=8)),
    ("00 B0 8A 00 00", Command(0, 0xB0, 0x8A, 0, le=256)),  # short Le 00 = 256 (§10.7)
    ("00 B0 8A 00 00 00 00", Command(0, 0xB0, 0x8A, 0, le=65536, extended=True)),  # whole EF (§1)
    ("00 B0 00 04 00 06 1F", Command(0, 0xB0, 0, 4, le=0x61F, extended=True)),  # TEX trace
    ("00 20 00 80", Command(0, 0x20, 0, 0x80)),  # PIN query
    ("80 2A 00 80 02 AB CD 00", Command(0x80, 0x2A, 0, 0x80, b"\xab\xcd", 256)),
    ("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01",
     Command(0, 0xA4, 4, 0x0C, bytes.fromhex("D392F000260100000001"))),
    ("00 D6 00 00 00 00 01 AA 01 00", Command(0, 0xD6, 0, 0, b"\xaa", 256, True)),
])
def test_parse_reads_the_spec_examples(apdu, command):
    raw = bytes.fromhex(apdu)
    assert parse(raw) == command
    assert encode(command.cla, command.ins, command.p1, command.p2, command.data, command.le,
                  extended=command.extended) == raw


@pytest.mark.parametrize("apdu", [
    "", "00", "00 A4 04",  # shorter than a header
    "00 A4 04 0C 0A D3 92",  # short Lc says 10, 2 follow
    "00 A4 04 0C 02 00 0A 00 00",  # short Lc 2 with two bytes too many
    "00 B0 00 00 00 00",  # 2-byte body starting 00: truncated extended length
    "00 B0 00 00 00 00 00 01",  # extended Lc of zero
    "00 D6 00 00 00 00 03 AA",  # extended Lc 3, 1 byte of data
    "00 D6 00 00 00 00 01 AA 00",  # extended Lc 1 with a 1-byte Le
    "00 D6 00 00 00 00 01 AA 00 00 00",  # extended Lc 1 with a 3-byte tail
])
def test_parse_rejects_malformed_lengths(apdu):
    with pytest.raises(ApduFormatError):
        parse(bytes.fromhex(apdu))


@given(st.binary(max_size=300))
@example(b"\x00\xb0\x00\x00\x00\x00")
@example(b"\x00\xb0\x00\x00\x00\x00\x00\x00")
def test_parse_of_any_bytes_is_a_command_that_re_encodes_to_them_or_apdu_format_error(raw):
    try:
        command = parse(raw)
    except ApduFormatError:
        return
    assert encode(command.cla, command.ins, command.p1, command.p2, command.data, command.le,
                  extended=command.extended) == raw


@pytest.mark.parametrize(("data", "le"), [(b"", 0), (b"", 65537), (bytes(65536), None)])
def test_encode_refuses_out_of_range_lengths(data, le):
    with pytest.raises(ValueError):
        encode(0, 0xB0, 0, 0, data, le)


@pytest.mark.parametrize(("sw", "counter"), [
    (0x63C0, True), (0x63C3, True), (0x63CF, True), (0x6300, False), (0x6983, False), (0x9000, False),
])
def test_is_pin_counter(sw, counter):
    assert is_pin_counter(sw) is counter
