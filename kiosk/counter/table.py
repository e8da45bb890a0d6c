"""The counter visit as a state machine: states, events and the transition table, as data.

::

    LOCKED ─login─► QUEUE ─lookup (QR / 申請書ID)─► APPLICATION ─start (claim in the shared DB)─► DOCUMENTS
      ▲  logout / idle lock          │ not found: stays, says why      │ taken by another desk: says which
      │                                                                 ▼ documents-ok (A, or B×2)
      │          CARD_FACE_ENTRY ◄─collation-needed── CARD_CHECK ◄─card-inserted── CARD_WAIT
      │            └──collation-entered (照合番号B typed)──►┘ │ mismatch → FAILED
      │                                                       ▼ card-matched (PIN state read)
      │                                                  FACE_CHECK (score shown)
      │                ┌─────────────── staff-confirm ────────┼──────────────────────────────────┐
      │   (simulator)  ▼                        (real card)   ▼                (the card came   │
      │  PIN_CHOICE ─choose-pins─► PIN_ENTRY        JLIS_PINS (統合端末) ◄──┐   with every PIN)  │
      │     │ choose-face-card        │ pins-chosen     │ jlis-done         │ pins-unconfirmed   │
      │     │                         ▼                 ▼                   │                    │
      │     │          WRITING_PINS ⇄ PIN_WRITE_FAILED  CONFIRMING_PINS ────┘                    │
      │     │                │ pins-written             │ pins-confirmed                         │
      │     └────────────────┴────────────► HANDING_OVER ◄─────────────────────────────────────┘
      │                                          │ handed-over
      │                                          ▼
      │        REGISTRATION ─agree─► REGISTRATION_PIN ─pin-keyed─► REGISTERING ─registered / failed─┐
      │          │ (face card: agree ─► REGISTERING)   ▲ wrong PIN ────┘                             │
      │          └─ decline ─► FINISHING ◄──────────────────────────────────────────────────────────┘
    QUEUE ◄─next── DONE ◄─finished── FINISHING
    cancel (staff) from any step before the handover ─► FAILED (claim released) ─next─► QUEUE
    call-staff (係員を呼ぶ, on the resident's screen) in every state but LOCKED: staff are told, the step stays

PINs already on the card when it is placed are never asked for again (a key with a PIN takes no
other): PIN_ENTRY asks for the missing kinds only, and what is reported as set is only what this
visit wrote.

A real card (``CounterFlow(pins_on_jlis=True)``) gets its first PINs on J-LIS's 統合端末, not here:
JLIS_PINS is the staff's step there, and CONFIRMING_PINS reads the card's PIN state back (data-less
VERIFYs) and lets the handover go on only when every PIN the resident needs is set. The simulator
keeps the in-desk PIN setting (PIN_CHOICE … WRITING_PINS) for training.

After the handover the 保険証利用の申込 (seed 003) needs the 4-digit 利用者証明用 PIN the resident has
just set: REGISTRATION_PIN asks for it on the resident's screen, REGISTERING verifies it once on
the card and then registers. A 顔認証マイナンバーカード has no PIN: the staff's face check stands.
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
    CARD_FACE_ENTRY = "card-face-entry"  # staff type 照合番号B off the card face
    FACE_CHECK = "face-check"
    PIN_CHOICE = "pin-choice"
    PIN_ENTRY = "pin-entry"
    WRITING_PINS = "writing-pins"
    PIN_WRITE_FAILED = "pin-write-failed"
    JLIS_PINS = "jlis-pins"  # staff set the first PINs on J-LIS's 統合端末 (a real card)
    CONFIRMING_PINS = "confirming-pins"  # the card's PIN state read back
    HANDING_OVER = "handing-over"
    REGISTRATION = "registration"
    REGISTRATION_PIN = "registration-pin"  # the resident types the 利用者証明用 PIN for the 利用申込
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
    COLLATION_NEEDED = "collation-needed"  # no 照合番号B from the card-face camera, or the card refused it
    COLLATION_ENTERED = "collation-entered"  # staff typed the card-face fields
    FACE_SCORE = "face-score"
    STAFF_CONFIRM = "staff-confirm"
    STAFF_REFUSE = "staff-refuse"
    CHOOSE_PINS = "choose-pins"
    CHOOSE_FACE_CARD = "choose-face-card"
    PINS_CHOSEN = "pins-chosen"
    PIN_KEYED = "pin-keyed"  # one entry on the resident's keypad
    PIN_KEEP = "pin-keep"  # keep a warned PIN
    PIN_CHANGE = "pin-change"  # choose another instead (after a warning or a refused entry)
    PIN_SAME_DIGITS = "pin-same-digits"  # use the first 4 digits for all three (or not)
    PINS_WRITTEN = "pins-written"
    PINS_FAILED = "pins-failed"
    RETRY = "retry"
    JLIS_DONE = "jlis-done"  # staff: 「設定しました」 on the 統合端末
    PINS_CONFIRMED = "pins-confirmed"
    PINS_UNCONFIRMED = "pins-unconfirmed"
    HANDED_OVER = "handed-over"
    HANDOVER_FAILED = "handover-failed"
    AGREE_REGISTRATION = "agree-registration"
    DECLINE_REGISTRATION = "decline-registration"
    REGISTRATION_PIN_WRONG = "registration-pin-wrong"
    REGISTERED = "registered"
    REGISTER_FAILED = "register-failed"
    FINISHED = "finished"
    FINISH_FAILED = "finish-failed"
    CANCEL = "cancel"
    NEXT = "next"
    CALL_STAFF = "call-staff"  # the resident's 「係員を呼ぶ」


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
    (S.CARD_CHECK, E.COLLATION_NEEDED): ((None, S.CARD_FACE_ENTRY),),
    (S.CARD_FACE_ENTRY, E.COLLATION_ENTERED): (("collation_valid", S.CARD_CHECK), (None, S.CARD_FACE_ENTRY)),
    (S.FACE_CHECK, E.FACE_SCORE): ((None, S.FACE_CHECK),),
    # A card that came with every PIN it needs: nothing for the resident to choose or type.
    (S.FACE_CHECK, E.STAFF_CONFIRM): (("pins_all_already_set", S.HANDING_OVER), ("pins_on_jlis", S.JLIS_PINS),
                                      (None, S.PIN_CHOICE)),
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
    (S.JLIS_PINS, E.JLIS_DONE): ((None, S.CONFIRMING_PINS),),
    (S.CONFIRMING_PINS, E.PINS_CONFIRMED): ((None, S.HANDING_OVER),),
    (S.CONFIRMING_PINS, E.PINS_UNCONFIRMED): ((None, S.JLIS_PINS),),  # staff see which PINs are missing
    (S.HANDING_OVER, E.HANDED_OVER): ((None, S.REGISTRATION),),
    (S.HANDING_OVER, E.HANDOVER_FAILED): ((None, S.FAILED),),
    (S.REGISTRATION, E.AGREE_REGISTRATION): (("face_card_application", S.REGISTERING), (None, S.REGISTRATION_PIN)),
    (S.REGISTRATION, E.DECLINE_REGISTRATION): ((None, S.FINISHING),),
    (S.REGISTRATION_PIN, E.PIN_KEYED): ((None, S.REGISTERING),),  # the PIN goes to the one VERIFY
    (S.REGISTRATION_PIN, E.DECLINE_REGISTRATION): ((None, S.FINISHING),),  # forgotten already: not today
    (S.REGISTERING, E.REGISTRATION_PIN_WRONG): ((None, S.REGISTRATION_PIN),),
    (S.REGISTERING, E.REGISTERED): ((None, S.FINISHING),),
    (S.REGISTERING, E.REGISTER_FAILED): ((None, S.FINISHING),),  # the card is handed over anyway
    (S.FINISHING, E.FINISHED): ((None, S.DONE),),
    (S.FINISHING, E.FINISH_FAILED): ((None, S.DONE),),  # handed over; the store error is shown
    (S.DONE, E.NEXT): ((None, S.QUEUE),),
    (S.FAILED, E.NEXT): ((None, S.QUEUE),),
}

# Staff may abandon a handover from any of its steps before the card is handed over.
CANCELLABLE = frozenset({S.DOCUMENTS, S.CARD_WAIT, S.CARD_CHECK, S.CARD_FACE_ENTRY, S.FACE_CHECK, S.PIN_CHOICE,
                         S.PIN_ENTRY, S.PIN_WRITE_FAILED, S.JLIS_PINS})
# The resident may call staff wherever the desk is open: the call changes no step.
CALLABLE = frozenset(S) - {S.LOCKED}


def candidates(state: S, event: E) -> Candidates | None:
    """The table's candidates for ``event`` in ``state`` (cancel from every handover step and the
    resident's call from every open state included); None when the event is invalid there."""
    found = TRANSITIONS.get((state, event))
    if found is None and event is E.CANCEL and state in CANCELLABLE:
        return ((None, S.FAILED),)
    if found is None and event is E.CALL_STAFF and state in CALLABLE:
        return ((None, state),)
    return found
