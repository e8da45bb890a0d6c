"""Fonts, sizes and colours shared by every screen (high contrast, big type by default)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

FONT_FAMILY = "Noto Sans CJK JP"
BODY_PX = 32
TITLE_PX = 48
BACKGROUND = "#FFFFFF"
TEXT = "#111111"  # 18.9:1 on white
ACCENT = "#0B3D91"  # 11.2:1 on white
WARNING = "#8A1C00"  # 9.5:1 on white
BANNER = "#FFE14D"


def application_font() -> QFont:
    """Noto Sans CJK JP when installed (fonts-noto-cjk), so Japanese never renders as boxes."""
    family = FONT_FAMILY if FONT_FAMILY in QFontDatabase.families() else QFont().defaultFamily()
    font = QFont(family)
    font.setPixelSize(BODY_PX)
    return font


STYLE_SHEET = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; }}
QLabel#title {{ font-size: {TITLE_PX}px; font-weight: bold; color: {ACCENT}; }}
QLabel#body {{ font-size: {BODY_PX}px; }}
QLabel#warning {{ font-size: {BODY_PX}px; color: {WARNING}; font-weight: bold; }}
QLabel#banner {{ background: {BANNER}; color: {TEXT}; font-size: 20px; padding: 6px; }}
QPushButton {{ font-size: {BODY_PX}px; min-height: 96px; padding: 8px 24px;
              border: 3px solid {ACCENT}; border-radius: 12px; }}
"""
