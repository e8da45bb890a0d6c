"""Product rules of the card protocol (design "Lines we never cross", spec §5, style guide "Errors").

* The My Number's EF (券面事項入力補助AP EF 0001) is never selected or read, by any file id.
* A PIN of the wrong format is refused before anything is sent: a typo costs no try.
* ``JpkiAp.authenticate`` proves the holder only with the certificate's own key.
* Status words become domain errors, never numbers (spec §5 table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from kiosk.card.ap import PinStatus
from kiosk.card.apdu import CardChannel, Command, parse
from kiosk.card.errors import (
    NotMyNumberCardError,
    PinBlockedError,
    PinFormatError,
    PinMismatchError,
    PinNotUsableError,
    SecurityStatusError,
    SignatureInvalidError,
    UnexpectedStatusError,
)
from kiosk.card.jpki import JpkiAp, sha256_digest_info, verify_signature
from kiosk.card.kenhojo import EF_MY_NUMBER, KenhojoAp
from kiosk.card.kenmen import KenmenAp
from simulators.card import VirtualCardConnection, card_for
from simulators.residents import resident


class ScriptedConnection:
    """A CardConnection answering with ``respond(apdu)``; records every command sent."""

    reader = "scripted reader"
    atr = bytes.fromhex("3BE000FF8131FE4514")
    extended_length = True

    def __init__(self, respond: Callable[[bytes], tuple[bytes, int]]) -> None:
        self.respond = respond
        self.sent: list[Command] = []

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.sent.append(parse(apdu))
        return self.respond(apdu)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        yield

    def close(self) -> None:
        pass


def on_virtual_card(resident_id: str = "R002") -> ScriptedConnection:
    """A recording connection to a fresh virtual card."""
    return ScriptedConnection(VirtualCardConnection(card_for(resident(resident_id))).transmit)


def touches_my_number(sent: list[Command]) -> list[Command]:
    return [c for c in sent if (c.ins == 0xA4 and c.p1 == 0x02 and c.data == b"\x00\x01")
            or (c.ins == 0xB0 and c.p1 == 0x81)]


# -- the My Number is never read -----------------------------------------------------------------

MY_NUMBER_CALLS = {
    "read_tlv_ef": lambda session: session.read_tlv_ef(EF_MY_NUMBER),
    "select_ef": lambda session: session.select_ef(EF_MY_NUMBER),
}


@pytest.mark.parametrize("call", MY_NUMBER_CALLS.values(), ids=MY_NUMBER_CALLS.keys())
def test_kenhojo_refuses_the_my_number_ef(call):
    conn = on_virtual_card()
    session = KenhojoAp(CardChannel(conn))
    session.verify_pin(resident("R002").auth_pin)  # even with the EF opened on the card
    with pytest.raises(PermissionError):
        call(session)
    assert touches_my_number(conn.sent) == []


@pytest.mark.parametrize("call", [
    pytest.param(MY_NUMBER_CALLS["read_tlv_ef"], id="read_tlv_ef"),
    pytest.param(MY_NUMBER_CALLS["select_ef"], id="select_ef"),
])
def test_refusing_the_my_number_ef_sends_nothing(call):
    conn = on_virtual_card()
    with pytest.raises(PermissionError):
        call(KenhojoAp(CardChannel(conn)))
    assert conn.sent == []


@pytest.mark.parametrize("fid", [0x0021, 0x0101, 0xFF01], ids=lambda fid: f"{fid:04X}")
def test_my_number_ef_is_not_reachable_through_an_aliased_file_id(fid):
    conn = on_virtual_card()
    session = KenhojoAp(CardChannel(conn))
    session.verify_pin(resident("R002").auth_pin)
    try:
        content = session.read_tlv_ef(fid)
    except (PermissionError, UnexpectedStatusError):
        content = b""
    leaked = resident("R002").my_number.encode() in content
    assert not leaked, f"read_tlv_ef({fid:#06x}) returned the My Number"  # no number in the report
    assert touches_my_number(conn.sent) == []


# -- PIN format is checked before anything is sent ------------------------------------------------

FORMAT_CHECKED = {  # session, method, key queried afterwards, badly formed values
    "jpki-auth-pin": (JpkiAp, "verify_auth_pin", "auth_pin_status",
                      ["123", "12345", "abcd", "１２３４", "", "12 4", "123\n", "12a4"]),
    "kenhojo-pin": (KenhojoAp, "verify_pin", "pin_status", ["123", "12345", "abcd", "１２３４"]),
    "kenhojo-collation-b": (KenhojoAp, "verify_collation_b", None,
                            ["1234567890123", "123456789012345", "1234567890123a",
                             "１２３４５６７８９０１２３４"]),
    "kenmen-collation-b": (KenmenAp, "verify_collation_b", None, ["1234567890123", "12345678901234 "]),
}


@pytest.mark.parametrize(("session_class", "method", "status", "value"), [
    pytest.param(session_class, method, status, value, id=f"{name}-{value!r}")
    for name, (session_class, method, status, values) in FORMAT_CHECKED.items() for value in values
])
def test_malformed_pin_is_refused_before_anything_is_sent(session_class, method, status, value):
    conn = on_virtual_card()
    session = session_class(CardChannel(conn))
    with pytest.raises(PinFormatError):
        getattr(session, method)(value)
    assert conn.sent == []
    if status:
        assert getattr(session, status)() == PinStatus(3), "no try consumed"


# -- authentication with the auth key ---------------------------------------------------------------

def test_authenticate_signs_the_challenge_with_the_key_of_the_certificate():
    session = JpkiAp(CardChannel(on_virtual_card()))
    certificate = session.read_auth_certificate()
    signature = session.authenticate(resident("R002").auth_pin, b"kiosk challenge", certificate)
    verify_signature(certificate, b"kiosk challenge", signature)
    assert len(signature) == 256


def test_authenticate_rejects_another_residents_certificate():
    stranger = JpkiAp(CardChannel(on_virtual_card("R003"))).read_auth_certificate()
    session = JpkiAp(CardChannel(on_virtual_card()))
    with pytest.raises(SignatureInvalidError):
        session.authenticate(resident("R002").auth_pin, b"kiosk challenge", stranger)


def test_authenticate_with_a_wrong_pin_signs_nothing():
    conn = on_virtual_card()
    session = JpkiAp(CardChannel(conn))
    certificate = session.read_auth_certificate()
    with pytest.raises(PinMismatchError) as raised:
        session.authenticate("0000" if resident("R002").auth_pin != "0000" else "1111", b"c", certificate)
    assert raised.value.tries_left == 2
    assert [c for c in conn.sent if c.ins == 0x2A] == []


# -- status word -> domain error ----------------------------------------------------------------------

OPERATIONS: dict[str, tuple[Callable[[Command], bool], Callable[[JpkiAp], object]]] = {
    # name: (which command gets the scripted status word, what the kiosk calls)
    "select": (lambda c: c.ins == 0xA4 and c.p1 == 0x04, lambda s: s.select()),
    "verify": (lambda c: c.ins == 0x20 and bool(c.data), lambda s: s.verify_auth_pin("1234")),
    "query": (lambda c: c.ins == 0x20 and not c.data, lambda s: s.auth_pin_status()),
    "read": (lambda c: c.ins == 0xB0, lambda s: s.read_auth_certificate()),
    "sign": (lambda c: c.ins == 0x2A, lambda s: s.sign_with_auth_key(sha256_digest_info(b"x"))),
}


def scripted(operation: str, sw: int) -> tuple[ScriptedConnection, Callable[[JpkiAp], object]]:
    """A card answering ``sw`` to the operation's command and 9000 to everything before it."""
    targeted, call = OPERATIONS[operation]
    return ScriptedConnection(lambda apdu: (b"", sw if targeted(parse(apdu)) else 0x9000)), call


@pytest.mark.parametrize(("operation", "sw", "error", "attributes"), [
    ("verify", 0x63C2, PinMismatchError, {"tries_left": 2}),
    ("verify", 0x63C1, PinMismatchError, {"tries_left": 1}),
    ("verify", 0x6300, PinMismatchError, {"tries_left": None}),
    ("verify", 0x63C0, PinBlockedError, {}),
    ("verify", 0x6984, PinBlockedError, {}),
    ("verify", 0x6983, PinBlockedError, {}),
    ("verify", 0x6700, UnexpectedStatusError, {"sw": 0x6700}),
    ("query", 0x6984, PinNotUsableError, {}),
    ("query", 0x6F00, UnexpectedStatusError, {"sw": 0x6F00}),
    ("read", 0x6982, SecurityStatusError, {}),
    ("read", 0x6F00, UnexpectedStatusError, {"sw": 0x6F00}),
    ("sign", 0x6982, SecurityStatusError, {}),
    ("sign", 0x6A88, UnexpectedStatusError, {"sw": 0x6A88}),
    ("select", 0x6A82, NotMyNumberCardError, {}),
    ("select", 0x6999, UnexpectedStatusError, {"sw": 0x6999}),
], ids=lambda v: f"{v:04X}" if isinstance(v, int) else None)
def test_status_word_becomes_a_domain_error(operation, sw, error, attributes):
    conn, call = scripted(operation, sw)
    with pytest.raises(error) as raised:
        call(JpkiAp(CardChannel(conn)))
    assert type(raised.value) is error
    for name, value in attributes.items():
        assert getattr(raised.value, name) == value
    if operation == "verify":
        assert len([c for c in conn.sent if c.ins == 0x20 and c.data]) == 1, "one VERIFY, never retried"


@pytest.mark.parametrize(("sw", "status"), [
    (0x63C3, PinStatus(3)), (0x63C2, PinStatus(2)), (0x63C0, PinStatus(0)), (0x6983, PinStatus(0)),
    (0x6300, PinStatus(None)), (0x9000, PinStatus(None)),
], ids=lambda v: f"{v:04X}" if isinstance(v, int) else None)
def test_pin_query_answer_becomes_a_status(sw, status):
    conn, call = scripted("query", sw)
    assert call(JpkiAp(CardChannel(conn))) == status
    assert [c for c in conn.sent if c.ins == 0x20 and c.data] == []


@pytest.mark.parametrize("refusal", [0x6A82, 0x6A86, 0x6981])
def test_pin_query_falls_back_to_select_ef_when_the_sfi_form_is_refused(refusal):
    conn = ScriptedConnection(lambda apdu: (b"", refusal if parse(apdu).p2 == 0x98 else
                                            0x63C3 if parse(apdu).ins == 0x20 else 0x9000))
    assert JpkiAp(CardChannel(conn)).auth_pin_status() == PinStatus(3)
    assert [(c.ins, c.p2, c.data) for c in conn.sent[1:]] == [
        (0x20, 0x98, b""), (0xA4, 0x0C, b"\x00\x18"), (0x20, 0x80, b"")]
