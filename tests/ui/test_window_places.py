"""Every window opens wholly on a 1280×800 screen (issue 16 §7): the reception window with the
simulator panel, and the counter's staff console, resident window and panel. Each run is a child
process on its own 1280×800 virtual screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

INSPECT = """
import json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import create_application

def inspect_and_quit():
    app = QApplication.instance()
    area = app.primaryScreen().availableGeometry()
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    print(json.dumps({"screen": list(area.getRect()),
                      "outside": [type(w).__name__ for w in windows if not area.contains(w.frameGeometry())],
                      "windows": sorted(type(w).__name__ for w in windows)}))
    app.quit()

create_application()
QTimer.singleShot(800, inspect_and_quit)
"""
RECEPTION = INSPECT + """
from flow_fakes import build_kiosk
from ui.app import run_reception
from ui_fakes import FakeSimulator
run_reception(build_kiosk().flow, simulator=FakeSimulator())
"""
COUNTER = INSPECT + """
import tempfile
from app.counter import assemble_desk
from simulators.card.slot import VirtualCardSlot
from simulators.card_management import SimulatedCardManagement
from simulators.eligibility import SimulatedEligibilityService
from ui.counter.desk_app import run_counter
from ui_fakes import FakeSimulator
slot = VirtualCardSlot()
desk = assemble_desk(f"sqlite:///{tempfile.mkdtemp()}/counter.db", desk_id="DESK-01", slot=slot, collation=slot,
                     cards=SimulatedCardManagement(), eligibility=SimulatedEligibilityService(), simulated_cards=True)
run_counter(desk.flow, simulator=FakeSimulator())
desk.close()
"""


def on_small_screen(script: str) -> dict:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed")
    path = os.pathsep.join([str(ROOT), str(HERE), str(HERE.parent / "flow")])
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"} | {"PYTHONPATH": path}
    out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-c", script], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_reception_window_and_its_panel_fit_a_1280_by_800_screen():
    seen = on_small_screen(RECEPTION)
    assert seen["windows"] == ["ReceptionWindow", "SimulatorPanel"] and seen["outside"] == [], seen


def test_the_counter_windows_fit_a_1280_by_800_screen():
    seen = on_small_screen(COUNTER)
    assert seen["windows"] == ["ResidentScreen", "SimulatorPanel", "StaffConsole"] and seen["outside"] == [], seen
