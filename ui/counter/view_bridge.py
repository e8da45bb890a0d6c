"""Between a desk's flow (the counter's, the registration desk's) and its windows: the flow's
observations as view models on the Qt thread, and the windows' intents back to the flow."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.flow.engine import InvalidTransition, TableMachine

logger = logging.getLogger(__name__)

V = TypeVar("V")
Machine = TableMachine[Any, Any, Any]


class CounterViewBridge(QObject, Generic[V]):
    """The flow's observations as view models (``build(state, ctx)``) on the Qt thread.

    The flow calls observers on whichever thread delivered the event; the view is built there, at
    that moment (the context is mutable), and re-emitted through a queued signal."""

    changed = Signal(object)

    def __init__(self, flow: Machine, build: Callable[[Any, Any], V]) -> None:
        super().__init__()
        self._build = build
        self._unsubscribe: Callable[[], None] | None = None
        self.flow = flow

    def attach(self, slot: Callable[[V], None]) -> None:
        """Call ``slot`` with a view now and after every transition, on the Qt thread."""
        self.changed.connect(slot, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = self.flow.observe(lambda state, ctx: self.changed.emit(self._build(state, ctx)))

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def send_safely(flow: Machine, event: Enum, **payload: Any) -> None:
    """An intent (an action's, so typed as any enum); a stale one (a double tap on a screen
    already left) is ignored. The payload is never logged: it may carry a password or a PIN.

    :raises TypeError: ``event`` is not one of ``flow``'s events (a view built for another flow).
    """
    if not isinstance(event, type(flow)._enums()[1]):
        raise TypeError(f"{event!r} is not an event of {type(flow).__name__}")
    try:
        flow.send(event, **payload)
    except InvalidTransition:
        logger.info("ignored stale intent %s", event.value)
