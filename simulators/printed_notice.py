"""Printed and photographed 交付通知書 / 交付申請書 (issue 17 §2): what the counter's QR camera sees
when a resident hands one over — for the QR tests, the decoder measurements (``docs/qr-camera.md``)
and training videos.

* :func:`printed_page` draws the paper: the QR (``segno``) beside a few lines of text, on white;
* :func:`photographed` puts it in front of a desk camera: bent (:attr:`Distortion.curve`), worn
  (faded ink, scuffs, a fold), rotated, tilted, out of focus, noisy, JPEG-compressed;
* :data:`DISTORTIONS` — the measured sets, by name.

Everything is synthetic and deterministic for a seed; images stay in memory (nothing here writes a
file: the video tests write their own into a temporary folder).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import Enum

import cv2
import numpy as np
import segno
from PIL import Image, ImageDraw

from simulators.card.images import _font
from simulators.card_management import in_camera_frame

PAGE_SIZE = (1000, 640)  # width, height: a postcard at ~7 px/mm
QR_SCALE = 6  # pixels per module on paper (~0.85 mm modules, as printed forms use)
FRAME_SIZE = (1280, 720)  # the desk camera


class Paper(Enum):
    """Which paper the code is printed on (the titles differ; both carry the 申請書ID)."""

    NOTICE = "個人番号カード 交付通知書"
    FORM = "個人番号カード 交付申請書"


def printed_page(payload: str, paper: Paper = Paper.NOTICE, lines: tuple[str, ...] = ()) -> np.ndarray:
    """``payload`` as a QR code (error correction M, as most forms) on a white page with a title
    and ``lines`` of text; RGB uint8 :data:`PAGE_SIZE`."""
    buffer = io.BytesIO()
    segno.make_qr(payload, error="m", boost_error=False).save(buffer, kind="png", scale=QR_SCALE, border=4)
    buffer.seek(0)
    qr = Image.open(buffer).convert("RGB")
    width, height = PAGE_SIZE
    page = Image.new("RGB", PAGE_SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(page)
    draw.rectangle((6, 6, width - 7, height - 7), outline=(40, 40, 40), width=3)
    draw.text((40, 40), paper.value, font=_font(40), fill=(0, 0, 0))
    for row, line in enumerate(lines):
        draw.text((40, 130 + row * 56), line, font=_font(28), fill=(0, 0, 0))
    page.paste(qr, (width - qr.width - 40, height - qr.height - 40))
    return np.asarray(page, dtype=np.uint8).copy()


@dataclass(frozen=True)
class Distortion:
    """How the paper is held and photographed. Angles in degrees; ``tilt`` 0–0.4 (one edge further
    away); ``curve``: how far the bent page bulges, as a fraction of its height; ``wear`` 0–1 (faded
    ink, scuffs and a fold); ``blur``: an odd Gaussian kernel; ``noise``: σ in grey levels;
    ``jpeg``: the camera's compression quality (0: none)."""

    rotation: float = 0.0
    tilt: float = 0.0
    curve: float = 0.0
    wear: float = 0.0
    blur: int = 0
    noise: float = 3.0
    scale: float = 0.6
    brightness: float = 1.0
    jpeg: int = 85


def _bent(page: np.ndarray, curve: float) -> np.ndarray:
    """The page bent round a vertical cylinder, seen from the front: its sides turn away by up to
    ``curve`` × 180° (squeezed towards the edges), and its rows bow as the middle comes nearer."""
    height, width = page.shape[:2]
    centre = (width - 1) / 2
    turn = curve * np.pi
    radius = centre / turn
    grid_x, grid_y = np.meshgrid(np.arange(width, dtype=np.float64), np.arange(height, dtype=np.float64))
    seen = np.clip((grid_x - centre) / radius, -np.sin(turn), np.sin(turn))
    angle = np.arcsin(seen)
    inside = np.abs(grid_x - centre) <= radius * np.sin(turn)
    map_x = np.where(inside, centre + radius * angle, -1)
    map_y = grid_y - 0.25 * height * curve * np.cos(angle) * (grid_y - height / 2) / (height / 2)
    return cv2.remap(page, map_x.astype(np.float32), map_y.astype(np.float32), cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_CONSTANT, borderValue=(110, 105, 100))


def _worn(page: np.ndarray, wear: float, rng: np.random.Generator) -> np.ndarray:
    """Faded ink (black lifts towards grey), scuffs (white flecks), a fold across the page."""
    out = page.astype(np.float32)
    out = 255 - (255 - out) * (1 - 0.55 * wear)  # faded toner
    height, width = page.shape[:2]
    flecks = rng.random((height, width)) < 0.02 * wear
    out[flecks] = 235
    fold_y = int(height * (0.65 + 0.2 * rng.random()))  # across the code
    thickness = max(1, int(6 * wear))
    out[fold_y:fold_y + thickness] = np.minimum(255, out[fold_y:fold_y + thickness] + 90 * wear)
    out[fold_y + thickness:fold_y + 2 * thickness] *= 1 - 0.25 * wear
    shade = np.linspace(1.0, 1 - 0.3 * wear, width, dtype=np.float32)[None, :, None]  # uneven light
    return np.clip(out * shade, 0, 255).astype(np.uint8)


def _jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    ok, encoded = cv2.imencode(".jpg", cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    decoded = cv2.imdecode(encoded, cv2.IMREAD_COLOR) if ok else None
    return image if decoded is None else cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB)


def photographed(page: np.ndarray, distortion: Distortion, *, frame_size: tuple[int, int] = FRAME_SIZE,
                 seed: int = 0) -> np.ndarray:
    """``page`` as one desk-camera frame (RGB uint8 ``frame_size``) under ``distortion``."""
    rng = np.random.default_rng(seed)
    paper = page
    if distortion.wear:
        paper = _worn(paper, distortion.wear, rng)
    if distortion.curve:
        paper = _bent(paper, distortion.curve)
    frame = in_camera_frame(paper, frame_size, scale=distortion.scale, tilt=distortion.tilt,
                            rotation=distortion.rotation, noise=distortion.noise, blur=distortion.blur,
                            brightness=distortion.brightness, seed=seed)
    return _jpeg(frame, distortion.jpeg) if distortion.jpeg else frame


D = Distortion
DISTORTIONS: dict[str, tuple[Distortion, ...]] = {
    "flat": (D(), D(scale=0.45), D(brightness=0.7), D(noise=8)),
    "rotated": (D(rotation=12), D(rotation=45), D(rotation=90), D(rotation=-135), D(rotation=180)),
    "blurred": (D(blur=3), D(blur=5), D(blur=7), D(blur=9)),
    "perspective": (D(tilt=0.15, rotation=8), D(tilt=0.25, rotation=-20), D(tilt=0.35), D(tilt=0.4, rotation=30)),
    "curved": (D(curve=0.05), D(curve=0.1), D(curve=0.15, rotation=10), D(curve=0.2)),
    "worn": (D(wear=0.4), D(wear=0.7), D(wear=1.0), D(wear=0.8, rotation=20)),
    "worn-curved-blurred": (D(wear=0.6, curve=0.1, blur=5), D(wear=0.8, curve=0.15, blur=5, tilt=0.2),
                            D(wear=1.0, curve=0.1, blur=7, rotation=-15)),
}
"""The measured conditions (``docs/qr-camera.md``), each a few held-paper variants."""
