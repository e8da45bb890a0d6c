"""Settings: platform defaults, a settings file overlaid, and every bad value named."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.reception.model import ConsentItem
from kiosk.settings import ConfigError, Paths, load_settings


@pytest.fixture
def paths(tmp_path):
    return Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")


def test_defaults_live_under_the_user_directories(paths):
    s = load_settings(paths=paths)
    assert s.database_url == f"sqlite:///{paths.data / 'kiosk.db'}"
    assert s.results_dir == paths.data / "results" and s.log_dir == paths.logs
    assert s.eligibility_url is None


def test_a_settings_file_overrides(paths, tmp_path):
    file = tmp_path / "s.toml"
    file.write_text('database_url = "postgresql+psycopg://kiosk@db/kiosk"\n[reception]\n'
                    'consent_items = ["medication", "surgery"]\nprescription_screen = true\n'
                    'institution_code = "0112345678"\nface_attempts = 2\n', encoding="utf-8")
    s = load_settings(file, paths)
    assert s.database_url.startswith("postgresql")
    assert s.reception.consent_items == (ConsentItem.MEDICATION, ConsentItem.SURGERY)
    assert s.reception.prescription_screen and s.reception.face_attempts == 2


@pytest.mark.parametrize(("text", "named"), [
    ("reception = 3", "reception"),
    ("[reception]\nconsent_items = [\"x-ray\"]", "consent_items"),
    ("[reception]\nface_attempts = \"3\"", "face_attempts"),
    ("[reception]\nface_attempts = 0", "face_attempts"),
    ("[reception]\ninstitution_code = \"12\"", "institution_code"),
    ("[reception]\ninactivity_seconds = 10\nwarning_seconds = 20", "warning_seconds"),
    ("colour = \"blue\"", "colour"),
    ("database_url = 5", "database_url"),
    ("[reception]\nbundle_consent = 1", "bundle_consent"),
    ("not toml at all [", "cannot read"),
])
def test_bad_values_are_named(paths, tmp_path, text, named):
    file = tmp_path / "s.toml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=named):
        load_settings(file, paths)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_file_content_loads_or_is_a_config_error(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("s")
    file = folder / "s.toml"
    file.write_bytes(data)
    try:
        load_settings(file, Paths(folder / "d", folder / "c", folder / "l"))
    except ConfigError:
        pass
