"""The supervisor's day at the counter (issue 5): the day's totals in big numbers, a bar chart per
hour, failures by reason, a table per staff member, and a CSV export for Excel.

It renders a :class:`~kiosk.counter.records.DayStatistics` and nothing else: the numbers come
from the store (``kiosk.store.counter``) through the composition root, which calls
:meth:`StatsWindow.update` with a new day's statistics.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.records import Counts, DayStatistics
from kiosk.messages import MESSAGES
from ui import theme

logger = logging.getLogger(__name__)

# Short labels for the failure codes a handover ends with (``CounterStore.fail``). Other codes
# take the first sentence of their resident text (kiosk.messages), or 「その他」.
FAILURE_LABELS: dict[str, str] = {
    "IDENTITY_REFUSED": "本人確認できず",
    "RESIDENT_LEFT": "途中で帰られた",
    "COUNTER_CLAIM_ABANDONED": "手続きが中断されたまま",
    "CARD_ERROR": "カード読み取りエラー",
}

# (Counts attribute, label, bar colour): the chart's series and the big numbers. Every colour is
# at least 7:1 on white, like the rest of the theme.
MEASURES: tuple[tuple[str, str, str], ...] = (
    ("handovers", "交付", theme.ACCENT),
    ("registrations", "保険証利用登録", "#1A5E2E"),
    ("face_cards", "顔認証カード", "#6A3D9A"),
    ("failed", "交付できず", theme.WARNING),
)
STAFF_COLUMNS = ("職員ID", "職員名", "交付", "保険証利用登録", "顔認証カード", "交付できず", "理由別")
REASON_COLUMNS = ("理由", "コード", "件数")

SMALL_PX, TABLE_PX, HEADING_PX, NUMBER_PX = 18, 20, 26, 56
HEADER_BG = "#E4EAF4"  # TEXT on it: 15.6:1

STYLE_SHEET = f"""
QLabel#statsTitle {{ font-size: 32px; font-weight: bold; color: {theme.ACCENT}; }}
QLabel#sectionTitle {{ font-size: {HEADING_PX}px; font-weight: bold; }}
QFrame#totalTile {{ border: 3px solid {theme.ACCENT}; border-radius: 12px; }}
QFrame#totalTile QLabel {{ border: none; background: transparent; }}
QLabel#totalCaption {{ font-size: {HEADING_PX - 4}px; }}
QLabel#totalNumber {{ font-size: {NUMBER_PX}px; font-weight: bold; }}
QLabel#exportStatus {{ font-size: {TABLE_PX}px; }}
QTableWidget {{ font-size: {TABLE_PX}px; gridline-color: {theme.DISABLED_TEXT}; }}
QTableWidget::item {{ padding: 2px 8px; }}
QHeaderView {{ font-size: {TABLE_PX}px; font-weight: bold; }}
QHeaderView::section {{ background: {HEADER_BG}; color: {theme.TEXT}; padding: 4px 8px;
                        border: 1px solid {theme.DISABLED_TEXT}; }}
QPushButton#exportButton {{ font-size: 24px; min-height: 60px; }}
"""


def reason_label(code: str) -> str:
    """A short Japanese label for a failure code, for staff who read the code beside it."""
    if code in FAILURE_LABELS:
        return FAILURE_LABELS[code]
    if code in MESSAGES:
        return MESSAGES[code].split("。")[0].replace(" ", "")
    return "その他"


def reasons_text(failures: Mapping[str, int]) -> str:
    """「本人確認できず 2」, one reason a line, most frequent first."""
    return "\n".join(f"{reason_label(code)} {n}" for code, n in _by_count(failures))


def _by_count(failures: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(failures.items(), key=lambda item: (-item[1], item[0]))


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont(theme.application_font().family())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _number_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: tuple[str, ...], stretch: int) -> QTableWidget:
    """A read-only table; column ``stretch`` takes the spare width and wraps, rows grow to fit."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _section(title: str, body: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    caption = QLabel(title)
    caption.setObjectName("sectionTitle")
    layout.addWidget(caption)
    layout.addWidget(body, 1)
    return box


class HourChart(QChartView):
    """Grouped bars per hour, one colour per :data:`MEASURES` entry, each bar labelled with its
    number. Hours run from the first to the last with any attempt, quiet hours included, so the
    gaps in the day show. (Grouped, not stacked: registrations and face cards are part of the
    handovers, and stacking them would count those twice.)"""

    def __init__(self) -> None:
        self.series = QBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.hours = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        chart = QChart()
        chart.addSeries(self.series)
        chart.addAxis(self.hours, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.hours)
        self.series.attachAxis(self.values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setFont(_font(SMALL_PX))
        chart.legend().setLabelColor(QColor(theme.TEXT))
        chart.setTitleFont(_font(SMALL_PX, bold=True))
        chart.setTitleBrush(QColor(theme.TEXT))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        for axis in (self.hours, self.values):
            axis.setLabelsFont(_font(SMALL_PX))
            axis.setLabelsColor(QColor(theme.TEXT))
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)

    def show_hours(self, statistics: DayStatistics) -> None:
        rows = {row.hour: row.counts for row in statistics.by_hour}
        hours = list(range(min(rows), max(rows) + 1)) if rows else []
        self.series.clear()
        for name, label, colour in MEASURES:
            bars = QBarSet(label)
            bars.setColor(QColor(colour))
            bars.setLabelColor(QColor(theme.TEXT))
            bars.setLabelFont(_font(SMALL_PX - 2))
            bars.append([getattr(rows.get(hour, Counts()), name) for hour in hours])
            self.series.append(bars)
        self.hours.clear()
        self.hours.append([f"{hour}時" for hour in hours])
        top = max((getattr(counts, name) for counts in rows.values() for name, _, _ in MEASURES), default=0)
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if top <= 4 * s or s == 1000)
        # One step of headroom above the tallest bar keeps its number label inside the plot.
        self.values.setRange(0, (top // step + 1) * step)
        self.values.setTickCount(top // step + 2)
        self.chart().setTitle("" if hours else "この日の記録はありません")

    def category_labels(self) -> list[str]:
        return self.hours.categories()

    def values_of(self, label: str) -> list[int]:
        """The bar heights of the series called ``label`` (e.g. 「交付」), hour by hour."""
        bars = next(b for b in self.series.barSets() if b.label() == label)
        return [round(bars.at(i)) for i in range(bars.count())]


class StatsWindow(QMainWindow):
    """The day's statistics for the supervisor, with a CSV export.

    :param statistics: the day to show.
    :param export_dir: the folder the save dialog opens in (default: the home folder).
    :param choose_path: asks where to save, given the suggested path; returns the path or None if
        cancelled. Default: a save dialog. Tests pass a function instead.
    """

    exported = Signal(Path)

    def __init__(self, statistics: DayStatistics, *, export_dir: Path | None = None,
                 choose_path: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__()
        self.setStyleSheet(STYLE_SHEET)
        self._export_dir = Path(export_dir) if export_dir is not None else Path.home()
        self._choose_path = choose_path or self._ask_path
        self.title = QLabel()
        self.title.setObjectName("statsTitle")
        self.export_button = QPushButton("CSVに保存")
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_clicked)
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.totals: dict[str, QLabel] = {}
        self.chart = HourChart()
        self.reasons = _table(REASON_COLUMNS, stretch=0)
        self.staff_table = _table(STAFF_COLUMNS, stretch=len(STAFF_COLUMNS) - 1)
        self.setCentralWidget(self._layout())
        self.setWindowTitle("窓口 交付統計")
        self.setMinimumSize(1024, 720)
        self.statistics = statistics
        self._render(statistics)

    def _layout(self) -> QWidget:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.export_status)
        header.addWidget(self.export_button)
        tiles = QHBoxLayout()
        for name, label, _ in MEASURES:
            tile = QFrame()
            tile.setObjectName("totalTile")
            inner = QHBoxLayout(tile)
            inner.setContentsMargins(16, 0, 16, 0)
            caption = QLabel(label)
            caption.setObjectName("totalCaption")
            inner.addWidget(caption)
            number = QLabel(alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setObjectName("totalNumber")
            self.totals[name] = number
            inner.addWidget(number)
            tiles.addWidget(tile)
        middle = QHBoxLayout()
        middle.addWidget(_section("時間帯別", self.chart), 4)
        middle.addWidget(_section("交付できなかった理由", self.reasons), 3)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN // 2, theme.MARGIN, theme.MARGIN // 2)
        layout.addLayout(header)
        layout.addLayout(tiles)
        layout.addLayout(middle, 3)
        layout.addWidget(_section("職員別", self.staff_table), 2)
        return page

    def update(self, *args) -> None:
        """``update(statistics)`` shows another :class:`DayStatistics`; any other call is
        ``QWidget.update`` (schedule a repaint), which Qt code relies on."""
        if len(args) == 1 and isinstance(args[0], DayStatistics):
            self.statistics = args[0]
            self._render(args[0])
        else:
            super().update(*args)

    def _render(self, statistics: DayStatistics) -> None:
        day = statistics.day
        self.title.setText(f"窓口 交付統計　{day.year}年{day.month}月{day.day}日")
        for name, label in self.totals.items():
            label.setText(str(getattr(statistics.total, name)))
        self.chart.show_hours(statistics)
        reasons = _by_count(statistics.total.failures)
        self.reasons.setRowCount(len(reasons))
        for row, (code, n) in enumerate(reasons):
            self.reasons.setItem(row, 0, QTableWidgetItem(reason_label(code)))
            self.reasons.setItem(row, 1, QTableWidgetItem(code))
            self.reasons.setItem(row, 2, _number_item(n))
        self.staff_table.setRowCount(len(statistics.by_staff))
        for row, staff in enumerate(statistics.by_staff):
            self.staff_table.setItem(row, 0, QTableWidgetItem(staff.staff_id))
            self.staff_table.setItem(row, 1, QTableWidgetItem(staff.display_name))
            for column, (name, _, _) in enumerate(MEASURES, start=2):
                self.staff_table.setItem(row, column, _number_item(getattr(staff.counts, name)))
            reasons_item = QTableWidgetItem(reasons_text(staff.counts.failures))
            reasons_item.setToolTip("、".join(f"{code} {n}" for code, n in _by_count(staff.counts.failures)))
            self.staff_table.setItem(row, len(STAFF_COLUMNS) - 1, reasons_item)
        self.export_status.clear()

    # --- export ---------------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        return self._export_dir / f"交付統計_{self.statistics.day.isoformat()}.csv"

    def _ask_path(self, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, "CSVに保存", str(suggested), "CSV (*.csv)")
        return Path(chosen) if chosen else None

    def export_clicked(self) -> None:
        """The button: ask where, then :meth:`export_csv`; a failure is shown, never raised."""
        path = self._choose_path(self.suggested_path())
        if path is None:
            return
        try:
            self.export_csv(path)
        except OSError:
            logger.exception("statistics CSV export failed")
            self.export_status.setText("保存できませんでした。保存先を確かめてください。")

    def export_csv(self, path: Path) -> Path:
        """Write ``statistics.to_csv()`` to ``path`` as is (UTF-8 with BOM, CRLF, for Excel).

        :raises OSError: the file cannot be written.
        """
        path = Path(path)
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(self.statistics.to_csv())
        self.export_status.setText(f"保存しました：{path.name}")
        logger.info("statistics CSV exported")
        self.exported.emit(path)
        return path
