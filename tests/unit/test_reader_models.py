"""The reader-model table (issue 6 §4): well-formed, every model has its placement sentence id, and
unknown keys are refused by name."""

from __future__ import annotations

import dataclasses
import re

import pytest

from kiosk.reader_models import (
    DEFAULT_READER_MODEL,
    INSERT_EDGES,
    ORIENTATIONS,
    READER_MODELS,
    ReaderKind,
    ReaderModel,
    reader_model,
)

MODELS = sorted(READER_MODELS.values(), key=lambda m: m.key)


def test_the_required_models_are_there_and_the_default_is_one_of_them():
    assert {"generic-flat", "face-tray", "slot-chip-first"} <= set(READER_MODELS)
    assert DEFAULT_READER_MODEL == "generic-flat"
    assert reader_model(DEFAULT_READER_MODEL).kind is ReaderKind.FLAT


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.key)
def test_every_model_is_well_formed(model):
    assert READER_MODELS[model.key] is model and reader_model(model.key) is model
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", model.key)
    assert isinstance(model.kind, ReaderKind) and isinstance(model.face_up, bool)
    assert model.orientation in ORIENTATIONS
    if model.kind is ReaderKind.SLOT:
        assert model.insert_edge in INSERT_EDGES and model.orientation == "portrait"
    else:
        assert model.insert_edge is None


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.key)
def test_every_model_names_a_placement_message(model):
    assert re.fullmatch(r"placement\.[a-z_]+", model.hint_id)


def test_models_that_place_differently_have_different_sentences():
    by_hint: dict[str, set] = {}
    for model in MODELS:
        by_hint.setdefault(model.hint_id, set()).add((model.kind, model.face_up, model.orientation, model.insert_edge))
    assert all(len(placements) == 1 for placements in by_hint.values()), by_hint


def test_the_typical_models_place_the_card_as_the_readers_want_it():
    assert reader_model("face-tray") == ReaderModel("face-tray", ReaderKind.TRAY, True, "landscape", None,
                                                    "placement.tray")
    slot = reader_model("slot-chip-first")
    assert (slot.kind, slot.face_up, slot.insert_edge) == (ReaderKind.SLOT, True, "chip")


def test_an_unknown_key_raises_key_error_listing_the_known_ones():
    with pytest.raises(KeyError, match="generic-flat"):
        reader_model("pasori-9000")


def test_models_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        reader_model("generic-flat").face_up = False  # type: ignore[misc]


@pytest.mark.parametrize("fields", [
    dict(orientation="diagonal"),
    dict(kind=ReaderKind.SLOT),  # a slot without an insert edge
    dict(insert_edge="chip"),  # an insert edge on a flat reader
    dict(kind=ReaderKind.SLOT, insert_edge="corner", orientation="portrait"),
    dict(kind=ReaderKind.SLOT, insert_edge="chip"),  # a slot taking the card long edge first
])
def test_inconsistent_models_are_refused(fields):
    base = dict(key="x", kind=ReaderKind.FLAT, face_up=True, orientation="landscape", insert_edge=None,
                hint_id="placement.flat")
    with pytest.raises(ValueError):
        ReaderModel(**{**base, **fields})
