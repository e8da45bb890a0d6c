"""Resident-facing text of the counter desk's resident screen, by message id (issue 5 §4; issue 6 §3).

Staff-facing text (the console) stays Japanese in ``kiosk.counter.view``: staff are municipal
employees. What the resident reads and hears is here, one whole sentence per entry.
"""

from __future__ import annotations

from kiosk.counter.pin_rules import PinKind
from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup

COUNTER_TEXTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("counter.choice.title", "カードの 使い方を 選んでください"),
    QT_TRANSLATE_NOOP("counter.choice.body", "顔認証マイナンバーカードは 暗証番号が ありません。"
                                             "コンビニや マイナポータルでは 使えません。"),
    QT_TRANSLATE_NOOP("counter.choice.body_face_card", "顔認証マイナンバーカードを 選ばれています。"),
    QT_TRANSLATE_NOOP("counter.choice.already_set", "この カードには すでに 設定された 暗証番号が あります。"
                                                    "その 暗証番号は 変わりません。"),
    QT_TRANSLATE_NOOP("counter.choice.pins", "暗証番号を 設定する"),
    QT_TRANSLATE_NOOP("counter.choice.face_card", "顔認証マイナンバーカードにする（暗証番号なし）"),
    QT_TRANSLATE_NOOP("counter.same.title", "ほかの 2つの 暗証番号も 同じ 数字に しますか"),
    QT_TRANSLATE_NOOP("counter.same.body", "利用者証明用・住民基本台帳用・券面事項入力補助用は 同じ 数字に できます。"),
    QT_TRANSLATE_NOOP("counter.same.use", "同じに する"),
    QT_TRANSLATE_NOOP("counter.same.separate", "別々に 決める"),
    QT_TRANSLATE_NOOP("counter.warned.title", "当てられやすい 番号です"),
    QT_TRANSLATE_NOOP("counter.warned.change", "別の 番号に する"),
    QT_TRANSLATE_NOOP("counter.warned.keep", "このまま 使う"),
    QT_TRANSLATE_NOOP("counter.pin.label.sign", "署名用 電子証明書の パスワード（英字の大文字と数字 6〜16文字）"),
    QT_TRANSLATE_NOOP("counter.pin.label.auth", "利用者証明用 電子証明書の 暗証番号（数字 4けた）"),
    QT_TRANSLATE_NOOP("counter.pin.label.juki", "住民基本台帳用の 暗証番号（数字 4けた）"),
    QT_TRANSLATE_NOOP("counter.pin.label.kenhojo", "券面事項入力補助用の 暗証番号（数字 4けた）"),
    QT_TRANSLATE_NOOP("counter.pin.first.sign", "署名用 電子証明書の パスワードを 決めて 入力してください"),
    QT_TRANSLATE_NOOP("counter.pin.first.auth", "利用者証明用 電子証明書の 暗証番号を 決めて 入力してください"),
    QT_TRANSLATE_NOOP("counter.pin.first.juki", "住民基本台帳用の 暗証番号を 決めて 入力してください"),
    QT_TRANSLATE_NOOP("counter.pin.first.kenhojo", "券面事項入力補助用の 暗証番号を 決めて 入力してください"),
    QT_TRANSLATE_NOOP("counter.pin.second", "確認のため、もう一度 入力してください"),
    QT_TRANSLATE_NOOP("counter.pin.private", "画面は ほかの 人から 見えません。番号は 表示されません。"),
    QT_TRANSLATE_NOOP("counter.writing.title", "カードに 暗証番号を 設定しています"),
    QT_TRANSLATE_NOOP("counter.writing.body", "カードを 動かさずに お待ちください。"),
    QT_TRANSLATE_NOOP("counter.registration.title", "マイナンバーカードを 保険証として 使う 申し込みを しますか"),
    QT_TRANSLATE_NOOP("counter.registration.body", "申し込むと、病院や 薬局で この カードが 保険証として 使えます。"),
    QT_TRANSLATE_NOOP("counter.registration.agree", "申し込む"),
    QT_TRANSLATE_NOOP("counter.registration.decline", "申し込まない"),
    QT_TRANSLATE_NOOP("counter.done.title", "手続きが 終わりました"),
    QT_TRANSLATE_NOOP("counter.done.body", "係員から カードと 控えを お受け取りください。"),
    QT_TRANSLATE_NOOP("counter.wait.title", "係員が ご案内します"),
    QT_TRANSLATE_NOOP("counter.wait.body", "しばらく お待ちください。"),
))


def counter_text(message_id: str, **values: object) -> Message:
    """The resident's text ``message_id`` at the counter."""
    return lookup(COUNTER_TEXTS, f"counter.{message_id}", **values)


def pin_label(kind: PinKind) -> Message:
    """What the resident is setting, e.g. 「利用者証明用 電子証明書の 暗証番号（数字 4けた）」."""
    return counter_text(f"pin.label.{kind.value}")
