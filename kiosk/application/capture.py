"""Automatic capture of the application photo from camera frames (issue 18 §2): every frame is
judged by the photo rules, the verdict goes to the live guidance, and the photo is taken once
``steady`` frames in a row keep every rule (a single good frame between two blinks is not enough).

Frames stay in memory; the one kept becomes the cropped JPEG of the application
(:func:`kiosk.application.photo_file.application_photo`) and the frame itself is dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.application.photo import FaceFinder, PhotoCheck, PhotoRules, check_photo
from kiosk.application.photo_file import FileRules, application_photo
from kiosk.camera import Frame

STEADY_FRAMES = 2
RULES, FILE_RULES = PhotoRules(), FileRules()


@dataclass(frozen=True)
class Capture:
    """A photo taken: the JPEG, the verdict on its frame, how many frames were judged and how long
    it took from the first frame."""

    photo_jpeg: bytes
    check: PhotoCheck
    frames: int
    seconds: float


def capture_photo(frames: Iterable[Frame], engine: FaceFinder, *,
                  on_check: Callable[[PhotoCheck], None] = lambda check: None,
                  stopped: Callable[[], bool] = lambda: False, steady: int = STEADY_FRAMES,
                  rules: PhotoRules = RULES, file_rules: FileRules = FILE_RULES) -> Capture | None:
    """Judge ``frames`` until ``steady`` in a row keep every rule; the photo of the last of them.

    :param on_check: told each verdict (the live guidance).
    :param stopped: asked before each frame; True ends the capture with None (the resident left).
    :returns: None when the frames end or the capture is stopped first.
    :raises CameraError: from ``frames`` (the camera failed).
    """
    start, judged, streak = time.perf_counter(), 0, 0
    for frame in frames:
        if stopped():
            return None
        check = check_photo(frame.image, engine, rules)
        judged += 1
        on_check(check)
        streak = streak + 1 if check.ok else 0
        if streak >= steady:
            return Capture(application_photo(frame.image, check, file_rules), check, judged,
                           time.perf_counter() - start)
    return None
