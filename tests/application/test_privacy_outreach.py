"""Privacy scan after an outreach session (issue 18 §6, product.md "Lines we never cross" 1): two
applications taken on the simulators, exported, imported at the office, confirmed — all in
separate processes with their own HOME, XDG folders and TMPDIR — and then every file they wrote
is searched for image bytes, the fixture photo's bytes, the resident's name, address and e-mail.
The application photo exists on disk only inside sealed records."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.application import SIM_DETAILS
from kiosk.private_files import private_file, private_folder
from kiosk.secrets import BUNDLE_KEY, RECORD_KEY, new_key_text

pytestmark = pytest.mark.faces

ROOT = Path(__file__).resolve().parents[2]
# JPEG (JFIF, EXIF, quantisation table first), JPEG 2000, its codestream, PNG: as the reception's scan.
IMAGE_MAGIC = (b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"\xff\xd8\xff\xdb", b"\x00\x00\x00\x0cjP  \r\n",
               b"\xff\x4f\xff\x51\x00", b"\x89PNG\r\n\x1a\n")
EMAIL = "hanako@example.jp"


def cli(home: Path, *args: str) -> dict:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache"), "TMPDIR": str(home / "tmp"), "QT_QPA_PLATFORM": "offscreen",
           "MYNA_KIOSK_SYSTEM_DIR": str(home.parent / "etc")}
    done = subprocess.run([sys.executable, "-m", "app", *args, "--json"], cwd=home, env=env, capture_output=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    return json.loads(done.stdout)


def written(home: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}


def fixture_windows(faces: Path) -> list[bytes]:
    data = (faces / "obama_1.jpg").read_bytes()
    return [data[start:start + 32] for start in range(1000, len(data) - 32, len(data) // 16)]


def assert_nothing_personal(home: Path, faces: Path) -> int:
    personal = [SIM_DETAILS.name.encode(), "花子".encode(), SIM_DETAILS.address.encode(),
                "千代田".encode(), EMAIL.encode()]
    windows = fixture_windows(faces)
    files = written(home)
    for path, blob in files.items():
        where = str(path.relative_to(home))
        assert not any(magic in blob for magic in IMAGE_MAGIC), f"image bytes in {where}"
        assert not any(window in blob for window in windows), f"the fixture photo in {where}"
        assert not any(text in blob for text in personal), f"the resident's details in {where}"
        if path.suffix == ".db":
            dump = "\n".join(sqlite3.connect(path).iterdump()).encode()
            assert not any(text in dump for text in personal), f"the resident's details in {where}"
    return len(files)


def test_an_outreach_session_leaves_nothing_readable(tmp_path, faces):
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    (home / "usb").mkdir()
    secrets = private_folder(tmp_path / "etc" / "secrets")
    for name in (RECORD_KEY, BUNDLE_KEY):
        private_file(secrets / name).write_text(new_key_text() + "\n", encoding="utf-8")

    first = cli(home, "simulate", "application")
    second = cli(home, "simulate", "application", "--no-form", "--delivery", "counter", "--mode", "office")
    assert first["outcome"] == second["outcome"] == "stored"
    exported = cli(home, "application", "export", "--out", str(home / "usb" / "outreach.mynabundle"))
    imported = cli(home, "application", "import", exported["bundle"])
    assert exported["records"] == imported["records"] == 1  # the newest session: the office one
    sealed = sorted(p.name for p in home.rglob("*.sealed"))
    assert len(sealed) == 6  # two sessions of one application each on the laptop, one of each at the office
    assert assert_nothing_personal(home, faces) >= 8

    cli(home, "application", "confirm", imported["receipt"])
    laptop = home / "data" / "myna-kiosk" / "applications"
    assert len(list(laptop.rglob("*.sealed"))) == 2  # the first session, never exported, stays sealed
    assert_nothing_personal(home, faces)
