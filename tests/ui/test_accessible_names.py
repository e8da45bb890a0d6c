"""Accessible names (issue 16 §6): every widget a resident can press or read — buttons, keypad keys,
the PIN dots, the capture's progress, the camera preview, pictures, the busy dots, words — has a
name a screen reader can say, in the resident's language, on every screen of the clinic, of the
counter's resident window and of the intake desk's resident window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QWidget
from test_screens_layout import SCREENS, show

sys.path.insert(0, str(Path(__file__).resolve().parent / "counter"))
sys.path.insert(0, str(Path(__file__).resolve().parent / "application"))
from test_intake_resident_layout import GALLERY as INTAKE_GALLERY  # noqa: E402
from test_intake_resident_layout import NOW, NoEffects  # noqa: E402
from test_intake_resident_layout import prefer as intake_prefer  # noqa: E402
from test_resident_layout import GALLERY, _prefer  # noqa: E402

from app.counter import assemble_desk
from kiosk.accessibility import TextSize
from kiosk.application.machine import IntakeFlow
from kiosk.application.records import IntakeMode
from kiosk.flow.executors import InlineExecutor
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement
from simulators.eligibility import SimulatedEligibilityService
from ui.application.resident_window import RESIDENT_SIZE, ResidentWindow
from ui.collation_form import CollationForm
from ui.counter.resident_screen import WINDOW_SIZE, ResidentScreen
from ui.keypad import MaskedDots
from ui.pictures import ImageView
from ui.placement import PlacementAnimation
from ui.ruby import RubyLabel
from ui.staff_entry import StaffHotspot
from ui.widgets import BusyIndicator

NAMED = (QAbstractButton, QProgressBar, ImageView, MaskedDots, PlacementAnimation, BusyIndicator, StaffHotspot)


def shows_something(widget: QWidget) -> bool:
    """Interactive or informative: a control, a picture, or a label with words."""
    if isinstance(widget, RubyLabel):
        return bool(widget.plain_text())
    if isinstance(widget, QLabel):
        return bool(widget.text())
    return isinstance(widget, NAMED)


def unnamed(window) -> list[str]:
    """Visible widgets that show something and have no accessible name. The staff's 照合番号B form
    (``ui.collation_form``, staff-facing and named by its own module) is left to its tests."""
    forms = window.findChildren(CollationForm)
    return [f"{type(w).__name__} {w.objectName()!r}" for w in window.findChildren(QWidget)
            if w.isVisibleTo(window) and shows_something(w) and not w.accessibleName()
            and not any(form.isAncestorOf(w) for form in forms)]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_reception_screen_names_what_it_shows(reception, qtbot, language):
    missing = {}
    for name in SCREENS:
        window = show(reception, qtbot, name, "1280x800", language, TextSize.STANDARD, furigana=language == "ja")
        window.staff_corner.show()  # the staff entry is there on the identity screens
        if unnamed(window):
            missing[name] = unnamed(window)
        window.close()
    assert missing == {}


def test_the_wordless_are_named_in_the_residents_language(reception, qtbot):
    window = show(reception, qtbot, "04-face-capture", "1280x800", "en")
    assert window.page.preview.accessibleName() == "Camera view"
    assert window.page.progress.accessibleName() == "Capture progress"
    window = show(reception, qtbot, "06-pin", "1280x800", "ja")
    assert window.page.keypad.dots.accessibleName() == "0/4"


@pytest.fixture
def counter_screen(qtbot, tmp_path):
    """A counter resident screen on a simulated desk (as tests/ui/counter/test_resident_layout.py)."""
    slot = VirtualCardSlot()
    desk = assemble_desk(f"sqlite:///{tmp_path / 'counter.db'}", desk_id="DESK-01", slot=slot, collation=slot,
                         cards=SimulatedCardManagement(), eligibility=SimulatedEligibilityService(),
                         executor=InlineExecutor(), simulated_cards=True)
    screen = ResidentScreen(desk.flow, simulator=True)
    screen.resize(*WINDOW_SIZE)
    screen.show()
    yield screen
    screen.close()
    desk.close()


def test_every_counter_resident_screen_names_what_it_shows(counter_screen, qtbot):
    screen = counter_screen
    _prefer(screen, qtbot, "en", TextSize.STANDARD)
    missing = {}
    for name, view in GALLERY.items():
        screen.show_view(view)
        qtbot.waitUntil(lambda state=view.state: screen.view is not None and screen.view.state is state, timeout=2000)
        if unnamed(screen):
            missing[name] = unnamed(screen)
    assert missing == {}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_intake_resident_screen_names_what_it_shows(qtbot, language):
    window = ResidentWindow(IntakeFlow(NoEffects(), mode=IntakeMode.OFFICE, clock=lambda: NOW))
    qtbot.addWidget(window)
    window.resize(*RESIDENT_SIZE)
    window.show()
    intake_prefer(window, qtbot, language, TextSize.STANDARD)
    missing = {}
    for name, view in INTAKE_GALLERY.items():
        window.show_view(view)
        qtbot.waitUntil(lambda state=view.state: window.view is not None and window.view.state is state, timeout=2000)
        if unnamed(window):
            missing[name] = unnamed(window)
        if view.photo_jpeg is not None:  # a picture without words: named in the resident's language
            named = {"ja": "申請に 使う 写真", "en": "Photo for the application"}[language]
            assert window.photo.accessibleName() == named
    assert missing == {}


def test_the_check_finds_what_is_unnamed(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    label, dots = QLabel("あと 3 回", window), MaskedDots(4)
    dots.setParent(window)
    dots.setAccessibleName("")
    window.show()
    assert unnamed(window) == ["QLabel ''", "MaskedDots ''"]
    label.setAccessibleName(label.text())
    assert unnamed(window) == ["MaskedDots ''"]
