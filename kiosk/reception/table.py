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
      STAFF_CHECK ──staff-collation (照合番号B typed)──► READING_PHOTO ──photo-read──► FACE_CAPTURE │
                                      (refused by the card: back to STAFF_CHECK) │
                                                               ▼                                  ▼
                                                            CHECKING ◄────────────────────────────┘
                                                               │ checked
                     (not registered) REGISTRATION ◄───────────┤
                          │ agree → REGISTERING ─registered──► CONSENT_BUNDLE (包括同意: all in one
                          │ decline → DONE                      │   tap, where offered) ─each─► CONSENT
                                                               ▼   (↺ one item per screen, CONSENT_ORDER)
                                                  PRESCRIPTION (if enabled)
                                                               ▼
                      LIMIT: 受付完了, 限度額 offered with the card still on the reader (if enabled);
                             an answer, the card taken away or no answer → FINISHING ─finished─► DONE
    before the result (CANCELLABLE): cancel (やめる) → CANCELLED, card-removed → IDLE.
    any state: call-staff (係員を呼ぶ) raises the staff alert and stays.
    any state but IDLE: card-removed → IDLE (FINISHING completes first), reader-lost → ERROR,
    timeout → ERROR (DONE/ERROR/CANCELLED: timeout raises the card-left-behind alarm, then IDLE).

Each entry maps (state, event) to candidates ``(guard, target)``; the first whose guard holds
wins (None = always). Guards are named here and implemented by ``kiosk.reception.machine``.
An event with no entry for the current state is invalid: the machine raises and stays put.
"""

from __future__ import annotations

from kiosk.reception.events import Event as E
from kiosk.reception.model import ConsentItem
from kiosk.reception.states import FlowState as S

Candidates = tuple[tuple[str | None, S], ...]

# The consent screens in the order of the card readers' leaflets (seed 001, 001_69c93d0b579b5e28.txt:
# the 2021 leaflet's 「①過去の診療/薬剤情報 … ②特定健診情報 … 4 受付完了」, the 2024 leaflet's
# 「過去の手術以外の診療・お薬情報」 then 「(40歳以上対象) 過去の健康情報」): past care and medicines
# first (手術 on its own screen after it, where the clinic enables it), then 特定健診 ...
CONSENT_ORDER: tuple[ConsentItem, ...] = (ConsentItem.MEDICATION, ConsentItem.SURGERY, ConsentItem.CHECKUP)
# ... then 受付完了, and only then 限度額: 「カードを取らずに限度額情報を「提供する」を押してください」.
AT_DONE: tuple[ConsentItem, ...] = (ConsentItem.LIMIT,)

# The screens before the result, where the resident may stop (やめる): nothing is recorded as done.
# Not the staff check (staff decide there) nor the waits (the card or the service is working).
CANCELLABLE = (S.CHOOSE_METHOD, S.FACE_CAPTURE, S.FACE_FAILED, S.PIN_ENTRY, S.PIN_BLOCKED, S.REGISTRATION,
               S.CONSENT_BUNDLE, S.CONSENT, S.PRESCRIPTION)
# Where the visit is over and the card should come off the reader: the card-left-behind alarm.
CARD_LEFT = (S.DONE, S.ERROR, S.CANCELLED)

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
    (S.STAFF_CHECK, E.STAFF_COLLATION): (("collation_entered", S.READING_PHOTO), (None, S.STAFF_CHECK)),
    (S.READING_PHOTO, E.PHOTO_READ): (("face_available", S.FACE_CAPTURE), (None, S.STAFF_CHECK)),
    (S.READING_PHOTO, E.PHOTO_FAILED): ((None, S.STAFF_CHECK),),
    (S.READING_PHOTO, E.CARD_FAILED): ((None, S.ERROR),),

    (S.CHECKING, E.CHECKED): (("needs_registration", S.REGISTRATION), ("offers_bundle", S.CONSENT_BUNDLE),
                              ("more_consents", S.CONSENT), ("asks_prescription", S.PRESCRIPTION),
                              ("asks_limit", S.LIMIT), (None, S.FINISHING)),
    (S.CHECKING, E.CHECK_FAILED): ((None, S.ERROR),),
    (S.REGISTRATION, E.AGREE_REGISTRATION): ((None, S.REGISTERING),),
    (S.REGISTRATION, E.DECLINE_REGISTRATION): ((None, S.DONE),),
    (S.REGISTERING, E.REGISTERED): (("offers_bundle", S.CONSENT_BUNDLE), ("more_consents", S.CONSENT),
                                    ("asks_prescription", S.PRESCRIPTION), ("asks_limit", S.LIMIT),
                                    (None, S.FINISHING)),

    (S.CONSENT_BUNDLE, E.CONSENT_ALL): (("asks_prescription", S.PRESCRIPTION), ("asks_limit", S.LIMIT),
                                        (None, S.FINISHING)),
    (S.CONSENT_BUNDLE, E.CONSENT_EACH): ((None, S.CONSENT),),
    (S.REGISTERING, E.REGISTER_FAILED): ((None, S.ERROR),),

    (S.CONSENT, E.CONSENT_ANSWER): (("more_consents", S.CONSENT), ("asks_prescription", S.PRESCRIPTION),
                                    ("asks_limit", S.LIMIT), (None, S.FINISHING)),
    (S.PRESCRIPTION, E.PRESCRIPTION_CHOSEN): (("asks_limit", S.LIMIT), (None, S.FINISHING)),
    # 受付完了: the resident who takes the card (or walks away) does not provide 限度額; the visit,
    # verified and consented, is recorded either way.
    (S.LIMIT, E.CONSENT_ANSWER): ((None, S.FINISHING),),
    (S.LIMIT, E.CARD_REMOVED): ((None, S.FINISHING),),
    (S.LIMIT, E.TIMEOUT): ((None, S.FINISHING),),

    (S.FINISHING, E.FINISHED): (("card_gone", S.IDLE), (None, S.DONE)),
    (S.FINISHING, E.FINISH_FAILED): ((None, S.ERROR),),
    (S.FINISHING, E.CARD_REMOVED): ((None, S.FINISHING),),  # the visit is verified: finish it

    (S.DONE, E.CARD_REMOVED): ((None, S.IDLE),),
    (S.DONE, E.TIMEOUT): (("alarm_done", S.IDLE), (None, S.DONE)),  # first timeout: alarm
    (S.ERROR, E.CARD_REMOVED): ((None, S.IDLE),),
    (S.ERROR, E.TIMEOUT): (("alarm_done", S.IDLE), (None, S.ERROR)),
    (S.CANCELLED, E.CARD_REMOVED): ((None, S.IDLE),),
    (S.CANCELLED, E.TIMEOUT): (("alarm_done", S.IDLE), (None, S.CANCELLED)),
    **{(state, E.CANCEL): ((None, S.CANCELLED),) for state in CANCELLABLE},
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
    S.READING_PHOTO: "CARD_ERROR",
    S.CHECKING: "ELIGIBILITY_UNAVAILABLE",
    S.REGISTERING: "ELIGIBILITY_UNAVAILABLE",
    S.FINISHING: "STORE_UNAVAILABLE",
}

# States with an on-screen question: the inactivity timer runs there.
INTERACTIVE = frozenset({S.CHOOSE_METHOD, S.FACE_CAPTURE, S.FACE_FAILED, S.PIN_ENTRY, S.PIN_BLOCKED,
                         S.STAFF_CHECK, S.REGISTRATION, S.CONSENT_BUNDLE, S.CONSENT, S.PRESCRIPTION, S.LIMIT,
                         *CARD_LEFT})


def candidates(state: S, event: E) -> Candidates | None:
    """The table's candidates for ``event`` in ``state``; None when the event is invalid there."""
    found = TRANSITIONS.get((state, event))
    if found is not None:
        return found
    if event is E.CALL_STAFF:  # on every screen: the alert, and the resident stays where they are
        return ((None, state),)
    if event is E.WARN and state in INTERACTIVE:
        return ((None, state),)
    if state is not S.IDLE and event in ANYWHERE:
        return ((None, ANYWHERE[event]),)
    return None
