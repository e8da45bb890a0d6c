"""The supervisor's monthly dashboard (issue 17 §4): seed 004's four numbers and their gaps, the
desks, same-visit registration by age band (75+ first), the registration support desks' outcomes,
the residents to call back, and two CSV exports for Excel (the numbers; the call list, which holds
names).

It renders a :class:`~ui.counter.monthly_view.MonthlyView` and nothing else; ``myna-kiosk stats
--month`` builds it from the store after a supervisor's login. Look and helpers are the day
statistics window's (``ui.counter.stats_window``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.counter.monthly_view import REGISTRATION_DESK_TITLE, MonthlyView, TableView
from ui.counter.stats_window import SMALL_PX, STYLE_SHEET, _section, _table

logger = logging.getLogger(__name__)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NOTE_STYLE = f"QLabel#monthNote {{ font-size: {SMALL_PX}px; }}"


def fill(table: QTableWidget, view: TableView) -> None:
    """Put ``view``'s rows into ``table`` (numbers right-aligned)."""
    table.setRowCount(len(view.rows))
    for row, cells in enumerate(view.rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in view.numeric:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


class MonthlyWindow(QMainWindow):
    """One month of the dashboard, with the two CSV exports.

    :param view: what to show.
    :param export_dir: the folder the save dialogs open in (default: the home folder).
    :param choose_path: asks where to save, given the suggested path; returns the path or None if
        cancelled. Default: a save dialog. Tests pass a function instead.
    """

    exported = Signal(Path)

    def __init__(self, view: MonthlyView, *, export_dir: Path | None = None,
                 choose_path: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__()
        self.view = view
        self.setStyleSheet(STYLE_SHEET + NOTE_STYLE)
        self._export_dir = Path(export_dir) if export_dir is not None else Path.home()
        self._choose_path = choose_path or self._ask_path
        self.title = QLabel()
        self.title.setObjectName("statsTitle")
        self.scope_note = QLabel(wordWrap=True)
        self.notes = QLabel(wordWrap=True)
        self.registration_note = QLabel(wordWrap=True)
        for note in (self.scope_note, self.notes, self.registration_note):
            note.setObjectName("monthNote")
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_button = QPushButton("数値をCSVに保存")
        self.follow_up_button = QPushButton("連絡リストをCSVに保存")
        for button in (self.export_button, self.follow_up_button):
            button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self._export(self.view.csv_name, self.view.csv_text))
        self.follow_up_button.clicked.connect(
            lambda: self._export(self.view.follow_up_csv_name, self.view.follow_up_csv_text))
        self.tiles: list[tuple[QLabel, QLabel]] = []
        self.issuance = _table(view.issuance.columns, stretch=0)
        self.desks = _table(view.desks.columns, stretch=0)
        self.age_bands = _table(view.age_bands.columns, stretch=0)
        self.registration_desks = _table(view.registration_desks.columns, stretch=0)
        self.follow_up = _table(view.follow_up.columns, stretch=1)
        self.follow_up_caption = QLabel()
        self.follow_up_caption.setObjectName("sectionTitle")
        self.tabs = QTabWidget()
        self.setCentralWidget(self._layout(len(view.tiles)))
        self.setWindowTitle("窓口 月次交付状況")
        self.setMinimumSize(1024, 720)
        self.show_view(view)

    def _layout(self, tiles: int) -> QWidget:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.export_status)
        header.addWidget(self.export_button)
        header.addWidget(self.follow_up_button)
        row = QHBoxLayout()
        for _ in range(tiles):
            tile = QFrame()
            tile.setObjectName("totalTile")
            inner = QHBoxLayout(tile)
            inner.setContentsMargins(16, 0, 16, 0)
            caption, number = QLabel(), QLabel(alignment=RIGHT)
            caption.setObjectName("totalCaption")
            number.setObjectName("totalNumber")
            inner.addWidget(caption)
            inner.addWidget(number)
            self.tiles.append((caption, number))
            row.addWidget(tile)
        numbers = QWidget()
        grid = QHBoxLayout(numbers)
        grid.addWidget(_section("①〜④と乖離", self.issuance), 3)
        side = QVBoxLayout()
        side.addWidget(_section("窓口別", self.desks))
        side.addWidget(_section("年齢別（75歳以上は別に）", self.age_bands))
        grid.addLayout(side, 4)
        calls = QWidget()
        column = QVBoxLayout(calls)
        column.addWidget(self.follow_up_caption)
        column.addWidget(self.follow_up, 1)
        support = QWidget()
        column = QVBoxLayout(support)
        column.addWidget(_section(REGISTRATION_DESK_TITLE, self.registration_desks), 1)
        column.addWidget(self.registration_note)
        self.tabs.addTab(numbers, "交付状況")
        self.tabs.addTab(calls, "後日連絡")
        self.tabs.addTab(support, "利用登録支援")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(self.scope_note)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        return page

    def show_view(self, view: MonthlyView) -> None:
        """Render ``view`` (another month, another desk)."""
        self.view = view
        self.title.setText(view.title)
        self.scope_note.setText(view.scope_note)
        for (caption, number), (label, value) in zip(self.tiles, view.tiles, strict=True):
            caption.setText(label)
            number.setText(value)
        for table, rows in ((self.issuance, view.issuance), (self.desks, view.desks),
                            (self.age_bands, view.age_bands), (self.registration_desks, view.registration_desks),
                            (self.follow_up, view.follow_up)):
            fill(table, rows)
        self.follow_up_caption.setText(view.follow_up_title)
        self.registration_note.setText(view.registration_note)
        self.notes.setText("\n".join(view.notes))
        self.notes.setVisible(bool(view.notes))
        self.export_status.clear()

    # --- export ---------------------------------------------------------------------------------

    def _ask_path(self, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, "CSVに保存", str(suggested), "CSV (*.csv)")
        return Path(chosen) if chosen else None

    def _export(self, name: str, text: str) -> None:
        """A button: ask where, then :meth:`export_csv`; a failure is shown, never raised."""
        path = self._choose_path(self._export_dir / name)
        if path is None:
            return
        try:
            self.export_csv(path, text)
        except OSError:
            logger.exception("monthly CSV export failed")
            self.export_status.setText("保存できませんでした。保存先を確かめてください。")

    def export_csv(self, path: Path, text: str) -> Path:
        """Write ``text`` (UTF-8 with BOM, CRLF, from the view) to ``path`` as is, readable by the
        kiosk user alone (the call list holds names).

        :raises OSError: the file cannot be written.
        """
        from kiosk.private_files import private_file

        path = private_file(Path(path))
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        self.export_status.setText(f"保存しました：{path.name}")
        logger.info("monthly CSV exported")
        self.exported.emit(path)
        return path
