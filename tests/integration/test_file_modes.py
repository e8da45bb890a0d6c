"""Files private to the kiosk user (issue 13 §6): after a real visit through the command line, with
the host's usual umask 022, the database, its folder and the logs are readable by the kiosk user
only; the result files for the clinic system are 0640 (owner and the share's group), as documented
in docs/handoff.md. A database and a log left world-readable by an older version are narrowed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_visit_leaves_only_private_files_and_readable_results(tmp_path):
    home = tmp_path / "home"
    data, state = home / ".local/share/myna-kiosk", home / ".local/state/myna-kiosk/log"
    data.mkdir(parents=True)
    old_db = data / "kiosk.db"  # an older version left it world-readable
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_STATE_HOME": str(home / ".local/state"), "XDG_CONFIG_HOME": str(home / ".config"),
           "PYTHONPATH": str(ROOT)}
    old_db.touch(mode=0o644)
    os.chmod(old_db, 0o644)
    result = subprocess.run(["sh", "-c", f"umask 022; exec {sys.executable} -m app simulate reception "
                             "--resident R002 --method pin --json"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    results = sorted((data / "results").iterdir())
    assert [p.suffix for p in results] == [".json", ".xml"]
    assert {mode(p) for p in results} == {0o640}
    assert mode(old_db) == 0o600
    assert all(mode(p) == 0o600 for p in data.glob("kiosk.db*"))
    assert mode(data / "results") == 0o750  # the clinic system's group lists it, nobody else
    logs = subprocess.run(["sh", "-c", f"umask 022; exec {sys.executable} -m app run --simulator --smoke"],
                          cwd=ROOT, env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                          timeout=120)
    assert logs.returncode == 0, logs.stderr
    assert mode(state) == 0o700 and mode(state / "kiosk.log") == 0o600
