"""View models of the two counter windows: the staff console and the resident's screen.

The resident's screen never shows staff data (no queue, no other residents, no score); the staff
console never shows a PIN — only which PINs are set. Both are pure functions of the flow.

"Set" always means written in this visit: PINs the card already held when it was placed are shown
apart, as already set (``CounterContext.pins_already``), and the resident is not asked for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TypedDict

import numpy as np

from kiosk.counter.machine import CounterContext
from kiosk.counter.pin_entry import Step
from kiosk.counter.pin_rules import PinKind
from kiosk.counter.receipts import HandoverSummary
from kiosk.counter.records import IDENTITY_DOCUMENTS, StaffMember
from kiosk.counter.table import CounterEvent as E
from kiosk.counter.table import CounterState as S
from kiosk.counter.texts import counter_text, pin_label, registration_pin_text
from kiosk.flow.action import Action
from kiosk.i18n.message import joined
from kiosk.messages import message_for_code
from kiosk.reception.staff_notes import ENTRY_PROBLEMS


@dataclass(frozen=True)
class StaffView:
    state: S
    title: str
    lines: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    message: str = ""  # why the last step did not go through, in plain Japanese
    login_form: bool = False
    lookup_form: bool = False  # QR camera + 申請書ID field
    collation_form: bool = False  # the card-face fields of 照合番号B, typed by staff
    documents: tuple[tuple[str, str, str], ...] = ()  # (code, list A/B, label) to tick
    face_score: float | None = None
    photo: np.ndarray | None = field(default=None, repr=False)
    staff: str = ""  # who is logged in
    summary: HandoverSummary | None = field(default=None, repr=False)  # to print at the end


@dataclass(frozen=True)
class ResidentView:
    """What the resident's screen of a municipal desk shows (the counter's, the registration desk's)."""

    state: Enum
    title: str
    body: str = ""
    actions: tuple[Action, ...] = ()
    keypad: str = ""  # "" none, "digits", "alnum"
    entry_label: str = ""
    warning: str = ""
    staff_calls: int = 0  # 「係員を呼ぶ」 taps in this visit: the screen answers each, the button shows the call

    @property
    def spoken(self) -> str:
        """What the voice says on entry: the question and the explanation (never typed characters)."""
        return joined((self.title, self.body, self.warning))


STAFF_CALLED = "お客様が 係員を 呼んでいます"  # the staff console's first line once the resident called

PIN_NAMES = {"sign": "署名用", "auth": "利用者証明用", "juki": "住民基本台帳用", "kenhojo": "券面事項入力補助用"}


def pin_names(kinds: Iterable[str]) -> str:
    return "、".join(PIN_NAMES.get(kind, kind) for kind in kinds)


def _application_lines(ctx: CounterContext) -> tuple[str, ...]:
    a = ctx.application
    if a is None:
        return ()
    sex = {"1": "男", "2": "女"}.get(getattr(a.sex, "value", ""), "—")
    lines = [f"申請書ID {a.application_id}", f"氏名 {a.name}", f"生年月日 {a.birth_date:%Y年%m月%d日}　性別 {sex}",
             f"住所 {a.address}"]
    if a.face_card_chosen:
        lines.append("顔認証マイナンバーカードを 選んだ 申請です")
    return tuple(lines)


def _already_lines(ctx: CounterContext) -> tuple[str, ...]:
    """Staff lines on PINs the card held when it was placed (none when it held none)."""
    if not ctx.pins_already:
        return ()
    lines = [f"前から 設定済みの 暗証番号（今回は 設定しません）: {pin_names(ctx.pins_already)}"]
    if ctx.face_card:
        lines.append("暗証番号の ある カードは 顔認証マイナンバーカードに できません。中止してください")
    elif ctx.pins_all_already_set:
        lines.append("暗証番号は すべて 設定済みです。ご本人の 入力は ありません")
    return tuple(lines)


# Why staff type 照合番号B (what the card-face camera or the card said), in staff words.
COLLATION_LINES = {
    "COLLATION_REFUSED": "カードが この 照合番号Bを 受け付けませんでした。券面を よく 見て 入力し直してください。",
    "CARD_FACE_NOT_CONFIGURED": "この 窓口には 券面を 読む カメラが ありません。券面を 見て 入力してください。",
}
COLLATION_NEEDED_LINE = ("券面の 数字を 読み取れませんでした（カメラが ないか、読めませんでした）。"
                         "券面を 見て 入力してください。")


def _collation_lines(ctx: CounterContext) -> tuple[str, ...]:
    lines = [COLLATION_LINES.get(ctx.message_code, COLLATION_NEEDED_LINE)]
    if ctx.collation_problem:
        lines.insert(0, ENTRY_PROBLEMS.get(ctx.collation_problem, ""))
    return tuple(line for line in lines if line)


def _jlis_lines(ctx: CounterContext) -> tuple[str, ...]:
    """The staff's step on J-LIS's 統合端末, and what the read-back found missing."""
    if ctx.face_card:
        what = "顔認証マイナンバーカードとして 設定してください（暗証番号は 設定しません）。"
    else:
        needed = ctx.requirements.kinds if ctx.requirements is not None else ()
        what = f"ご本人に 設定して いただく 暗証番号: {pin_names(kind.value for kind in needed)}"
    lines = [what, "カードを 統合端末に 置き、設定が 終わったら この 読み取り機に 戻して"
                   "「設定しました」を 押してください。"]
    if ctx.pins_missing:
        lines.insert(0, f"まだ 設定されていない 暗証番号: {pin_names(ctx.pins_missing)}")
    if ctx.message_code == "COUNTER_CARD_SWAPPED":
        lines.insert(0, "読み取り機の カードが 交付中の カードと ちがいます。交付中の カードを 置いてください。")
    return tuple(lines)


def _pins_set_text(ctx: CounterContext) -> str:
    if ctx.pins_set:
        return pin_names(ctx.pins_set)
    return "なし（顔認証マイナンバーカード）" if ctx.face_card else "なし"


class _Common(TypedDict):
    message: str
    staff: str


def staff_view(state: S, ctx: CounterContext, staff: StaffMember | None, desk_id: str = "") -> StaffView:
    """The staff console's view; its first line says so once the resident has called staff."""
    view = _staff_step(state, ctx, staff, desk_id)
    return replace(view, lines=(STAFF_CALLED, *view.lines)) if ctx.staff_calls else view


def _staff_step(state: S, ctx: CounterContext, staff: StaffMember | None, desk_id: str) -> StaffView:
    message = message_for_code(ctx.message_code) if ctx.message_code else ""
    who = staff.display_name if staff else ""
    common: _Common = {"message": message, "staff": who}
    if state is S.LOCKED:
        return StaffView(state, "職員ログイン", login_form=True, **common)
    if state is S.QUEUE:
        return StaffView(state, "交付通知書の QRコードを かざすか、申請書IDを 入力してください", lookup_form=True,
                         actions=(Action(E.LOGOUT, "ログアウト", primary=False),), **common)
    if state is S.APPLICATION:
        return StaffView(state, "申請の 内容", _application_lines(ctx),
                         (Action(E.START, "交付を 始める"), Action(E.NEXT, "もどる", primary=False)), **common)
    if state is S.DOCUMENTS:
        documents = tuple((code, group, label) for code, (group, label) in IDENTITY_DOCUMENTS.items())
        return StaffView(state, "本人確認書類（A 1点、または B 2点）", _application_lines(ctx),
                         (Action(E.DOCUMENTS_OK, "確認した"), Action(E.CANCEL, "中止", primary=False)),
                         documents=documents, **common)
    if state in (S.CARD_WAIT, S.CARD_CHECK):
        title = "新しい カードを 読み取り機に 置いてください" if state is S.CARD_WAIT else "カードを 確認しています"
        return StaffView(state, title, _application_lines(ctx), (Action(E.CANCEL, "中止", primary=False),), **common)
    if state is S.CARD_FACE_ENTRY:
        return StaffView(state, "券面の 数字を 入力してください（照合番号B）", _collation_lines(ctx),
                         (Action(E.CANCEL, "中止", primary=False),), collation_form=True, staff=who)
    if state in (S.JLIS_PINS, S.CONFIRMING_PINS):
        if state is S.CONFIRMING_PINS:
            return StaffView(state, "カードの 暗証番号を 確認しています",
                             _already_lines(ctx) + _application_lines(ctx), **common)
        return StaffView(state, "統合端末で 暗証番号を 設定してください",
                         _jlis_lines(ctx) + _already_lines(ctx) + _application_lines(ctx),
                         (Action(E.JLIS_DONE, "設定しました"), Action(E.CANCEL, "中止", primary=False)), **common)
    if state is S.FACE_CHECK:
        lines = ("カードの 写真と ご本人を 見比べて 判断してください（類似度は 参考です）",) + _application_lines(ctx)
        decisions = (Action(E.STAFF_CONFIRM, "ご本人と 確認した"),
                     Action(E.STAFF_REFUSE, "確認できない", primary=False))
        return StaffView(state, "顔の 確認", lines + _already_lines(ctx), decisions, face_score=ctx.face_score,
                         photo=ctx.card_photo, **common)
    if state in (S.PIN_CHOICE, S.PIN_ENTRY, S.WRITING_PINS):
        cancel = (Action(E.CANCEL, "中止", primary=False),) if state is not S.WRITING_PINS else ()
        return StaffView(state, "ご本人が 暗証番号を 設定しています（職員には 表示されません）",
                         _already_lines(ctx) + _application_lines(ctx), cancel, **common)
    if state is S.PIN_WRITE_FAILED:
        lines = (f"設定できた 暗証番号: {pin_names(ctx.pins_set) or 'なし'}",
                 f"まだの 暗証番号: {pin_names(ctx.pins_missing) or 'なし'}",
                 *_already_lines(ctx),
                 "カードを 読み取り機に もう一度 置いてから「続きを 設定」を 押してください。")
        return StaffView(state, "暗証番号の 設定が 途中で 止まりました", lines,
                         (Action(E.RETRY, "続きを 設定"), Action(E.CANCEL, "中止", primary=False)), **common)
    if state is S.REGISTRATION_PIN:
        lines = ("暗証番号を 忘れた ときは「申込を やめる」を 押してください（カードは お渡し済みです）。",)
        return StaffView(state, "ご本人が 利用者証明用の 暗証番号を 入力しています（職員には 表示されません）",
                         lines + _already_lines(ctx) + _application_lines(ctx),
                         (Action(E.DECLINE_REGISTRATION, "申込を やめる", primary=False),), **common)
    if state in (S.HANDING_OVER, S.REGISTRATION, S.REGISTERING, S.FINISHING):
        return StaffView(state, "交付の 記録と 保険証利用の 申込", _already_lines(ctx) + _application_lines(ctx),
                         **common)
    if state is S.DONE:
        lines = (f"今回 設定した 暗証番号: {_pins_set_text(ctx)}",
                 *_already_lines(ctx)[:1],
                 f"保険証利用の 申込: {'済み' if ctx.registered else 'まだ'}")
        a = ctx.application
        summary = None if a is None else HandoverSummary(
            a.application_id, a.name, ctx.handed_over_at or ctx.started_at, desk_id, who, ctx.face_card,
            tuple(PinKind(k) for k in ctx.pins_set), ctx.registered,
            pins_already_set=tuple(PinKind(k) for k in ctx.pins_already))
        return StaffView(state, "交付が 終わりました。受領書と 控えを 印刷してください", lines,
                         (Action(E.NEXT, "次の 方"),), summary=summary, **common)
    failure = message_for_code(ctx.failure_code) if ctx.failure_code else ""
    differences = (f"カードと 申請の ちがい: {', '.join(ctx.card_differences)}",) if ctx.card_differences else ()
    kept = pin_names(ctx.pins_set)  # written before the visit ended: they stay on the card
    written = (f"この 交付で 設定した 暗証番号（カードに 残ります）: {kept}",) if kept else ()
    lines = (failure, *differences, *written, *_already_lines(ctx)[:1])
    return StaffView(state, "交付を 中止しました", lines, (Action(E.NEXT, "次の 方"),), **common)


def resident_view(state: S, ctx: CounterContext) -> ResidentView:
    """The resident's screen, with the visit's calls for staff."""
    return replace(_resident_step(state, ctx), staff_calls=ctx.staff_calls)


def _resident_step(state: S, ctx: CounterContext) -> ResidentView:
    already = counter_text("choice.already_set") if ctx.pins_already else ""
    if state is S.PIN_CHOICE and ctx.pins_already:
        # No face card once a PIN is on the card; only the PINs still missing are set.
        if ctx.face_card:
            return ResidentView(state, counter_text("wait.title"), already)
        return ResidentView(state, counter_text("choice.title"), already,
                            (Action(E.CHOOSE_PINS, counter_text("choice.pins")),))
    if state is S.PIN_CHOICE:
        actions = [Action(E.CHOOSE_FACE_CARD, counter_text("choice.face_card"), primary=False)]
        if not ctx.face_card:
            actions.insert(0, Action(E.CHOOSE_PINS, counter_text("choice.pins")))
        body = counter_text("choice.body_face_card" if ctx.face_card else "choice.body")
        return ResidentView(state, counter_text("choice.title"), body, tuple(actions))
    if state is S.PIN_ENTRY and ctx.pin_entry is not None:
        entry = ctx.pin_entry
        if entry.step is Step.REFUSED and entry.kind is not None:
            # Why, and the rule, on a screen of their own: then the keypad with its question only.
            return ResidentView(state, pin_label(entry.kind), warning=message_for_code(entry.error_code),
                                actions=(Action(E.PIN_CHANGE, counter_text("refused.again")),))
        if entry.step is Step.SAME_DIGITS:
            separate = Action(E.PIN_SAME_DIGITS, counter_text("same.separate"), {"use": False})  # equal weight
            return ResidentView(state, counter_text("same.title"), counter_text("same.body"),
                                (Action(E.PIN_SAME_DIGITS, counter_text("same.use"), {"use": True}), separate))
        if entry.step is Step.WARNED:
            return ResidentView(state, counter_text("warned.title"),
                                joined(message_for_code(w.value) for w in entry.warnings),
                                (Action(E.PIN_CHANGE, counter_text("warned.change")),
                                 Action(E.PIN_KEEP, counter_text("warned.keep"), primary=False)))
        kind = entry.kind
        if kind is not None:
            first = entry.step is Step.FIRST
            title = counter_text(f"pin.first.{kind.value}") if first else counter_text("pin.second")
            return ResidentView(state, title, counter_text("pin.private"),
                                keypad="alnum" if kind is PinKind.SIGN else "digits",
                                entry_label=pin_label(kind))
    if state is S.WRITING_PINS:
        return ResidentView(state, counter_text("writing.title"), counter_text("writing.body"))
    if state in (S.JLIS_PINS, S.CONFIRMING_PINS):
        return ResidentView(state, counter_text("wait.title"), counter_text("jlis.body"))
    if state is S.REGISTRATION_PIN:
        warning = message_for_code(ctx.registration_error, tries=ctx.pin_tries) if ctx.registration_error else ""
        title, body, label = registration_pin_text(ctx.pin_tries)
        return ResidentView(state, title, body, keypad="digits", entry_label=label, warning=warning)
    skipped = already if ctx.pins_all_already_set else ""  # the resident was asked nothing about PINs
    if state is S.REGISTRATION:
        # The terms in plain words, as at the registration desk; a card with PINs also needs the PIN.
        body = joined((skipped, counter_text("support.terms.body"),
                       "" if ctx.face_card else counter_text("registration.pin_note")))
        return ResidentView(state, counter_text("registration.title"), body,
                            (Action(E.AGREE_REGISTRATION, counter_text("registration.agree")),
                             Action(E.DECLINE_REGISTRATION, counter_text("registration.decline"))))  # equal weight
    if state is S.DONE:
        return ResidentView(state, counter_text("done.title"), counter_text("done.body"))
    if state is S.HANDING_OVER and skipped:
        return ResidentView(state, counter_text("wait.title"), joined((skipped, counter_text("wait.body"))))
    return ResidentView(state, counter_text("wait.title"), counter_text("wait.body"))
