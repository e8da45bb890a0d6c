"""Headless visits at the registration support desk (``myna-kiosk simulate registration``, tests): a
scripted resident — and the staff beside them — answer every step of the real flow on the
simulators with zero think time."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from kiosk.flow.engine import InvalidTransition
from kiosk.registration.machine import RegistrationContext, RegistrationFlow
from kiosk.registration.table import RegistrationEvent as E
from kiosk.registration.table import RegistrationState as S
from simulators.card.slot import VirtualCardSlot
from simulators.residents import resident


@dataclass
class HolderScript:
    """What the resident does. ``method``: ``pin`` or ``face`` when the desk offers both.
    ``pins``: what they type, in order (default: their PIN); ``agree``: to the terms."""

    resident_id: str
    method: str = "pin"
    pins: tuple[str, ...] = ()
    agree: bool = True

    def pin(self, attempt: int) -> str:
        if attempt < len(self.pins):
            return self.pins[attempt]
        return resident(self.resident_id).auth_pin or ""


@dataclass
class HolderOutcome:
    final_state: S
    registered: bool
    already_registered: bool
    declined: bool
    method: str
    failure_code: str
    states: list[str] = field(default_factory=list)
    seconds: float = 0.0


class ScriptedHolder:
    """The resident's hands at the desk: the card on the reader, then each screen's answer."""

    def __init__(self, flow: RegistrationFlow, slot: VirtualCardSlot, script: HolderScript) -> None:
        self.flow, self.slot, self.script = flow, slot, script
        self.states: list[str] = []
        self.finished = threading.Event()
        self._pins_typed = 0
        self.stop_observing = flow.observe(self._on_state)

    def _on_state(self, state: S, ctx: RegistrationContext) -> None:
        """Each of these states is entered afresh whenever it is observed (none loops on itself)."""
        if not self.states or self.states[-1] != state.value:
            self.states.append(state.value)
        answer = {S.CHOOSE_METHOD: lambda: self._send(E.CHOOSE_FACE if self.script.method == "face" else E.CHOOSE_PIN),
                  S.PIN_ENTRY: self._type_pin,
                  S.TERMS: lambda: self._send(E.AGREE if self.script.agree else E.DECLINE),
                  S.CONSENTS: lambda: self._send(E.UNDERSTOOD),
                  S.DONE: self.finished.set, S.FAILED: self.finished.set}.get(state)
        if answer is not None:
            answer()

    def _type_pin(self) -> None:
        self._pins_typed += 1
        self._send(E.PIN_KEYED, text=self.script.pin(self._pins_typed - 1))

    def _send(self, event: E, **payload: Any) -> None:
        try:
            self.flow.send(event, **payload)
        except InvalidTransition:
            self.finished.set()

    def begin(self) -> None:
        """The resident puts the card on the reader."""
        self.slot.insert_resident(self.script.resident_id)


def run_holder(flow: RegistrationFlow, slot: VirtualCardSlot, script: HolderScript,
               timeout: float = 60.0) -> HolderOutcome:
    """One scripted visit, until it ends (DONE or FAILED) or ``timeout``."""
    start = time.perf_counter()
    holder = ScriptedHolder(flow, slot, script)
    holder.begin()
    holder.finished.wait(timeout)
    holder.stop_observing()
    ctx = flow.ctx
    return HolderOutcome(flow.state, ctx.registered_at is not None, ctx.already_registered, ctx.declined, ctx.method,
                         ctx.failure_code, holder.states, time.perf_counter() - start)
