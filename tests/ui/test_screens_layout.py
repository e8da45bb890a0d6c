"""Every resident screen at the kiosk sizes we support, in every language and text size (issue 6
§5): nothing clipped, nothing off screen, nothing overlapping, type and touch targets big enough.
Screenshots (build/screenshots/): every screen in Japanese at the standard and the extra-large
size, with furigana, in high contrast, and in English."""

from __future__ import annotations

import pytest
from layout_checks import assert_usable, scrolled_words
from PySide6.QtWidgets import QLabel
from ui_fakes import SIZES, gallery, synthetic_frame

from kiosk.accessibility import TextSize
from kiosk.i18n.languages import LANGUAGES

SCREENS = gallery()
MIN_TITLE_PX, MIN_BODY_PX = 40, 28
BODY_STYLES = ("body", "emphasis", "prompt", "warning", "warningBanner")
# (language, text size, furigana, high contrast) of the screenshots
LOOKS = {"ja": ("ja", TextSize.STANDARD, False, False), "ja-xl": ("ja", TextSize.EXTRA_LARGE, False, False),
         "ja-furigana": ("ja", TextSize.STANDARD, True, False), "ja-contrast": ("ja", TextSize.STANDARD, False, True),
         "en": ("en", TextSize.STANDARD, False, False)}


def show(reception, qtbot, name, size, language="ja", text_size=TextSize.STANDARD, furigana=False, contrast=False):
    driver = reception(simulator=True, size=SIZES[size])
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


@pytest.mark.parametrize("language", [*LANGUAGES, "ja-furigana"])
@pytest.mark.parametrize("name", SCREENS)
def test_largest_text_fits_in_every_language(reception, qtbot, name, language):
    """At 1280×800 the words fit too, with nothing to scroll — except with furigana as well, whose
    readings make every line half as tall again: then a few screens' words scroll (issue note)."""
    code = language.removesuffix("-furigana")
    window = show(reception, qtbot, name, "1280x800", code, TextSize.EXTRA_LARGE, furigana=code != language)
    assert_usable(window)
    if code == language:
        assert scrolled_words(window) == []


@pytest.mark.parametrize("look", [look for look in LOOKS if look != "ja"])
@pytest.mark.parametrize("name", SCREENS)
def test_screenshots_of_each_look(reception, qtbot, screenshot, name, look):
    window = show(reception, qtbot, name, "1280x800", *LOOKS[look])
    screenshot(window, f"{name}-{look}")
    assert_usable(window)
