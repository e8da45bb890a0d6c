"""The simulator control panel (simulator mode only, a separate window for the developer): put a
synthetic resident's card on the reader or take it away, choose what the virtual camera shows,
switch faults on and off, and how to open the staff check. It only calls :class:`SimulatorIntents`;
the simulators do the rest."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.staff_entry import StaffHotspot


class SimulatorIntents(Protocol):
    """What the panel drives (``simulators.control``). Ids are stable; labels are for display."""

    def residents(self) -> list[tuple[str, str]]:
        """``(resident_id, label)`` of every synthetic resident."""
        ...

    def insert(self, resident_id: str) -> None:
        """Put that resident's card on the reader (replacing any card there)."""
        ...

    def remove(self) -> None:
        """Take the card off the reader."""
        ...

    def camera_scenes(self) -> list[tuple[str, str]]:
        """``(scene_id, label)``: right person video, other person, still photo held up, no face ..."""
        ...

    def set_camera_scene(self, scene_id: str) -> None:
        """What the virtual camera shows from now on."""
        ...

    def faults(self) -> list[tuple[str, str]]:
        """``(fault_id, label)`` of the faults that can be injected (reader lost, service down ...)."""
        ...

    def set_fault(self, fault_id: str, on: bool) -> None:
        """Switch a fault on or off."""
        ...


STYLE = """
QWidget { font-size: 16px; }
QPushButton { font-size: 16px; font-weight: normal; min-height: 40px; padding: 0 12px; border-width: 2px;
              border-radius: 6px; }
QGroupBox { font-weight: bold; margin-top: 12px; padding-top: 12px; }
"""


def staff_gesture_text(staff_pin: str) -> str:
    """How to open the staff check (目視確認) at the kiosk, and with which PIN ("": the settings')."""
    pin = f"係員用 暗証番号: {staff_pin}" if staff_pin else "係員用 暗証番号: 設定のもの (reception.staff_pin_hash)"
    return (f"画面 左上の 角を {StaffHotspot.TAPS}回 続けて タップ、または {StaffHotspot.HOLD_MS / 1000:g}秒 長押し"
            f"（方法・顔・暗証番号の 画面）→ {pin}\n"
            f"Top-left corner: {StaffHotspot.TAPS} taps within {StaffHotspot.TAP_WINDOW_S:g} s, or hold "
            f"{StaffHotspot.HOLD_MS / 1000:g} s → staff PIN {staff_pin or '(from the settings)'}")


class SimulatorPanel(QWidget):
    """The developer's controls of the simulators: the card, the camera scene, the faults, and
    how to open the staff check (``staff_pin``: the simulator's staff PIN, "" when the settings set one)."""

    def __init__(self, intents: SimulatorIntents, *, staff_pin: str = "") -> None:
        super().__init__()
        self.setWindowTitle("Myna Kiosk — simulator panel")
        self.intents = intents
        self.residents = QComboBox()
        # Narrow, so that on a single small screen the panel covers little of the kiosk window;
        # the open list still shows whole lines.
        self.residents.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.residents.setMinimumContentsLength(16)
        for resident_id, text in intents.residents():
            self.residents.addItem(text, resident_id)
        self.insert_button = QPushButton("カードを置く / Insert card")
        self.remove_button = QPushButton("カードを取る / Remove card")
        self.insert_button.clicked.connect(lambda: intents.insert(self.residents.currentData()))
        self.remove_button.clicked.connect(intents.remove)
        card_buttons = QVBoxLayout()  # a narrow panel: on one small screen it lies over the kiosk's edge
        card_buttons.addWidget(self.insert_button)
        card_buttons.addWidget(self.remove_button)
        card = QGroupBox("カード / Card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.residents)
        card_layout.addLayout(card_buttons)

        self.scenes = QComboBox()
        for scene_id, text in intents.camera_scenes():
            self.scenes.addItem(text, scene_id)
        self.scenes.currentIndexChanged.connect(
            lambda index: intents.set_camera_scene(self.scenes.itemData(index)))
        if self.scenes.count():  # the camera plays what the panel shows from the start
            intents.set_camera_scene(self.scenes.currentData())
        camera = QGroupBox("カメラ / Camera")
        QVBoxLayout(camera).addWidget(self.scenes)

        self.fault_boxes: dict[str, QCheckBox] = {}
        faults = QGroupBox("障害 / Faults")
        faults_layout = QVBoxLayout(faults)
        for fault_id, text in intents.faults():
            box = QCheckBox(text)
            box.toggled.connect(lambda on, f=fault_id: intents.set_fault(f, on))
            self.fault_boxes[fault_id] = box
            faults_layout.addWidget(box)

        self.staff_hint = QLabel(staff_gesture_text(staff_pin), wordWrap=True)
        staff = QGroupBox("係員の確認 / Staff check")
        QVBoxLayout(staff).addWidget(self.staff_hint)

        layout = QVBoxLayout(self)
        for group in (card, camera, faults, staff):
            layout.addWidget(group)
        layout.addStretch(1)
        self.setStyleSheet(STYLE)
