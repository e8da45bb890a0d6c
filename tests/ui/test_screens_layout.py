"""Every resident screen at the kiosk sizes we support: a screenshot each (build/screenshots/),
nothing clipped, nothing off screen, type and touch targets big enough."""

from __future__ import annotations

import pytest
from layout_checks import layout_problems
from PySide6.QtWidgets import QLabel, QPushButton
from ui_fakes import SIZES, gallery, synthetic_frame

SCREENS = gallery()
MIN_TITLE_PX, MIN_BODY_PX, MIN_TARGET_PX = 40, 28, 96
BODY_STYLES = ("body", "emphasis", "prompt", "warningBanner")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", SCREENS)
def test_screen_fits_and_reads(reception, qtbot, screenshot, size, name):
    driver = reception(simulator=True, size=SIZES[size])
    window = driver.window
    window.render(SCREENS[name])
    if SCREENS[name].camera:
        window.preview.offer(synthetic_frame())
        qtbot.waitUntil(lambda: window.page.preview.has_image, timeout=2000)
    window.resize(*SIZES[size])  # a page's minimum size may have grown the window: it must fit again
    qtbot.wait(10)  # layout settles
    assert (window.width(), window.height()) == SIZES[size], "the screen needs more room than the kiosk has"
    screenshot(window, f"{name}-{size}")
    assert layout_problems(window) == []
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.objectName() == "title":
            assert label.font().pixelSize() >= MIN_TITLE_PX
        if label.isVisibleTo(window) and label.objectName() in BODY_STYLES:
            assert label.font().pixelSize() >= MIN_BODY_PX
    for button in window.findChildren(QPushButton):
        if button.isVisibleTo(window):
            assert button.height() >= MIN_TARGET_PX, button.text()
