"""View models of the reception screens: what one screen shows and which intents it offers.

Pure functions of (state, context, config): the UI renders them and sends the intents back; it
never decides anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kiosk.flow.action import Action
from kiosk.i18n.controls import control_text
from kiosk.i18n.message import Message, joined
from kiosk.reader_models import reader_model
from kiosk.reception.config import ReceptionConfig
from kiosk.reception.context import FlowContext
from kiosk.reception.events import Event
from kiosk.reception.model import ConsentItem, Method, PrescriptionForm
from kiosk.reception.staff_notes import staff_note
from kiosk.reception.states import FlowState
from kiosk.reception.table import CANCELLABLE
from kiosk.reception.texts import text


@dataclass(frozen=True)
class ScreenView:
    state: FlowState
    title: str
    body: str = ""
    actions: tuple[Action, ...] = ()
    spoken: str = ""  # what the voice says on entry (never digits of a PIN): whole messages, joined
    keypad: bool = False
    pin_tries: int | None = None
    face_prompt: str = ""
    face_progress: float = 0.0
    camera: bool = False
    photo: np.ndarray | None = field(default=None, repr=False)
    consent_item: ConsentItem | None = None
    warning: str = ""
    alarm: bool = False
    error_code: str = ""
    staff_entry: bool = False  # the hidden staff button (目視確認) is available here
    placement: str = ""  # show how the card goes onto this reader model (``kiosk.reader_models``)
    collation_entry: bool = False  # staff may type 照合番号B from the card face (once per card)
    # The done screen's summary of what was shared: each a heading, then the consent items under it.
    shared: tuple[str, ...] = ()
    withheld: tuple[str, ...] = ()
    staff_note: str = ""  # for staff, in Japanese: why there is no face path, what was typed wrong
    can_cancel: bool = False  # やめる is offered (before the result)
    staff_calls: int = 0  # 係員を呼ぶ taps in this visit: the window says each, the bar shows the call
    staff_called: str = ""  # what is said when staff were called
    step: str = ""  # where the visit is, as the leaflets number it: 「2/4 本人確認」
    body_warns: bool = False  # the body is a warning (a wrong PIN, the last try, a lock, an error)


# The leaflets' four steps (seed 001: 「1 読み取り 2 本人確認 3 同意取得 4 受付完了」); the screens
# that end a visit otherwise (an error, やめる) have none.
STEPS: dict[FlowState, int] = {
    FlowState.IDLE: 1, FlowState.READING_CARD: 1,
    **dict.fromkeys((FlowState.CHOOSE_METHOD, FlowState.FACE_CAPTURE, FlowState.FACE_FAILED, FlowState.PIN_ENTRY,
                     FlowState.PIN_VERIFYING, FlowState.PIN_BLOCKED, FlowState.STAFF_CHECK, FlowState.READING_PHOTO,
                     FlowState.CHECKING), 2),
    **dict.fromkeys((FlowState.REGISTRATION, FlowState.REGISTERING, FlowState.CONSENT_BUNDLE, FlowState.CONSENT,
                     FlowState.PRESCRIPTION), 3),
    FlowState.LIMIT: 4, FlowState.FINISHING: 4, FlowState.DONE: 4,
}

STAFF_STATES = {FlowState.CHOOSE_METHOD, FlowState.FACE_CAPTURE, FlowState.FACE_FAILED, FlowState.PIN_ENTRY,
                FlowState.PIN_BLOCKED}


def build_view(state: FlowState, ctx: FlowContext, config: ReceptionConfig) -> ScreenView:
    """The screen for ``state`` given what the flow knows."""
    view = _VIEWS[state](ctx, config)
    extras: dict[str, Any] = {"staff_entry": state in STAFF_STATES and bool(config.staff_pin_hash),
                              "can_cancel": state in CANCELLABLE, "staff_calls": ctx.staff_calls,
                              "staff_called": text("staff.called") if ctx.staff_calls else "",
                              "step": text(f"step.{STEPS[state]}") if state in STEPS else ""}
    if ctx.warning:
        extras["warning"] = text("warning")
    elif ctx.staff_pin_refused and state in STAFF_STATES:
        extras["warning"] = text("staff.pin_refused")
    if not view.spoken:
        extras["spoken"] = joined((view.title, view.body))
    return ScreenView(**{**view.__dict__, **extras})


def _idle(ctx: FlowContext, config: ReceptionConfig) -> ScreenView:
    hint = control_text(reader_model(config.reader_model).hint_id)
    return ScreenView(FlowState.IDLE, text("idle.title"), hint, placement=config.reader_model)


def _reading(ctx, config) -> ScreenView:
    return ScreenView(FlowState.READING_CARD, text("reading.title"), text("reading.body"))


def _method_actions(ctx: FlowContext) -> tuple[Action, ...]:
    actions = []
    if ctx.face_available:
        actions.append(Action(Event.CHOOSE_FACE, text("method.face")))
    if ctx.identity is not None and ctx.identity.pin_usable:
        if ctx.pin_tries == 0:
            label = text("method.pin_locked")
        elif ctx.pin_tries is not None:
            label = text("method.pin_tries", tries=ctx.pin_tries)
        else:
            label = text("method.pin")
        # A locked PIN is drawn as unavailable; the words say where to reset it.
        actions.append(Action(Event.CHOOSE_PIN, label, primary=bool(ctx.pin_tries), enabled=ctx.pin_tries != 0))
    return tuple(actions)


def _pin_locked(ctx: FlowContext) -> bool:
    return ctx.identity is not None and ctx.identity.pin_usable and ctx.pin_tries == 0


def _method(ctx, config) -> ScreenView:
    actions = _method_actions(ctx)
    offered = {a.intent for a in actions if a.enabled}
    if _pin_locked(ctx):
        body = text("method.body_pin_locked_face") if ctx.face_available else text("method.body_pin_locked")
    elif not ctx.face_available and not ctx.pin_left():
        body = text("method.body_staff_only")
    elif offered == {Event.CHOOSE_FACE}:
        body = text("method.body_face_card") if not ctx.identity.pin_usable else text("method.body_face_only")
    elif offered == {Event.CHOOSE_PIN}:
        body = text("method.body_pin_only")
    else:
        body = text("method.body")
    return ScreenView(FlowState.CHOOSE_METHOD, text("method.title"), body, actions, pin_tries=ctx.pin_tries,
                      body_warns=_pin_locked(ctx))


def _face(ctx, config) -> ScreenView:
    title = text("face.retry") if ctx.face_attempt > 1 else text("face.title")
    back = Action(Event.BACK, text("back"), primary=False)
    return ScreenView(FlowState.FACE_CAPTURE, title, ctx.face_prompt, (back,), spoken=title,
                      face_prompt=ctx.face_prompt, face_progress=ctx.face_progress, camera=True)


def _face_failed(ctx, config) -> ScreenView:
    actions = tuple(a for a in _method_actions(ctx) if a.intent is Event.CHOOSE_PIN)
    if _pin_locked(ctx):
        body = text("method.body_pin_locked")
    elif not ctx.pin_left():  # no PIN to fall back on: staff check it
        body = text("method.body_staff_only")
    else:
        body = text(ctx.error_code) if ctx.error_code else text("face.failed.body")
    return ScreenView(FlowState.FACE_FAILED, text("face.failed.title"), body, actions, body_warns=_pin_locked(ctx))


def _pin(ctx, config) -> ScreenView:
    tries = ctx.pin_tries or 0
    title = text("pin.wrong.title") if ctx.pin_wrong else text("pin.title")
    body = text("pin.last") if tries == 1 else text("pin.tries", tries=tries)
    return ScreenView(FlowState.PIN_ENTRY, title, body, (Action(Event.BACK, text("back"), primary=False),),
                      keypad=True, pin_tries=tries, body_warns=ctx.pin_wrong or tries == 1)


def _verifying(ctx, config) -> ScreenView:
    return ScreenView(FlowState.PIN_VERIFYING, text("pin.verifying"))


def _blocked(ctx, config) -> ScreenView:
    actions = tuple(a for a in _method_actions(ctx) if a.intent is Event.CHOOSE_FACE)
    body = text("blocked.body") if actions else text("method.body_pin_locked")  # no face left: staff
    return ScreenView(FlowState.PIN_BLOCKED, text("blocked.title"), body,
                      actions + (Action(Event.BACK, text("back"), primary=False),), pin_tries=0, body_warns=True)


def _staff(ctx, config) -> ScreenView:
    return ScreenView(FlowState.STAFF_CHECK, text("staff.title"), text("staff.body"),
                      (Action(Event.STAFF_CONFIRM, text("staff.confirm")),
                       Action(Event.STAFF_REJECT, text("staff.reject"), primary=False),
                       Action(Event.BACK, text("back"), primary=False)),
                      photo=ctx.card_photo, collation_entry=ctx.collation_entry,
                      staff_note=staff_note(ctx.face_problem, ctx.collation_error))


def _reading_photo(ctx, config) -> ScreenView:
    return ScreenView(FlowState.READING_PHOTO, text("reading.title"), text("reading.body"))


def _checking(ctx, config) -> ScreenView:
    if ctx.method in (Method.FACE, Method.PIN):  # the moment the card said yes: tell the resident
        return ScreenView(FlowState.CHECKING, text("verified.title"), text("checking.body"))
    return ScreenView(FlowState.CHECKING, text("checking.title"), text("reading.body"))


def _registration(ctx, config) -> ScreenView:
    return ScreenView(FlowState.REGISTRATION, text("registration.title"), text("registration.body"),
                      (Action(Event.AGREE_REGISTRATION, text("registration.agree")),
                       Action(Event.DECLINE_REGISTRATION, text("registration.decline"))))  # equal weight


def _registering(ctx, config) -> ScreenView:
    return ScreenView(FlowState.REGISTERING, text("registering.title"), text("reading.body"))


def _consent(ctx, config) -> ScreenView:
    item = ctx.consent_queue[0]
    form = "_2021" if item is ConsentItem.CHECKUP and config.checkup_screen == "2021" else ""
    title = text(f"consent.title.{item.value}{form}")
    body = text(f"consent.body.{item.value}{form}") if form else text("consent.purpose")
    decline = text(f"consent.decline.{item.value}{form}") if form else text("consent.decline")
    actions = [Action(Event.CONSENT_ANSWER, text("consent.agree"), {"agreed": True, "item": item}),
               Action(Event.CONSENT_ANSWER, decline, {"agreed": False, "item": item})]  # equal weight
    return ScreenView(FlowState.CONSENT, title, body, tuple(actions), consent_item=item)


def _bundle(ctx, config) -> ScreenView:
    covered = "-".join(item.value for item in ctx.asked_before_done())  # what one tap agrees to, said
    return ScreenView(FlowState.CONSENT_BUNDLE, text("consent.bundle.title"), text(f"consent.bundle.{covered}"),
                      (Action(Event.CONSENT_ALL, text("consent.all")),
                       Action(Event.CONSENT_EACH, text("consent.each"))))


def _prescription(ctx, config) -> ScreenView:
    return ScreenView(FlowState.PRESCRIPTION, text("prescription.title"), "",
                      (Action(Event.PRESCRIPTION_CHOSEN, text("prescription.electronic"),
                              {"form": PrescriptionForm.ELECTRONIC}),
                       Action(Event.PRESCRIPTION_CHOSEN, text("prescription.paper"), {"form": PrescriptionForm.PAPER})))


def _limit(ctx, config) -> ScreenView:
    item = ctx.consent_queue[0]
    # The leaflet's step 4 (seed 001): 受付完了 said first, then the 限度額 question, card still down.
    question, body = text("limit.question"), joined((text("limit.title"), text("limit.body")))
    return ScreenView(FlowState.LIMIT, question, body,
                      (Action(Event.CONSENT_ANSWER, text("limit.provide"), {"agreed": True, "item": item}),
                       Action(Event.CONSENT_ANSWER, text("limit.withhold"), {"agreed": False, "item": item})),
                      consent_item=item, spoken=joined((text("limit.title"), question, text("limit.body"))))


def _finishing(ctx, config) -> ScreenView:
    return ScreenView(FlowState.FINISHING, text("finishing.title"), text("reading.body"))


def _done(ctx, config) -> ScreenView:
    body = text("done.declined") if ctx.registration_declined else text("done.body")
    if ctx.alarm:
        body = text("done.alarm")
    shared = _column("done.shared", [c.item for c in ctx.consents if c.agreed])
    withheld = _column("done.withheld", [c.item for c in ctx.consents if not c.agreed])
    return ScreenView(FlowState.DONE, text("done.title"), body, alarm=ctx.alarm, placement=config.reader_model,
                      shared=shared, withheld=withheld, spoken=joined((text("done.title"), body, *shared, *withheld)))


def _column(heading: str, items: list[ConsentItem]) -> tuple[Message, ...]:
    """A column of the done screen's summary: its heading, then the items (none: no column)."""
    return (text(heading), *(text(f"done.item.{item.value}") for item in items)) if items else ()


def _cancelled(ctx, config) -> ScreenView:
    body = text("done.alarm") if ctx.alarm else text("cancelled.body")
    return ScreenView(FlowState.CANCELLED, text("cancelled.title"), body, alarm=ctx.alarm,
                      placement=config.reader_model)


def _error(ctx, config) -> ScreenView:
    body = text(ctx.error_code or "KIOSK_ERROR")
    if ctx.alarm:
        body = text("done.alarm")
    return ScreenView(FlowState.ERROR, text("error.title"), body, alarm=ctx.alarm, error_code=ctx.error_code,
                      body_warns=True)


_VIEWS = {
    FlowState.IDLE: _idle, FlowState.READING_CARD: _reading, FlowState.CHOOSE_METHOD: _method,
    FlowState.FACE_CAPTURE: _face, FlowState.FACE_FAILED: _face_failed, FlowState.PIN_ENTRY: _pin,
    FlowState.PIN_VERIFYING: _verifying, FlowState.PIN_BLOCKED: _blocked, FlowState.STAFF_CHECK: _staff,
    FlowState.READING_PHOTO: _reading_photo,
    FlowState.CHECKING: _checking, FlowState.REGISTRATION: _registration, FlowState.REGISTERING: _registering,
    FlowState.CONSENT_BUNDLE: _bundle, FlowState.CONSENT: _consent, FlowState.PRESCRIPTION: _prescription,
    FlowState.LIMIT: _limit, FlowState.FINISHING: _finishing,
    FlowState.DONE: _done, FlowState.ERROR: _error, FlowState.CANCELLED: _cancelled,
}
