"""Events the flow accepts: intents from the screen, results of effects, and the environment."""

from __future__ import annotations

from enum import Enum


class Event(Enum):
    # environment
    CARD_INSERTED = "card-inserted"
    CARD_REMOVED = "card-removed"
    READER_LOST = "reader-lost"
    CAMERA_LOST = "camera-lost"
    WARN = "warn"  # inactivity: spoken warning before the timeout
    TIMEOUT = "timeout"  # inactivity
    # effect results
    CARD_READ = "card-read"
    CARD_FAILED = "card-failed"
    FACE_REPORT = "face-report"  # prompt / progress for the screen
    FACE_MATCHED = "face-matched"
    FACE_RETRY = "face-retry"  # an attempt failed, attempts remain
    FACE_EXHAUSTED = "face-exhausted"
    PIN_OK = "pin-ok"
    PIN_WRONG = "pin-wrong"
    PIN_NOW_BLOCKED = "pin-now-blocked"
    PHOTO_READ = "photo-read"
    PHOTO_FAILED = "photo-failed"  # the card refused 照合番号B
    CHECKED = "checked"
    CHECK_FAILED = "check-failed"
    REGISTERED = "registered"
    REGISTER_FAILED = "register-failed"
    FINISHED = "finished"
    FINISH_FAILED = "finish-failed"
    # resident intents
    CHOOSE_FACE = "choose-face"
    CHOOSE_PIN = "choose-pin"
    PIN_ENTERED = "pin-entered"
    BACK = "back"
    CANCEL = "cancel"  # やめる: end the visit before its result
    CALL_STAFF = "call-staff"  # 係員を呼ぶ: valid on every screen, changes no screen
    AGREE_REGISTRATION = "agree-registration"
    DECLINE_REGISTRATION = "decline-registration"
    CONSENT_ALL = "consent-all"  # 包括同意
    CONSENT_EACH = "consent-each"  # one screen per item instead
    CONSENT_ANSWER = "consent-answer"
    PRESCRIPTION_CHOSEN = "prescription-chosen"
    # staff intents
    STAFF_OPEN = "staff-open"  # staff PIN accepted at this kiosk
    STAFF_CONFIRM = "staff-confirm"
    STAFF_REJECT = "staff-reject"
    STAFF_COLLATION = "staff-collation"  # 照合番号B typed from the card face (payload: CollationEntry)
