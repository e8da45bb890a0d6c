"""Images a card face carries: the greyscale JPEG 2000 photo and 1-bit PNG renderings of the name,
address and security code (spec §6.3). Built in memory only."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

PHOTO_SIZE = (240, 300)  # 3.5 × 4.5 cm portrait ratio
CJK_FONTS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
             "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for path in CJK_FONTS:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def placeholder_face(seed: int) -> Image.Image:
    """A drawn stand-in portrait where no fixture photo is available (not a real face)."""
    image = Image.new("L", PHOTO_SIZE, 200 + seed % 40)
    draw = ImageDraw.Draw(image)
    w, h = PHOTO_SIZE
    draw.ellipse((w * 0.25, h * 0.18, w * 0.75, h * 0.7), fill=150 + seed % 50)
    draw.rectangle((w * 0.15, h * 0.75, w * 0.85, h), fill=70)
    for x in (0.4, 0.6):
        draw.ellipse((w * x - 8, h * 0.38, w * x + 8, h * 0.44), fill=30)
    draw.arc((w * 0.4, h * 0.5, w * 0.6, h * 0.6), 20, 160, fill=40, width=3)
    return image


def card_photo(source: Path | None, seed: int) -> bytes:
    """The card's face photo as greyscale JP2: ``source`` cropped to the portrait ratio, or a
    placeholder. The card stores monochrome even when the printed photo is colour (spec §6.3)."""
    if source is not None:
        with Image.open(source) as image:
            portrait = ImageOps.fit(ImageOps.exif_transpose(image).convert("L"), PHOTO_SIZE)
    else:
        portrait = placeholder_face(seed)
    out = io.BytesIO()
    portrait.save(out, format="JPEG2000", quality_mode="rates", quality_layers=[12], no_jp2=False)
    return out.getvalue()


def text_png(text: str, width: int, size: int = 22) -> bytes:
    """``text`` rendered 1-bit, wrapped to ``width`` pixels, as PNG."""
    font = _font(size)
    lines, line = [], ""
    for char in text:
        if font.getlength(line + char) > width - 8:
            lines.append(line)
            line = ""
        line += char
    lines.append(line)
    image = Image.new("1", (width, (size + 6) * len(lines) + 4), 1)
    draw = ImageDraw.Draw(image)
    for row, content in enumerate(lines):
        draw.text((4, 2 + row * (size + 6)), content, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
