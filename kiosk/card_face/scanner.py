"""照合番号B from a card-face camera (issue 14 §2): the :class:`~kiosk.card.visit.CollationSource` of a
face-authenticating terminal.

The camera is opened for one card insertion, the newest frame goes to the reader each time it is
free, and a number is returned only when it has been read with certainty on ``agree`` frames and no
frame read a different certain number. Anything less within ``seconds`` is None: the card's retry
limit for 照合番号B is unknown, so an unsure reading is never sent to the card (the kiosk then
offers the PIN, and staff can type the number in).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.camera import Camera, CameraError
from kiosk.card_face.reading import CardFaceReader
from kiosk.face.live import camera_frames

logger = logging.getLogger(__name__)

UNREADABLE = "CARD_FACE_UNREADABLE"
DISAGREES = "CARD_FACE_DISAGREES"


@dataclass(frozen=True)
class ScanResult:
    """One scan: the number (None unless certain), why not, and what it cost."""

    collation_b: str | None
    problem: str  # "" when read; UNREADABLE, DISAGREES, or a camera error code
    frames: int
    seconds: float


class CameraCollationSource:
    """Reads 照合番号B off the card face in front of ``camera_factory()``'s camera."""

    def __init__(self, camera_factory: Callable[[], Camera], reader: CardFaceReader, *, seconds: float = 3.0,
                 agree: int = 2, clock: Callable[[], float] = time.monotonic) -> None:
        self.camera_factory = camera_factory
        self.reader = reader
        self.seconds = seconds
        self.agree = agree
        self.clock = clock
        self.last: ScanResult | None = None

    def scan(self) -> ScanResult:
        """Look at the card face for up to ``seconds``; never raises for a camera fault (the
        result names it)."""
        start = self.clock()
        seen: dict[str, int] = {}
        frames = 0
        problem = UNREADABLE
        try:
            stream = camera_frames(self.camera_factory(), timeout=self.seconds)
            try:
                for frame in stream:
                    frames += 1
                    number = self.reader.read(frame.image).collation_b
                    if number is not None:
                        seen[number] = seen.get(number, 0) + 1
                    if len(seen) > 1:
                        problem = DISAGREES  # two certain readings differ: trust neither
                        break
                    if number is not None and seen[number] >= self.agree:
                        problem = ""
                        break
                    if self.clock() - start >= self.seconds:
                        break
            finally:
                stream.close()
        except CameraError as error:
            problem = error.code
            logger.warning("card-face camera: %s (%s)", error.code, error.detail)
        number = next(iter(seen)) if not problem else None
        return ScanResult(number, problem, frames, self.clock() - start)

    def collation_number_b(self) -> str | None:
        """:meth:`scan`'s number; the whole result stays in :attr:`last` for the log and the bench."""
        self.last = self.scan()
        return self.last.collation_b

    def collation_problem(self) -> str:
        """The last scan's problem code ("" when it read a number, or before any scan)."""
        return self.last.problem if self.last else ""
