"""What a card-face reader answers (:class:`CardFaceReading`) and the reader port
(:class:`CardFaceReader`).

The card's retry limit for 照合番号B is unknown (spec §5): ``collation_b`` is set only when every
check passed (``kiosk.card_face.fields``); otherwise it is ``None`` and ``problems`` says why, with
the stable codes of :class:`Problem`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

import numpy as np


class Problem(StrEnum):
    """Why a reading is not certain. Values are stable and never reused for another meaning."""

    CARD_NOT_FOUND = "CARD_NOT_FOUND"  # no card-shaped quadrilateral in the frame
    BIRTH_NOT_FOUND = "BIRTH_NOT_FOUND"
    BIRTH_AMBIGUOUS = "BIRTH_AMBIGUOUS"  # two different era dates read
    BIRTH_INVALID = "BIRTH_INVALID"  # not a real date, or the era year outside the era (平成31年5月1日)
    BIRTH_IN_FUTURE = "BIRTH_IN_FUTURE"
    EXPIRY_NOT_FOUND = "EXPIRY_NOT_FOUND"
    EXPIRY_AMBIGUOUS = "EXPIRY_AMBIGUOUS"
    EXPIRY_INVALID = "EXPIRY_INVALID"  # not a real date
    EXPIRY_DAY_MISMATCH = "EXPIRY_DAY_MISMATCH"  # month/day differ from the birthday
    EXPIRY_LEAP_DAY = "EXPIRY_LEAP_DAY"  # born 29 February, expiry not on a documented candidate day
    EXPIRY_YEAR_IMPLAUSIBLE = "EXPIRY_YEAR_IMPLAUSIBLE"  # no issue date gives this expiry (5 or 10 years)
    CODE_NOT_FOUND = "CODE_NOT_FOUND"
    CODE_AMBIGUOUS = "CODE_AMBIGUOUS"
    LOW_CONFIDENCE = "LOW_CONFIDENCE"  # the OCR was unsure of a line a field came from
    OCR_DISAGREES = "OCR_DISAGREES"  # a second look at the field lines read something else


@dataclass(frozen=True)
class CardFaceReading:
    """The fields read from a card front, and 照合番号B when (and only when) they are certain.

    ``birth_date``, ``expiry`` and ``security_code`` are each set when that field was found once and
    is well-formed, even if another field failed. ``confidence`` is the lowest OCR confidence (0–1)
    of the lines the fields came from (0 when a field is missing). ``timings`` are per-stage
    milliseconds.
    """

    birth_date: date | None
    expiry: date | None
    security_code: str | None
    collation_b: str | None
    confidence: float
    problems: tuple[str, ...]
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: ISO dates, confidence to 3 places, timings in ms to 0.1."""
        return {
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "security_code": self.security_code,
            "collation_b": self.collation_b,
            "confidence": round(self.confidence, 3),
            "problems": list(self.problems),
            "timings_ms": {stage: round(ms, 1) for stage, ms in self.timings.items()},
        }


class CardFaceReader(Protocol):
    """Reads the front of a My Number Card in a camera frame or photo."""

    def read(self, image: np.ndarray) -> CardFaceReading:
        """``image``: H×W×3 RGB uint8. Never raises for what the image shows: a frame without a
        readable card is a reading with ``collation_b=None`` and its problems."""
        ...
