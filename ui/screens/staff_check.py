"""目視確認 at the kiosk: the card photo, large, beside the instruction and the staff's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.reception.view import ScreenView
from ui import theme
from ui.labels import label
from ui.pictures import ImageView
from ui.screens.base import Page, Send
from ui.widgets import ActionBar, PhraseLabel


class StaffCheckPage(Page):
    """The card photo (or why there is none) on the left; the instruction and buttons on the right.

    The two columns share the width 2:3, so the buttons keep their labels on one line at the
    largest text size in every language; the photo (3:4, scaled) loses only empty margin."""

    def __init__(self, send: Send) -> None:
        super().__init__(send)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.title = PhraseLabel("title")
        self.photo = ImageView(background=theme.BACKGROUND)
        self.no_photo = PhraseLabel("emphasis")
        self.no_photo.setText(label("photo.missing"))
        self.no_photo.hide()
        self.body = PhraseLabel("body", left)
        self.action_bar = ActionBar(self.send_action)
        side = QVBoxLayout()
        side.setSpacing(theme.MARGIN)
        side.addWidget(self.body)
        side.addStretch(1)
        side.addWidget(self.action_bar)
        row = QHBoxLayout()
        row.setSpacing(theme.MARGIN)
        row.addWidget(self.photo, 2)
        row.addWidget(self.no_photo, 2)
        row.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.MARGIN)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)

    def show_view(self, view: ScreenView) -> None:
        self.title.setText(view.title)
        self.body.setText(view.body)
        self.photo.show_image(view.photo)
        self.photo.setVisible(view.photo is not None)
        self.no_photo.setVisible(view.photo is None)
        self.action_bar.set_actions(view.actions)

    def leave(self) -> None:
        self.photo.clear()
