"""The reception flow end to end on the virtual card with fake services (no Qt, no threads)."""

from __future__ import annotations

from datetime import date

import pytest
from flow_fakes import STAFF_PIN, FakeEligibility, agree_to_everything, build_kiosk

from kiosk.reception.config import ReceptionConfig
from kiosk.reception.events import Event
from kiosk.reception.machine import InvalidTransition
from kiosk.reception.model import ConsentItem, Method
from kiosk.reception.states import FlowState
from kiosk.reception.view import build_view
from simulators.residents import resident


def insert(kiosk, resident_id: str) -> None:
    kiosk.slot.insert_resident(resident_id)
    kiosk.flow.send(Event.CARD_INSERTED)


def verifies_with_data(kiosk) -> list[bytes]:
    return [apdu for apdu in kiosk.sent if apdu[1] == 0x20 and len(apdu) > 5]


def test_pin_path_shows_tries_before_entry_and_completes(kiosk):
    person = resident("R002")
    insert(kiosk, "R002")
    flow = kiosk.flow
    assert flow.state is FlowState.CHOOSE_METHOD
    view = build_view(flow.state, flow.ctx, flow.config)
    assert [a.intent for a in view.actions] == [Event.CHOOSE_PIN]  # no card-face scanner: no face
    assert "あと 3 回" in view.actions[0].label
    assert verifies_with_data(kiosk) == []  # the tries came from a data-less query
    flow.send(Event.CHOOSE_PIN)
    assert "あと 3 回" in build_view(flow.state, flow.ctx, flow.config).body
    flow.send(Event.PIN_ENTERED, pin=person.auth_pin)
    assert flow.state is FlowState.CONSENT_BUNDLE
    flow.send(Event.CONSENT_ALL)
    assert flow.state is FlowState.LIMIT  # 受付完了, and 限度額 while the card stays on the reader
    flow.send(Event.CONSENT_ANSWER, agreed=True)
    assert flow.state is FlowState.DONE
    result = kiosk.store.results[0]
    assert result.method is Method.PIN and kiosk.outbox.delivered == [result]
    assert {c.item for c in result.consents} == {ConsentItem.MEDICATION, ConsentItem.CHECKUP, ConsentItem.LIMIT}
    assert len(verifies_with_data(kiosk)) == 1
    kiosk.slot.remove()
    flow.send(Event.CARD_REMOVED)
    assert flow.state is FlowState.IDLE and flow.ctx.identity is None


def test_wrong_pins_show_the_new_count_then_block(kiosk):
    insert(kiosk, "R002")
    flow = kiosk.flow
    flow.send(Event.CHOOSE_PIN)
    for tries_left in (2, 1):
        flow.send(Event.PIN_ENTERED, pin="0000" if resident("R002").auth_pin != "0000" else "9999")
        assert flow.state is FlowState.PIN_ENTRY
        assert f"あと {tries_left} 回" in build_view(flow.state, flow.ctx, flow.config).body
    flow.send(Event.PIN_ENTERED, pin="0000" if resident("R002").auth_pin != "0000" else "9999")
    assert flow.state is FlowState.PIN_BLOCKED
    assert "市区町村" in build_view(flow.state, flow.ctx, flow.config).body
    assert len(verifies_with_data(kiosk)) == 3  # one VERIFY per explicit entry, never more


def test_a_blocked_card_goes_straight_to_the_explanation(kiosk):
    insert(kiosk, "R004")
    kiosk.flow.send(Event.CHOOSE_PIN)
    assert kiosk.flow.state is FlowState.PIN_BLOCKED
    assert verifies_with_data(kiosk) == []


def test_a_face_card_hides_the_pin_choice(kiosk):
    insert(kiosk, "R006")
    view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
    assert all(a.intent is not Event.CHOOSE_PIN for a in view.actions)
    assert "係員" in view.body  # no card-face scanner here, so no face either: the staff check remains
    with pytest.raises(InvalidTransition):
        kiosk.flow.send(Event.CHOOSE_PIN)
    assert kiosk.flow.state is FlowState.CHOOSE_METHOD


def test_an_expired_certificate_names_the_next_step(kiosk):
    insert(kiosk, "R005")
    assert kiosk.flow.state is FlowState.ERROR
    assert "市区町村" in build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config).body
    assert kiosk.store.failures[0].failure_code == "CARD_CERT_EXPIRED"


def test_staff_visual_check_at_the_kiosk_applies_to_one_resident(kiosk):
    insert(kiosk, "R006")
    flow = kiosk.flow
    flow.send(Event.STAFF_OPEN, pin="0000")
    assert flow.state is FlowState.CHOOSE_METHOD and flow.ctx.staff_pin_refused
    flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    assert flow.state is FlowState.STAFF_CHECK
    flow.send(Event.STAFF_CONFIRM)
    agree_to_everything(flow)
    assert kiosk.store.results[0].method is Method.STAFF
    assert any(event == "staff.visual_check.opened" for event, _ in kiosk.store.events)
    kiosk.slot.remove()
    flow.send(Event.CARD_REMOVED)
    insert(kiosk, "R002")
    assert not flow.ctx.staff_mode  # reverted for the next resident
    with pytest.raises(InvalidTransition):
        flow.send(Event.STAFF_CONFIRM)


def test_unregistered_resident_registers_on_the_spot():
    kiosk = build_kiosk(eligibility=FakeEligibility(registered=False))
    insert(kiosk, "R007")
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R007").auth_pin)
    assert kiosk.flow.state is FlowState.REGISTRATION
    kiosk.flow.send(Event.AGREE_REGISTRATION)
    assert kiosk.flow.state is FlowState.CONSENT_BUNDLE and len(kiosk.eligibility.registrations) == 1
    agree_to_everything(kiosk.flow)
    assert kiosk.store.results[0].registered_now and kiosk.store.results[0].answer.registered


def test_declining_registration_ends_with_the_paper_route():
    kiosk = build_kiosk(eligibility=FakeEligibility(registered=False))
    insert(kiosk, "R007")
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R007").auth_pin)
    kiosk.flow.send(Event.DECLINE_REGISTRATION)
    assert kiosk.flow.state is FlowState.DONE
    assert "資格確認書" in build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config).body
    assert kiosk.store.results == [] and kiosk.store.failures[0].failure_code == "REGISTRATION_DECLINED"


@pytest.mark.parametrize(("birth", "offered"), [(date(1990, 1, 1), False), (date(1980, 1, 1), True)])
def test_checkup_consent_is_offered_only_from_40(birth, offered):
    kiosk = build_kiosk(eligibility=FakeEligibility(birth=birth))
    insert(kiosk, "R002")
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    items = []
    if kiosk.flow.state is FlowState.CONSENT_BUNDLE:
        kiosk.flow.send(Event.CONSENT_EACH)
    while kiosk.flow.state in (FlowState.CONSENT, FlowState.LIMIT):
        view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
        items.append(view.consent_item)
        kiosk.flow.send(Event.CONSENT_ANSWER, agreed=view.consent_item is not ConsentItem.LIMIT)
    assert (ConsentItem.CHECKUP in items) is offered
    result = kiosk.store.results[0]
    assert result.answer.qualifications[0].limit_category is None  # 限度額 declined: not shared


def test_surgery_and_prescription_screens_follow_clinic_configuration():
    config = ReceptionConfig(consent_items=(ConsentItem.MEDICATION, ConsentItem.SURGERY), prescription_screen=True,
                             bundle_consent=False)
    kiosk = build_kiosk(config)
    insert(kiosk, "R002")
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
    assert all(a.intent is not Event.CONSENT_ALL for a in view.actions)
    kiosk.flow.send(Event.CONSENT_ANSWER, agreed=True)
    assert kiosk.flow.ctx.consent_queue == [ConsentItem.SURGERY]
    kiosk.flow.send(Event.CONSENT_ANSWER, agreed=False)
    assert kiosk.flow.state is FlowState.PRESCRIPTION
    action = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config).actions[0]
    kiosk.flow.send(action.intent, **action.payload)
    assert kiosk.store.results[0].prescription_form.value == "electronic"


def test_card_removed_midway_leaves_no_result_and_records_the_failure(kiosk):
    insert(kiosk, "R002")
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.slot.remove()
    kiosk.flow.send(Event.CARD_REMOVED)
    assert kiosk.flow.state is FlowState.IDLE
    assert kiosk.store.results == [] and kiosk.outbox.delivered == []
    assert kiosk.store.failures[0].failure_code == "CARD_REMOVED"


def test_service_down_gives_a_next_step_and_returns_to_idle():
    kiosk = build_kiosk(eligibility=FakeEligibility(down=True))
    insert(kiosk, "R002")
    kiosk.flow.send(Event.CHOOSE_PIN)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    assert kiosk.flow.state is FlowState.ERROR
    assert "資格確認書" in build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config).body
    [failure] = kiosk.store.failures  # the clinic system is still told: proven, but unconfirmed
    assert failure.failure_code == "ELIGIBILITY_UNAVAILABLE" and failure.file_id
    assert kiosk.outbox.delivered == [failure]
    kiosk.slot.remove()
    kiosk.flow.send(Event.CARD_REMOVED)
    assert kiosk.flow.state is FlowState.IDLE and kiosk.store.results == []


def test_a_resident_who_never_proved_who_they_are_gets_no_result_file():
    kiosk = build_kiosk(eligibility=FakeEligibility(down=True))
    insert(kiosk, "R002")
    kiosk.slot.remove()
    kiosk.flow.send(Event.CARD_REMOVED)
    assert kiosk.outbox.delivered == [] and all(f.file_id is None for f in kiosk.store.failures)


def test_inactivity_warns_then_times_out_and_the_card_left_behind_alarm_sounds(kiosk):
    insert(kiosk, "R002")
    kiosk.scheduler.fire_all()  # warning, then timeout
    assert kiosk.flow.state is FlowState.ERROR and kiosk.flow.ctx.error_code == "TIMEOUT"
    kiosk.scheduler.fire_all()
    assert kiosk.flow.ctx.alarm
    assert "お忘れ" in build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config).body
    kiosk.scheduler.fire_all()
    assert kiosk.flow.state is FlowState.IDLE


def test_the_warning_comes_before_the_timeout(kiosk):
    insert(kiosk, "R002")
    delays = sorted(delay for delay, _, cancelled in kiosk.scheduler.pending if not cancelled[0])
    warn_callback = next(cb for d, cb, x in kiosk.scheduler.pending if d == delays[0])
    warn_callback()
    assert kiosk.flow.state is FlowState.CHOOSE_METHOD
    assert build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config).warning


def test_a_late_result_from_an_earlier_visit_is_dropped(kiosk):
    insert(kiosk, "R002")
    old_visit = kiosk.flow.ctx.visit
    kiosk.slot.remove()
    kiosk.flow.send(Event.CARD_REMOVED)
    kiosk.flow.send(Event.CARD_READ, old_visit, identity=None)
    assert kiosk.flow.state is FlowState.IDLE
