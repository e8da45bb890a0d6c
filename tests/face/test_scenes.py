"""Through the virtual camera: the quality gate names the right reason for each scripted scene, the
video of the right person is accepted, the card photo held up is refused, and the worker process
does the same off the UI's thread (issue 3 "Done when")."""

from __future__ import annotations

import threading

import pytest

from kiosk.face.engine import FaceEngine
from kiosk.face.errors import CardPhotoUnusableError
from kiosk.face.live import camera_frames, verify_stream
from kiosk.face.quality import QualityReason, assess
from kiosk.face.verifier import FaceVerifier, Outcome
from kiosk.face.worker import FaceWorker
from simulators.camera import scene

EXPECTED = {
    "no-face": QualityReason.NO_FACE,
    "two-faces": QualityReason.MULTIPLE_FACES,
    "too-small": QualityReason.TOO_SMALL,
    "off-centre": QualityReason.OFF_CENTRE,
    "partial-face": QualityReason.OFF_CENTRE,
    "right-person-still": QualityReason.OK,
    "other-person": QualityReason.OK,
}


@pytest.fixture(scope="module")
def engine():
    return FaceEngine()


@pytest.mark.parametrize(("name", "reason"), EXPECTED.items())
def test_the_gate_gives_each_scene_its_reason(faces, engine, name, reason):
    frames = camera_frames(scene(name, realtime=False))
    frame = next(frames)
    frames.close()
    result = assess(frame.image, engine.detect(frame.image))
    assert result.reason is reason
    assert result.reason.prompt  # every reason has words to show and speak


def test_the_video_of_the_right_person_is_accepted(lin_card_photo):
    verifier = FaceVerifier(lin_card_photo)
    result = verify_stream(verifier, camera_frames(scene("right-person-video", loop=False)))
    assert result.decision is not None and result.decision.outcome is Outcome.MATCH
    assert result.decision.live


def test_the_card_photo_held_up_is_refused(lin_card_photo):
    verifier = FaceVerifier(lin_card_photo)
    result = verify_stream(verifier, camera_frames(scene("card-photo-still", card_photo=lin_card_photo)))
    assert result.decision.outcome is Outcome.NO_MATCH
    assert result.decision.reason in ("not-live", "photo-replay")


def test_another_person_is_refused(lin_card_photo):
    verifier = FaceVerifier(lin_card_photo)
    result = verify_stream(verifier, camera_frames(scene("other-person", noise=4)))
    assert result.decision.outcome is Outcome.NO_MATCH and result.decision.reason == "distance"


def test_the_worker_process_accepts_the_video(lin_card_photo):
    decided = threading.Event()
    reports = []

    def on_report(report):
        reports.append(report)
        if report.decision:
            decided.set()

    worker = FaceWorker(on_report, lambda error: None)
    try:
        assert worker.begin(lin_card_photo) > 0
        camera = scene("right-person-video", loop=False)
        camera.start(worker.submit, lambda error: None, decided.set)
        assert decided.wait(30)
        camera.stop()
        assert reports[-1].decision.outcome is Outcome.MATCH
        with pytest.raises(CardPhotoUnusableError):
            worker.begin(lin_card_photo[:20, :20])
    finally:
        worker.stop()
