"""Settings: platform defaults, a settings file overlaid, and every bad value named."""

from __future__ import annotations

import json
import re

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


# --- strict settings (issue 13 §3): what would break a visit at its last step is refused at start ---

@pytest.mark.parametrize(("text", "named"), [
    ('[reception]\nterminal_id = "KIOSK 01"', "reception.terminal_id"),  # a space
    ('[reception]\nterminal_id = "KIOSK.01"', "reception.terminal_id"),
    ('[reception]\nterminal_id = "受付01"', "reception.terminal_id"),
    ('[reception]\nterminal_id = ""', "reception.terminal_id"),
    ('[reception]\nterminal_id = "-KIOSK"', "reception.terminal_id"),
    ('[reception]\nterminal_id = "' + "K" * 40 + '"', "reception.terminal_id"),  # file ids have 64 characters
    ('[reception]\ninstitution_code = "１３１２３４５６７８"', "reception.institution_code"),  # full-width digits
    ('[reception]\nconsent_items = ["medication", "medication"]', "reception.consent_items"),
    ("[reception]\ninactivity_seconds = nan", "reception.inactivity_seconds"),
    ("[reception]\ncard_left_seconds = inf", "reception.card_left_seconds"),
    ("[reception]\nwarning_seconds = -1", "reception.warning_seconds"),
    ('[reception]\nstaff_pin_hash = "1234"', "reception.staff_pin_hash"),
    ('[reception]\nreader_model = "pasori-9000"', "reception.reader_model"),
    ('eligibility_url = "ftp://gateway"', "eligibility_url"),
    ('eligibility_url = "http://"', "eligibility_url"),
    ('eligibility_url = "http://host:99999"', "eligibility_url"),
    ('results_dir = "relative/results"', "results_dir"),
    ('results_dir = "/mnt/clinic-share-not-mounted/results"', "results_dir"),
    ('requests_dir = "/nonexistent/REQ"', "requests_dir"),
    ('log_dir = "logs"', "log_dir"),
    ('database_url = "not a url"', "database_url"),
    ('time_zone = "JST+9"', "time_zone"),
    ("[accessibility]\nvolume = 2", "accessibility.volume"),
])
def test_values_that_would_break_a_visit_are_refused_with_the_key(paths, tmp_path, text, named):
    file = tmp_path / "s.toml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(named)):
        load_settings(file, paths)


def test_every_wrong_key_is_reported_at_once(paths, tmp_path):
    file = tmp_path / "s.toml"
    file.write_text('colour = "blue"\n[reception]\nterminal_id = "A B"\nface_attempts = 0\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(file, paths)
    assert all(key in caught.value.detail for key in ("colour", "reception.terminal_id", "reception.face_attempts"))


def test_a_named_settings_file_that_does_not_exist_is_an_error(paths, tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "typo.toml", paths)


def test_configured_folders_must_exist_and_are_never_created(paths, tmp_path):
    share = tmp_path / "share"
    file = tmp_path / "s.toml"
    file.write_text(f'results_dir = "{share}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="mounted"):
        load_settings(file, paths)
    assert not share.exists()
    share.mkdir()
    settings = load_settings(file, paths)
    assert settings.results_dir == share and "results_dir" in settings.configured


def test_a_real_terminal_must_name_itself(paths, tmp_path):
    from kiosk.settings import require

    defaults = load_settings(paths=paths)
    with pytest.raises(ConfigError, match="reception.institution_code"):
        require(defaults, "reception.terminal_id", "reception.institution_code")
    file = tmp_path / "s.toml"
    file.write_text('[reception]\nterminal_id = "KIOSK-07"\ninstitution_code = "0112345678"\n', encoding="utf-8")
    require(load_settings(file, paths), "reception.terminal_id", "reception.institution_code")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=50))
def test_any_terminal_id_is_accepted_only_if_a_file_id_can_hold_it(tmp_path_factory, terminal_id):
    from kiosk.handoff.files import FILE_ID_PATTERN

    folder = tmp_path_factory.mktemp("s")
    file = folder / "s.toml"
    file.write_text(f"[reception]\nterminal_id = {json.dumps(terminal_id)}\n", encoding="utf-8")
    try:
        loaded = load_settings(file, Paths(folder / "d", folder / "c", folder / "l"))
    except ConfigError:
        return
    assert FILE_ID_PATTERN.fullmatch(f"{loaded.reception.terminal_id}-20261201-235959-0123abcd")


def test_the_request_folders_come_together(paths, tmp_path):
    (tmp_path / "REQ").mkdir()
    file = tmp_path / "s.toml"
    file.write_text(f'requests_dir = "{tmp_path / "REQ"}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="requests_dir and responses_dir"):
        load_settings(file, paths)
