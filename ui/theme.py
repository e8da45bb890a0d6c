"""Fonts, sizes and colours shared by every screen: big type, big touch targets, high contrast.

Two palettes — the standard one (dark text on white) and the high-contrast one (white and yellow
on black) — and three text sizes (issue 6 §2). Every text/background pair of both palettes is at
least 7:1 (WCAG AAA); tests/ui/test_theme.py checks it. Touch targets are at least 15 mm at the
kiosk's configured DPI (``kiosk.accessibility.touch_target_px``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from kiosk.accessibility import TextSize

FONT_FAMILY = "Noto Sans CJK JP"
MARGIN = 24
KEY_SIZE = (150, 74)  # the content box: with the 3 px border a key is 80 px high, about 21 mm
BUTTON_HEIGHT = 80  # about 21 mm at 96 dpi
# The same at every text size: the simulator banner is for staff, and the accessibility bar keeps
# its three controls on one line of a 1024 px screen so the page above keeps its height.
SIM_BANNER_PX = 20
BAR_PX = 28
BAR_PADDING = 16


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes of one text-size step; the standard body text is at least 28 px."""

    title: int
    body: int
    prompt: int  # the face gate's prompt: the one thing to read while looking at the camera
    button: int
    key: int  # PIN keypad digits
    key_small: int  # 「1つ消す」「全部消す」 on a key-sized button


# The card-and-reader picture shrinks as the words grow: at the largest sizes they need the room.
PICTURE_SCALE = {TextSize.STANDARD: 1.0, TextSize.LARGE: 0.8, TextSize.EXTRA_LARGE: 0.6}
SIZES = {
    TextSize.STANDARD: Sizes(title=44, body=32, prompt=40, button=34, key=44, key_small=28),
    TextSize.LARGE: Sizes(title=50, body=40, prompt=46, button=40, key=50, key_small=32),
    TextSize.EXTRA_LARGE: Sizes(title=56, body=48, prompt=52, button=46, key=52, key_small=36),
}


@dataclass(frozen=True)
class Palette:
    """The colours of one palette (``#RRGGBB``; ``overlay`` is ``rgba(...)``)."""

    background: str
    text: str
    accent: str  # titles, outlines, primary buttons
    accent_pressed: str
    on_accent: str
    warning: str
    banner: str  # simulator banner and the alarm's second phase, with ``text_on_banner``
    text_on_banner: str
    disabled_bg: str
    disabled_text: str
    camera_bg: str
    overlay: str


STANDARD = Palette(
    background="#FFFFFF", text="#111111",  # 18.9:1
    accent="#0B3D91", accent_pressed="#06245A", on_accent="#FFFFFF",  # 11.2:1 on white
    warning="#8A1C00",  # 9.5:1 on white; white on it: the warning banner
    banner="#FFE14D", text_on_banner="#111111",
    disabled_bg="#EEEEEE", disabled_text="#4D4D4D",  # 7.6:1
    camera_bg="#222222", overlay="rgba(0, 0, 0, 170)")
HIGH_CONTRAST = Palette(
    background="#000000", text="#FFFFFF",  # 21:1
    accent="#FFE600", accent_pressed="#FFFFFF", on_accent="#000000",  # yellow on black 17.1:1
    warning="#FF9E80",  # 10.1:1 on black; black on it: the warning banner
    banner="#FFE600", text_on_banner="#000000",
    disabled_bg="#1A1A1A", disabled_text="#BDBDBD",
    camera_bg="#000000", overlay="rgba(0, 0, 0, 200)")

# The standard palette's colours under their old names, for the staff-facing windows.
BACKGROUND, TEXT, ACCENT, ON_ACCENT = STANDARD.background, STANDARD.text, STANDARD.accent, STANDARD.on_accent
WARNING, DISABLED_BG, DISABLED_TEXT, CAMERA_BG = STANDARD.warning, STANDARD.disabled_bg, STANDARD.disabled_text, \
    STANDARD.camera_bg


def colour_pairs(palette: Palette) -> dict[str, tuple[str, str]]:
    """(foreground, background) pairs the screens use, for the contrast test."""
    p = palette
    return {
        "text": (p.text, p.background), "title": (p.accent, p.background), "primary button": (p.on_accent, p.accent),
        "secondary button": (p.accent, p.background), "pressed button": (p.on_accent, p.accent_pressed),
        "disabled button": (p.disabled_text, p.disabled_bg), "warning": (p.warning, p.background),
        "warning banner": (_on_warning(p), p.warning), "alarm phase 1": (_on_warning(p), p.warning),
        "simulator banner": (p.text_on_banner, p.banner), "alarm phase 2": (p.text_on_banner, p.banner),
    }


def _on_warning(p: Palette) -> str:
    return p.on_accent if p is STANDARD else p.background


PALETTES = {"standard": STANDARD, "high contrast": HIGH_CONTRAST}
COLOUR_PAIRS = colour_pairs(STANDARD)


def palette_for(high_contrast: bool) -> Palette:
    """The high-contrast palette or the standard one."""
    return HIGH_CONTRAST if high_contrast else STANDARD


def application_font(family: str = FONT_FAMILY) -> QFont:
    """Noto Sans CJK (JP, or SC/KR for Chinese and Korean) when installed (fonts-noto-cjk), so
    CJK text never renders as boxes."""
    family = family if family in QFontDatabase.families() else QFont().defaultFamily()
    font = QFont(family)
    font.setPixelSize(SIZES[TextSize.STANDARD].body)
    return font


def set_role(widget: QWidget, name: str, value: object) -> None:
    """Set a style property (``primary``, ``phase``) and re-apply the style sheet to it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_style_name(widget: QWidget, name: str) -> None:
    """Style ``widget`` by the style sheet's rule for ``name`` (``QLabel#warning`` ...) from now on."""
    if widget.objectName() != name:
        widget.setObjectName(name)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def style_sheet(size: TextSize = TextSize.STANDARD, high_contrast: bool = False, touch_px: int = 57) -> str:
    """The resident windows' style sheet for a text size and palette; buttons and keys are at
    least ``touch_px`` in both directions."""
    s, p = SIZES[size], palette_for(high_contrast)
    on_warning = _on_warning(p)
    button_height = max(BUTTON_HEIGHT, touch_px)
    key_w, key_h = max(KEY_SIZE[0], touch_px), max(KEY_SIZE[1], touch_px, s.key + 22)
    return f"""
QWidget {{ background: {p.background}; color: {p.text}; }}
QLabel#title {{ font-size: {s.title}px; font-weight: bold; color: {p.accent}; }}
QLabel#body {{ font-size: {s.body}px; }}
QLabel#emphasis {{ font-size: {s.body}px; font-weight: bold; }}
QLabel#summary {{ font-size: {s.body}px; }}
QLabel#step {{ font-size: {BAR_PX}px; font-weight: bold; color: {p.accent}; }}
QLabel#buttonText {{ background: transparent; }}
QLabel#warning {{ font-size: {s.body}px; font-weight: bold; color: {p.warning}; }}
QLabel#prompt {{ font-size: {s.prompt}px; font-weight: bold; }}
QLabel#hint {{ font-size: {max(28, s.body - 4)}px; }}
QLabel#simBanner {{ background: {p.banner}; color: {p.text_on_banner}; font-size: {SIM_BANNER_PX}px; font-weight: bold;
                    padding: 2px; }}
QLabel#staffNotice {{ font-size: 20px; color: {p.text}; border-top: 2px solid {p.accent}; padding: 4px; }}
QLabel#warningBanner {{ background: {p.warning}; color: {on_warning}; font-size: {s.body}px; font-weight: bold;
                        padding: 2px 6px; }}
QLabel#alarmBanner {{ font-size: {s.title}px; font-weight: bold; padding: 12px; }}
QLabel#alarmBanner[phase="1"] {{ background: {p.warning}; color: {on_warning}; }}
QLabel#alarmBanner[phase="2"] {{ background: {p.banner}; color: {p.text_on_banner}; }}
QPushButton {{ font-size: {s.button}px; font-weight: bold; min-height: {button_height}px; min-width: {touch_px}px;
              padding: 0 24px; border: 3px solid {p.accent}; border-radius: 14px; background: {p.background};
              color: {p.accent}; }}
QPushButton[primary="true"] {{ background: {p.accent}; color: {p.on_accent}; }}
QPushButton:pressed {{ background: {p.accent_pressed}; color: {p.on_accent}; border-color: {p.accent_pressed}; }}
QPushButton:disabled {{ background: {p.disabled_bg}; color: {p.disabled_text}; border-color: {p.disabled_text}; }}
QPushButton#key {{ font-size: {s.key}px; min-height: {key_h}px; min-width: {key_w}px; padding: 0; }}
QPushButton#keySmall {{ font-size: {s.key_small}px; min-height: {key_h}px; min-width: {key_w}px; padding: 0; }}
QPushButton#bar, QPushButton#language {{ font-size: {BAR_PX}px; min-height: {touch_px}px; padding: 0 {BAR_PADDING}px;
                                         border-radius: 10px; }}
QPushButton#language[current="true"] {{ background: {p.accent}; color: {p.on_accent}; }}
QProgressBar {{ border: 3px solid {p.accent}; border-radius: 8px; min-height: 36px; max-height: 36px;
               background: {p.background}; color: transparent; }}
QProgressBar::chunk {{ background: {p.accent}; }}
QScrollBar:vertical {{ width: 28px; background: {p.disabled_bg}; border-radius: 14px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {p.accent}; min-height: 64px; border-radius: 14px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QWidget#staffOverlay {{ background: {p.overlay}; }}
QWidget#collationForm QLabel, QLabel#staffNote {{ font-size: 24px; }}
QLabel#staffMessage {{ font-size: {SIZES[TextSize.STANDARD].body}px; font-weight: bold; }}
QLabel#staffBody {{ font-size: {SIZES[TextSize.STANDARD].body}px; }}
QWidget#staffActions QPushButton {{ font-size: {SIZES[TextSize.STANDARD].button}px; }}
QWidget#collationForm QPushButton {{ font-size: 28px; min-height: {touch_px}px; padding: 0 6px; }}
QWidget#collationForm QPushButton#collationField {{ min-width: 56px; }}
QWidget#collationForm QPushButton#collationField[digits="4"] {{ min-width: 96px; }}
QWidget#collationForm QPushButton:checked {{ background: {p.accent}; color: {p.on_accent}; }}
QFrame#staffPanel {{ background: {p.background}; border: 3px solid {p.accent}; border-radius: 16px; }}
QFrame#staffPanel QLabel {{ background: transparent; }}
"""


STYLE_SHEET = style_sheet()
