"""The face path end to end: the real verifier in a thread (``ThreadFaceRunner``) on the virtual
camera playing the card holder's video, the preview fed through the window's preview bridge.
Needs the shared face fixtures; no screenshot is taken (it would hold a face image)."""

from __future__ import annotations

import time

import pytest
from ui_fakes import scanning_kiosk

from kiosk.reception.face_runner import ThreadFaceRunner
from kiosk.reception.model import Method
from kiosk.reception.states import FlowState
from simulators.camera import scene
from simulators.fixtures import face_fixture, faces_dir

if face_fixture("lin_manuel_miranda_clip.mp4") is None:
    pytest.skip(f"shared face fixtures not found at {faces_dir()} (set MYNA_FACE_FIXTURES)",
                allow_module_level=True)


class TeeCamera:
    """A camera that also hands each frame's image to the preview, as the kiosk's runner does."""

    def __init__(self, camera, on_image) -> None:
        self.camera, self.on_image = camera, on_image

    @property
    def resolution(self):
        return self.camera.resolution

    @property
    def fps(self):
        return self.camera.fps

    def start(self, on_frame, on_error, on_end=None) -> None:
        self.camera.start(lambda frame: (self.on_image(frame.image), on_frame(frame)), on_error, on_end)

    def stop(self) -> None:
        self.camera.stop()


def test_the_card_holder_passes_face_capture_and_reaches_consent(reception, qtbot):
    window_ref = {}
    runner = ThreadFaceRunner(lambda: TeeCamera(scene("right-person-video", loop=True),
                                                window_ref["window"].preview.offer))
    driver = reception(scanning_kiosk(face=runner))
    window_ref["window"] = driver.window
    driver.insert("R001")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("顔認証")
    driver.wait_for(FlowState.FACE_CAPTURE)
    page = driver.window.page
    qtbot.waitUntil(lambda: page.preview.has_image, timeout=10000)
    qtbot.waitUntil(lambda: bool(page.prompt.plain_text()), timeout=10000)
    driver.wait_for(FlowState.CONSENT_BUNDLE, timeout=30000)
    assert not page.preview.has_image
    assert driver.flow.ctx.method is Method.FACE
    runner.stop()




def test_back_during_face_capture_answers_at_once(reception, qtbot):
    runner = ThreadFaceRunner(lambda: scene("right-person-video", loop=True))
    driver = reception(scanning_kiosk(face=runner))
    driver.insert("R001")
    driver.wait_for(FlowState.CHOOSE_METHOD)
    driver.click("顔認証")
    driver.wait_for(FlowState.FACE_CAPTURE)
    qtbot.waitUntil(lambda: bool(driver.window.page.prompt.plain_text()), timeout=10000)
    started = time.monotonic()
    driver.click("もどる")
    elapsed = time.monotonic() - started
    driver.wait_for(FlowState.CHOOSE_METHOD)
    assert elapsed < 1.0
