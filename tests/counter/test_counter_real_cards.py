"""A counter desk for real cards (issue 17 §1), in-process: the first PINs are set on J-LIS's 統合端末
(a staff step), read back from the card before the handover, and a card that comes back without
them — or another card — is refused with a clear staff message. After the handover the 利用申込
verifies the PIN the resident has just set. Where no card-face camera reads 照合番号B, staff type it.
The same desk on the PC/SC path: tests/integration/test_counter_real_reader.py."""

from __future__ import annotations

import pytest

from app.counter import assemble_desk
from kiosk.card.apdu import CardChannel
from kiosk.card.jpki import JpkiAp
from kiosk.counter.applications import ApplicationStatus
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import resident_view, staff_view
from kiosk.flow.executors import InlineExecutor
from simulators.card.connection import VirtualCardConnection
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement, application_id_for
from simulators.counter_scenarios import DeskScript, card_face_entry, run_desk
from simulators.eligibility import SimulatedEligibilityService

STAFF = ("clerk01", "窓口1 山田", "counter", "counter-pass-01")


class NoCardFaceCamera:
    """A desk whose card-face camera could not read the card: staff type 照合番号B."""

    def collation_number_b(self) -> None:
        return None

    def collation_problem(self) -> str:
        return "CARD_FACE_UNREADABLE"


@pytest.fixture
def desk(tmp_path):
    built_desks = []

    def build(*, collation=None, real: bool = True):
        slot, cards = VirtualCardSlot(), SimulatedCardManagement()
        built = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=slot,
                              collation=collation or slot, cards=cards, eligibility=SimulatedEligibilityService(),
                              executor=InlineExecutor(), simulated_cards=not real)
        built.store.staff.create(*STAFF)
        built_desks.append(built)
        return built, slot, cards

    yield build
    for built in built_desks:
        built.close()


def test_a_real_card_goes_through_the_jlis_step_and_the_read_back(desk):
    built, slot, cards = desk()
    application = application_id_for("R007")
    outcome = run_desk(built.flow, slot, cards, DeskScript(application, four_digits="7350"))
    assert outcome.final_state is S.DONE, outcome
    assert outcome.states[outcome.states.index("face-check"):] == [
        "face-check", "jlis-pins", "confirming-pins", "handing-over", "registration", "registration-pin",
        "registering", "finishing", "done"]
    assert "pin-choice" not in outcome.states and "writing-pins" not in outcome.states  # nothing set at the desk
    assert set(outcome.pins_set) == {"sign", "auth", "juki", "kenhojo"} and outcome.registered
    assert cards.find(application).status is ApplicationStatus.HANDED_OVER
    [handover] = built.store.handovers_of(application)
    assert handover.state == "completed" and set(handover.pins_set) == {"sign", "auth", "juki", "kenhojo"}
    # The registration verified the PIN the resident set on the 統合端末, and used no try of it.
    assert JpkiAp(CardChannel(VirtualCardConnection(slot._card))).auth_pin_status().tries_left == 3


def test_the_jlis_step_is_a_staff_step_and_the_resident_waits(desk):
    built, slot, cards = desk()
    flow = built.flow
    seen = {}
    flow.observe(lambda state, ctx: seen.setdefault(state, (staff_view(state, ctx, flow.staff),
                                                            resident_view(state, ctx))))
    run_desk(flow, slot, cards, DeskScript(application_id_for("R002")))
    staff, resident = seen[S.JLIS_PINS]
    assert staff.title == "統合端末で 暗証番号を 設定してください"
    assert [action.label for action in staff.actions] == ["設定しました", "中止"]
    assert any("署名用、利用者証明用、住民基本台帳用、券面事項入力補助用" in line for line in staff.lines)
    assert resident.keypad == "" and resident.body.id == "counter.jlis.body"


def test_a_card_back_from_the_jlis_terminal_without_a_pin_is_refused(desk):
    built, slot, cards = desk()
    application = application_id_for("R002")
    outcome = run_desk(built.flow, slot, cards, DeskScript(application, jlis_leaves_unset=("auth",)))
    assert outcome.final_state is S.JLIS_PINS and outcome.message_code == "COUNTER_PINS_NOT_SET"
    assert outcome.pins_missing == ("auth",)
    view = staff_view(built.flow.state, built.flow.ctx, built.flow.staff)
    assert view.lines[0] == "まだ 設定されていない 暗証番号: 利用者証明用"
    assert view.message.startswith("設定されていない 暗証番号が あります")
    assert cards.find(application).status is ApplicationStatus.CARD_READY  # not handed over
    built.flow.send(E.CANCEL)
    assert built.flow.state is S.FAILED


def test_another_card_put_back_after_the_jlis_step_is_refused(desk):
    built, slot, cards = desk()
    flow = built.flow
    application = application_id_for("R002")
    flow.send(E.LOGIN, staff_id=STAFF[0], password=STAFF[3])
    flow.send(E.LOOKUP, text=application)
    flow.send(E.START)
    flow.send(E.DOCUMENTS_OK, documents=["driving_license"])
    slot.insert_resident("R002", issued=False)
    flow.send(E.STAFF_CONFIRM)
    assert flow.state is S.JLIS_PINS
    slot.insert_resident("R003", issued=False, pins={"sign": "MYNA2026", "auth": "5821", "juki": "5821",
                                                     "kenhojo": "5821"})
    flow.send(E.JLIS_DONE)
    assert flow.state is S.JLIS_PINS and flow.ctx.message_code == "COUNTER_CARD_SWAPPED"
    assert "交付中の カードと ちがいます" in staff_view(flow.state, flow.ctx, flow.staff).lines[0]


def test_a_face_card_application_sets_no_pin_on_the_jlis_terminal_and_registers_without_one(desk):
    built, slot, cards = desk()
    outcome = run_desk(built.flow, slot, cards, DeskScript(application_id_for("R006")))
    assert outcome.final_state is S.DONE and outcome.pins_set == () and outcome.registered
    assert "jlis-pins" in outcome.states and "registration-pin" not in outcome.states


def test_a_wrong_pin_for_the_registration_is_asked_again_with_the_tries_left(desk):
    built, slot, cards = desk(real=False)
    flow = built.flow
    views = []
    flow.observe(lambda state, ctx: views.append(resident_view(state, ctx)) if state is S.REGISTRATION_PIN else None)
    outcome = run_desk(flow, slot, cards, DeskScript(application_id_for("R007"), registration_pin="0000"))
    assert outcome.final_state is S.DONE and outcome.registered
    assert outcome.states.count("registration-pin") == 2
    first, again = views[0], views[-1]
    assert first.body.parts[0].id == "counter.support.pin.tries" and "あと 3 回" in first.body
    assert "あと 2 回" in again.warning and again.keypad == "digits"


def test_without_a_card_face_reading_staff_type_the_card_face(desk):
    built, slot, cards = desk(collation=NoCardFaceCamera())
    outcome = run_desk(built.flow, slot, cards, DeskScript(application_id_for("R002")))
    assert outcome.final_state is S.DONE, outcome
    assert outcome.states[:outcome.states.index("face-check")][-3:] == ["card-check", "card-face-entry",
                                                                         "card-check"]


def test_a_typed_card_face_the_card_refuses_goes_back_to_staff(desk):
    built, slot, cards = desk(collation=NoCardFaceCamera())
    flow = built.flow
    flow.send(E.LOGIN, staff_id=STAFF[0], password=STAFF[3])
    flow.send(E.LOOKUP, text=application_id_for("R002"))
    flow.send(E.START)
    flow.send(E.DOCUMENTS_OK, documents=["driving_license"])
    slot.insert_resident("R002", issued=False)
    assert flow.state is S.CARD_FACE_ENTRY
    assert staff_view(flow.state, flow.ctx, flow.staff).collation_form
    wrong = card_face_entry("R003")  # another card's face: a valid form, the wrong number
    flow.send(E.COLLATION_ENTERED, entry=wrong)
    assert flow.state is S.CARD_FACE_ENTRY and flow.ctx.message_code == "COLLATION_REFUSED"
    assert "受け付けませんでした" in staff_view(flow.state, flow.ctx, flow.staff).lines[0]
    flow.send(E.COLLATION_ENTERED, entry=card_face_entry("R002"))
    assert flow.state is S.FACE_CHECK
