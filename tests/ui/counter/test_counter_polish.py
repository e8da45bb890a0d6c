"""Counter polish (issue 16 §5): the staff console in normal Japanese, check marks in the document
boxes, the receipt's municipality and printer from the ``[counter]`` settings, and the resident
screen's voice guidance."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from app.counter import assemble_desk
from kiosk.counter.machine import CounterContext
from kiosk.counter.pin_rules import PinKind
from kiosk.counter.receipts import HandoverSummary
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import resident_view
from kiosk.flow.executors import InlineExecutor
from kiosk.settings import CounterSettings
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement
from simulators.eligibility import SimulatedEligibilityService
from ui import theme
from ui.counter import staff_console
from ui.counter.console_widgets import staff_japanese, text_label
from ui.counter.document_checklist import TickBox
from ui.counter.resident_screen import ResidentScreen
from ui.counter.staff_console import StaffConsole
from ui.presentation import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ui_fakes import SilentVoice  # noqa: E402


@pytest.fixture
def flow(qapp, tmp_path):
    from ui.app import create_application

    create_application()
    slot = VirtualCardSlot()
    desk = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=slot, collation=slot,
                         cards=SimulatedCardManagement(), eligibility=SimulatedEligibilityService(),
                         executor=InlineExecutor(), simulated_cards=True)
    yield desk.flow
    desk.close()


@pytest.mark.parametrize(("written", "shown"), [
    ("申請の 内容", "申請の内容"),
    ("交付が 終わりました。受領書と 控えを 印刷してください", "交付が終わりました。受領書と控えを印刷してください"),
    ("あと 3 回", "あと 3 回"), ("DESK-01 の 職員", "DESK-01 の職員"),
    ("署名用 パスワード（6〜16文字）", "署名用パスワード（6〜16文字）")])
def test_staff_text_is_normal_japanese(written, shown):
    assert staff_japanese(written) == shown


def test_the_consoles_labels_show_it(qtbot):
    label = text_label("consoleLine", "判断は 職員が します。")
    qtbot.addWidget(label)
    assert label.text() == label.plain_text() == label.accessibleName() == "判断は職員がします。"


def white_in_the_ticked_box(qtbot, box: QCheckBox) -> int:
    """White pixels inside the indicator of ``box``, ticked (the style fills it with the accent)."""
    qtbot.addWidget(box)
    box.setStyleSheet(staff_console.STAFF_STYLE)
    box.resize(300, 48)
    box.setChecked(True)
    box.show()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).adjusted(4, 4, -4, -4)
    image = box.grab().toImage()
    return sum(image.pixelColor(x, y) == QColor(theme.ON_ACCENT)
               for x in range(indicator.left(), indicator.right()) for y in range(indicator.top(), indicator.bottom()))


def test_a_ticked_document_box_shows_a_tick_mark(qtbot):
    assert white_in_the_ticked_box(qtbot, QCheckBox("運転免許証")) < 3  # the style alone: a filled square
    assert white_in_the_ticked_box(qtbot, TickBox("運転免許証")) > 10  # the tick, white on the accent


def handover() -> HandoverSummary:
    return HandoverSummary("0066-3918-6273-3334-8461-871", "テスト 花子", datetime(2026, 11, 23, 1, tzinfo=UTC),
                           "DESK-01", "窓口1", False, (PinKind.AUTH,), True)


@pytest.mark.parametrize(("settings", "simulator", "printed"), [
    (CounterSettings("横浜市", "Desk_02_Brother"), False, ("横浜市", "Desk_02_Brother")),
    (CounterSettings(), True, ("テスト市", None)),  # a simulated desk without settings
    (CounterSettings(), False, None)])  # a real desk without its municipality prints nothing
def test_the_receipt_names_the_configured_municipality_on_the_desks_printer(flow, qtbot, monkeypatch, tmp_path,
                                                                          settings, simulator, printed):
    calls = []
    monkeypatch.setattr(staff_console, "print_documents", lambda summary, *, fallback_dir, printer_name: calls.append(
        (summary.municipality, printer_name)) or SimpleNamespace(message="印刷しました"))
    console = StaffConsole(flow, simulator=simulator, print_dir=tmp_path, counter=settings)
    qtbot.addWidget(console)
    console.view = SimpleNamespace(summary=handover())
    console.print_receipt()
    assert calls == ([printed] if printed else [])
    if printed is None:
        assert "[counter] municipality" in console.print_result.text()


def test_the_resident_screen_says_each_question(flow, qtbot):
    voice = SilentVoice()
    screen = ResidentScreen(flow, presentation=Presentation.build(voice=voice))
    qtbot.addWidget(screen)
    ctx = CounterContext(visit=1, started_at=datetime(2026, 11, 23, 10, tzinfo=UTC))
    view = resident_view(S.PIN_CHOICE, ctx)
    screen.show_view(view)
    assert voice.said and voice.said[-1][1] == "ja" and str(view.title) in voice.said[-1][0]
