"""The staff console's login page: staff id and password. The password goes to the flow once, on
submit, and the field is cleared at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.counter.view import StaffView
from ui.counter.console_widgets import button, text_label


class LoginPage(QWidget):
    """:param on_login: receives ``(staff_id, password)`` on submit."""

    def __init__(self, on_login: Callable[[str, str], None]) -> None:
        super().__init__()
        self._on_login = on_login
        self.title = text_label("consoleTitle", "職員ログイン")
        self.staff_id = QLineEdit(placeholderText="職員ID")
        self.password = QLineEdit(placeholderText="パスワード", echoMode=QLineEdit.EchoMode.Password)
        self.message = text_label("consoleMessage")
        self.login_button = button("ログイン", True, self.submit)
        for field in (self.staff_id, self.password):
            field.returnPressed.connect(self.submit)
            field.textChanged.connect(self._refresh)
        form = QGridLayout()
        form.setHorizontalSpacing(20)
        form.setVerticalSpacing(16)
        form.addWidget(text_label("consoleCaption", "職員ID", wrap=False), 0, 0)
        form.addWidget(self.staff_id, 0, 1)
        form.addWidget(text_label("consoleCaption", "パスワード", wrap=False), 1, 0)
        form.addWidget(self.password, 1, 1)
        form.addWidget(self.login_button, 2, 1)
        box = QFrame()
        box.setObjectName("panel")
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

    def show_view(self, view: StaffView) -> None:
        self.title.setText(view.title)
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        (self.staff_id if not self.staff_id.text() else self.password).setFocus()

    def leave(self) -> None:
        self.staff_id.clear()
        self.password.clear()
        self.message.clear()
