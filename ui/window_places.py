"""Where windows open: always wholly on an available screen (issue 16 §7). A developer's or a
counter's single 1280×800 screen must show the simulator panel and the resident's window, not
place them off its right edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GAP = 16


def available(window: QWidget) -> QRect:
    """The usable area of the screen ``window`` is on (the primary screen before it is shown)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_beside(window: QWidget, anchor: QWidget, *, natural_size: bool = False) -> None:
    """Put ``window`` to the right of ``anchor``, else to its left, else over its right edge;
    shrunk to the screen if it is larger, and never beyond the screen's edges.

    :param natural_size: first give ``window`` the size its contents ask for (a tool panel that
        was never sized: Qt would otherwise use its 640×480 default).
    """
    if natural_size:
        window.adjustSize()
    area = available(anchor)
    window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
    frame = anchor.frameGeometry()
    if frame.right() + GAP + window.width() <= area.right():
        x = frame.right() + GAP
    elif frame.left() - GAP - window.width() >= area.left():
        x = frame.left() - GAP - window.width()
    else:
        x = area.right() - window.width()
    window.move(clamped(QPoint(x, frame.top()), window, area))


def clamped(point: QPoint, window: QWidget, area: QRect) -> QPoint:
    """``point`` moved just enough for ``window`` to lie wholly inside ``area``."""
    x = max(area.left(), min(point.x(), area.right() + 1 - window.width()))
    y = max(area.top(), min(point.y(), area.bottom() + 1 - window.height()))
    return QPoint(x, y)
