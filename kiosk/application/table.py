"""The application intake as a state machine: states, events and the transition table, as data.

::

    IDLE ─start─► IDENTIFY ─qr-read / id-typed (a valid 申請書ID) or no-form─► DETAILS ─details-entered─► CONFIRM
                  (not a valid 申請書ID: stays, says why)          (not complete: stays) ◄─resident-corrects─┤
                                                                                      resident-confirmed ▼
    DELIVERY ◄─documents-checked (A×1 or B×2; at the office none is allowed)── DOCUMENTS ◄── CONTACT (e-mail or skip)
       │ delivery-chosen (mail only with documents checked)
       ▼
    PHOTO ─photo-taken─► PHOTO_REVIEW ─photo-accepted─► SAVING ─saved─► DONE ─next─► IDLE
      ▲ photo-guidance (each frame judged), ─photo-retake─┘      │ save-failed
        photo-failed, retry: stay in PHOTO                       ▼
                                                   SAVE_FAILED ─retry─► SAVING

    cancel (staff) from every step but IDLE and SAVING ─► IDLE: the visit's context, photo included, is dropped
    call-staff (the resident's 「係員を 呼ぶ」) in every step: the step stays, the call is counted

Back to IDLE a new visit starts with a fresh context: nothing of one resident stays for the next.
"""

from __future__ import annotations

from enum import Enum


class IntakeState(Enum):
    IDLE = "idle"
    IDENTIFY = "identify"
    DETAILS = "details"
    CONFIRM = "confirm"
    CONTACT = "contact"
    DOCUMENTS = "documents"
    DELIVERY = "delivery"
    PHOTO = "photo"
    PHOTO_REVIEW = "photo-review"
    SAVING = "saving"
    SAVE_FAILED = "save-failed"
    DONE = "done"


class IntakeEvent(Enum):
    START = "start"
    QR_READ = "qr-read"  # text of a QR code seen by the document camera
    ID_TYPED = "id-typed"  # 申請書ID typed by staff
    NO_FORM = "no-form"  # the resident has no 交付申請書: the four basic details name the application
    DETAILS_ENTERED = "details-entered"
    RESIDENT_CONFIRMED = "resident-confirmed"
    RESIDENT_CORRECTS = "resident-corrects"
    EMAIL_ENTERED = "email-entered"
    EMAIL_SKIPPED = "email-skipped"
    DOCUMENTS_CHECKED = "documents-checked"
    DELIVERY_CHOSEN = "delivery-chosen"
    PHOTO_GUIDANCE = "photo-guidance"  # one frame judged
    PHOTO_TAKEN = "photo-taken"  # a frame kept every rule: the photo, cropped, as a JPEG
    PHOTO_FAILED = "photo-failed"  # the camera failed
    PHOTO_ACCEPTED = "photo-accepted"
    PHOTO_RETAKE = "photo-retake"
    SAVED = "saved"
    SAVE_FAILED = "save-failed"
    RETRY = "retry"
    NEXT = "next"
    CANCEL = "cancel"
    CALL_STAFF = "call-staff"  # the resident's 「係員を 呼ぶ」


S = IntakeState
E = IntakeEvent
Candidates = tuple[tuple[str | None, S], ...]
# "accepted": the event's handler found nothing wrong with what was entered (else it says why).

TRANSITIONS: dict[tuple[S, E], Candidates] = {
    (S.IDLE, E.START): ((None, S.IDENTIFY),),
    (S.IDENTIFY, E.QR_READ): (("accepted", S.DETAILS), (None, S.IDENTIFY)),
    (S.IDENTIFY, E.ID_TYPED): (("accepted", S.DETAILS), (None, S.IDENTIFY)),
    (S.IDENTIFY, E.NO_FORM): ((None, S.DETAILS),),
    (S.DETAILS, E.DETAILS_ENTERED): (("accepted", S.CONFIRM), (None, S.DETAILS)),
    (S.CONFIRM, E.RESIDENT_CONFIRMED): ((None, S.CONTACT),),
    (S.CONFIRM, E.RESIDENT_CORRECTS): ((None, S.DETAILS),),
    (S.CONTACT, E.EMAIL_ENTERED): (("accepted", S.DOCUMENTS), (None, S.CONTACT)),
    (S.CONTACT, E.EMAIL_SKIPPED): ((None, S.DOCUMENTS),),
    (S.DOCUMENTS, E.DOCUMENTS_CHECKED): (("accepted", S.DELIVERY), (None, S.DOCUMENTS)),
    (S.DELIVERY, E.DELIVERY_CHOSEN): (("accepted", S.PHOTO), (None, S.DELIVERY)),
    (S.PHOTO, E.PHOTO_GUIDANCE): ((None, S.PHOTO),),
    (S.PHOTO, E.PHOTO_TAKEN): ((None, S.PHOTO_REVIEW),),
    (S.PHOTO, E.PHOTO_FAILED): ((None, S.PHOTO),),
    (S.PHOTO, E.RETRY): ((None, S.PHOTO),),  # the camera again, after a failure
    (S.PHOTO_REVIEW, E.PHOTO_ACCEPTED): ((None, S.SAVING),),
    (S.PHOTO_REVIEW, E.PHOTO_RETAKE): ((None, S.PHOTO),),
    (S.SAVING, E.SAVED): ((None, S.DONE),),
    (S.SAVING, E.SAVE_FAILED): ((None, S.SAVE_FAILED),),
    (S.SAVE_FAILED, E.RETRY): ((None, S.SAVING),),
    (S.DONE, E.NEXT): ((None, S.IDLE),),
}

# Staff may abandon an intake from any step but the one that is writing it.
CANCELLABLE = frozenset(set(S) - {S.IDLE, S.SAVING})
# The resident's screen shows every step, so the resident may call staff from each: the step stays.
CALLABLE = frozenset(S)


def candidates(state: S, event: E) -> Candidates | None:
    """The table's candidates for ``event`` in ``state`` (cancel and the resident's call included);
    None when invalid."""
    found = TRANSITIONS.get((state, event))
    if found is None and event is E.CANCEL and state in CANCELLABLE:
        return ((None, S.IDLE),)
    if found is None and event is E.CALL_STAFF and state in CALLABLE:
        return ((None, state),)
    return found
