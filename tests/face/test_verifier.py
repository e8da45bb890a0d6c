"""The live verifier: a held-up still photo is refused by liveness, the card photo itself is
refused as a replay, attempts are bounded, and nothing is written while verifying."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PIL import Image

from kiosk.camera import Frame
from kiosk.face.errors import CardPhotoUnusableError, FaceAttemptsExhaustedError
from kiosk.face.verifier import FaceVerifier, Outcome, Phase, VerifierConfig


def held_photo(photo: np.ndarray, t: float, move: bool, rng: np.random.Generator) -> np.ndarray:
    """A printed photo held in front of a 640×480 camera, optionally slid and turned by hand."""
    dx, dy, angle = (25 * np.sin(3 * t), 12 * np.cos(2 * t), 6 * np.sin(2 * t)) if move else (0, 0, 0)
    picture = Image.fromarray(photo).convert("RGB")
    picture = picture.resize((picture.width * 400 // picture.height, 400)).rotate(angle, expand=True,
                                                                                  fillcolor=(90, 90, 90))
    canvas = Image.new("RGB", (640, 480), (90, 90, 90))
    canvas.paste(picture, (int(320 - picture.width / 2 + dx), int(240 - picture.height / 2 + dy)))
    noisy = np.asarray(canvas).astype(np.int16) + rng.integers(-3, 4, (480, 640, 3))
    return np.clip(noisy, 0, 255).astype(np.uint8)


def run(verifier: FaceVerifier, frames) -> object:
    for report in map(verifier.process, frames):
        if report.decision:
            return report.decision
    raise AssertionError("no decision")


@pytest.mark.parametrize("move", [False, True], ids=["held-still", "moved-by-hand"])
def test_a_printed_photo_of_the_holder_is_refused_by_liveness(obama_card_photo, photo, move):
    verifier = FaceVerifier(obama_card_photo)
    rng = np.random.default_rng(7)
    printed = photo("obama_2.jpg")  # the right person, but a picture
    decision = run(verifier, (Frame(held_photo(printed, i / 10, move, rng), i, i / 10) for i in range(200)))
    assert decision.outcome is Outcome.NO_MATCH
    assert decision.reason == "not-live" and not decision.live
    assert decision.distance < 0.55  # it is the right face: only liveness refuses it


def test_the_card_photo_itself_is_refused_as_a_replay(obama_card_photo):
    verifier = FaceVerifier(obama_card_photo)
    rng = np.random.default_rng(3)
    decision = run(verifier, (Frame(held_photo(obama_card_photo, i / 10, True, rng), i, i / 10)
                              for i in range(200)))
    assert decision.outcome is Outcome.NO_MATCH and decision.reason in ("photo-replay", "not-live")


def test_no_face_times_out_undecided_and_attempts_are_bounded(obama_card_photo):
    config = VerifierConfig(attempt_seconds=1.0, max_attempts=2)
    verifier = FaceVerifier(obama_card_photo, config)
    empty = np.full((480, 640, 3), 120, np.uint8)
    decision = run(verifier, (Frame(empty, i, i / 10) for i in range(30)))
    assert (decision.outcome, decision.reason) == (Outcome.UNDECIDED, "timeout")
    verifier.retry()
    assert verifier.attempt == 2
    assert run(verifier, (Frame(empty, i, 5 + i / 10) for i in range(30))).outcome is Outcome.UNDECIDED
    with pytest.raises(FaceAttemptsExhaustedError):
        verifier.retry()


def test_searching_reports_the_reason_to_show(obama_card_photo):
    verifier = FaceVerifier(obama_card_photo)
    report = verifier.process(Frame(np.full((480, 640, 3), 120, np.uint8), 0, 0.0))
    assert report.phase is Phase.SEARCHING and report.prompt == "カメラの ほうに お顔を 向けてください"


def test_a_card_photo_without_a_face_is_unusable():
    with pytest.raises(CardPhotoUnusableError):
        FaceVerifier(np.full((300, 240), 128, np.uint8))


def test_verification_writes_nothing(obama_card_photo, photo, tmp_path, monkeypatch):
    """Audit every file opened for writing while a verification runs: there must be none."""
    writes: list[str] = []
    active = [False]

    def audit(event, args):
        if active[0] and event == "open" and len(args) >= 2 and isinstance(args[1], str) and \
                any(flag in args[1] for flag in "wax+"):
            writes.append(str(args[0]))
        if active[0] and event == "os.open" and len(args) >= 3 and args[2] & 0o3:
            writes.append(str(args[0]))

    sys.addaudithook(audit)
    monkeypatch.chdir(tmp_path)
    active[0] = True
    try:
        verifier = FaceVerifier(obama_card_photo)
        rng = np.random.default_rng(1)
        run(verifier, (Frame(held_photo(photo("obama_2.jpg"), i / 10, True, rng), i, i / 10) for i in range(200)))
        verifier.close()
    finally:
        active[0] = False
    assert writes == []
    assert list(tmp_path.iterdir()) == []
