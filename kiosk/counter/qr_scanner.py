"""The desk's QR camera, read continuously (issue 17 §2): the 交付通知書 or 交付申請書 a resident hands
over is held under the camera and its application opens, with a beep; typing the 申請書ID stays.

:class:`QrScanner` takes the newest frame whenever the decoder is free (``kiosk.face.live``), at
most every ``interval`` seconds and only while ``wanted()`` (the desk waits for a look-up), and
reports each 申請書ID once while its paper stays in view: the same id is reported again only after
it has been out of sight for ``hold_seconds`` (debounce on the frames' own timestamps, so a video
file replays the same way every time). Payloads no :class:`~kiosk.counter.notice_qr.ScanFormats`
accepts (a poster's web address, a damaged code) are ignored, never reported.

The decoder is injected (``drivers.qr.decode_qr``): this module opens no camera library. Frames
stay in memory and payloads are never logged (they hold the 申請書ID as one digit run).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np

from kiosk.camera import Camera, CameraError, Frame
from kiosk.counter.notice_qr import NoticeQrError, ScanFormats
from kiosk.face.live import camera_frames
from kiosk.voice.ports import Audio

logger = logging.getLogger(__name__)

Decoder = Callable[[np.ndarray], list[str]]
HOLD_SECONDS = 3.0  # out of sight this long before the same paper counts as shown again
INTERVAL = 0.1  # at most ten decoded frames a second: the desk PC has other work
RETRY_SECONDS = 2.0  # after the camera failed (unplugged), try it again this much later


def beep(frequency: float = 1760.0, seconds: float = 0.12, rate: int = 22050) -> Audio:
    """The short tone that says "read": a sine with soft edges (no click)."""
    t = np.arange(int(seconds * rate)) / rate
    edge = np.minimum(1.0, np.minimum(t, seconds - t) / 0.01)
    return Audio((np.sin(2 * np.pi * frequency * t) * edge * 0.6 * 32767).astype(np.int16), rate)


class QrScanner:
    """Reads 申請書IDs from the frames of ``camera_factory()``'s camera.

    :param decode: the QR decoder (texts in a frame).
    :param formats: which payloads name an application.
    :param wanted: whether a scan would be used now; frames are skipped (not decoded) otherwise.
    """

    def __init__(self, camera_factory: Callable[[], Camera], decode: Decoder, formats: ScanFormats, *,
                 wanted: Callable[[], bool] = lambda: True, hold_seconds: float = HOLD_SECONDS,
                 interval: float = INTERVAL) -> None:
        self.camera_factory = camera_factory
        self.decode = decode
        self.formats = formats
        self.wanted = wanted
        self.hold_seconds = hold_seconds
        self.interval = interval
        self._seen: dict[str, float] = {}  # 申請書ID -> timestamp of the frame it was last in
        self._last_decoded: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the pipeline, one frame at a time ---------------------------------------------------------
    def feed(self, frame: Frame) -> list[str]:
        """Decode ``frame`` (unless too soon after the last one, or not wanted): the 申請書IDs to
        report now, each canonical."""
        if self._last_decoded is not None and 0 <= frame.timestamp - self._last_decoded < self.interval:
            return []
        if not self.wanted():
            self._seen.clear()  # a paper still in view when the desk next waits is shown again
            return []
        self._last_decoded = frame.timestamp
        fresh = []
        for text in self.decode(frame.image):
            try:
                application_id = self.formats.application_id(text)
            except NoticeQrError as error:
                logger.debug("QR ignored: %s", error.reason)
                continue
            last = self._seen.get(application_id)
            if last is None or frame.timestamp - last > self.hold_seconds or frame.timestamp < last:
                fresh.append(application_id)
            self._seen[application_id] = frame.timestamp
        return fresh

    # -- on its own thread -------------------------------------------------------------------------
    def start(self, on_scan: Callable[[str], None]) -> None:
        """Read in the background; ``on_scan(application_id)`` is called on the scanner's thread.
        Idempotent while running."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(on_scan,), name="qr-scanner", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop reading and release the camera (waits for the thread)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self, on_scan: Callable[[str], None]) -> None:
        while not self._stop.is_set():
            try:
                stream = camera_frames(self.camera_factory(), timeout=RETRY_SECONDS * 5)
                try:
                    for frame in stream:
                        if self._stop.is_set():
                            return
                        for application_id in self.feed(frame):
                            on_scan(application_id)
                finally:
                    stream.close()
                return  # a finite source (a video file) has ended
            except CameraError as error:
                logger.warning("QR camera: %s; trying again in %.0f s", error.code, RETRY_SECONDS)
                self._stop.wait(RETRY_SECONDS)
