"""First PINs at 交付 (spec B2, B3): the pre-issuance virtual card's RESET RETRY COUNTER, the
kiosk's PinSetter over it (also through pcscd), interruptions at every point, and the real-card
refusal."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.card.apdu import CardChannel, encode
from kiosk.card.errors import CardRemovedError, PinFormatError
from kiosk.card.issuance import (
    ORDER,
    IssuanceIncompleteError,
    KeyState,
    PinNotSettableError,
    PinSetter,
    PinSlot,
    RealCardIssuance,
    SecureChannelRequiredError,
    _KeySession,
    issuance_for,
)
from kiosk.card.jpki import JPKI_AID, JpkiAp
from kiosk.card.kenhojo import KenhojoAp
from kiosk.card.visit import CardVisit
from simulators.card import VirtualCardConnection
from simulators.card.filesystem import PinKey
from simulators.card.personalise import COMMON_AID, JUKI_AID, blank_card_for, card_for
from simulators.residents import resident

ADULT, CHILD, FACE = "R002", "R010", "R006"
AUTH, SIGN, KENHOJO, JUKI = "5820", "KOFU2026", "3917", "6048"
ALL = {"auth": AUTH, "sign": SIGN, "kenhojo": KENHOJO, "juki": JUKI}
KENHOJO_AID = bytes.fromhex("D3921000310001010408")


def sw_of(card, apdu: bytes) -> int:
    return int.from_bytes(card.process(apdu)[-2:], "big")


def select(aid: bytes) -> bytes:
    return encode(0x00, 0xA4, 0x04, 0x0C, aid)


def set_pin(fid: int, value: bytes, p1: int = 0x02) -> bytes:
    return encode(0x00, 0x2C, p1, 0x80 | fid, value)


def counters(card) -> dict:
    return {(app.aid, fid): (ef.secret is not None, ef.remaining) for app in card.applications
            for fid, ef in app.files.items() if isinstance(ef, PinKey)}


# -- the virtual card's command ----------------------------------------------------------------

def test_blank_card_keys_have_no_reference_data_until_set_then_refuse_a_second_setting():
    card = blank_card_for(resident(ADULT))
    assert sw_of(card, select(JPKI_AID)) == 0x9000
    assert sw_of(card, encode(0x00, 0x20, 0x00, 0x98)) == 0x6984  # query: no PIN yet
    assert sw_of(card, encode(0x00, 0x20, 0x00, 0x98, b"1234")) == 0x6984  # VERIFY: no PIN yet
    assert sw_of(card, set_pin(0x18, b"12a4")) == 0x6A80  # the key's validator
    assert sw_of(card, set_pin(0x18, b"12345")) == 0x6A80
    assert sw_of(card, set_pin(0x18, b"1234", p1=0x00)) == 0x6A86  # resetting code forms: no
    assert sw_of(card, encode(0x00, 0x2C, 0x02, 0x98)) == 0x6700  # no data
    assert sw_of(card, set_pin(0x18, b"1234")) == 0x9000
    assert sw_of(card, encode(0x00, 0x20, 0x00, 0x98)) == 0x63C3  # full counter
    assert sw_of(card, set_pin(0x18, b"9999")) == 0x6985  # never a way around a PIN
    assert sw_of(card, encode(0x00, 0x20, 0x00, 0x98, b"9999")) == 0x63C2
    assert sw_of(card, set_pin(0x18, b"9999")) == 0x6985  # nor around a counter
    assert sw_of(card, encode(0x00, 0x20, 0x00, 0x98, b"1234")) == 0x9000
    assert sw_of(card, set_pin(0x1B, b"abc123")) == 0x6A80  # lower case refused by the card
    assert sw_of(card, set_pin(0x1B, b"ABC123")) == 0x9000


def test_issued_cards_do_not_know_the_command_and_face_cards_never_take_a_pin():
    issued = card_for(resident(ADULT))
    before = counters(issued)
    assert sw_of(issued, select(JPKI_AID)) == 0x9000
    assert sw_of(issued, set_pin(0x18, b"1234")) == 0x6D00
    assert counters(issued) == before
    face = blank_card_for(resident(FACE))
    for aid, fid in ((JPKI_AID, 0x18), (KENHOJO_AID, 0x11), (JUKI_AID, 0x1C), (COMMON_AID, 0x1C)):
        assert sw_of(face, select(aid)) == 0x9000
        assert sw_of(face, set_pin(fid, b"1234")) == 0x6985
        assert sw_of(face, encode(0x00, 0x20, 0x00, 0x80 | fid)) == 0x6984
    assert sw_of(face, select(JPKI_AID)) == 0x9000
    assert sw_of(face, set_pin(0x1B, b"ABC123")) == 0x6A88  # no signing key on a face card


KEYS_BY_AP = {JPKI_AID: [0x18, 0x1B], KENHOJO_AID: [0x11, 0x14, 0x15], JUKI_AID: [0x1C], COMMON_AID: [0x1C]}
commands = st.tuples(st.sampled_from(sorted(KEYS_BY_AP)), st.integers(0, 3),
                     st.sampled_from(["set", "verify", "query"]),
                     st.sampled_from([b"1234", b"5678", b"ABC123", b"KOFU2026", b"12", b""]))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([ADULT, CHILD, FACE]), st.lists(commands, max_size=30))
def test_first_setting_never_replaces_reference_data(resident_id, script):
    """Whatever the order, RESET RETRY COUNTER succeeds only on a settable key without reference
    data, and then holds exactly the value sent with a full counter."""
    card = blank_card_for(resident(resident_id))
    for aid, index, op, value in script:
        fid = KEYS_BY_AP[aid][index % len(KEYS_BY_AP[aid])]
        card.process(select(aid))
        app = next(a for a in card.applications if a.aid == aid)
        key = app.files.get(fid)
        before = (key.secret, key.remaining) if isinstance(key, PinKey) else None
        apdu = {"set": set_pin(fid, value), "verify": encode(0x00, 0x20, 0x00, 0x80 | fid, value),
                "query": encode(0x00, 0x20, 0x00, 0x80 | fid)}[op]
        sw = sw_of(card, apdu)
        if op == "set" and sw == 0x9000:
            assert before is not None and before[0] is None and key.settable
            assert key.secret == value and key.remaining == key.max_tries
        elif op == "set" and before is not None:
            assert (key.secret, key.remaining) == before
        if before is not None and before[0] is not None:
            assert key.secret == before[0]  # nothing here changes a PIN once set


# -- PinSetter ---------------------------------------------------------------------------------

def test_state_of_blank_cards_by_query_only():
    cases = ((ADULT, KeyState.UNSET), (CHILD, KeyState.ABSENT), (FACE, KeyState.ABSENT))
    for resident_id, sign_state in cases:
        card = blank_card_for(resident(resident_id))
        before = counters(card)
        state = issuance_for(VirtualCardConnection(card)).pins_state()
        assert [k.slot for k in state.keys] == list(ORDER)
        assert state.state_of(PinSlot.SIGN) is sign_state
        with_sign = {PinSlot.SIGN} if sign_state is KeyState.UNSET else set()
        assert set(state.unset) == set(ORDER) - {PinSlot.SIGN} | with_sign
        assert not state.complete
        assert counters(card) == before  # a query consumes nothing


def test_sets_every_pin_and_the_card_then_works_with_them():
    card = blank_card_for(resident(ADULT))
    connection = VirtualCardConnection(card)
    setter = issuance_for(connection)
    assert isinstance(setter, PinSetter)
    result = setter.set_initial_pins(**ALL)
    assert result.set_now == ORDER and result.already_set == () and result.complete
    state = setter.pins_state()
    assert state.complete and all(k.tries_left == (5 if k.slot is PinSlot.SIGN else 3) for k in state.keys)
    channel = CardChannel(connection)
    JpkiAp(channel).verify_auth_pin(AUTH)
    JpkiAp(channel).verify(0x1B, SIGN)
    kenhojo = KenhojoAp(channel)
    kenhojo.verify_pin(KENHOJO)
    assert kenhojo.read_basic_info().name == resident(ADULT).name
    for aid in (JUKI_AID, COMMON_AID):
        assert sw_of(card, select(aid)) == 0x9000
        assert sw_of(card, encode(0x00, 0x20, 0x00, 0x9C, JUKI.encode())) == 0x9000
    identity = CardVisit(VirtualCardConnection(card)).read_identity()  # the reception's view
    assert identity.pin_usable and identity.pin_tries == 3


def test_a_child_gets_no_signing_password_and_the_same_four_digits_may_be_used_everywhere():
    card = blank_card_for(resident(CHILD))
    setter = issuance_for(VirtualCardConnection(card))
    before = counters(card)
    with pytest.raises(PinNotSettableError) as caught:
        setter.set_initial_pins(auth="2468", sign=SIGN, kenhojo="2468", juki="2468")
    assert caught.value.slots == (PinSlot.SIGN,)
    assert counters(card) == before  # nothing was written
    result = setter.set_initial_pins(auth="2468", kenhojo="2468", juki="2468")
    assert result.complete and PinSlot.SIGN not in result.set_now


def test_wrong_formats_are_refused_before_anything_is_sent():
    connection = VirtualCardConnection(blank_card_for(resident(ADULT)))
    setter = issuance_for(connection)
    for bad in ({"auth": "123"}, {"auth": "１２３４"}, {"sign": "abc123"}, {"sign": "ABCDEF"}, {"sign": "A1"},
                {"juki": "12345"}, {"kenhojo": "12a4"}):
        count = setter.channel.apdu_count
        with pytest.raises(PinFormatError):
            setter.set_initial_pins(**bad)
        assert setter.channel.apdu_count == count


def test_a_face_card_refuses_at_the_first_key_and_nothing_is_set():
    setter = issuance_for(VirtualCardConnection(blank_card_for(resident(FACE))))
    with pytest.raises(IssuanceIncompleteError) as caught:
        setter.set_initial_pins(auth=AUTH, kenhojo=KENHOJO, juki=JUKI)
    error = caught.value
    assert error.set == () and error.missing == (PinSlot.AUTH, PinSlot.KENHOJO, PinSlot.JUKI, PinSlot.COMMON)
    assert isinstance(error.reason, PinNotSettableError) and error.uncertain == ()


def test_an_already_issued_card_is_refused_without_a_try_being_used():
    card = card_for(resident(ADULT))
    before = counters(card)
    setter = issuance_for(VirtualCardConnection(card))
    result = setter.set_initial_pins(**ALL)  # every key already set: nothing to do
    assert result.set_now == () and result.already_set == ORDER
    assert counters(card) == before


# -- pulled out mid-way ------------------------------------------------------------------------

class FlakyConnection(VirtualCardConnection):
    """Pulls the card out at the ``cut``-th RESET RETRY COUNTER, before or after the card ran it."""

    def __init__(self, card, cut: int, after: bool = False) -> None:
        super().__init__(card)
        self.cut, self.after, self.seen = cut, after, 0

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if apdu[1] == 0x2C:
            self.seen += 1
            if self.seen == self.cut:
                if self.after:
                    super().transmit(apdu)  # the card ran it; the answer is lost
                self.remove()
        return super().transmit(apdu)


@pytest.mark.parametrize("after", [False, True], ids=["before-the-card-ran-it", "answer-lost"])
@pytest.mark.parametrize("cut", range(1, 6))
def test_card_pulled_out_at_any_point_leaves_each_key_set_or_unset_and_resuming_finishes(cut, after):
    card = blank_card_for(resident(ADULT))
    with pytest.raises(IssuanceIncompleteError) as caught:
        issuance_for(FlakyConnection(card, cut, after)).set_initial_pins(**ALL)
    error = caught.value
    assert isinstance(error.reason, CardRemovedError)
    assert error.set == ORDER[:cut - 1] and error.missing == ORDER[cut - 1:]
    assert error.uncertain == (ORDER[cut - 1],)
    # The card again: exactly the confirmed keys are set (plus the uncertain one if it ran).
    setter = issuance_for(VirtualCardConnection(card))
    state = setter.pins_state()
    assert state.set == ORDER[:cut if after else cut - 1]
    result = setter.set_initial_pins(**ALL)
    assert result.complete and result.already_set == ORDER[:cut if after else cut - 1]
    JpkiAp(CardChannel(setter.channel.connection)).verify_auth_pin(AUTH)


def test_pulled_out_between_the_two_juki_keys_names_exactly_which_is_missing():
    card = blank_card_for(resident(CHILD))  # auth, kenhojo, juki, common
    with pytest.raises(IssuanceIncompleteError) as caught:
        issuance_for(FlakyConnection(card, 4)).set_initial_pins(auth=AUTH, kenhojo=KENHOJO, juki=JUKI)
    assert caught.value.set == (PinSlot.AUTH, PinSlot.KENHOJO, PinSlot.JUKI)
    assert caught.value.missing == (PinSlot.COMMON,)
    # For people the 住基 PIN is one PIN: not done until both of its keys are.
    assert caught.value.message_values == {
        "set": "利用者証明用電子証明書の 暗証番号、券面事項入力補助用の 暗証番号",
        "missing": "住民基本台帳用の 暗証番号",
    }


# -- secrets -----------------------------------------------------------------------------------

def test_pin_buffers_are_zeroed_and_no_pin_reaches_the_log(monkeypatch, caplog):
    seen: list[bytearray] = []
    original = _KeySession.reset_retry_counter

    def spy(self, slot, fid, secret):
        seen.append(secret)
        return original(self, slot, fid, secret)

    monkeypatch.setattr(_KeySession, "reset_retry_counter", spy)
    caplog.set_level(logging.DEBUG)
    card = blank_card_for(resident(ADULT))
    issuance_for(VirtualCardConnection(card)).set_initial_pins(**ALL)
    assert len(seen) == 5 and all(buffer == bytes(len(buffer)) for buffer in seen)
    with pytest.raises(IssuanceIncompleteError) as caught:
        issuance_for(FlakyConnection(blank_card_for(resident(ADULT)), 2)).set_initial_pins(**ALL)
    text = "\n".join(r.getMessage() for r in caplog.records) + str(caught.value) + caught.value.detail
    assert text and not any(pin in text for pin in ALL.values())


# -- real cards --------------------------------------------------------------------------------

class RealLikeConnection(VirtualCardConnection):
    """A connection without the simulator's capability, as PcscCardConnection looks."""

    supports_initial_pin = False


def test_a_real_card_is_never_sent_a_setting_command():
    card = blank_card_for(resident(ADULT))
    connection = RealLikeConnection(card)
    issuance = issuance_for(connection)
    assert isinstance(issuance, RealCardIssuance) and not issuance.supports_initial_pin
    assert issuance.pins_state().unset == ORDER  # reading the state is fine on any card
    count = issuance.channel.apdu_count
    with pytest.raises(SecureChannelRequiredError) as caught:
        issuance.set_initial_pins(**ALL)
    assert caught.value.code == "ISSUANCE_NEEDS_JLIS" and "J-LIS" in caught.value.detail
    assert issuance.channel.apdu_count == count
    assert isinstance(issuance_for(connection, simulated=True), PinSetter)  # the caller knows better
    assert isinstance(issuance_for(VirtualCardConnection(card), simulated=False), RealCardIssuance)


@pytest.mark.pcscd
def test_pin_setter_through_pcscd_and_vpcd(served_card):
    card = blank_card_for(resident(ADULT))
    connection = served_card(card)
    assert isinstance(issuance_for(connection), RealCardIssuance)  # PC/SC: real unless told
    setter = issuance_for(connection, simulated=True)
    assert setter.set_initial_pins(**ALL).complete
    assert setter.pins_state().complete
    JpkiAp(CardChannel(connection)).verify_auth_pin(AUTH)


# -- what the counter reads when the card is placed -------------------------------------------------

def test_a_card_made_with_pins_reads_them_as_set_without_using_a_try():
    from kiosk.counter.effects import kinds_already_set

    card = card_for(resident(ADULT), issued=False, pins={"sign": SIGN, "juki": JUKI})
    before = counters(card)
    state = issuance_for(VirtualCardConnection(card)).pins_state()
    assert counters(card) == before  # data-less VERIFYs only
    assert set(state.set) == {PinSlot.SIGN, PinSlot.JUKI, PinSlot.COMMON}
    assert set(state.unset) == {PinSlot.AUTH, PinSlot.KENHOJO}
    assert kinds_already_set(state) == ["juki", "sign"]
    with pytest.raises(ValueError):
        card_for(resident(ADULT), pins={"auth": AUTH})  # an issued card has the dataset's PINs


def test_a_juki_pin_on_one_of_its_two_keys_counts_as_already_set():
    """Stopped between the 住基AP key and the 共通カードAP key: the 住基 PIN cannot be chosen again
    (its first key would keep the old one), so the counter treats it as set already."""
    from kiosk.card.issuance import KeyState, PinKeyState, PinsState
    from kiosk.counter.effects import kinds_already_set

    keys = {PinSlot.AUTH: KeyState.UNSET, PinSlot.SIGN: KeyState.ABSENT, PinSlot.KENHOJO: KeyState.UNSET,
            PinSlot.JUKI: KeyState.SET, PinSlot.COMMON: KeyState.UNSET}
    assert kinds_already_set(PinsState(tuple(PinKeyState(slot, keys[slot]) for slot in ORDER))) == ["juki"]
    assert kinds_already_set(PinsState(tuple(PinKeyState(slot, KeyState.UNSET) for slot in ORDER))) == []
