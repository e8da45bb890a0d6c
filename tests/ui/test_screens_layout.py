"""Every resident screen at the kiosk sizes we support, in every language and text size (issue 6
§5, issue 16 §3): nothing clipped, nothing off screen, nothing overlapping, type and touch targets
big enough, ruby at least 45 % of its text, the accessibility bar's buttons of one height, and at
1280×800 no words to scroll at any text size, in any language or with furigana (long words come in
steps, each checked). Screenshots (build/screenshots/): every screen in Japanese at the
standard and the extra-large size, with furigana, in high contrast, and in English; the bars with
「もう一度 聞く」 at every size."""

from __future__ import annotations

import pytest
from layout_checks import assert_usable, scrolled_words, walk_steps
from PySide6.QtWidgets import QLabel
from ui_fakes import SIZES, SilentVoice, gallery, synthetic_frame

from kiosk.accessibility import TextSize
from kiosk.i18n.controls import control_text
from kiosk.i18n.languages import LANGUAGES
from ui.ruby import RUBY_SCALE, RubyLabel

SCREENS = gallery()
MIN_TITLE_PX, MIN_BODY_PX = 40, 28
BODY_STYLES = ("body", "emphasis", "prompt", "warning", "warningBanner")
# (language, text size, furigana, high contrast) of the screenshots
LOOKS = {"ja": ("ja", TextSize.STANDARD, False, False), "ja-xl": ("ja", TextSize.EXTRA_LARGE, False, False),
         "ja-furigana": ("ja", TextSize.STANDARD, True, False), "ja-contrast": ("ja", TextSize.STANDARD, False, True),
         "en": ("en", TextSize.STANDARD, False, False)}


def show(reception, qtbot, name, size, language="ja", text_size=TextSize.STANDARD, furigana=False, contrast=False,
         voice=None):
    driver = reception(simulator=True, size=SIZES[size], voice=voice)
    window = driver.window
    preferences = window.presentation.preferences
    assert language in preferences.languages, f"{language} translation not loaded (make builds the .qm files)"
    preferences.set_language(language)
    while preferences.value.text_size is not text_size:
        preferences.next_text_size()
    if furigana:
        preferences.toggle_furigana()
    if contrast:
        preferences.toggle_contrast()
    qtbot.waitUntil(lambda: window.follower.language == language and window.styleSheet().count("px") > 0,
                    timeout=2000)
    window.show_view(SCREENS[name])
    if SCREENS[name].camera:
        window.preview.offer(synthetic_frame())
        qtbot.waitUntil(lambda: window.page.preview.has_image, timeout=2000)
    qtbot.waitUntil(lambda: window.presentation.language == language, timeout=2000)
    qtbot.wait(20)  # the queued preference change and the layout settle
    window.resize(*SIZES[size])  # a page's minimum size may have grown the window: it must fit again
    qtbot.wait(10)
    assert (window.width(), window.height()) == SIZES[size], "the screen needs more room than the kiosk has"
    return window


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", SCREENS)
def test_screen_fits_and_reads(reception, qtbot, screenshot, size, name):
    window = show(reception, qtbot, name, size)
    screenshot(window, f"{name}-{size}")
    assert_usable(window)
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.objectName() == "title":
            assert label.font().pixelSize() >= MIN_TITLE_PX
        if label.isVisibleTo(window) and label.objectName() in BODY_STYLES:
            assert label.font().pixelSize() >= MIN_BODY_PX


def ruby_too_small(window) -> list[str]:
    """Labels whose readings are under :data:`RUBY_SCALE` of their text."""
    return [label.plain_text()[:20] for label in window.findChildren(RubyLabel)
            if label.isVisibleTo(window) and any(s.ruby for s in label.segments())
            and label.ruby_font().pixelSize() < RUBY_SCALE * label.base_font().pixelSize()]


def bar_heights(window) -> set[int]:
    bar = window.access_bar
    return {b.height() for b in (bar.replay_button, bar.size_button, bar.furigana_button, bar.contrast_button)
            if b.isVisibleTo(window)}


@pytest.mark.parametrize("text_size", list(TextSize), ids=lambda t: t.name.lower())
@pytest.mark.parametrize("language", [*LANGUAGES, "ja-furigana"])
def test_no_words_scroll_at_any_size(reception, qtbot, screenshot, language, text_size):
    """At 1280×800 every screen's words fit in every language at every text size and with
    furigana — or come in steps (「つぎへ」) that each fit — with readings 45 % of their text at
    least. Screenshots: every step of every screen at the largest size with furigana."""
    code = language.removesuffix("-furigana")
    furigana = code != language
    window = show(reception, qtbot, "01-idle", "1280x800", code, text_size, furigana=furigana)
    turn = window.presentation.text(control_text("page.next"))
    failures = {}
    for name, view in SCREENS.items():
        window.show_view(view)
        if view.camera:
            window.preview.offer(synthetic_frame())
            qtbot.waitUntil(lambda: window.page.preview.has_image, timeout=2000)

        def check(window, number: int, name: str = name) -> None:
            if furigana and text_size is TextSize.EXTRA_LARGE:
                screenshot(window, f"{name}-ja-xl-furigana" + (f"-step{number}" if number > 1 else ""))
            assert (window.width(), window.height()) == SIZES["1280x800"], "the screen needs more room"
            assert_usable(window)
            assert scrolled_words(window) == [], scrolled_words(window)
            assert ruby_too_small(window) == []
            assert len(bar_heights(window)) == 1

        problems = walk_steps(window, qtbot, check, turn, SIZES["1280x800"])
        failures.update({f"{name} step {number}": problem for number, problem in problems.items()})
    assert not failures, "\n".join(f"{step}: {problem}" for step, problem in failures.items())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text_size", list(TextSize), ids=lambda t: t.name.lower())
@pytest.mark.parametrize("furigana", [False, True], ids=["plain", "furigana"])
def test_the_bars_buttons_are_of_one_height(reception, qtbot, screenshot, size, text_size, furigana):
    """With a voice the accessibility bar has four buttons: one height, whatever wraps; the help bar
    above keeps its two."""
    window = show(reception, qtbot, "03-method", size, "ja", text_size, furigana=furigana, voice=SilentVoice())
    screenshot(window, f"bars-{size}-{text_size.name.lower()}{'-furigana' if furigana else ''}")
    assert window.access_bar.replay_button.isVisible()
    assert len(bar_heights(window)) == 1
    help_bar = window.help_bar
    assert help_bar.cancel_button.height() == help_bar.call_button.height()
    assert_usable(window)


@pytest.mark.parametrize("look", [look for look in LOOKS if look != "ja"])
@pytest.mark.parametrize("name", SCREENS)
def test_screenshots_of_each_look(reception, qtbot, screenshot, name, look):
    window = show(reception, qtbot, name, "1280x800", *LOOKS[look])
    screenshot(window, f"{name}-{look}")
    assert_usable(window)
