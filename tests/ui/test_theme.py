"""Colours: every text/background pair the screens use is at least 7:1 (WCAG 2.x AAA)."""

from __future__ import annotations

import pytest

from ui import theme


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


PAIRS = [(name, use) for name, palette in theme.PALETTES.items() for use in theme.colour_pairs(palette)]


@pytest.mark.parametrize(("palette", "use"), PAIRS)
def test_colour_pairs_reach_seven_to_one(palette, use):
    assert contrast(*theme.colour_pairs(theme.PALETTES[palette])[use]) >= 7.0


def test_the_contrast_check_can_fail():
    assert contrast("#777777", "#FFFFFF") < 7.0


def test_the_japanese_font_is_used(qapp):
    from PySide6.QtGui import QFontDatabase

    if theme.FONT_FAMILY not in QFontDatabase.families():
        pytest.skip(f"{theme.FONT_FAMILY} is not installed (fonts-noto-cjk)")
    assert theme.application_font().family() == theme.FONT_FAMILY
