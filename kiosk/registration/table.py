"""The registration support desk as a state machine: states, events and the transition table.

::

    WAITING ─card-inserted─► READING_CARD ─card-read─┬─ certificate expired / no way to prove ─► FAILED
       ▲                                              ├─ PIN and face ─► CHOOSE_METHOD ─choose-pin / choose-face─┐
       │                                              ├─ PIN only ─► PIN_ENTRY ◄──────────────────────────────────┤
       │                                              └─ face only ─► FACE_CAPTURE ◄─────────────────────────────┘
       │        PIN_ENTRY ─pin-keyed─► VERIFYING ─pin-ok─────────────┐   FACE_CAPTURE ─face-matched─┐
       │           ▲                     │                            │      │ face-failed: PIN, or FAILED
       │           └──── pin-wrong ──────┘ pin-blocked: face, or FAILED▼      ▼                         │
       │                                            CHECKING (is the card registered already?) ◄──────┘
       │                                    already ─► DONE        │ not yet
       │                                                           ▼
       │                                         TERMS (explained in plain words) ─decline─► DONE
       │                                                           │ agree
       │                                                           ▼
       │                                          REGISTERING (初回登録) ─register-failed─► FAILED
       │                                                           │ registered
       │                                                           ▼
       │                                    CONSENTS (what clinics will ask, explained) ─understood─► DONE
       └──────────────────────────── next (staff, once the slip is printed) ◄── DONE / FAILED

    card-removed: from a step that needs the card ─► FAILED; in CONSENTS (registered) ─► DONE; in
    REGISTERING the registration goes on (the certificate was read). cancel (staff) from any step
    before REGISTERING ─► FAILED. call-staff (係員を呼ぶ, on the resident's screen) in every state:
    staff are told, the step stays.
"""

from __future__ import annotations

from enum import Enum


class RegistrationState(Enum):
    WAITING = "waiting"
    READING_CARD = "reading-card"
    CHOOSE_METHOD = "choose-method"
    PIN_ENTRY = "pin-entry"
    VERIFYING = "verifying"
    FACE_CAPTURE = "face-capture"
    CHECKING = "checking"
    TERMS = "terms"
    REGISTERING = "registering"
    CONSENTS = "consents"
    DONE = "done"
    FAILED = "failed"


class RegistrationEvent(Enum):
    CARD_INSERTED = "card-inserted"
    CARD_READ = "card-read"
    CARD_FAILED = "card-failed"
    CARD_REMOVED = "card-removed"
    CHOOSE_PIN = "choose-pin"
    CHOOSE_FACE = "choose-face"
    PIN_KEYED = "pin-keyed"
    PIN_OK = "pin-ok"
    PIN_WRONG = "pin-wrong"
    PIN_BLOCKED = "pin-blocked"
    FACE_REPORT = "face-report"
    FACE_MATCHED = "face-matched"
    FACE_FAILED = "face-failed"
    CHECKED = "checked"
    CHECK_FAILED = "check-failed"
    AGREE = "agree"
    DECLINE = "decline"
    REGISTERED = "registered"
    REGISTER_FAILED = "register-failed"
    UNDERSTOOD = "understood"
    CANCEL = "cancel"
    NEXT = "next"
    CALL_STAFF = "call-staff"  # the resident's 「係員を呼ぶ」


S = RegistrationState
E = RegistrationEvent
Candidates = tuple[tuple[str | None, S], ...]

TRANSITIONS: dict[tuple[S, E], Candidates] = {
    (S.WAITING, E.CARD_INSERTED): ((None, S.READING_CARD),),
    (S.READING_CARD, E.CARD_READ): (("cert_expired", S.FAILED), ("no_way", S.FAILED),
                                    ("both_ways", S.CHOOSE_METHOD), ("pin_usable", S.PIN_ENTRY),
                                    (None, S.FACE_CAPTURE)),
    (S.READING_CARD, E.CARD_FAILED): ((None, S.FAILED),),
    (S.CHOOSE_METHOD, E.CHOOSE_PIN): ((None, S.PIN_ENTRY),),
    (S.CHOOSE_METHOD, E.CHOOSE_FACE): ((None, S.FACE_CAPTURE),),
    (S.PIN_ENTRY, E.PIN_KEYED): ((None, S.VERIFYING),),  # the PIN goes to the one VERIFY, never kept
    (S.VERIFYING, E.PIN_OK): ((None, S.CHECKING),),
    (S.VERIFYING, E.PIN_WRONG): ((None, S.PIN_ENTRY),),
    (S.VERIFYING, E.PIN_BLOCKED): (("face_available", S.FACE_CAPTURE), (None, S.FAILED)),
    (S.VERIFYING, E.CARD_FAILED): ((None, S.FAILED),),
    (S.FACE_CAPTURE, E.FACE_REPORT): ((None, S.FACE_CAPTURE),),
    (S.FACE_CAPTURE, E.FACE_MATCHED): ((None, S.CHECKING),),
    (S.FACE_CAPTURE, E.FACE_FAILED): (("pin_usable", S.PIN_ENTRY), (None, S.FAILED)),
    (S.CHECKING, E.CHECKED): (("registered_already", S.DONE), (None, S.TERMS)),
    (S.CHECKING, E.CHECK_FAILED): ((None, S.FAILED),),
    (S.TERMS, E.AGREE): ((None, S.REGISTERING),),
    (S.TERMS, E.DECLINE): ((None, S.DONE),),
    (S.REGISTERING, E.REGISTERED): ((None, S.CONSENTS),),
    (S.REGISTERING, E.REGISTER_FAILED): ((None, S.FAILED),),
    (S.REGISTERING, E.CARD_REMOVED): ((None, S.REGISTERING),),  # the service is asked without the card
    (S.CONSENTS, E.UNDERSTOOD): ((None, S.DONE),),
    (S.CONSENTS, E.CARD_REMOVED): ((None, S.DONE),),  # registered: the resident took the card
    (S.DONE, E.NEXT): ((None, S.WAITING),),
    (S.DONE, E.CARD_REMOVED): ((None, S.DONE),),
    (S.FAILED, E.NEXT): ((None, S.WAITING),),
    (S.FAILED, E.CARD_REMOVED): ((None, S.FAILED),),
}

# The steps a resident may leave (card pulled out) or staff may stop: the visit ends FAILED.
INTERRUPTIBLE = frozenset({S.READING_CARD, S.CHOOSE_METHOD, S.PIN_ENTRY, S.VERIFYING, S.FACE_CAPTURE, S.CHECKING,
                           S.TERMS})
# The resident may call staff on every screen (the desk has no lock): the call changes no step.
CALLABLE = frozenset(S)


def candidates(state: S, event: E) -> Candidates | None:
    """The table's candidates for ``event`` in ``state`` (card removal and staff cancel from every
    interruptible step, the resident's call from every callable one included); None when the event
    is invalid there."""
    found = TRANSITIONS.get((state, event))
    if found is None and event in (E.CARD_REMOVED, E.CANCEL) and state in INTERRUPTIBLE:
        return ((None, S.FAILED),)
    if found is None and event is E.CALL_STAFF and state in CALLABLE:
        return ((None, state),)
    return found
