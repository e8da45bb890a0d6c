"""The 健康保険証利用の申込 (初回登録) as every desk makes it: the clinic reception, the counter after a
handover, and the registration support desk (seed 003 §4). Each proves the holder first (PIN or face)
and then calls :func:`register_card`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from kiosk.services.eligibility import EligibilityService, EligibilityUnavailableError, RegistrationReceipt

logger = logging.getLogger(__name__)


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
