"""The 健康保険証利用の申込 (初回登録) as the municipal desks make it (seed 003 §4): after a handover at
the counter, and at the registration support desk for residents who already hold a card.

Both desks prove the holder first — the 4-digit 利用者証明用 PIN verified once on the card
(``kiosk.card.visit.CardVisit.prove_with_pin``), or for a 顔認証マイナンバーカード a face check — and
then call :func:`register_card`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from kiosk.services.eligibility import EligibilityService, EligibilityUnavailableError, RegistrationReceipt

logger = logging.getLogger(__name__)

CALL_CENTRE = "マイナンバー総合フリーダイヤル 0120-95-0178（音声案内で 4番：保険証としての 利用）"
"""Where residents call about using the card as a health-insurance card (seed 003 §3)."""


def register_card(eligibility: EligibilityService, certificate: bytes, key: str,
                  clock: Callable[[], datetime]) -> RegistrationReceipt:
    """初回登録 of the card whose 利用者証明用電子証明書 is ``certificate``. ``key`` makes a retry
    safe (the service never registers twice). A reply lost after the service may have registered
    the card is settled by asking it, so the desk never tells a registered resident it failed.

    :raises EligibilityError: the service refused, or could not be reached and the card is not
        registered (``EligibilityUnavailableError``).
    """
    try:
        return eligibility.register(certificate, key)
    except EligibilityUnavailableError:
        if not eligibility.check(certificate, limit_consent=False).registered:
            raise
        logger.warning("registration reply lost; the follow-up check shows the card registered")
        return RegistrationReceipt(clock(), key, replayed=True)
