"""Qt test setup: real windows (Xvfb under ``make test``), the app font and style, screenshots, and
the reception window on a complete flow (``tests/flow/flow_fakes.py``: virtual card, fake services,
inline effects)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

# flow_fakes (a complete kiosk on fakes) is shared with the flow tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "flow"))

from flow_fakes import build_kiosk  # noqa: E402
from ui_fakes import SIZES  # noqa: E402

from kiosk.reception.events import Event
from kiosk.reception.states import FlowState
from ui.presentation import Presentation  # noqa: E402
from ui.reception_window import ReceptionWindow  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("MYNA_SCREENSHOTS", ROOT / "build" / "screenshots"))


@pytest.fixture(scope="session")
def qapp_args():
    return ["myna-kiosk-tests"]


@pytest.fixture(autouse=True)
def _styled(qapp):
    from ui.app import create_application

    create_application()


@pytest.fixture
def screenshot():
    """Save a widget's rendering as ``build/screenshots/NAME.png`` and return the path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(widget, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return take


class Driver:
    """A reception window on a kiosk, and the resident's hands: find, click, wait."""

    def __init__(self, qtbot, kiosk, window: ReceptionWindow) -> None:
        self.qtbot, self.kiosk, self.window = qtbot, kiosk, window

    @property
    def flow(self):
        return self.kiosk.flow

    def insert(self, resident_id: str) -> None:
        """Put a resident's card on the reader, as the composition root would report it."""
        self.kiosk.slot.insert_resident(resident_id)
        self.flow.send(Event.CARD_INSERTED)

    def wait_for(self, state: FlowState, timeout: int = 5000) -> None:
        """Until the window shows ``state`` (the flow may be there already; showing it is queued)."""
        self.qtbot.waitUntil(lambda: self.window.view is not None and self.window.view.state is state,
                             timeout=timeout)

    def buttons(self) -> list[QPushButton]:
        """The visible buttons of the screen (not the accessibility bar's nor the help bar's)."""
        bars = (self.window.access_bar, self.window.help_bar)
        return [b for b in self.window.findChildren(QPushButton)
                if b.isVisible() and not any(bar.isAncestorOf(b) for bar in bars)]

    def button(self, text: str) -> QPushButton:
        found = [b for b in self.buttons() if b.text() == text]
        assert len(found) == 1, f"{text!r} among {[b.text() for b in self.buttons()]}"
        return found[0]

    def has_button(self, text: str) -> bool:
        return any(text in b.text() for b in self.buttons())

    def click(self, widget_or_text) -> None:
        widget = self.button(widget_or_text) if isinstance(widget_or_text, str) else widget_or_text
        assert widget.isEnabled(), f"{widget.text()!r} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type_pin(self, keypad, pin: str) -> None:
        for digit in pin:
            self.click(keypad.digit_keys[digit])


@pytest.fixture
def reception(qtbot):
    """Factory: ``reception(kiosk=None, simulator=False, size=(1280, 800), voice=None)`` → a shown
    :class:`Driver` (``voice``: a voice guide, which shows 「もう一度 聞く」). The tap guard is off so
    tests can click at machine speed (one test checks the guard)."""

    def make(kiosk=None, *, simulator: bool = False, size=SIZES["1280x800"], tap_guard: float = 0.0,
             voice=None) -> Driver:
        kiosk = kiosk or build_kiosk()
        presentation = Presentation.build(voice=voice) if voice is not None else None
        window = ReceptionWindow(kiosk.flow, simulator=simulator, tap_guard=tap_guard, presentation=presentation)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        driver = Driver(qtbot, kiosk, window)
        driver.wait_for(kiosk.flow.state)
        return driver

    return make
