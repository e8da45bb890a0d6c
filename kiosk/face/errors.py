"""Face-verification domain errors (issue 3)."""

from __future__ import annotations

from kiosk.errors import KioskError


class FaceError(KioskError):
    code = "FACE_ERROR"


class CardPhotoUnusableError(FaceError):
    """No single face could be found in the card's photo: face authentication cannot be used."""

    code = "FACE_CARD_PHOTO_UNUSABLE"


class FaceAttemptsExhaustedError(FaceError):
    """The configured number of face attempts failed; the flow offers PIN or a staff check."""

    code = "FACE_ATTEMPTS_EXHAUSTED"


class FaceEngineUnavailableError(FaceError):
    """The face engine (dlib models) could not be loaded or its worker died."""

    code = "FACE_ENGINE_UNAVAILABLE"


class FaceNotFoundError(FaceError):
    """An image given to compare holds no detectable face."""

    code = "FACE_NOT_FOUND"
