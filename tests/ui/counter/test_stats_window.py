"""The supervisor's statistics window: the numbers of a known day in the chart, the tiles and the
tables; the CSV export byte for byte; re-rendering; nothing clipped at 1280×800."""

from __future__ import annotations

from datetime import date

import pytest
from layout_checks import layout_problems
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from kiosk.counter.records import Counts, DayStatistics, HourRow, StaffRow
from ui.counter.stats_window import STAFF_COLUMNS, StatsWindow, reason_label


@pytest.fixture
def day_statistics() -> DayStatistics:
    """A day with gaps between hours (11 and 12 have nothing), three failure reasons, two staff."""
    return DayStatistics(
        day=date(2026, 11, 23),
        total=Counts(10, 7, 2, {"IDENTITY_REFUSED": 2, "RESIDENT_LEFT": 1, "CARD_ERROR": 1}),
        by_hour=(
            HourRow(9, Counts(3, 2, 1, {"IDENTITY_REFUSED": 1})),
            HourRow(10, Counts(5, 4, 0, {})),
            HourRow(13, Counts(2, 1, 1, {"IDENTITY_REFUSED": 1, "RESIDENT_LEFT": 1, "CARD_ERROR": 1})),
        ),
        by_staff=(
            StaffRow("s001", "山田 花子", Counts(6, 5, 1, {"IDENTITY_REFUSED": 1})),
            StaffRow("s002", "𠮷田 一郎", Counts(4, 2, 1, {"IDENTITY_REFUSED": 1, "RESIDENT_LEFT": 1,
                                                          "CARD_ERROR": 1})),
        ),
    )


@pytest.fixture
def stats_window(qtbot, day_statistics, tmp_path):
    """Factory: a shown StatsWindow at 1280×800 whose save dialog answers ``answer`` (a path or None)."""

    def make(statistics=day_statistics, answer=None):
        asked = []

        def choose(suggested):
            asked.append(suggested)
            return answer

        window = StatsWindow(statistics, export_dir=tmp_path, choose_path=choose)
        window.asked = asked
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def clipped_cells(table) -> list[str]:
    """Cells and headers whose text, wrapped, does not fit their box (it would be elided or cut)."""
    metrics, header_metrics = QFontMetrics(table.font()), QFontMetrics(table.horizontalHeader().font())
    problems = []
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column).text()
        if header_metrics.horizontalAdvance(header) > table.horizontalHeader().sectionSize(column):
            problems.append(f"header {header!r}")
        for row in range(table.rowCount()):
            item = table.item(row, column)
            box = table.visualItemRect(item)
            needed = metrics.boundingRect(QRect(0, 0, box.width() - 6, 10_000), Qt.TextFlag.TextWordWrap,
                                          item.text())
            if needed.width() > box.width() - 6 or needed.height() > box.height():
                problems.append(f"{item.text()!r} needs {needed.size().toTuple()} in {box.size().toTuple()}")
    return problems


def test_chart_has_every_hour_from_first_to_last_with_the_day_numbers(stats_window):
    window = stats_window()
    chart = window.chart
    assert chart.category_labels() == ["9時", "10時", "11時", "12時", "13時"]
    assert chart.values_of("交付") == [3, 5, 0, 0, 2]
    assert chart.values_of("保険証利用登録") == [2, 4, 0, 0, 1]
    assert chart.values_of("顔認証カード") == [1, 0, 0, 0, 1]
    assert chart.values_of("交付できず") == [1, 0, 0, 0, 3]
    assert chart.values.max() > 5  # headroom above the tallest bar for its label


def test_totals_reasons_and_staff_table_show_the_day(stats_window):
    window = stats_window()
    assert window.title.text() == "窓口 交付統計　2026年11月23日"
    assert {name: label.text() for name, label in window.totals.items()} == {
        "handovers": "10", "registrations": "7", "face_cards": "2", "failed": "4"}
    assert table_rows(window.reasons) == [
        ["本人確認できず", "IDENTITY_REFUSED", "2"],
        ["カード読み取りエラー", "CARD_ERROR", "1"],
        ["途中で帰られた", "RESIDENT_LEFT", "1"],
    ]
    assert [window.staff_table.horizontalHeaderItem(c).text() for c in range(len(STAFF_COLUMNS))] == \
        list(STAFF_COLUMNS)
    assert table_rows(window.staff_table) == [
        ["s001", "山田 花子", "6", "5", "1", "1", "本人確認できず 1"],
        ["s002", "𠮷田 一郎", "4", "2", "1", "3", "カード読み取りエラー 1\n本人確認できず 1\n途中で帰られた 1"],
    ]
    assert window.staff_table.item(1, 6).toolTip() == "CARD_ERROR 1、IDENTITY_REFUSED 1、RESIDENT_LEFT 1"


def test_reason_labels_fall_back_to_the_resident_text_then_to_other():
    assert reason_label("IDENTITY_REFUSED") == "本人確認できず"
    assert reason_label("CARD_REMOVED") == "カードがはずれました"  # first sentence of kiosk.messages
    assert reason_label("SOMETHING_NEW") == "その他"


def test_export_button_writes_exactly_to_csv(stats_window, day_statistics, tmp_path, qtbot):
    target = tmp_path / "out.csv"
    window = stats_window(answer=target)
    with qtbot.waitSignal(window.exported) as signal:
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.asked == [tmp_path / "交付統計_2026-11-23.csv"]
    assert signal.args == [target]
    assert target.read_bytes() == day_statistics.to_csv().encode("utf-8")  # BOM and CRLF kept
    assert window.export_status.text() == "保存しました：out.csv"


def test_cancelled_dialog_writes_nothing(stats_window, tmp_path, qtbot):
    window = stats_window(answer=None)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.asked and list(tmp_path.iterdir()) == []


def test_unwritable_target_is_reported_not_raised(stats_window, tmp_path, qtbot):
    window = stats_window(answer=tmp_path / "missing" / "out.csv")
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.export_status.text() == "保存できませんでした。保存先を確かめてください。"


def test_update_renders_another_day(stats_window):
    window = stats_window()
    window.update(DayStatistics(date(2026, 11, 24), Counts(1, 0, 1, {}), (), ()))
    assert window.title.text().endswith("2026年11月24日")
    assert window.totals["handovers"].text() == "1"
    assert window.chart.category_labels() == []
    assert window.chart.chart().title() == "この日の記録はありません"
    assert window.reasons.rowCount() == 0 and window.staff_table.rowCount() == 0
    window.update()  # still QWidget.update


def test_window_fits_1280x800_and_screenshot(stats_window, screenshot):
    window = stats_window()
    assert layout_problems(window) == []
    assert clipped_cells(window.reasons) == [] and clipped_cells(window.staff_table) == []
    two_lines = 2 * QFontMetrics(window.reasons.font()).lineSpacing()
    assert all(window.reasons.rowHeight(row) < two_lines for row in range(window.reasons.rowCount()))
    screenshot(window, "counter_stats_1280x800")


def test_empty_day_screenshot(stats_window, screenshot):
    window = stats_window(DayStatistics(date(2026, 11, 24), Counts()))
    assert layout_problems(window) == []
    screenshot(window, "counter_stats_empty")
