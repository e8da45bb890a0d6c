"""The simulated eligibility service's fault knobs (wire effects: ``docs/eligibility-api.md``)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields
from enum import Enum

HANG_SECONDS = 60.0  # the ``timeout`` knob: far longer than any client timeout


class Malformed(Enum):
    """Ways the ``malformed`` knob spoils an answer on the wire."""

    GARBAGE = "garbage"  # not JSON at all
    WRONG_TYPES = "wrong-types"  # JSON of the right shape with wrongly typed fields
    MISSING_FIELD = "missing-field"  # a required field left out
    TRUNCATED = "truncated"  # the JSON cut in half (Content-Length matches what is sent)


@dataclass
class Faults:
    """Fault knobs, changeable while requests run (tests flip them between calls).

    In-process the service raises what a well-behaved adapter would raise for the fault; over
    HTTP the server produces the fault on the wire (see
    :class:`~simulators.eligibility.server.EligibilityHttpServer`).

    * ``latency``: seconds added before every answer.
    * ``timeout``: hang (``HANG_SECONDS``, or until the server stops) and then close without an
      answer; in-process :class:`EligibilityUnavailableError` at once.
    * ``fail_5xx_times``: the next N requests fail with 500 / 503 alternately (in-process:
      :class:`EligibilityUnavailableError`).
    * ``malformed``: every answer is spoiled as given (in-process: :class:`EligibilityBadAnswerError`).
    * ``answer_status`` + ``answer_body``: every answer is exactly this status and body (HTTP; in-process
      :class:`EligibilityBadAnswerError`), for fuzzing a client.
    * ``jpki_maintenance``: JPKI is down (§A7): unregistered residents and fresh certificates get
      :class:`JpkiMaintenanceError` from check() and register().
    * ``drop_after_commit``: the next N requests are fully processed (a registration is committed),
      then the connection drops before the answer (in-process: :class:`EligibilityUnavailableError`
      after the commit).
    """

    latency: float = 0.0
    timeout: bool = False
    fail_5xx_times: int = 0
    malformed: Malformed | None = None
    answer_status: int = 200
    answer_body: bytes | None = None
    jpki_maintenance: bool = False
    drop_after_commit: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def consume(self, counter: str) -> bool:
        """Atomically take one from the counter knob ``counter``; True if it was positive."""
        with self._lock:
            left = getattr(self, counter)
            if left <= 0:
                return False
            setattr(self, counter, left - 1)
            return True

    def clear(self) -> None:
        """Every knob back to its default."""
        with self._lock:
            for knob in fields(self):
                if knob.name != "_lock":
                    setattr(self, knob.name, knob.default)
