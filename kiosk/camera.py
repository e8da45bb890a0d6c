"""The camera port (issue 3): frames in, from a worker thread, to whoever listens.

``drivers.camera.OpenCvCamera`` (a device or a video path through OpenCV) and
``simulators.camera.VirtualCamera`` (stills, image sequences, video files, scripted scenes)
implement :class:`Camera`. Frames are RGB ``uint8`` arrays held in memory only: nothing in this
port or its implementations ever writes a frame anywhere (design "Lines we never cross" 1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from kiosk.errors import KioskError


@dataclass(frozen=True)
class Frame:
    """One camera frame: ``image`` is H×W×3 RGB uint8; ``timestamp`` in seconds (monotonic for a
    live camera, media time for a file)."""

    image: np.ndarray = field(repr=False)
    index: int
    timestamp: float

    @property
    def size(self) -> tuple[int, int]:
        """``(width, height)``."""
        return self.image.shape[1], self.image.shape[0]


class CameraError(KioskError):
    code = "CAMERA_ERROR"


class CameraUnavailableError(CameraError):
    """The camera cannot be opened (absent, busy, no permission) or the file is not a video."""

    code = "CAMERA_UNAVAILABLE"


class CameraLostError(CameraError):
    """The camera stopped delivering frames mid-stream (unplugged)."""

    code = "CAMERA_LOST"


class BadImageError(CameraError):
    """An image or frame that cannot be used: empty, corrupt, not an image, zero-size, too big."""

    code = "IMAGE_INVALID"


FrameCallback = Callable[[Frame], None]
ErrorCallback = Callable[[CameraError], None]


class Camera(Protocol):
    """A source of frames delivered on a worker thread.

    Callbacks run on the camera's thread and must return quickly (hand the frame to a queue).
    ``on_end`` is called once when a finite source (a file played once) is exhausted.
    """

    @property
    def resolution(self) -> tuple[int, int]:
        """``(width, height)`` actually delivered (after negotiation)."""
        ...

    @property
    def fps(self) -> float:
        """Frames per second actually delivered (target for files and simulators)."""
        ...

    def start(self, on_frame: FrameCallback, on_error: ErrorCallback,
              on_end: Callable[[], None] | None = None) -> None:
        """Start delivering frames. Idempotent while running."""
        ...

    def stop(self) -> None:
        """Stop and release the device; waits for the worker thread. Idempotent."""
        ...
