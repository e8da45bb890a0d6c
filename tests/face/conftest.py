"""Fixtures for face tests: the shared photos (skip with the reason where absent) and card photos
read the way the kiosk reads them — 照合番号B, 券面事項確認AP, JPEG 2000 decode."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.card.apdu import CardChannel
from kiosk.card.kenmen import KenmenAp, decode_photo
from simulators.card import VirtualCardConnection, card_for
from simulators.card.personalise import CardBuilder
from simulators.residents import resident


def card_photo_of(resident_id: str) -> np.ndarray:
    """The greyscale photo on a resident's virtual card, read through the protocol."""
    person = resident(resident_id)
    session = KenmenAp(CardChannel(VirtualCardConnection(card_for(person))))
    session.verify_collation_b(CardBuilder(person).collation_b())
    return np.asarray(decode_photo(session.read_card_face().photo_jp2))


@pytest.fixture(scope="session")
def lin_card_photo(faces) -> np.ndarray:
    """R001's card carries lin_manuel_miranda_1.png (the person in the shared video)."""
    return card_photo_of("R001")


@pytest.fixture(scope="session")
def obama_card_photo(faces) -> np.ndarray:
    """R002's card carries obama_1.jpg."""
    return card_photo_of("R002")
