"""simulators.camera: the virtual camera (stills, sequences, video) and its scripted scenes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from kiosk.camera import BadImageError, Camera, CameraUnavailableError
from simulators.camera import SCENES, FrameRecorder, VirtualCamera, as_rgb, scene
from simulators.fixtures import face_fixture

CLIP = "lin_manuel_miranda_clip.mp4"


def require_fixture(name: str) -> Path:
    """The shared face fixture ``name``, or skip the test saying where it was looked for."""
    path = face_fixture(name)
    if path is None:
        pytest.skip(f"face fixture {name} not found (set MYNA_FACE_FIXTURES or add ../shared/fixtures/faces)")
    return path


def scene_or_skip(name: str, **options) -> VirtualCamera:
    try:
        return scene(name, **options)
    except CameraUnavailableError as exc:
        pytest.skip(f"scene {name}: {exc.detail}")


def solid(value: int, size: tuple[int, int] = (32, 24)) -> np.ndarray:
    return np.full((size[1], size[0], 3), value, np.uint8)


@pytest.fixture
def cameras():
    """Cameras a test starts; stopped afterwards whatever happens."""
    started: list[VirtualCamera] = []
    yield started.append
    for camera in started:
        camera.stop()


def play(camera: VirtualCamera, cameras, keep: int = 32) -> FrameRecorder:
    recorder = FrameRecorder(keep=keep)
    cameras(camera)
    recorder.start(camera)
    return recorder


def camera_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("camera-virtual")]


# --- scenes ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", SCENES)
def test_each_scene_delivers_rgb_frames_at_about_the_requested_rate(name, cameras):
    camera: Camera = scene_or_skip(name, fps=40)
    recorder = play(camera, cameras)
    assert recorder.wait_frames(8), recorder.errors
    camera.stop()
    width, height = camera.resolution
    for frame in recorder.frames:
        assert frame.image.shape == (height, width, 3) and frame.image.dtype == np.uint8
    elapsed = recorder.arrivals[7] - recorder.arrivals[0]  # 7 intervals of 25 ms
    assert 0.12 < elapsed < 0.6
    assert recorder.timestamps[:8] == pytest.approx([i / 40 for i in range(8)])
    assert camera.fps == 40


def test_the_still_scenes_are_640_by_480_and_the_video_keeps_its_size():
    assert scene("no-face").resolution == (640, 480)
    require_fixture(CLIP)
    video = scene("right-person-video")
    assert video.resolution == (640, 360) and video.fps == pytest.approx(29.97, abs=0.01) and video.is_video


def test_an_unknown_scene_is_refused():
    with pytest.raises(ValueError, match="unknown scene 'selfie'"):
        scene("selfie")


def test_the_card_photo_still_shows_the_given_photo_identically_every_frame(cameras):
    photo = np.tile(np.arange(0, 250, 2, dtype=np.uint8), (150, 1))  # greyscale 125x150 "photo"
    recorder = play(scene("card-photo-still", card_photo=photo, realtime=False), cameras)
    assert recorder.wait_frames(5)
    first = recorder.frames[0].image
    assert all(np.array_equal(first, frame.image) for frame in recorder.frames[1:5])
    assert first.shape == (480, 640, 3)
    centre = first[240, 200:440]
    assert (centre[:, 0] == centre[:, 1]).all() and (centre[:, 1] == centre[:, 2]).all()  # a grey print


def test_the_default_card_photo_still_needs_no_arguments():
    require_fixture("lin_manuel_miranda_1.png")
    assert scene("card-photo-still").resolution == (640, 480)


@pytest.mark.parametrize("name, faces", [
    ("right-person-still", 1), ("card-photo-still", 1), ("other-person", 1), ("other-person-2", 1),
    ("obama-still", 1), ("two-faces", 2), ("partial-face", 1), ("too-small", 1), ("off-centre", 1),
    ("no-face", 0)])
def test_the_scenes_show_what_their_names_say(name, faces, cameras):
    """Checked with an independent detector (dlib HOG, upsampling once as the kiosk may)."""
    face_recognition = pytest.importorskip("face_recognition")
    if name == "card-photo-still":
        require_fixture("lin_manuel_miranda_1.png")  # without it the card carries a drawn placeholder
    recorder = play(scene_or_skip(name, loop=False, realtime=False), cameras)
    assert recorder.wait_done() and recorder.count == 1
    boxes = face_recognition.face_locations(recorder.frames[0].image, number_of_times_to_upsample=1)
    assert len(boxes) == faces
    for top, right, bottom, left in boxes:
        if name == "too-small":
            assert right - left < 64  # a tenth of the frame width
        elif name == "off-centre":
            assert (left + right) / 2 < 640 / 3 and (top + bottom) / 2 < 480 / 3
        elif name == "partial-face":
            assert left < 10  # cut by the frame's left edge
        else:
            assert right - left > 64


# --- sources, once and loop -----------------------------------------------------------------------

def test_a_sequence_played_once_delivers_each_image_then_ends_once(cameras):
    camera = VirtualCamera([solid(10), solid(20), solid(30)], loop=False, realtime=False)
    recorder = play(camera, cameras)
    assert recorder.wait_done()
    time.sleep(0.05)  # nothing more may come
    assert [int(f.image[0, 0, 0]) for f in recorder.frames] == [10, 20, 30]
    assert recorder.indices == [0, 1, 2] and recorder.ends == 1 and recorder.errors == []
    assert not camera.running and camera.frame_count == 3


def test_a_looping_sequence_starts_over(cameras):
    recorder = play(VirtualCamera([solid(10), solid(20), solid(30)], realtime=False), cameras)
    assert recorder.wait_frames(10)
    assert [int(f.image[0, 0, 0]) for f in recorder.frames[:7]] == [10, 20, 30, 10, 20, 30, 10]
    assert recorder.indices[:10] == list(range(10)) and recorder.ends == 0


def test_a_still_played_once_is_one_frame(cameras):
    recorder = play(VirtualCamera(solid(7), loop=False, realtime=False), cameras)
    assert recorder.wait_done()
    assert recorder.count == 1 and recorder.ends == 1


def test_a_still_repeats_at_the_chosen_rate(cameras):
    recorder = play(VirtualCamera(solid(7), fps=50), cameras)
    assert recorder.wait_frames(11)
    assert 0.15 < recorder.arrivals[10] - recorder.arrivals[0] < 0.5  # 10 intervals of 20 ms


def test_an_image_file_and_a_directory_of_images(tmp_path, cameras):
    for index, value in enumerate((50, 60)):
        Image.fromarray(solid(value)).save(tmp_path / f"{index:02d}.png")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    still = VirtualCamera(tmp_path / "01.png")
    assert still.frame_count == 1 and still.resolution == (32, 24)
    recorder = play(VirtualCamera(tmp_path, loop=False, realtime=False), cameras)
    assert recorder.wait_done()
    assert [int(f.image[0, 0, 0]) for f in recorder.frames] == [50, 60]


def test_the_video_plays_once_to_its_end(cameras):
    camera = VirtualCamera(require_fixture(CLIP), loop=False, realtime=False)
    recorder = play(camera, cameras, keep=2)
    assert recorder.wait_done(10)
    assert recorder.count == 275 and recorder.ends == 1 and recorder.errors == []
    assert recorder.frames[0].image.shape == (360, 640, 3)
    assert recorder.timestamps[-1] == pytest.approx(274 / camera.fps)


def test_the_video_loops(cameras):
    recorder = play(VirtualCamera(require_fixture(CLIP), realtime=False), cameras, keep=0)
    assert recorder.wait_frames(300, timeout=10)
    assert recorder.indices[:300] == list(range(300)) and recorder.ends == 0
    assert all(b > a for a, b in zip(recorder.timestamps, recorder.timestamps[1:], strict=False))


def test_the_video_can_be_fitted_into_another_resolution(cameras):
    camera = VirtualCamera(require_fixture(CLIP), resolution=(320, 240), realtime=False)
    recorder = play(camera, cameras)
    assert recorder.wait_frames(2)
    assert camera.resolution == (320, 240)
    for frame in recorder.frames[:2]:
        assert frame.image.shape == (240, 320, 3) and frame.image.flags.writeable


def test_other_sizes_are_fitted_into_the_chosen_resolution(cameras):
    camera = VirtualCamera([solid(200, (100, 50)), solid(100, (20, 40))], resolution=(64, 48), realtime=False)
    recorder = play(camera, cameras)
    assert recorder.wait_frames(2)
    assert [f.image.shape for f in recorder.frames[:2]] == [(48, 64, 3)] * 2
    assert recorder.frames[0].image[24, 32, 0] == 200  # the image itself in the middle
    assert recorder.frames[1].image[24, 0, 0] != 100  # padding at the sides of the tall one


def test_greyscale_and_rgba_arrays_become_rgb():
    assert as_rgb(np.zeros((4, 5), np.uint8)).shape == (4, 5, 3)
    assert as_rgb(np.zeros((4, 5, 4), np.uint8)).shape == (4, 5, 3)


@pytest.mark.parametrize("source, error", [
    ("absent.png", BadImageError), ("absent.mp4", CameraUnavailableError),
    (np.zeros((4, 5, 3), np.float32), BadImageError), (np.zeros((0, 5, 3), np.uint8), BadImageError),
    (np.zeros((4, 5, 2), np.uint8), BadImageError), ([], ValueError)])
def test_bad_sources_are_refused_when_the_camera_is_made(source, error, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(error):
        VirtualCamera(source)


def test_an_empty_directory_is_refused(tmp_path):
    with pytest.raises(BadImageError, match="no image files"):
        VirtualCamera(tmp_path)


@pytest.mark.parametrize("options", [{"fps": 0}, {"fps": float("inf")}, {"noise": -1}, {"jitter": -1},
                                     {"resolution": (0, 10)}])
def test_bad_options_are_refused(options):
    with pytest.raises(ValueError):
        VirtualCamera(solid(1), **options)


# --- frames belong to the consumer ----------------------------------------------------------------

def test_frames_are_fresh_arrays_a_consumer_may_scribble_on(cameras, caplog):
    source = solid(90)
    camera = VirtualCamera(source, realtime=False)
    source[:] = 0  # the caller's array is copied when the camera is made
    scribbled = []

    def scribble(frame):
        scribbled.append(int(frame.image[0, 0, 0]))
        frame.image[:] = 255  # raises (and is only logged) if the frame were read-only

    errors = []
    camera.start(scribble, errors.append)
    cameras(camera)
    deadline = time.monotonic() + 5
    while len(scribbled) < 5 and time.monotonic() < deadline:
        time.sleep(0.005)
    camera.stop()
    assert scribbled[:5] == [90] * 5 and errors == [] and "raised" not in caplog.text


def test_frames_are_identical_by_default_and_noisy_on_request(cameras):
    base = solid(128, (64, 48))
    plain = play(VirtualCamera(base, realtime=False), cameras)
    noisy = play(VirtualCamera(base, realtime=False, noise=4.0, seed=1), cameras)
    again = play(VirtualCamera(base, realtime=False, noise=4.0, seed=1), cameras)
    for recorder in (plain, noisy, again):
        assert recorder.wait_frames(3)
    assert all(np.array_equal(f.image, base) for f in plain.frames[:3])
    first, second = (f.image.astype(int) for f in noisy.frames[:2])
    assert not np.array_equal(first, second)
    assert 1 < np.abs(first - 128).mean() < 8 and noisy.frames[0].image.dtype == np.uint8
    pairs = zip(noisy.frames[:3], again.frames[:3], strict=True)
    assert all(np.array_equal(a.image, b.image) for a, b in pairs)  # the same seed, the same noise


def test_jitter_shifts_frames_by_a_few_pixels(cameras):
    base = np.zeros((48, 64, 3), np.uint8)
    base[20:28, 30:38] = 255
    recorder = play(VirtualCamera(base, realtime=False, jitter=3, seed=2), cameras)
    assert recorder.wait_frames(10)
    centres = set()
    for frame in recorder.frames[:10]:
        rows, cols = np.nonzero(frame.image[..., 0])
        assert rows.size == 64  # the square moved, whole
        assert abs(rows.mean() - 23.5) <= 3 and abs(cols.mean() - 33.5) <= 3
        centres.add((rows.mean(), cols.mean()))
    assert len(centres) > 1


# --- lifecycle ------------------------------------------------------------------------------------

def test_stop_is_idempotent_joins_the_thread_and_silences_callbacks(cameras):
    camera = VirtualCamera(solid(1), fps=200)
    camera.stop()  # before start: nothing to do
    recorder = play(camera, cameras)
    assert recorder.wait_frames(3) and camera.running and camera_threads()
    camera.stop()
    assert not camera.running and camera_threads() == []
    delivered = recorder.count
    camera.stop()
    time.sleep(0.05)
    assert recorder.count == delivered and recorder.ends == 0 and recorder.errors == []


def test_start_while_running_is_a_no_op_and_start_after_stop_restarts(cameras):
    camera = VirtualCamera(solid(1), fps=200)
    first, second = FrameRecorder(), FrameRecorder()
    cameras(camera)
    first.start(camera)
    second.start(camera)
    assert first.wait_frames(3) and len(camera_threads()) == 1 and second.count == 0
    camera.stop()
    second.start(camera)
    assert second.wait_frames(3) and second.indices[0] == 0


def test_a_callback_may_stop_the_camera(cameras):
    camera = VirtualCamera(solid(1), realtime=False)
    cameras(camera)
    seen = []

    def stop_on_third(frame):
        seen.append(frame.index)
        if frame.index == 2:
            camera.stop()

    errors = []
    camera.start(stop_on_third, errors.append)
    deadline = time.monotonic() + 5
    while camera_threads() and time.monotonic() < deadline:
        time.sleep(0.005)
    assert seen == [0, 1, 2] and camera_threads() == [] and errors == []


def test_a_failing_callback_does_not_kill_the_stream(cameras, caplog):
    camera = VirtualCamera(solid(1), realtime=False)
    cameras(camera)
    seen = []

    def flaky(frame):
        seen.append(frame.index)
        if frame.index == 0:
            raise RuntimeError("consumer bug")

    errors = []
    camera.start(flaky, errors.append)
    deadline = time.monotonic() + 5
    while len(seen) < 3 and time.monotonic() < deadline:
        time.sleep(0.005)
    camera.stop()
    assert seen[:3] == [0, 1, 2] and errors == [] and "raised" in caplog.text
