"""What the intake's two windows show (issue 18 §1, §2): the staff window and the resident's screen
as view models built from the flow's state and context, no Qt.

The resident reads one thing at a time in large type: their own name, address and birth date to
confirm, the photo guidance (the first rule to fix, from ``kiosk.application.photo``), the photo
to accept. Resident text is in :mod:`kiosk.application.texts` (by message id, for translation);
staff text stays Japanese in the views, as at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.application.form import japanese_date
from kiosk.application.machine import IntakeContext
from kiosk.application.records import BasicDetails, Delivery, IntakeMode
from kiosk.application.table import CANCELLABLE
from kiosk.application.table import IntakeEvent as E
from kiosk.application.table import IntakeState as S
from kiosk.application.texts import intake_text
from kiosk.counter.records import IDENTITY_DOCUMENTS
from kiosk.counter.view import STAFF_CALLED
from kiosk.flow.action import Action
from kiosk.i18n.message import joined
from kiosk.messages import message_for_code

STAFF_TITLE = {S.IDLE: "受付を 始める", S.IDENTIFY: "交付申請書の QRコード、または 申請書ID",
               S.DETAILS: "基本4情報の 入力", S.CONFIRM: "ご本人が 確認しています", S.CONTACT: "メールアドレス（任意）",
               S.DOCUMENTS: "本人確認書類（A 1点、または B 2点）", S.DELIVERY: "カードの 受け取り方",
               S.PHOTO: "申請用写真の 撮影", S.PHOTO_REVIEW: "ご本人が 写真を 確認しています",
               S.SAVING: "保存中", S.SAVE_FAILED: "保存できませんでした", S.DONE: "受付完了"}
# A 交付申請書 may be reissued once the resident has confirmed the details it would carry.
REISSUABLE = frozenset(set(S) - {S.IDLE, S.IDENTIFY, S.DETAILS, S.CONFIRM})
MODE_LABEL = {IntakeMode.OFFICE: "窓口（申請時来庁方式）", IntakeMode.OUTREACH: "出張申請受付"}
# The resident's words of each step (``kiosk.application.texts`` ids): title, body ("" none).
RESIDENT_WORDS = {S.IDLE: ("idle.title", "idle.body"), S.IDENTIFY: ("identify.title", "identify.body"),
                  S.DETAILS: ("details.title", "wait"), S.CONFIRM: ("confirm.title", ""),
                  S.CONTACT: ("contact.title", "contact.body"), S.DOCUMENTS: ("documents.title", ""),
                  S.DELIVERY: ("delivery.title", ""), S.PHOTO: ("photo.title", "photo.body"),
                  S.PHOTO_REVIEW: ("review.title", ""), S.SAVING: ("saving.title", "wait"),
                  S.SAVE_FAILED: ("save_failed.title", "wait"), S.DONE: ("done.title", "done.body")}
# The resident's answers, of equal weight (side by side on the screen).
RESIDENT_ANSWERS = {S.CONFIRM: ((E.RESIDENT_CONFIRMED, "confirm.yes"), (E.RESIDENT_CORRECTS, "confirm.no")),
                    S.PHOTO_REVIEW: ((E.PHOTO_ACCEPTED, "review.accept"), (E.PHOTO_RETAKE, "review.retake"))}


@dataclass(frozen=True)
class IntakeView:
    """One moment of an intake, for the staff window.

    ``guidance``: the broken photo rules in plain words, the first to fix first (PHOTO).
    ``photo_jpeg``: the photo the resident is asked to accept (PHOTO_REVIEW; shown, never written).
    ``message``: why the last entry was not taken. ``lines``: what staff should know first (the
    resident has called them). ``application_id`` and ``details``: what a reissued 交付申請書 would
    carry, once the resident has confirmed the details (None before, or without a 申請書ID).
    """

    state: S
    mode_label: str
    staff_title: str
    message: str = ""
    lines: tuple[str, ...] = ()
    guidance: tuple[str, ...] = ()
    frames_judged: int = 0
    photo_jpeg: bytes | None = field(default=None, repr=False)
    deliveries: tuple[tuple[str, str], ...] = ()
    documents: tuple[tuple[str, str, str], ...] = ()
    can_cancel: bool = False
    application_id: str | None = None
    details: BasicDetails | None = field(default=None, repr=False)

    @property
    def reissuable(self) -> bool:
        """Whether a 交付申請書 can be reissued now."""
        return self.application_id is not None and self.details is not None


@dataclass(frozen=True)
class IntakeResidentView:
    """What the resident's screen shows: the step in the resident's words (messages), their own
    details as typed, to confirm (CONFIRM), the photo to accept (PHOTO_REVIEW; shown, never
    written), the answers, and the 「係員を 呼ぶ」 taps of this visit."""

    state: S
    title: str
    body: str = ""
    details: tuple[str, ...] = field(default=(), repr=False)
    actions: tuple[Action, ...] = ()
    photo_jpeg: bytes | None = field(default=None, repr=False)
    staff_calls: int = 0

    @property
    def spoken(self) -> str:
        """What the voice says: the question and its explanation, never the resident's details
        (others at the desk would hear their name and address)."""
        return joined((self.title, self.body))


def build_view(state: S, ctx: IntakeContext, mode: IntakeMode) -> IntakeView:
    """The staff window's view of ``state`` with ``ctx`` (built when observed: the context changes after)."""
    guidance: tuple[str, ...] = ()
    if state is S.PHOTO and ctx.guidance is not None:
        guidance = tuple(str(problem.prompt) for problem in ctx.guidance.problems)
    return IntakeView(
        state=state, mode_label=MODE_LABEL[mode], staff_title=STAFF_TITLE[state],
        message=str(message_for_code(ctx.message_code)) if ctx.message_code else "",
        lines=(STAFF_CALLED,) if ctx.staff_calls else (),
        guidance=guidance, frames_judged=ctx.frames_judged,
        photo_jpeg=ctx.photo_jpeg if state is S.PHOTO_REVIEW else None,
        deliveries=tuple((d.value, d.label) for d in Delivery) if state is S.DELIVERY else (),
        documents=tuple((code, group, label) for code, (group, label) in IDENTITY_DOCUMENTS.items())
        if state is S.DOCUMENTS else (),
        can_cancel=state in CANCELLABLE,
        application_id=ctx.application_id if state in REISSUABLE else None,
        details=ctx.details if state in REISSUABLE else None)


def resident_view(state: S, ctx: IntakeContext) -> IntakeResidentView:
    """The resident's screen of ``state`` with ``ctx``; in PHOTO the body is the first rule to fix."""
    title, body = RESIDENT_WORDS[state]
    said: str = intake_text(body) if body else ""
    if state is S.PHOTO and ctx.guidance is not None:
        said = ctx.guidance.prompt
    details: tuple[str, ...] = ()
    if state is S.CONFIRM and ctx.details is not None:
        details = (ctx.details.name, ctx.details.address, japanese_date(ctx.details.birth_date))
    return IntakeResidentView(
        state, intake_text(title), said, details,
        tuple(Action(event, intake_text(label)) for event, label in RESIDENT_ANSWERS.get(state, ())),
        ctx.photo_jpeg if state is S.PHOTO_REVIEW else None, ctx.staff_calls)
