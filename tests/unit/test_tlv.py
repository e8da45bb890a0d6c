"""BER-TLV as the card writes it (spec §6.1, §6.2, §6.4): multi-byte private-class tags,
non-minimal lengths, filler after the template; anything truncated or malformed is a TlvError
and never another exception.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.card import tlv
from kiosk.card.tlv import Tlv, TlvError

CARD_TAGS = [0x30, 0x04, 0x90, 0x91, 0xA1, 0xDF21, 0xDF2A, 0xFF10, 0xFF20, 0xFF50, 0x7F21, 0x5F37, 0x5F4E]

one_byte_tags = st.integers(0, 0xFF).filter(lambda b: b & 0x1F != 0x1F and b != 0)
two_byte_tags = st.builds(lambda first, second: (first << 8) | second,
                          st.integers(0, 0xFF).map(lambda b: b | 0x1F), st.integers(0x1F, 0x7F))
three_byte_tags = st.builds(lambda first, second, third: (first << 16) | (second << 8) | third,
                            st.integers(0, 0xFF).map(lambda b: b | 0x1F), st.integers(0x81, 0xFF),
                            st.integers(0, 0x7F))
tags = st.one_of(st.sampled_from(CARD_TAGS), one_byte_tags, two_byte_tags, three_byte_tags)
values = st.binary(max_size=600)


def length_forms(value: bytes) -> st.SearchStrategy[int | None]:
    """None (minimal) or every long form with 1–3 length bytes that holds ``value``."""
    fits = [n for n in (1, 2, 3) if len(value) < 1 << (8 * n)]
    return st.sampled_from([None, *fits])


@st.composite
def elements(draw) -> tuple[int, bytes, bytes]:
    tag, value = draw(tags), draw(values)
    return tag, value, tlv.encode(tag, value, length_bytes=draw(length_forms(value)))


@given(elements())
def test_encode_then_read_one_round_trips(element):
    tag, value, encoded = element
    assert tlv.read_one(encoded) == Tlv(tag, value, len(encoded))
    assert tlv.element_size(encoded + b"\xff" * 3) == len(encoded)


@given(elements(), st.binary(max_size=8))
def test_read_one_at_an_offset_ignores_what_surrounds_it(element, prefix):
    tag, value, encoded = element
    assert tlv.read_one(prefix + encoded + b"\x00", len(prefix)) == Tlv(tag, value, len(encoded))


@pytest.mark.parametrize(("encoded", "tag", "length", "header"), [
    ("FF 20 65 DF 21 08", 0xFF20, 0x65, 3),  # §6.2 test-card dump
    ("DF 22 0F", 0xDF22, 0x0F, 3),
    ("FF 20 82 00 9F", 0xFF20, 0x9F, 5),  # non-minimal length (§6.1)
    ("7F 21 82 02 33", 0x7F21, 0x233, 5),  # CV certificate (§6.4)
    ("5F 4E 82 01 29", 0x5F4E, 0x129, 5),
    ("91 82 01 00", 0x91, 0x100, 4),  # RSA modulus in 券面 records (§6.4)
    ("30 82 06 1F", 0x30, 0x61F, 4),  # auth certificate (§4.1)
    ("DF 21 81 08", 0xDF21, 8, 4),
    ("1F 81 01 83 00 00 01", 0x1F8101, 1, 7),  # 3-byte tag, 3-byte length
])
def test_read_header_decodes_the_forms_the_card_writes(encoded, tag, length, header):
    assert tlv.read_header(bytes.fromhex(encoded)) == (tag, length, header)


@pytest.mark.parametrize(("tag", "constructed"), [
    (0xFF20, True), (0xFF10, True), (0x7F21, True), (0x30, True), (0xA1, True),
    (0xDF21, False), (0x5F4E, False), (0x5F37, False), (0x90, False), (0x04, False),
])
def test_constructed_bit_of_private_and_application_tags(tag, constructed):
    assert Tlv(tag, b"", 2).constructed is constructed


@pytest.mark.parametrize("encoded", [
    "1F FF FF 01 00",  # tag longer than 3 bytes
    "DF 80",  # indefinite length
    "DF 21 84 00 00 00 01 00",  # 4-byte length field
    "DF 21 FF",  # 127-byte length field
])
def test_read_header_rejects_what_the_card_never_writes(encoded):
    with pytest.raises(TlvError):
        tlv.read_header(bytes.fromhex(encoded))


children_lists = st.dictionaries(st.sampled_from([0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25, 0xDF27]),
                                 st.binary(max_size=200), min_size=1)


def template_bytes(fields: dict[int, bytes], outer_length_bytes: int | None = 2) -> bytes:
    body = b"".join(tlv.encode(tag, value) for tag, value in fields.items())
    return tlv.encode(0xFF20, body, length_bytes=outer_length_bytes)


@given(children_lists, st.sampled_from([b"", b"\xff", b"\x00"]), st.integers(0, 300))
def test_template_accepts_ff_or_00_filler_after_it(fields, filler, count):
    assert tlv.template(template_bytes(fields) + filler * count, 0xFF20) == fields


@given(children_lists, st.binary(min_size=1, max_size=40).filter(lambda rest: not tlv.is_filler(rest)))
def test_template_rejects_other_trailing_bytes(fields, rest):
    with pytest.raises(TlvError):
        tlv.template(template_bytes(fields) + rest, 0xFF20)


@pytest.mark.parametrize("rest", ["FF 00", "00 FF", "FF FF 01", "20"])
def test_mixed_or_foreign_trailing_bytes_are_not_filler(rest):
    with pytest.raises(TlvError):
        tlv.template(template_bytes({0xDF22: b"x"}) + bytes.fromhex(rest), 0xFF20)


def test_template_rejects_another_outer_tag_and_repeated_children():
    with pytest.raises(TlvError, match="expected tag FF20"):
        tlv.template(tlv.encode(0xFF30, tlv.encode(0xDF31, b"a")), 0xFF20)
    with pytest.raises(TlvError, match="repeated"):
        tlv.template(tlv.encode(0xFF20, tlv.encode(0xDF22, b"a") + tlv.encode(0xDF22, b"b")), 0xFF20)


@given(elements())
def test_every_truncation_is_a_tlv_error(element):
    _, _, encoded = element
    for cut in range(len(encoded)):
        with pytest.raises(TlvError):
            tlv.read_one(encoded[:cut])


@given(children_lists)
def test_every_truncated_template_is_a_tlv_error(fields):
    encoded = template_bytes(fields)
    for cut in range(len(encoded)):
        with pytest.raises(TlvError):
            tlv.template(encoded[:cut], 0xFF20)


PARSERS = {
    "read_one": tlv.read_one,
    "read_header": tlv.read_header,
    "element_size": tlv.element_size,
    "parse_all": tlv.parse_all,
    "children": tlv.children,
    "template": lambda buf: tlv.template(buf, 0xFF20),
}


@pytest.mark.parametrize("parser", PARSERS.values(), ids=PARSERS.keys())
@given(st.binary(max_size=64))
def test_arbitrary_bytes_only_ever_raise_tlv_error(parser, buf):
    try:
        parser(buf)
    except TlvError:
        pass


@given(st.lists(elements(), min_size=1, max_size=5), st.integers(0, 20))
def test_parse_all_reads_siblings_and_stops_at_filler(items, filler):
    encoded = b"".join(e for _, _, e in items)
    # A run of 00 00 is itself a valid zero-tag element, so only FF filler is unambiguous here.
    parsed = tlv.parse_all(encoded + b"\xff" * filler)
    assert [(p.tag, p.value) for p in parsed] == [(tag, value) for tag, value, _ in items]


@pytest.mark.parametrize(("length", "length_bytes"), [(0x80, 0), (0x100, 1), (0x10000, 2)])
def test_encode_refuses_a_length_form_too_small_for_the_value(length, length_bytes):
    with pytest.raises(ValueError):
        tlv.encode(0xDF22, bytes(length), length_bytes=length_bytes)


@pytest.mark.parametrize(("length", "length_bytes", "header"), [
    (0x7F, None, "DF 22 7F"), (0x80, None, "DF 22 81 80"), (0x9F, 2, "DF 22 82 00 9F"),
    (0x100, None, "DF 22 82 01 00"), (5, 3, "DF 22 83 00 00 05"),
])
def test_encode_writes_minimal_or_forced_long_lengths(length, length_bytes, header):
    assert tlv.encode(0xDF22, bytes(length), length_bytes=length_bytes).startswith(bytes.fromhex(header))
