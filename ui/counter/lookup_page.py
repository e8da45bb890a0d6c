"""The staff console's queue page: the 申請書ID or the 交付通知書 QR payload, typed, pasted, or
from the QR camera."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.counter.view import STAFF_CALLED, Action, StaffView
from ui.counter.console_widgets import ActionRow, button, text_label


class LookupPage(QWidget):
    """:param on_lookup: receives the text to look up (:meth:`submit`).
    :param on_action: the view's other actions (logout)."""

    def __init__(self, on_lookup: Callable[[str], None], on_action: Callable[[Action], None]) -> None:
        super().__init__()
        self._on_lookup = on_lookup
        self.title = text_label("consoleTitle")
        self.field = QLineEdit(placeholderText="申請書ID（23けた）またはQRコードの内容")
        self.field.setAccessibleName(self.field.placeholderText())
        self.search_button = button("検索", True, lambda: self.submit(self.field.text()))
        self.search_button.setEnabled(False)
        self.search_button.setMinimumWidth(180)
        self.field.returnPressed.connect(lambda: self.submit(self.field.text()))
        self.field.textChanged.connect(lambda text: self.search_button.setEnabled(bool(text.strip())))
        self.message = text_label("consoleMessage")
        self.call = text_label("consoleMessage", STAFF_CALLED)  # the resident at the desk called staff
        self.call.hide()
        self.hint = text_label("consoleLine", "QRコードは 読み取り用カメラに かざすと 自動で 検索します。")
        self.action_row = ActionRow(on_action)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.field, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(self.call)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.action_row)

    def submit(self, text: str) -> None:
        text = text.strip()
        if text:
            self.field.clear()
            self._on_lookup(text)

    def show_view(self, view: StaffView) -> None:
        self.title.setText(view.title)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        self.call.setVisible(STAFF_CALLED in view.lines)
        self.action_row.set_actions(view.actions)
        self.field.setFocus()

    def leave(self) -> None:
        self.field.clear()
