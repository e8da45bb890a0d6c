"""kiosk.images.load_image: every bad input is a BadImageError with a clear detail; a decompression
bomb is refused from its header, before its pixels are allocated."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from kiosk.camera import BadImageError
from kiosk.images import load_image

ROOT = Path(__file__).resolve().parents[2]


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def gradient(width: int = 64, height: int = 48) -> Image.Image:
    x = np.linspace(0, 255, width, dtype=np.uint8)[None, :]
    y = np.linspace(0, 255, height, dtype=np.uint8)[:, None]
    return Image.fromarray(np.stack([np.broadcast_to(x, (height, width)), np.broadcast_to(y, (height, width)),
                                     np.full((height, width), 128, np.uint8)], axis=2))


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_huge_png(path: Path, width: int, height: int) -> None:
    """A valid 1-bit greyscale PNG of ``width`` × ``height`` written row by row, so making it costs
    kilobytes while decoding it (Pillow keeps one byte per pixel, then RGB) would cost gigabytes."""
    compressor = zlib.compressobj(9)
    row = bytes(1 + (width + 7) // 8)  # filter byte + packed pixels
    with path.open("wb") as out:
        header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # bit depth 1, greyscale
        out.write(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header))
        for _ in range(height):
            block = compressor.compress(row)
            if block:
                out.write(png_chunk(b"IDAT", block))
        out.write(png_chunk(b"IDAT", compressor.flush()) + png_chunk(b"IEND", b""))


def refused(source, *, match: str, **options) -> BadImageError:
    with pytest.raises(BadImageError, match=match) as caught:
        load_image(source, **options)
    assert caught.value.code == "IMAGE_INVALID"
    return caught.value


# --- valid images ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, lossless", [("PNG", True), ("BMP", True), ("TIFF", True), ("PPM", True),
                                           ("JPEG", False), ("WEBP", False)])
def test_a_valid_image_decodes_to_a_fresh_rgb_uint8_array(fmt, lossless):
    image = load_image(encoded(gradient(), fmt))
    assert image.shape == (48, 64, 3) and image.dtype == np.uint8
    assert image.flags.writeable and image.flags.c_contiguous
    if lossless:
        assert np.array_equal(image, np.asarray(gradient()))


def test_a_path_and_its_bytes_give_the_same_pixels(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(encoded(gradient(), "PNG"))
    assert np.array_equal(load_image(path), load_image(str(path)))
    assert np.array_equal(load_image(path), load_image(path.read_bytes()))


def test_greyscale_and_palette_images_become_rgb():
    grey = load_image(encoded(gradient().convert("L"), "PNG"))
    assert grey.shape == (48, 64, 3) and np.array_equal(grey[..., 0], grey[..., 2])
    assert load_image(encoded(gradient().convert("P"), "GIF")).shape == (48, 64, 3)


def test_transparency_is_flattened_onto_white():
    clear = Image.new("RGBA", (8, 8), (255, 0, 0, 0))
    assert (load_image(encoded(clear, "PNG")) == 255).all()


def test_the_exif_orientation_is_applied():
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display", as phones write
    assert load_image(encoded(gradient(64, 48), "JPEG", exif=exif)).shape == (64, 48, 3)


def test_the_greyscale_jpeg2000_card_photo_decodes():
    if "JPEG2000" not in Image.OPEN:
        pytest.skip("Pillow built without OpenJPEG")
    photo = load_image(encoded(gradient().convert("L"), "JPEG2000"))
    assert photo.shape == (48, 64, 3)


# --- bad input ------------------------------------------------------------------------------------

def test_a_missing_file_is_refused(tmp_path):
    refused(tmp_path / "absent.jpg", match="no such file")


def test_a_directory_is_refused(tmp_path):
    refused(tmp_path, match="not a regular file")


def test_an_empty_file_is_refused(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.touch()
    refused(empty, match=r"empty file \(0 bytes\)")


def test_empty_bytes_are_refused():
    refused(b"", match="empty")


def test_a_text_file_is_not_an_image(tmp_path):
    text = tmp_path / "notes.jpg"
    text.write_text("Not a photo, just a note.\n", encoding="utf-8")
    refused(text, match="not an image in a supported format")


def test_postscript_is_refused_without_running_ghostscript():
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"
    refused(eps, match="not an image in a supported format")


def test_a_corrupt_png_is_refused():
    data = bytearray(encoded(gradient(), "PNG"))
    data[60:100] = bytes(40)  # wipe part of the compressed pixels (after the IDAT chunk header)
    refused(bytes(data), match="corrupt")


def test_corrupt_images_stay_refused_once_the_face_engine_is_loaded():
    """face_recognition turns on Pillow's LOAD_TRUNCATED_IMAGES when imported; the engine undoes it."""
    from kiosk.face.engine import FaceEngine

    FaceEngine()
    data = encoded(gradient(320, 240), "JPEG")
    refused(data[: len(data) // 2], match="corrupt or truncated JPEG")


def test_a_truncated_jpeg_is_refused():
    data = encoded(gradient(320, 240), "JPEG")
    refused(data[: len(data) // 2], match="corrupt or truncated JPEG")


@pytest.mark.parametrize("width, height", [(0, 0), (0, 10), (10, 0)])
def test_a_zero_size_png_is_refused(width, height):
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data = b"\x89PNG\r\n\x1a\n" + header + png_chunk(b"IDAT", zlib.compress(b"")) + png_chunk(b"IEND", b"")
    refused(data, match=f"zero-size image \\({width}x{height}\\)")


def test_more_pixels_than_the_limit_are_refused():
    error = refused(encoded(gradient(100, 100), "PNG"), match="over the limit", max_pixels=9_999)
    assert "100x100" in error.detail


def test_a_wrong_argument_is_a_programming_error():
    with pytest.raises(TypeError):
        load_image(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        load_image(b"x", max_pixels=0)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_refused_from_its_header(tmp_path):
    bomb = tmp_path / "bomb.png"
    write_huge_png(bomb, 10_000, 10_000)
    assert bomb.stat().st_size < 1_000_000
    error = refused(bomb, match="over the limit")
    assert "10000x10000" in error.detail


def test_refusing_a_bomb_keeps_peak_memory_small(tmp_path):
    """Measured in a fresh interpreter by VmHWM (the peak of this exec's address space; ru_maxrss
    would also count the forked parent's pages, and pytest's RSS grows with earlier tests)."""
    bomb = tmp_path / "bomb.png"
    write_huge_png(bomb, 10_000, 10_000)
    probe = (
        "import json, sys, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "def peak_kb():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'): return int(line.split()[1])\n"
        "from kiosk.camera import BadImageError\n"
        "from kiosk.images import load_image\n"
        "before = peak_kb()\n"
        "try:\n"
        "    load_image(sys.argv[1]); outcome = 'decoded'\n"
        "except BadImageError as exc:\n"
        "    outcome = exc.detail\n"
        "after = peak_kb()\n"
        "print(json.dumps({'outcome': outcome, 'before_kb': before, 'after_kb': after}))\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run([sys.executable, "-c", probe, str(bomb)], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True, timeout=60)
    result = json.loads(run.stdout)
    print(f"peak RSS {result['before_kb'] / 1024:.0f} MB before, {result['after_kb'] / 1024:.0f} MB after")
    assert "over the limit" in result["outcome"]
    assert result["after_kb"] < 300 * 1024  # whole process, interpreter and libraries included
    assert result["after_kb"] - result["before_kb"] < 20 * 1024  # the refusal itself: header only


# --- fuzzing --------------------------------------------------------------------------------------

SEEDS = [encoded(gradient(16, 12), fmt) for fmt in ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP")]


def only_bad_image_errors(data: bytes) -> None:
    try:
        image = load_image(data)
    except BadImageError as exc:
        assert exc.detail
    else:
        assert image.ndim == 3 and image.shape[2] == 3 and image.dtype == np.uint8


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow's notes on damaged TIFF and EXIF data
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_raise_only_bad_image_error(data):
    only_bad_image_errors(data)


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow's notes on damaged TIFF and EXIF data
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(SEEDS), cut=st.integers(min_value=0), flips=st.lists(
    st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=8))
def test_damaged_real_images_raise_only_bad_image_error(seed, cut, flips):
    data = bytearray(seed[: max(1, cut % (len(seed) + 1))])
    for position, value in flips:
        data[position % len(data)] = value
    only_bad_image_errors(bytes(data))
