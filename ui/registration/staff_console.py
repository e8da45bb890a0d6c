"""The registration support desk's staff console: follows the visit (never a PIN), lets staff stop
it, and prints the take-home slip at the end. Shows :class:`~kiosk.registration.view.DeskStaffView`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from kiosk.clock import local
from kiosk.flow.action import Action
from kiosk.registration.machine import RegistrationFlow
from kiosk.registration.view import DeskStaffView, staff_view
from kiosk.settings import Paths
from ui.counter.console_widgets import ActionRow, clear_layout, line_label, text_label
from ui.counter.printing import print_slip
from ui.counter.staff_console import STAFF_STYLE
from ui.counter.view_bridge import CounterViewBridge, send_safely
from ui.labels import label


class RegistrationConsole(QMainWindow):
    """:param flow: the desk's registration flow. :param simulator: show the simulator banner.
    :param print_dir: where slips go as PDFs when there is no printer."""

    def __init__(self, flow: RegistrationFlow, *, simulator: bool = False, print_dir: Path | None = None) -> None:
        super().__init__()
        self.flow = flow
        self.print_dir = print_dir or Paths.default().receipts
        self.view: DeskStaffView | None = None
        self.setWindowTitle(f"保険証利用 登録支援窓口 {flow.desk_id} — 職員")
        self.setMinimumSize(1024, 700)
        self.setStyleSheet(STAFF_STYLE)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        if simulator:
            banner = QLabel(label("simulator.banner"))
            banner.setObjectName("simBanner")
            layout.addWidget(banner)
        header = text_label("consoleHeader", f"登録支援窓口 {flow.desk_id}", wrap=False)
        layout.addWidget(header)
        page = QVBoxLayout()
        page.setContentsMargins(40, 24, 40, 24)
        page.setSpacing(16)
        self.title = text_label("consoleTitle")
        self.message = text_label("consoleMessage")
        self.lines_box = QFrame()
        self.lines_box.setObjectName("panel")
        self._lines = QVBoxLayout(self.lines_box)
        self._lines.setContentsMargins(20, 16, 20, 16)
        self.action_row = ActionRow(self._action)
        self.print_button = QPushButton("お知らせを 印刷")
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_slip)
        self.print_result = text_label("printResult")
        parts: tuple[QWidget | None, ...] = (self.title, self.message, self.lines_box, None, self.print_button,
                                             self.print_result, self.action_row)
        for part in parts:  # None: the stretch between the visit and the buttons
            if part is None:
                page.addStretch(1)
            else:
                page.addWidget(part)
        layout.addLayout(page, 1)
        self.setCentralWidget(central)
        self.bridge = CounterViewBridge(flow, lambda state, ctx: staff_view(state, ctx, flow.desk_id))
        self.bridge.attach(self.show_view)

    def _action(self, action: Action) -> None:
        send_safely(self.flow, action.intent, **action.payload)

    def print_slip(self) -> None:
        """The resident's slip: to the printer, or saved as a PDF."""
        if self.view is None or self.view.slip is None:
            return
        slip = self.view.slip
        stem = f"{slip.desk_id}_{local(slip.at):%Y%m%d-%H%M%S}"
        outcome = print_slip(slip, stem, fallback_dir=self.print_dir)
        self.print_result.setText(outcome.message)
        self.print_result.show()

    def show_view(self, view: DeskStaffView) -> None:
        self.view = view
        self.title.setText(view.title)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        clear_layout(self._lines)
        for line in view.lines:
            self._lines.addWidget(line_label(line))
        self.lines_box.setVisible(bool(view.lines))
        self.print_button.setVisible(view.slip is not None)
        if view.slip is None:
            self.print_result.hide()
        self.action_row.set_actions(view.actions)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.bridge.detach()
        super().closeEvent(event)
