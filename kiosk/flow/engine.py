"""A table-driven state machine (nextline / Electrum navmap style), shared by the clinic reception
and the municipal counter.

A subclass supplies the table (``candidates(state, event)``), the context type, how events change
the context (``_on_<event name>`` methods) and the guards (``_guard_<name>`` methods); building a
machine checks that these fit the table. This class does the rest: run to completion (an event
sent while another is processed is queued), results of effects stamped with the number of the
visit they were started for (a late one is dropped), an invalid event from outside raises
:class:`InvalidTransition` and changes nothing, the effects told of every transition, observers
after it.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar, get_args, get_origin

from kiosk.errors import KioskError

logger = logging.getLogger(__name__)


class Visit(Protocol):
    """What the engine needs of a context: the number of the visit it belongs to."""

    visit: int


S = TypeVar("S", bound=Enum)
E = TypeVar("E", bound=Enum)
C = TypeVar("C", bound=Visit)
T = TypeVar("T")
Candidates = tuple[tuple[str | None, Any], ...]


class InvalidTransition(Exception):
    """The event is not valid in the current state; the state is unchanged."""


class TableError(TypeError):
    """A machine's class does not fit its table (a guard without its ``_guard_`` method, a handler
    for no event): raised when the machine is built, never in the middle of a visit."""


class Effects(Protocol):
    """What a machine does to the world, told of each transition in this order: ``left``,
    ``entered``, ``handled``."""

    def entered(self, machine: Any, state: Any, ctx: Any, payload: dict[str, Any]) -> None:
        """``state`` was entered (self-transitions excluded); start what it needs."""
        ...

    def left(self, machine: Any, state: Any, ctx: Any, target: Any) -> None:
        """``state`` is being left for ``target``; ``ctx`` is still the visit's context."""
        ...

    def handled(self, machine: Any, event: Any, ctx: Any, payload: dict[str, Any]) -> None:
        """``event`` moved the machine (self-transitions included); start what the event itself
        asks for. ``payload`` may carry a secret (a password): use it, never keep or log it."""
        ...


class TableMachine(Generic[S, E, C]):
    """Subclasses set ``INITIAL`` (the state a new visit starts in, with a fresh context) and
    ``QUIET`` (events logged at debug level), and implement :meth:`candidates` and
    :meth:`new_context` (a context with a ``visit`` attribute).

    :raises TableError: the subclass does not fit its table.
    """

    INITIAL: S
    QUIET: frozenset[Enum] = frozenset()

    def __init__(self, effects: Effects) -> None:
        self._check_table()
        self.effects = effects
        self.state: S = self.INITIAL
        self.ctx: C = self.new_context(0)
        self._observers: list[Callable[[S, C], None]] = []
        self._lock = threading.RLock()
        self._queue: deque[tuple[E, dict[str, Any], int | None]] = deque()
        self._busy = False

    def candidates(self, state: S, event: E) -> Candidates | None:
        raise NotImplementedError

    def new_context(self, visit: int) -> C:
        raise NotImplementedError

    # -- the table -------------------------------------------------------------------------------
    @classmethod
    def _enums(cls) -> tuple[type[S], type[E]]:
        """The state and event types, as the subclass declares them: ``TableMachine[State, Event, Context]``."""
        for klass in cls.__mro__:
            for base in getattr(klass, "__orig_bases__", ()):
                if get_origin(base) is TableMachine:
                    states: type[S]
                    events: type[E]
                    states, events, _ = get_args(base)
                    return states, events
        raise TableError(f"{cls.__name__} must subclass TableMachine[State, Event, Context]")

    def transitions(self) -> Iterator[tuple[S, E, Candidates]]:
        """Every entry of the table, ``(state, event, candidates)``, as :meth:`candidates` answers
        it: rules beyond the literal table (an event valid from several states) included."""
        states, events = self._enums()
        for state in states:
            for event in events:
                options = self.candidates(state, event)
                if options is not None:
                    yield state, event, options

    def _check_table(self) -> None:
        name = type(self).__name__
        for state, event, options in self.transitions():
            for guard, _ in options:
                if guard is not None and not callable(getattr(self, f"_guard_{guard}", None)):
                    raise TableError(f"{name}: the table's guard {guard!r} ({state.value} --{event.value}-->) "
                                     f"has no _guard_{guard} method")
        events = self._enums()[1]
        known = {event.name.lower() for event in events}
        for attribute in dir(type(self)):
            if attribute.startswith("_on_") and attribute.removeprefix("_on_") not in known:
                raise TableError(f"{name}.{attribute} handles no event: {events.__name__} has no "
                                 f"{attribute.removeprefix('_on_').upper()}")

    # -- public ----------------------------------------------------------------------------
    def observe(self, observer: Callable[[S, C], None]) -> Callable[[], None]:
        """Call ``observer(state, ctx)`` now and after every transition; returns an unsubscribe."""
        self._observers.append(observer)
        observer(self.state, self.ctx)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    def send(self, event: E, visit: int | None = None, **payload: Any) -> None:
        """Deliver an event. From outside (not re-entrant) an invalid event raises
        :class:`InvalidTransition` and changes nothing; effect results for another visit
        (``visit``) are dropped."""
        with self._lock:
            if self._busy:
                self._queue.append((event, payload, visit))
                return
            self._busy = True
            try:
                # An effect's result (it carries its visit) that no longer fits is dropped, not raised.
                self._handle(event, payload, visit, strict=visit is None)
                while self._queue:
                    self._handle(*self._queue.popleft(), strict=False)
            finally:
                self._busy = False

    def can(self, event: E) -> bool:
        """Whether ``event`` has a transition from the current state (guards aside)."""
        return self.candidates(self.state, event) is not None

    # -- processing ----------------------------------------------------------------------------
    def _handle(self, event: E, payload: dict[str, Any], visit: int | None, strict: bool) -> None:
        if visit is not None and visit != self.ctx.visit:
            logger.info("dropped %s from an earlier visit", event.value)
            return
        options = self.candidates(self.state, event)
        if options is None:
            if strict:
                raise InvalidTransition(f"{event.value} is not valid in {self.state.value}")
            logger.info("ignored %s in %s", event.value, self.state.value)
            return
        handler = getattr(self, f"_on_{event.name.lower()}", None)
        if handler is not None:
            handler(self.ctx, payload)
        target = next((t for guard, t in options if guard is None or getattr(self, f"_guard_{guard}")()), None)
        if target is None:
            if strict:
                raise InvalidTransition(f"{event.value}: no guard holds in {self.state.value}")
            return
        previous = self.state
        # Event and state names only: a payload may carry a password or a PIN.
        logger.log(logging.DEBUG if event in self.QUIET else logging.INFO,
                   "%s %s --%s--> %s", type(self).__name__, previous.value, event.value, target.value)
        if previous is not target:
            self.effects.left(self, previous, self.ctx, target)
        self.state = target
        if target is self.INITIAL and previous is not target:
            self.ctx = self.new_context(self.ctx.visit + 1)
        self._after_transition(event)
        if previous is not target:
            self.effects.entered(self, target, self.ctx, payload)
        self.effects.handled(self, event, self.ctx, payload)
        for observer in list(self._observers):
            observer(self.state, self.ctx)

    def _after_transition(self, event: E) -> None:
        """Hook for subclasses (timers)."""

    def stop(self) -> None:
        """Cancel the machine's timers: the kiosk is closing (subclasses with timers override)."""


def required(value: T | None, what: str) -> T:
    """``value``, which the table guarantees by this step of a visit (for a handler, an effect).

    :raises InvalidTransition: it is missing: the event came out of order, and nothing was changed.
    """
    if value is None:
        raise InvalidTransition(f"no {what} in this visit yet")
    return value


def result_of(machine: TableMachine[Any, Any, Any], visit: int, job: Callable[[], tuple[Any, dict[str, Any]]],
              failed: Any) -> Callable[[], None]:
    """Wrap an effect's blocking ``job`` for an executor: its ``(event, data)``, or ``failed`` with
    the error's code, goes back to ``machine`` stamped with ``visit``. A bug still ends in a
    plain next step (code ``KIOSK_ERROR``), never a dead kiosk."""

    def run() -> None:
        try:
            event, data = job()
        except KioskError as error:
            logger.warning("%s: %s %s", failed.value, error.code, error.detail)
            event, data = failed, {"code": error.code}
        except Exception:
            logger.exception("%s failed unexpectedly", failed.value)
            event, data = failed, {"code": "KIOSK_ERROR"}
        machine.send(event, visit, **data)

    return run
