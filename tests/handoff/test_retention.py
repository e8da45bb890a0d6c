"""Retention of result files and receipt PDFs (issue 15 §5)."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta

import pytest

from app.cli import main
from kiosk.clock import TOKYO
from kiosk.handoff.errors import HandoffError
from kiosk.handoff.retention import RECEIPT_NAMES, RESULT_NAMES, purge
from kiosk.settings import Paths

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=TOKYO)


def aged(path, days: float) -> None:
    path.write_text("x", encoding="utf-8")
    stamp = (NOW - timedelta(days=days)).timestamp()
    os.utime(path, (stamp, stamp))


def test_only_the_kiosks_own_old_files_go(tmp_path):
    for name, days in (("old.xml", 91), ("old.json", 120), ("new.xml", 3), ("notes.txt", 400), ("edge.xml", 89.9)):
        aged(tmp_path / name, days)
    done = purge(tmp_path, RESULT_NAMES, 90, NOW)
    assert sorted(p.name for p in done.deleted) == ["old.json", "old.xml"] and done.kept == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edge.xml", "new.xml", "notes.txt"]
    aged(tmp_path / "受領書_20260801-0001.pdf", 120)
    aged(tmp_path / "お知らせ_20261130-0002.pdf", 1)
    aged(tmp_path / "交付申請書_12345678901234567890123_20260801-101500.pdf", 120)  # a reissued form
    aged(tmp_path / "交付申請書.pdf", 120)  # not a name the kiosk writes
    assert [p.name for p in purge(tmp_path, RECEIPT_NAMES, 90, NOW).deleted] == [
        "交付申請書_12345678901234567890123_20260801-101500.pdf", "受領書_20260801-0001.pdf"]


def test_a_missing_share_is_an_error_not_a_new_folder(tmp_path):
    with pytest.raises(HandoffError):
        purge(tmp_path / "unmounted", RESULT_NAMES, 90, NOW)
    assert not (tmp_path / "unmounted").exists()
    with pytest.raises(ValueError):
        purge(tmp_path, RESULT_NAMES, 0, NOW)


def test_the_command_purges_the_configured_results_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # no receipts folder there yet
    results = tmp_path / "results"
    results.mkdir()
    aged(results / "k1.xml", 400)
    settings = tmp_path / "settings.toml"
    settings.write_text(f'results_dir = "{results}"\n', encoding="utf-8")
    assert main(["results", "purge", "--days", "30", "--settings", str(settings), "--json"]) == 0
    assert '"deleted": 1' in capsys.readouterr().out and not (results / "k1.xml").exists()

    assert not (tmp_path / "data").exists()  # a desk that never saved a PDF: nothing made


def test_the_command_purges_the_desks_receipts_folder_by_default(tmp_path, capsys, monkeypatch):
    """The package's daily timer runs ``results purge --days N``: the receipts and slips the desks
    saved as PDFs (with residents' names) go with the results."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    receipts = Paths.default().receipts
    receipts.mkdir(parents=True)
    aged(receipts / "受領書_DESK-01-20260801-1015.pdf", 120)
    aged(receipts / "お知らせ_DESK-01-20261130-1015.pdf", 1)
    results = tmp_path / "results"
    results.mkdir()
    settings = tmp_path / "settings.toml"
    settings.write_text(f'results_dir = "{results}"\n', encoding="utf-8")
    assert main(["results", "purge", "--days", "90", "--settings", str(settings), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[str(receipts)] == {"deleted": 1, "kept": 1}
    assert [path.name for path in receipts.iterdir()] == ["お知らせ_DESK-01-20261130-1015.pdf"]
