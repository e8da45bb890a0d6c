"""The application photo as a file (issue 18 §2): the crop to the 35:45 frame and the online
application's file rules.

The online application (スマートフォン・パソコン, seeds 000/002) takes a JPEG of 480 to 6000 pixels on
each side and 20 KB to 7 MB, in RGB colour (a greyscale JPEG is accepted, CMYK is not) — J-LIS's
guidance for the photo file; docs/application-support.md. The kiosk makes every photo
:data:`OUTPUT_SIZE` (35:45 exactly), encodes it in memory and checks the bytes against
:class:`FileRules` before anyone sees it, so a photo that is accepted on screen is a file the
application takes. Nothing here writes a file: the JPEG goes into the encrypted intake record.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import Enum

import numpy as np
from PIL import Image, UnidentifiedImageError

from kiosk.application.photo import PhotoCheck
from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup

OUTPUT_SIZE = (560, 720)  # (width, height): 35:45 × 16 px, ≈ 406 dpi on the 4.5 cm print
QUALITIES = (95, 90, 80, 70)  # tried in turn, best first, until the file is small enough

FILE_PROMPTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("application.file.not_jpeg", "写真の ファイルが JPEG では ありません"),
    QT_TRANSLATE_NOOP("application.file.not_rgb", "写真の 色の 形式が 使えません（RGB に してください）"),
    QT_TRANSLATE_NOOP("application.file.too_few_pixels", "写真の 画素数が 足りません（縦横 480 画素 以上）"),
    QT_TRANSLATE_NOOP("application.file.too_many_pixels", "写真の 画素数が 多すぎます（縦横 6000 画素 まで）"),
    QT_TRANSLATE_NOOP("application.file.too_few_bytes", "写真の ファイルが 小さすぎます（20KB 以上）"),
    QT_TRANSLATE_NOOP("application.file.too_many_bytes", "写真の ファイルが 大きすぎます（7MB まで）"),
))


class FileProblem(Enum):
    """A file rule of the online application that a photo file breaks."""

    NOT_JPEG = "not_jpeg"
    NOT_RGB = "not_rgb"
    TOO_FEW_PIXELS = "too_few_pixels"
    TOO_MANY_PIXELS = "too_many_pixels"
    TOO_FEW_BYTES = "too_few_bytes"
    TOO_MANY_BYTES = "too_many_bytes"

    @property
    def prompt(self) -> Message:
        """The rule in plain Japanese."""
        return lookup(FILE_PROMPTS, f"application.file.{self.value}")


@dataclass(frozen=True)
class FileRules:
    """The online application's photo file: JPEG, each side in ``pixels``, size in ``size_bytes``."""

    pixels: tuple[int, int] = (480, 6000)
    size_bytes: tuple[int, int] = (20 * 1024, 7_000_000)  # the stricter reading of "20 KB" and "7 MB"


class PhotoNotUsableError(ValueError):
    """The image breaks a photo rule, or no file within the file rules could be made from it."""


def check_photo_file(data: bytes, rules: FileRules = FileRules()) -> tuple[FileProblem, ...]:
    """The file rules that ``data`` breaks (empty: the online application takes it). Only the
    header is read."""
    problems = []
    low, high = rules.size_bytes
    if len(data) < low:
        problems.append(FileProblem.TOO_FEW_BYTES)
    elif len(data) > high:
        problems.append(FileProblem.TOO_MANY_BYTES)
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, mode, size = image.format, image.mode, image.size
    except (UnidentifiedImageError, OSError):
        return (FileProblem.NOT_JPEG, *problems)
    if kind != "JPEG":
        problems.insert(0, FileProblem.NOT_JPEG)
    if mode not in ("RGB", "L"):
        problems.append(FileProblem.NOT_RGB)
    least, most = rules.pixels
    if min(size) < least:
        problems.append(FileProblem.TOO_FEW_PIXELS)
    if max(size) > most:
        problems.append(FileProblem.TOO_MANY_PIXELS)
    return tuple(problems)


def crop_to_frame(image: np.ndarray, check: PhotoCheck, size: tuple[int, int] = OUTPUT_SIZE) -> np.ndarray:
    """The frame of ``check`` cut from ``image`` and resampled to ``size`` (RGB uint8).

    :raises PhotoNotUsableError: the check found a broken rule (there is no frame to cut).
    """
    if not check.ok or check.frame is None:
        raise PhotoNotUsableError("the photo breaks: " + ", ".join(p.value for p in check.problems))
    cut = Image.fromarray(image).crop(check.frame.box())
    return np.asarray(cut.resize(size, Image.Resampling.LANCZOS), dtype=np.uint8)


def encode_photo(photo: np.ndarray, rules: FileRules = FileRules()) -> bytes:
    """``photo`` as a JPEG within ``rules``: the best quality of :data:`QUALITIES` that fits.

    :raises PhotoNotUsableError: no quality gives a file within the rules.
    """
    for quality in QUALITIES:
        out = io.BytesIO()
        Image.fromarray(photo).save(out, format="JPEG", quality=quality, optimize=True)
        data = out.getvalue()
        if not check_photo_file(data, rules):
            return data
    raise PhotoNotUsableError("no JPEG quality gives a file within the online application's rules: "
                              + ", ".join(p.value for p in check_photo_file(data, rules)))


def application_photo(image: np.ndarray, check: PhotoCheck, rules: FileRules = FileRules()) -> bytes:
    """The application photo file for an accepted ``check`` of ``image``: cropped, resized, JPEG.

    :raises PhotoNotUsableError: see :func:`crop_to_frame` and :func:`encode_photo`.
    """
    return encode_photo(crop_to_frame(image, check), rules)
