"""Resident-facing text of the intake desk's resident screen, by message id (issue 18 §2), for
translation as at the counter (``kiosk.counter.texts``): one whole sentence per entry.

Staff-facing text stays Japanese in the views; what the resident typed (or staff typed for them)
is shown as it was typed, never translated.
"""

from __future__ import annotations

from kiosk.i18n.message import QT_TRANSLATE_NOOP, Message, lookup

INTAKE_TEXTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("application.resident.idle.title", "マイナンバーカードの 申請を お手伝いします"),
    QT_TRANSLATE_NOOP("application.resident.idle.body", "係員が ご案内します。"),
    QT_TRANSLATE_NOOP("application.resident.identify.title", "交付申請書を お持ちですか"),
    QT_TRANSLATE_NOOP("application.resident.identify.body", "お持ちでしたら、係員に お渡しください。"
                                                            "なくても 申請できます。"),
    QT_TRANSLATE_NOOP("application.resident.details.title", "係員が 入力しています"),
    QT_TRANSLATE_NOOP("application.resident.wait", "少し お待ちください。"),
    QT_TRANSLATE_NOOP("application.resident.confirm.title", "この 内容で 正しいですか"),
    QT_TRANSLATE_NOOP("application.resident.confirm.yes", "はい、正しいです"),
    QT_TRANSLATE_NOOP("application.resident.confirm.no", "なおしてほしい"),
    QT_TRANSLATE_NOOP("application.resident.contact.title", "メールアドレスが あれば、係員に お伝えください"),
    QT_TRANSLATE_NOOP("application.resident.contact.body", "申請の お知らせが メールで 届きます。"
                                                           "なくても 申請できます。"),
    QT_TRANSLATE_NOOP("application.resident.documents.title", "本人確認書類を 係員に お見せください"),
    QT_TRANSLATE_NOOP("application.resident.delivery.title", "カードの 受け取り方を 係員と 決めてください"),
    QT_TRANSLATE_NOOP("application.resident.photo.title", "カメラを 見てください"),
    QT_TRANSLATE_NOOP("application.resident.photo.body", "そろったら 自動で 撮ります。"),
    QT_TRANSLATE_NOOP("application.resident.review.title", "この 写真で 申請しますか"),
    QT_TRANSLATE_NOOP("application.resident.review.accept", "この 写真で 申請する"),
    QT_TRANSLATE_NOOP("application.resident.review.retake", "撮りなおす"),
    QT_TRANSLATE_NOOP("application.resident.review.photo", "申請に 使う 写真"),  # the photo's accessible name
    QT_TRANSLATE_NOOP("application.resident.saving.title", "申請を 保存しています"),
    QT_TRANSLATE_NOOP("application.resident.save_failed.title", "係員が 確認しています"),
    QT_TRANSLATE_NOOP("application.resident.done.title", "申請を 受け付けました"),
    QT_TRANSLATE_NOOP("application.resident.done.body", "ありがとうございました。"),
))


def intake_text(message_id: str) -> Message:
    """The resident's text ``message_id`` at the intake desk."""
    return lookup(INTAKE_TEXTS, f"application.resident.{message_id}")
