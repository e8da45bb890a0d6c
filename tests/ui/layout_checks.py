"""Layout checks on a shown window: text that does not fit, widgets outside their parent."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.widgets import WORD_JOINER


def _overflowing_lines(label: QLabel) -> list[str]:
    """Lines of a word-wrapped label wider than its box (an unbreakable run), or more lines than fit."""
    width = label.contentsRect().width()
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    problems, height = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        height += line.height()
        if line.naturalTextWidth() > width + 0.5:
            problems.append(f"a line is {line.naturalTextWidth():.0f} px wide in {width}")
    layout.endLayout()
    if height > label.contentsRect().height() + 1:
        problems.append(f"needs {height:.0f} px high, has {label.contentsRect().height()}")
    return problems


def layout_problems(window) -> list[str]:
    """Everything visible that is clipped: labels and buttons whose text does not fit their box,
    and any widget reaching outside its parent (the parent clips it)."""
    problems = []
    for widget in window.centralWidget().findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        text = widget.text() if isinstance(widget, QLabel | QPushButton) else ""
        shown = text.replace(WORD_JOINER, "")[:20]
        name = f"{type(widget).__name__} {widget.objectName()} {shown!r}"
        parent = widget.parentWidget()
        if not widget.isWindow() and not parent.rect().contains(widget.geometry()):
            problems.append(f"{name} reaches outside its parent: {widget.geometry()} in {parent.rect()}")
        if isinstance(widget, QLabel) and text and widget.wordWrap():
            problems += [f"{name}: {p}" for p in _overflowing_lines(widget)]
        elif text:
            needed = widget.sizeHint()
            if needed.width() > widget.width() or needed.height() > widget.height():
                problems.append(f"{name} needs {needed.toTuple()}, has {widget.size().toTuple()}")
    return problems
