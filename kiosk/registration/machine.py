"""The registration support desk's state machine (table: ``kiosk.registration.table``), no Qt.

One resident at a time, staff beside them. The resident's screen asks the questions and takes the
PIN (never shown, never kept: it travels in the event's payload to the one VERIFY); the staff
console follows the visit and prints the slip. A new context starts for every resident.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from kiosk.card.visit import CardIdentity
from kiosk.clock import SYSTEM_CLOCK
from kiosk.flow.engine import Effects, TableMachine
from kiosk.registration import table
from kiosk.registration.table import RegistrationEvent, RegistrationState

PIN, FACE = "pin", "face"  # how the holder was proved (the audit's ``method`` values)


@dataclass
class RegistrationContext:
    """One resident's visit at the desk."""

    visit: int
    started_at: datetime
    identity: CardIdentity | None = field(default=None, repr=False)
    cert_hash: str = ""
    card_photo: np.ndarray | None = field(default=None, repr=False)  # for the face path, in memory only
    face_available: bool = False  # this terminal can check the face against this card's photo now
    method: str = ""  # PIN or FACE, once chosen
    pin_tries: int | None = None  # before the resident types: from the card's data-less VERIFY
    pin_error: str = ""  # why the last PIN was not taken (wrong, wrong format)
    face_prompt: str = ""  # what the face camera asks for now (closer, look straight, ...)
    already_registered: bool = False
    registered_at: datetime | None = None
    declined: bool = False
    failure_code: str = ""
    staff_calls: int = 0  # 「係員を呼ぶ」 taps on the resident's screen in this visit

    @property
    def pin_usable(self) -> bool:
        """The card has a 利用者証明用 PIN with tries left (not a face card, not locked)."""
        return self.identity is not None and self.identity.pin_usable and self.pin_tries != 0


class RegistrationFlow(TableMachine[RegistrationState, RegistrationEvent, RegistrationContext]):
    """A registration support desk's flow."""

    INITIAL = RegistrationState.WAITING
    QUIET = frozenset({RegistrationEvent.FACE_REPORT})

    def __init__(self, effects: Effects, desk_id: str = "REG-01",
                 clock: Callable[[], datetime] = SYSTEM_CLOCK) -> None:
        self.desk_id = desk_id
        self.clock = clock
        super().__init__(effects)

    def candidates(self, state: RegistrationState, event: RegistrationEvent) -> table.Candidates | None:
        return table.candidates(state, event)

    def new_context(self, visit: int) -> RegistrationContext:
        return RegistrationContext(visit=visit, started_at=self.clock())

    # -- how events change the context -----------------------------------------------------------
    def _on_card_read(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        identity: CardIdentity = p["identity"]
        ctx.identity, ctx.cert_hash, ctx.card_photo = identity, p["cert_hash"], p.get("photo")
        ctx.face_available = bool(p.get("face_available"))
        ctx.pin_tries = identity.pin_tries
        if not identity.cert_valid:
            ctx.failure_code = "CARD_CERT_EXPIRED"
        elif not ctx.pin_usable and not ctx.face_available:
            ctx.failure_code = "CARD_PIN_BLOCKED" if identity.pin_usable else "REGISTRATION_NEEDS_FACE"

    def _on_card_failed(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.failure_code = p["code"]

    def _on_card_removed(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        if self.state in table.INTERRUPTIBLE:  # later, the card is no longer needed
            ctx.failure_code = "CARD_REMOVED"

    def _on_choose_pin(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.method = PIN

    def _on_choose_face(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.method = FACE

    def _on_pin_keyed(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.method, ctx.pin_error = PIN, ""

    def _on_pin_wrong(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.pin_error, ctx.pin_tries = p["code"], p.get("tries_left", ctx.pin_tries)

    def _on_pin_blocked(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.pin_tries, ctx.pin_error = 0, "CARD_PIN_BLOCKED"
        if not ctx.face_available:
            ctx.failure_code = "CARD_PIN_BLOCKED"
        else:
            ctx.method = FACE

    def _on_face_report(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.face_prompt = p.get("prompt", "")

    def _on_face_failed(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        """The face path is not offered again in this visit; without a PIN, what the resident can
        do next is what the slip says: the PIN reset at the counter, or a clinic's face reader."""
        ctx.face_available, ctx.face_prompt = False, ""
        if ctx.pin_usable:
            ctx.method = PIN
        else:
            identity = ctx.identity
            ctx.failure_code = "CARD_PIN_BLOCKED" if identity is not None and identity.pin_usable \
                else "REGISTRATION_NEEDS_FACE"

    def _on_checked(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.already_registered = bool(p["registered"])

    def _on_check_failed(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.failure_code = p["code"]

    _on_register_failed = _on_check_failed

    def _on_decline(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.declined = True

    def _on_registered(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.registered_at = p["at"]

    def _on_call_staff(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.staff_calls += 1

    def _on_cancel(self, ctx: RegistrationContext, p: dict[str, Any]) -> None:
        ctx.failure_code = "COUNTER_CANCELLED"

    # -- guards --------------------------------------------------------------------------------------
    def _guard_cert_expired(self) -> bool:
        return self.ctx.failure_code == "CARD_CERT_EXPIRED"

    def _guard_no_way(self) -> bool:
        return bool(self.ctx.failure_code)

    def _guard_both_ways(self) -> bool:
        return self.ctx.pin_usable and self.ctx.face_available

    def _guard_pin_usable(self) -> bool:
        return self.ctx.pin_usable

    def _guard_face_available(self) -> bool:
        return self.ctx.face_available

    def _guard_registered_already(self) -> bool:
        return self.ctx.already_registered
