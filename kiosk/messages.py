"""Resident-facing text for every error code (style guide "Errors").

Plain Japanese a 90-year-old understands, each naming the next step. Never a status word, a stack
trace or an English technical term. Staff detail stays in the log (``KioskError.detail``).
"""

from __future__ import annotations

from kiosk.errors import KioskError

CALL_STAFF = "係員をお呼びください。"
HANDOFF_TEXT = ("受付の 手続きは 終わりましたが、受付の システムへの 連絡が できませんでした。"
                "カードを お取りになり、受付に お声がけください。")

MESSAGES: dict[str, str] = {
    "KIOSK_ERROR": "うまく いきませんでした。" + CALL_STAFF,
    "CARD_ERROR": "カードを 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。",
    "CARD_PIN_WRONG": "暗証番号が ちがいます。あと {tries} 回 まちがえると、カードが ロックされます。",
    "CARD_PIN_BLOCKED": "暗証番号が ロックされています。顔認証か、係員による確認に 切り替えられます。"
                        "暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。",
    "CARD_PIN_NOT_SET": "このカードは 暗証番号を 使いません。顔認証か、係員による確認を 選んでください。",
    "CARD_PIN_FORMAT": "暗証番号は 数字 4けたです。もう一度 入力してください。",
    "CARD_NOT_MYNUMBER": "マイナンバーカードでは ないようです。マイナンバーカードを 置いてください。",
    "CARD_SECURITY_STATUS": "確認が まだ 終わっていません。最初から やり直してください。",
    "CARD_REMOVED": "カードが はずれました。カードを もう一度 置いてください。",
    "CARD_ABSENT": "カードが 見つかりません。カードを 読み取り機に 置いてください。",
    "READER_UNAVAILABLE": "カード読み取り機が 使えません。" + CALL_STAFF,
    "READER_BUSY": "カード読み取り機が ほかで 使われています。少し 待ってから、もう一度 お試しください。",
    "CARD_BAD_RESPONSE": "カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。"
                         "直らないときは " + CALL_STAFF,
    "CARD_UNEXPECTED_STATUS": "カードを 正しく 読み取れませんでした。カードを いったん 取り、もう一度 置いてください。",
    "CARD_CERT_EXPIRED": "カードの 電子証明書の 有効期限が 切れています。受付に お声がけください。"
                         "更新は お住まいの 市区町村の 窓口で できます。",
    "CARD_SIGNATURE_INVALID": "カードを 確認できませんでした。" + CALL_STAFF,
    "CAMERA_ERROR": "カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。",
    "CAMERA_UNAVAILABLE": "カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。",
    "CAMERA_LOST": "カメラが 止まりました。暗証番号か、係員による確認に 切り替えてください。",
    "IMAGE_INVALID": "写真を 読み取れませんでした。" + CALL_STAFF,
    "FACE_ERROR": "顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。",
    "FACE_CARD_PHOTO_UNUSABLE": "カードの 写真では 顔認証が できません。暗証番号か、係員による確認を 選んでください。",
    "FACE_ATTEMPTS_EXHAUSTED": "顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。",
    "FACE_ENGINE_UNAVAILABLE": "顔認証が いま 使えません。暗証番号か、係員による確認を 選んでください。",
    "FACE_NOT_FOUND": "写真に お顔が 見つかりませんでした。" + CALL_STAFF,
    "ELIGIBILITY_ERROR": "保険の 資格を 確認できませんでした。受付に お声がけください。",
    "ELIGIBILITY_UNAVAILABLE": "いま 保険の 資格を 確認できません。受付に お声がけください。"
                               "「資格情報のお知らせ」か 資格確認書が あれば、受付に お出しください。",
    "ELIGIBILITY_BAD_ANSWER": "保険の 資格を 確認できませんでした。受付に お声がけください。",
    "ELIGIBILITY_JPKI_MAINTENANCE": "いま 点検中のため、この手続きは できません。受付に お声がけください。",
    "ELIGIBILITY_CERT_REVOKED": "カードの 電子証明書が 使えなくなっています。受付に お声がけください。"
                                "更新は お住まいの 市区町村の 窓口で できます。",
    "CONFIG_INVALID": "この端末の 設定に 誤りが あります。" + CALL_STAFF,
    **{code: HANDOFF_TEXT for code in ("HANDOFF_FAILED", "HANDOFF_FOLDER_MISSING", "HANDOFF_NOT_WRITABLE",
                                       "HANDOFF_DISK_FULL", "HANDOFF_CONFLICT")},
    "STORE_ERROR": "受付の 記録が できませんでした。" + CALL_STAFF,
    "STORE_UNAVAILABLE": "いま 受付の 記録が できません。少し 待ってから、もう一度 お試しください。"
                         "直らないときは " + CALL_STAFF,
    "SECRET_STORE_UNAVAILABLE": "いま この受付機が 使えません。" + CALL_STAFF,
    # Flow outcomes that are not exceptions
    "TIMEOUT": "時間が たちましたので、最初に 戻ります。カードを お取りください。",
    "STAFF_REJECTED": "ご本人の 確認が できませんでした。受付に お声がけください。",
}


def message_for(error: KioskError) -> str:
    """The resident's text for ``error``; unknown codes fall back to "call staff"."""
    tries = getattr(error, "tries_left", None)
    return message_for_code(error.code, tries=tries if tries is not None else "")


def message_for_code(code: str, **values: object) -> str:
    """The resident's text for an error or flow code."""
    text = MESSAGES.get(code, MESSAGES["KIOSK_ERROR"])
    return text.format(**values) if values else text.replace("{tries}", "")
