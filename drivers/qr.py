"""QR codes from camera frames (the counter scans the 交付通知書 and the 交付申請書) and drawn ones
(the simulator prints 交付通知書 for tests and training).

Two decoders, measured on printed-and-photographed notices (``docs/qr-camera.md``):

* :func:`zxing_decode` — zxing-cpp: reads blurred, tilted and bent paper, about 5 ms a 1280×720
  frame; it is tried first;
* :func:`opencv_decode` — OpenCV's detectors: slower (40–250 ms), but reads some worn codes
  zxing-cpp misses; tried when zxing-cpp finds nothing.

:func:`decode_qr` runs both in that order. Frames stay in memory: nothing here writes an image
anywhere (design "Lines we never cross" 1).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import cv2
import numpy as np
import zxingcpp

from kiosk.camera import BadImageError

logger = logging.getLogger(__name__)

_CORRECTION = {"L": cv2.QRCodeEncoder_CORRECT_LEVEL_L, "M": cv2.QRCodeEncoder_CORRECT_LEVEL_M,
               "Q": cv2.QRCodeEncoder_CORRECT_LEVEL_Q, "H": cv2.QRCodeEncoder_CORRECT_LEVEL_H}
MAX_SIDE = 4096  # larger frames are not a camera's; refuse rather than spend seconds on them


def _grey(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8:
        raise BadImageError("QR input: a uint8 numpy array expected")
    if not (image.ndim == 2 or (image.ndim == 3 and image.shape[2] == 3)):
        raise BadImageError(f"QR input: H×W×3 RGB expected, got shape {image.shape}")
    height, width = image.shape[:2]
    if min(height, width) < 21:  # a version-1 QR has 21 modules; also catches empty arrays
        raise BadImageError(f"QR input: image too small ({width}×{height})")
    if max(height, width) > MAX_SIDE:
        raise BadImageError(f"QR input: image too large ({width}×{height})")
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    return np.ascontiguousarray(grey)


def _multi(detector: cv2.GraphicalCodeDetector, grey: np.ndarray) -> list[str]:
    try:
        found, texts, _, _ = detector.detectAndDecodeMulti(grey)
    except cv2.error:  # OpenCV raises on some degenerate quadrilaterals
        return []
    return [t for t in texts if t] if found else []


def _single(detector: cv2.GraphicalCodeDetector, grey: np.ndarray) -> list[str]:
    try:
        text, _, _ = detector.detectAndDecode(grey)
    except cv2.error:
        return []
    return [text] if text else []


def _blank(grey: np.ndarray) -> bool:
    """Blank, black or saturated: no code can be there."""
    return int(grey.max()) - int(grey.min()) < 32


def zxing_decode(image: np.ndarray) -> list[str]:
    """Texts of the QR codes zxing-cpp reads in ``image`` (as :func:`decode_qr`), each once.

    :raises BadImageError: not an image, or too small or too large.
    """
    grey = _grey(image)
    if _blank(grey):
        return []
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return list(dict.fromkeys(code.text for code in found if code.valid and code.text))


def decode_qr(image: np.ndarray) -> list[str]:
    """Texts of the QR codes readable in ``image`` (H×W×3 RGB uint8, or H×W grey), each once, in
    detection order; empty when there is none (a black frame, no code, a damaged code):
    :func:`zxing_decode`, then :func:`opencv_decode` when it found nothing.

    :raises BadImageError: not an image (wrong type, shape, dtype), or too small or too large.
    """
    return zxing_decode(image) or opencv_decode(image)


def opencv_decode(image: np.ndarray) -> list[str]:
    """Texts of the QR codes OpenCV reads in ``image`` (as :func:`decode_qr`).

    Passes, until one finds a code: the frame as is, with OpenCV's ArUco-based detector (tolerant
    of perspective and blur), the classic multi-code detector and a single-code search; the frame
    binarised (Otsu), which rescues codes whose modules are only 3–4 pixels wide; and a 2× upscale
    of small images. About 20–150 ms on a 1280×720 frame, up to ~0.4 s on pure noise.

    :raises BadImageError: not an image (wrong type, shape, dtype), or too small or too large.
    """
    grey = _grey(image)
    if _blank(grey):
        return []
    classic = cv2.QRCodeDetector()
    if hasattr(cv2, "QRCodeDetectorAruco"):  # OpenCV ≥ 4.8: fastest and most tolerant, first
        aruco = cv2.QRCodeDetectorAruco()
        full = [lambda g: _multi(aruco, g), lambda g: _multi(classic, g), lambda g: _single(aruco, g)]
        quick = [lambda g: _multi(aruco, g), lambda g: _single(aruco, g)]
    else:  # the classic single-code search is slow on noisy frames: last resort only
        full = quick = [lambda g: _multi(classic, g), lambda g: _single(classic, g)]
    passes: list[tuple[Callable[[], np.ndarray], list[Callable[[np.ndarray], list[str]]]]] = [
        (lambda: grey, full),
        (lambda: cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1], quick),
    ]
    if max(grey.shape) <= MAX_SIDE // 2 and min(grey.shape) < 720:
        passes.append((lambda: cv2.resize(grey, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), full))
    for make, attempts in passes:
        candidate = make()
        for attempt in attempts:
            texts = attempt(candidate)
            if texts:
                return list(dict.fromkeys(texts))
    return []


def render_qr(text: str, *, module_px: int = 8, quiet_modules: int = 4, correction: str = "M") -> np.ndarray:
    """``text`` as a QR code image, H×W×3 RGB uint8, black on white with a quiet zone.

    :param module_px: pixels per module.
    :param quiet_modules: white border, in modules (the standard asks for 4).
    :param correction: error-correction level ``L``, ``M``, ``Q`` or ``H``.
    """
    if not text:
        raise ValueError("no text to encode")
    if module_px < 1 or quiet_modules < 0:
        raise ValueError("module_px ≥ 1 and quiet_modules ≥ 0 expected")
    params = cv2.QRCodeEncoder.Params()
    params.correction_level = _CORRECTION[correction]
    modules = cv2.QRCodeEncoder.create(params).encode(text)  # one pixel per module, 0 or 255
    if modules is None or modules.size == 0:
        raise ValueError("text cannot be encoded as one QR code")
    if modules.ndim == 3:
        modules = cv2.cvtColor(modules, cv2.COLOR_BGR2GRAY)
    # OpenCV versions differ on whether the encoder adds a quiet zone: trim white edges first.
    dark = np.argwhere(modules < 128)
    (top, left), (bottom, right) = dark.min(axis=0), dark.max(axis=0)
    modules = modules[top:bottom + 1, left:right + 1]
    scaled = cv2.resize(modules, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)
    border = quiet_modules * module_px
    padded = cv2.copyMakeBorder(scaled, border, border, border, border, cv2.BORDER_CONSTANT, value=255)
    return np.ascontiguousarray(np.repeat(padded[:, :, None], 3, axis=2).astype(np.uint8))
