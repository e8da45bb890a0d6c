"""The virtual camera: stills, image sequences and video files played as a :class:`~kiosk.camera.Camera`,
and the scripted scenes the face flow is tested against.

:class:`VirtualCamera` shares its worker thread, pacing and callback rules with the OpenCV driver
(``drivers.camera.ThreadedCamera``), so a flow cannot tell them apart. It never opens a capture
itself: stills are decoded with Pillow through :func:`kiosk.images.load_image`, and video files are
decoded frame by frame with ``drivers.camera.iter_video_frames`` (the driver is the only place that
touches ``cv2.VideoCapture``). A video is streamed, not preloaded: 275 frames of 640×360 would be
190 MB.

:func:`scene` builds the named situations in :data:`SCENES` from the shared face fixtures (read in
place, never copied) and generated backgrounds. :class:`FrameRecorder` collects what a camera
delivers, for tests and tools. Every frame stays in memory; nothing here writes a frame anywhere
(design "Lines we never cross" 1).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from drivers.camera import ThreadedCamera, iter_video_frames, probe_video
from kiosk.camera import (
    BadImageError,
    Camera,
    CameraError,
    CameraLostError,
    CameraUnavailableError,
    Frame,
)
from kiosk.images import ImageSource, load_image
from simulators.card.images import card_photo as encode_card_photo
from simulators.fixtures import face_fixture, faces_dir

DEFAULT_FPS = 30.0
# The clip shows the stage from afar for its first 3 s; from frame 90 Lin-Manuel Miranda faces
# the camera ("right-person-present": a resident already standing at the kiosk).
PRESENT_FROM_FRAME = 90
SCENE_RESOLUTION = (640, 480)
VIDEO_SUFFIXES = frozenset({".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".mpg", ".mpeg"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".ppm",
                            ".jp2", ".j2k"})
PAD_COLOUR = (96, 96, 96)

StillSource = np.ndarray | ImageSource
CameraSource = StillSource | Sequence[StillSource]


def as_rgb(image: np.ndarray) -> np.ndarray:
    """A fresh RGB ``uint8`` copy of an array that is greyscale (H×W or H×W×1), RGB or RGBA.

    :raises BadImageError: any other dtype or shape, or an empty array.
    """
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.size == 0:
        raise BadImageError(f"not a non-empty uint8 image array: {getattr(image, 'dtype', type(image))} "
                            f"{getattr(image, 'shape', '')}")
    if image.ndim == 2:
        return np.repeat(image[:, :, None], 3, axis=2)
    if image.ndim == 3 and image.shape[2] == 1:
        return np.repeat(image, 3, axis=2)
    if image.ndim == 3 and image.shape[2] in (3, 4):
        return np.array(image[:, :, :3], order="C")  # always a copy: the caller keeps their array
    raise BadImageError(f"image array of shape {image.shape} is neither greyscale nor RGB")


def fit_into(image: np.ndarray, resolution: tuple[int, int], colour: tuple[int, int, int] = PAD_COLOUR
             ) -> np.ndarray:
    """``image`` scaled to fit ``(width, height)`` keeping its aspect ratio, centred, the rest
    filled with ``colour`` (a fresh array; the input itself when it already has that size)."""
    if (image.shape[1], image.shape[0]) == tuple(resolution):
        return image
    return np.array(ImageOps.pad(Image.fromarray(image), resolution, Image.Resampling.BILINEAR, colour))


def _read_only(image: np.ndarray) -> np.ndarray:
    image.setflags(write=False)
    return image


@dataclass
class _Playback:
    """One run of a virtual camera: the current pass over the source and the noise generator."""

    frames: Iterator[np.ndarray]
    rng: np.random.Generator


class VirtualCamera(ThreadedCamera[_Playback]):
    """A :class:`~kiosk.camera.Camera` playing a still, an image sequence or a video file.

    :param source: what to play.

        * an array (greyscale, RGB or RGBA ``uint8``), encoded image bytes, or an image file path:
          a still, delivered at ``fps`` (every frame identical unless ``noise``/``jitter``);
        * a list or tuple of those, or a directory of image files (sorted by name): a sequence;
        * a path whose suffix is a video one (``.mp4`` and so on): a video, decoded frame by frame.
    :param fps: delivery rate; default the video's own rate, else :data:`DEFAULT_FPS`.
    :param loop: start over at the end (default); ``False`` plays once (a still: one frame) and
        then calls ``on_end``.
    :param resolution: ``(width, height)`` to deliver; other sizes are scaled to fit and padded.
        Default the (first) image's or the video's own size.
    :param realtime: pace frames at ``fps``; ``False`` delivers as fast as the consumer takes them.
    :param noise: standard deviation, in grey levels, of Gaussian sensor noise added to each frame
        (0: off).
    :param jitter: largest per-frame shift in pixels, like a hand-held photo or a swaying resident
        (0: off; edges wrap around, so keep it small).
    :param seed: seed of the noise and jitter, which restart with every :meth:`start`.
    :param name: used in the worker thread's name and in log lines.
    :param start_frame: a video starts (and restarts when looping) at this frame: the resident is
        already in front of the camera.

    Stills are decoded and validated here, so a bad image raises :class:`BadImageError` from the
    constructor, and a video that cannot be opened raises :class:`CameraUnavailableError`. Every
    delivered frame is a fresh array: a consumer that draws on it cannot change what comes next.
    Timestamps are media time, ``index / fps``.
    """

    def __init__(self, source: CameraSource, *, fps: float | None = None, loop: bool = True,
                 resolution: tuple[int, int] | None = None, realtime: bool = True, noise: float = 0.0,
                 jitter: int = 0, seed: int = 0, name: str | None = None, start_frame: int = 0) -> None:
        if start_frame < 0:
            raise ValueError("start_frame must not be negative")
        if fps is not None and not (0 < fps < float("inf")):
            raise ValueError(f"fps must be positive and finite, not {fps}")
        if noise < 0 or jitter < 0:
            raise ValueError("noise and jitter must not be negative")
        if resolution is not None and min(resolution) <= 0:
            raise ValueError(f"invalid resolution {resolution}")
        self._video: Path | None = None
        self._stills: tuple[np.ndarray, ...] = ()
        video = _video_path(source)
        if video is not None:
            info = probe_video(video)
            self._video = video
            native = (info.width, info.height)
            rate = fps or info.fps or DEFAULT_FPS
            default_name = video.name
        else:
            images = [_load_still(item) for item in _still_items(source)]
            native = (images[0].shape[1], images[0].shape[0])
            self._stills = tuple(_read_only(fit_into(image, resolution or native)) for image in images)
            rate = fps or DEFAULT_FPS
            default_name = "still" if len(images) == 1 else f"sequence-{len(images)}"
        super().__init__(name=f"virtual-{name or default_name}", realtime=realtime)
        width, height = resolution or native
        self._resolution = (int(width), int(height))
        self._fps = float(rate)
        self._loop = loop
        self._noise = float(noise)
        self._jitter = int(jitter)
        self._seed = seed
        self._start_frame = start_frame

    @property
    def is_video(self) -> bool:
        """Whether the source is a video file (else a still or a sequence)."""
        return self._video is not None

    @property
    def frame_count(self) -> int | None:
        """Frames in one pass of a still or sequence; ``None`` for a video (streamed)."""
        return None if self._video is not None else len(self._stills)

    def _one_pass(self) -> Iterator[np.ndarray]:
        if self._video is not None:
            frames = iter_video_frames(self._video)
            for _ in range(self._start_frame):
                next(frames, None)
            return frames
        return iter(self._stills)

    def _open(self) -> _Playback:
        return _Playback(frames=self._one_pass(), rng=np.random.default_rng(self._seed))

    def _next(self, playback: _Playback, stop: threading.Event) -> np.ndarray | None:
        image = next(playback.frames, None)
        if image is None:
            if not self._loop:
                return None
            _close_iterator(playback.frames)
            playback.frames = self._one_pass()
            image = next(playback.frames, None)
            if image is None:  # a video that lost its frames since the constructor probed it
                raise CameraLostError(f"{self._name}: source yields no frame after starting over")
        return self._render(image, playback.rng)

    def _render(self, image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """The delivered frame: ``image`` fitted, shifted and noised; always a fresh array."""
        frame = fit_into(image, self._resolution)
        if self._jitter:
            dy, dx = rng.integers(-self._jitter, self._jitter + 1, size=2)
            frame = np.roll(frame, (int(dy), int(dx)), axis=(0, 1))
        if self._noise:
            noisy = frame + self._noise * rng.standard_normal(frame.shape, dtype=np.float32)
            frame = np.clip(noisy, 0, 255).astype(np.uint8)
        # Stills are kept read-only and shared between frames; video frames are already fresh.
        return frame.copy() if frame is image and self._video is None else frame

    def _close(self, playback: _Playback) -> None:
        _close_iterator(playback.frames)


def _close_iterator(frames: Iterator[np.ndarray]) -> None:
    close = getattr(frames, "close", None)  # a video generator: releases its capture
    if close is not None:
        close()


def _video_path(source: CameraSource) -> Path | None:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.suffix.lower() in VIDEO_SUFFIXES:
            return path
    return None


def _still_items(source: CameraSource) -> Sequence[StillSource]:
    if isinstance(source, np.ndarray | bytes | bytearray | memoryview):
        return [source]
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_dir():
            return [path]
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not files:
            raise BadImageError(f"directory {str(path)!r} holds no image files")
        return files
    items = list(source)
    if not items:
        raise ValueError("an image sequence needs at least one image")
    return items


def _load_still(item: StillSource) -> np.ndarray:
    return as_rgb(item) if isinstance(item, np.ndarray) else load_image(item)


class FrameRecorder:
    """Camera callbacks that record what arrives, in memory, and let a caller wait for it; for
    tests, benchmarks and command-line tools.

    :param keep: how many of the first frames to keep whole (``frames``); later ones are only
        counted, with their index, timestamp and arrival time, so a long run stays small.
    """

    def __init__(self, keep: int = 32) -> None:
        self.keep = keep
        self.frames: list[Frame] = []
        self.indices: list[int] = []
        self.timestamps: list[float] = []
        self.arrivals: list[float] = []
        self.errors: list[CameraError] = []
        self.ends = 0
        self._changed = threading.Condition()

    @property
    def count(self) -> int:
        """Frames delivered so far."""
        return len(self.indices)

    def start(self, camera: Camera) -> None:
        """``camera.start`` with this recorder's callbacks."""
        camera.start(self.on_frame, self.on_error, self.on_end)

    def on_frame(self, frame: Frame) -> None:
        with self._changed:
            if len(self.frames) < self.keep:
                self.frames.append(frame)
            self.indices.append(frame.index)
            self.timestamps.append(frame.timestamp)
            self.arrivals.append(time.monotonic())
            self._changed.notify_all()

    def on_error(self, error: CameraError) -> None:
        with self._changed:
            self.errors.append(error)
            self._changed.notify_all()

    def on_end(self) -> None:
        with self._changed:
            self.ends += 1
            self._changed.notify_all()

    def wait_frames(self, count: int, timeout: float = 5.0) -> bool:
        """Wait until ``count`` frames arrived; False on timeout or if the stream ended first."""
        with self._changed:
            self._changed.wait_for(lambda: self.count >= count or self.errors or self.ends, timeout)
            return self.count >= count

    def wait_done(self, timeout: float = 5.0) -> bool:
        """Wait for ``on_end`` or ``on_error``; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: bool(self.errors or self.ends), timeout)


# --- scripted scenes --------------------------------------------------------------------------

# Face box (left, top, right, bottom) in obama_1.jpg, measured once with face_recognition's HOG
# detector, so scenes can crop around the face without a detector at run time.
OBAMA_1_FACE = (349, 142, 617, 409)


def room(resolution: tuple[int, int] = SCENE_RESOLUTION, seed: int = 7) -> np.ndarray:
    """A generated empty reception room: lit wall, floor, a door and a notice board, with a little
    texture. No face, nothing face-like; deterministic for a given ``seed``."""
    width, height = resolution
    rng = np.random.default_rng(seed)
    rows = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    wall = np.array([214, 205, 188], np.float32) - 40 * rows  # light from the ceiling
    image = np.broadcast_to(wall, (height, width, 3)).copy()
    floor = int(height * 0.72)
    image[floor:] = np.array([120, 104, 88], np.float32) - 30 * rows[: height - floor]
    image[int(height * 0.18):floor, int(width * 0.68):int(width * 0.86)] = (150, 118, 84)  # door
    image[int(height * 0.45):int(height * 0.49), int(width * 0.70):int(width * 0.73)] = (200, 190, 150)
    image[int(height * 0.22):int(height * 0.46), int(width * 0.12):int(width * 0.38)] = (60, 110, 80)
    for column in range(3):  # notices pinned to the board
        left = int(width * (0.14 + column * 0.08))
        image[int(height * 0.26):int(height * 0.40), left:left + int(width * 0.06)] = (236, 236, 228)
    image += rng.normal(0.0, 3.0, (height, width, 3)).astype(np.float32)
    return np.clip(image, 0, 255).astype(np.uint8)


def _resized(image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    return np.asarray(Image.fromarray(image).resize(size, Image.Resampling.LANCZOS))


def _paste(background: np.ndarray, image: np.ndarray, left: int, top: int) -> np.ndarray:
    """``image`` placed on a copy of ``background`` with its top-left corner at ``(left, top)``."""
    out = background.copy()
    height, width = image.shape[:2]
    out[top:top + height, left:left + width] = image[: out.shape[0] - top, : out.shape[1] - left]
    return out


def _on_room(image: np.ndarray, *, height_fraction: float = 1.0, flush_left: bool = False) -> np.ndarray:
    """``image`` scaled to ``height_fraction`` of the scene (never wider than it) on the room,
    centred, or against the left edge of the frame."""
    width, height = SCENE_RESOLUTION
    scale = min(height * height_fraction / image.shape[0], width / image.shape[1])
    size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
    left = 0 if flush_left else (width - size[0]) // 2
    return _paste(room(), _resized(image, size), left, (height - size[1]) // 2)


def _fixture_path(name: str) -> Path:
    path = face_fixture(name)
    if path is None:
        raise CameraUnavailableError(f"face fixture {name} is not in {faces_dir()}")
    return path


def _fixture(name: str) -> np.ndarray:
    return load_image(_fixture_path(name))


def _obama_head(face_width: int) -> np.ndarray:
    """Obama's head and shoulders from obama_1.jpg, scaled so the face is ``face_width`` wide."""
    left, top, right, bottom = OBAMA_1_FACE
    margin = (right - left) // 2
    crop = _fixture("obama_1.jpg")[max(0, top - margin):bottom + margin, max(0, left - margin):right + margin]
    scale = face_width / (right - left)
    return _resized(crop, (round(crop.shape[1] * scale), round(crop.shape[0] * scale)))


def _too_small() -> np.ndarray:
    # ~48 px: a detector that upsamples once still finds it; any sensible quality gate says "closer".
    head = _obama_head(face_width=48)
    width, height = SCENE_RESOLUTION
    return _paste(room(), head, (width - head.shape[1]) // 2, (height - head.shape[0]) // 2)


def _off_centre() -> np.ndarray:
    return _paste(room(), _obama_head(face_width=130), 0, 0)  # whole face in the top-left corner


def default_card_photo() -> np.ndarray:
    """The photo the simulated card of the "video-match" resident carries: the Lin-Manuel Miranda
    fixture as the card's greyscale JPEG 2000 (or the drawn placeholder without fixtures)."""
    return load_image(encode_card_photo(face_fixture("lin_manuel_miranda_1.png"), 0))


def _held_up_print(photo: np.ndarray | None) -> np.ndarray:
    """The card photo printed with a white border and held up in front of the camera."""
    printed = ImageOps.expand(Image.fromarray(as_rgb(default_card_photo() if photo is None else photo)),
                              border=12, fill=(246, 246, 240))
    return _on_room(np.asarray(printed), height_fraction=0.8)


_STILL_SCENES: dict[str, Callable[[], np.ndarray]] = {
    "right-person-still": lambda: _on_room(_fixture("lin_manuel_miranda_1.png")),
    "other-person": lambda: _on_room(_fixture("biden_2.jpg")),  # framed like a kiosk camera sees a face
    "other-person-2": lambda: _on_room(_fixture("biden_1.jpg")),  # a full portrait: face small and high
    "obama-still": lambda: _on_room(_fixture("obama_1.jpg")),
    "two-faces": lambda: _on_room(_fixture("two_people.jpg")),
    # The photo is cut through the face on its left: put that cut on the frame's edge.
    "partial-face": lambda: _on_room(_fixture("obama_partial_face.jpg"), flush_left=True),
    "too-small": _too_small,
    "off-centre": _off_centre,
    "no-face": room,
}

SCENES = ("right-person-video", "right-person-present", "card-photo-still", *_STILL_SCENES)
"""Names :func:`scene` accepts.

* ``right-person-present`` — the same clip from frame 90, where he faces the camera.
* ``right-person-video`` — the Lin-Manuel Miranda clip (640×360, ~30 fps), the live resident whose
  card carries ``lin_manuel_miranda_1.png``; ``right-person-still`` is that photo itself, on a wall.
* ``card-photo-still`` — the card photo (greyscale) printed and held up: identical frames, the
  presentation attack liveness must refuse.
* ``other-person`` / ``other-person-2`` (Biden), ``obama-still`` — someone else than the card holder.
* ``two-faces``, ``partial-face`` (cut off at the frame edge), ``too-small`` (a ~48 px face),
  ``off-centre`` (the face in the top-left corner), ``no-face`` (an empty room).

Stills are 640×480; all but ``no-face`` (and ``card-photo-still`` with a placeholder photo) need
the shared face fixtures.
"""


def scene(name: str, *, card_photo: np.ndarray | None = None, fps: float | None = None, loop: bool = True,
          realtime: bool = True, noise: float = 0.0, jitter: int = 0, seed: int = 0) -> VirtualCamera:
    """A :class:`VirtualCamera` playing the scripted scene ``name`` (one of :data:`SCENES`).

    :param card_photo: for ``card-photo-still``: the photo read from the card (greyscale or RGB);
        default :func:`default_card_photo`.
    :param fps: default the clip's own rate for the video scene, :data:`DEFAULT_FPS` for stills.
    :param loop, realtime, noise, jitter, seed: as for :class:`VirtualCamera`.
    :raises ValueError: unknown scene name.
    :raises CameraUnavailableError: a face fixture the scene needs is not on this machine.
    """
    source: CameraSource
    start_frame = 0
    if name == "right-person-video":
        source = _fixture_path("lin_manuel_miranda_clip.mp4")
    elif name == "right-person-present":
        source, start_frame = _fixture_path("lin_manuel_miranda_clip.mp4"), PRESENT_FROM_FRAME
    elif name == "card-photo-still":
        source = _held_up_print(card_photo)
    elif name in _STILL_SCENES:
        source = _STILL_SCENES[name]()
    else:
        raise ValueError(f"unknown scene {name!r}; known: {', '.join(SCENES)}")
    return VirtualCamera(source, fps=fps, loop=loop, realtime=realtime, noise=noise, jitter=jitter, seed=seed,
                         name=name, start_frame=start_frame)
