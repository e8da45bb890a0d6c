"""The kiosk application: window, signal bridge from the card watcher, simulator panel."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.card.slot import CardSlot
from kiosk.card.watcher import CardView, CardWatcher
from ui import theme
from ui.card_screen import CardScreen
from ui.sim_panel import SimulatorIntents, SimulatorPanel

WINDOW_SIZE = (1280, 800)


class ViewBridge(QObject):
    """Carries view models from the worker thread to the Qt thread (queued signal)."""

    changed = Signal(object)


class KioskWindow(QMainWindow):
    def __init__(self, watcher: CardWatcher, simulator: bool) -> None:
        super().__init__()
        self.setWindowTitle("Myna Kiosk")
        self.screen_widget = CardScreen()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        if simulator:
            banner = QLabel("シミュレーター動作中 — 実在のカードではありません", objectName="banner",
                            alignment=Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(banner)
        layout.addWidget(self.screen_widget, 1)
        self.setCentralWidget(central)
        self.bridge = ViewBridge()
        self.bridge.changed.connect(self.render, Qt.ConnectionType.QueuedConnection)
        watcher.observe(self.bridge.changed.emit)

    def render(self, view: CardView) -> None:
        self.screen_widget.render(view)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(theme.application_font())
    app.setStyleSheet(theme.STYLE_SHEET)
    return app


def build_windows(slot: CardSlot, simulator: SimulatorIntents | None) -> tuple[KioskWindow, SimulatorPanel | None, CardWatcher]:
    """Wire a watcher to a window (and a simulator panel); the caller shows and starts them."""
    watcher = CardWatcher(slot)
    window = KioskWindow(watcher, simulator is not None)
    window.resize(*WINDOW_SIZE)
    panel = SimulatorPanel(simulator) if simulator is not None else None
    return window, panel, watcher


def run_kiosk(slot: CardSlot, simulator: SimulatorIntents | None, mode: str = "clinic") -> int:
    """Open the kiosk (full screen on real hardware, a window in simulator mode) until closed."""
    app = create_application()
    window, panel, watcher = build_windows(slot, simulator)
    if simulator is None:
        window.showFullScreen()
    else:
        window.show()
        panel.show()
    watcher.start()
    try:
        return app.exec()
    finally:
        watcher.stop()
