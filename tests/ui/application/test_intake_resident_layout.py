"""The intake desk's resident screen (1024×768) in every language at every text size, and in
Japanese with furigana (issue 18 §1; as the municipal desks' resident screen, issue 16 §3): every
step the resident sees, built by the view model, fits — nothing clipped or overlapping, every
button a 15 mm target in plain sight, no words to scroll (long words come in steps, each checked,
with the answers on the last), the language row in its one place while it is offered.
Screenshots (build/screenshots/intake-resident-LOOK-SCREEN[-stepN].png) of every step in Japanese
at the standard and the largest size, with furigana, in high contrast, and in English."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from PySide6.QtTest import QTest

from kiosk.accessibility import TextSize
from kiosk.application.machine import IntakeContext, IntakeFlow
from kiosk.application.photo import PhotoCheck, PhotoProblem
from kiosk.application.records import BasicDetails, IntakeMode
from kiosk.application.table import IntakeState as S
from kiosk.application.view import IntakeResidentView, resident_view
from kiosk.card.kenhojo import Sex
from kiosk.i18n.controls import control_text
from kiosk.i18n.languages import LANGUAGES
from ui.application.resident_window import LANGUAGE_STATES, RESIDENT_SIZE, ResidentWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from layout_checks import assert_usable, language_row_problems, scrolled_words, walk_steps  # noqa: E402

NOW = datetime(2025, 6, 2, 10, 30, tzinfo=UTC)
# Long but real details: a name with a middle name, an address with its building and room.
ADDRESS = "東京都千代田区千代田一丁目一番一号 千代田レジデンス東館 1203号室"
DETAILS = BasicDetails("長谷川 アレクサンドラ 由美子", ADDRESS,
                       date(1948, 3, 31), Sex.FEMALE)


def drawn_photo() -> bytes:
    """A drawn 35 × 45 portrait (no one's face) as the photo to accept."""
    image = Image.new("RGB", (350, 450), (222, 228, 235))
    draw = ImageDraw.Draw(image)
    draw.ellipse((105, 90, 245, 270), fill=(214, 180, 150))
    draw.rectangle((70, 300, 280, 450), fill=(60, 70, 90))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def gallery() -> dict[str, IntakeResidentView]:
    """Every step of the intake as the resident sees it, the photo guidance with its longest
    words, and a step after the resident called staff."""
    ctx = IntakeContext(visit=1, details=DETAILS, photo_jpeg=drawn_photo())
    views = {state.value: resident_view(state, ctx) for state in S}
    longest = max(PhotoProblem, key=lambda problem: len(problem.prompt))
    views["photo-guidance"] = resident_view(S.PHOTO, replace(ctx, guidance=PhotoCheck((longest,))))
    views["confirm-called"] = replace(views["confirm"], staff_calls=1)
    return views


GALLERY = gallery()


class NoEffects:
    def entered(self, *args: Any) -> None: ...
    def left(self, *args: Any) -> None: ...
    def handled(self, *args: Any) -> None: ...


@pytest.fixture(scope="module")
def window(qapp):
    """One resident window on an intake flow; each test renders views on it directly."""
    from ui.app import create_application

    create_application()
    shown = ResidentWindow(IntakeFlow(NoEffects(), mode=IntakeMode.OFFICE, clock=lambda: NOW))
    shown.resize(*RESIDENT_SIZE)
    shown.show()
    QTest.qWaitForWindowExposed(shown)
    QTest.qWait(50)  # the first polish and layout settle before the first test checks anything
    yield shown
    shown.close()


def prefer(window, qtbot, language: str, size: TextSize, furigana: bool = False, contrast: bool = False) -> None:
    """Set the resident's preferences on ``window`` and wait until it follows them."""
    preferences = window.presentation.preferences
    preferences.set_language(language)
    while preferences.value.text_size is not size:
        preferences.next_text_size()
    if preferences.value.furigana != furigana:
        preferences.toggle_furigana()
    if preferences.value.high_contrast != contrast:
        preferences.toggle_contrast()
    qtbot.waitUntil(lambda: window.follower.language == language, timeout=2000)


def show(window, qtbot, view: IntakeResidentView) -> None:
    window.show_view(view)
    qtbot.waitUntil(lambda: window.view is not None and window.view.state is view.state, timeout=2000)


def test_the_gallery_covers_every_step_answers_details_and_photo():
    assert {view.state for view in GALLERY.values()} == set(S)
    assert sum(bool(view.actions) for view in GALLERY.values()) == 3  # confirm (twice), review
    assert GALLERY["confirm"].details and GALLERY["photo-review"].photo_jpeg


def _check_every_screen(window, qtbot, screenshot, look: str | None) -> None:
    """Render the gallery; screenshot each step of each screen as ``look`` (None: none); every step
    must be usable, with no words to scroll and the language row in its place."""
    next_text = window.presentation.text(control_text("page.next"))
    failures = {}
    for name, view in GALLERY.items():
        show(window, qtbot, view)

        def check(shown, number: int, name: str = name) -> None:
            if look:
                screenshot(shown, f"intake-resident-{look}-{name}" + (f"-step{number}" if number > 1 else ""))
            assert shown.size().toTuple() == RESIDENT_SIZE, "the screen needs more room than it has"
            assert_usable(shown)
            assert scrolled_words(shown) == [], f"words scroll: {scrolled_words(shown)}"
            assert language_row_problems(shown) == []
            bar = shown.access_bar
            tools = (bar.replay_button, bar.size_button, bar.furigana_button, bar.contrast_button)
            assert len({b.height() for b in tools if b.isVisibleTo(shown)}) == 1, "the bar's buttons differ in height"

        steps = walk_steps(window, qtbot, check, next_text, RESIDENT_SIZE)
        failures.update({f"{name} step {number}": problem for number, problem in steps.items()})
        if view.actions:  # the answers come, with the details or the photo
            assert window.action_bar.isVisible(), name
            assert all(label.isVisible() for label in window.details[:len(view.details)]), name
            assert window.photo.isVisible() is (view.photo_jpeg is not None), name
    assert not failures, "\n".join(f"{name}: {problems}" for name, problems in failures.items())


SHOTS = {("ja", TextSize.STANDARD, False): "ja", ("ja", TextSize.EXTRA_LARGE, False): "ja-xl",
         ("ja", TextSize.STANDARD, True): "ja-furigana", ("ja", TextSize.EXTRA_LARGE, True): "ja-furigana-xl",
         ("en", TextSize.STANDARD, False): "en"}


@pytest.mark.parametrize("size", list(TextSize), ids=lambda size: size.name.lower())
@pytest.mark.parametrize("language", [*LANGUAGES, "ja-furigana"])
def test_every_resident_step_fits_with_nothing_to_scroll(window, qtbot, screenshot, language, size):
    code = language.removesuffix("-furigana")
    furigana = code != language
    prefer(window, qtbot, code, size, furigana=furigana)
    _check_every_screen(window, qtbot, screenshot, SHOTS.get((code, size, furigana)))


def test_high_contrast_steps(window, qtbot, screenshot):
    prefer(window, qtbot, "ja", TextSize.STANDARD, contrast=True)
    _check_every_screen(window, qtbot, screenshot, "ja-contrast")


def test_the_language_row_until_the_first_answer(window, qtbot):
    prefer(window, qtbot, "ja", TextSize.STANDARD)
    for view in GALLERY.values():
        show(window, qtbot, view)
        assert window.access_bar.language_row.isVisibleTo(window) is (view.state in LANGUAGE_STATES), view.state


def test_the_residents_details_are_shown_as_typed_in_every_language(window, qtbot):
    prefer(window, qtbot, "en", TextSize.STANDARD)
    show(window, qtbot, GALLERY["confirm"])
    assert window.title.plain_text() == "Are these details correct?"
    assert [label.plain_text() for label in window.details] == [DETAILS.name, DETAILS.address, "1948年3月31日"]
    prefer(window, qtbot, "ja", TextSize.STANDARD, furigana=True)
    assert all(not any(segment.ruby for segment in label.segments()) for label in window.details)  # no guessed readings
