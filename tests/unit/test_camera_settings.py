"""``[camera]`` (issue 14 §1): specs checked when the settings load, with the key named; whether the
cameras are there is a start-up report, so an unplugged camera never stops the kiosk from opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.camera import CameraConfig, camera_present, camera_spec
from kiosk.settings import ConfigError, Paths, load_settings


def settings_with(tmp_path: Path, text: str):
    file = tmp_path / "settings.toml"
    file.write_text(text, encoding="utf-8")
    return load_settings(file, Paths(tmp_path, tmp_path, tmp_path, tmp_path / "etc"), environ={})


def test_specs_are_indices_or_absolute_paths():
    assert camera_spec(0) == 0 and camera_spec("2") == 2 and camera_spec("/dev/video1") == Path("/dev/video1")
    for bad in ("video0", "", -1, True, "1234", 1.5, None):
        with pytest.raises(ValueError):
            camera_spec(bad)


def test_same_camera_and_every_mistake_named(tmp_path):
    same = settings_with(tmp_path, '[camera]\nface = "/dev/video0"\ncard_face = "same"\nscan_seconds = 2\n').camera
    assert same.same_camera and same.card_face_spec == Path("/dev/video0") and same.scan_seconds == 2
    with pytest.raises(ConfigError) as raised:
        settings_with(tmp_path, '[camera]\ncard_face = "same"\nscan_seconds = 60\nfocus = 1\n')
    for named in ('camera.card_face = "same" needs camera.face', "camera.scan_seconds", "unknown key camera.focus"):
        assert named in raised.value.detail


def test_what_is_missing_is_said_in_words(tmp_path):
    video = tmp_path / "clip.mp4"
    assert CameraConfig().missing() == ["[camera] face is not set", "[camera] card_face is not set"]
    config = CameraConfig(face=video, card_face=tmp_path / "desk.mp4")
    assert [line.split(":")[0] for line in config.missing()] == ["[camera] face", "[camera] card_face"]
    video.write_bytes(b"x")
    assert camera_present(video) and CameraConfig(face=video, same_camera=True).missing() == []
    video.unlink()  # unplugged: missing again, and back when it returns
    assert not camera_present(video)
