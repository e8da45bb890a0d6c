"""The identity documents staff tick at the documents step: list A on the left, list B on the
right (one A, or two B, is enough). A ticked box shows a tick mark, not only a filled square."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QStyle, QStyleOptionButton

from ui import theme
from ui.counter.console_widgets import clear_layout, staff_japanese, text_label


class TickBox(QCheckBox):
    """A check box whose ticked indicator carries a white tick mark (the console's style fills it)."""

    def __init__(self, text: str) -> None:
        super().__init__(staff_japanese(text))
        self.setAccessibleName(self.text())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.isChecked():
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.ON_ACCENT)
        pen.setWidthF(max(2.0, box.width() / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        w, h, x, y = box.width(), box.height(), box.x(), box.y()
        painter.drawPolyline([QPointF(x + w * 0.22, y + h * 0.52), QPointF(x + w * 0.42, y + h * 0.72),
                              QPointF(x + w * 0.78, y + h * 0.30)])


class DocumentChecklist(QFrame):
    """:param on_change: called whenever a box is ticked or unticked."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("panel")
        self._on_change = on_change
        self.boxes: dict[str, QCheckBox] = {}
        self._documents: tuple[tuple[str, str, str], ...] = ()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(20, 12, 20, 12)
        self._grid.setHorizontalSpacing(40)
        self._grid.setVerticalSpacing(4)

    def set_documents(self, documents: tuple[tuple[str, str, str], ...]) -> None:
        """``(code, list "A" or "B", label)`` of each document; rebuilt only when they change."""
        if documents == self._documents:
            return
        self._documents = documents
        clear_layout(self._grid)
        self.boxes = {}
        rows = {"A": 1, "B": 1}
        self._grid.addWidget(text_label("consoleCaption", "A（1点で確認）", wrap=False), 0, 0)
        self._grid.addWidget(text_label("consoleCaption", "B（2点で確認）", wrap=False), 0, 1)
        for code, group, text in documents:
            box = TickBox(text)
            box.toggled.connect(lambda _=False: self._on_change())
            column = 0 if group == "A" else 1
            self._grid.addWidget(box, rows[group], column)
            rows[group] += 1
            self.boxes[code] = box
        self._grid.setRowStretch(max(rows.values()), 1)

    def ticked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
