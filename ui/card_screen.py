"""The resident screen while a card is put down and read: renders a ``CardView``."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.card.watcher import CardState, CardView

TITLES = {
    CardState.WAITING: "マイナンバーカードを 置いてください",
    CardState.READING: "カードを 読み取っています",
    CardState.READ: "カードを 確認しました",
    CardState.FAILED: "カードを 読み取れませんでした",
    CardState.NO_READER: "カード読み取り機が 使えません",
}
HINTS = {
    CardState.WAITING: "顔写真のある面を 上にして、読み取り機の 上に 置いてください。",
    CardState.READING: "カードを 動かさずに、そのまま お待ちください。",
    CardState.NO_READER: "係員を お呼びください。",
}


class CardScreen(QWidget):
    """Big title, one instruction, and the card's status once read."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel(objectName="title", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.body = QLabel(objectName="body", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.warning = QLabel(objectName="warning", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.body, self.warning):
            layout.addWidget(label)
        layout.addStretch(1)

    def render(self, view: CardView) -> None:
        self.title.setText(TITLES[view.state])
        self.warning.setText(view.message if view.state is CardState.FAILED else "")
        if view.state is CardState.READ and view.info is not None:
            self.body.setText(self._read_text(view))
        else:
            self.body.setText(HINTS.get(view.state, ""))

    @staticmethod
    def _read_text(view: CardView) -> str:
        info = view.info
        until = datetime.fromisoformat(info.auth_not_after).astimezone()
        lines = [f"電子証明書の 有効期限: {until:%Y年%m月%d日}"]
        if not info.auth_valid_now:
            lines.append("電子証明書の 有効期限が 切れています。受付に お声がけください。")
        if not info.auth_pin_usable:
            lines.append("このカードは 顔認証で ご利用いただけます。")
        elif info.auth_pin_tries == 0:
            lines.append("暗証番号は ロックされています。顔認証を ご利用ください。")
        else:
            lines.append(f"暗証番号は あと {info.auth_pin_tries} 回 入力できます。")
        return "\n".join(lines)
