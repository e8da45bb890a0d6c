"""The staff console of a counter desk (1280×800): shows :class:`~kiosk.counter.view.StaffView`
on one of its pages and sends the staff's intents. It decides nothing about the visit and never
shows a PIN (the view carries none, only which PINs are set).

Pages: login (:mod:`ui.counter.login_page`), the queue's lookup (:mod:`ui.counter.lookup_page`),
and one work page for every other state (:mod:`ui.counter.work_page`). The desk's idle lock is
the flow's; the console only tells it when staff use the console.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.counter.machine import CounterFlow
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.view import Action, StaffView, staff_view
from kiosk.settings import CounterSettings, Paths
from ui import theme
from ui.counter.console_widgets import text_label
from ui.counter.login_page import LoginPage
from ui.counter.lookup_page import LookupPage
from ui.counter.printing import print_documents
from ui.counter.view_bridge import CounterViewBridge, send_safely
from ui.counter.work_page import WorkPage
from ui.labels import label

WINDOW_SIZE = (1280, 800)
STAFF_INPUT = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)

# The console is a desk screen read from 50 cm, not a kiosk touch screen: smaller type than the
# resident's theme, same colours (and so the same contrast pairs).
STAFF_STYLE = f"""
QLabel#consoleTitle {{ font-size: 30px; font-weight: bold; color: {theme.ACCENT}; }}
QLabel#consoleHeader {{ font-size: 20px; color: {theme.ON_ACCENT}; background: {theme.ACCENT}; padding: 8px 16px; }}
QLabel#consoleLine {{ font-size: 22px; }}
QLabel#consoleMessage {{ font-size: 22px; font-weight: bold; color: {theme.WARNING}; }}
QLabel#consoleCaption {{ font-size: 20px; font-weight: bold; }}
QLabel#consoleScore {{ font-size: 24px; font-weight: bold; }}
QLabel#simBanner {{ font-size: 20px; }}
QLineEdit {{ font-size: 24px; min-height: 52px; padding: 0 12px; border: 2px solid {theme.TEXT};
             border-radius: 8px; }}
QLineEdit:focus {{ border: 3px solid {theme.ACCENT}; }}
QPushButton {{ font-size: 24px; min-height: 64px; padding: 0 24px; border-radius: 10px; }}
QCheckBox {{ font-size: 22px; spacing: 12px; min-height: 40px; }}
QCheckBox::indicator {{ width: 26px; height: 26px; border: 3px solid {theme.TEXT}; border-radius: 4px;
                        background: {theme.BACKGROUND}; }}
QCheckBox::indicator:checked {{ background: {theme.ACCENT}; border-color: {theme.ACCENT}; }}
QCheckBox:checked {{ font-weight: bold; color: {theme.ACCENT}; }}
QFrame#panel {{ border: 2px solid {theme.DISABLED_TEXT}; border-radius: 12px; }}
QFrame#panel QLabel, QFrame#panel QCheckBox {{ background: transparent; }}
QProgressBar {{ min-height: 28px; max-height: 28px; }}
"""


# The municipality a simulated desk prints when the settings name none.
SIMULATED_MUNICIPALITY = "テスト市"


class StaffConsole(QMainWindow):
    """:param flow: the desk's counter flow. :param simulator: show the simulator banner.
    :param print_dir: where receipts go as PDFs when there is no printer.
    :param counter: the desk's ``[counter]`` settings: the municipality printed on the receipt and
        the slip, and the printer (default: the system's)."""

    def __init__(self, flow: CounterFlow, *, simulator: bool = False, print_dir: Path | None = None,
                 counter: CounterSettings | None = None) -> None:
        super().__init__()
        self.flow = flow
        counter = counter or CounterSettings()
        if simulator and not counter.municipality:
            counter = replace(counter, municipality=SIMULATED_MUNICIPALITY)
        self.counter = counter
        self.print_dir = print_dir or Paths.default().receipts
        self.view: StaffView | None = None
        self.setWindowTitle(f"マイナンバーカード交付窓口 {flow.desk_id} — 職員")
        self.setMinimumSize(1024, 700)
        self.setStyleSheet(STAFF_STYLE)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if simulator:
            banner = QLabel(label("simulator.banner"), alignment=Qt.AlignmentFlag.AlignCenter)
            banner.setObjectName("simBanner")
            layout.addWidget(banner)
        self.header = text_label("consoleHeader", wrap=False)
        layout.addWidget(self.header)
        self.login_page = LoginPage(self._login)
        self.lookup_page = LookupPage(self._lookup, self._action)
        self.work_page = WorkPage(self._action)
        self._page: LoginPage | LookupPage | WorkPage = self.login_page
        self.stack = QStackedWidget()
        for page in (self.login_page, self.lookup_page, self.work_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.print_button = QPushButton("受領書と控えを印刷")
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_receipt)
        self.print_button.hide()
        self.print_result = text_label("printResult")
        self.print_result.hide()
        layout.addWidget(self.print_button)
        layout.addWidget(self.print_result)
        self.setCentralWidget(central)

        self._app = QApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)
        self.bridge = CounterViewBridge(flow, lambda state, ctx: staff_view(state, ctx, flow.staff, flow.desk_id))
        self.bridge.attach(self.show_view)

    # -- intents -----------------------------------------------------------------------------------
    def _login(self, staff_id: str, password: str) -> None:
        send_safely(self.flow, E.LOGIN, staff_id=staff_id, password=password)

    def _lookup(self, text: str) -> None:
        send_safely(self.flow, E.LOOKUP, text=text)

    def _action(self, action: Action) -> None:
        send_safely(self.flow, action.intent, **action.payload)

    def submit_lookup(self, text: str) -> bool:
        """A 申請書ID from the desk's QR camera: searched when the desk waits for one (True then)."""
        if not self.flow.can(E.LOOKUP):
            return False
        self._lookup(text)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Staff input anywhere in the console restarts the flow's idle lock."""
        if event.type() in STAFF_INPUT and isinstance(watched, QWidget) and watched.window() is self:
            self.flow.staff_active()
        return False

    # -- printing ----------------------------------------------------------------------------------
    def print_receipt(self) -> None:
        """The handover receipt and the resident's slip: to the printer, or saved as PDFs."""
        if self.view is None or self.view.summary is None:
            return
        if not self.counter.municipality:  # a receipt must say whose office handed the card over
            self.print_result.setText("市区町村名が設定されていません（設定の [counter] municipality）。"
                                      "印刷できません。")
            self.print_result.show()
            return
        summary = replace(self.view.summary, municipality=self.counter.municipality)
        outcome = print_documents(summary, fallback_dir=self.print_dir, printer_name=self.counter.printer)
        self.print_result.setText(outcome.message)
        self.print_result.show()

    # -- showing -----------------------------------------------------------------------------------
    def show_view(self, view: StaffView) -> None:
        self.print_button.setVisible(view.summary is not None)
        if view.summary is None:
            self.print_result.hide()
        page = self.login_page if view.login_form else self.lookup_page if view.lookup_form else self.work_page
        if page is not self._page:
            self._page.leave()
            self._page = page
            self.stack.setCurrentWidget(page)
        page.show_view(view)
        self.view = view
        who = f"　担当: {view.staff}" if view.staff else "　ログインしていません"
        self.header.setText(f"交付窓口 {self.flow.desk_id}{who}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._app is not None:
            self._app.removeEventFilter(self)
        self.bridge.detach()
        super().closeEvent(event)
