"""Face capture: the live camera preview inside an oval guide, the quality gate's prompt in big
type, and how far the capture has got."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout

from kiosk.reception.view import ScreenView
from ui import theme
from ui.pictures import ImageView
from ui.screens.base import Page, Send, Text
from ui.widgets import ActionBar, PhraseLabel

SIDE_WIDTH = 440


class FacePage(Page):
    """The preview on the left; the prompt, the progress bar and もどる on the right."""

    def __init__(self, send: Send, translate: Text = str) -> None:
        super().__init__(send, translate)
        self.title = PhraseLabel("title")
        self.preview = ImageView(mirror=True, guide=True)
        self.prompt = PhraseLabel("prompt", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(minimum=0, maximum=100, textVisible=False)
        self.action_bar = ActionBar(self.send_action)
        side = QVBoxLayout()
        side.setSpacing(theme.MARGIN)
        side.addWidget(self.prompt)
        side.addWidget(self.progress)
        side.addStretch(1)
        side.addWidget(self.action_bar)
        row = QHBoxLayout()
        row.setSpacing(theme.MARGIN)
        row.addWidget(self.preview, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 4, theme.MARGIN, 4)
        layout.setSpacing(theme.MARGIN)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)
        for widget in (self.prompt, self.progress, self.action_bar):
            widget.setFixedWidth(SIDE_WIDTH)

    def show_view(self, view: ScreenView) -> None:
        self.title.setText(view.title)
        self.prompt.setText(view.face_prompt)
        self.progress.setValue(round(view.face_progress * 100))
        self.action_bar.set_actions(view.actions)

    def show_frame(self, image: np.ndarray) -> None:
        """Show a camera frame (RGB ``uint8``) in the preview, replacing the last one."""
        self.preview.show_image(image)

    def leave(self) -> None:
        self.preview.clear()
