"""``myna-kiosk card scan-face`` as an administrator runs it: fields, 照合番号B or null, problems and
timings, in text or JSON; bad input is a precise error with its exit status, never a traceback.

The card image is written to pytest's tmp_path only and deleted at once (the privacy scans look
for image bytes in temp folders)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from app.cli import cli
from app.cli.output import Exit
from simulators.card_face import render_scene
from simulators.fixtures import face_fixture
from simulators.residents import resident

ROOT = Path(__file__).resolve().parents[3]
# The spec's example card (§5): born 1980-02-17 (昭和55年), expiry 2035, code 2285, issued in 2025 —
# certain on any day from its issue on, so the real clock the command uses may run.
SPEC_CARD = {"birth_date": date(1980, 2, 17), "card_issued": date(2025, 3, 1), "security_code": "2285"}


@pytest.fixture
def card_photo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "card-front.png"
    person = replace(resident("R002"), photo=None, **SPEC_CARD)
    Image.fromarray(render_scene(person, "clean", random.Random(7))).save(path)  # noqa: S311
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def run(*args: str):
    return CliRunner().invoke(cli, ["card", "scan-face", *args], standalone_mode=False)


def test_json_reads_the_card(card_photo):
    result = run(str(card_photo), "--json")
    out = json.loads(result.output)
    assert result.return_value == Exit.OK, result.output
    assert out["collation_b"] == "55021720352285" and out["birth_date"] == "1980-02-17"
    assert out["expiry"] == "2035-02-17" and out["security_code"] == "2285" and out["problems"] == []
    assert 0 < out["confidence"] <= 1 and out["timings_ms"]["total"] > 0


def test_text_output(card_photo):
    result = run(str(card_photo))
    assert result.return_value == Exit.OK
    assert "55021720352285" in result.output and "Timings" in result.output and "ocr" in result.output


def test_a_frame_without_a_card_is_null_and_exit_1(tmp_path):
    path = tmp_path / "desk.png"
    Image.new("RGB", (640, 480), (92, 64, 44)).save(path)
    try:
        result = run(str(path), "--json")
    finally:
        path.unlink()
    assert result.return_value == Exit.NEGATIVE
    assert json.loads(result.output)["collation_b"] is None and "CARD_NOT_FOUND" in result.output


def test_bad_input_is_a_precise_error():
    not_image = run(str(ROOT / "README.md"), "--json")
    assert not_image.return_value == Exit.FAILED and json.loads(not_image.output)["error"]["code"] == "IMAGE_INVALID"
    missing = run("no-such-card.png", "--json")
    assert missing.return_value == Exit.FAILED and "no such file" in json.loads(missing.output)["error"]["message"]
    camera = run("--camera", "/dev/video99", "--json")
    assert camera.return_value == Exit.FAILED and json.loads(camera.output)["error"]["code"] == "CAMERA_UNAVAILABLE"


def test_image_or_camera_exactly_one():
    result = subprocess.run([sys.executable, "-m", "app", "card", "scan-face", "--json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == Exit.USAGE and json.loads(result.stdout)["error"]["code"] == "USAGE"


def test_not_an_image_in_text_has_no_traceback():
    result = subprocess.run([sys.executable, "-m", "app", "card", "scan-face", str(ROOT / "README.md")], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == Exit.FAILED and "[IMAGE_INVALID]" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.faces
def test_camera_on_a_video_file_without_a_card():
    clip = face_fixture("lin_manuel_miranda_clip.mp4")
    if clip is None:
        pytest.skip("shared face fixtures not found (set MYNA_FACE_FIXTURES)")
    result = run("--camera", str(clip), "--json")
    assert result.return_value == Exit.NEGATIVE and json.loads(result.output)["problems"] == ["CARD_NOT_FOUND"]
