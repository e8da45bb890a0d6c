"""A counter desk for the table tests: the real flow and effects, with the effects' work held
(the test plays the services' answers) and a timer fired by hand."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from kiosk.card.kenhojo import Sex
from kiosk.card_face.entry import CollationEntry
from kiosk.counter.applications import Application, ApplicationStatus, make_application_id
from kiosk.counter.effects import CounterEffects
from kiosk.counter.machine import CounterFlow
from kiosk.counter.pin_rules import choose_pins, requirements
from kiosk.counter.records import StaffMember
from kiosk.counter.table import CounterEvent as E

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PASSWORD = "counter-pass-01"
MEMBER = StaffMember("clerk01", "窓口1 山田", "counter")
BIRTH = date(1980, 6, 15)
NEEDED = requirements(BIRTH, NOW.date())  # a signing password and the three 4-digit PINs
FOUR_DIGITS = "5821"  # no warning for BIRTH
SIGN_PASSWORD = "K7P3X9Q2"
CLAIMS = itertools.count(1)
CARD_FACE = CollationEntry("昭和", 55, 6, 15, 2030, "4821")  # BIRTH as printed on the card face
MISREAD_CARD_FACE = CollationEntry("昭和", 55, 6, 15, 2030, "48")  # the security code cut short


def application(face_card: bool = False) -> Application:
    return Application(make_application_id(7), "山田 花子", "東京都千代田区千代田1-1", BIRTH, Sex.FEMALE,
                       ApplicationStatus.CARD_READY, face_card_chosen=face_card)


class HeldExecutor:
    """Keeps the effects' work instead of running it."""

    def __init__(self) -> None:
        self.jobs: list = []

    def submit(self, work) -> None:
        self.jobs.append(work)


@dataclass
class Records:
    """The handover records; only a failure and audit events are ever written (the other work is held)."""

    failed: dict[int, str] = field(default_factory=dict)
    audited: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    def fail(self, claim_id: int, failure_code: str, at: datetime, pins_set=()) -> None:
        assert claim_id not in self.failed, f"claim {claim_id} released twice"
        self.failed[claim_id] = failure_code

    def audit(self, event: str, terminal_id: str, data: dict[str, str]) -> None:
        self.audited.append((event, terminal_id, data))


@dataclass
class Desk:
    flow: CounterFlow
    executor: HeldExecutor
    records: Records
    scheduler: object

    def live_timers(self) -> list:
        return [(delay, callback) for delay, callback, cancelled in self.scheduler.pending if not cancelled[0]]


def build_desk(scheduler) -> Desk:
    """A locked desk; ``scheduler`` runs its idle lock."""
    executor, records = HeldExecutor(), Records()
    effects = CounterEffects(staff=None, store=records, cards=None, slot=None, collation=None, eligibility=None,
                             executor=executor, clock=lambda: NOW)
    return Desk(CounterFlow(effects, clock=lambda: NOW, scheduler=scheduler), executor, records, scheduler)


ALL_KINDS = ["auth", "juki", "kenhojo", "sign"]
SOME_KINDS = ["juki", "sign"]  # a card on which an earlier visit set these
# Events with more than one plausible payload (see :func:`payload`): how many.
VARIANTS = {E.FOUND: 2, E.DOCUMENTS_OK: 2, E.FACE_SCORE: 2, E.PIN_KEYED: 2, E.PIN_SAME_DIGITS: 2, E.PINS_FAILED: 2,
            E.CARD_MATCHED: 3, E.COLLATION_ENTERED: 2, E.PINS_UNCONFIRMED: 2, E.REGISTRATION_PIN_WRONG: 2}
VARIED = frozenset(VARIANTS)


def variants(event: E) -> range:
    """The variants of :func:`payload` for ``event``."""
    return range(VARIANTS.get(event, 1))


def payload(event: E, variant: int = 0) -> dict:
    """A plausible payload for ``event``; ``variant`` (see :func:`variants`) picks another plausible
    one (a face-card application, too few documents, a result without its details, a card with
    some or all PINs already set ...)."""
    return {
        E.LOGIN: {"staff_id": MEMBER.staff_id, "password": PASSWORD},
        E.LOGGED_IN: {"staff": MEMBER},
        E.LOGIN_FAILED: {"code": "COUNTER_LOGIN_FAILED"},
        E.LOOKUP: {"text": make_application_id(7)},
        E.FOUND: {"application": application(face_card=variant)},
        E.NOT_FOUND: {"code": "COUNTER_UNKNOWN_APPLICATION"},
        E.CLAIMED: {"claim_id": next(CLAIMS)},
        E.CLAIM_FAILED: {"code": "COUNTER_ALREADY_IN_PROGRESS"},
        E.DOCUMENTS_OK: {"documents": ["insurance"] if variant else ["driving_license"]},
        E.CARD_MATCHED: {"photo": None, "requirements": NEEDED, "already_set": [[], SOME_KINDS, ALL_KINDS][variant]},
        E.CARD_MISMATCH: {"differences": ("name",)},
        E.CARD_FAILED: {"code": "CARD_REMOVED"},
        E.COLLATION_NEEDED: {"code": "CARD_FACE_UNREADABLE"},
        E.COLLATION_ENTERED: {"entry": MISREAD_CARD_FACE if variant else CARD_FACE},
        E.FACE_SCORE: {"code": "KIOSK_ERROR"} if variant else {"score": 0.82},
        E.PINS_CHOSEN: {"pins": choose_pins(NEEDED, sign=SIGN_PASSWORD, same_four_digits=FOUR_DIGITS)},
        E.PIN_KEYED: {"text": SIGN_PASSWORD if variant else FOUR_DIGITS},
        E.PIN_SAME_DIGITS: {"use": not variant},
        E.PINS_WRITTEN: {"set": ALL_KINDS},
        E.PINS_FAILED: {"code": "KIOSK_ERROR"} if variant else {"set": ["sign"], "missing": ["auth", "juki"],
                                                                 "code": "ISSUANCE_INCOMPLETE"},
        E.PINS_CONFIRMED: {"set": ALL_KINDS},
        E.PINS_UNCONFIRMED: {"code": "COUNTER_CARD_SWAPPED"} if variant else {"code": "COUNTER_PINS_NOT_SET",
                                                                             "missing": ["auth"]},
        E.HANDED_OVER: {"at": NOW, "pin_tries": 3},
        E.REGISTRATION_PIN_WRONG: {"code": "CARD_PIN_FORMAT"} if variant else {"code": "CARD_PIN_WRONG",
                                                                                "tries_left": 2},
        E.HANDOVER_FAILED: {"code": "STORE_UNAVAILABLE"},
        E.REGISTERED: {"receipt": None},
        E.REGISTER_FAILED: {"code": "ELIGIBILITY_UNAVAILABLE"},
        E.FINISH_FAILED: {"code": "STORE_UNAVAILABLE"},
    }.get(event, {})
