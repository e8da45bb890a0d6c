"""Where effects run their device and service work: at once (tests, headless runs) or on a worker
thread (the kiosk), never on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol


class Executor(Protocol):
    def submit(self, work: Callable[[], None]) -> None: ...


class InlineExecutor:
    """Runs work at once (tests, headless scenarios): the flow queues the resulting events."""

    def submit(self, work: Callable[[], None]) -> None:
        work()


class WorkerExecutor:
    """One worker thread for all card and service I/O (style guide: device I/O off the UI thread)."""

    def __init__(self, name: str = "reception-io") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def submit(self, work: Callable[[], None]) -> None:
        self._pool.submit(work)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
