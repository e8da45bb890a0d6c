"""Runs a :class:`FaceVerifier` in a child process.

dlib's encoder holds the GIL for ~80 ms per face (measured: a Python thread gets 7 % of its
ticks meanwhile), which would stall the Qt preview. In a child process it costs the UI nothing.
Frames cross by pipe (memory only, never a file). At most one frame is in flight; while it is
processed, newer frames replace the pending one, so the worker always sees the latest view.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

import numpy as np

from kiosk.camera import Frame
from kiosk.errors import KioskError
from kiosk.face.errors import FaceEngineUnavailableError
from kiosk.face.verifier import DEFAULT_CONFIG, FaceVerifier, FrameReport, VerifierConfig

logger = logging.getLogger(__name__)


def _serve(conn: Connection, config: VerifierConfig) -> None:
    """Child process loop: ("begin", photo) | ("frame", Frame) | ("retry",) | ("end",) | ("quit",)."""
    verifier: FaceVerifier | None = None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        kind = message[0]
        try:
            if kind == "begin":
                verifier = FaceVerifier(message[1], config)
                conn.send(("ready", verifier.card_encode_ms))
            elif kind == "frame":
                report = None
                try:
                    report = verifier.process(message[1]) if verifier else None
                finally:  # always answer a frame, or the parent would wait for it forever
                    conn.send(("report", report))
            elif kind == "retry":
                if verifier is None:
                    raise RuntimeError("retry before begin")
                verifier.retry()
                conn.send(("retried", verifier.attempt))
            elif kind == "end":
                if verifier is not None:
                    verifier.close()
                verifier = None
            elif kind == "quit":
                return
        except KioskError as error:
            conn.send(("error", error))
        except Exception:  # a bad frame must not kill the worker; the parent sees report None
            logger.exception("face worker: %s failed", kind)


class FaceWorker:
    """A verifier process for the kiosk. Reports arrive on ``on_report`` (a reader thread).

    :param on_report: receives each :class:`FrameReport`.
    :param on_error: receives domain errors raised in the child (e.g. attempts exhausted).
    """

    def __init__(self, on_report: Callable[[FrameReport], None], on_error: Callable[[KioskError], None],
                 config: VerifierConfig = DEFAULT_CONFIG) -> None:
        self.on_report, self.on_error = on_report, on_error
        self.config = config
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()
        self._in_flight = False
        self._stopping = False
        self._pending: Frame | None = None
        self._replies: list[tuple[str, Any]] = []
        self._reply_ready = threading.Condition(self._lock)

    def start(self) -> None:
        """Start the child (loading dlib there takes ~1 s; do it at kiosk start, not per resident)."""
        if self._process is not None:
            return
        parent, child = multiprocessing.get_context("spawn").Pipe()
        self._process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(child, self.config), name="face-worker", daemon=True)
        self._process.start()
        child.close()
        self._conn = parent
        self._reader = threading.Thread(target=self._read, args=(parent,), name="face-worker-reader", daemon=True)
        self._reader.start()

    def _connection(self) -> Connection:
        """The pipe to the child.

        :raises FaceEngineUnavailableError: the worker was never started.
        """
        if self._conn is None:
            raise FaceEngineUnavailableError("face worker is not running")
        return self._conn

    def _read(self, conn: Connection) -> None:
        while True:
            try:
                kind, payload = conn.recv()
            except (EOFError, OSError):
                with self._lock:
                    self._replies.append(("died", None))
                    self._reply_ready.notify_all()
                return
            if kind == "report":
                self._frame_done(payload)
            elif kind == "error" and not self._awaiting():
                self.on_error(payload)
            else:
                with self._lock:
                    self._replies.append((kind, payload))
                    self._reply_ready.notify_all()

    def _awaiting(self) -> bool:
        return getattr(self, "_waiting", False)

    def _request(self, message: tuple[object, ...], timeout: float = 30.0) -> Any:
        """Send ``message`` and wait for the child's answer (unpickled, so untyped)."""
        with self._lock:
            self._waiting = True
            self._replies.clear()
            self._connection().send(message)
            if not self._reply_ready.wait_for(lambda: self._replies, timeout):
                self._waiting = False
                raise FaceEngineUnavailableError("face worker did not answer")
            self._waiting = False
            kind, payload = self._replies.pop(0)
        if kind == "error":
            raise payload
        if kind == "died":
            raise FaceEngineUnavailableError("face worker exited")
        return payload

    def begin(self, card_photo: np.ndarray) -> float:
        """Give the worker this resident's card photo; returns the card-encoding time in ms.

        :raises CardPhotoUnusableError: no single face in the photo.
        """
        self.start()
        return self._request(("begin", card_photo))

    def retry(self) -> int:
        """Next attempt; :raises FaceAttemptsExhaustedError: none left."""
        return self._request(("retry",))

    def submit(self, frame: Frame) -> None:
        """Offer a frame; it is analysed now, or replaces the pending one."""
        with self._lock:
            if self._in_flight:
                self._pending = frame
                return
            try:
                self._connection().send(("frame", frame))
            except OSError as exc:
                raise FaceEngineUnavailableError("face worker is not running") from exc
            self._in_flight = True

    def _frame_done(self, report: FrameReport | None) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
            self._in_flight = False
            if pending is not None and not self._stopping:
                try:
                    self._connection().send(("frame", pending))
                    self._in_flight = True
                except OSError:  # the child is gone; stop() or the reader reports it
                    pass
        if report is not None:
            self.on_report(report)

    def end(self) -> None:
        """The resident left: the child drops the photo, encodings and frames."""
        with self._lock:
            self._pending = None
            if self._conn is not None:
                self._conn.send(("end",))

    def stop(self) -> None:
        """Ask the child to quit (killed after 5 s) and close the pipe."""
        if self._process is None:
            return
        conn = self._connection()
        with self._lock:
            self._stopping = True
        try:
            conn.send(("quit",))
        except OSError:
            pass
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
        conn.close()
        self._process = None
        self._stopping = False
