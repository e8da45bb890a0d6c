"""The simulator control panel drives :class:`~ui.sim_panel.SimulatorIntents` and nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_fakes import FakeSimulator

from ui.sim_panel import SimulatorIntents, SimulatorPanel


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
