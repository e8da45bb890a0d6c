"""The camera port (issue 3): frames in, from a worker thread, to whoever listens.

``drivers.camera.OpenCvCamera`` (a device or a video path through OpenCV) and
``simulators.camera.VirtualCamera`` (stills, image sequences, video files, scripted scenes)
implement :class:`Camera`. Frames are RGB ``uint8`` arrays held in memory only: nothing in this
port or its implementations ever writes a frame anywhere (design "Lines we never cross" 1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
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


CameraSpec = int | Path
"""Where a camera is: a device index (``0``), or an absolute path (``/dev/video0``, or a video file
for tests and demonstrations)."""
SAME = "same"
"""``[camera] card_face = "same"``: one camera sees both the resident and the card face."""


def camera_spec(value: object) -> CameraSpec:
    """A camera spec from settings or the command line: a whole number ≥ 0 (or its digits), or an
    absolute path.

    :raises ValueError: anything else (a relative path is refused: the kiosk's working folder is
        not the administrator's).
    """
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 3:
        return int(value)
    if isinstance(value, str) and value and Path(value).is_absolute():
        return Path(value)
    raise ValueError("the path is relative" if isinstance(value, str) and value else "")


def camera_present(spec: CameraSpec) -> bool:
    """Whether the camera can be there now: its device node or file exists (an unplugged USB camera's
    node disappears). Opening it is still the real test."""
    return (Path(f"/dev/video{spec}") if isinstance(spec, int) else spec).exists()


@dataclass(frozen=True)
class CameraConfig:
    """``[camera]``: the face camera and the card-face source of a face-authenticating terminal.

    ``card_face = "same"`` in the settings (``same_camera``): the face camera also sees the card.
    顔認証 is offered exactly when both are configured and present (``kiosk.reception``)."""

    face: CameraSpec | None = None
    card_face: CameraSpec | None = None
    same_camera: bool = False
    scan_seconds: float = 3.0  # how long the card face is looked at before staff entry is asked for

    @property
    def card_face_spec(self) -> CameraSpec | None:
        """The card-face camera itself (the face camera when ``same``)."""
        return self.face if self.same_camera else self.card_face

    def missing(self) -> list[str]:
        """What 顔認証 lacks on this terminal now, in words for staff and the log (empty: it works)."""
        found = []
        for key, spec in (("face", self.face), ("card_face", self.card_face_spec)):
            if spec is None:
                found.append(f"[camera] {key} is not set")
            elif not camera_present(spec):
                found.append(f"[camera] {key}: {spec} is not there (unplugged?)")
        return found
