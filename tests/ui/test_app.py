"""``run_reception``: the composition root's entry into the UI. Run in a child process, because
``QApplication.exec()`` returning leaves the test process's event loop unusable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from flow_fakes import build_kiosk
from ui.app import create_application, run_reception
from ui.reception_window import ReceptionWindow
from ui.sim_panel import SimulatorPanel
from ui_fakes import FakeSimulator

listeners, seen = [], {}

def inspect_and_quit():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    window = next(w for w in windows if isinstance(w, ReceptionWindow))
    seen["panel"] = any(isinstance(w, SimulatorPanel) for w in windows)
    seen["banner"] = window.simulator_banner is not None
    seen["size"] = list(window.size().toTuple())
    seen["preview"] = listeners == [window.preview.offer]  # frames go to the window's preview bridge
    seen["title"] = window.page.title.plain_text()
    QApplication.instance().quit()

create_application()  # run_reception reuses it; the timer needs its event dispatcher
QTimer.singleShot(500, inspect_and_quit)
seen["exit"] = run_reception(build_kiosk().flow, preview=listeners.append, simulator=FakeSimulator())
print(json.dumps(seen, ensure_ascii=False))
"""


def test_run_reception_opens_the_window_and_the_panel_and_wires_the_preview():
    path = os.pathsep.join([str(ROOT), str(HERE), str(HERE.parent / "flow")])
    env = {**os.environ, "PYTHONPATH": path}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True,  # noqa: S603
                         timeout=30, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {
        "panel": True, "banner": True, "size": [1280, 800], "preview": True,
        "title": "マイナンバーカードを 置いてください", "exit": 0}
