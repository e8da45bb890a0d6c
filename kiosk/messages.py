"""Resident-facing text for every error code (style guide "Errors"; issue 6 §3).

Plain Japanese a 90-year-old understands, each naming the next step. Never a status word, a stack
trace or an English technical term. Staff detail stays in the log (``KioskError.detail``). Each
entry is a whole text (no shared fragments glued on), so that it translates as one.
"""

from __future__ import annotations

from kiosk.errors import KioskError
from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup

MESSAGES: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("KIOSK_ERROR", "うまく いきませんでした。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("CARD_ERROR", "カードを 読み取れませんでした。"
                                    "カードを いったん 取り、もう一度 置いてください。"),
    QT_TRANSLATE_NOOP("CARD_PIN_WRONG", "暗証番号が ちがいます。"
                                        "あと {tries} 回 まちがえると、カードが ロックされます。"),
    QT_TRANSLATE_NOOP("CARD_PIN_BLOCKED", "暗証番号が ロックされています。"
                                          "顔認証か、係員による確認に 切り替えられます。"
                                          "暗証番号の 再設定は、お住まいの 市区町村の 窓口で できます。"),
    QT_TRANSLATE_NOOP("CARD_PIN_NOT_SET", "このカードは 暗証番号を 使いません。"
                                          "顔認証か、係員による確認を 選んでください。"),
    QT_TRANSLATE_NOOP("CARD_PIN_FORMAT", "暗証番号は 数字 4けたです。もう一度 入力してください。"),
    QT_TRANSLATE_NOOP("CARD_NOT_MYNUMBER", "マイナンバーカードでは ないようです。"
                                           "マイナンバーカードを 置いてください。"),
    QT_TRANSLATE_NOOP("CARD_SECURITY_STATUS", "確認が まだ 終わっていません。最初から やり直してください。"),
    QT_TRANSLATE_NOOP("CARD_REMOVED", "カードが はずれました。カードを もう一度 置いてください。"),
    QT_TRANSLATE_NOOP("CARD_ABSENT", "カードが 見つかりません。カードを 読み取り機に 置いてください。"),
    QT_TRANSLATE_NOOP("READER_UNAVAILABLE", "カード読み取り機が 使えません。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("READER_BUSY", "カード読み取り機が ほかで 使われています。"
                                     "少し 待ってから、もう一度 お試しください。"),
    QT_TRANSLATE_NOOP("CARD_BAD_RESPONSE", "カードを 正しく 読み取れませんでした。"
                                           "カードを いったん 取り、もう一度 置いてください。"
                                           "直らないときは 係員をお呼びください。"),
    QT_TRANSLATE_NOOP("CARD_UNEXPECTED_STATUS", "カードを 正しく 読み取れませんでした。"
                                                "カードを いったん 取り、もう一度 置いてください。"),
    QT_TRANSLATE_NOOP("CARD_CERT_EXPIRED", "カードの 電子証明書の 有効期限が 切れています。"
                                           "受付に お声がけください。"
                                           "更新は お住まいの 市区町村の 窓口で できます。"),
    QT_TRANSLATE_NOOP("CARD_SIGNATURE_INVALID", "カードを 確認できませんでした。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("CAMERA_ERROR", "カメラが 使えません。暗証番号か、係員による確認に 切り替えてください。"),
    QT_TRANSLATE_NOOP("CAMERA_UNAVAILABLE", "カメラが 使えません。"
                                            "暗証番号か、係員による確認に 切り替えてください。"),
    QT_TRANSLATE_NOOP("CAMERA_LOST", "カメラが 止まりました。暗証番号か、係員による確認に 切り替えてください。"),
    QT_TRANSLATE_NOOP("IMAGE_INVALID", "写真を 読み取れませんでした。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("FACE_ERROR", "顔認証が できませんでした。暗証番号か、係員による確認に 切り替えてください。"),
    QT_TRANSLATE_NOOP("FACE_CARD_PHOTO_UNUSABLE", "カードの 写真では 顔認証が できません。"
                                                  "暗証番号か、係員による確認を 選んでください。"),
    QT_TRANSLATE_NOOP("FACE_ATTEMPTS_EXHAUSTED", "顔認証が できませんでした。"
                                                 "暗証番号か、係員による確認に 切り替えてください。"),
    QT_TRANSLATE_NOOP("FACE_ENGINE_UNAVAILABLE", "顔認証が いま 使えません。"
                                                 "暗証番号か、係員による確認を 選んでください。"),
    QT_TRANSLATE_NOOP("FACE_NOT_FOUND", "写真に お顔が 見つかりませんでした。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("ELIGIBILITY_ERROR", "保険の 資格を 確認できませんでした。受付に お声がけください。"),
    QT_TRANSLATE_NOOP("ELIGIBILITY_UNAVAILABLE", "いま 保険の 資格を 確認できません。受付に お声がけください。"
                                                 "「資格情報のお知らせ」か 資格確認書が あれば、"
                                                 "受付に お出しください。"),
    QT_TRANSLATE_NOOP("ELIGIBILITY_BAD_ANSWER", "保険の 資格を 確認できませんでした。受付に お声がけください。"),
    QT_TRANSLATE_NOOP("ELIGIBILITY_JPKI_MAINTENANCE", "いま 点検中のため、この手続きは できません。"
                                                      "受付に お声がけください。"),
    QT_TRANSLATE_NOOP("ELIGIBILITY_CERT_REVOKED", "カードの 電子証明書が 使えなくなっています。"
                                                  "受付に お声がけください。"
                                                  "更新は お住まいの 市区町村の 窓口で できます。"),
    QT_TRANSLATE_NOOP("CONFIG_INVALID", "この端末の 設定に 誤りが あります。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("HANDOFF_FAILED", "受付の 手続きは 終わりましたが、受付の システムへの 連絡が できませんでした。"
                                        "カードを お取りになり、受付に お声がけください。"),
    QT_TRANSLATE_NOOP("STORE_ERROR", "受付の 記録が できませんでした。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("STORE_UNAVAILABLE", "いま 受付の 記録が できません。"
                                           "少し 待ってから、もう一度 お試しください。"
                                           "直らないときは 係員をお呼びください。"),
    QT_TRANSLATE_NOOP("SECRET_STORE_UNAVAILABLE", "いま この受付機が 使えません。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("ISSUANCE_ERROR", "カードに 暗証番号を 設定できませんでした。係員に お声がけください。"),
    QT_TRANSLATE_NOOP("ISSUANCE_INCOMPLETE", "暗証番号の 設定が 途中で 止まりました。"
                                             "設定できたもの：{set}。まだのもの：{missing}。"
                                             "係員が カードを 読み取り機に もう一度 置くと、続きから 設定します。"),
    QT_TRANSLATE_NOOP("ISSUANCE_PIN_REFUSED", "このカードには この暗証番号を 設定できません。係員が 確認します。"),
    QT_TRANSLATE_NOOP("ISSUANCE_NEEDS_JLIS", "この端末では カードに 暗証番号を 設定できません。"
                                             "係員が 専用の 端末で 設定します。"),
    QT_TRANSLATE_NOOP("COUNTER_ERROR", "窓口の 手続きが できませんでした。係員に お声がけください。"),
    QT_TRANSLATE_NOOP("COUNTER_APPLICATION_ID_INVALID", "申請書IDの 番号が 正しくないようです。"
                                                        "交付通知書の 23けたの 番号を 確かめて、"
                                                        "もう一度 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_UNKNOWN_APPLICATION", "この 申請は 見つかりませんでした。"
                                                     "係員が 交付通知書を 確認します。"),
    QT_TRANSLATE_NOOP("COUNTER_NOT_READY", "カードは まだ できあがっていません。"
                                           "交付通知書が 届いてから、もう一度 お越しください。"),
    QT_TRANSLATE_NOOP("COUNTER_ALREADY_HANDED_OVER", "このカードは すでに お渡し済みです。"
                                                     "係員が 記録を 確認します。"),
    QT_TRANSLATE_NOOP("COUNTER_APPLICATION_CLOSED", "このカードは 返納されているため、お渡しできません。"
                                                    "係員が ご案内します。"),
    QT_TRANSLATE_NOOP("COUNTER_QR_INVALID", "交付通知書の QRコードを 読み取れませんでした。"
                                            "はがきの QRコードを もう一度 かざすか、申請書IDを 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_PIN_RULE", "この暗証番号は 使えません。"
                                          "画面の 説明を 見て、もう一度 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_PIN_FORMAT", "暗証番号は 数字 4けたです。もう一度 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_SIGN_PASSWORD_FORMAT", "署名用の パスワードは、英字の 大文字と 数字を どちらも 入れて、"
                                                      "6文字から 16文字で 決めてください。"
                                                      "もう一度 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_PIN_CONFIRM_MISMATCH", "1回目と 2回目の 入力が ちがいました。"
                                                      "同じ 番号を もう一度 2回 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_SIGN_UNDER_15", "15歳未満の 方は、署名用の パスワードを 設定しません。"
                                               "次へ 進んでください。"),
    QT_TRANSLATE_NOOP("COUNTER_FACE_CARD_NO_PINS", "顔認証マイナンバーカードには 暗証番号を 設定しません。"
                                                   "次へ 進んでください。"),
    QT_TRANSLATE_NOOP("COUNTER_PIN_MISSING", "まだ 決めていない 暗証番号が あります。"
                                             "画面の 案内に そって 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_CARD_MISMATCH", "このカードは この申請の カードでは ありません。"
                                               "係員が カードを 確認します。"),
    QT_TRANSLATE_NOOP("COUNTER_IDENTITY_REFUSED", "ご本人の 確認が できませんでした。係員が ご案内します。"),
    QT_TRANSLATE_NOOP("COUNTER_CANCELLED", "手続きを 中止しました。係員が ご案内します。"),
    QT_TRANSLATE_NOOP("COUNTER_LOGIN_FAILED", "職員IDか パスワードが ちがいます。もう一度 入力してください。"),
    QT_TRANSLATE_NOOP("COUNTER_LOGIN_LOCKED", "パスワードを 続けて まちがえたため、{until} まで ログインできません。"
                                              "お待ちいただくか、管理者に パスワードの 再設定を 頼んでください。"),
    QT_TRANSLATE_NOOP("COUNTER_STAFF_INACTIVE", "この 職員IDは 使えません。管理者に 確認してください。"),
    QT_TRANSLATE_NOOP("COUNTER_ALREADY_IN_PROGRESS", "この申請は いま {desk} で 手続き中です。"
                                                     "その窓口に 確認してください。"),
    QT_TRANSLATE_NOOP("COUNTER_CLAIM_CLOSED", "この手続きは 終わっています。"
                                              "申請書IDの 読み取りから やり直してください。"),
    QT_TRANSLATE_NOOP("COUNTER_IDENTITY_NOT_CONFIRMED", "ご本人の 確認が まだ 済んでいません。"
                                                        "本人確認を してから 進んでください。"),
    QT_TRANSLATE_NOOP("COUNTER_PRINTER_MISSING", "プリンターが 見つかりません。"
                                                 "受領書と 控えは PDFで 保存しました。"),
    QT_TRANSLATE_NOOP("COUNTER_PRINT_FAILED", "印刷が できませんでした。受領書と 控えは PDFで 保存しました。"),
    QT_TRANSLATE_NOOP("COUNTER_PDF_FAILED", "受領書と 控えを 保存できませんでした。係員をお呼びください。"),
    QT_TRANSLATE_NOOP("COUNTER_PINS_NOT_SET", "設定されていない 暗証番号が あります。"
                                              "係員が もう一度 設定の 手続きを します。"),
    QT_TRANSLATE_NOOP("COUNTER_CARD_SWAPPED", "読み取り機の カードが 手続き中の カードと ちがいます。"
                                              "係員が 確認します。"),
    QT_TRANSLATE_NOOP("REGISTRATION_NEEDS_FACE", "このカードは 暗証番号が ないため、ここでは 申し込めません。"
                                                 "病院や 薬局の 顔認証付きカードリーダーで 申し込めます。"),
    QT_TRANSLATE_NOOP("PIN_WARN_REPEATED", "同じ 数字の くり返しは、ほかの人に 当てられやすい 番号です。"
                                           "このままでも 設定できます。"),
    QT_TRANSLATE_NOOP("PIN_WARN_SEQUENCE", "順番に 並んだ 数字は、ほかの人に 当てられやすい 番号です。"
                                           "このままでも 設定できます。"),
    QT_TRANSLATE_NOOP("PIN_WARN_BIRTH_DATE", "誕生日から わかる 番号は、ほかの人に 当てられやすい 番号です。"
                                             "このままでも 設定できます。"),
    QT_TRANSLATE_NOOP("PIN_WARN_YEAR", "生まれた年や 今年の 年は、ほかの人に 当てられやすい 番号です。"
                                       "このままでも 設定できます。"),
    QT_TRANSLATE_NOOP("PIN_WARN_COMMON", "よく 使われる 番号で、ほかの人に 当てられやすい 番号です。"
                                         "このままでも 設定できます。"),
    QT_TRANSLATE_NOOP("VOICE_SYNTHESIS_FAILED", "音声の 案内が 出せません。画面の 文字を ご覧ください。"),
    # Application support and outreach intake (kiosk.application)
    QT_TRANSLATE_NOOP("APPLICATION_ERROR", "申請の 受付が できませんでした。係員に お声がけください。"),
    QT_TRANSLATE_NOOP("APPLICATION_ID_INVALID", "申請書IDの 番号が 正しくないようです。"
                                                "交付申請書の 23けたの 番号を 確かめて、もう一度 入力してください。"),
    QT_TRANSLATE_NOOP("APPLICATION_QR_INVALID", "交付申請書の QRコードを 読み取れませんでした。"
                                                "もう一度 かざすか、申請書IDを 入力してください。"),
    QT_TRANSLATE_NOOP("APPLICATION_DETAILS_INCOMPLETE", "お名前・ご住所・生年月日に 足りないところが あります。"
                                                        "係員と いっしょに 確かめてください。"),
    QT_TRANSLATE_NOOP("APPLICATION_EMAIL_INVALID", "メールアドレスが 正しくないようです。"
                                                   "もう一度 入力するか、メールなしで 進んでください。"),
    QT_TRANSLATE_NOOP("APPLICATION_DOCUMENTS_INSUFFICIENT", "本人確認書類が 足りません。"
                                                            "顔写真つきの 書類 1点か、ほかの 書類 2点を "
                                                            "係員に 見せてください。"),
    QT_TRANSLATE_NOOP("APPLICATION_PHOTO_CAMERA_MISSING", "写真を 撮る カメラが つながっていません。"
                                                          "カメラを つないでから、もう一度 撮影してください。"),
    QT_TRANSLATE_NOOP("APPLICATION_RECORD_DAMAGED", "保存した 申請を 開けませんでした。管理者に 連絡してください。"),
    QT_TRANSLATE_NOOP("APPLICATION_UNKNOWN_SESSION", "この 受付の 記録が 見つかりません。管理者に 連絡してください。"),
    QT_TRANSLATE_NOOP("APPLICATION_BUNDLE_INVALID", "申請の ファイルが 正しくないため、取り込みませんでした。"
                                                    "管理者に 連絡してください。"),
    QT_TRANSLATE_NOOP("APPLICATION_RECEIPT_INVALID", "取り込みの 受領ファイルが 正しくないため、"
                                                     "申請は 消していません。管理者に 連絡してください。"),
    # Flow outcomes that are not exceptions
    QT_TRANSLATE_NOOP("TIMEOUT", "時間が たちましたので、最初に 戻ります。カードを お取りください。"),
    QT_TRANSLATE_NOOP("STAFF_REJECTED", "ご本人の 確認が できませんでした。受付に お声がけください。"),
))
# Codes that tell the resident the same thing as another code.
SAME_AS = {code: "HANDOFF_FAILED" for code in ("HANDOFF_FOLDER_MISSING", "HANDOFF_NOT_WRITABLE", "HANDOFF_DISK_FULL",
                                              "HANDOFF_CONFLICT")} | {"CLOCK_IMPLAUSIBLE": "KIOSK_ERROR"} | {
    # staff-only: an applications file for the counter queue (kiosk.counter.import_file)
    "COUNTER_IMPORT_INVALID": "KIOSK_ERROR", "COUNTER_IMPORT_TOO_LARGE": "KIOSK_ERROR",
    "COUNTER_IMPORT_UNREADABLE": "KIOSK_ERROR",
    # staff-only: 照合番号B typed wrong on the staff check (kiosk.reception.staff_notes says which field)
    "COLLATION_ENTRY_INVALID": "KIOSK_ERROR",
    # staff-only: a secret file others may read (kiosk.secrets); the kiosk does not start
    "SECRET_FILE_INVALID": "KIOSK_ERROR",
    # a kiosk started on an older database schema it may not change (kiosk.store.db): staff call IT
    "STORE_SCHEMA_OUTDATED": "STORE_UNAVAILABLE"}


def message_for(error: KioskError) -> Message:
    """The resident's text for ``error``; unknown codes fall back to "call staff"."""
    tries = getattr(error, "tries_left", None)
    return message_for_code(error.code, tries=tries if tries is not None else "",
                            **getattr(error, "message_values", {}))


def message_for_code(code: str, **values: object) -> Message:
    """The resident's text for an error or flow code (values its text does not use are dropped)."""
    code = SAME_AS.get(code, code)
    if code not in MESSAGES:
        code = "KIOSK_ERROR"
    try:
        return lookup(MESSAGES, code, **values)
    except (KeyError, IndexError):  # a placeholder without its value: never show braces
        fallback = code.split("_")[0] + "_ERROR"
        return lookup(MESSAGES, fallback if fallback in MESSAGES else "KIOSK_ERROR")
