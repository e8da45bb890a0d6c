"""The reception flow's transition table, as data (nextline ``CONFIG`` style).

::

    IDLE ──card-inserted──► READING_CARD ──card-read──► CHOOSE_METHOD ──choose-face──► FACE_CAPTURE
                               │ (cert expired / bad card)     │ choose-pin              │ ↺ face-retry
                               ▼                               ▼                         │ face-exhausted
                             ERROR                         PIN_ENTRY ◄──pin-wrong──┐     ▼
                                                               │ pin-entered       │  FACE_FAILED ─► PIN / staff
                                                               ▼                   │
                                                         PIN_VERIFYING ────────────┘──pin-now-blocked──► PIN_BLOCKED
                                                               │ pin-ok                                   │ face / staff
    staff-open (staff PIN, from the method, PIN and face screens) ──► STAFF_CHECK ──staff-confirm──┐
                                                               ▼                                  ▼
                                                            CHECKING ◄────────────────────────────┘
                                                               │ checked
                     (not registered) REGISTRATION ◄───────────┤
                          │ agree → REGISTERING ─registered──► CONSENT (↺ per item; 包括同意 ends it)
                          │ decline → DONE                      │
                                                               ▼
                                                  PRESCRIPTION (if enabled) ─► FINISHING ─finished─► DONE
    any state but IDLE: card-removed → IDLE (FINISHING completes first), reader-lost → ERROR,
    timeout → ERROR (DONE/ERROR: timeout raises the card-left-behind alarm, then IDLE).

Each entry maps (state, event) to candidates ``(guard, target)``; the first whose guard holds
wins (None = always). Guards are named here and implemented by ``kiosk.reception.machine``.
An event with no entry for the current state is invalid: the machine raises and stays put.
"""

from __future__ import annotations

from kiosk.reception.events import Event as E
from kiosk.reception.states import FlowState as S

Candidates = tuple[tuple[str | None, S], ...]

TRANSITIONS: dict[tuple[S, E], Candidates] = {
    (S.IDLE, E.CARD_INSERTED): ((None, S.READING_CARD),),
    (S.READING_CARD, E.CARD_READ): (("cert_expired", S.ERROR), (None, S.CHOOSE_METHOD)),
    (S.READING_CARD, E.CARD_FAILED): ((None, S.ERROR),),

    (S.CHOOSE_METHOD, E.CHOOSE_FACE): (("face_available", S.FACE_CAPTURE),),
    (S.CHOOSE_METHOD, E.CHOOSE_PIN): (("pin_blocked", S.PIN_BLOCKED), ("pin_usable", S.PIN_ENTRY)),
    (S.CHOOSE_METHOD, E.STAFF_OPEN): (("staff_pin_ok", S.STAFF_CHECK), (None, S.CHOOSE_METHOD)),

    (S.FACE_CAPTURE, E.FACE_REPORT): ((None, S.FACE_CAPTURE),),
    (S.FACE_CAPTURE, E.FACE_MATCHED): ((None, S.CHECKING),),
    (S.FACE_CAPTURE, E.FACE_RETRY): ((None, S.FACE_CAPTURE),),
    (S.FACE_CAPTURE, E.FACE_EXHAUSTED): ((None, S.FACE_FAILED),),
    (S.FACE_CAPTURE, E.CAMERA_LOST): ((None, S.FACE_FAILED),),
    (S.FACE_CAPTURE, E.BACK): ((None, S.CHOOSE_METHOD),),
    (S.FACE_CAPTURE, E.STAFF_OPEN): (("staff_pin_ok", S.STAFF_CHECK), (None, S.FACE_CAPTURE)),

    (S.FACE_FAILED, E.CHOOSE_PIN): (("pin_blocked", S.PIN_BLOCKED), ("pin_usable", S.PIN_ENTRY)),
    (S.FACE_FAILED, E.STAFF_OPEN): (("staff_pin_ok", S.STAFF_CHECK), (None, S.FACE_FAILED)),

    (S.PIN_ENTRY, E.PIN_ENTERED): ((None, S.PIN_VERIFYING),),
    (S.PIN_ENTRY, E.BACK): ((None, S.CHOOSE_METHOD),),
    (S.PIN_ENTRY, E.STAFF_OPEN): (("staff_pin_ok", S.STAFF_CHECK), (None, S.PIN_ENTRY)),
    (S.PIN_VERIFYING, E.PIN_OK): ((None, S.CHECKING),),
    (S.PIN_VERIFYING, E.PIN_WRONG): ((None, S.PIN_ENTRY),),
    (S.PIN_VERIFYING, E.PIN_NOW_BLOCKED): ((None, S.PIN_BLOCKED),),
    (S.PIN_VERIFYING, E.CARD_FAILED): ((None, S.ERROR),),

    (S.PIN_BLOCKED, E.CHOOSE_FACE): (("face_available", S.FACE_CAPTURE),),
    (S.PIN_BLOCKED, E.STAFF_OPEN): (("staff_pin_ok", S.STAFF_CHECK), (None, S.PIN_BLOCKED)),
    (S.PIN_BLOCKED, E.BACK): ((None, S.CHOOSE_METHOD),),

    (S.STAFF_CHECK, E.STAFF_CONFIRM): ((None, S.CHECKING),),
    (S.STAFF_CHECK, E.STAFF_REJECT): ((None, S.ERROR),),
    (S.STAFF_CHECK, E.BACK): ((None, S.CHOOSE_METHOD),),

    (S.CHECKING, E.CHECKED): (("needs_registration", S.REGISTRATION), ("more_consents", S.CONSENT),
                              ("asks_prescription", S.PRESCRIPTION), (None, S.FINISHING)),
    (S.CHECKING, E.CHECK_FAILED): ((None, S.ERROR),),
    (S.REGISTRATION, E.AGREE_REGISTRATION): ((None, S.REGISTERING),),
    (S.REGISTRATION, E.DECLINE_REGISTRATION): ((None, S.DONE),),
    (S.REGISTERING, E.REGISTERED): (("more_consents", S.CONSENT), ("asks_prescription", S.PRESCRIPTION),
                                    (None, S.FINISHING)),
    (S.REGISTERING, E.REGISTER_FAILED): ((None, S.ERROR),),

    (S.CONSENT, E.CONSENT_ANSWER): (("more_consents", S.CONSENT), ("asks_prescription", S.PRESCRIPTION),
                                    (None, S.FINISHING)),
    (S.CONSENT, E.CONSENT_ALL): (("asks_prescription", S.PRESCRIPTION), (None, S.FINISHING)),
    (S.PRESCRIPTION, E.PRESCRIPTION_CHOSEN): ((None, S.FINISHING),),

    (S.FINISHING, E.FINISHED): (("card_gone", S.IDLE), (None, S.DONE)),
    (S.FINISHING, E.FINISH_FAILED): ((None, S.ERROR),),
    (S.FINISHING, E.CARD_REMOVED): ((None, S.FINISHING),),  # the visit is verified: finish it

    (S.DONE, E.CARD_REMOVED): ((None, S.IDLE),),
    (S.DONE, E.TIMEOUT): (("alarm_done", S.IDLE), (None, S.DONE)),  # first timeout: alarm
    (S.ERROR, E.CARD_REMOVED): ((None, S.IDLE),),
    (S.ERROR, E.TIMEOUT): (("alarm_done", S.IDLE), (None, S.ERROR)),
}

# Events valid in every state not listed in the table for that event (except IDLE).
ANYWHERE: dict[E, S] = {
    E.CARD_REMOVED: S.IDLE,
    E.READER_LOST: S.ERROR,
    E.TIMEOUT: S.ERROR,
}

# States where the resident waits for the card, the service or the store: each has a deadline
# (ReceptionConfig.wait_seconds) that ends in ERROR with the next step for what did not answer.
WAITING: dict[S, str] = {
    S.READING_CARD: "CARD_ERROR",
    S.PIN_VERIFYING: "CARD_ERROR",
    S.CHECKING: "ELIGIBILITY_UNAVAILABLE",
    S.REGISTERING: "ELIGIBILITY_UNAVAILABLE",
    S.FINISHING: "STORE_UNAVAILABLE",
}

# States with an on-screen question: the inactivity timer runs there.
INTERACTIVE = frozenset({S.CHOOSE_METHOD, S.FACE_CAPTURE, S.FACE_FAILED, S.PIN_ENTRY, S.PIN_BLOCKED,
                         S.STAFF_CHECK, S.REGISTRATION, S.CONSENT, S.PRESCRIPTION, S.DONE, S.ERROR})


def candidates(state: S, event: E) -> Candidates | None:
    """The table's candidates for ``event`` in ``state``; None when the event is invalid there."""
    found = TRANSITIONS.get((state, event))
    if found is not None:
        return found
    if event is E.WARN and state in INTERACTIVE:
        return ((None, state),)
    if state is not S.IDLE and event in ANYWHERE:
        return ((None, ANYWHERE[event]),)
    return None
