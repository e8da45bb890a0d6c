"""Resident-facing text of the reception screens, by message id (issue 4; issue 6 §3).

Short sentences, one question per screen, the next step always named. Ids are stable: the
translations (``assets/i18n``), furigana and the voice key on them. A sentence is one entry —
never assembled from translated pieces — so each language can order its words its own way.
"""

from __future__ import annotations

from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup
from kiosk.messages import message_for_code

TEXTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("idle.title", "マイナンバーカードを 置いてください"),
    QT_TRANSLATE_NOOP("idle.body", "顔写真のある面を 上にして、読み取り機の 上に 置いてください。"),
    QT_TRANSLATE_NOOP("reading.title", "カードを 読み取っています"),
    QT_TRANSLATE_NOOP("reading.body", "カードを 動かさずに、そのまま お待ちください。"),
    QT_TRANSLATE_NOOP("method.title", "ご本人の 確認方法を 選んでください"),
    QT_TRANSLATE_NOOP("method.body", "顔認証か、暗証番号（数字 4けた）を 選べます。"),
    QT_TRANSLATE_NOOP("method.body_face_card", "このカードは 顔認証で 確認します。"),
    QT_TRANSLATE_NOOP("method.body_face_only", "顔認証で 確認します。暗証番号は 使えません。"),
    QT_TRANSLATE_NOOP("method.body_pin_only", "暗証番号（数字 4けた）で 確認します。"),
    QT_TRANSLATE_NOOP("method.body_staff_only", "係員が 確認します。係員を お呼びください。"),
    QT_TRANSLATE_NOOP("method.pin_locked", "暗証番号（ロック中）"),
    QT_TRANSLATE_NOOP("method.face", "顔認証"),
    QT_TRANSLATE_NOOP("method.pin", "暗証番号"),
    QT_TRANSLATE_NOOP("method.pin_tries", "暗証番号（あと {tries} 回）"),
    QT_TRANSLATE_NOOP("face.title", "カメラを 見てください"),
    QT_TRANSLATE_NOOP("face.retry", "もう一度 撮影します。カメラを 見てください"),
    QT_TRANSLATE_NOOP("face.failed.title", "顔認証が できませんでした"),
    QT_TRANSLATE_NOOP("face.failed.body", "暗証番号で 確認するか、係員を お呼びください。"),
    QT_TRANSLATE_NOOP("pin.title", "暗証番号（数字 4けた）を 入力してください"),
    QT_TRANSLATE_NOOP("pin.tries", "あと {tries} 回 入力できます。"),
    QT_TRANSLATE_NOOP("pin.wrong", "暗証番号が ちがいます。あと {tries} 回 入力できます。"),
    QT_TRANSLATE_NOOP("pin.last", "あと 1 回 入力できます。まちがえると、カードが ロックされます。"),
    QT_TRANSLATE_NOOP("pin.wrong_last", "暗証番号が ちがいます。あと 1 回 まちがえると、カードが ロックされます。"),
    QT_TRANSLATE_NOOP("pin.verifying", "確認しています"),
    QT_TRANSLATE_NOOP("blocked.title", "暗証番号が ロックされています"),
    QT_TRANSLATE_NOOP("blocked.body", "顔認証か、係員による 確認で 受付できます。"
                                      "暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。"),
    QT_TRANSLATE_NOOP("staff.title", "係員による 確認"),
    QT_TRANSLATE_NOOP("staff.body", "カードの 写真と ご本人を 見比べてください。"),
    QT_TRANSLATE_NOOP("staff.pin_refused", "係員用の 暗証番号が ちがいます。"),
    QT_TRANSLATE_NOOP("staff.confirm", "ご本人です"),
    QT_TRANSLATE_NOOP("staff.reject", "確認できない"),
    QT_TRANSLATE_NOOP("checking.title", "保険の 資格を 確認しています"),
    QT_TRANSLATE_NOOP("registration.title", "マイナンバーカードを 保険証として 使う 申し込みを しますか"),
    QT_TRANSLATE_NOOP("registration.body", "申し込むと、この カードが 健康保険証として 使えるように なります。"),
    QT_TRANSLATE_NOOP("registration.agree", "申し込む"),
    QT_TRANSLATE_NOOP("registration.decline", "申し込まない"),
    QT_TRANSLATE_NOOP("registering.title", "申し込みを しています"),
    QT_TRANSLATE_NOOP("consent.title.medication",
                      "これまでの お薬と 受診の 情報を 医師・薬剤師などに 見せてもよいですか"),
    QT_TRANSLATE_NOOP("consent.title.surgery", "これまでの 手術の 情報を 医師・薬剤師などに 見せてもよいですか"),
    QT_TRANSLATE_NOOP("consent.title.checkup", "特定健診の 結果を 医師・薬剤師などに 見せてもよいですか"),
    QT_TRANSLATE_NOOP("consent.title.limit", "限度額の 情報を 医師・薬剤師などに 見せてもよいですか"),
    QT_TRANSLATE_NOOP("consent.body.medication", "これまでの お薬や 受診の 記録です。よりよい 診療に 使われます。"),
    QT_TRANSLATE_NOOP("consent.body.surgery", "これまでの 手術の 記録です。"),
    QT_TRANSLATE_NOOP("consent.body.checkup", "特定健診（40歳以上の 健康診断）の 結果です。"),
    QT_TRANSLATE_NOOP("consent.body.limit", "医療費の 支払いが 高くなりすぎないように するための 情報です。"),
    # The leaflets' words (seed 001: the reader's consent screens say 「同意する／同意しない」).
    QT_TRANSLATE_NOOP("consent.agree", "同意する"),
    QT_TRANSLATE_NOOP("consent.decline", "同意しない"),
    QT_TRANSLATE_NOOP("consent.all", "すべて 見せてよい（まとめて 同意）"),
    QT_TRANSLATE_NOOP("prescription.title", "処方箋は どちらに しますか"),
    QT_TRANSLATE_NOOP("prescription.electronic", "電子処方箋"),
    QT_TRANSLATE_NOOP("prescription.paper", "紙の 処方箋"),
    QT_TRANSLATE_NOOP("finishing.title", "受付を しています"),
    QT_TRANSLATE_NOOP("done.title", "受付が 終わりました"),
    QT_TRANSLATE_NOOP("done.body", "カードを お取りください。"),
    QT_TRANSLATE_NOOP("done.declined", "受付で 保険証か 資格確認書を お出しください。カードを お取りください。"),
    QT_TRANSLATE_NOOP("done.alarm", "カードを お忘れです。カードを お取りください。"),
    QT_TRANSLATE_NOOP("error.title", "受付を 続けられませんでした"),
    QT_TRANSLATE_NOOP("warning", "このままだと、まもなく 最初の 画面に 戻ります。"),
    QT_TRANSLATE_NOOP("back", "もどる"),
))


def text(message_id: str, **values: object) -> Message:
    """The message ``message_id``; error codes (upper case) come from ``kiosk.messages``."""
    if message_id.isupper():
        return message_for_code(message_id, **values)
    return lookup(TEXTS, message_id, **values)
