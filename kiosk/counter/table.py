"""The counter visit as a state machine: states, events and the transition table, as data.

::

    LOCKED ─login─► QUEUE ─lookup (QR / 申請書ID)─► APPLICATION ─start (claim in the shared DB)─► DOCUMENTS
      ▲  logout / idle lock          │ not found: stays, says why      │ taken by another desk: says which
      │                                                                 ▼ documents-ok (A, or B×2)
    QUEUE ◄─next── DONE ◄─finished── FINISHING ◄─┐               CARD_WAIT ─card-inserted─► CARD_CHECK
                                                 │                                   │ mismatch → FAILED
      REGISTRATION ─agree/decline─► REGISTERING ─┘                          card-matched ▼ (PIN state read)
            ▲                                                              FACE_CHECK (score shown)
      HANDING_OVER ◄─pins-written── WRITING_PINS ◄─pins-chosen── PIN_ENTRY ◄─choose-pins─┐ staff-confirm
            ▲  ▲                        │ card pulled                                     │
            │  └───────── choose-face-card ─────── PIN_CHOICE (resident screen) ◄─────────┤
            │                           ▼                                                 │
            │                    PIN_WRITE_FAILED ─retry (card back)─► WRITING_PINS ; abort ─► FAILED
            └──────────── staff-confirm, the card came with every PIN set (nothing to choose) ┘
    cancel (staff) from any step of a handover ─► FAILED (claim released) ─next─► QUEUE

PINs already on the card when it is placed are never asked for again (a key with a PIN takes no
other): PIN_ENTRY asks for the missing kinds only, and what is reported as set is only what this
visit wrote.
"""

from __future__ import annotations

from enum import Enum


class CounterState(Enum):
    LOCKED = "locked"
    QUEUE = "queue"
    APPLICATION = "application"
    DOCUMENTS = "documents"
    CARD_WAIT = "card-wait"
    CARD_CHECK = "card-check"
    FACE_CHECK = "face-check"
    PIN_CHOICE = "pin-choice"
    PIN_ENTRY = "pin-entry"
    WRITING_PINS = "writing-pins"
    PIN_WRITE_FAILED = "pin-write-failed"
    HANDING_OVER = "handing-over"
    REGISTRATION = "registration"
    REGISTERING = "registering"
    FINISHING = "finishing"
    DONE = "done"
    FAILED = "failed"


class CounterEvent(Enum):
    LOGIN = "login"
    LOGIN_FAILED = "login-failed"
    LOGGED_IN = "logged-in"
    LOGOUT = "logout"
    IDLE_LOCK = "idle-lock"
    LOOKUP = "lookup"  # text from the QR scanner or typed
    FOUND = "found"
    NOT_FOUND = "not-found"
    START = "start"
    CLAIMED = "claimed"
    CLAIM_FAILED = "claim-failed"
    DOCUMENTS_OK = "documents-ok"
    CARD_INSERTED = "card-inserted"
    CARD_MATCHED = "card-matched"
    CARD_MISMATCH = "card-mismatch"
    CARD_FAILED = "card-failed"
    FACE_SCORE = "face-score"
    STAFF_CONFIRM = "staff-confirm"
    STAFF_REFUSE = "staff-refuse"
    CHOOSE_PINS = "choose-pins"
    CHOOSE_FACE_CARD = "choose-face-card"
    PINS_CHOSEN = "pins-chosen"
    PIN_KEYED = "pin-keyed"  # one entry on the resident's keypad
    PIN_KEEP = "pin-keep"  # keep a warned PIN
    PIN_CHANGE = "pin-change"  # choose another instead
    PIN_SAME_DIGITS = "pin-same-digits"  # use the first 4 digits for all three (or not)
    PINS_WRITTEN = "pins-written"
    PINS_FAILED = "pins-failed"
    RETRY = "retry"
    HANDED_OVER = "handed-over"
    HANDOVER_FAILED = "handover-failed"
    AGREE_REGISTRATION = "agree-registration"
    DECLINE_REGISTRATION = "decline-registration"
    REGISTERED = "registered"
    REGISTER_FAILED = "register-failed"
    FINISHED = "finished"
    FINISH_FAILED = "finish-failed"
    CANCEL = "cancel"
    NEXT = "next"


S = CounterState
E = CounterEvent
Candidates = tuple[tuple[str | None, S], ...]

TRANSITIONS: dict[tuple[S, E], Candidates] = {
    (S.LOCKED, E.LOGIN): ((None, S.LOCKED),),  # the effect answers logged-in / login-failed
    (S.LOCKED, E.LOGGED_IN): ((None, S.QUEUE),),
    (S.LOCKED, E.LOGIN_FAILED): ((None, S.LOCKED),),
    (S.QUEUE, E.LOOKUP): ((None, S.QUEUE),),
    (S.QUEUE, E.FOUND): ((None, S.APPLICATION),),
    (S.QUEUE, E.NOT_FOUND): ((None, S.QUEUE),),
    (S.QUEUE, E.LOGOUT): ((None, S.LOCKED),),
    (S.QUEUE, E.IDLE_LOCK): ((None, S.LOCKED),),
    (S.APPLICATION, E.START): ((None, S.APPLICATION),),  # the effect claims it
    (S.APPLICATION, E.CLAIMED): ((None, S.DOCUMENTS),),
    (S.APPLICATION, E.CLAIM_FAILED): ((None, S.APPLICATION),),
    (S.APPLICATION, E.NEXT): ((None, S.QUEUE),),
    (S.APPLICATION, E.IDLE_LOCK): ((None, S.LOCKED),),
    (S.DOCUMENTS, E.DOCUMENTS_OK): (("documents_sufficient", S.CARD_WAIT),),
    (S.CARD_WAIT, E.CARD_INSERTED): ((None, S.CARD_CHECK),),
    (S.CARD_CHECK, E.CARD_MATCHED): ((None, S.FACE_CHECK),),
    (S.CARD_CHECK, E.CARD_MISMATCH): ((None, S.FAILED),),
    (S.CARD_CHECK, E.CARD_FAILED): ((None, S.CARD_WAIT),),  # pulled out while reading: put it back
    (S.FACE_CHECK, E.FACE_SCORE): ((None, S.FACE_CHECK),),
    # A card that came with every PIN it needs: nothing for the resident to choose or type.
    (S.FACE_CHECK, E.STAFF_CONFIRM): (("pins_all_already_set", S.HANDING_OVER), (None, S.PIN_CHOICE)),
    (S.FACE_CHECK, E.STAFF_REFUSE): ((None, S.FAILED),),
    (S.PIN_CHOICE, E.CHOOSE_PINS): (("face_card_application", S.PIN_CHOICE), (None, S.PIN_ENTRY)),
    # A card with a PIN already set cannot become a 顔認証マイナンバーカード: the choice is refused.
    (S.PIN_CHOICE, E.CHOOSE_FACE_CARD): (("card_has_pins", S.PIN_CHOICE), (None, S.HANDING_OVER)),
    (S.PIN_ENTRY, E.PINS_CHOSEN): ((None, S.WRITING_PINS),),
    (S.PIN_ENTRY, E.PIN_KEYED): (("pins_complete", S.WRITING_PINS), (None, S.PIN_ENTRY)),
    (S.PIN_ENTRY, E.PIN_KEEP): (("pins_complete", S.WRITING_PINS), (None, S.PIN_ENTRY)),
    (S.PIN_ENTRY, E.PIN_CHANGE): ((None, S.PIN_ENTRY),),
    (S.PIN_ENTRY, E.PIN_SAME_DIGITS): (("pins_complete", S.WRITING_PINS), (None, S.PIN_ENTRY)),
    (S.PIN_ENTRY, E.CARD_FAILED): ((None, S.PIN_ENTRY),),
    (S.WRITING_PINS, E.PINS_WRITTEN): ((None, S.HANDING_OVER),),
    (S.WRITING_PINS, E.PINS_FAILED): ((None, S.PIN_WRITE_FAILED),),
    (S.PIN_WRITE_FAILED, E.RETRY): ((None, S.WRITING_PINS),),
    (S.HANDING_OVER, E.HANDED_OVER): ((None, S.REGISTRATION),),
    (S.HANDING_OVER, E.HANDOVER_FAILED): ((None, S.FAILED),),
    (S.REGISTRATION, E.AGREE_REGISTRATION): ((None, S.REGISTERING),),
    (S.REGISTRATION, E.DECLINE_REGISTRATION): ((None, S.FINISHING),),
    (S.REGISTERING, E.REGISTERED): ((None, S.FINISHING),),
    (S.REGISTERING, E.REGISTER_FAILED): ((None, S.FINISHING),),  # the card is handed over anyway
    (S.FINISHING, E.FINISHED): ((None, S.DONE),),
    (S.FINISHING, E.FINISH_FAILED): ((None, S.DONE),),  # handed over; the store error is shown
    (S.DONE, E.NEXT): ((None, S.QUEUE),),
    (S.FAILED, E.NEXT): ((None, S.QUEUE),),
}

# Staff may abandon a handover from any of its steps before the card is handed over.
CANCELLABLE = frozenset({S.DOCUMENTS, S.CARD_WAIT, S.CARD_CHECK, S.FACE_CHECK, S.PIN_CHOICE, S.PIN_ENTRY,
                         S.PIN_WRITE_FAILED})


def candidates(state: S, event: E) -> Candidates | None:
    """The table's candidates for ``event`` in ``state`` (cancel from every handover step
    included); None when the event is invalid there."""
    found = TRANSITIONS.get((state, event))
    if found is None and event is E.CANCEL and state in CANCELLABLE:
        return ((None, S.FAILED),)
    return found
