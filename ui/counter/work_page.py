"""The staff console's page for every step of a handover: title, message, the application lines,
the identity-document checklist, the card-face fields of 照合番号B or the face check when the view
has them, actions at the bottom (the done and failed summaries too)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.card_face.entry import CollationEntry
from kiosk.counter.records import documents_sufficient
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.view import Action, StaffView
from ui.collation_form import CollationForm
from ui.counter.console_widgets import ActionRow, clear_layout, line_label, text_label
from ui.counter.document_checklist import DocumentChecklist
from ui.counter.face_panel import FacePanel


class WorkPage(QWidget):
    """:param on_action: the view's actions; 確認した carries the ticked documents."""

    def __init__(self, on_action: Callable[[Action], None]) -> None:
        super().__init__()
        self._on_action = on_action
        self.view: StaffView | None = None
        self.title = text_label("consoleTitle")
        self.message = text_label("consoleMessage")
        self.lines_box = QFrame()
        self.lines_box.setObjectName("panel")
        self._lines_layout = QVBoxLayout(self.lines_box)
        self._lines_layout.setContentsMargins(20, 16, 20, 16)
        self._lines_layout.setSpacing(8)
        self._lines: tuple[str, ...] = ()
        self.documents = DocumentChecklist(self._documents_changed)
        self.collation = CollationForm(self._collation_entered)
        self.face = FacePanel()
        self.action_row = ActionRow(self._act)

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.lines_box)
        left.addWidget(self.documents)
        left.addWidget(self.collation)
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
        layout.addWidget(self.action_row)

    def _set_lines(self, lines: tuple[str, ...]) -> None:
        if lines == self._lines:
            return
        self._lines = lines
        clear_layout(self._lines_layout)
        for line in lines:
            self._lines_layout.addWidget(line_label(line))
        self.lines_box.setVisible(bool(lines))

    def _documents_changed(self) -> None:
        confirm = self.action_row.buttons.get(self._documents_label())
        if confirm is not None:
            confirm.setEnabled(documents_sufficient(self.documents.ticked()))

    def _documents_label(self) -> str:
        view = self.view
        return next((a.label for a in view.actions if a.intent is E.DOCUMENTS_OK), "") if view else ""

    def _collation_entered(self, entry: CollationEntry) -> None:
        self._on_action(Action(E.COLLATION_ENTERED, "", {"entry": entry}))

    def _act(self, action: Action) -> None:
        if action.intent is E.DOCUMENTS_OK:
            ticked = self.documents.ticked()
            if not documents_sufficient(ticked):
                return
            action = Action(action.intent, action.label, {**action.payload, "documents": ticked}, action.primary)
        self._on_action(action)

    def show_view(self, view: StaffView) -> None:
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
        self.collation.setVisible(view.collation_form)
        face = view.state is S.FACE_CHECK
        self.face.setVisible(face)
        if face:
            self.face.show_view(view)
        else:
            self.face.clear()
        self.action_row.set_actions(view.actions)
        self._documents_changed()

    def leave(self) -> None:
        self.view = None
        self.documents.clear()
        self.collation.clear()
        self.face.clear()
