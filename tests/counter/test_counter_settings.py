"""``[counter]`` settings (issue 16 §5): the municipality printed on the receipt and the slip, and
the desk's printer — checked like every table: unknown keys refused, every wrong value named at once."""

from __future__ import annotations

import pytest

from kiosk.settings import ConfigError, CounterSettings, Paths, load_settings


def loaded(tmp_path, text: str):
    file = tmp_path / "settings.toml"
    file.write_text(text, encoding="utf-8")
    return load_settings(file, Paths(tmp_path / "d", tmp_path / "c", tmp_path / "l", tmp_path / "s"), environ={})


def test_the_desk_names_its_municipality_and_printer(tmp_path):
    settings = loaded(tmp_path, '[counter]\nmunicipality = "横浜市"\nprinter = "Desk_02_Brother"\n')
    assert settings.counter == CounterSettings("横浜市", "Desk_02_Brother")
    assert {"counter.municipality", "counter.printer"} <= settings.configured


def test_by_default_no_municipality_and_the_systems_printer(tmp_path):
    assert loaded(tmp_path, "").counter == CounterSettings("", None)


def test_every_wrong_key_and_value_is_named_at_once(tmp_path):
    with pytest.raises(ConfigError) as raised:
        loaded(tmp_path, '[counter]\nmunicipality = ""\nprinter = 7\nfax = "x"\n')
    message = str(raised.value.detail if hasattr(raised.value, "detail") else raised.value)
    assert "counter.municipality" in message and "counter.printer" in message and "unknown key counter.fax" in message


def test_a_name_on_two_lines_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="counter.municipality"):
        loaded(tmp_path, '[counter]\nmunicipality = "横浜市\\n中区"\n')
