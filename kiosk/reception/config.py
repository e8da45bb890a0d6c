"""Clinic configuration of the reception flow (which screens appear, timings, staff PIN)."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import timedelta

from kiosk.reader_models import DEFAULT_READER_MODEL
from kiosk.reception.model import ConsentItem

CHECKUP_MIN_AGE = 40  # 特定健診 covers 40–74; the screen is offered from 40
# The 特定健診 screen as one of the two leaflets shows it (seed 001): "2024" asks residents of 40
# and over only; "2021" asks everyone, with the answer 「同意しない・40歳未満」.
CHECKUP_SCREENS = ("2024", "2021")
STAFF_PIN_DIGITS = (4, 8)  # shortest and longest staff PIN
STAFF_PIN_TRIES = 5  # wrong staff PINs in a row before the staff check is locked ...
STAFF_PIN_LOCK = timedelta(minutes=5)  # ... for this long (every failure is audited)


def hash_staff_pin(pin: str, salt: bytes | None = None) -> str:
    """scrypt hash of a staff PIN as ``salt$hash`` hex (stored in the configuration)."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"{salt.hex()}${digest.hex()}"


def check_staff_pin(pin: str, stored: str) -> bool:
    try:
        salt_hex, digest_hex = stored.split("$")
        digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


@dataclass(frozen=True)
class ReceptionConfig:
    """:param consent_items: consent screens this clinic shows (手術情報 off by default, §A4); they
        come in the leaflets' order whatever the order here (``kiosk.reception.table.CONSENT_ORDER``).
    :param checkup_screen: the 特定健診 screen's leaflet (:data:`CHECKUP_SCREENS`): "2024" is
        offered from 40, "2021" to everyone, with 「同意しない・40歳未満」.
    :param bundle_consent: offer 包括同意 before the consent screens: one tap agrees to every item
        asked before 受付完了 (the screen names them), or the resident answers one by one.
    :param prescription_screen: ask 処方箋の発行形態 (e-prescription sites).
    :param staff_pin_hash: :func:`hash_staff_pin` of the staff PIN that opens 目視確認.
    :param reader_model: the card reader at this kiosk (``kiosk.reader_models``): the first
        screen shows and says how to put the card on it.
    :param wait_seconds: the longest a resident waits for the card, the eligibility service or the
        store before the visit ends with a next step (issue 13: within 45 s).
    """

    terminal_id: str = "KIOSK-01"
    institution_code: str = "1312345678"
    consent_items: tuple[ConsentItem, ...] = (ConsentItem.MEDICATION, ConsentItem.CHECKUP, ConsentItem.LIMIT)
    checkup_screen: str = "2024"
    bundle_consent: bool = True
    prescription_screen: bool = False
    face_attempts: int = 3
    staff_pin_hash: str = field(default="", repr=False)
    inactivity_seconds: float = 60.0
    warning_seconds: float = 15.0
    card_left_seconds: float = 10.0
    wait_seconds: float = 40.0
    reader_model: str = DEFAULT_READER_MODEL
