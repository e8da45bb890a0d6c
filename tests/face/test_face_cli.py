"""``myna-kiosk face compare`` and ``face live`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_face_compare_json(faces):
    result = cli("face", "compare", str(faces / "obama_1.jpg"), str(faces / "obama_2.jpg"), "--json")
    out = json.loads(result.stdout)
    assert result.returncode == 0 and out["decision"] == "match" and out["distance"] < 0.55
    assert {"detect_a", "encode_a", "detect_b", "encode_b"} <= out["timings_ms"].keys()


def test_face_compare_refuses_a_non_image_precisely(faces):
    result = cli("face", "compare", str(ROOT / "README.md"), str(faces / "obama_2.jpg"))
    assert result.returncode == 5
    assert "[IMAGE_INVALID]" in result.stderr and "README.md" in result.stderr and "Traceback" not in result.stderr
    as_json = json.loads(cli("face", "compare", str(ROOT / "README.md"), str(faces / "obama_2.jpg"), "--json").stdout)
    assert as_json["error"]["code"] == "IMAGE_INVALID"


def test_face_compare_says_no_for_two_people(faces):
    result = cli("face", "compare", str(faces / "obama_1.jpg"), str(faces / "biden_1.jpg"), "--json")
    assert result.returncode == 1 and json.loads(result.stdout)["decision"] == "no-match"


def test_face_live_on_the_video_file(faces):
    result = cli("face", "live", "--camera", str(faces / "lin_manuel_miranda_clip.mp4"),
                 "--card-photo", str(faces / "lin_manuel_miranda_1.png"), "--json")
    out = json.loads(result.stdout)
    assert result.returncode == 0, result.stderr
    assert out["outcome"] == "match" and out["live"] and out["quality_reasons"]["NO_FACE"] > 0
