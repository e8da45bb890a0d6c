"""Cameras through OpenCV: the only module that opens a ``cv2.VideoCapture`` (style guide "Layout").

* :class:`OpenCvCamera` — a :class:`~kiosk.camera.Camera` on a device (index such as ``0``, or a
  device path such as ``/dev/video0``) or on a video file. Frames are read on one daemon worker
  thread, converted from OpenCV's BGR to RGB and handed to ``on_frame``.

  - Devices: width, height and rate are requested, and what the driver actually granted is read back
    (and corrected by the first frame's real shape). ``lost_after`` consecutive failed reads (or read
    exceptions) mean the camera was unplugged: ``on_error(CameraLostError)`` once, then the thread
    ends and the capture is released.
  - Files: played at the file's own rate (so a clip plays in real time) unless ``realtime=False``;
    ``loop=True`` rewinds at the end, otherwise ``on_end()`` is called once.
  - Opening fails with :class:`~kiosk.camera.CameraUnavailableError` raised from ``start()``.

* :class:`ThreadedCamera` — the worker-thread plumbing (idempotent start and stop, joined daemon
  thread, real-time pacing, one error report, callbacks that cannot kill the thread) shared with
  ``simulators.camera.VirtualCamera``. It is pure Python; it sits here, beside its first user,
  because the camera port module ``kiosk/camera.py`` holds only the interface.
* :func:`probe_video` and :func:`iter_video_frames` — decode a video file for the virtual camera,
  which must not open a capture itself.

Frames are held in memory only. Nothing in this module writes a frame, or anything else, to disk or
to the log (design "Lines we never cross" 1); log lines name the source, never pixel data.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import cv2
import numpy as np

from kiosk.camera import (
    BadImageError,
    CameraError,
    CameraLostError,
    CameraUnavailableError,
    ErrorCallback,
    Frame,
    FrameCallback,
)

logger = logging.getLogger(__name__)

Source = int | str | os.PathLike[str]
Handle = TypeVar("Handle")
"""Whatever a :class:`ThreadedCamera` subclass opens in ``_open`` and reads from in ``_next``."""

DEFAULT_LOST_AFTER = 10
"""Consecutive failed reads that mean a device is gone. A V4L2 device that is unplugged fails every
read at once; a healthy one may drop a frame or two while it adjusts exposure."""


def to_rgb(image: np.ndarray) -> np.ndarray:
    """A fresh RGB ``uint8`` copy of an OpenCV frame (BGR, BGRA or single-channel grey).

    :raises BadImageError: any other shape or dtype.
    """
    if image.dtype != np.uint8 or 0 in image.shape:
        raise BadImageError(f"frame of dtype {image.dtype} and shape {image.shape} is not a usable image")
    if image.ndim == 2 or (image.ndim == 3 and image.shape[2] == 1):
        return cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2RGB)
    raise BadImageError(f"frame of shape {image.shape} has no colour layout OpenCV cameras produce")


class _Pacer:
    """Releases frames at a fixed rate on the monotonic clock.

    A frame that is late by more than one interval (slow consumer, slow decode) resets the schedule
    instead of being followed by a catch-up burst, the way a real camera drops frames.
    """

    def __init__(self, fps: float) -> None:
        self._interval = 1.0 / fps
        self._due: float | None = None

    def wait(self, stop: threading.Event) -> bool:
        """Sleep until the next frame is due; True if ``stop`` was set meanwhile."""
        now = time.monotonic()
        if self._due is None or now - self._due > self._interval:
            self._due = now
        delay = self._due - now
        self._due += self._interval
        return delay > 0 and stop.wait(delay)


class ThreadedCamera(ABC, Generic[Handle]):
    """Base of the cameras: one daemon worker thread per run, driven by three hooks.

    Subclasses implement :meth:`_open` (on the caller's thread, inside :meth:`start`, so opening
    errors are raised to the caller), :meth:`_next` and :meth:`_close` (on the worker thread). The
    base class owns the thread, paces frames at :attr:`fps` when ``realtime`` is set, numbers them,
    and calls the callbacks:

    * ``on_frame`` for every frame; an exception from it is logged and the stream continues;
    * ``on_error`` at most once, when ``_next`` raises (a :class:`CameraError` as is, anything else
      as :class:`CameraLostError`); the thread then ends;
    * ``on_end`` once when ``_next`` returns ``None`` (a finite source is exhausted).

    No callback is called after :meth:`stop` has returned. Callbacks may call :meth:`stop` (the
    thread then ends after the callback without joining itself).
    """

    def __init__(self, *, name: str, realtime: bool, stop_timeout: float = 5.0) -> None:
        self._name = name
        self._realtime = realtime
        self._stop_timeout = stop_timeout
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()  # per run: asks the worker to end
        self._finished = threading.Event()  # per run: the worker will call nothing more
        self._resolution: tuple[int, int] = (0, 0)
        self._fps = 0.0

    @property
    def resolution(self) -> tuple[int, int]:
        """``(width, height)`` of the frames delivered."""
        return self._resolution

    @property
    def fps(self) -> float:
        """Frames per second delivered (the target rate for files and simulated sources)."""
        return self._fps

    @property
    def running(self) -> bool:
        """Whether frames may still come: False before start, after stop, after an error and at the
        end of a file (the worker thread may then still be releasing the source)."""
        thread = self._thread
        return thread is not None and thread.is_alive() and not self._finished.is_set()

    def start(self, on_frame: FrameCallback, on_error: ErrorCallback,
              on_end: Callable[[], None] | None = None) -> None:
        """Open the source and start delivering frames on a new worker thread.

        Idempotent while running (a second call keeps the first callbacks). After the stream ended,
        failed or was stopped, ``start`` opens the source again, also from within ``on_end``.

        :raises CameraUnavailableError: the source cannot be opened.
        """
        with self._lock:
            if self.running:
                return
            previous = self._thread
            if previous is not None and previous is not threading.current_thread():
                previous.join(self._stop_timeout)  # it has finished delivering and is releasing
            handle = self._open()
            stop, finished = self._stopping, self._finished = threading.Event(), threading.Event()
            self._thread = threading.Thread(target=self._run, name=f"camera-{self._name}", daemon=True,
                                            args=(handle, stop, finished, on_frame, on_error, on_end))
            self._thread.start()

    def stop(self) -> None:
        """Stop delivering frames, wait for the worker thread and release the source. Idempotent.

        Called from a callback (on the worker thread itself) it only asks the thread to end.
        """
        with self._lock:
            thread, self._thread = self._thread, None
            self._stopping.set()
        if thread is None or thread is threading.current_thread():
            return
        thread.join(self._stop_timeout)
        if thread.is_alive():  # a read blocked inside the driver; the thread releases when it returns
            logger.error("camera %s: worker thread did not stop within %.1f s", self._name,
                         self._stop_timeout)

    @abstractmethod
    def _open(self) -> Handle:
        """Open the source; set ``_resolution`` and ``_fps``. Raise :class:`CameraUnavailableError`."""

    @abstractmethod
    def _next(self, handle: Handle, stop: threading.Event) -> np.ndarray | None:
        """The next RGB frame, or ``None`` at the end of a finite source. Raise
        :class:`CameraLostError` when the source stops delivering; wait on ``stop`` between retries."""

    @abstractmethod
    def _close(self, handle: Handle) -> None:
        """Release what :meth:`_open` acquired (called once per run, on the worker thread)."""

    def _timestamp(self, index: int) -> float:
        """Timestamp of frame ``index``: media time by default."""
        return index / self._fps

    def _run(self, handle: Handle, stop: threading.Event, finished: threading.Event, on_frame: FrameCallback,
             on_error: ErrorCallback, on_end: Callable[[], None] | None) -> None:
        pacer = _Pacer(self._fps) if self._realtime else None
        index = 0
        try:
            while not stop.is_set():
                try:
                    image = self._next(handle, stop)
                except CameraError as exc:
                    self._finish(stop, finished, on_error, exc)
                    return
                except Exception as exc:  # a bug or a driver surprise: still one report, not a dead thread
                    logger.exception("camera %s: reading failed", self._name)
                    lost = CameraLostError(f"{self._name}: {type(exc).__name__}: {exc}")
                    self._finish(stop, finished, on_error, lost)
                    return
                if image is None:
                    self._finish(stop, finished, on_end)
                    return
                if (pacer is not None and pacer.wait(stop)) or stop.is_set():
                    return
                self._resolution = (image.shape[1], image.shape[0])
                self._notify(on_frame, Frame(image=image, index=index, timestamp=self._timestamp(index)))
                index += 1
        finally:
            finished.set()
            try:
                self._close(handle)
            except Exception:
                logger.exception("camera %s: release failed", self._name)

    def _finish(self, stop: threading.Event, finished: threading.Event, callback: Callable[..., None] | None,
                *args: Any) -> None:
        """Mark the run finished, then make its last call (``on_end`` or ``on_error``) unless stopped."""
        finished.set()
        if callback is not None and not stop.is_set():
            self._notify(callback, *args)

    def _notify(self, callback: Callable[..., None], *args: Any) -> None:
        try:
            callback(*args)
        except Exception:  # the consumer's bug must not silently kill the camera thread
            logger.exception("camera %s: %s raised", self._name, getattr(callback, "__name__", "callback"))


# --- OpenCV -----------------------------------------------------------------------------------

CaptureFactory = Callable[[Any], Any]
"""``cv2.VideoCapture`` or a stand-in with ``isOpened``, ``read``, ``get``, ``set`` and ``release``."""


def _describe(source: Source) -> str:
    return f"camera {source}" if isinstance(source, int) else f"video source {os.fspath(source)!r}"


def _is_file(source: Source) -> bool:
    """A regular file plays as a video; an index, a device node or a stream URL is a live camera."""
    return not isinstance(source, int) and os.path.isfile(source)


def _open_capture(source: Source, factory: CaptureFactory) -> Any:
    """An opened capture on ``source``.

    :raises CameraUnavailableError: absent device, missing file, or nothing OpenCV can open.
    """
    what = _describe(source)
    if not isinstance(source, int) and "://" not in os.fspath(source) and not os.path.exists(source):
        raise CameraUnavailableError(f"{what}: no such file or device")
    try:
        capture = factory(source if isinstance(source, int) else os.fspath(source))
    except Exception as exc:  # cv2.error, or a backend that throws instead of reporting
        raise CameraUnavailableError(f"{what}: OpenCV failed to open it ({exc})") from exc
    if not capture.isOpened():
        capture.release()
        hint = ("absent, busy, or not permitted" if not _is_file(source)
                else "not a video format OpenCV can decode")
        raise CameraUnavailableError(f"{what}: cannot be opened ({hint})")
    return capture


def _positive(value: float, fallback: float) -> float:
    """``value`` if it is a usable property reading (backends answer 0 or NaN for unknown)."""
    return value if value > 0 and math.isfinite(value) else fallback


@dataclass(frozen=True)
class VideoInfo:
    """What a video file's header says: size, rate, and frame count (0 when unknown)."""

    width: int
    height: int
    fps: float
    frame_count: int


def probe_video(path: str | os.PathLike[str], *,
                capture_factory: CaptureFactory = cv2.VideoCapture) -> VideoInfo:
    """Size, rate and length of the video at ``path`` (opened and released again).

    :raises CameraUnavailableError: missing, or not a video OpenCV can decode.
    """
    capture = _open_capture(path, capture_factory)
    try:
        return VideoInfo(width=int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
                         height=int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
                         fps=_positive(capture.get(cv2.CAP_PROP_FPS), 0.0),
                         frame_count=max(0, int(_positive(capture.get(cv2.CAP_PROP_FRAME_COUNT), 0))))
    finally:
        capture.release()


def iter_video_frames(path: str | os.PathLike[str], *,
                      capture_factory: CaptureFactory = cv2.VideoCapture) -> Iterator[np.ndarray]:
    """The frames of the video at ``path`` as fresh RGB arrays, decoded one at a time.

    The capture is opened on the first ``next()`` and released when the iterator is exhausted or
    closed (``close()``, or garbage collection), so a consumer that stops early leaks nothing.

    :raises CameraUnavailableError: (on the first ``next()``) missing, or not a decodable video.
    """
    capture = _open_capture(path, capture_factory)
    try:
        while True:
            ok, image = capture.read()
            if not ok or image is None:
                return
            yield to_rgb(image)
    finally:
        capture.release()


@dataclass
class _OpenCapture:
    """One run's capture, and a frame already decoded while opening (a file's first frame)."""

    capture: Any
    pending: np.ndarray | None = None


class OpenCvCamera(ThreadedCamera[_OpenCapture]):
    """A camera device or a video file through ``cv2.VideoCapture``.

    :param source: a device index (``0``), a device path (``/dev/video0``), a stream URL, or the
        path of a video file. A path to an existing regular file is played as a file.
    :param width: requested frame width (devices only; a file keeps its own size).
    :param height: requested frame height (devices only).
    :param fps: requested rate (devices only; a file plays at its own rate, this is the fallback
        when the file does not say).
    :param realtime: pace a file at its rate; ``False`` delivers its frames as fast as they decode.
        A device is paced by the device.
    :param loop: rewind a file at its end instead of calling ``on_end``.
    :param lost_after: consecutive failed reads after which a device counts as unplugged.
    :param stop_timeout: how long :meth:`stop` waits for a read blocked in the driver.
    :param capture_factory: builds the capture from the source (tests inject a fake).

    ``resolution`` and ``fps`` are the requested values until :meth:`start` has negotiated them;
    then they are what the device granted or what the file contains. Frame timestamps are
    ``time.monotonic()`` for a device and media time (continuing across loops) for a file.
    """

    def __init__(self, source: Source, width: int = 640, height: int = 480, fps: float = 30.0, *,
                 realtime: bool = True, loop: bool = False, lost_after: int = DEFAULT_LOST_AFTER,
                 stop_timeout: float = 5.0, capture_factory: CaptureFactory = cv2.VideoCapture) -> None:
        if width <= 0 or height <= 0 or not (fps > 0 and math.isfinite(fps)):
            raise ValueError(f"invalid camera request {width}x{height} at {fps} fps")
        if lost_after < 1:
            raise ValueError("lost_after must be at least 1")
        self.source = source
        self._is_file = _is_file(source)
        name = f"opencv-{source}" if isinstance(source, int) else f"opencv-{Path(source).name}"
        super().__init__(name=name, realtime=realtime and self._is_file, stop_timeout=stop_timeout)
        self._requested = (width, height, float(fps))
        self._resolution = (width, height)
        self._fps = float(fps)
        self._loop = loop
        self._lost_after = lost_after
        self._capture_factory = capture_factory

    @property
    def is_file(self) -> bool:
        """Whether the source is a video file (played at its rate, ends or loops) or a live camera."""
        return self._is_file

    def _open(self) -> _OpenCapture:
        capture = _open_capture(self.source, self._capture_factory)
        try:
            if self._is_file:
                return _OpenCapture(capture, pending=self._negotiate_file(capture))
            self._negotiate_device(capture)
            return _OpenCapture(capture)
        except BaseException:
            capture.release()
            raise

    def _negotiate_device(self, capture: Any) -> None:
        width, height, fps = self._requested
        # A driver that cannot give exactly this picks the nearest mode; set() may answer False
        # even when it changed something, so only the read-back counts.
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        capture.set(cv2.CAP_PROP_FPS, fps)
        self._resolution = (int(_positive(capture.get(cv2.CAP_PROP_FRAME_WIDTH), width)),
                            int(_positive(capture.get(cv2.CAP_PROP_FRAME_HEIGHT), height)))
        self._fps = _positive(capture.get(cv2.CAP_PROP_FPS), fps)
        logger.info("camera %s: requested %dx%d@%g, granted %dx%d@%g", self._name, width, height, fps,
                    *self._resolution, self._fps)

    def _negotiate_file(self, capture: Any) -> np.ndarray:
        # Decode the first frame now: a file OpenCV "opens" but cannot decode is an open failure,
        # reported to the caller rather than as a lost camera later; and its shape is the truth.
        try:
            ok, image = capture.read()
        except Exception as exc:
            raise CameraUnavailableError(f"{_describe(self.source)}: first frame failed ({exc})") from exc
        if not ok or image is None:
            raise CameraUnavailableError(f"{_describe(self.source)}: contains no decodable frame")
        try:
            first = to_rgb(image)
        except BadImageError as exc:
            raise CameraUnavailableError(f"{_describe(self.source)}: {exc.detail}") from exc
        self._resolution = (first.shape[1], first.shape[0])
        self._fps = _positive(capture.get(cv2.CAP_PROP_FPS), self._requested[2])
        return first

    def _next(self, opened: _OpenCapture, stop: threading.Event) -> np.ndarray | None:
        if opened.pending is not None:
            image, opened.pending = opened.pending, None
            return image
        if self._is_file:
            return self._next_from_file(opened.capture)
        return self._next_from_device(opened.capture, stop)

    def _next_from_device(self, capture: Any, stop: threading.Event) -> np.ndarray | None:
        failures = 0
        while True:
            try:
                ok, image = capture.read()
                if ok and image is not None:
                    return to_rgb(image)
                reason = "read returned no frame"
            except Exception as exc:  # cv2.error from the backend after an unplug
                reason = f"read raised {type(exc).__name__}: {exc}"
            failures += 1
            logger.debug("camera %s: %s (%d/%d)", self._name, reason, failures, self._lost_after)
            if failures >= self._lost_after:
                raise CameraLostError(f"{_describe(self.source)}: {failures} consecutive reads failed; "
                                      f"last: {reason}")
            # Some backends fail instantly once the device is gone: do not spin.
            if stop.wait(min(0.05, 1.0 / self._fps)):
                return None

    def _next_from_file(self, capture: Any) -> np.ndarray | None:
        ok, image = capture.read()
        if ok and image is not None:
            return to_rgb(image)
        if not self._loop:
            return None
        if not capture.set(cv2.CAP_PROP_POS_FRAMES, 0):
            raise CameraLostError(f"{_describe(self.source)}: cannot rewind to loop")
        ok, image = capture.read()
        if not ok or image is None:  # guards against spinning on a file that ends at frame 0
            raise CameraLostError(f"{_describe(self.source)}: no frame after rewinding")
        return to_rgb(image)

    def _close(self, opened: _OpenCapture) -> None:
        opened.capture.release()

    def _timestamp(self, index: int) -> float:
        return index / self._fps if self._is_file else time.monotonic()
