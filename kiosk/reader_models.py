"""How the card goes onto each kind of card reader (issue 6 §4; spec "reception-and-counter-flows" §A3 row 0, §D1).

Readers differ: on a flat-bed contactless reader the card lies face up on top, a face-authenticating
reader takes it face up in a slanted tray under its camera, and a contact slot reader takes it chip end
first. Residents are not told which one is in front of them, so the kiosk names the configured model and
the UI draws it (``ui/placement.py``); the one-sentence instruction is the catalogue text ``hint_id``.

Plain data, no Qt: the settings choose a key, the UI renders the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

ORIENTATIONS = ("landscape", "portrait")
INSERT_EDGES = ("chip", "photo")


class ReaderKind(Enum):
    """Where the card goes."""

    FLAT = "flat"  # laid flat on top of the reader
    TRAY = "tray"  # put into a slanted tray or stand in front of the reader's camera
    SLOT = "slot"  # pushed into a slot, one short edge first


@dataclass(frozen=True)
class ReaderModel:
    """One reader model's card placement.

    :param key: stable name used in the settings (``reader_model = "face-tray"``).
    :param kind: flat, tray or slot (:class:`ReaderKind`).
    :param face_up: the face-photo side faces up / towards the resident.
    :param orientation: ``"landscape"`` (long edge left to right, as the resident looks at it) or ``"portrait"``.
    :param insert_edge: for a slot, the card end that goes in first (``"chip"``: the IC-chip end); else None.
    :param hint_id: message id of the one-sentence placement instruction.
    """

    key: str
    kind: ReaderKind
    face_up: bool
    orientation: str
    insert_edge: str | None
    hint_id: str

    def __post_init__(self) -> None:
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"{self.key}: orientation {self.orientation!r} not in {ORIENTATIONS}")
        if (self.kind is ReaderKind.SLOT) != (self.insert_edge is not None):
            raise ValueError(f"{self.key}: insert_edge is required for a slot reader and only for one")
        if self.insert_edge is not None and self.insert_edge not in INSERT_EDGES:
            raise ValueError(f"{self.key}: insert_edge {self.insert_edge!r} not in {INSERT_EDGES}")
        if self.kind is ReaderKind.SLOT and self.orientation != "portrait":
            # A slot takes a short edge first, so the long side points at the reader.
            raise ValueError(f"{self.key}: a slot reader takes the card in portrait")


READER_MODELS: dict[str, ReaderModel] = {
    model.key: model
    for model in (
        # A desktop NFC reader (PaSoRi-style pad): either side works, face up is what we ask for.
        ReaderModel("generic-flat", ReaderKind.FLAT, True, "landscape", None, "placement.flat"),
        # Flat-bed readers that read the card front through a window underneath.
        ReaderModel("flat-face-down", ReaderKind.FLAT, False, "landscape", None, "placement.flat_face_down"),
        # The typical 顔認証付きカードリーダー: card face up in a tray under the camera, which reads its front.
        ReaderModel("face-tray", ReaderKind.TRAY, True, "landscape", None, "placement.tray"),
        # A contact reader: chip end first, face up, so the contacts meet the chip.
        ReaderModel("slot-chip-first", ReaderKind.SLOT, True, "portrait", "chip", "placement.slot"),
    )
}

DEFAULT_READER_MODEL = "generic-flat"


def reader_model(key: str) -> ReaderModel:
    """The model named ``key``.

    :raises KeyError: for a key not in :data:`READER_MODELS` (the message lists the known ones).
    """
    try:
        return READER_MODELS[key]
    except KeyError:
        raise KeyError(f"unknown reader model {key!r}; known: {', '.join(sorted(READER_MODELS))}") from None
