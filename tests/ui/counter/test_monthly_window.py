"""The supervisor's monthly dashboard window: the view model of a known month (numbers, gaps, desks,
75+ first, the registration support desks, the call list), the two CSV exports byte for byte and
private, nothing clipped at 1280×800 (screenshots: build/screenshots/counter_monthly_*.png)."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import date, datetime

import pytest
from layout_checks import layout_problems
from PySide6.QtCore import Qt

from kiosk.clock import TOKYO
from kiosk.store.monthly import (
    AgeBandRow,
    DeskRow,
    FollowUp,
    IssuanceCounts,
    MonthlyReport,
    RegistrationDeskRow,
    RegistrationOutcomes,
)
from ui.counter.monthly_view import monthly_view
from ui.counter.monthly_window import MonthlyWindow


@pytest.fixture
def report() -> MonthlyReport:
    return MonthlyReport(
        month=date(2026, 11, 1), time_zone="Asia/Tokyo", desk=None,
        counts=IssuanceCounts(1204, 1150, 1098, 1012), to_month_end=IssuanceCounts(15000, 14600, 14400, 14100),
        undated=12,
        by_desk=(DeskRow("DESK-01", 600, 420, 12), DeskRow("DESK-02", 412, 250, 3)),
        age_bands=(AgeBandRow("75+", 300, 240), AgeBandRow("65-74", 200, 130), AgeBandRow("40-64", 300, 180),
                   AgeBandRow("15-39", 180, 100), AgeBandRow("0-14", 32, 20)),
        follow_up=(FollowUp("0000-0000-0000-0000-0000-117", "𠮷田　花子", "ヨシダ　ハナコ",
                            datetime(2026, 11, 30, 23, 30, tzinfo=TOKYO), "DESK-02", "75+"),),
        registration_desks=(RegistrationDeskRow("REG-01", RegistrationOutcomes(96, 40, 12, 4)),
                            RegistrationDeskRow("REG-02", RegistrationOutcomes(0, 3, 0, 0))))


@pytest.fixture
def window(qtbot, report, tmp_path):
    def make(answer=None):
        shown = MonthlyWindow(monthly_view(report), export_dir=tmp_path, choose_path=lambda suggested: answer)
        qtbot.addWidget(shown)
        shown.resize(1280, 800)
        shown.show()
        qtbot.waitExposed(shown)
        return shown
    return make


def rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_view_model_of_a_month(report):
    view = monthly_view(report)
    assert view.title == "交付状況　2026年11月（全窓口）"
    assert view.tiles == (("①受付", "1,204"), ("②交付前設定", "1,150"), ("③通知書送付", "1,098"), ("④交付", "1,012"))
    assert view.issuance.rows[4:] == (("①−② 交付前設定待ち", "54", "400"), ("②−③ 交付通知書送付待ち", "52", "200"),
                                      ("③−④ 受け取り待ち", "86", "300"))
    assert view.age_bands.rows[0] == ("75歳以上", "300", "240", "60", "80.0%")
    assert view.follow_up.rows == (("0000-0000-0000-0000-0000-117", "𠮷田　花子", "ヨシダ　ハナコ", "11/30 23:30",
                                    "DESK-02", "75歳以上"),)
    assert view.follow_up_title == "後日連絡（保険証利用登録をしないで交付）1 人"
    assert "12 件" in view.notes[0]
    assert (view.csv_name, view.follow_up_csv_name) == ("交付状況_2026-11.csv", "後日連絡_2026-11.csv")
    assert view.registration_desks.rows == (("REG-01", "152", "96", "40", "12", "4", "85.7%"),
                                            ("REG-02", "3", "0", "3", "0", "0", "—"),  # nothing to register
                                            ("合計", "155", "96", "43", "12", "4", "85.7%"))


def test_one_desk_has_no_total_row_and_a_quiet_month_no_rate(report):
    one = replace(report, desk="REG-02", registration_desks=report.registration_desks[1:])
    assert monthly_view(one).registration_desks.rows == (("REG-02", "3", "0", "3", "0", "0", "—"),)
    quiet = monthly_view(replace(report, registration_desks=()))
    assert quiet.registration_desks.rows == (("合計", "0", "0", "0", "0", "0", "—"),)
    declined = replace(report, registration_desks=(RegistrationDeskRow("REG-03", RegistrationOutcomes(0, 0, 2, 0)),))
    assert monthly_view(declined).registration_desks.rows[0][-1] == "0.0%"


def test_the_window_shows_the_view(window):
    shown = window()
    assert shown.title.text() == "交付状況　2026年11月（全窓口）"
    assert [number.text() for _, number in shown.tiles] == ["1,204", "1,150", "1,098", "1,012"]
    assert rows(shown.desks)[0] == ["DESK-01", "600", "420", "180", "70.0%", "12"]
    assert rows(shown.age_bands)[0][0] == "75歳以上"
    assert rows(shown.follow_up)[0][1] == "𠮷田　花子"
    assert rows(shown.registration_desks)[-1] == ["合計", "155", "96", "43", "12", "4", "85.7%"]
    assert [shown.tabs.tabText(n) for n in range(3)] == ["交付状況", "後日連絡", "利用登録支援"]


@pytest.mark.parametrize(("button", "text"), [("export_button", "to_csv"), ("follow_up_button", "follow_up_csv")])
def test_exports_write_the_report_csv_privately(window, report, tmp_path, qtbot, button, text):
    target = tmp_path / "out.csv"
    shown = window(answer=target)
    with qtbot.waitSignal(shown.exported):
        qtbot.mouseClick(getattr(shown, button), Qt.MouseButton.LeftButton)
    assert target.read_bytes() == getattr(report, text)().encode("utf-8")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert shown.export_status.text() == "保存しました：out.csv"


def test_the_window_fits_1280x800(window, screenshot):
    shown = window()
    assert layout_problems(shown) == []
    screenshot(shown, "counter_monthly_1280x800")
    shown.tabs.setCurrentIndex(1)
    assert layout_problems(shown) == []
    screenshot(shown, "counter_monthly_follow_up_1280x800")
    shown.tabs.setCurrentIndex(2)
    assert layout_problems(shown) == []
    screenshot(shown, "counter_monthly_registration_desks_1280x800")
