"""``[application]`` (the application support desk on a real terminal): cameras checked for form
when the settings load, the desk's mode and place, its printer and municipality code, the vault
folders; every mistake named at once. Whether the cameras are there is a start-up report."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.settings import TOP_LEVEL_KEYS, ApplicationSettings, ConfigError, Paths, load_settings


def settings_with(tmp_path: Path, text: str, environ: dict[str, str] | None = None):
    file = tmp_path / "settings.toml"
    file.write_text(text, encoding="utf-8")
    return load_settings(file, Paths(tmp_path, tmp_path, tmp_path, tmp_path / "etc"), environ=environ or {})


def test_the_defaults_are_an_office_desk_without_cameras(tmp_path):
    assert "application" in TOP_LEVEL_KEYS
    assert settings_with(tmp_path, "").application == ApplicationSettings()
    assert ApplicationSettings().mode == "office" and ApplicationSettings().photo_camera is None


def test_good_values_are_taken(tmp_path):
    (tmp_path / "vault").mkdir()
    (tmp_path / "inbox").mkdir()
    config = settings_with(tmp_path, f"""
[application]
photo_camera = 0
qr_camera = "/dev/video2"
mode = "outreach"
place = "○○株式会社 本社"
printer = "Office-Printer-2F"
municipality_code = "131016"
vault_dir = "{tmp_path / 'vault'}"
received_dir = "{tmp_path / 'inbox'}"
""").application
    assert config == ApplicationSettings(0, Path("/dev/video2"), "outreach", "○○株式会社 本社", "Office-Printer-2F",
                                         "131016", tmp_path / "vault", tmp_path / "inbox")


def test_no_qr_camera_is_an_empty_string_and_the_environment_overrides(tmp_path):
    config = settings_with(tmp_path, '[application]\nqr_camera = ""\n',
                           {"MYNA_KIOSK_APPLICATION__PHOTO_CAMERA": "/srv/clip.avi"}).application
    assert config.qr_camera is None and config.photo_camera == Path("/srv/clip.avi")


def test_every_mistake_is_named_at_once(tmp_path):
    with pytest.raises(ConfigError) as raised:
        settings_with(tmp_path, """
[application]
photo_camera = "video0"
qr_camera = -1
mode = "home"
printer = ""
municipality_code = "131017"
vault_dir = "relative/vault"
received_dir = "/no/such/folder"
zoom = 2
""")
    detail = raised.value.detail
    for named in ("application.photo_camera", "application.qr_camera", "application.mode must be office or outreach",
                  "application.printer", "application.municipality_code", "application.vault_dir",
                  "application.received_dir", "unknown key application.zoom"):
        assert named in detail
    assert "(the path is relative)" in detail


def test_an_outreach_desk_names_its_place(tmp_path):
    with pytest.raises(ConfigError, match='application.mode = "outreach" needs application.place'):
        settings_with(tmp_path, '[application]\nmode = "outreach"\n')
    with pytest.raises(ConfigError, match="application must be a table"):
        settings_with(tmp_path, 'application = "office"\n')
