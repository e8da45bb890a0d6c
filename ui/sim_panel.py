"""Simulator control panel (simulator mode only): put a resident's card on the reader or take it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class SimulatorIntents(Protocol):
    def residents(self) -> list[tuple[str, str]]: ...
    def insert(self, resident_id: str) -> None: ...
    def remove(self) -> None: ...


class SimulatorPanel(QWidget):
    def __init__(self, intents: SimulatorIntents) -> None:
        super().__init__()
        self.setWindowTitle("Myna Kiosk — simulator panel")
        self.intents = intents
        self.residents = QComboBox()
        for resident_id, label in intents.residents():
            self.residents.addItem(label, resident_id)
        self.insert_button = QPushButton("カードを置く / Insert card")
        self.remove_button = QPushButton("カードを取る / Remove card")
        self.insert_button.clicked.connect(lambda: intents.insert(self.residents.currentData()))
        self.remove_button.clicked.connect(intents.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.residents)
        layout.addLayout(buttons)
        self.setStyleSheet("QWidget { font-size: 16px; } QPushButton { min-height: 40px; }")
