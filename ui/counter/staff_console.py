"""The staff console of a counter desk (1280×800): renders :class:`~kiosk.counter.view.StaffView`
and sends the staff's intents. It decides nothing about the visit and never shows a PIN (the
view carries none, only which PINs are set).

Pages: login, lookup (the 交付通知書 QR / 申請書ID), and one work page for every other state
(application lines, the identity-document checklist, the face check, the done and failed
summaries). An idle timer locks the desk after ``idle_minutes`` without staff input, in the
states where the table allows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.counter.effects import CounterEffects, send_intent
from kiosk.counter.machine import CounterFlow
from kiosk.counter.records import documents_sufficient
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import Action, StaffView, staff_view
from kiosk.flow.engine import InvalidTransition
from ui import theme
from ui.counter.printing import print_documents
from ui.labels import label
from ui.pictures import ImageView
from ui.widgets import PhraseLabel

logger = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)
IDLE_MINUTES = 5.0

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


class CounterViewBridge(QObject):
    """The flow's observations as view models on the Qt thread.

    The flow calls observers on whichever thread delivered the event; the view is built there, at
    that moment (the context is mutable), and re-emitted through a queued signal."""

    changed = Signal(object)

    def __init__(self, flow: CounterFlow, build: Callable[[S, Any], object]) -> None:
        super().__init__()
        self._build = build
        self._unsubscribe: Callable[[], None] | None = None
        self.flow = flow

    def attach(self, slot: Callable[[object], None]) -> None:
        self.changed.connect(slot, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = self.flow.observe(lambda state, ctx: self.changed.emit(self._build(state, ctx)))

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def send_safely(flow: CounterFlow, effects: CounterEffects, event: E, **payload: Any) -> None:
    """An intent; a stale one (a double tap on a screen already left) is ignored. The payload is
    never logged: it may carry a password or a PIN."""
    try:
        send_intent(flow, effects, event, **payload)
    except InvalidTransition:
        logger.info("ignored stale intent %s", event.value)


def _text(object_name: str, text: str = "", *, wrap: bool = True) -> QLabel:
    """A left-aligned label; wrapping ones break only between phrases (the views' 分かち書き)."""
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    if wrap:
        widget = PhraseLabel(object_name, left)
        widget.setText(text)
        return widget
    widget = QLabel(text, objectName=object_name, alignment=left)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def _button(text: str, primary: bool, on_click: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("primary", primary)
    button.clicked.connect(lambda _=False: on_click())
    return button


class ActionRow(QWidget):
    """The view's actions side by side, primary first on the right; rebuilt only when they change."""

    def __init__(self, on_action: Callable[[Action], None]) -> None:
        super().__init__()
        self._on_action = on_action
        self._actions: tuple[Action, ...] = ()
        self.buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)

    def set_actions(self, actions: tuple[Action, ...]) -> None:
        if actions == self._actions:
            return
        self._actions = actions
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        self._layout.addStretch(1)
        for action in sorted(actions, key=lambda a: a.primary):  # secondary left, primary right
            button = _button(action.label, action.primary, lambda a=action: self._on_action(a))
            button.setMinimumWidth(220)
            self.buttons[action.label] = button
            self._layout.addWidget(button)
        self.setVisible(bool(actions))


class LoginPage(QWidget):
    def __init__(self, on_login: Callable[[str, str], None]) -> None:
        super().__init__()
        self._on_login = on_login
        self.title = _text("consoleTitle", "職員ログイン")
        self.staff_id = QLineEdit(placeholderText="職員ID")
        self.password = QLineEdit(placeholderText="パスワード", echoMode=QLineEdit.EchoMode.Password)
        self.message = _text("consoleMessage")
        self.login_button = _button("ログイン", True, self.submit)
        for field in (self.staff_id, self.password):
            field.returnPressed.connect(self.submit)
            field.textChanged.connect(self._refresh)
        form = QGridLayout()
        form.setHorizontalSpacing(20)
        form.setVerticalSpacing(16)
        form.addWidget(_text("consoleCaption", "職員ID", wrap=False), 0, 0)
        form.addWidget(self.staff_id, 0, 1)
        form.addWidget(_text("consoleCaption", "パスワード", wrap=False), 1, 0)
        form.addWidget(self.password, 1, 1)
        form.addWidget(self.login_button, 2, 1)
        box = QFrame(objectName="panel")
        box.setFixedWidth(640)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(20)
        inner.addWidget(self.title)
        inner.addLayout(form)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._refresh()

    def _refresh(self) -> None:
        self.login_button.setEnabled(bool(self.staff_id.text().strip() and self.password.text()))

    def submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        staff_id, password = self.staff_id.text().strip(), self.password.text()
        self.password.clear()  # the password is never kept by the console
        self._on_login(staff_id, password)

    def render(self, view: StaffView) -> None:
        self.title.setText(view.title)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        (self.staff_id if not self.staff_id.text() else self.password).setFocus()

    def leave(self) -> None:
        self.staff_id.clear()
        self.password.clear()
        self.message.clear()


class LookupPage(QWidget):
    """The 申請書ID or the QR payload: typed, pasted, or from the QR camera (:meth:`submit`)."""

    def __init__(self, on_lookup: Callable[[str], None], on_action: Callable[[Action], None]) -> None:
        super().__init__()
        self._on_lookup = on_lookup
        self.title = _text("consoleTitle")
        self.field = QLineEdit(placeholderText="申請書ID（23けた）または QRコードの 内容")
        self.field.returnPressed.connect(lambda: self.submit(self.field.text()))
        self.field.textChanged.connect(lambda text: self.search_button.setEnabled(bool(text.strip())))
        self.search_button = _button("検索", True, lambda: self.submit(self.field.text()))
        self.search_button.setEnabled(False)
        self.search_button.setMinimumWidth(180)
        self.message = _text("consoleMessage")
        self.hint = _text("consoleLine", "QRコードは 読み取り用カメラに かざすと 自動で 検索します。")
        self.actions = ActionRow(on_action)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.field, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.actions)

    def submit(self, text: str) -> None:
        text = text.strip()
        if text:
            self.field.clear()
            self._on_lookup(text)

    def render(self, view: StaffView) -> None:
        self.title.setText(view.title)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        self.actions.set_actions(view.actions)
        self.field.setFocus()

    def leave(self) -> None:
        self.field.clear()


class DocumentChecklist(QFrame):
    """Checkboxes of the identity documents, list A on the left, list B on the right."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        super().__init__(objectName="panel")
        self._on_change = on_change
        self.boxes: dict[str, QCheckBox] = {}
        self._documents: tuple[tuple[str, str, str], ...] = ()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(20, 12, 20, 12)
        self._grid.setHorizontalSpacing(40)
        self._grid.setVerticalSpacing(4)

    def set_documents(self, documents: tuple[tuple[str, str, str], ...]) -> None:
        if documents == self._documents:
            return
        self._documents = documents
        while self._grid.count():
            self._grid.takeAt(0).widget().deleteLater()
        self.boxes = {}
        rows = {"A": 1, "B": 1}
        self._grid.addWidget(_text("consoleCaption", "A（1点で 確認）", wrap=False), 0, 0)
        self._grid.addWidget(_text("consoleCaption", "B（2点で 確認）", wrap=False), 0, 1)
        for code, group, text in documents:
            box = QCheckBox(text)
            box.toggled.connect(lambda _=False: self._on_change())
            column = 0 if group == "A" else 1
            self._grid.addWidget(box, rows[group], column)
            rows[group] += 1
            self.boxes[code] = box
        self._grid.setRowStretch(max(rows.values()), 1)

    def ticked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)


class FacePanel(QFrame):
    """The card photo beside the similarity score (a hint only: the staff decide)."""

    def __init__(self) -> None:
        super().__init__(objectName="panel")
        self.photo = ImageView(background=theme.DISABLED_BG)
        self.photo.setMinimumSize(200, 200)
        self.photo_missing = _text("consoleLine", label("photo.missing"))
        self.score_caption = _text("consoleCaption", "類似度（参考）", wrap=False)
        self.score_bar = QProgressBar(minimum=0, maximum=100, textVisible=False)
        self.score_text = _text("consoleScore", wrap=False)
        self.score_note = _text("consoleLine", "判断は 職員が します。")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(_text("consoleCaption", "カードの 写真", wrap=False))
        layout.addWidget(self.photo, 1)
        layout.addWidget(self.photo_missing)
        layout.addWidget(self.score_caption)
        layout.addWidget(self.score_bar)
        layout.addWidget(self.score_text)
        layout.addWidget(self.score_note)

    def render(self, view: StaffView) -> None:
        self.photo.show_image(view.photo)
        self.photo_missing.setVisible(view.photo is None)
        if view.face_score is None:
            self.score_bar.setValue(0)
            self.score_text.setText("参考値なし（カメラの 類似度が ありません）")
        else:
            percent = round(max(0.0, min(1.0, view.face_score)) * 100)
            self.score_bar.setValue(percent)
            self.score_text.setText(f"{percent}%（参考）")

    def clear(self) -> None:
        self.photo.clear()  # the card photo lives only while this resident is at the desk


class WorkPage(QWidget):
    """Every state of a handover: title, message, the application lines, and the checklist or the
    face panel when the view has them; actions at the bottom."""

    def __init__(self, on_action: Callable[[Action], None]) -> None:
        super().__init__()
        self._on_action = on_action
        self.view: StaffView | None = None
        self.title = _text("consoleTitle")
        self.message = _text("consoleMessage")
        self.lines_box = QFrame(objectName="panel")
        self._lines_layout = QVBoxLayout(self.lines_box)
        self._lines_layout.setContentsMargins(20, 16, 20, 16)
        self._lines_layout.setSpacing(8)
        self._lines: tuple[str, ...] = ()
        self.documents = DocumentChecklist(self._documents_changed)
        self.face = FacePanel()
        self.actions = ActionRow(self._act)

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.lines_box)
        left.addWidget(self.documents)
        left.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 3)
        body.addWidget(self.face, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        layout.addWidget(self.actions)

    def _set_lines(self, lines: tuple[str, ...]) -> None:
        if lines == self._lines:
            return
        self._lines = lines
        while self._lines_layout.count():
            self._lines_layout.takeAt(0).widget().deleteLater()
        for line in lines:
            self._lines_layout.addWidget(_text("consoleLine", line))
        self.lines_box.setVisible(bool(lines))

    def _documents_changed(self) -> None:
        button = self.actions.buttons.get(self._documents_label())
        if button is not None:
            button.setEnabled(documents_sufficient(self.documents.ticked()))

    def _documents_label(self) -> str:
        view = self.view
        return next((a.label for a in view.actions if a.intent is E.DOCUMENTS_OK), "") if view else ""

    def _act(self, action: Action) -> None:
        if action.intent is E.DOCUMENTS_OK:
            ticked = self.documents.ticked()
            if not documents_sufficient(ticked):
                return
            action = Action(action.intent, action.label, {**action.payload, "documents": ticked}, action.primary)
        self._on_action(action)

    def render(self, view: StaffView) -> None:
        entering_documents = bool(view.documents) and not (self.view and self.view.documents)
        self.view = view
        self.title.setText(view.title)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        self._set_lines(view.lines)
        self.documents.set_documents(view.documents)
        if entering_documents:
            self.documents.clear()
        self.documents.setVisible(bool(view.documents))
        face = view.state is S.FACE_CHECK
        self.face.setVisible(face)
        if face:
            self.face.render(view)
        else:
            self.face.clear()
        self.actions.set_actions(view.actions)
        self._documents_changed()

    def leave(self) -> None:
        self.view = None
        self.documents.clear()
        self.face.clear()


class StaffConsole(QMainWindow):
    """:param flow: the desk's counter flow. :param effects: its effects (service calls of intents).
    :param idle_minutes: lock the desk after this long without staff input (where allowed).
    :param simulator: show the simulator banner."""

    def __init__(self, flow: CounterFlow, effects: CounterEffects, *, idle_minutes: float = IDLE_MINUTES,
                 simulator: bool = False, print_dir: Path | None = None) -> None:
        super().__init__()
        self.flow, self.effects = flow, effects
        self.print_dir = print_dir or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)) / "receipts"
        self.view: StaffView | None = None
        self.setWindowTitle(f"マイナンバーカード 交付窓口 {flow.desk_id} — 職員")
        self.setMinimumSize(1024, 700)
        self.setStyleSheet(STAFF_STYLE)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if simulator:
            layout.addWidget(QLabel(label("simulator.banner"), objectName="simBanner",
                                    alignment=Qt.AlignmentFlag.AlignCenter))
        self.header = _text("consoleHeader", wrap=False)
        layout.addWidget(self.header)
        self.login_page = LoginPage(self._login)
        self.lookup_page = LookupPage(self._lookup, self._action)
        self.work_page = WorkPage(self._action)
        self.stack = QStackedWidget()
        for page in (self.login_page, self.lookup_page, self.work_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.print_button = QPushButton("受領書と 控えを 印刷", objectName="printButton")
        self.print_button.clicked.connect(self.print_receipt)
        self.print_button.hide()
        self.print_result = _text("printResult")
        self.print_result.hide()
        layout.addWidget(self.print_button)
        layout.addWidget(self.print_result)
        self.setCentralWidget(central)

        self.idle_timer = QTimer(self, singleShot=True, timeout=self._idle)
        self.idle_timer.setInterval(int(idle_minutes * 60_000))
        QApplication.instance().installEventFilter(self)
        self.bridge = CounterViewBridge(flow, lambda state, ctx: staff_view(state, ctx, flow.staff, flow.desk_id))
        self.bridge.attach(self.render)

    # -- intents -----------------------------------------------------------------------------------
    def send(self, event: E, **payload: Any) -> None:
        self.idle_timer.start()
        send_safely(self.flow, self.effects, event, **payload)

    def _login(self, staff_id: str, password: str) -> None:
        self.send(E.LOGIN, staff_id=staff_id, password=password)

    def _lookup(self, text: str) -> None:
        self.send(E.LOOKUP, text=text)

    def _action(self, action: Action) -> None:
        self.send(action.intent, **action.payload)

    def submit_lookup(self, text: str) -> None:
        """A decoded 交付通知書 QR (from the desk's QR camera): searched when the desk waits for one."""
        if self.flow.can(E.LOOKUP):
            self._lookup(text)

    # -- idle lock ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress) and isinstance(watched, QWidget) \
                and watched.window() is self:
            self.idle_timer.start()
        return False

    def _idle(self) -> None:
        if self.flow.can(E.IDLE_LOCK):
            logger.info("staff console idle: locking the desk")
            send_safely(self.flow, self.effects, E.IDLE_LOCK)
        elif self.flow.staff is not None:
            self.idle_timer.start()  # mid-handover: lock once the desk is back at the queue

    # -- printing ----------------------------------------------------------------------------------
    def print_receipt(self) -> None:
        """The handover receipt and the resident's slip: to the printer, or saved as PDFs."""
        if self.view is None or self.view.summary is None:
            return
        outcome = print_documents(self.view.summary, fallback_dir=self.print_dir)
        self.print_result.setText(outcome.message)
        self.print_result.show()

    # -- rendering ---------------------------------------------------------------------------------
    def render(self, view: StaffView) -> None:
        self.print_button.setVisible(view.summary is not None)
        if view.summary is None:
            self.print_result.hide()
        page = (self.login_page if view.login_form else self.lookup_page if view.lookup_form else self.work_page)
        if page is not self.stack.currentWidget():
            self.stack.currentWidget().leave()
            self.stack.setCurrentWidget(page)
        page.render(view)
        self.view = view
        who = f"　担当: {view.staff}" if view.staff else "　ログインしていません"
        self.header.setText(f"交付窓口 {self.flow.desk_id}{who}")
        if view.state is S.LOCKED:
            self.idle_timer.stop()
        elif not self.idle_timer.isActive():
            self.idle_timer.start()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        QApplication.instance().removeEventFilter(self)
        self.bridge.detach()
        self.idle_timer.stop()
        super().closeEvent(event)
