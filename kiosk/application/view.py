"""What the intake's two windows show (issue 18 §1, §2): the staff window and the resident's screen
as view models built from the flow's state and context, no Qt.

The resident reads one thing at a time in large type: their own name, address and birth date to
confirm, the photo guidance (the first rule to fix, from ``kiosk.application.photo``), the photo
to accept. Resident text is in :data:`INTAKE_TEXTS` (by message id, for translation); staff text
stays Japanese in the views, as at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.application.form import japanese_date
from kiosk.application.machine import IntakeContext
from kiosk.application.records import Delivery, IntakeMode
from kiosk.application.table import CANCELLABLE
from kiosk.application.table import IntakeState as S
from kiosk.counter.records import IDENTITY_DOCUMENTS
from kiosk.i18n.message import QT_TRANSLATE_NOOP, lookup
from kiosk.messages import message_for_code

INTAKE_TEXTS: dict[str, str] = dict((
    QT_TRANSLATE_NOOP("application.resident.idle", "マイナンバーカードの 申請を お手伝いします"),
    QT_TRANSLATE_NOOP("application.resident.identify", "交付申請書を お持ちでしたら、係員に お渡しください"),
    QT_TRANSLATE_NOOP("application.resident.details", "係員が 入力しています。少し お待ちください"),
    QT_TRANSLATE_NOOP("application.resident.confirm", "お名前・ご住所・生年月日が 正しいか ご確認ください"),
    QT_TRANSLATE_NOOP("application.resident.confirm.yes", "はい、正しいです"),
    QT_TRANSLATE_NOOP("application.resident.confirm.no", "なおしてほしい"),
    QT_TRANSLATE_NOOP("application.resident.contact",
                      "お知らせを 受け取る メールアドレスが あれば、係員に お伝えください（なくても 申請できます）"),
    QT_TRANSLATE_NOOP("application.resident.documents", "本人確認書類を 係員に お見せください"),
    QT_TRANSLATE_NOOP("application.resident.delivery", "カードの 受け取り方を 係員と 決めてください"),
    QT_TRANSLATE_NOOP("application.resident.photo", "カメラを 見てください。そろったら 自動で 撮ります"),
    QT_TRANSLATE_NOOP("application.resident.review", "この 写真で 申請しますか"),
    QT_TRANSLATE_NOOP("application.resident.review.accept", "この 写真で 申請する"),
    QT_TRANSLATE_NOOP("application.resident.review.retake", "撮りなおす"),
    QT_TRANSLATE_NOOP("application.resident.saving", "申請を 保存しています"),
    QT_TRANSLATE_NOOP("application.resident.done", "申請を 受け付けました。ありがとうございました"),
))

RESIDENT_TITLE = {S.IDLE: "idle", S.IDENTIFY: "identify", S.DETAILS: "details", S.CONFIRM: "confirm",
                  S.CONTACT: "contact", S.DOCUMENTS: "documents", S.DELIVERY: "delivery", S.PHOTO: "photo",
                  S.PHOTO_REVIEW: "review", S.SAVING: "saving", S.SAVE_FAILED: "saving", S.DONE: "done"}
STAFF_TITLE = {S.IDLE: "受付を 始める", S.IDENTIFY: "交付申請書の QRコード、または 申請書ID",
               S.DETAILS: "基本4情報の 入力", S.CONFIRM: "ご本人が 確認しています", S.CONTACT: "メールアドレス（任意）",
               S.DOCUMENTS: "本人確認書類（A 1点、または B 2点）", S.DELIVERY: "カードの 受け取り方",
               S.PHOTO: "申請用写真の 撮影", S.PHOTO_REVIEW: "ご本人が 写真を 確認しています",
               S.SAVING: "保存中", S.SAVE_FAILED: "保存できませんでした", S.DONE: "受付完了"}
MODE_LABEL = {IntakeMode.OFFICE: "窓口（申請時来庁方式）", IntakeMode.OUTREACH: "出張申請受付"}


@dataclass(frozen=True)
class IntakeView:
    """One moment of an intake, for both windows.

    ``resident_lines``: the details to confirm, in large type (CONFIRM only). ``guidance``: the
    broken photo rules in plain words, the first to fix first (PHOTO). ``photo_jpeg``: the photo to
    accept (PHOTO_REVIEW; shown, never written). ``message``: why the last entry was not taken.
    """

    state: S
    mode_label: str
    staff_title: str
    resident_title: str
    message: str = ""
    resident_lines: tuple[str, ...] = field(default=(), repr=False)
    guidance: tuple[str, ...] = ()
    frames_judged: int = 0
    photo_jpeg: bytes | None = field(default=None, repr=False)
    deliveries: tuple[tuple[str, str], ...] = ()
    documents: tuple[tuple[str, str, str], ...] = ()
    can_cancel: bool = False


def build_view(state: S, ctx: IntakeContext, mode: IntakeMode) -> IntakeView:
    """The view of ``state`` with ``ctx`` (built when observed: the context changes after)."""
    lines: tuple[str, ...] = ()
    if state is S.CONFIRM and ctx.details is not None:
        lines = (ctx.details.name, ctx.details.address, japanese_date(ctx.details.birth_date))
    guidance: tuple[str, ...] = ()
    resident = str(lookup(INTAKE_TEXTS, f"application.resident.{RESIDENT_TITLE[state]}"))
    if state is S.PHOTO and ctx.guidance is not None:
        guidance = tuple(str(problem.prompt) for problem in ctx.guidance.problems)
        resident = str(ctx.guidance.prompt)
    return IntakeView(
        state=state, mode_label=MODE_LABEL[mode], staff_title=STAFF_TITLE[state], resident_title=resident,
        message=str(message_for_code(ctx.message_code)) if ctx.message_code else "", resident_lines=lines,
        guidance=guidance, frames_judged=ctx.frames_judged,
        photo_jpeg=ctx.photo_jpeg if state is S.PHOTO_REVIEW else None,
        deliveries=tuple((d.value, d.label) for d in Delivery) if state is S.DELIVERY else (),
        documents=tuple((code, group, label) for code, (group, label) in IDENTITY_DOCUMENTS.items())
        if state is S.DOCUMENTS else (),
        can_cancel=state in CANCELLABLE)
