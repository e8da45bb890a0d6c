"""「係員を 呼ぶ」 on the municipal desks' resident screen (issue 16 §2), driven by hand on the
simulators and the real store: the button sits in a row above the page, one bar button high; a
tap tells the flow, the button then reads 「係員を 呼んでいます」 (filled), each tap is answered aloud,
and the staff console shows 「お客様が 係員を 呼んでいます」 first (the registration support desk's:
tests/ui/registration/test_registration_windows.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.counter import assemble_desk
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import STAFF_CALLED
from kiosk.flow.executors import InlineExecutor
from kiosk.store.models import AuditEvent
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement, application_id_for
from simulators.eligibility import SimulatedEligibilityService
from ui.counter.console_widgets import StaffLabel, staff_japanese
from ui.counter.resident_screen import WINDOW_SIZE, ResidentScreen
from ui.counter.staff_console import StaffConsole
from ui.presentation import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "flow"))
from flow_fakes import ManualScheduler  # noqa: E402
from layout_checks import layout_problems  # noqa: E402
from ui_fakes import SilentVoice  # noqa: E402

STAFF = ("clerk01", "窓口1 山田", "counter", "counter-pass-01")
CALL, CALLED = "係員を 呼ぶ", "係員を 呼んでいます"


def show(qtbot, *windows) -> None:
    for window, size in windows:
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)


def said(voice: SilentVoice) -> list[str]:
    return [" ".join(texts) for texts, _ in voice.said]


@pytest.fixture
def counter(qtbot, tmp_path):
    """A counter desk's two windows on the real store, locked; the resident screen's voice recorded."""
    slot = VirtualCardSlot()
    desk = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=slot, collation=slot,
                         cards=SimulatedCardManagement(), eligibility=SimulatedEligibilityService(),
                         executor=InlineExecutor(), scheduler=ManualScheduler(), simulated_cards=True)
    desk.store.staff.create(*STAFF)
    voice = SilentVoice()
    console = StaffConsole(desk.flow)
    screen = ResidentScreen(desk.flow, simulator=True, presentation=Presentation.build(voice=voice))
    show(qtbot, (console, (1280, 800)), (screen, WINDOW_SIZE))
    yield desk, console, screen, voice
    console.close()
    screen.close()
    desk.close()


def wait_for(qtbot, screen, state, console) -> None:
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.state is state
                    and console.view is not None and console.view.state is state, timeout=5000)


def audited(desk) -> list[tuple[str, str, dict]]:
    """The desk's staff calls in the audit chain."""
    with Session(desk.store.engine) as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.event == "counter.staff_call")).all()
        return [(row.event, row.terminal_id, json.loads(row.data)) for row in rows]


def log_in(desk) -> None:
    """As the console's login form does."""
    desk.flow.send(E.LOGIN, staff_id=STAFF[0], password=STAFF[3])


def test_the_call_row_is_one_bar_button_above_the_page_and_hidden_at_a_locked_desk(counter, qtbot):
    desk, console, screen, _ = counter
    wait_for(qtbot, screen, S.LOCKED, console)
    assert screen.call_bar.isHidden()  # the locked desk takes no call: no button that does nothing
    log_in(desk)
    wait_for(qtbot, screen, S.QUEUE, console)
    qtbot.wait(10)  # the layout settles
    bar, button = screen.call_bar, screen.call_button
    assert bar.isVisible() and button.text() == CALL and button.accessibleName() == CALL
    assert not button.property("primary")
    assert bar.height() == button.height() + 8  # 4 px above and below, nothing else
    title_top = screen.title.mapTo(screen, screen.title.rect().topLeft()).y()
    assert bar.mapTo(screen, bar.rect().bottomLeft()).y() < title_top  # above the page
    assert button.geometry().left() > bar.width() // 2  # on the right
    assert not layout_problems(screen)


def test_a_tap_calls_staff_says_so_and_shows_on_the_console(counter, qtbot):
    desk, console, screen, voice = counter
    log_in(desk)
    wait_for(qtbot, screen, S.QUEUE, console)
    assert not console.lookup_page.call.isVisible()
    voice.said.clear()

    qtbot.mouseClick(screen.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.call_button.text() == CALLED, timeout=2000)
    assert desk.flow.state is S.QUEUE and desk.flow.ctx.staff_calls == 1
    assert screen.call_button.property("primary") and screen.call_button.accessibleName() == CALLED
    assert said(voice) == [CALLED]
    assert audited(desk) == [("counter.staff_call", "DESK-01", {"state": "QUEUE"})]  # the real audit chain
    qtbot.waitUntil(lambda: console.lookup_page.call.isVisible(), timeout=2000)
    assert console.lookup_page.call.plain_text() == staff_japanese(STAFF_CALLED)
    assert console.lookup_page.call.objectName() == "consoleMessage"  # it stands out as a message

    qtbot.mouseClick(screen.call_button, Qt.MouseButton.LeftButton)  # again: answered again
    qtbot.waitUntil(lambda: len(voice.said) == 2, timeout=2000)
    assert said(voice) == [CALLED, CALLED] and desk.flow.ctx.staff_calls == 2
    assert len(audited(desk)) == 1  # once per visit

    # The resident's application is looked up: the call stays with the visit, first on the work page.
    desk.flow.send(E.LOOKUP, text=desk.effects.cards.notice_text(application_id_for("R002")))
    wait_for(qtbot, screen, S.APPLICATION, console)
    first = console.work_page.lines_box.findChildren(StaffLabel)[0]
    assert first.plain_text() == staff_japanese(STAFF_CALLED) and first.objectName() == "consoleMessage"
    assert said(voice).count(CALLED) == 2  # no new tap: nothing more said about the call

    desk.flow.send(E.NEXT)  # the next resident: a new visit, no call
    wait_for(qtbot, screen, S.QUEUE, console)
    assert screen.call_button.text() == CALL and not screen.call_button.property("primary")
    assert not console.lookup_page.call.isVisible()
