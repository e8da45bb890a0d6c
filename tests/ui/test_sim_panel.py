"""The simulator control panel drives :class:`~ui.sim_panel.SimulatorIntents` and nothing else."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from ui_fakes import FakeSimulator

from app.cli.run import sim_staff_pin
from app.cli.simulate import SIM_STAFF_PIN
from kiosk.reception.config import check_staff_pin, hash_staff_pin
from kiosk.settings import Settings
from ui.sim_panel import SimulatorIntents, SimulatorPanel
from ui.staff_entry import StaffHotspot


def test_the_panel_drives_card_camera_and_faults(qtbot, screenshot):
    simulator: SimulatorIntents = FakeSimulator()
    panel = SimulatorPanel(simulator)
    qtbot.addWidget(panel)
    panel.show()
    assert simulator.calls == [("scene", "right-person-video")]  # the camera plays what the panel shows
    panel.residents.setCurrentIndex(panel.residents.findData("R002"))
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    panel.scenes.setCurrentIndex(panel.scenes.findData("card-photo-still"))
    panel.fault_boxes["eligibility-down"].click()
    panel.fault_boxes["eligibility-down"].click()
    assert simulator.calls[1:] == [("insert", "R002"), ("remove",), ("scene", "card-photo-still"),
                                   ("fault", "eligibility-down", True), ("fault", "eligibility-down", False)]
    assert panel.insert_button.height() < 96  # a developer tool, not the resident's big buttons
    screenshot(panel, "simulator-panel")


def test_the_panel_names_the_staff_gesture_and_the_simulators_staff_pin(qtbot):
    panel = SimulatorPanel(FakeSimulator(), staff_pin=SIM_STAFF_PIN)
    qtbot.addWidget(panel)
    hint = panel.staff_hint.text()
    assert f"{StaffHotspot.TAPS}回" in hint and "長押し" in hint and "左上" in hint and SIM_STAFF_PIN in hint
    assert SIM_STAFF_PIN not in SimulatorPanel(FakeSimulator()).staff_hint.text()  # the settings' own PIN


def test_run_in_simulator_mode_opens_the_staff_check_with_the_simulators_pin(tmp_path):
    settings = Settings(f"sqlite:///{tmp_path / 'k.db'}", tmp_path, tmp_path, tmp_path, tmp_path)
    simulated, pin = sim_staff_pin(settings)
    assert pin == SIM_STAFF_PIN and check_staff_pin(pin, simulated.reception.staff_pin_hash)
    own = replace(settings, reception=replace(settings.reception, staff_pin_hash=hash_staff_pin("97531")))
    assert sim_staff_pin(own) == (own, "")  # a configured staff PIN is kept, and not named
