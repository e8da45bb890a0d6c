"""The counter's command line as staff use it: the queue, a headless handover, the day's CSV."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args, *(["--password-stdin"] if password else [])], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, input=f"{password}\n" if password else "")


def test_queue_handover_and_statistics(tmp_path):
    url = f"sqlite:///{tmp_path / 'counter.db'}"
    queue = json.loads(cli("sim", "applications", "--json").stdout)
    ready = next(a for a in queue if a["status"] == "card-ready" and not a["face_card"])
    face = next(a for a in queue if a["status"] == "card-ready" and a["face_card"])
    first = json.loads(cli("simulate", "counter", "--application-id", ready["application_id"], "--database-url", url,
                           "--json").stdout)
    assert first["outcome"] == "handed-over" and first["staff_actions"] <= 8 and first["registered"]
    second = json.loads(cli("simulate", "counter", "--application-id", face["application_id"], "--database-url", url,
                            "--json").stdout)
    assert second["outcome"] == "handed-over" and second["pins_set"] == []
    again = cli("simulate", "counter", "--application-id", ready["application_id"], "--database-url", url, "--json")
    assert again.returncode == 1 and json.loads(again.stdout)["code"] == "COUNTER_ALREADY_HANDED_OVER"
    csv_path = tmp_path / "day.csv"
    denied = cli("stats", "--staff-id", "clerk01", "--database-url", url, "--csv", str(csv_path),
                 password="counter-pass-01")
    assert denied.returncode == 4 and not csv_path.exists()  # counter staff: not theirs to see
    cli("stats", "--staff-id", "super01", "--database-url", url, "--csv", str(csv_path), password="supervisor-pass-01")
    total = csv_path.read_text(encoding="utf-8-sig").splitlines()[1].split(",")
    assert total[1] == "合計" and total[5:8] == ["2", "2", "1"]
    as_json = json.loads(cli("stats", "--staff-id", "super01", "--database-url", url, "--json",
                             password="supervisor-pass-01").stdout)
    assert as_json["total"]["handovers"] == 2 and as_json["total"]["registrations"] == 2
    refused = cli("stats", "--staff-id", "super01", "--database-url", url, "--json", password="wrong")
    assert refused.returncode == 4 and json.loads(refused.stdout)["error"]["code"] == "COUNTER_LOGIN_FAILED"
