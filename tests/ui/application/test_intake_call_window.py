"""「係員を 呼ぶ」 on the intake desk's resident screen (issue 18, as at the municipal desks): the
tap reaches the flow, the button then reads 「係員を 呼んでいます」 in the resident's language and
staff read 「お客様が 係員を 呼んでいます」 in their window until the next resident; the resident's
preferences go back to the defaults for the next resident."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from kiosk.accessibility import TextSize
from kiosk.application.machine import IntakeFlow
from kiosk.application.records import IntakeMode
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.counter.view import STAFF_CALLED
from ui.application.windows import open_windows
from ui.counter.console_widgets import staff_japanese

NOW = datetime(2025, 6, 2, 10, 30, tzinfo=UTC)


class Audited:
    """Effects that only note the audited calls (the real ones: ``IntakeEffects``)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def entered(self, *args: Any) -> None: ...
    def left(self, *args: Any) -> None: ...

    def handled(self, flow: IntakeFlow, event: E, ctx: Any, payload: dict[str, Any]) -> None:
        if event is E.CALL_STAFF:
            self.calls.append(flow.state.name)


def test_the_resident_calls_staff_and_both_windows_show_it(qtbot, screenshot):
    flow = IntakeFlow(Audited(), mode=IntakeMode.OFFICE, clock=lambda: NOW)
    staff, resident, detach = open_windows(flow)
    try:
        flow.send(E.START)
        qtbot.waitUntil(lambda: resident.view is not None and resident.view.state is S.IDENTIFY, timeout=2000)
        resident.presentation.preferences.set_language("en")
        resident.presentation.preferences.next_text_size()
        qtbot.waitUntil(lambda: resident.call_bar.button.text() == "Call staff", timeout=2000)
        assert resident.call_bar.isVisible() and not staff.lines.isVisible()
        qtbot.mouseClick(resident.call_bar.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: staff.lines.isVisible(), timeout=2000)
        assert flow.state is S.IDENTIFY and flow.ctx.staff_calls == 1 and flow.effects.calls == ["IDENTIFY"]
        assert staff.lines.text() == staff_japanese(STAFF_CALLED)  # staff read it without phrase spaces
        qtbot.waitUntil(lambda: resident.call_bar.button.property("primary") is True, timeout=2000)
        assert resident.call_bar.button.text() != "Call staff"  # "calling staff", in English
        screenshot(staff, "intake-staff-called")
        flow.send(E.CANCEL)  # the next resident: no call, Japanese, the standard size
        qtbot.waitUntil(lambda: not staff.lines.isVisible() and resident.follower.language == "ja", timeout=2000)
        assert resident.presentation.preferences.value.text_size is TextSize.STANDARD
        assert resident.call_bar.button.text() == "係員を 呼ぶ"
    finally:
        detach()
        staff.close()
        resident.close()
