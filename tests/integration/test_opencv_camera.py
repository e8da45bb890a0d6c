"""drivers.camera.OpenCvCamera on the real video fixture and on scripted fake captures (negotiation,
unplug, open failures), the behaviour it shares with the virtual camera, and the privacy line: a
running camera writes no file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from drivers.camera import OpenCvCamera, iter_video_frames, probe_video
from kiosk.camera import CameraLostError, CameraUnavailableError
from simulators.camera import FrameRecorder, VirtualCamera
from simulators.fixtures import face_fixture

ROOT = Path(__file__).resolve().parents[2]
CLIP = "lin_manuel_miranda_clip.mp4"
CLIP_FRAMES = 275


def require_fixture(name: str) -> Path:
    """The shared face fixture ``name``, or skip the test saying where it was looked for."""
    path = face_fixture(name)
    if path is None:
        pytest.skip(f"face fixture {name} not found (set MYNA_FACE_FIXTURES or add ../shared/fixtures/faces)")
    return path


@pytest.fixture
def clip() -> Path:
    return require_fixture(CLIP)


@pytest.fixture
def cameras():
    """Cameras a test starts; stopped afterwards whatever happens."""
    started = []
    yield started.append
    for camera in started:
        camera.stop()


def play(camera, cameras, keep: int = 32) -> FrameRecorder:
    recorder = FrameRecorder(keep=keep)
    cameras(camera)
    recorder.start(camera)
    return recorder


def opencv_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("camera-opencv")]


class FakeCapture:
    """A stand-in for ``cv2.VideoCapture`` on a device: grants what ``modes`` allows and reads
    what ``script`` says: an array (BGR frame), ``None`` (a failed read) or an exception (raised).
    After the script it keeps failing, like an unplugged device."""

    def __init__(self, script=(), *, opened=True, granted=(640, 480, 30.0)):
        self.script = list(script)
        self.opened = opened
        self.props = {cv2.CAP_PROP_FRAME_WIDTH: granted[0], cv2.CAP_PROP_FRAME_HEIGHT: granted[1],
                      cv2.CAP_PROP_FPS: granted[2]}
        self.requests: dict[int, float] = {}
        self.reads = 0
        self.releases = 0

    def __call__(self, source):  # the capture_factory
        self.source = source
        return self

    def isOpened(self):  # noqa: N802 - OpenCV's name
        return self.opened

    def set(self, prop, value):
        self.requests[prop] = value
        return False  # like many V4L2 drivers: the read-back is what counts

    def get(self, prop):
        return self.props.get(prop, 0.0)

    def read(self):
        self.reads += 1
        step = self.script.pop(0) if self.script else None
        if isinstance(step, Exception):
            raise step
        return (step is not None), step

    def release(self):
        self.releases += 1


def bgr(width=640, height=480, colour=(0, 0, 255)) -> np.ndarray:
    return np.full((height, width, 3), colour, np.uint8)


# --- the video file -------------------------------------------------------------------------------

def test_a_video_file_reports_its_own_size_and_rate(clip, cameras):
    camera = OpenCvCamera(clip)
    assert camera.is_file and camera.resolution == (640, 480) and camera.fps == 30.0  # requested, until start
    recorder = play(camera, cameras)
    assert recorder.wait_frames(2)
    assert camera.resolution == (640, 360) and camera.fps == pytest.approx(29.97, abs=0.01)
    assert probe_video(clip).frame_count == CLIP_FRAMES


def test_frames_are_rgb(clip, cameras):
    capture = cv2.VideoCapture(str(clip))
    ok, first_bgr = capture.read()
    capture.release()
    assert ok
    recorder = play(OpenCvCamera(clip, realtime=False), cameras)
    assert recorder.wait_frames(1)
    frame = recorder.frames[0]
    assert frame.image.dtype == np.uint8 and frame.image.shape == (360, 640, 3) and frame.size == (640, 360)
    assert np.array_equal(frame.image, first_bgr[..., ::-1])


def test_a_file_plays_in_real_time(clip, cameras):
    recorder = play(OpenCvCamera(clip), cameras)
    assert recorder.wait_frames(30)
    elapsed = recorder.arrivals[29] - recorder.arrivals[0]  # 29 intervals of 33 ms: ~0.97 s
    assert 0.5 < elapsed < 2.0
    assert recorder.timestamps[29] == pytest.approx(29 / 29.97, abs=1e-3)  # media time


def test_realtime_false_plays_as_fast_as_it_decodes_and_ends_once(clip, cameras):
    camera = OpenCvCamera(clip, realtime=False)
    started = time.monotonic()
    recorder = play(camera, cameras, keep=1)
    assert recorder.wait_done(10)
    assert time.monotonic() - started < 3.0  # 9 s of video
    time.sleep(0.05)
    assert recorder.count == CLIP_FRAMES and recorder.ends == 1 and recorder.errors == []
    assert recorder.indices == list(range(CLIP_FRAMES))
    assert not camera.running


def test_a_looping_file_rewinds(clip, cameras):
    recorder = play(OpenCvCamera(clip, realtime=False, loop=True), cameras, keep=0)
    assert recorder.wait_frames(CLIP_FRAMES + 25, timeout=10)
    assert recorder.indices[:CLIP_FRAMES + 25] == list(range(CLIP_FRAMES + 25)) and recorder.ends == 0
    assert all(b > a for a, b in zip(recorder.timestamps, recorder.timestamps[1:], strict=False))


def test_a_file_can_be_played_again_after_it_ended(clip, cameras):
    camera = OpenCvCamera(clip, realtime=False)
    first = play(camera, cameras, keep=1)
    assert first.wait_done(10)
    second = play(camera, cameras, keep=1)
    assert second.wait_done(10) and second.count == CLIP_FRAMES


def test_a_camera_can_be_started_again_from_its_on_end_callback(clip, cameras):
    camera = OpenCvCamera(clip, realtime=False)
    cameras(camera)
    counts, errors, replayed = [0], [], threading.Event()

    def on_frame(frame):
        counts[-1] += 1

    def on_end():
        if len(counts) == 1:
            counts.append(0)
            camera.start(on_frame, errors.append, on_end)
        else:
            replayed.set()

    camera.start(on_frame, errors.append, on_end)
    assert replayed.wait(10)
    assert counts == [CLIP_FRAMES, CLIP_FRAMES] and errors == []


def test_iter_video_frames_releases_the_file_when_closed_early(clip):
    frames = iter_video_frames(clip)
    assert next(frames).shape == (360, 640, 3)
    frames.close()  # would raise if the generator's cleanup failed


# --- devices, with a fake capture ----------------------------------------------------------------

def test_the_granted_mode_is_read_back(cameras):
    fake = FakeCapture([bgr(1280, 720)] * 3, granted=(1280, 720, 15.0))
    camera = OpenCvCamera(0, 1920, 1080, 60, capture_factory=fake)
    assert not camera.is_file and camera.resolution == (1920, 1080)
    recorder = play(camera, cameras)
    assert recorder.wait_frames(3)
    assert fake.source == 0
    assert fake.requests == {cv2.CAP_PROP_FRAME_WIDTH: 1920, cv2.CAP_PROP_FRAME_HEIGHT: 1080,
                             cv2.CAP_PROP_FPS: 60}
    assert camera.resolution == (1280, 720) and camera.fps == 15.0


def test_the_first_frame_corrects_a_driver_that_misreports(cameras):
    camera = OpenCvCamera(0, capture_factory=FakeCapture([bgr(320, 240)] * 2, granted=(640, 480, 30.0)))
    recorder = play(camera, cameras)
    assert recorder.wait_frames(1)
    assert camera.resolution == (320, 240)


@pytest.mark.parametrize("frame, expected", [
    (bgr(colour=(0, 0, 255)), (255, 0, 0)),
    (np.full((480, 640), 77, np.uint8), (77, 77, 77)),
    (np.full((480, 640, 4), (10, 20, 30, 0), np.uint8), (30, 20, 10))], ids=["bgr", "grey", "bgra"])
def test_bgr_grey_and_bgra_device_frames_become_rgb(frame, expected, cameras):
    recorder = play(OpenCvCamera(0, capture_factory=FakeCapture([frame])), cameras)
    assert recorder.wait_frames(1)
    assert recorder.frames[0].image.shape == (480, 640, 3)
    assert tuple(recorder.frames[0].image[0, 0]) == expected


@pytest.mark.parametrize("failure", [None, cv2.error("VIDIOC_DQBUF: No such device")],
                         ids=["read-returns-false", "read-raises"])
def test_an_unplugged_device_is_reported_once_and_the_thread_ends(failure, cameras):
    fake = FakeCapture([bgr()] * 5 + [failure] * 50)
    camera = OpenCvCamera(0, lost_after=3, capture_factory=fake)
    recorder = play(camera, cameras)
    assert recorder.wait_done(5)
    assert not camera.running
    deadline = time.monotonic() + 5
    while opencv_threads() and time.monotonic() < deadline:  # the worker releases, then ends
        time.sleep(0.005)
    assert opencv_threads() == []
    assert recorder.count == 5 and recorder.ends == 0
    assert len(recorder.errors) == 1 and isinstance(recorder.errors[0], CameraLostError)
    assert recorder.errors[0].code == "CAMERA_LOST"
    assert "3 consecutive reads failed" in recorder.errors[0].detail
    assert fake.reads == 5 + 3 and fake.releases == 1


def test_a_few_dropped_frames_are_not_an_unplug(cameras):
    fake = FakeCapture([bgr(), None, None, bgr(), None, bgr(), bgr()])
    recorder = play(OpenCvCamera(0, lost_after=3, capture_factory=fake), cameras)
    assert recorder.wait_frames(4)
    assert recorder.errors == []


def test_device_timestamps_are_monotonic_clock_readings(cameras):
    before = time.monotonic()
    recorder = play(OpenCvCamera(0, capture_factory=FakeCapture([bgr()] * 3)), cameras)
    assert recorder.wait_frames(3)
    assert before <= recorder.timestamps[0] <= recorder.timestamps[2] <= time.monotonic()


# --- open failures -------------------------------------------------------------------------------

def test_an_absent_device_index_is_unavailable():
    camera = OpenCvCamera(97)
    with pytest.raises(CameraUnavailableError, match="camera 97: cannot be opened") as caught:
        camera.start(lambda frame: None, lambda error: None)
    assert caught.value.code == "CAMERA_UNAVAILABLE" and not camera.running


@pytest.mark.parametrize("content, match", [(b"just some text\n", "not a video format OpenCV can decode"),
                                            (bytes(range(256)) * 64, "not a video format OpenCV can decode")])
def test_a_file_that_is_not_a_video_is_unavailable(content, match, tmp_path):
    path = tmp_path / "clip.mp4"
    path.write_bytes(content)
    with pytest.raises(CameraUnavailableError, match=match):
        OpenCvCamera(path).start(lambda frame: None, lambda error: None)


def test_a_missing_file_is_unavailable(tmp_path):
    with pytest.raises(CameraUnavailableError, match="no such file or device"):
        OpenCvCamera(tmp_path / "absent.mp4").start(lambda frame: None, lambda error: None)


def test_a_capture_that_does_not_open_is_released_and_unavailable():
    fake = FakeCapture(opened=False)
    with pytest.raises(CameraUnavailableError, match="absent, busy, or not permitted"):
        OpenCvCamera(0, capture_factory=fake).start(lambda frame: None, lambda error: None)
    assert fake.releases == 1


def test_a_capture_factory_that_throws_is_unavailable():
    def broken(source):
        raise cv2.error("backend exploded")

    with pytest.raises(CameraUnavailableError, match="backend exploded"):
        OpenCvCamera(0, capture_factory=broken).start(lambda frame: None, lambda error: None)


@pytest.mark.parametrize("options", [{"width": 0}, {"fps": 0}, {"fps": float("nan")}, {"lost_after": 0}])
def test_bad_requests_are_refused(options):
    with pytest.raises(ValueError):
        OpenCvCamera(0, **options)


# --- both cameras, one contract ---------------------------------------------------------------------

@pytest.fixture(params=["opencv", "virtual"])
def clip_camera(request, clip):
    """The clip played once, unpaced, by the driver and by the simulator."""
    if request.param == "opencv":
        return OpenCvCamera(clip, realtime=False)
    return VirtualCamera(clip, loop=False, realtime=False)


def test_both_cameras_play_the_clip_the_same_way(clip_camera, cameras):
    clip_camera.stop()  # before start: a no-op
    recorder = play(clip_camera, cameras, keep=3)
    assert recorder.wait_done(10)
    assert recorder.count == CLIP_FRAMES and recorder.ends == 1 and recorder.errors == []
    assert clip_camera.resolution == (640, 360) and clip_camera.fps == pytest.approx(29.97, abs=0.01)
    assert recorder.timestamps[1] == pytest.approx(1 / clip_camera.fps)
    first = recorder.frames[0].image
    second = next(iter_video_frames(require_fixture(CLIP)))
    assert np.array_equal(first, second)
    clip_camera.stop()
    clip_camera.stop()
    assert [t for t in threading.enumerate() if t.name.startswith("camera-")] == []


def test_stop_joins_a_running_camera_and_later_callbacks_never_come(clip_camera, cameras):
    recorder = play(clip_camera, cameras, keep=0)
    assert recorder.wait_frames(5)
    clip_camera.stop()
    assert not clip_camera.running
    delivered = recorder.count
    time.sleep(0.05)
    assert recorder.count == delivered and recorder.ends == 0 and recorder.errors == []


# --- privacy: no frame is written anywhere -------------------------------------------------------

WRITE_PROBE = textwrap.dedent("""
    import json, os, sys
    from drivers.camera import OpenCvCamera
    from simulators.camera import FrameRecorder, scene

    writes = []
    WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def audit(event, args):
        # Every Python-level open, os.open and their kin raise "open"; also catch renames and links.
        if event == "open" and args[0] is not None:
            mode, flags = args[1], args[2]
            if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (flags or 0) & WRITE_FLAGS:
                writes.append([event, str(args[0])])
        elif event in ("os.rename", "os.link", "os.symlink", "shutil.copyfile", "os.mkdir"):
            writes.append([event, str(args[0])])

    cameras = [OpenCvCamera(sys.argv[1], realtime=False), scene("right-person-video", realtime=False),
               scene("card-photo-still", realtime=False), scene("two-faces", realtime=False)]
    sys.addaudithook(audit)
    with open(os.devnull, "w"):  # the canary: proves the hook sees writes
        pass
    for camera in cameras:
        recorder = FrameRecorder(keep=0)
        recorder.start(camera)
        assert recorder.wait_frames(40), camera
        camera.stop()
    print(json.dumps(writes))
""")

MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".ppm", ".pgm", ".tif", ".tiff", ".webp", ".jp2", ".npy",
                  ".npz", ".raw", ".mp4", ".avi", ".mkv", ".yuv"}
SKIPPED_DIRS = {".git", ".venv", "__pycache__", ".pytest_cache", ".hypothesis", "node_modules"}


def media_files(root: Path, *, recursive: bool) -> set[Path]:
    """Image, array and video files under ``root`` (other engineers may be editing source files)."""
    found: set[Path] = set()
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [d for d in subdirectories if d not in SKIPPED_DIRS] if recursive else []
        found.update(Path(directory, f) for f in files if Path(f).suffix.lower() in MEDIA_SUFFIXES)
    return found


@pytest.mark.alone  # scans the machine's temp folder: no other test may write there meanwhile
def test_running_the_cameras_writes_no_file(clip, tmp_path):
    """Design line 1. The cameras run in a fresh interpreter whose working and temporary directories
    are empty: an audit hook records every file opened for writing (catching Python-level writes
    anywhere), and afterwards both directories must still be empty. The project and the system
    temporary directory must gain no media file (compared by listing, filtered to media files
    because other work may be creating source files meanwhile)."""
    work, temp = tmp_path / "cwd", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    watched = [(ROOT, True), (Path(tempfile.gettempdir()), False)]
    before = {root: media_files(root, recursive=recursive) for root, recursive in watched}
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run([sys.executable, "-c", WRITE_PROBE, str(clip)], cwd=work, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1]) == [["open", os.devnull]]  # only the canary
    assert list(work.iterdir()) == [] and list(temp.iterdir()) == []
    for root, recursive in watched:
        assert media_files(root, recursive=recursive) - before[root] == set()

