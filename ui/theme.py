"""Fonts, sizes and colours shared by every screen: big type, big touch targets, high contrast.

Every text/background pair here is at least 7:1 (WCAG AAA); tests/ui/test_theme.py checks it.
Sizes are in pixels at 96 dpi: a 96 px button is about 25 mm tall, well over the 15 mm touch target.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

FONT_FAMILY = "Noto Sans CJK JP"
TITLE_PX = 44
BODY_PX = 32
PROMPT_PX = 40  # the face gate's prompt: the one thing to read while looking at the camera
BUTTON_PX = 34
KEY_PX = 44  # PIN keypad digits
KEY_SMALL_PX = 28  # 「1つ消す」「全部消す」 on a key-sized button
BANNER_PX = 28
BUTTON_HEIGHT = 100
KEY_SIZE = (150, 96)
MARGIN = 24

BACKGROUND = "#FFFFFF"
TEXT = "#111111"  # 18.9:1 on white
ACCENT = "#0B3D91"  # 11.2:1 on white; white on it: the primary buttons
ACCENT_PRESSED = "#06245A"
ON_ACCENT = "#FFFFFF"
WARNING = "#8A1C00"  # 9.5:1 on white; white on it: the warning banner
BANNER = "#FFE14D"  # simulator banner and the alarm's second phase, with TEXT on it
DISABLED_BG = "#EEEEEE"
DISABLED_TEXT = "#4D4D4D"  # 7.6:1 on DISABLED_BG
CAMERA_BG = "#222222"
OVERLAY_SHADE = "rgba(0, 0, 0, 170)"

# (foreground, background) pairs the screens use, for the contrast test.
COLOUR_PAIRS = {
    "text": (TEXT, BACKGROUND), "title": (ACCENT, BACKGROUND), "primary button": (ON_ACCENT, ACCENT),
    "secondary button": (ACCENT, BACKGROUND), "pressed button": (ON_ACCENT, ACCENT_PRESSED),
    "disabled button": (DISABLED_TEXT, DISABLED_BG), "warning": (WARNING, BACKGROUND),
    "warning banner": (ON_ACCENT, WARNING), "alarm phase 1": (ON_ACCENT, WARNING),
    "simulator banner": (TEXT, BANNER), "alarm phase 2": (TEXT, BANNER),
}


def application_font() -> QFont:
    """Noto Sans CJK JP when installed (fonts-noto-cjk), so Japanese never renders as boxes."""
    family = FONT_FAMILY if FONT_FAMILY in QFontDatabase.families() else QFont().defaultFamily()
    font = QFont(family)
    font.setPixelSize(BODY_PX)
    return font


def set_role(widget: QWidget, name: str, value: object) -> None:
    """Set a style property (``primary``, ``phase``) and re-apply the style sheet to it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


STYLE_SHEET = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; }}
QLabel#title {{ font-size: {TITLE_PX}px; font-weight: bold; color: {ACCENT}; }}
QLabel#body {{ font-size: {BODY_PX}px; }}
QLabel#emphasis {{ font-size: {BODY_PX}px; font-weight: bold; }}
QLabel#prompt {{ font-size: {PROMPT_PX}px; font-weight: bold; }}
QLabel#simBanner {{ background: {BANNER}; color: {TEXT}; font-size: {BANNER_PX}px; font-weight: bold;
                    padding: 4px; }}
QLabel#warningBanner {{ background: {WARNING}; color: {ON_ACCENT}; font-size: {BODY_PX}px; font-weight: bold;
                        padding: 10px; }}
QLabel#alarmBanner {{ font-size: {TITLE_PX}px; font-weight: bold; padding: 12px; }}
QLabel#alarmBanner[phase="1"] {{ background: {WARNING}; color: {ON_ACCENT}; }}
QLabel#alarmBanner[phase="2"] {{ background: {BANNER}; color: {TEXT}; }}
QPushButton {{ font-size: {BUTTON_PX}px; font-weight: bold; min-height: {BUTTON_HEIGHT}px; padding: 0 28px;
              border: 3px solid {ACCENT}; border-radius: 14px; background: {BACKGROUND}; color: {ACCENT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: {ON_ACCENT}; }}
QPushButton:pressed {{ background: {ACCENT_PRESSED}; color: {ON_ACCENT}; border-color: {ACCENT_PRESSED}; }}
QPushButton:disabled {{ background: {DISABLED_BG}; color: {DISABLED_TEXT}; border-color: {DISABLED_TEXT}; }}
QPushButton#key {{ font-size: {KEY_PX}px; min-height: {KEY_SIZE[1]}px; min-width: {KEY_SIZE[0]}px;
                  padding: 0; }}
QPushButton#keySmall {{ font-size: {KEY_SMALL_PX}px; min-height: {KEY_SIZE[1]}px; min-width: {KEY_SIZE[0]}px;
                       padding: 0; }}
QProgressBar {{ border: 3px solid {ACCENT}; border-radius: 8px; min-height: 36px; max-height: 36px;
               background: {BACKGROUND}; color: transparent; }}
QProgressBar::chunk {{ background: {ACCENT}; }}
QWidget#staffOverlay {{ background: {OVERLAY_SHADE}; }}
QFrame#staffPanel {{ background: {BACKGROUND}; border: 3px solid {ACCENT}; border-radius: 16px; }}
QFrame#staffPanel QLabel {{ background: transparent; }}
"""
