"""目視確認 at the kiosk: the card photo, large, beside the instruction and the staff's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from kiosk.card_face.entry import CollationEntry
from kiosk.reception.events import Event
from kiosk.reception.view import ScreenView
from ui import theme
from ui.collation_form import CollationForm
from ui.labels import label
from ui.pictures import ImageView
from ui.screens.base import Page, Send, Text
from ui.widgets import ActionBar, PhraseLabel


class StaffCheckPage(Page):
    """The card photo (or why there is none, or the form to type 照合番号B from the card face) on the
    left; the instruction, a note for staff and the buttons on the right.

    The two columns share the width 2:3, so the buttons keep their labels on one line at the
    largest text size in every language; the photo (3:4, scaled) loses only empty margin."""

    def __init__(self, send: Send, translate: Text = str) -> None:
        super().__init__(send, translate)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.title = PhraseLabel("title")
        self.photo = ImageView(background=theme.BACKGROUND)
        self.photo.setAccessibleName(label("photo.card"))
        # Staff words, in fixed px (as the form's and the note's): at the resident's largest text
        # with furigana they took more height than the page has (issue 16 §3).
        self.no_photo = QLabel(label("photo.missing"), alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.no_photo.setObjectName("staffMessage")
        self.no_photo.setAccessibleName(self.no_photo.text())
        self.no_photo.hide()
        self.form = CollationForm(self._entered)
        self.form.hide()
        # What staff read and press is in fixed px, whatever the resident's text size: at the largest
        # size with furigana the instruction, the note and three buttons took more height than the
        # page has beside the 照合番号B form (issue 16 §3).
        self.body = PhraseLabel("staffBody", left)
        self.note = QLabel()
        self.note.setObjectName("staffNote")
        self.note.setWordWrap(True)
        self.action_bar = ActionBar(self.send_action)
        self.action_bar.setObjectName("staffActions")
        side = QVBoxLayout()
        side.setSpacing(theme.MARGIN // 2)  # beside the form on 1024×768 every line counts
        side.addWidget(self.body)
        side.addWidget(self.note)
        side.addStretch(1)
        side.addWidget(self.action_bar)
        row = QHBoxLayout()
        row.setSpacing(theme.MARGIN)
        row.addWidget(self.photo, 2)
        row.addWidget(self.no_photo, 2)
        row.addWidget(self.form, 2)
        row.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN // 2, theme.MARGIN, theme.MARGIN // 2)
        layout.setSpacing(theme.MARGIN // 2)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)

    def show_view(self, view: ScreenView) -> None:
        self.title.setText(view.title)
        self.body.setText(view.body)
        self.photo.show_image(view.photo)
        self.photo.setVisible(view.photo is not None)
        self.form.setVisible(view.photo is None and view.collation_entry)
        self.no_photo.setVisible(view.photo is None and not view.collation_entry)
        self.note.setText(view.staff_note)
        self.note.setAccessibleName(view.staff_note)
        self.note.setVisible(bool(view.staff_note))
        self.action_bar.set_actions(view.actions)

    def _entered(self, entry: CollationEntry) -> None:
        self.send(Event.STAFF_COLLATION, entry=entry)

    def leave(self) -> None:
        self.photo.clear()
        self.form.clear()
