"""Reads each card put in a slot and publishes what a screen should show (no Qt).

Card I/O runs on one worker thread (style guide: device I/O off the UI thread); observers get a
:class:`CardView` from that thread and must hand it to their own thread (``ui`` uses a signal).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum

from kiosk.card.connection import ReaderEvent, ReaderEventKind
from kiosk.card.errors import CardError
from kiosk.card.info import CardInfo, read_card_info
from kiosk.card.slot import CardSlot
from kiosk.messages import message_for

logger = logging.getLogger(__name__)


class CardState(Enum):
    WAITING = "waiting"  # カードを置いてください
    READING = "reading"
    READ = "read"
    FAILED = "failed"
    NO_READER = "no-reader"


@dataclass(frozen=True)
class CardView:
    """What the screen shows. ``message`` is resident text; ``error_code`` is for the log."""

    state: CardState
    info: CardInfo | None = None
    message: str = ""
    error_code: str = ""


class CardWatcher:
    """Follows a :class:`CardSlot` and publishes :class:`CardView`s to observers."""

    def __init__(self, slot: CardSlot) -> None:
        self.slot = slot
        self._observers: list[Callable[[CardView], None]] = []
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="card-io")
        self.view = CardView(CardState.WAITING)
        slot.subscribe(self._on_event)

    def observe(self, callback: Callable[[CardView], None]) -> None:
        self._observers.append(callback)
        callback(self.view)

    def _publish(self, view: CardView) -> None:
        self.view = view
        for callback in list(self._observers):
            callback(view)

    def _on_event(self, event: ReaderEvent) -> None:
        if event.kind is ReaderEventKind.CARD_INSERTED:
            self._publish(CardView(CardState.READING))
            self._worker.submit(self._read)
        elif event.kind is ReaderEventKind.CARD_REMOVED:
            self._publish(CardView(CardState.WAITING))
        elif event.kind in (ReaderEventKind.READER_REMOVED, ReaderEventKind.SERVICE_LOST):
            self._publish(CardView(CardState.NO_READER))
        elif event.kind is ReaderEventKind.READER_ADDED and self.view.state is CardState.NO_READER:
            self._publish(CardView(CardState.WAITING))

    def _read(self) -> None:
        try:
            connection = self.slot.connect()
            try:
                info = read_card_info(connection)
            finally:
                connection.close()
        except CardError as error:
            logger.warning("card read failed: %s (%s)", error.code, error.detail)
            self._publish(CardView(CardState.FAILED, message=message_for(error), error_code=error.code))
            return
        self._publish(CardView(CardState.READ, info=info))

    def start(self) -> None:
        self.slot.start()

    def stop(self) -> None:
        self.slot.stop()
        self._worker.shutdown(wait=True, cancel_futures=True)
