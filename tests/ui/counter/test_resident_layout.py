"""The municipal desks' resident screen (1024×768) in every language at every text size, and in
Japanese with furigana (issue 6 §2, §5; issue 16 §3): every question the resident sees, built by
the view model, fits — nothing clipped or overlapping, every button and key a 15 mm target in
plain sight, and no words to scroll: words longer than the screen come in steps (「つぎへ」), each
checked, with the answers or the keypad on the last.
Screenshots (build/screenshots/counter-resident-LOOK-SCREEN[-stepN].png) of every step in Japanese
at the standard and the largest size, with furigana, in high contrast, and in English."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from app.counter import assemble_desk
from kiosk.accessibility import TextSize
from kiosk.flow.executors import InlineExecutor
from kiosk.i18n.controls import control_text
from kiosk.i18n.languages import LANGUAGES
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement
from simulators.counter_gallery import resident_gallery
from simulators.eligibility import SimulatedEligibilityService
from ui.counter.resident_screen import WINDOW_SIZE, ResidentScreen

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from layout_checks import (  # noqa: E402
    assert_usable,
    language_row_problems,
    next_step_button,
    scrolled_words,
    walk_steps,
)

GALLERY = resident_gallery()


@pytest.fixture(scope="module")
def screen(qapp, tmp_path_factory):
    """One resident screen on a simulated desk; each test renders views on it directly."""
    from ui.app import create_application

    create_application()
    slot = VirtualCardSlot()
    desk = assemble_desk(f"sqlite:///{tmp_path_factory.mktemp('desk') / 'counter.db'}", desk_id="DESK-01",
                         slot=slot, collation=slot, cards=SimulatedCardManagement(),
                         eligibility=SimulatedEligibilityService(), executor=InlineExecutor(), simulated_cards=True)
    window = ResidentScreen(desk.flow, simulator=True)
    window.resize(*WINDOW_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(50)  # the first polish and layout settle before the first test checks anything
    yield window
    window.close()
    desk.close()


def test_the_gallery_covers_every_keypad_and_answer():
    assert {view.keypad for view in GALLERY.values()} == {"", "digits", "alnum"}
    assert all(view.title for view in GALLERY.values())
    assert sum(bool(view.warning) for view in GALLERY.values()) == 3


def _prefer(screen, qtbot, language: str, size: TextSize, furigana: bool = False, contrast: bool = False) -> None:
    preferences = screen.presentation.preferences
    preferences.set_language(language)
    while preferences.value.text_size is not size:
        preferences.next_text_size()
    if preferences.value.furigana != furigana:
        preferences.toggle_furigana()
    if preferences.value.high_contrast != contrast:
        preferences.toggle_contrast()
    qtbot.waitUntil(lambda: screen.follower.language == language, timeout=2000)


def _steps_of(screen, qtbot, name: str, screenshot, look: str | None) -> dict[str, str]:
    """Walk the screen's steps (「つぎへ」) to its answers or keypad: each must be usable with no
    words to scroll; screenshot each as ``look`` (None: none). The problems, by step."""
    def check(window, number: int) -> None:
        if look:
            screenshot(window, f"counter-resident-{look}-{name}" + (f"-step{number}" if number > 1 else ""))
        assert window.size().toTuple() == WINDOW_SIZE, "the screen needs more room than it has"
        assert_usable(window)
        assert scrolled_words(window) == [], f"words scroll: {scrolled_words(window)}"
        bar = window.access_bar
        tools = (bar.replay_button, bar.size_button, bar.furigana_button, bar.contrast_button)
        assert len({b.height() for b in tools if b.isVisibleTo(window)}) == 1, "the bar's buttons differ in height"
        if next_step_button(window, screen.presentation.text(control_text("page.next"))) is None and view.keypad:
            assert window.keypad is not None, "the keypad never comes"

    view = screen.view
    failures = walk_steps(screen, qtbot, check, screen.presentation.text(control_text("page.next")), WINDOW_SIZE)
    return {f"{name} step {number}": problem for number, problem in failures.items()}


def _check_every_screen(screen, qtbot, screenshot, look: str | None) -> None:
    """Render the gallery; screenshot each step of each screen as ``look`` (None: none); every step
    must be usable with no words to scroll."""
    failures = {}
    for name, view in GALLERY.items():
        screen.show_view(view)
        qtbot.waitUntil(lambda state=view.state: screen.view is not None and screen.view.state is state,
                        timeout=2000)
        failures.update(_steps_of(screen, qtbot, name, screenshot, look))
    assert not failures, "\n".join(f"{name}: {problems}" for name, problems in failures.items())


# Every language at every text size, and Japanese with furigana; screenshots of the looks the
# reception screens are checked in (ja standard / XL / furigana / high contrast, en).
SHOTS = {("ja", TextSize.STANDARD, False): "ja", ("ja", TextSize.EXTRA_LARGE, False): "ja-xl",
         ("ja", TextSize.STANDARD, True): "ja-furigana", ("ja", TextSize.EXTRA_LARGE, True): "ja-furigana-xl",
         ("en", TextSize.STANDARD, False): "en"}


@pytest.mark.parametrize("size", list(TextSize), ids=lambda size: size.name.lower())
@pytest.mark.parametrize("language", [*LANGUAGES, "ja-furigana"])
def test_every_resident_screen_fits_with_nothing_to_scroll(screen, qtbot, screenshot, language, size):
    code = language.removesuffix("-furigana")
    furigana = code != language
    _prefer(screen, qtbot, code, size, furigana=furigana)
    _check_every_screen(screen, qtbot, screenshot, SHOTS.get((code, size, furigana)))


def test_high_contrast_screens(screen, qtbot, screenshot):
    _prefer(screen, qtbot, "ja", TextSize.STANDARD, contrast=True)
    _check_every_screen(screen, qtbot, screenshot, "ja-contrast")


def test_the_language_row_is_in_one_place(screen, qtbot):
    """Where the language may still be chosen, the row is the access bar's, above its tools."""
    _prefer(screen, qtbot, "ja", TextSize.STANDARD)
    shown = 0
    for view in GALLERY.values():
        screen.show_view(view)
        qtbot.waitUntil(lambda state=view.state: screen.view is not None and screen.view.state is state, timeout=2000)
        qtbot.wait(10)
        assert language_row_problems(screen) == [], view.state
        shown += screen.access_bar.language_row.isVisible()
    assert shown  # the check saw the row
