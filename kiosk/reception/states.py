"""States of the reception flow (see ``kiosk.reception.table`` for the diagram)."""

from __future__ import annotations

from enum import Enum


class FlowState(Enum):
    IDLE = "idle"  # カードを置いてください
    READING_CARD = "reading-card"
    CHOOSE_METHOD = "choose-method"  # 顔認証 / 暗証番号
    FACE_CAPTURE = "face-capture"
    FACE_FAILED = "face-failed"  # attempts used up: offer PIN or staff
    PIN_ENTRY = "pin-entry"  # 残り N 回 shown before typing
    PIN_VERIFYING = "pin-verifying"
    PIN_BLOCKED = "pin-blocked"
    STAFF_CHECK = "staff-check"  # 目視確認 at the kiosk, opened with a staff PIN
    READING_PHOTO = "reading-photo"  # the card photo, opened with 照合番号B typed by staff
    CHECKING = "checking"  # eligibility
    REGISTRATION = "registration"  # 健康保険証利用の申込 (not yet registered)
    REGISTERING = "registering"
    CONSENT_BUNDLE = "consent-bundle"  # 包括同意: every consent screen in one tap, or one by one
    CONSENT = "consent"  # one item per screen, in the leaflets' order
    PRESCRIPTION = "prescription"  # 処方箋の発行形態 (where the clinic issues e-prescriptions)
    LIMIT = "limit"  # 受付完了: 限度額情報 offered while the card stays on the reader (seed 001)
    FINISHING = "finishing"  # store + hand-off
    DONE = "done"  # カードをお取りください
    ERROR = "error"  # a plain next step, then back to idle
    CANCELLED = "cancelled"  # やめる: nothing recorded as done; カードをお取りください
