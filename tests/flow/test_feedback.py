"""What the screens tell the resident on the way (issue 16 §4): 「ご本人と 確認できました」 after the
face or the PIN, the leaflets' step count, and which words are warnings."""

from __future__ import annotations

import pytest
from flow_fakes import STAFF_PIN, agree_to_everything, build_kiosk

from kiosk.reception.events import Event
from kiosk.reception.model import Method
from kiosk.reception.states import FlowState
from kiosk.reception.view import STEPS, build_view
from simulators.residents import resident


def view(kiosk):
    return build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)


def inserted(resident_id: str = "R002"):
    kiosk = build_kiosk()
    kiosk.slot.insert_resident(resident_id)
    kiosk.flow.send(Event.CARD_INSERTED)
    return kiosk


@pytest.mark.parametrize(("method", "title"), [(Method.PIN, "ご本人と 確認できました"),
                                                (Method.FACE, "ご本人と 確認できました"),
                                                (Method.STAFF, "保険の 資格を 確認しています")])
def test_the_identity_is_confirmed_aloud_after_face_or_pin(method, title):
    kiosk = inserted()
    kiosk.flow.ctx.method = method
    shown = build_view(FlowState.CHECKING, kiosk.flow.ctx, kiosk.flow.config)
    assert shown.title == title and title in shown.spoken


def test_the_steps_follow_the_leaflets_four():
    kiosk = inserted()
    steps = [view(kiosk).step]
    kiosk.flow.send(Event.CHOOSE_PIN)
    steps.append(view(kiosk).step)
    kiosk.flow.send(Event.PIN_ENTERED, pin=resident("R002").auth_pin)
    steps.append(view(kiosk).step)
    agree_to_everything(kiosk.flow)
    steps.append(view(kiosk).step)
    assert steps == ["2/4 本人確認", "2/4 本人確認", "3/4 同意の 確認", "4/4 受付完了"]
    assert build_view(FlowState.IDLE, kiosk.flow.ctx, kiosk.flow.config).step == "1/4 読み取り"
    assert set(FlowState) - set(STEPS) == {FlowState.ERROR, FlowState.CANCELLED}  # a visit ended otherwise


def test_wrong_pins_the_last_try_and_locks_are_warnings():
    kiosk = inserted("R002")
    kiosk.flow.send(Event.CHOOSE_PIN)
    assert not view(kiosk).body_warns  # 「あと 3 回 入力できます。」 informs
    wrong = "0000" if resident("R002").auth_pin != "0000" else "9999"
    kiosk.flow.send(Event.PIN_ENTERED, pin=wrong)
    assert view(kiosk).body_warns  # 「あと 2 回 入力できます。」 under the title 「暗証番号が ちがいます」
    assert view(kiosk).title == "暗証番号が ちがいます"
    kiosk.flow.send(Event.PIN_ENTERED, pin=wrong)
    kiosk.flow.send(Event.PIN_ENTERED, pin=wrong)
    assert kiosk.flow.state is FlowState.PIN_BLOCKED and view(kiosk).body_warns
    assert inserted("R005").flow.state is FlowState.ERROR  # an expired certificate
    assert view(inserted("R005")).body_warns


def test_the_staff_check_is_step_two():
    kiosk = inserted("R006")
    kiosk.flow.send(Event.STAFF_OPEN, pin=STAFF_PIN)
    assert view(kiosk).step == "2/4 本人確認"
