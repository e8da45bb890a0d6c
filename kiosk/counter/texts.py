"""Resident-facing text of the municipal desks' resident screens, by message id (issue 5 §4; issue 6
§3): the handover counter (``counter.*``) and the registration support desk (``counter.support.*``,
``kiosk.registration``), which share the 利用申込's PIN and its explanations.

Staff-facing text (the consoles) stays Japanese in the views: staff are municipal employees. What
the resident reads and hears is here, one whole sentence per entry.
"""

from __future__ import annotations

from kiosk.counter.pin_rules import PinKind
from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, joined, lookup

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
    QT_TRANSLATE_NOOP("counter.pin.first.sign", "署名用の パスワードを 決めてください"),
    QT_TRANSLATE_NOOP("counter.pin.first.auth", "利用者証明用の 暗証番号を 決めてください"),
    QT_TRANSLATE_NOOP("counter.pin.first.juki", "住民基本台帳用の 暗証番号を 決めてください"),
    QT_TRANSLATE_NOOP("counter.pin.first.kenhojo", "券面事項入力補助用の 暗証番号を 決めてください"),
    QT_TRANSLATE_NOOP("counter.refused.again", "もう一度 入力する"),
    QT_TRANSLATE_NOOP("counter.pin.second", "確認のため、もう一度 入力してください"),
    QT_TRANSLATE_NOOP("counter.pin.private", "画面は ほかの 人から 見えません。番号は 表示されません。"),
    QT_TRANSLATE_NOOP("counter.writing.title", "カードに 暗証番号を 設定しています"),
    QT_TRANSLATE_NOOP("counter.writing.body", "カードを 動かさずに お待ちください。"),
    QT_TRANSLATE_NOOP("counter.registration.title", "保険証として 使う 申し込みを しますか"),
    QT_TRANSLATE_NOOP("counter.registration.pin_note", "申し込みには 利用者証明用の 暗証番号（数字 4けた）を "
                                                       "使います。"),
    QT_TRANSLATE_NOOP("counter.registration.agree", "申し込む"),
    QT_TRANSLATE_NOOP("counter.registration.decline", "申し込まない"),
    QT_TRANSLATE_NOOP("counter.done.title", "手続きが 終わりました"),
    QT_TRANSLATE_NOOP("counter.done.body", "係員から カードと 控えを お受け取りください。"),
    QT_TRANSLATE_NOOP("counter.wait.title", "係員が ご案内します"),
    QT_TRANSLATE_NOOP("counter.wait.body", "しばらく お待ちください。"),
    QT_TRANSLATE_NOOP("counter.jlis.body", "暗証番号は、係員が ご案内する 専用の 端末で 設定します。"),
    # The 利用申込's PIN, at the counter after a handover and at the registration support desk.
    QT_TRANSLATE_NOOP("counter.support.pin.title", "利用者証明用の 暗証番号（数字 4けた）を 入力してください"),
    QT_TRANSLATE_NOOP("counter.support.pin.body", "画面は ほかの 人から 見えません。番号は 表示されません。"),
    QT_TRANSLATE_NOOP("counter.support.pin.tries", "あと {tries} 回 入力できます。"),
    # The registration support desk (seed 003 §4 (3)): residents who already hold a card.
    QT_TRANSLATE_NOOP("counter.support.insert.title", "マイナンバーカードを 読み取り機に 置いてください"),
    QT_TRANSLATE_NOOP("counter.support.insert.body", "マイナンバーカードを 健康保険証として 使う 申し込みを "
                                                     "お手伝いします。"),
    QT_TRANSLATE_NOOP("counter.support.reading.title", "カードを 読み取っています"),
    QT_TRANSLATE_NOOP("counter.support.method.title", "ご本人の 確認の しかたを 選んでください"),
    QT_TRANSLATE_NOOP("counter.support.method.pin", "暗証番号（数字 4けた）"),
    QT_TRANSLATE_NOOP("counter.support.method.face", "顔認証（カメラ）"),
    QT_TRANSLATE_NOOP("counter.support.face.title", "カメラの ほうを 見てください"),
    QT_TRANSLATE_NOOP("counter.support.checking.title", "確認しています"),
    QT_TRANSLATE_NOOP("counter.support.terms.title", "申し込みの 前に お読みください"),
    QT_TRANSLATE_NOOP("counter.support.terms.body", "この カードが 健康保険証として 使えるように なります。"
                                                    "病院や 薬局では、カードを 受付の 読み取り機に 置いて "
                                                    "保険の 資格を 確かめます。お薬や 健診の 情報を "
                                                    "見せるかどうかは、その たびに あなたが 決めます。"
                                                    "やめたく なったら、加入している 保険の 窓口で "
                                                    "やめる 申し込みが できます。"),
    QT_TRANSLATE_NOOP("counter.support.terms.agree", "同意して 申し込む"),
    QT_TRANSLATE_NOOP("counter.support.terms.decline", "申し込まない"),
    QT_TRANSLATE_NOOP("counter.support.registering.title", "申し込みを しています"),
    QT_TRANSLATE_NOOP("counter.support.consents.title", "病院や 薬局で 聞かれる ことが あります"),
    QT_TRANSLATE_NOOP("counter.support.consents.body", "受付の 読み取り機で、これまでの お薬や 健診の 結果を "
                                                       "医師や 薬剤師に 見せてよいか 聞かれます。見せると、より よい "
                                                       "診療に 役立ちます。見せなくても 診療は 受けられます。"),
    QT_TRANSLATE_NOOP("counter.support.consents.ok", "わかりました"),
    QT_TRANSLATE_NOOP("counter.support.done.title", "申し込みが 終わりました"),
    QT_TRANSLATE_NOOP("counter.support.already.title", "この カードは すでに 保険証として 使えます"),
    QT_TRANSLATE_NOOP("counter.support.declined.title", "申し込みは しませんでした"),
    QT_TRANSLATE_NOOP("counter.support.declined.body", "あとからでも、病院や 薬局の 受付の 読み取り機や、"
                                                       "市区町村の 窓口で 申し込めます。"),
    QT_TRANSLATE_NOOP("counter.support.take.body", "カードを お取りください。係員から お知らせの 紙を "
                                                   "お受け取りください。"),
    QT_TRANSLATE_NOOP("counter.support.failed.title", "手続きが できませんでした"),
))


def counter_text(message_id: str, **values: object) -> Message:
    """The resident's text ``message_id`` at the counter."""
    return lookup(COUNTER_TEXTS, f"counter.{message_id}", **values)


def pin_label(kind: PinKind) -> Message:
    """What the resident is setting, e.g. 「利用者証明用 電子証明書の 暗証番号（数字 4けた）」."""
    return counter_text(f"pin.label.{kind.value}")


def registration_pin_text(tries: int | None) -> tuple[Message, Message, Message]:
    """Title, body and keypad label of the 利用申込's PIN screen; the tries left are said before the
    resident types, when the card told them."""
    body = counter_text("support.pin.body")
    if tries is not None:
        body = joined((counter_text("support.pin.tries", tries=tries), body))
    return counter_text("support.pin.title"), body, pin_label(PinKind.AUTH)
