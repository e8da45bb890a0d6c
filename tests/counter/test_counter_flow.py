"""Counter visits end to end on the simulators with the real store (issue 5 "Done when"): a
normal handover with PINs, a 顔認証マイナンバーカード, a mismatched card, the card pulled out while
PINs are written, and the clear refusals (already handed over, not a notice QR, wrong password)."""

from __future__ import annotations

import pytest

from app.counter import assemble_desk
from kiosk.card.apdu import CardChannel
from kiosk.card.jpki import JpkiAp
from kiosk.counter.applications import ApplicationStatus
from kiosk.counter.table import CounterState
from kiosk.flow.executors import InlineExecutor
from simulators.card.connection import VirtualCardConnection
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement, application_id_for
from simulators.counter_scenarios import DeskScript, run_desk
from simulators.eligibility import SimulatedEligibilityService

STAFF = ("clerk01", "窓口1 山田", "counter", "counter-pass-01")


@pytest.fixture
def desk(tmp_path):
    desks = []

    def build(database_url: str | None = None):
        slot, cards = VirtualCardSlot(), SimulatedCardManagement()
        built = assemble_desk(database_url or f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=slot,
                              collation=slot, cards=cards, eligibility=SimulatedEligibilityService(),
                              executor=InlineExecutor(), simulated_cards=True)
        try:
            built.store.staff.create(*STAFF)
        except ValueError:
            pass  # already there
        desks.append(built)
        return built, slot, cards

    yield build
    for built in desks:
        built.close()


def visit(desk, script: DeskScript):
    built, slot, cards = desk()
    return run_desk(built.flow, slot, cards, script), built, slot, cards


def test_normal_handover_with_pins_and_registration(desk):
    application = application_id_for("R007")  # not yet registered for insurance use
    outcome, built, slot, cards = visit(desk, DeskScript(application))
    assert outcome.final_state is CounterState.DONE, outcome
    assert set(outcome.pins_set) >= {"auth", "sign", "kenhojo", "juki"} and outcome.registered
    assert cards.find(application).status is ApplicationStatus.HANDED_OVER
    [handover] = built.store.handovers_of(application)
    assert handover.state == "completed" and handover.identity.decision == "confirmed"
    assert outcome.staff_actions <= 8


def test_the_pins_work_on_the_card_afterwards(desk):
    application = application_id_for("R002")
    outcome, built, slot, cards = visit(desk, DeskScript(application, four_digits="7350"))
    card = slot._card  # the card the resident takes home
    session = JpkiAp(CardChannel(VirtualCardConnection(card)))
    assert session.auth_pin_status().tries_left == 3
    session.verify_auth_pin("7350")


def test_face_authentication_card_sets_no_pins(desk):
    application = application_id_for("R006")
    outcome, built, _, _ = visit(desk, DeskScript(application))
    assert outcome.final_state is CounterState.DONE and outcome.pins_set == ()
    assert built.store.handovers_of(application)[0].face_card is True


def test_a_card_of_someone_else_is_refused(desk):
    application = application_id_for("R002")
    outcome, built, _, cards = visit(desk, DeskScript(application, card_of="R003"))
    assert outcome.final_state is CounterState.FAILED and outcome.failure_code == "COUNTER_CARD_MISMATCH"
    assert cards.find(application).status is ApplicationStatus.CARD_READY
    assert [h.state for h in built.store.handovers_of(application)] == ["failed"]


def test_card_pulled_out_while_pins_are_written_then_finished(desk):
    application = application_id_for("R003")
    outcome, built, _, _ = visit(desk, DeskScript(application, pull_card_after=2))
    assert "pin-write-failed" in outcome.states
    assert outcome.final_state is CounterState.DONE
    assert set(outcome.pins_set) >= {"auth", "sign", "kenhojo", "juki"}


def test_an_application_already_handed_over_is_refused_clearly(desk):
    outcome, _, _, _ = visit(desk, DeskScript(application_id_for("R020")))
    assert outcome.final_state is CounterState.QUEUE and outcome.message_code == "COUNTER_ALREADY_HANDED_OVER"


def test_a_wrong_password_stays_locked(desk):
    outcome, _, _, _ = visit(desk, DeskScript(application_id_for("R002"), password="not-the-password"))
    assert outcome.final_state is CounterState.LOCKED and outcome.message_code == "COUNTER_LOGIN_FAILED"


def test_staff_refusing_the_identity_ends_without_handover(desk):
    application = application_id_for("R002")
    outcome, built, _, cards = visit(desk, DeskScript(application, confirm_identity=False))
    assert outcome.final_state is CounterState.FAILED and outcome.failure_code == "COUNTER_IDENTITY_REFUSED"
    assert cards.find(application).status is ApplicationStatus.CARD_READY


# -- a card that comes with PINs already set (an earlier visit stopped after setting them) ---------

EARLIER = {"sign": "OLDPASS7", "juki": "9053"}  # not the script's: the card keeps these


def verify(card, pins: dict[str, str]) -> None:
    """Each PIN of ``pins`` (by kind) opens its key on ``card``."""
    from kiosk.card.issuance import KEYS, PinSlot

    channel = CardChannel(VirtualCardConnection(card))
    for kind, value in pins.items():
        slots = (PinSlot.JUKI, PinSlot.COMMON) if kind == "juki" else (PinSlot(kind),)
        for slot in slots:
            key = KEYS[slot]
            assert channel.send(0x00, 0xA4, 0x04, 0x0C, key.aid)[1] == 0x9000
            assert channel.send(0x00, 0x20, 0x00, 0x80 | key.fid, value.encode())[1] == 0x9000, (kind, slot)


def test_pins_already_on_the_card_are_not_asked_for_and_not_reported_as_set(desk):
    application = application_id_for("R002")
    outcome, built, slot, _ = visit(desk, DeskScript(application, four_digits="7350", earlier_pins=EARLIER))
    assert outcome.final_state is CounterState.DONE, outcome
    assert "pin-entry" in outcome.states
    assert outcome.pins_set == ("auth", "kenhojo")  # written now, and only those
    assert outcome.pins_already_set == ("juki", "sign")
    [handover] = built.store.handovers_of(application)
    assert handover.state == "completed" and handover.pins_set == ("auth", "kenhojo")
    verify(slot._card, {"auth": "7350", "kenhojo": "7350", **EARLIER})  # the earlier PINs are unchanged


def test_a_card_with_every_pin_set_skips_pin_entry_and_reports_none_set(desk):
    application = application_id_for("R003")
    earlier = {**EARLIER, "auth": "4061", "kenhojo": "4061"}
    outcome, built, slot, _ = visit(desk, DeskScript(application, earlier_pins=earlier))
    assert outcome.final_state is CounterState.DONE, outcome
    assert not {"pin-choice", "pin-entry", "writing-pins"} & set(outcome.states)
    assert outcome.states[outcome.states.index("face-check") + 1] == "handing-over"
    assert outcome.pins_set == () and outcome.pins_already_set == ("auth", "juki", "kenhojo", "sign")
    [handover] = built.store.handovers_of(application)
    assert handover.state == "completed" and handover.pins_set == () and handover.face_card is False
    verify(slot._card, earlier)


def test_card_with_a_pin_pulled_out_mid_write_reports_only_this_visits_pins(desk):
    application = application_id_for("R003")
    seen = []
    built, slot, cards = desk()
    built.flow.observe(lambda state, ctx: seen.append((state, ctx.pins_set)))
    outcome = run_desk(built.flow, slot, cards, DeskScript(application, earlier_pins={"sign": "OLDPASS7"},
                                                           pull_card_after=1))
    assert outcome.final_state is CounterState.DONE, outcome
    assert [pins for state, pins in seen if state is CounterState.PIN_WRITE_FAILED][0] == ("auth",)
    assert outcome.pins_set == ("auth", "juki", "kenhojo") and outcome.pins_already_set == ("sign",)
    assert built.store.handovers_of(application)[0].pins_set == ("auth", "juki", "kenhojo")
