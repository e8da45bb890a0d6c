"""Sealing data at rest: AES-256-GCM with a fresh random nonce per item and what the item is bound
to (its file id, its place) as associated data, so a sealed item cannot be replayed as another.
Used by the result outbox (``kiosk.handoff.outbox``) and the outreach intake vault
(``kiosk.application.vault``); keys come from the ``kiosk.secrets.SecretStore``."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
TAG_BYTES = 16


class SealedBox:
    """AES-256-GCM under one key; a sealed item is ``nonce || ciphertext+tag``."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, data: bytes, bound_to: str) -> bytes:
        """``data`` sealed for ``bound_to`` (a fresh nonce every time)."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, bound_to.encode("utf-8"))

    def open(self, sealed: bytes, bound_to: str) -> bytes | None:
        """The data, or None when it was not sealed with this key for ``bound_to`` (or was altered)."""
        if len(sealed) < NONCE_BYTES + TAG_BYTES:
            return None
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], bound_to.encode("utf-8"))
        except InvalidTag:
            return None
