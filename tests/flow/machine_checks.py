"""Checks shared by the table tests of every machine (tests/flow/test_table.py for the reception,
tests/counter/test_counter_table.py for the counter): the engine's promises, asserted on one event."""

from __future__ import annotations

import copy
from typing import Any

from kiosk.flow.engine import InvalidTransition, TableMachine


class NoEffects:
    """Effects that do nothing: the machine alone moves along its table."""

    def entered(self, machine, state, ctx, payload) -> None:
        pass

    def left(self, machine, state, ctx, target) -> None:
        pass

    def handled(self, machine, event, ctx, payload) -> None:
        pass


def table_cases(machine: TableMachine) -> list[tuple[Any, Any, int]]:
    """``(state, event, candidate index)`` for every candidate of every entry of the machine's table."""
    return [(state, event, index) for state, event, options in machine.transitions() for index in range(len(options))]


def case_id(case: tuple[Any, Any, int]) -> str:
    state, event, index = case
    return f"{state.value}--{event.value}--{index}"


def fields(ctx: object) -> dict[str, object]:
    """The context's fields as they are now; containers are copied, so a change in place shows."""
    return {name: copy.copy(value) if isinstance(value, list | dict | set) else value
            for name, value in vars(ctx).items()}


def changed_fields(before: dict[str, object], after: dict[str, object]) -> set[str]:
    """Names of the fields (:func:`fields`) that differ: another object, or a container changed in place."""
    def same(a: object, b: object) -> bool:
        return a is b or (isinstance(a, list | dict | set) and a == b)

    return {name for name in before.keys() | after.keys() if not same(before.get(name), after.get(name))}


def send_checked(machine: TableMachine, event: Any, payload: dict[str, Any],
                 volatile: frozenset[str] = frozenset()) -> bool:
    """Send ``event`` from outside and hold the engine to its promises: an event the table does not
    have in this state raises :class:`InvalidTransition` and changes nothing (but the ``volatile``
    fields of the context); one no guard lets through raises and keeps the state and the visit; any
    other ends in one of the entry's targets. Returns whether the event was taken."""
    state, ctx, before = machine.state, machine.ctx, fields(machine.ctx)
    options = machine.candidates(state, event)
    try:
        machine.send(event, **payload)
    except InvalidTransition:
        assert machine.state is state and machine.ctx is ctx
        if options is None:
            assert changed_fields(before, fields(machine.ctx)) <= volatile, f"{event.value} changed the context"
        return False
    assert options is not None, f"{event.value} was taken in {state.value}, which has no entry for it"
    assert machine.state in {target for _, target in options}
    return True
