"""One visit's card: the protocol calls the reception makes, over any CardConnection.

* identity without any PIN: the 利用者証明用電子証明書 and the PIN tries by query (spec §8);
* the card photo through 照合番号B, which the face reader reads optically from the card face
  (``CollationSource``; the simulator knows it, a real kiosk needs a card-face scanner);
* the PIN path: VERIFY once on the resident's entry, then a signature over a fresh challenge
  checked against the certificate (proof that the key on this card belongs to the certificate).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

import numpy as np
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from kiosk.card.apdu import CardChannel
from kiosk.card.connection import CardConnection
from kiosk.card.errors import PinNotUsableError
from kiosk.card.jpki import JpkiAp
from kiosk.card.kenmen import KenmenAp, decode_photo
from kiosk.clock import SYSTEM_CLOCK


@dataclass(frozen=True)
class CardIdentity:
    """What the card gives without any PIN (spec §8): the auth certificate and the PIN state."""

    certificate_der: bytes = field(repr=False)
    cert_not_after: datetime
    cert_valid: bool
    pin_usable: bool  # False: 顔認証マイナンバーカード (no PINs)
    pin_tries: int | None  # from the data-less VERIFY, before any entry


class CollationSource(Protocol):
    """Reads 照合番号B (birth date, expiry year, security code) off the card face."""

    def collation_number_b(self) -> str | None:
        """The 14 digits for the card on the reader, or None unless the reading is certain."""
        ...

    def collation_problem(self) -> str:
        """Why the last :meth:`collation_number_b` gave None: an error code ("" after a number)."""
        ...


class CardVisit:
    """Protocol sessions on one connected card for the length of a visit."""

    def __init__(self, connection: CardConnection) -> None:
        self.connection = connection
        self.channel = CardChannel(connection)
        self.jpki = JpkiAp(self.channel)
        self._certificate: x509.Certificate | None = None

    def read_identity(self, now: datetime | None = None) -> CardIdentity:
        """Auth certificate + PIN tries by query; no PIN, no try consumed."""
        now = now or SYSTEM_CLOCK.now()
        with self.connection.transaction():
            certificate = self.jpki.read_auth_certificate()
            try:
                tries, usable = self.jpki.auth_pin_status().tries_left, True
            except PinNotUsableError:
                tries, usable = None, False
        self._certificate = certificate
        valid = certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc
        return CardIdentity(certificate.public_bytes(Encoding.DER), certificate.not_valid_after_utc, valid,
                            usable, tries)

    def read_photo(self, collation_number_b: str) -> np.ndarray:
        """The greyscale card photo, opened with 照合番号B (in memory only)."""
        session = KenmenAp(self.channel)
        with self.connection.transaction():
            session.verify_collation_b(collation_number_b)
            face = session.read_card_face()
        return np.asarray(decode_photo(face.photo_jp2))

    def prove_with_pin(self, pin: str) -> None:
        """VERIFY the auth PIN (exactly once) and check the key's signature over a challenge.

        :raises PinMismatchError | PinBlockedError | PinFormatError | SignatureInvalidError:
        """
        with self.connection.transaction():
            if self._certificate is None:
                self._certificate = self.jpki.read_auth_certificate()
            self.jpki.authenticate(pin, os.urandom(32), self._certificate)

    def close(self) -> None:
        self.connection.close()
