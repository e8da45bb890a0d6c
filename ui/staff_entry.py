"""The hidden staff entry (目視確認 at the kiosk, §A5): an unlabeled corner that opens a staff PIN
keypad on a long press or five quick taps; its 確定 sends ``STAFF_OPEN`` with the PIN. Whether
the PIN is right, and what follows, is the flow's decision."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.reception.config import STAFF_PIN_DIGITS
from kiosk.reception.events import Event
from ui import theme
from ui.keypad import PinKeypad
from ui.labels import label
from ui.screens.base import Send
from ui.widgets import PhraseLabel


class StaffHotspot(QWidget):
    """An invisible square in a top corner. ``activated`` on a press held ``HOLD_MS`` or on
    ``TAPS`` taps within ``TAP_WINDOW_S`` seconds."""

    activated = Signal()
    SIZE = 120
    HOLD_MS = 1500
    TAPS = 5
    TAP_WINDOW_S = 3.0

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffHotspot")
        self.setAccessibleName(label("staff.corner"))
        self.setFixedSize(self.SIZE, self.SIZE)
        self._taps: list[float] = []
        self._hold = QTimer(self, singleShot=True, interval=self.HOLD_MS)
        self._hold.timeout.connect(self._fire)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t <= self.TAP_WINDOW_S] + [now]
        if len(self._taps) >= self.TAPS:
            self._fire()
        else:
            self._hold.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._hold.stop()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._hold.stop()
        self._taps.clear()
        super().hideEvent(event)

    def _fire(self) -> None:
        self._hold.stop()
        self._taps.clear()
        self.activated.emit()


class StaffOverlay(QWidget):
    """The staff PIN keypad over the whole of ``parent``; closed after 確定 or 閉じる."""

    def __init__(self, parent: QWidget, send: Send) -> None:
        super().__init__(parent)
        self.setObjectName("staffOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._send = send
        shortest, longest = STAFF_PIN_DIGITS
        self.keypad = PinKeypad(self._submitted, min_digits=shortest, max_digits=longest)
        self.title = PhraseLabel("title")
        self.title.setText(label("staff.keypad.title"))
        self.close_button = QPushButton(label("staff.keypad.cancel"))
        self.close_button.setAccessibleName(label("staff.keypad.cancel"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.dismiss)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addStretch(1)
        side.addWidget(self.close_button)
        panel = QFrame()
        panel.setObjectName("staffPanel")
        panel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        inner = QHBoxLayout(panel)
        inner.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        inner.setSpacing(theme.MARGIN)
        inner.addLayout(side)
        inner.addWidget(self.keypad)
        for widget in (self.title, self.close_button):
            widget.setFixedWidth(300)
        layout = QVBoxLayout(self)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)  # follow the parent's size (full screen, window resize)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if isinstance(watched, QWidget) and watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def open(self) -> None:
        """Show the keypad, empty, above everything."""
        self.keypad.clear()
        self.show()
        self.raise_()
        self.keypad.setFocus()

    def dismiss(self) -> None:
        """Hide the keypad and forget what was typed."""
        self.keypad.clear()
        self.hide()

    def _submitted(self, pin: str) -> None:
        self.hide()
        self._send(Event.STAFF_OPEN, pin=pin)
