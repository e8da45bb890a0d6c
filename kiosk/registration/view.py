"""View models of the registration support desk's two windows: the staff console (Japanese; it
follows the visit, never shows the PIN, and prints the slip) and the resident's screen (the
questions, the privacy keypad, the explanations; translated, spoken). Pure functions of the flow."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kiosk.counter.texts import counter_text, registration_pin_text
from kiosk.counter.view import STAFF_CALLED, ResidentView
from kiosk.flow.action import Action
from kiosk.i18n.message import joined
from kiosk.messages import message_for_code
from kiosk.registration.machine import RegistrationContext
from kiosk.registration.slip import RegistrationSlip
from kiosk.registration.table import RegistrationEvent as E
from kiosk.registration.table import RegistrationState as S


@dataclass(frozen=True)
class DeskStaffView:
    state: S
    title: str
    lines: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    message: str = ""
    slip: RegistrationSlip | None = field(default=None, repr=False)  # to print at the end


CANCEL = Action(E.CANCEL, "中止", primary=False)
NEXT = Action(E.NEXT, "次の 方")
PRIVATE = "暗証番号は ご本人が お客様用の 画面で 入力します。職員は 聞かず、見ません。"
WAITING_TITLES = {
    S.READING_CARD: "カードを 読み取っています",
    S.CHOOSE_METHOD: "ご本人が 確認の しかたを 選んでいます",
    S.VERIFYING: "暗証番号を 確認しています",
    S.FACE_CAPTURE: "顔認証を しています（カメラの 前に ご案内ください）",
    S.CHECKING: "登録の 状況を 確認しています",
    S.TERMS: "ご本人が 説明を 読んで、申し込むか 選んでいます",
    S.REGISTERING: "申し込んでいます",
}
CONSENT_LINES = ("病院・薬局の 読み取り機では、お薬（診療・薬剤）と 特定健診の 情報を 見せてよいか 聞かれます。",
                 "見せるかどうかは その たびに 選べます。見せなくても 受診できます。")
FAILURE_HINTS = {
    "CARD_PIN_BLOCKED": "暗証番号が ロックされています。交付窓口で 暗証番号の 再設定を ご案内ください。",
    "CARD_CERT_EXPIRED": "電子証明書の 有効期限が 切れています。交付窓口で 更新を ご案内ください。",
    "REGISTRATION_NEEDS_FACE": "顔認証マイナンバーカードです。この 端末には 顔認証が ありません。"
                               "病院・薬局の 顔認証付きカードリーダーで 申し込めます。",
}
METHODS = {"pin": "暗証番号", "face": "顔認証"}


def slip_of(ctx: RegistrationContext, desk_id: str) -> RegistrationSlip:
    """The slip of a visit that has ended."""
    return RegistrationSlip(ctx.registered_at or ctx.started_at, desk_id, registered=ctx.registered_at is not None,
                            already=ctx.already_registered, declined=ctx.declined, failure_code=ctx.failure_code)


def staff_view(state: S, ctx: RegistrationContext, desk_id: str = "") -> DeskStaffView:
    """The staff console's view; its first line says so once the resident has called staff."""
    view = _staff_step(state, ctx, desk_id)
    return replace(view, lines=(STAFF_CALLED, *view.lines)) if ctx.staff_calls else view


def _staff_step(state: S, ctx: RegistrationContext, desk_id: str) -> DeskStaffView:
    if state is S.WAITING:
        return DeskStaffView(state, "カードを 読み取り機に 置いて いただいてください",
                             ("健康保険証としての 利用申込を お手伝いします。", PRIVATE))
    if state is S.PIN_ENTRY:
        tries = f"残り {ctx.pin_tries} 回" if ctx.pin_tries is not None else "残り回数は 不明"
        message = message_for_code(ctx.pin_error, tries=ctx.pin_tries) if ctx.pin_error else ""
        return DeskStaffView(state, "ご本人が 利用者証明用の 暗証番号を 入力しています（職員には 表示されません）",
                             (tries, PRIVATE), (CANCEL,), message=message)
    if state is S.CONSENTS:
        return DeskStaffView(state, "申し込みました。同意の しかたを ご説明ください", CONSENT_LINES)
    if state in WAITING_TITLES:
        method = (f"本人確認: {METHODS[ctx.method]}",) if ctx.method else ()
        actions = (CANCEL,) if state not in (S.REGISTERING,) else ()
        return DeskStaffView(state, WAITING_TITLES[state], method, actions)
    slip = slip_of(ctx, desk_id)
    if state is S.DONE:
        title = ("申し込みが 終わりました" if slip.registered else "すでに 登録済みでした" if slip.already
                 else "申し込みは しませんでした")
        return DeskStaffView(state, f"{title}。お知らせを 印刷して お渡しください",
                             tuple(slip.slip_lines()[:2]), (NEXT,), slip=slip)
    hint = FAILURE_HINTS.get(ctx.failure_code, "")
    return DeskStaffView(state, "手続きが できませんでした。お知らせを 印刷して お渡しください",
                         tuple(line for line in (message_for_code(ctx.failure_code), hint) if line), (NEXT,),
                         slip=slip)


def resident_view(state: S, ctx: RegistrationContext) -> ResidentView:
    """The resident's screen, with the visit's calls for staff."""
    return replace(_resident_step(state, ctx), staff_calls=ctx.staff_calls)


def _resident_step(state: S, ctx: RegistrationContext) -> ResidentView:
    if state is S.WAITING:
        return ResidentView(state, counter_text("support.insert.title"), counter_text("support.insert.body"))
    if state is S.CHOOSE_METHOD:
        return ResidentView(state, counter_text("support.method.title"), "",
                            (Action(E.CHOOSE_PIN, counter_text("support.method.pin")),
                             Action(E.CHOOSE_FACE, counter_text("support.method.face"))))
    if state is S.PIN_ENTRY:
        title, body, label = registration_pin_text(ctx.pin_tries)
        warning = message_for_code(ctx.pin_error, tries=ctx.pin_tries) if ctx.pin_error else ""
        return ResidentView(state, title, body, keypad="digits", entry_label=label, warning=warning)
    if state is S.FACE_CAPTURE:
        return ResidentView(state, counter_text("support.face.title"), ctx.face_prompt)
    if state is S.TERMS:
        return ResidentView(state, counter_text("support.terms.title"), counter_text("support.terms.body"),
                            (Action(E.AGREE, counter_text("support.terms.agree")),
                             Action(E.DECLINE, counter_text("support.terms.decline"), primary=False)))
    if state is S.REGISTERING:
        return ResidentView(state, counter_text("support.registering.title"))
    if state is S.CONSENTS:
        return ResidentView(state, counter_text("support.consents.title"), counter_text("support.consents.body"),
                            (Action(E.UNDERSTOOD, counter_text("support.consents.ok")),))
    take = counter_text("support.take.body")
    if state is S.DONE:
        if ctx.declined:
            return ResidentView(state, counter_text("support.declined.title"),
                                joined((counter_text("support.declined.body"), take)))
        done = "support.done.title" if ctx.registered_at is not None else "support.already.title"
        return ResidentView(state, counter_text(done), take)
    if state is S.FAILED:
        return ResidentView(state, counter_text("support.failed.title"),
                            joined((message_for_code(ctx.failure_code), take)))
    busy = "support.checking.title" if state in (S.VERIFYING, S.CHECKING) else "support.reading.title"
    return ResidentView(state, counter_text(busy))
