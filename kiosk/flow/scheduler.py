"""Timers for the flows (inactivity, idle lock), injected so tests can run them by hand."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol


class Scheduler(Protocol):
    def schedule(self, delay: float, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` after ``delay`` seconds; return a function that cancels it."""
        ...


class ThreadScheduler:
    """Timers on ``threading.Timer`` (the kiosk)."""

    def schedule(self, delay: float, callback: Callable[[], None]) -> Callable[[], None]:
        timer = threading.Timer(delay, callback)
        timer.daemon = True
        timer.start()
        return timer.cancel
