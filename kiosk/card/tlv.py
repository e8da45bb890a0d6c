"""BER-TLV as the My Number Card writes it (spec §6.1).

The 券面 APs use private-class tags in high-tag-number form (``FF 20``, ``DF 21``), sometimes
non-minimal lengths (``82 00 9F``), and pad EFs with ``FF``/``00`` filler after the TLV. Strict DER
parsers reject all of this; this one accepts it and rejects everything truncated or ambiguous with
:class:`TlvError`.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_TAG_BYTES = 3
MAX_LENGTH_BYTES = 3  # 16 MiB: far above any EF, so longer length fields are garbage


class TlvError(ValueError):
    """The bytes are not a well-formed BER-TLV."""


@dataclass(frozen=True)
class Tlv:
    """One decoded element. ``tag`` is the tag bytes as a big-endian int (``0xDF21``)."""

    tag: int
    value: bytes
    size: int  # header + value, bytes consumed

    @property
    def constructed(self) -> bool:
        first = self.tag.to_bytes((self.tag.bit_length() + 7) // 8 or 1, "big")[0]
        return bool(first & 0x20)


def read_header(buf: bytes, pos: int = 0) -> tuple[int, int, int]:
    """Decode the tag and length at ``pos``; return ``(tag, value_length, header_length)``.

    Only the header needs to be present, so this also sizes an EF from its first bytes.
    """
    start = pos
    if pos >= len(buf):
        raise TlvError("no tag")
    tag = buf[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # high-tag-number form: subsequent bytes while b8 is set
        while True:
            if pos >= len(buf):
                raise TlvError("truncated tag")
            tag = (tag << 8) | buf[pos]
            pos += 1
            if not buf[pos - 1] & 0x80:
                break
            if pos - start >= MAX_TAG_BYTES:
                raise TlvError("tag too long")
    if pos >= len(buf):
        raise TlvError("no length")
    first = buf[pos]
    pos += 1
    if first < 0x80:
        length = first
    elif first == 0x80:
        raise TlvError("indefinite length is not used by this card")
    else:
        n = first & 0x7F
        if n > MAX_LENGTH_BYTES:
            raise TlvError("length field too long")
        if pos + n > len(buf):
            raise TlvError("truncated length")
        length = int.from_bytes(buf[pos:pos + n], "big")
        pos += n
    return tag, length, pos - start


def read_one(buf: bytes, pos: int = 0) -> Tlv:
    """Decode the element at ``pos``; its value must be wholly present."""
    tag, length, header = read_header(buf, pos)
    end = pos + header + length
    if end > len(buf):
        raise TlvError(f"value truncated: tag {tag:X} needs {length} bytes")
    return Tlv(tag, bytes(buf[pos + header:end]), header + length)


def element_size(buf: bytes) -> int:
    """Total size of the element starting ``buf`` (header + value), from the header alone."""
    _, length, header = read_header(buf)
    return header + length


def is_filler(rest: bytes) -> bool:
    """True when ``rest`` is EF padding: only ``FF`` or only ``00`` bytes (spec §6.1)."""
    return not rest.strip(b"\xff") or not rest.strip(b"\x00")


def parse_all(buf: bytes) -> list[Tlv]:
    """Decode a run of sibling elements that fills ``buf`` exactly, or ends in filler."""
    out: list[Tlv] = []
    pos = 0
    while pos < len(buf):
        if out and is_filler(buf[pos:]):
            break
        element = read_one(buf, pos)
        out.append(element)
        pos += element.size
    return out


def children(value: bytes) -> dict[int, bytes]:
    """The children of a constructed value as ``{tag: value}``; a repeated tag is an error."""
    out: dict[int, bytes] = {}
    for element in parse_all(value):
        if element.tag in out:
            raise TlvError(f"tag {element.tag:X} repeated")
        out[element.tag] = element.value
    return out


def template(buf: bytes, tag: int) -> dict[int, bytes]:
    """Decode an EF holding one constructed template ``tag`` (e.g. ``FF20``), filler allowed after
    it, and return its children."""
    outer = read_one(buf)
    if outer.tag != tag:
        raise TlvError(f"expected tag {tag:X}, found {outer.tag:X}")
    if not is_filler(buf[outer.size:]):
        raise TlvError("unexpected bytes after the template")
    return children(outer.value)


def encode(tag: int, value: bytes, *, length_bytes: int | None = None) -> bytes:
    """Encode one element. ``length_bytes`` forces the long form with that many bytes, the way
    the card writes ``82 00 9F``; None picks the minimal form."""
    tag_bytes = tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
    n = len(value)
    if length_bytes is None:
        length_bytes = 0 if n < 0x80 else (n.bit_length() + 7) // 8
    if length_bytes == 0:
        if n >= 0x80:
            raise ValueError("short form holds at most 127")
        head = bytes((n,))
    else:
        if n >= 1 << (8 * length_bytes):
            raise ValueError("value too long for the length form")
        head = bytes((0x80 | length_bytes,)) + n.to_bytes(length_bytes, "big")
    return tag_bytes + head + value
