"""Card-layer domain errors (spec §5 status words, style guide "Errors").

Status words never leave ``kiosk.card`` as numbers: :func:`kiosk.card.ap.fail` and the card
applications (``kiosk.card.ap.CardAp`` and its subclasses) turn them into the classes below.
"""

from __future__ import annotations

from kiosk.errors import KioskError


class CardError(KioskError):
    """Anything that went wrong talking to a card."""

    code = "CARD_ERROR"


class PinMismatchError(CardError):
    """Wrong PIN; ``tries_left`` more attempts remain (SW ``63Cx``, x > 0), None when the key has
    no retry limit (``6300``)."""

    code = "CARD_PIN_WRONG"

    def __init__(self, tries_left: int | None, detail: str = "") -> None:
        super().__init__(detail or f"wrong PIN, {tries_left} tries left")
        self.tries_left = tries_left


class PinBlockedError(CardError):
    """The PIN is locked (``63C0`` after the last miss, or ``6984``/``6983`` on a blocked key)."""

    code = "CARD_PIN_BLOCKED"


class PinNotUsableError(CardError):
    """The key has no usable PIN: a 顔認証マイナンバーカード or a card whose PINs are not yet set.

    Choice (spec §5 leaves it open): such a key answers ``6984`` ("reference data not usable",
    ISO 7816-4) to the query as well as to VERIFY, while a blocked key answers the query ``63C0``.
    """

    code = "CARD_PIN_NOT_SET"


class PinFormatError(CardError):
    """The PIN typed does not have the card's format; raised before any VERIFY is sent."""

    code = "CARD_PIN_FORMAT"


class NotMyNumberCardError(CardError):
    """The card does not host the JPKI AP (SELECT → ``6A82``): another card on the reader."""

    code = "CARD_NOT_MYNUMBER"


class SecurityStatusError(CardError):
    """The card refused because the needed PIN was not verified in this session (``6982``)."""

    code = "CARD_SECURITY_STATUS"


class CardRemovedError(CardError):
    """The card left the reader (or was reset by another program) mid-operation."""

    code = "CARD_REMOVED"


class NoCardError(CardError):
    """No card is present on the reader."""

    code = "CARD_ABSENT"


class ReaderUnavailableError(CardError):
    """The reader is gone, or the PC/SC service is not running."""

    code = "READER_UNAVAILABLE"


class ReaderBusyError(CardError):
    """Another program holds the reader exclusively."""

    code = "READER_BUSY"


class CardResponseError(CardError):
    """The card answered something the spec does not allow (garbage, truncated TLV, bad DER)."""

    code = "CARD_BAD_RESPONSE"


class UnexpectedStatusError(CardError):
    """A status word with no meaning for the command sent; ``sw`` is kept for the log."""

    code = "CARD_UNEXPECTED_STATUS"

    def __init__(self, sw: int, detail: str = "") -> None:
        super().__init__(detail or f"unexpected status word {sw:04X}")
        self.sw = sw


class CertificateExpiredError(CardError):
    """The 利用者証明用電子証明書 is outside its validity period (5th birthday after issue)."""

    code = "CARD_CERT_EXPIRED"


class SignatureInvalidError(CardError):
    """The card's signature does not verify against its own certificate: not a genuine key."""

    code = "CARD_SIGNATURE_INVALID"
