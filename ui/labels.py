"""Words of the screen furniture that no view model carries: keypad keys, the staff keypad, the
simulator banner. Everything a resident is asked or told comes from the view (``kiosk.reception.texts``)."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "key.backspace": "1つ消す",
    "key.clear": "全部消す",
    "key.submit": "確定",
    "staff.keypad.title": "係員用の 暗証番号",
    "staff.keypad.cancel": "閉じる",
    "staff.corner": "係員用の 入口（5回 タップ または 長押し）",
    "photo.card": "カードの 写真",
    "photo.missing": "カードの 写真を 読み取れませんでした。カードの 券面で ご確認ください。",
    "simulator.banner": "シミュレーター動作中 — 実在の カード・カメラでは ありません",
    "window.title": "マイナンバーカード 受付",
}


def label(label_id: str) -> str:
    """The words of ``label_id`` (a key of :data:`LABELS`)."""
    return LABELS[label_id]
