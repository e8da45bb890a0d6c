"""Resident-facing text of the reception screens, by message id.

Short sentences, one question per screen, the next step always named. Ids are stable so the
accessibility work (voice, furigana, six languages) can key on them.
"""

from __future__ import annotations

from kiosk.messages import message_for_code

TEXTS: dict[str, str] = {
    "idle.title": "マイナンバーカードを 置いてください",
    "idle.body": "顔写真のある面を 上にして、読み取り機の 上に 置いてください。",
    "reading.title": "カードを 読み取っています",
    "reading.body": "カードを 動かさずに、そのまま お待ちください。",
    "method.title": "ご本人の 確認方法を 選んでください",
    "method.body": "顔認証か、暗証番号（数字 4けた）を 選べます。",
    "method.body_face_card": "このカードは 顔認証で 確認します。",
    "method.body_face_only": "顔認証で 確認します。暗証番号は 使えません。",
    "method.body_pin_only": "暗証番号（数字 4けた）で 確認します。",
    "method.body_staff_only": "係員が 確認します。係員を お呼びください。",
    "method.pin_locked": "暗証番号（ロック中）",
    "method.face": "顔認証",
    "method.pin": "暗証番号",
    "method.pin_tries": "暗証番号（あと {tries} 回）",
    "face.title": "カメラを 見てください",
    "face.retry": "もう一度 撮影します。カメラを 見てください",
    "face.failed.title": "顔認証が できませんでした",
    "face.failed.body": "暗証番号で 確認するか、係員を お呼びください。",
    "pin.title": "暗証番号（数字 4けた）を 入力してください",
    "pin.tries": "あと {tries} 回 入力できます。",
    "pin.wrong": "暗証番号が ちがいます。あと {tries} 回 入力できます。",
    "pin.last": "あと 1 回 まちがえると、カードが ロックされます。",
    "pin.verifying": "確認しています",
    "blocked.title": "暗証番号が ロックされています",
    "blocked.body": "顔認証か、係員による 確認で 受付できます。暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。",
    "staff.title": "係員による 確認",
    "staff.body": "カードの 写真と ご本人を 見比べてください。",
    "staff.pin_refused": "係員用の 暗証番号が ちがいます。",
    "staff.confirm": "ご本人です",
    "staff.reject": "確認できない",
    "checking.title": "保険の 資格を 確認しています",
    "registration.title": "マイナンバーカードを 保険証として 使う 申し込みを しますか",
    "registration.body": "申し込むと、この カードが 健康保険証として 使えるように なります。",
    "registration.agree": "申し込む",
    "registration.decline": "申し込まない",
    "registering.title": "申し込みを しています",
    "consent.title": "{item}を 医師・薬剤師などに 見せてもよいですか",
    "consent.body.medication": "これまでの お薬や 受診の 記録です。よりよい 診療に 使われます。",
    "consent.body.surgery": "これまでの 手術の 記録です。",
    "consent.body.checkup": "特定健診（40歳以上の 健康診断）の 結果です。",
    "consent.body.limit": "医療費の 支払いが 高くなりすぎないように するための 情報です。",
    "consent.agree": "見せてよい",
    "consent.decline": "見せない",
    "consent.all": "すべて 見せてよい（まとめて 同意）",
    "prescription.title": "処方箋は どちらに しますか",
    "prescription.electronic": "電子処方箋",
    "prescription.paper": "紙の 処方箋",
    "finishing.title": "受付を しています",
    "done.title": "受付が 終わりました",
    "done.body": "カードを お取りください。",
    "done.declined": "受付で 保険証か 資格確認書を お出しください。カードを お取りください。",
    "done.alarm": "カードを お忘れです。カードを お取りください。",
    "error.title": "受付を 続けられませんでした",
    "warning": "このままだと、まもなく 最初の 画面に 戻ります。",
    "back": "もどる",
}


def text(message_id: str, **values: object) -> str:
    """The text for ``message_id``; error codes (upper case) come from ``kiosk.messages``."""
    if message_id.isupper():
        return message_for_code(message_id, **values)
    return TEXTS[message_id].format(**values) if values else TEXTS[message_id]
