"""``OcrCardFaceReader``: 照合番号B read from a camera frame of a My Number Card's front (spec §12),
a :class:`~kiosk.card_face.reading.CardFaceReader`.

Stages (each timed in ``CardFaceReading.timings``, ms):

1. ``locate`` — find the card in the frame (:func:`locate_card`): on a 320-px copy, take the light's
   gradient out (a quadratic surface fitted to the desk in log brightness), keep what is brighter
   than the desk by Otsu's threshold and nearly colourless (fingers are not), take the largest
   region, and fit a straight line to each side of its outline (fingers' notches and a hidden corner
   fall off the lines), the corners where the lines meet.
2. ``rectify`` — warp the quadrilateral to 856×540 (10 px/mm), long side horizontal, and turn it
   upright: the photo, a large dark block, is on the right of an upright card (:func:`photo_on_right`).
   Any rotation and upside-down cards are handled this way; if nothing at all is read, the card is
   also read turned by 180°.
3. ``segment`` — find text lines (:func:`text_lines`): divide by the local background (a grey
   closing), threshold the ink, join characters horizontally, keep line-shaped boxes. Boxes taller
   than :data:`MAX_LINE_HEIGHT` (the name, printed largest) are not read: the name is not needed.
4. ``ocr`` — Tesseract 5 (``tesserocr``; the models of Debian's ``tesseract-ocr-jpn`` and
   ``tesseract-ocr-script-jpan``), one line per call in single-line mode, on two threads (one
   engine per model per thread). :data:`VIEWS` are tried in order until one reads a certain
   reading; a view is followed by the next only when at least two fields were found.
5. ``parse`` — ``kiosk.card_face.fields.read_fields``: the fields by pattern and every check.
6. ``second_look`` — another view reads the three field lines again; unless it finds the same
   fields (``fields.same_fields``), the reading is null with ``OCR_DISAGREES``.

Engine choice, measured on this machine (``docs/card-face.md`` has the tables): rapidocr-onnxruntime
(PP-OCRv4, models in its wheel) read the digits well but took 0.5–4 s a card, read まで有効 as
Chinese look-alikes, and needs ``opencv-python``, which clashes with our headless OpenCV; Tesseract
on the whole card merged the columns (3–6 of 10 clean cards). Tesseract on our own text lines,
``bench/card_face.py`` on 1,080 fresh frames: 955 of 960 readable frames exact (99.48 %), no wrong
answer, median 147 ms and p95 279 ms at a load average of 3 (p95 209 ms on a quieter machine).

Frames stay in memory; nothing here writes anything (design "Lines we never cross" 1).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

# Tesseract's OpenMP threads spin against each other and against our two line workers: limited
# to one each, a card reads 2× faster (measured). Set before tesserocr loads the library.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import tesserocr  # noqa: E402
from PIL import Image  # noqa: E402

from kiosk.card_face.fields import MIN_CONFIDENCE, OcrLine, field_lines, read_fields, same_fields  # noqa: E402
from kiosk.card_face.reading import CardFaceReading, Problem  # noqa: E402
from kiosk.clock import SYSTEM_CLOCK, Clock  # noqa: E402

DEFAULT_TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")
"""Where Debian's ``tesseract-ocr-jpn`` puts ``jpn.traineddata``."""
MAX_LINE_HEIGHT = 44
"""Boxes taller than this (px at 10 px/mm) are the name or a label in larger type: not read."""
MIN_LINE_HEIGHT = 12
INK_BELOW = 0.82
"""Ink: darker than this fraction of the local background (blurred strokes stay ink)."""
CARD_SIZE = (856, 540)  # the card rectified at 10 px/mm (ISO ID-1: 85.60 × 53.98 mm)
_WORK_WIDTH = 320  # the frame is searched for the card at this width


def _quadratic_terms(height: int, width: int) -> np.ndarray:
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    xs, ys = xs / width - 0.5, ys / height - 0.5
    return np.stack([np.ones_like(xs), xs, ys, xs * xs, xs * ys, ys * ys], axis=-1).reshape(-1, 6)


def _without_light(log_grey: np.ndarray, background: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """``log_grey`` less the light: a quadratic surface fitted (three rounds) to the pixels that
    ``background(residual)`` keeps. Fits on every third pixel; the normal equations are 6×6."""
    terms = _quadratic_terms(*log_grey.shape)
    values = log_grey.reshape(-1)
    keep = np.zeros(values.shape, bool)
    keep[::3] = True
    residual = values
    for _ in range(3):
        fit = terms[keep]
        if len(fit) < 60:
            break
        coefficients = np.linalg.solve(fit.T @ fit + 1e-6 * np.eye(6), fit.T @ values[keep])
        residual = values - terms @ coefficients
        keep = background(residual)
        keep[np.arange(keep.size) % 3 != 0] = False
    return residual.reshape(log_grey.shape)


def _log_grey(rgb: np.ndarray) -> np.ndarray:
    return np.log(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32) + 1)


def _otsu_dark(residual: np.ndarray) -> np.ndarray:
    low, span = float(residual.min()), float(np.ptp(residual)) or 1.0
    scaled = ((residual - low) * (255 / span)).astype(np.uint8)
    threshold, _ = cv2.threshold(scaled, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return np.asarray(scaled.reshape(-1) <= threshold)


def card_mask(image: np.ndarray) -> tuple[np.ndarray, float]:
    """Pixels of a small copy of ``image`` that look like the card — bright against the desk once
    the light's gradient is taken out, and nearly colourless, which leaves fingers out — and the
    scale of that copy."""
    height, width = image.shape[:2]
    scale = _WORK_WIDTH / width
    small = cv2.resize(image, (_WORK_WIDTH, max(1, round(height * scale))), interpolation=cv2.INTER_AREA)
    residual = _without_light(_log_grey(small), _otsu_dark)
    bright = ~_otsu_dark(residual).reshape(residual.shape)
    rgb = small.astype(np.float32)
    brightest = rgb.max(axis=2)
    saturation = (brightest - rgb.min(axis=2)) / (brightest + 1)
    mask = (bright & (saturation < 0.24)).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    return mask, scale


def _line_through(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    vx, vy, x0, y0 = cv2.fitLine(points.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).reshape(-1)
    return np.array([x0, y0], np.float64), np.array([vx, vy], np.float64)


def _intersect(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    (p, r), (q, s) = a, b
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6:
        return None
    t = ((q - p)[0] * s[1] - (q - p)[1] * s[0]) / cross
    return np.asarray(p + t * r, dtype=np.float64)


def _refine(quad: np.ndarray, outline: np.ndarray) -> np.ndarray:
    """Fit each side of ``quad`` to the outline points near it (fingers' notches and a clipped corner
    lie off the side and are left out), and intersect neighbouring sides."""
    short_side = min(float(np.linalg.norm(quad[i] - quad[(i + 1) % 4])) for i in range(4))
    tolerance = max(2.0, 0.05 * short_side)
    lines = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        direction = (b - a) / max(1e-6, float(np.linalg.norm(b - a)))
        normal = np.array([-direction[1], direction[0]])
        along = (outline - a) @ direction
        off = np.abs((outline - a) @ normal)
        length = float(np.linalg.norm(b - a))
        near = outline[(off < tolerance) & (along > 0.1 * length) & (along < 0.9 * length)]
        lines.append(_line_through(near) if len(near) >= 5 else (a, direction))
    corners = [_intersect(lines[i - 1], lines[i]) for i in range(4)]
    if any(corner is None for corner in corners):
        return quad
    refined = np.array(corners, np.float64)
    return refined if np.all(np.linalg.norm(refined - quad, axis=1) < short_side * 0.25) else quad


def _order(quad: np.ndarray) -> np.ndarray:
    """Corners clockwise on screen, starting so that the first side is a long one."""
    centre = quad.mean(axis=0)
    angles = np.arctan2(quad[:, 1] - centre[1], quad[:, 0] - centre[0])
    quad = quad[np.argsort(angles)]
    if np.linalg.norm(quad[1] - quad[0]) < np.linalg.norm(quad[2] - quad[1]):
        quad = np.roll(quad, -1, axis=0)
    return quad


def locate_card(image: np.ndarray) -> np.ndarray | None:
    """The card's four corners in ``image`` (float, clockwise, long side first), or None.

    The orientation (which long side is the top) is not decided here; see :func:`upright`.
    """
    mask, scale = card_mask(image)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline)
    if area < 0.04 * mask.size:
        return None
    hull = cv2.convexHull(outline)
    approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    quad = approx.astype(np.float64) if len(approx) == 4 else cv2.boxPoints(cv2.minAreaRect(outline)).astype(
        np.float64)
    quad = _order(quad)
    points = outline.reshape(-1, 2).astype(np.float64)
    for _ in range(2):
        quad = _order(_refine(quad, points))
    long_side = max(float(np.linalg.norm(quad[1] - quad[0])), float(np.linalg.norm(quad[3] - quad[2])))
    short_side = max(float(np.linalg.norm(quad[2] - quad[1])), float(np.linalg.norm(quad[0] - quad[3])))
    if not 1.2 < long_side / max(short_side, 1e-6) < 2.2:
        return None
    return np.asarray((quad + 0.5) / scale - 0.5, dtype=np.float64)


def rectify(image: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """The quadrilateral ``corners`` of ``image`` warped to :data:`CARD_SIZE`."""
    width, height = CARD_SIZE
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(image, matrix, CARD_SIZE, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def photo_on_right(card: np.ndarray) -> bool:
    """Whether the darker, photo-sized block is on the right (the card is upright), rather than at
    the bottom left (the card is upside-down)."""
    grey = cv2.resize(cv2.cvtColor(card, cv2.COLOR_RGB2GRAY), (CARD_SIZE[0] // 8, CARD_SIZE[1] // 8),
                      interpolation=cv2.INTER_AREA)
    darkness = _without_light(np.log(grey.astype(np.float32) + 1), lambda residual: residual > -0.08)
    height, width = darkness.shape
    right = darkness[int(0.10 * height):int(0.56 * height), int(0.72 * width):int(0.95 * width)]
    left = darkness[int(0.44 * height):int(0.90 * height), int(0.05 * width):int(0.28 * width)]
    return float(right.mean()) <= float(left.mean())


Box = tuple[int, int, int, int]  # left, top, width, height


def text_lines(card: np.ndarray) -> tuple[np.ndarray, list[Box]]:
    """The rectified ``card`` with its background flattened (grey, uint8, ink dark on white) and the
    boxes of its text lines, top to bottom.

    Characters are joined into lines horizontally, then a line is cut where type of a different size
    begins after a gap (「生年月日」 in small type before the birth date, 「性別」 after it): the OCR reads
    a line of one size far better.
    """
    grey = cv2.cvtColor(card, cv2.COLOR_RGB2GRAY)
    background = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    flat = np.clip(grey.astype(np.float32) / np.maximum(background.astype(np.float32), 1), 0, 1)
    ink = cv2.morphologyEx((flat < INK_BELOW).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    joined = cv2.dilate(ink, np.ones((5, 23), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    height, width = grey.shape
    boxes: list[Box] = []
    for left, top, box_width, box_height, _ in stats[1:count]:
        if left <= 2 or top <= 2 or left + box_width >= width - 2 or top + box_height >= height - 2:
            continue  # cut by the card's edge: a finger or a shadow, not text
        for box in _split_by_size(ink[top:top + box_height, left:left + box_width], int(left), int(top)):
            piece = ink[box[1]:box[1] + box[3], box[0]:box[0] + box[2]]
            if MIN_LINE_HEIGHT <= box[3] <= MAX_LINE_HEIGHT and box[2] >= box[3] * 0.9 and 0.04 < piece.mean() < 0.8:
                boxes.append(box)
    boxes.sort(key=lambda box: (box[1], box[0]))
    return (flat * 255).astype(np.uint8), boxes


def _split_by_size(ink: np.ndarray, left: int, top: int) -> list[Box]:
    """Cut one joined line (its ink) into runs of columns, and join neighbouring runs of similar
    height: the boxes of the pieces, in card coordinates, tight around their ink."""
    columns = np.flatnonzero(ink.any(axis=0))
    if columns.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(columns) > 1)
    starts = np.concatenate([[columns[0]], columns[breaks + 1]])
    ends = np.concatenate([columns[breaks], [columns[-1]]]) + 1
    pieces: list[list[int]] = []  # [first column, end column, top row, end row]
    for start, end in zip(starts, ends, strict=True):
        rows = np.flatnonzero(ink[:, start:end].any(axis=1))
        piece = [int(start), int(end), int(rows[0]), int(rows[-1]) + 1]
        if pieces:
            last = pieces[-1]
            tall, short = sorted((last[3] - last[2], piece[3] - piece[2]), reverse=True)
            if short >= 0.72 * tall or start - last[1] <= 0.25 * tall:
                pieces[-1] = [last[0], piece[1], min(last[2], piece[2]), max(last[3], piece[3])]
                continue
        pieces.append(piece)
    return [(left + a, top + c, b - a, d - c) for a, b, c, d in pieces]


class OcrUnavailableError(RuntimeError):
    """Tesseract's Japanese models are missing (Debian packages in installer/system-packages.txt)."""


@dataclass(frozen=True)
class View:
    """One way of reading a line: a Tesseract model and how the line image is prepared."""

    model: str  # a traineddata name
    sharpen: float = 0.0  # unsharp-mask amount (σ 2 px)
    scale: float = 1.0

    def prepare(self, flat: np.ndarray, box: Box, pad: int = 6) -> np.ndarray:
        """The line ``box`` of the flattened card, padded, sharpened and scaled."""
        left, top, width, height = box
        crop = flat[max(0, top - pad):top + height + pad, max(0, left - pad):left + width + pad].astype(np.float32)
        if self.sharpen:
            crop = crop + self.sharpen * (crop - cv2.GaussianBlur(crop, (0, 0), 2.0))
        if self.scale != 1:
            crop = np.asarray(cv2.resize(crop, None, fx=self.scale, fy=self.scale, interpolation=cv2.INTER_CUBIC))
        return np.ascontiguousarray(np.clip(crop, 0, 255).astype(np.uint8))


VIEWS = (View("jpn", scale=1.25), View("jpn", sharpen=1.0), View("Japanese"))
"""Tried in this order: the language model on lines enlarged 1.5×, then on lines sharpened (better on
Gaussian blur, worse on motion blur), then the script model. Measured: docs/card-face.md."""
MODELS = tuple(sorted({view.model for view in VIEWS}))
WARM_UP_SECONDS = 30.0  # the worker threads meet to load their engines; a stuck one does not hang the others


class _LineEngines:
    """Tesseract engines in single-line mode, one per model per worker thread (an engine is not
    thread-safe; Tesseract releases the GIL while it recognises)."""

    def __init__(self, tessdata: Path) -> None:
        missing = [model for model in MODELS if not (tessdata / f"{model}.traineddata").is_file()]
        if missing:
            raise OcrUnavailableError(f"no {', '.join(missing)}.traineddata in {tessdata} "
                                      "(Debian packages tesseract-ocr-jpn, tesseract-ocr-script-jpan)")
        self._tessdata = tessdata
        self._local = threading.local()
        self._all: list[tesserocr.PyTessBaseAPI] = []
        self._lock = threading.Lock()

    def engine(self, model: str) -> tesserocr.PyTessBaseAPI:
        """This thread's engine for ``model``, loaded on first use."""
        apis: dict[str, tesserocr.PyTessBaseAPI] = self._local.__dict__.setdefault("apis", {})
        if model not in apis:
            apis[model] = tesserocr.PyTessBaseAPI(path=f"{self._tessdata}/", lang=model,
                                                  psm=tesserocr.PSM.SINGLE_LINE)
            with self._lock:
                self._all.append(apis[model])
        return apis[model]

    def read(self, crop: np.ndarray, model: str) -> OcrLine:
        """Text and confidence (the words' mean, 0–1) of one line image."""
        api = self.engine(model)
        api.SetImage(Image.fromarray(crop))
        text = str(api.GetUTF8Text()).strip()
        return OcrLine(text, api.MeanTextConf() / 100 if text else 0.0)

    def close(self) -> None:
        with self._lock:
            for api in self._all:
                api.End()
            self._all.clear()


class OcrCardFaceReader:
    """Reads 照合番号B from the front of a card in a camera frame (the stages: module docstring).

    :param clock: gives today for the checks (issue dates are not in the future).
    :param tessdata: folder holding ``jpn.traineddata`` and ``Japanese.traineddata`` (default:
        ``$TESSDATA_PREFIX``, else Debian's).
    :param min_confidence: lowest OCR confidence a field's line may have.
    :param workers: threads reading lines (one Tesseract engine per model each).
    :raises OcrUnavailableError: a model is not installed.
    """

    def __init__(self, *, clock: Clock = SYSTEM_CLOCK, tessdata: Path | None = None,
                 min_confidence: float = MIN_CONFIDENCE, workers: int = 2) -> None:
        self._clock = clock
        self._engines = _LineEngines(tessdata or Path(os.environ.get("TESSDATA_PREFIX") or DEFAULT_TESSDATA))
        self._min_confidence = min_confidence
        self._workers = workers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="card-face-ocr")

    def warm_up(self) -> list[Future[None]]:
        """Load every model on every worker thread now, in the background (about 0.3 s per model and
        thread), so that the first card is read as fast as the next: the kiosk calls it at start."""
        together = threading.Barrier(self._workers, timeout=WARM_UP_SECONDS)

        def load() -> None:
            together.wait()  # one task per thread: each thread loads its own engines
            for model in MODELS:
                self._engines.engine(model)

        return [self._pool.submit(load) for _ in range(self._workers)]

    def close(self) -> None:
        """Stop the worker threads and free the engines."""
        self._pool.shutdown(wait=True)
        self._engines.close()

    def __enter__(self) -> OcrCardFaceReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, image: np.ndarray) -> CardFaceReading:
        """Read one H×W×3 RGB uint8 frame (see :class:`~kiosk.card_face.reading.CardFaceReader`)."""
        timings: dict[str, float] = {}
        started = time.perf_counter()
        with _timed(timings, "locate"):
            corners = locate_card(image)
        if corners is None:
            timings["total"] = (time.perf_counter() - started) * 1000
            return CardFaceReading(None, None, None, None, 0.0, (Problem.CARD_NOT_FOUND,), timings)
        with _timed(timings, "rectify"):
            card = rectify(image, corners)
            if not photo_on_right(card):
                card = cv2.rotate(card, cv2.ROTATE_180)
        reading = self._read_card(card, timings)
        if _nothing_found(reading):  # the photo test was fooled (a hand over the photo): the other way up
            reading = self._read_card(cv2.rotate(card, cv2.ROTATE_180), timings)
        timings["total"] = (time.perf_counter() - started) * 1000
        return replace(reading, timings=timings)

    def _read_card(self, card: np.ndarray, timings: dict[str, float]) -> CardFaceReading:
        """Read every line in the first view; a certain reading must be confirmed by another view of
        its field lines (:func:`~kiosk.card_face.fields.same_fields`). If it is not certain or not
        confirmed, and at least two fields were found, try the next view."""
        with _timed(timings, "segment"):
            flat, boxes = text_lines(card)
        read: dict[View, list[OcrLine]] = {}
        failures: list[CardFaceReading] = []
        for view in VIEWS:
            reading, read[view] = self._view_and_parse(flat, boxes, view, timings)
            if reading.collation_b is not None:
                used = field_lines(read[view])
                for other in VIEWS:
                    if other is not view and self._second_look(flat, boxes, used, other, read, timings, reading):
                        return reading
                reading = replace(reading, collation_b=None, problems=(*reading.problems, Problem.OCR_DISAGREES))
            failures.append(reading)
            if sum(code in reading.problems for code in _NOT_FOUND) >= 2:
                break  # the fields are not there to be read: another view will not find them
        return failures[0] if len(failures) == 1 else replace(
            failures[0], problems=tuple(dict.fromkeys(code for failed in failures for code in failed.problems)))

    def _second_look(self, flat: np.ndarray, boxes: Sequence[Box], used: Sequence[int], view: View,
                     read: dict[View, list[OcrLine]], timings: dict[str, float], reading: CardFaceReading) -> bool:
        """Whether ``view`` reads the same fields from the lines ``used`` (reusing its lines if it
        has read them all already)."""
        with _timed(timings, "second_look"):
            lines = ([read[view][index] for index in used] if view in read
                     else self._ocr(flat, [boxes[index] for index in used], view))
            return same_fields(reading, read_fields(lines, self._clock.today(), min_confidence=0.0))

    def _view_and_parse(self, flat: np.ndarray, boxes: Sequence[Box], view: View, timings: dict[str, float]
                        ) -> tuple[CardFaceReading, list[OcrLine]]:
        with _timed(timings, "ocr"):
            lines = self._ocr(flat, boxes, view)
        with _timed(timings, "parse"):
            return read_fields(lines, self._clock.today(), min_confidence=self._min_confidence), lines

    def _ocr(self, flat: np.ndarray, boxes: Sequence[Box], view: View) -> list[OcrLine]:
        return list(self._pool.map(lambda box: self._engines.read(view.prepare(flat, box), view.model), boxes))


_NOT_FOUND = (Problem.BIRTH_NOT_FOUND, Problem.EXPIRY_NOT_FOUND, Problem.CODE_NOT_FOUND)


def _nothing_found(reading: CardFaceReading) -> bool:
    return all(code in reading.problems for code in _NOT_FOUND)


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the time spent in the block to ``timings[stage]`` (ms; a stage run twice adds up)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + (time.perf_counter() - start) * 1000
