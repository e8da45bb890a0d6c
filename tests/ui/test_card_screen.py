"""The kiosk window follows the card in the virtual slot (pytest-qt, real windows)."""

from __future__ import annotations

import pytest

from simulators.card.slot import VirtualCardSlot
from simulators.control import SimulatorControls
from ui.app import build_windows
from ui.card_screen import TITLES
from kiosk.card.watcher import CardState


@pytest.fixture
def kiosk(qtbot):
    slot = VirtualCardSlot()
    controls = SimulatorControls(slot)
    window, panel, watcher = build_windows(slot, controls)
    qtbot.addWidget(window)
    qtbot.addWidget(panel)
    window.resize(1280, 800)
    window.show()
    watcher.start()
    yield window, panel, controls
    watcher.stop()


def _title(window) -> str:
    return window.screen_widget.title.text()


def test_idle_screen_asks_for_the_card(kiosk, screenshot):
    window, _, _ = kiosk
    assert _title(window) == TITLES[CardState.WAITING]
    screenshot(window, "card-waiting")


@pytest.mark.parametrize(("resident_id", "expected", "shot"), [
    ("R002", "あと 3 回", "card-read-pin"),
    ("R004", "ロックされています", "card-read-blocked"),
    ("R006", "顔認証で", "card-read-face-card"),
    ("R005", "有効期限が 切れています", "card-read-expired"),
])
def test_inserted_card_is_read_and_shown(kiosk, qtbot, screenshot, resident_id, expected, shot):
    window, panel, _ = kiosk
    panel.residents.setCurrentIndex(panel.residents.findData(resident_id))
    qtbot.mouseClick(panel.insert_button, qtbot_button())
    qtbot.waitUntil(lambda: _title(window) == TITLES[CardState.READ], timeout=5000)
    assert expected in window.screen_widget.body.text()
    screenshot(window, shot)
    qtbot.mouseClick(panel.remove_button, qtbot_button())
    qtbot.waitUntil(lambda: _title(window) == TITLES[CardState.WAITING], timeout=5000)


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
