"""Words of the controls every resident screen shares (issue 6): keypad keys, the accessibility
bar, the card-placement hints. Like every resident text they are messages, translated and spoken."""

from __future__ import annotations

from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup

CONTROLS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("key.backspace", "1つ消す"),
    QT_TRANSLATE_NOOP("key.clear", "全部消す"),
    QT_TRANSLATE_NOOP("key.submit", "確定"),
    QT_TRANSLATE_NOOP("key.count", "{typed}文字（{low}〜{high}文字）"),
    QT_TRANSLATE_NOOP("access.replay", "もう一度 聞く"),
    QT_TRANSLATE_NOOP("access.size.1", "文字の 大きさ：標準"),
    QT_TRANSLATE_NOOP("access.size.2", "文字の 大きさ：大"),
    QT_TRANSLATE_NOOP("access.size.3", "文字の 大きさ：特大"),
    QT_TRANSLATE_NOOP("access.furigana.on", "ふりがなを つける"),
    QT_TRANSLATE_NOOP("access.furigana.off", "ふりがなを 消す"),
    QT_TRANSLATE_NOOP("access.contrast.on", "見やすい 色に する"),
    QT_TRANSLATE_NOOP("access.contrast.off", "ふつうの 色に もどす"),
    QT_TRANSLATE_NOOP("access.language", "ほかの 言語を 選べます"),
    # Accessible names (a screen reader's words) of what the screens show without words.
    QT_TRANSLATE_NOOP("name.busy", "お待ちください"),
    QT_TRANSLATE_NOOP("name.camera", "カメラの 映像"),
    QT_TRANSLATE_NOOP("name.progress", "撮影の 進み具合"),
    QT_TRANSLATE_NOOP("name.picture.place", "カードを 読み取り機に 置く 絵"),
    QT_TRANSLATE_NOOP("name.picture.take", "カードを 読み取り機から 取る 絵"),
    QT_TRANSLATE_NOOP("help.call", "係員を 呼ぶ"),
    QT_TRANSLATE_NOOP("help.called", "係員を 呼んでいます"),
    QT_TRANSLATE_NOOP("help.cancel", "やめる"),
    QT_TRANSLATE_NOOP("page.next", "つぎへ"),
    QT_TRANSLATE_NOOP("page.back", "もどる"),
    QT_TRANSLATE_NOOP("placement.flat", "顔写真のある面を 上にして、読み取り機の 上に 置いてください。"),
    QT_TRANSLATE_NOOP("placement.flat_face_down", "顔写真のある面を 下にして、読み取り機の 上に 置いてください。"),
    QT_TRANSLATE_NOOP("placement.tray", "顔写真のある面を 上にして、読み取り機の 置き台に 置いてください。"),
    QT_TRANSLATE_NOOP("placement.slot", "顔写真のある面を 上にして、金色の ICチップの ほうから 差し込んでください。"),
))


def control_text(message_id: str, **values: object) -> Message:
    """The label ``message_id`` of a shared control."""
    return lookup(CONTROLS, message_id, **values)
