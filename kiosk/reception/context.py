"""What the flow knows about the resident in front of it. Lives in memory for one visit and is
replaced, not cleared field by field, when the next resident comes (design line 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from kiosk.card.visit import CardIdentity
from kiosk.reception.model import Consent, ConsentItem, Method, PrescriptionForm
from kiosk.reception.table import AT_DONE
from kiosk.services.eligibility import EligibilityAnswer, RegistrationReceipt


@dataclass
class FlowContext:
    visit: int
    started_at: datetime
    identity: CardIdentity | None = None
    card_photo: np.ndarray | None = field(default=None, repr=False)
    face_available: bool = False
    face_problem: str = ""  # why 顔認証 is not offered (a code: camera, card face, card refusal)
    collation_entry: bool = False  # staff may still type 照合番号B (one VERIFY per insertion)
    collation_error: str = ""  # the field staff typed wrong
    method: Method | None = None
    pin_tries: int | None = None
    pin_wrong: bool = False
    face_attempt: int = 0
    face_prompt: str = ""
    face_progress: float = 0.0
    staff_mode: bool = False
    staff_pin_refused: bool = False
    staff_pin_locked: bool = False  # too many wrong staff PINs: refused without checking
    staff_calls: int = 0  # 係員を呼ぶ taps in this visit (the alert is raised on the first)
    answer: EligibilityAnswer | None = None
    age: int | None = None
    registration: RegistrationReceipt | None = None

    @property
    def registered_now(self) -> bool:
        return self.registration is not None

    registration_declined: bool = False
    consent_queue: list[ConsentItem] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    prescription: PrescriptionForm | None = None
    error_code: str = ""
    warning: bool = False
    alarm: bool = False
    alarm_rounds: int = 0
    card_gone: bool = False
    cert_hash: str = ""
    file_id: str = ""

    def asked_before_done(self) -> list[ConsentItem]:
        """The consent screens still to come before 受付完了 (what 包括同意 covers), in order."""
        return [item for item in self.consent_queue if item not in AT_DONE]

    def pin_left(self) -> bool:
        """The resident can still prove who they are with the PIN (a card with PINs, not blocked)."""
        return self.identity is not None and self.identity.pin_usable and (self.pin_tries or 0) > 0
