"""Properties of the virtual card under random APDU sequences (spec §4, §5, §10).

A Hypothesis state machine drives ``VirtualMyNumberCard.process`` with SELECTs, reads, VERIFYs,
CHANGE REFERENCE DATA, signatures, resets and unknown commands, and keeps its own model of the
spec's security state: the AP selected, the EF selected, and the keys verified since the AP was
entered. The card must never answer 9000 where the spec refuses:

* a protected EF (§4.1–§4.3) read without one of its opening keys verified in the current AP;
* a JPKI signature without its PIN verified (§7), or a JPKI INTERNAL AUTHENTICATE at all;
* a VERIFY with anything but the right secret (§5);
* a foreign AID (6A82), an instruction outside §3 (6D00), a class other than 00/80 (6E00).

Independently of the model, no PIN counter may ever rise except on a VERIFY or CHANGE REFERENCE
DATA answered 9000, and may only fall by one, on a VERIFY with data answered ``63Cx`` (§10.6).
Finally, no byte string makes ``process`` raise.

Each example personalises a fresh card (``card_for`` is cheap once a resident's keys exist, and
PIN counters must start from the dataset's values).
"""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from kiosk.card.apdu import encode, is_pin_counter, parse
from kiosk.card.collation import era_yymmdd
from kiosk.card.jpki import sha256_digest_info
from simulators.card import card_for
from simulators.card.filesystem import PinKey
from simulators.card.personalise import COMMON_AID, JUKI_AID, CardBuilder
from simulators.residents import Resident, resident

JPKI = bytes.fromhex("D392F000260100000001")
KENHOJO = bytes.fromhex("D3921000310001010408")
KENMEN = bytes.fromhex("D3921000310001010402")
ISD = bytes.fromhex("A0000001510000")
APPLICATIONS = [JPKI, KENHOJO, KENMEN, COMMON_AID, JUKI_AID]
FOREIGN = [bytes.fromhex(a) for a in ("A000000308", "D27600012401", "A0000000041010", "D392F000260100000002")]

OK, NOT_FOUND = 0x9000, 0x6A82

# §4: which keys open which EF (any one of them), per AP.
OPENERS: dict[tuple[bytes, int], frozenset[int]] = {
    (JPKI, 0x0001): frozenset({0x1B}),
    (KENHOJO, 0x0001): frozenset({0x11, 0x14}),
    (KENHOJO, 0x0002): frozenset({0x11, 0x15}),
    (KENHOJO, 0x0003): frozenset({0x11, 0x14, 0x15}),
    (KENHOJO, 0x0006): frozenset({0x11, 0x14, 0x15}),
    (KENHOJO, 0x0007): frozenset({0x11, 0x14, 0x15}),
    (KENMEN, 0x0001): frozenset({0x11}),
    (KENMEN, 0x0002): frozenset({0x12, 0x13}),
    (KENMEN, 0x0005): frozenset({0x13}),
    (KENMEN, 0x0006): frozenset({0x12, 0x13}),
}
JPKI_KEYS = {0x17: 0x18, 0x1A: 0x1B}  # §4.1 private key -> PIN that unlocks it
SPEC_INSTRUCTIONS = {0xA4, 0xB0, 0xB2, 0x20, 0x24, 0x32, 0x2A, 0x88, 0x84, 0xCA, 0xA2, 0xAE}  # §3, §5
UNKNOWN_INSTRUCTIONS = [ins for ins in range(0x100) if ins not in SPEC_INSTRUCTIONS]
RESIDENTS = ["R002", "R004", "R006", "R010", "R012"]  # ordinary, blocked, face card, child, one try

# What each AP holds (§4), to aim the random commands at files and keys that exist.
FILES = {
    JPKI: [0x01, 0x02, 0x06, 0x08, 0x0A, 0x0B, 0x17, 0x18, 0x1A, 0x1B],
    KENHOJO: [0x01, 0x02, 0x03, 0x04, 0x05, 0x07, 0x11, 0x13, 0x14, 0x15],
    KENMEN: [0x01, 0x02, 0x03, 0x04, 0x11, 0x12, 0x13, 0x14],
    COMMON_AID: [0x01, 0x19, 0x1C],
    JUKI_AID: [0x1C],
}
PIN_KEYS = {JPKI: [0x18, 0x1B], KENHOJO: [0x11, 0x12, 0x14, 0x15], KENMEN: [0x11, 0x12, 0x13],
            COMMON_AID: [0x1C], JUKI_AID: [0x1C]}
any_file_id = st.integers(0, 0x1F)


def file_in(ap: bytes | None, ids: dict[bytes, list[int]]) -> st.SearchStrategy[int]:
    """Nine times in ten a file of the current AP (protected ones twice as often), else any id."""
    if ap not in ids:
        return any_file_id
    aimed = st.sampled_from(ids[ap] + [fid for fid in ids[ap] if (ap, fid) in OPENERS])
    return st.integers(0, 9).flatmap(lambda n: aimed if n else any_file_id)


DIGEST_INFO = sha256_digest_info(b"property")


def secrets_of(person: Resident) -> dict[tuple[bytes, int], bytes]:
    """The right secret of every credential (§5), as the dataset issues them."""
    pin = person.auth_pin
    number_b = CardBuilder(person).collation_b()
    known = {
        (JPKI, 0x18): pin, (JPKI, 0x1B): person.sign_password,
        (KENHOJO, 0x11): pin, (KENHOJO, 0x14): person.my_number, (KENHOJO, 0x15): number_b,
        (KENMEN, 0x11): era_yymmdd(person.birth_date), (KENMEN, 0x12): number_b,
        (KENMEN, 0x13): person.my_number,
        (COMMON_AID, 0x1C): pin, (JUKI_AID, 0x1C): pin,
    }
    return {where: secret.encode() for where, secret in known.items() if secret}


def altered(secret: bytes | None) -> bytes:
    """Same length and alphabet, last character changed."""
    if not secret:
        return b"0000"
    last = secret[-1:]
    replacement = bytes([48 + (last[0] - 47) % 10]) if last.isdigit() else (b"B" if last == b"A" else b"A")
    return secret[:-1] + replacement


def counters(card) -> dict[tuple[bytes, int], int]:
    return {(app.aid, fid): ef.remaining for app in card.applications
            for fid, ef in app.files.items() if isinstance(ef, PinKey)}


def check_counters(before: dict, after: dict, apdu: bytes, sw: int) -> None:
    """§10.6: counters rise only on VERIFY/CHANGE REFERENCE DATA answered 9000 and fall by one,
    only on a VERIFY with data answered 63Cx; a query consumes nothing."""
    command = parse(apdu)
    for key, now in after.items():
        was = before[key]
        if now > was:
            assert command.ins in (0x20, 0x24) and command.data and sw == OK, (command.ins, key, was, now)
        elif now < was:
            assert (command.ins == 0x20 and command.data and now == was - 1 and sw == 0x63C0 | now), (
                command.ins, key, was, now, f"{sw:04X}")


class VirtualCardMachine(RuleBasedStateMachine):
    """Random command sequences against one fresh card, with the spec's security model."""

    @initialize(resident_id=st.sampled_from(RESIDENTS))
    def insert(self, resident_id: str) -> None:
        self.card = card_for(resident(resident_id))
        self.secrets = secrets_of(resident(resident_id))
        self.ap: bytes | None = None
        self.ef: int | None = None
        self.verified: set[int] = set()

    def send(self, apdu: bytes) -> tuple[bytes, int]:
        before = counters(self.card)
        response = self.card.process(apdu)
        assert len(response) >= 2
        sw = int.from_bytes(response[-2:], "big")
        check_counters(before, counters(self.card), apdu, sw)
        return response[:-2], sw

    def leave_ap(self, target: bytes | None) -> None:
        if target != self.ap:
            self.verified = set()  # §10.3
        self.ap, self.ef = target, None

    # -- selection ---------------------------------------------------------------------------
    @rule(aid=st.sampled_from(APPLICATIONS * 3 + FOREIGN + [ISD]))
    def select_application(self, aid: bytes) -> None:
        _, sw = self.send(encode(0x00, 0xA4, 0x04, 0x0C, aid))
        if aid in FOREIGN:
            assert sw == NOT_FOUND, f"foreign AID {aid.hex()} -> {sw:04X}"
            return
        assert sw == OK
        self.leave_ap(None if aid == ISD else aid)

    @rule(data=st.data())
    def select_file(self, data: st.DataObject) -> None:
        fid = data.draw(st.one_of(file_in(self.ap, FILES), st.sampled_from([0x3F00, 0x2F10, 0x0101])))
        _, sw = self.send(encode(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big")))
        if self.ap is None:
            assert sw == NOT_FOUND, "no EF at MF level (§10.4)"
        if sw == OK:
            self.ef = fid

    @rule(rare=st.integers(0, 4))
    def reset(self, rare: int) -> None:
        if rare:
            return  # keep sessions long enough to reach verified states
        self.card.reset()
        self.ap, self.ef, self.verified = None, None, set()  # §10.1

    @precondition(lambda self: self.ap is not None)
    @rule(other=st.sampled_from(APPLICATIONS + [ISD]))
    def visit_and_return(self, other: bytes) -> None:
        """Leave for another AP (or the ISD) and come back: nothing verified survives (§10.3)."""
        here = self.ap
        self.select_application(other)
        self.select_application(here)

    # -- reading -------------------------------------------------------------------------------
    @precondition(lambda self: self.ap is not None)
    @rule(data=st.data(), by_sfi=st.booleans(), le=st.sampled_from([1, 32, 256, 65536]))
    def read_binary(self, data: st.DataObject, by_sfi: bool, le: int) -> None:
        fid = data.draw(file_in(self.ap, FILES))
        p1, target = (0x80 | fid, fid) if by_sfi else (0x00, self.ef)
        _, sw = self.send(encode(0x00, 0xB0, p1, 0x00, le=le))
        if by_sfi and sw not in (NOT_FOUND, 0x6A86, 0x6700):
            self.ef = fid  # the SFI form selects the EF (§3)
        if sw == OK:
            openers = OPENERS.get((self.ap, target))
            assert openers is None or openers & self.verified, (
                f"EF {target:04X} of {self.ap.hex()} read with only {sorted(self.verified)} verified")
            if openers:
                event("protected EF read after its credential")

    # -- credentials -----------------------------------------------------------------------------
    def key_target(self, data: st.DataObject, by_sfi: bool) -> tuple[int, int | None]:
        """(P2, key) of a VERIFY-like command: a key by SFI, or the current EF with P2 80 (§10.5)."""
        if by_sfi:
            fid = data.draw(file_in(self.ap, PIN_KEYS))
            return 0x80 | fid, fid
        return 0x80, self.ef

    @precondition(lambda self: self.ap is not None)
    @rule(data=st.data(), by_sfi=st.booleans(),
          choice=st.sampled_from(["right", "right", "right", "wrong", "short", "query"]))
    def verify(self, data: st.DataObject, by_sfi: bool, choice: str) -> None:
        p2, key = self.key_target(data, by_sfi)
        right = self.secrets.get((self.ap, key))
        value = {"right": right or b"1234", "wrong": altered(right), "short": (right or b"1234")[:-1],
                 "query": b""}[choice]
        _, sw = self.send(encode(0x00, 0x20, 0x00, p2, value))
        if value and sw == OK:
            assert value == right, f"VERIFY of key {key} with a wrong value answered 9000"
            self.verified.add(key)
            event("VERIFY succeeded")
        elif value and (is_pin_counter(sw) or sw == 0x6300):
            self.verified.discard(key)

    @precondition(lambda self: self.ap is not None)
    @rule(data=st.data(), by_sfi=st.booleans(), well_formed=st.booleans())
    def change_reference_data(self, data: st.DataObject, by_sfi: bool, well_formed: bool) -> None:
        p2, key = self.key_target(data, by_sfi)
        new = altered(self.secrets.get((self.ap, key))) if well_formed else b"1"
        _, sw = self.send(encode(0x00, 0x24, 0x01, p2, new))
        if sw == OK:
            assert key in self.verified, f"CHANGE REFERENCE DATA on unverified key {key}"
            self.secrets[(self.ap, key)] = new
            event("reference data changed")

    # -- keys ------------------------------------------------------------------------------------
    @precondition(lambda self: self.ap is not None)
    @rule(p2=st.sampled_from([0x80, 0x97, 0x9A, 0x00]), p1=st.integers(0, 6),
          payload=st.sampled_from([DIGEST_INFO, DIGEST_INFO[-32:], b"x"]))
    def compute_signature(self, p2: int, p1: int, payload: bytes) -> None:
        key = self.ef if p2 == 0x80 else p2 & 0x1F
        _, sw = self.send(encode(0x80, 0x2A, p1, p2, payload, le=256))
        if sw == OK and self.ap == JPKI:
            assert key in JPKI_KEYS and JPKI_KEYS[key] in self.verified, f"JPKI key {key} signed unverified"
            event("JPKI signature after VERIFY")

    @rule(fid=st.sampled_from([0x13, 0x14, 0x17, 0x19, 0x1A]))
    def internal_authenticate(self, fid: int) -> None:
        _, sw = self.send(encode(0x00, 0x88, 0x00, 0x80 | fid, b"\x01" * 16, le=256))
        if self.ap == JPKI:
            assert sw != OK, "no INTERNAL AUTHENTICATE on JPKI keys (§7)"

    # -- what the card does not know -------------------------------------------------------------
    @rule(cla=st.sampled_from([0x00, 0x80]), ins=st.sampled_from(UNKNOWN_INSTRUCTIONS),
          p1p2=st.integers(0, 0xFFFF), data=st.binary(max_size=8))
    def unknown_instruction(self, cla: int, ins: int, p1p2: int, data: bytes) -> None:
        _, sw = self.send(encode(cla, ins, p1p2 >> 8, p1p2 & 0xFF, data))
        assert sw == 0x6D00, f"INS {ins:02X} -> {sw:04X}"

    @rule(cla=st.one_of(st.integers(0x01, 0x7F), st.integers(0x81, 0xFF)),
          ins=st.sampled_from(sorted(SPEC_INSTRUCTIONS)), data=st.binary(max_size=8))
    def unknown_class(self, cla: int, ins: int, data: bytes) -> None:
        _, sw = self.send(encode(cla, ins, 0x00, 0x80, data))
        assert sw == 0x6E00, f"CLA {cla:02X} -> {sw:04X}"


VirtualCardMachine.TestCase.settings = settings(max_examples=200, stateful_step_count=50, deadline=None,
                                                suppress_health_check=[HealthCheck.too_slow])
test_virtual_card_state_machine = VirtualCardMachine.TestCase


# -- verification lives as long as the AP session (§10.1–§10.3) --------------------------------

GUARDED = [  # (AP, key, command that needs it)
    (JPKI, 0x18, encode(0x80, 0x2A, 0x00, 0x97, DIGEST_INFO, le=256)),
    (JPKI, 0x1B, encode(0x00, 0xB0, 0x81, 0x00, le=1)),
    (KENHOJO, 0x11, encode(0x00, 0xB0, 0x82, 0x00, le=1)),
    (KENHOJO, 0x15, encode(0x00, 0xB0, 0x82, 0x00, le=1)),
    (KENHOJO, 0x14, encode(0x00, 0xB0, 0x83, 0x00, le=1)),
    (KENMEN, 0x11, encode(0x00, 0xB0, 0x81, 0x00, le=1)),
]
# Interruptions between VERIFY and use, and whether the verification survives them.
KEEPS = {"re-select the AP": True, "select another EF": True, "query the key": True,
         "visit another AP": False, "select the ISD": False, "reset": False}


def interrupt(card, ap: bytes, key: int, what: str) -> None:
    other = KENMEN if ap != KENMEN else COMMON_AID
    apdus = {
        "re-select the AP": [encode(0x00, 0xA4, 0x04, 0x0C, ap)],
        "select another EF": [encode(0x00, 0xA4, 0x02, 0x0C, b"\x00\x06" if ap == JPKI else b"\x00\x04")],
        "query the key": [encode(0x00, 0x20, 0x00, 0x80 | key)],
        "visit another AP": [encode(0x00, 0xA4, 0x04, 0x0C, other), encode(0x00, 0xA4, 0x04, 0x0C, ap)],
        "select the ISD": [encode(0x00, 0xA4, 0x04, 0x0C, ISD), encode(0x00, 0xA4, 0x04, 0x0C, ap)],
        "reset": [encode(0x00, 0xA4, 0x04, 0x0C, ap)],
    }[what]
    if what == "reset":
        card.reset()
    for apdu in apdus:
        assert card.process(apdu)[-2] in (0x90, 0x63), what  # 9000, or 63xx to the query


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(GUARDED), st.lists(st.sampled_from(sorted(KEEPS)), max_size=4))
def test_verification_lasts_exactly_as_long_as_the_ap_session(guarded, interruptions):
    ap, key, command = guarded
    person = resident("R002")
    card = card_for(person)
    assert card.process(encode(0x00, 0xA4, 0x04, 0x0C, ap))[-2:] == b"\x90\x00"
    assert card.process(command)[-2:] == b"\x69\x82", "refused before VERIFY"
    verify = encode(0x00, 0x20, 0x00, 0x80 | key, secrets_of(person)[(ap, key)])
    assert card.process(verify)[-2:] == b"\x90\x00"
    for what in interruptions:
        interrupt(card, ap, key, what)
    expected = b"\x90\x00" if all(KEEPS[what] for what in interruptions) else b"\x69\x82"
    assert card.process(command)[-2:] == expected, interruptions


# -- no byte string makes the card raise --------------------------------------------------------

known_headers = st.tuples(st.sampled_from([0x00, 0x80, 0x0C, 0xFF]),
                          st.sampled_from(sorted(SPEC_INSTRUCTIONS)),
                          st.integers(0, 0xFF), st.integers(0, 0xFF))
payloads = st.one_of(st.binary(max_size=300), st.sampled_from(APPLICATIONS + FOREIGN + [ISD]),
                     st.integers(0, 0x3FFF).map(lambda fid: fid.to_bytes(2, "big")), st.just(DIGEST_INFO))
structured = st.builds(lambda h, data, le, ext: encode(*h, data, le, extended=ext), known_headers, payloads,
                       st.one_of(st.none(), st.integers(1, 65536)), st.booleans())
any_apdu = st.one_of(st.binary(max_size=300), structured)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(RESIDENTS), st.lists(any_apdu, min_size=1, max_size=25))
def test_process_answers_any_bytes_with_a_status_word(resident_id, apdus):
    card = card_for(resident(resident_id))
    for apdu in apdus:
        response = card.process(apdu)
        assert isinstance(response, bytes) and len(response) >= 2
