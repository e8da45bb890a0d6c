"""Every screen of the resident's side of a counter visit, as the view model builds it (no Qt):
for the layout checks (``tests/ui/counter/test_resident_layout.py``) and the screen benchmark
(``bench/screens.py``)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from kiosk.counter.machine import CounterContext
from kiosk.counter.pin_entry import PinCollector, Step
from kiosk.counter.pin_rules import PinWarning, requirements
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import ResidentView, resident_view

BORN = date(1948, 5, 3)  # an adult: the 署名用 password too


def _entry(kind_index: int = 0, step: Step = Step.FIRST, error_code: str = "",
           warnings: tuple[PinWarning, ...] = ()) -> PinCollector:
    return PinCollector(requirements(BORN), BORN, kind_index=kind_index, step=step, error_code=error_code,
                        warnings=warnings)


def resident_gallery() -> dict[str, ResidentView]:
    """The screens by name: each question, keypad and answer, a refused entry, a warning, a
    card that came with its PINs, the 利用申込's PIN (and a wrong one), the waiting screens."""
    ctx = CounterContext(visit=1, started_at=datetime(2026, 11, 23, 10, tzinfo=UTC))

    def at(state: S, **fields: Any) -> ResidentView:
        return resident_view(state, CounterContext(**{**ctx.__dict__, **fields}))

    every = ("auth", "juki", "kenhojo", "sign")
    full_card = {"pins_already": every, "requirements": requirements(BORN).without(every)}
    return {
        "wait": at(S.QUEUE),
        "choice": at(S.PIN_CHOICE),
        "choice-face-card": at(S.PIN_CHOICE, face_card=True),
        "choice-some-already-set": at(S.PIN_CHOICE, pins_already=("juki", "sign")),
        "sign-first": at(S.PIN_ENTRY, pin_entry=_entry(0)),
        "sign-rule": at(S.PIN_ENTRY, pin_entry=_entry(0, Step.REFUSED, error_code="COUNTER_SIGN_PASSWORD_FORMAT")),
        "auth-first": at(S.PIN_ENTRY, pin_entry=_entry(1)),
        "auth-second": at(S.PIN_ENTRY, pin_entry=_entry(1, Step.SECOND)),
        "auth-mismatch": at(S.PIN_ENTRY, pin_entry=_entry(1, Step.REFUSED, error_code="COUNTER_PIN_CONFIRM_MISMATCH")),
        "warned": at(S.PIN_ENTRY, pin_entry=_entry(1, Step.WARNED,
                                                   warnings=(PinWarning.BIRTH_DATE, PinWarning.SEQUENCE))),
        "same-digits": at(S.PIN_ENTRY, pin_entry=_entry(1, Step.SAME_DIGITS)),
        "juki-first": at(S.PIN_ENTRY, pin_entry=_entry(2)),
        "kenhojo-first": at(S.PIN_ENTRY, pin_entry=_entry(3)),
        "writing": at(S.WRITING_PINS),
        "registration": at(S.REGISTRATION),
        "handing-over-all-already-set": at(S.HANDING_OVER, **full_card),
        "registration-all-already-set": at(S.REGISTRATION, **full_card),
        "registration-pin": at(S.REGISTRATION_PIN, pin_tries=3),
        "registration-pin-wrong": at(S.REGISTRATION_PIN, registration_error="CARD_PIN_WRONG", pin_tries=2),
        "jlis": at(S.JLIS_PINS),
        "done": at(S.DONE),
    }
