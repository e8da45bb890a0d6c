"""Adapters between threads and the Qt thread: flow observations and camera frames.

The flow calls its observers on whatever thread delivered the event (a card or face worker);
Qt widgets may only be touched on the Qt thread, so both bridges re-emit through signals that
the window connects with queued connections.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal

from kiosk.reception.context import FlowContext
from kiosk.reception.events import Event
from kiosk.reception.machine import InvalidTransition, ReceptionFlow
from kiosk.reception.states import FlowState
from kiosk.reception.view import build_view

logger = logging.getLogger(__name__)


class FlowBridge(QObject):
    """Re-emits the flow's observations as :class:`~kiosk.reception.view.ScreenView` s.

    The view is built on the observing thread, at the moment of the observation: the context is
    mutable and the next event may change it before the Qt thread renders.
    """

    changed = Signal(object)

    def __init__(self, flow: ReceptionFlow) -> None:
        super().__init__()
        self.flow = flow

    def attach(self) -> None:
        """Start observing (the flow reports its current state at once)."""
        self.flow.observe(self._observed)

    def _observed(self, state: FlowState, ctx: FlowContext) -> None:
        self.changed.emit(build_view(state, ctx, self.flow.config))

    def send(self, event: Event, **payload: Any) -> None:
        """Send an intent; a stale one (a double tap on a screen already left) is ignored.
        The payload is never logged: it may carry a PIN."""
        try:
            self.flow.send(event, **payload)
        except InvalidTransition:
            logger.info("ignored stale intent %s", event.value)


class PreviewBridge(QObject):
    """Camera frames to the Qt thread, newest only: when the UI is behind, older frames are
    dropped instead of queueing up (at most one delivery is ever pending).

    :meth:`offer` is the frame callback (an RGB ``uint8`` array, any thread).
    """

    frame = Signal(object)
    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self._wake.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def offer(self, image: np.ndarray) -> None:
        """A new camera frame (any thread); it replaces one not yet delivered."""
        with self._lock:
            idle = self._latest is None
            self._latest = image
        if idle:
            self._wake.emit()

    def _deliver(self) -> None:
        with self._lock:
            image, self._latest = self._latest, None
        if image is not None:
            self.frame.emit(image)
