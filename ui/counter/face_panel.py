"""The face check on the staff console: the card photo beside the similarity score (a hint only:
the staff decide)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QProgressBar, QVBoxLayout

from kiosk.counter.view import StaffView
from ui import theme
from ui.counter.console_widgets import text_label
from ui.labels import label
from ui.pictures import ImageView


class FacePanel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.photo = ImageView(background=theme.DISABLED_BG)
        self.photo.setMinimumSize(200, 200)
        self.photo_missing = text_label("consoleLine", label("photo.missing"))
        self.score_caption = text_label("consoleCaption", "類似度（参考）", wrap=False)
        self.score_bar = QProgressBar(minimum=0, maximum=100, textVisible=False)
        self.score_text = text_label("consoleScore", wrap=False)
        self.score_note = text_label("consoleLine", "判断は 職員が します。")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(text_label("consoleCaption", "カードの 写真", wrap=False))
        layout.addWidget(self.photo, 1)
        layout.addWidget(self.photo_missing)
        layout.addWidget(self.score_caption)
        layout.addWidget(self.score_bar)
        layout.addWidget(self.score_text)
        layout.addWidget(self.score_note)

    def show_view(self, view: StaffView) -> None:
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
