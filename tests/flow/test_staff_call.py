"""「係員を呼ぶ」 (issue 16 §2): valid on every screen and changing none; the first tap of a visit is
an audit event and a notice the clinic system reads (a JSON file beside the results); while staff
are on their way the question does not time out."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime

import pytest
from flow_fakes import build_kiosk

from kiosk.handoff.errors import HandoffError
from kiosk.handoff.staff_calls import FOLDER, FolderStaffCalls
from kiosk.reception.events import Event
from kiosk.reception.states import FlowState
from kiosk.reception.view import build_view


def live_timers(kiosk) -> list[float]:
    return sorted(delay for delay, _, cancelled in kiosk.scheduler.pending if not cancelled[0])


def at_method_screen():
    kiosk = build_kiosk()
    kiosk.slot.insert_resident("R002")
    kiosk.flow.send(Event.CARD_INSERTED)
    return kiosk


def test_a_call_stays_on_the_screen_and_raises_one_alert_per_visit():
    kiosk = at_method_screen()
    kiosk.flow.send(Event.CALL_STAFF)
    kiosk.flow.send(Event.CALL_STAFF)  # tapped again: said again, but one alert
    assert kiosk.flow.state is FlowState.CHOOSE_METHOD
    assert [event for event, _ in kiosk.store.events].count("staff.call") == 1
    assert [(terminal, screen) for terminal, _, screen in kiosk.staff_calls.calls] == [("KIOSK-01", "choose-method")]
    view = build_view(kiosk.flow.state, kiosk.flow.ctx, kiosk.flow.config)
    assert view.staff_calls == 2 and view.staff_called == "係員を 呼びました。そのまま お待ちください。"


def test_the_idle_screen_can_call_staff_too():
    kiosk = build_kiosk()
    kiosk.flow.send(Event.CALL_STAFF)
    assert kiosk.flow.state is FlowState.IDLE and len(kiosk.staff_calls.calls) == 1


def test_while_staff_come_the_question_does_not_time_out():
    kiosk = at_method_screen()
    assert live_timers(kiosk)  # the inactivity warning and timeout
    kiosk.flow.send(Event.CALL_STAFF)
    assert live_timers(kiosk) == []
    kiosk.flow.send(Event.CHOOSE_PIN)  # staff help the resident on: still no timeout this visit
    assert live_timers(kiosk) == []


def test_a_call_keeps_the_card_left_alarm_of_the_last_screen():
    kiosk = at_method_screen()
    kiosk.flow.send(Event.CANCEL)
    before = live_timers(kiosk)
    kiosk.flow.send(Event.CALL_STAFF)
    assert live_timers(kiosk) == before == [kiosk.flow.config.card_left_seconds]  # neither dropped nor doubled


def test_the_notice_is_a_small_json_file_beside_the_results(tmp_path):
    calls = FolderStaffCalls(tmp_path)
    calls.call("KIOSK-01", datetime(2026, 11, 23, 1, 15, 2, tzinfo=UTC), "pin-entry")
    (file,) = (tmp_path / FOLDER).iterdir()
    assert file.name.startswith("KIOSK-01-20261123-101502-") and file.suffix == ".json"
    assert json.loads(file.read_text()) == {"event": "staff_call", "terminal_id": "KIOSK-01",
                                            "called_at": "2026-11-23T10:15:02+09:00", "screen": "pin-entry"}
    assert stat.S_IMODE(file.stat().st_mode) == 0o640
    assert not [p for p in (tmp_path / FOLDER).iterdir() if p.name.startswith(".")]  # no temp file left


def test_a_missing_results_folder_is_reported(tmp_path):
    with pytest.raises(HandoffError):
        FolderStaffCalls(tmp_path / "not-mounted").call("KIOSK-01", datetime(2026, 11, 23, tzinfo=UTC), "idle")
