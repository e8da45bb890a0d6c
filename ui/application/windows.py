"""The intake desk's two windows (issue 18 §1): the staff window and, turned to the resident, the
resident's screen (``ui.application.resident_window``) — both views of one
:class:`~kiosk.application.machine.IntakeFlow` (``kiosk.application.view``). ``app`` assembles the
flow and calls ``ui.application.desk.run_application``.

The staff window types what the form or the documents say, ticks the documents and chooses the
delivery, and says when the resident has called staff; the resident confirms their details and
accepts their photo in large type. The photo is shown from the JPEG in memory and never written.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.application.machine import IntakeFlow
from kiosk.application.records import BasicDetails
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.application.view import IntakeView, build_view
from kiosk.card.kenhojo import Sex
from kiosk.flow.engine import InvalidTransition
from ui.application.resident_window import RESIDENT_SIZE, ResidentWindow
from ui.counter.console_widgets import button, clear_layout, text_label
from ui.counter.document_checklist import DocumentChecklist
from ui.counter.printing import PrintOutcome
from ui.presentation import Presentation
from ui.window_places import place_beside

logger = logging.getLogger(__name__)

STAFF_SIZE = (900, 720)
Reissue = Callable[[str, BasicDetails], PrintOutcome]  # prints (or saves) a 交付申請書: ui.application.printing
SEXES = (("未入力（申請書IDが あるとき）", None), ("女", Sex.FEMALE), ("男", Sex.MALE))


class IntakeBridge(QObject):
    """The flow's observations as views on the Qt thread; intents back to the flow."""

    changed = Signal(object)

    def __init__(self, flow: IntakeFlow) -> None:
        super().__init__()
        self.flow = flow

    def attach(self, slot: Callable[[IntakeView], None]) -> Callable[[], None]:
        """Call ``slot`` with a view now and after every transition, on the Qt thread."""
        self.changed.connect(slot, Qt.ConnectionType.QueuedConnection)
        return self.flow.observe(lambda state, ctx: self.changed.emit(build_view(state, ctx, self.flow.mode)))

    def send(self, event: E, **payload: Any) -> None:
        """An intent; a stale one (a double tap on a step already left) is ignored."""
        try:
            self.flow.send(event, **payload)
        except InvalidTransition:
            logger.info("ignored stale intent %s", event.value)


def _guidance_text(view: IntakeView) -> str:
    if not view.frames_judged:
        return "カメラを 準備しています"
    rules = "\n".join(view.guidance) or "すべて そろいました"
    return f"{rules}\n（判定した コマ: {view.frames_judged}）"


def _line_edit(name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    return field


def _photo_label(jpeg: bytes, height: int) -> QLabel:
    pixmap = QPixmap()
    pixmap.loadFromData(jpeg, "JPEG")
    label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
    label.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
    return label


class StaffWindow(QWidget):
    """The staff's window. ``scan_qr`` reads the 交付申請書's QR code with the document camera (off
    the Qt thread); None when there is no such camera (the ID is typed). ``reissue`` prints the
    交付申請書 of the 申請書ID and details confirmed (None: no such button). ``logout`` ends the
    staff member's turn between residents (None: no login at this desk)."""

    def __init__(self, bridge: IntakeBridge, scan_qr: Callable[[], str | None] | None = None, *,
                 reissue: Reissue | None = None, logout: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setWindowTitle("申請サポート（職員）")
        self.bridge, self.scan_qr, self.reissue, self.logout = bridge, scan_qr, reissue, logout
        self._state: S | None = None
        self._view: IntakeView | None = None
        layout = QVBoxLayout(self)
        self.mode = text_label("consoleCaption", wrap=False)
        self.lines = text_label("warning")  # the resident has called staff
        self.title = text_label("title")
        self.message = text_label("warning")
        self.content = QVBoxLayout()
        for widget in (self.mode, self.lines, self.title, self.message):
            layout.addWidget(widget)
        layout.addLayout(self.content)
        layout.addStretch(1)
        self.reissue_button = button("交付申請書を 再発行する", False, self.print_form)
        self.print_result = text_label("printResult")
        self.cancel = button("中止する", False, lambda: bridge.send(E.CANCEL))
        layout.addWidget(self.reissue_button)
        layout.addWidget(self.print_result)
        layout.addWidget(self.cancel)
        self.reissue_button.hide()
        self.print_result.hide()

    def print_form(self) -> None:
        """The 交付申請書 of the current 申請書ID: on the printer, or saved as a PDF (the outcome is shown)."""
        view = self._view
        if self.reissue is None or view is None or view.application_id is None or view.details is None:
            return
        self.print_result.setText(self.reissue(view.application_id, view.details).message)
        self.print_result.show()

    def show_view(self, view: IntakeView) -> None:
        self._view = view
        self.reissue_button.setVisible(self.reissue is not None and view.reissuable)
        if not view.reissuable:
            self.print_result.hide()
        self.mode.setText(view.mode_label)
        self.lines.setText("\n".join(view.lines))
        self.lines.setVisible(bool(view.lines))
        self.title.setText(view.staff_title)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        self.cancel.setVisible(view.can_cancel)
        if view.state is not self._state:
            self._state = view.state
            clear_layout(self.content)
            self._build(view)
        elif view.state is S.PHOTO:
            self._guidance.setText(_guidance_text(view))

    def _add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.content.addWidget(widget)

    def _build(self, view: IntakeView) -> None:
        send = self.bridge.send
        if view.state is S.IDLE:
            self._add(button("受付を 始める", True, lambda: send(E.START)))
            if self.logout is not None:
                self._add(button("ログアウト", False, self.logout))
        elif view.state is S.IDENTIFY:
            typed = _line_edit("applicationId", "申請書ID（23けた）")
            self._add(typed, button("申請書IDを 入力", True, lambda: send(E.ID_TYPED, text=typed.text())))
            if self.scan_qr is not None:
                self._add(button("QRコードを 読み取る", False, self._scan))
            self._add(button("交付申請書なし（基本4情報で 申請）", False, lambda: send(E.NO_FORM)))
        elif view.state is S.DETAILS:
            self._details_form()
        elif view.state is S.CONFIRM:
            self._add(button("ご本人が 確認した", True, lambda: send(E.RESIDENT_CONFIRMED)),
                      button("訂正する", False, lambda: send(E.RESIDENT_CORRECTS)))
        elif view.state is S.CONTACT:
            email = _line_edit("residentEmail", "name@example.jp")
            self._add(email, button("次へ", True, lambda: send(E.EMAIL_ENTERED, email=email.text())),
                      button("メールなし", False, lambda: send(E.EMAIL_SKIPPED)))
        elif view.state is S.DOCUMENTS:
            checklist = DocumentChecklist(lambda: None)
            checklist.set_documents(view.documents)
            self._add(checklist, button("確認した", True,
                                        lambda: send(E.DOCUMENTS_CHECKED, documents=checklist.ticked())))
        elif view.state is S.DELIVERY:
            for value, label in view.deliveries:
                self._add(button(label, value == "mail", self._choose(value)))
        elif view.state is S.PHOTO:
            self._guidance = text_label("body", _guidance_text(view))
            self._add(self._guidance, button("カメラを もう一度", False, lambda: send(E.RETRY)))
        elif view.state is S.PHOTO_REVIEW and view.photo_jpeg:
            self._add(_photo_label(view.photo_jpeg, 240),
                      button("この写真で 申請", True, lambda: send(E.PHOTO_ACCEPTED)),
                      button("撮りなおす", False, lambda: send(E.PHOTO_RETAKE)))
        elif view.state is S.SAVE_FAILED:
            self._add(button("もう一度 保存する", True, lambda: send(E.RETRY)))
        elif view.state is S.DONE:
            self._add(button("次の 方", True, lambda: send(E.NEXT)))

    def _choose(self, delivery: str) -> Callable[[], None]:
        return lambda: self.bridge.send(E.DELIVERY_CHOSEN, delivery=delivery)

    def _details_form(self) -> None:
        form = QWidget()
        fields = QFormLayout(form)
        name, address = _line_edit("residentName"), _line_edit("residentAddress")
        birth = QDateEdit(QDate(1950, 1, 1))
        birth.setDisplayFormat("yyyy年M月d日")
        sex = QComboBox()
        for label, _ in SEXES:
            sex.addItem(label)
        for label, widget in (("氏名", name), ("住所", address), ("生年月日", birth), ("性別", sex)):
            fields.addRow(label, widget)

        def entered() -> None:
            day = birth.date()
            details = BasicDetails(name.text(), address.text(), date(day.year(), day.month(), day.day()),
                                   SEXES[sex.currentIndex()][1])
            self.bridge.send(E.DETAILS_ENTERED, details=details)

        self._add(form, button("ご本人の 確認へ", True, entered))

    def _scan(self) -> None:
        scan = self.scan_qr
        if scan is None:
            return

        def run() -> None:
            self.bridge.send(E.QR_READ, text=scan() or "")

        threading.Thread(target=run, name="qr-scan", daemon=True).start()


def open_windows(flow: IntakeFlow, scan_qr: Callable[[], str | None] | None = None, *,
                 presentation: Presentation | None = None, reissue: Reissue | None = None,
                 logout: Callable[[], None] | None = None) -> tuple[StaffWindow, ResidentWindow, Callable[[], None]]:
    """Both windows, shown side by side, following ``flow``; the third item detaches them.

    :param presentation: the resident's language, text size and voice (default: silent, every language).
    :param reissue: prints a 交付申請書 (see :class:`StaffWindow`); ``logout``: ends the staff's turn.
    """
    bridge = IntakeBridge(flow)
    staff = StaffWindow(bridge, scan_qr, reissue=reissue, logout=logout)
    resident = ResidentWindow(flow, presentation=presentation)
    staff.resize(*STAFF_SIZE)
    resident.resize(*RESIDENT_SIZE)
    detach = bridge.attach(staff.show_view)

    def detach_both() -> None:
        detach()
        resident.bridge.detach()

    staff.show()
    place_beside(resident, staff)
    resident.show()
    return staff, resident, detach_both
