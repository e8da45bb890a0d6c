"""Decoding untrusted images into RGB arrays, in memory only (Pillow + numpy; no cv2, no Qt).

:func:`load_image` is the one door through which a photo file or photo bytes become pixels: the
virtual camera's stills, and the face command line. Everything that can go wrong with the input
(missing, empty, not an image, corrupt, truncated, zero-size, too big) becomes a
:class:`~kiosk.camera.BadImageError` with a detail that says which, and nothing else escapes.

Size is checked from the header *before* the pixels are decoded (Pillow's ``Image.open`` is lazy),
so a decompression bomb such as a 10 000 × 10 000 PNG is refused without allocating its 300 MB.
Formats are limited to plain raster formats: Pillow's EPS plugin, for one, would run Ghostscript.

Nothing here writes anything anywhere (design "Lines we never cross" 1): the image is read, decoded
and returned.
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.camera import BadImageError

DEFAULT_MAX_PIXELS = 40_000_000
"""More than any camera or scanner photo we expect (a 48 MP phone sensor downsamples below it)."""

ALLOWED_FORMATS = ("JPEG", "MPO", "PNG", "BMP", "GIF", "TIFF", "WEBP", "PPM", "JPEG2000")
"""Raster formats we decode. MPO is how Pillow names many phone JPEGs; JPEG2000 is the card photo."""

ImageSource = str | os.PathLike[str] | bytes | bytearray | memoryview

Image.init()  # register every plugin now, so ``formats=`` below can name them
_FORMATS = tuple(name for name in ALLOWED_FORMATS if name in Image.OPEN)  # JPEG2000 needs OpenJPEG


def load_image(source: ImageSource, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> np.ndarray:
    """Decode ``source`` (a file path, or the encoded bytes) into an H×W×3 RGB ``uint8`` array.

    The EXIF orientation is applied (phone photos), transparency is flattened onto white, greyscale
    and palette images are expanded to RGB, and only the first frame of an animation is used. The
    result is a fresh, writeable, C-contiguous array owned by the caller.

    :param source: a path (``str`` or path-like) or the file's bytes.
    :param max_pixels: refuse images whose header declares more than this many pixels; checked
        before any pixel is decoded.
    :raises BadImageError: missing or unreadable file, empty input, not a supported image format,
        corrupt or truncated data, zero width or height, or more than ``max_pixels`` pixels.
    """
    if max_pixels <= 0:
        raise ValueError(f"max_pixels must be positive, not {max_pixels}")
    what, stream = _open_source(source)
    with stream:
        image = _identify(stream, what)
        with image:
            width, height = image.size
            if width <= 0 or height <= 0:
                raise BadImageError(f"{what}: zero-size image ({width}x{height})")
            if width * height > max_pixels:
                raise BadImageError(f"{what}: {width}x{height} is {width * height:,} pixels, over the limit "
                                    f"of {max_pixels:,}")
            return _decode(image, what)


def _open_source(source: ImageSource) -> tuple[str, BinaryIO]:
    """A description for error details and a binary stream positioned at the start."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if not data:
            raise BadImageError("image data is empty (0 bytes)")
        return f"image data ({len(data):,} bytes)", io.BytesIO(data)
    if not isinstance(source, str | os.PathLike):
        raise TypeError(f"load_image takes a path or bytes, not {type(source).__name__}")
    path = Path(source)
    what = f"image file {str(path)!r}"
    try:
        if not path.exists():
            raise BadImageError(f"{what}: no such file")
        if not path.is_file():
            raise BadImageError(f"{what}: not a regular file")
        if path.stat().st_size == 0:
            raise BadImageError(f"{what}: empty file (0 bytes)")
        return what, path.open("rb")
    except OSError as exc:  # permission denied, I/O error, name too long...
        raise BadImageError(f"{what}: cannot be read ({exc.strerror or exc})") from exc


def _identify(stream: BinaryIO, what: str) -> Image.Image:
    """Open the header only (no pixels decoded yet)."""
    try:
        return Image.open(stream, formats=_FORMATS)
    except Image.DecompressionBombError as exc:
        raise BadImageError(f"{what}: far too many pixels ({exc})") from exc
    except UnidentifiedImageError as exc:
        stream.seek(0)
        declared = _declared_size(stream.read(64))
        if declared is not None and 0 in declared:
            raise BadImageError(f"{what}: zero-size image ({declared[0]}x{declared[1]})") from exc
        raise BadImageError(f"{what}: not an image in a supported format "
                            f"({', '.join(_FORMATS)})") from exc
    except Exception as exc:  # a plugin choking on hostile input; all mean "unusable"
        raise BadImageError(f"{what}: corrupt image header ({type(exc).__name__}: {exc})") from exc


def _decode(image: Image.Image, what: str) -> np.ndarray:
    """Decode the pixels of an identified, size-checked image into RGB."""
    try:
        image.load()  # truncated data raises here (ImageFile.LOAD_TRUNCATED_IMAGES is left False)
        upright = ImageOps.exif_transpose(image)
        if upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info):
            rgba = upright.convert("RGBA")
            upright = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
        rgb = np.array(upright.convert("RGB"), dtype=np.uint8)
    except Exception as exc:  # as in _identify: any decoder failure means unusable input
        raise BadImageError(f"{what}: corrupt or truncated {image.format} image "
                            f"({type(exc).__name__}: {exc})") from exc
    if rgb.ndim != 3 or rgb.shape[2] != 3 or 0 in rgb.shape:
        raise BadImageError(f"{what}: decoded to an unusable shape {rgb.shape}")
    return np.ascontiguousarray(rgb)


def _declared_size(head: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG, GIF or BMP header, to explain why Pillow refused it (Pillow
    reports a zero-size image only as "cannot identify")."""
    try:
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            return struct.unpack(">II", head[16:24])
        if head[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", head[6:10])
        if head.startswith(b"BM"):
            width, height = struct.unpack("<ii", head[18:26])
            return width, abs(height)
    except struct.error:
        return None
    return None
