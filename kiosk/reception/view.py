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
from kiosk.i18n.message import joined
from kiosk.reader_models import reader_model
from kiosk.reception.config import ReceptionConfig
from kiosk.reception.context import FlowContext
from kiosk.reception.events import Event
from kiosk.reception.model import ConsentItem, PrescriptionForm
from kiosk.reception.states import FlowState
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


STAFF_STATES = {FlowState.CHOOSE_METHOD, FlowState.FACE_CAPTURE, FlowState.FACE_FAILED, FlowState.PIN_ENTRY,
                FlowState.PIN_BLOCKED}


def build_view(state: FlowState, ctx: FlowContext, config: ReceptionConfig) -> ScreenView:
    """The screen for ``state`` given what the flow knows."""
    view = _VIEWS[state](ctx, config)
    extras: dict[str, Any] = {"staff_entry": state in STAFF_STATES and bool(config.staff_pin_hash)}
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
        actions.append(Action(Event.CHOOSE_PIN, label, primary=bool(ctx.pin_tries)))
    return tuple(actions)


def _method(ctx, config) -> ScreenView:
    actions = _method_actions(ctx)
    offered = {a.intent for a in actions}
    if not ctx.face_available and not ctx.pin_left():  # a locked PIN's button only explains the lock
        body = text("method.body_staff_only")
    elif offered == {Event.CHOOSE_FACE}:
        body = text("method.body_face_card") if not ctx.identity.pin_usable else text("method.body_face_only")
    elif offered == {Event.CHOOSE_PIN}:
        body = text("method.body_pin_only")
    else:
        body = text("method.body")
    return ScreenView(FlowState.CHOOSE_METHOD, text("method.title"), body, actions, pin_tries=ctx.pin_tries)


def _face(ctx, config) -> ScreenView:
    title = text("face.retry") if ctx.face_attempt > 1 else text("face.title")
    back = Action(Event.BACK, text("back"), primary=False)
    return ScreenView(FlowState.FACE_CAPTURE, title, ctx.face_prompt, (back,), spoken=title,
                      face_prompt=ctx.face_prompt, face_progress=ctx.face_progress, camera=True)


def _face_failed(ctx, config) -> ScreenView:
    actions = tuple(a for a in _method_actions(ctx) if a.intent is Event.CHOOSE_PIN)
    if not ctx.pin_left():  # no PIN to fall back on: staff check it
        body = text("method.body_staff_only")
    else:
        body = text(ctx.error_code) if ctx.error_code else text("face.failed.body")
    return ScreenView(FlowState.FACE_FAILED, text("face.failed.title"), body, actions)


def _pin(ctx, config) -> ScreenView:
    tries = ctx.pin_tries or 0
    if tries == 1:
        body = text("pin.wrong_last") if ctx.pin_wrong else text("pin.last")
    else:
        body = text("pin.wrong", tries=tries) if ctx.pin_wrong else text("pin.tries", tries=tries)
    return ScreenView(FlowState.PIN_ENTRY, text("pin.title"), body, (Action(Event.BACK, text("back"), primary=False),),
                      keypad=True, pin_tries=tries)


def _verifying(ctx, config) -> ScreenView:
    return ScreenView(FlowState.PIN_VERIFYING, text("pin.verifying"))


def _blocked(ctx, config) -> ScreenView:
    actions = tuple(a for a in _method_actions(ctx) if a.intent is Event.CHOOSE_FACE)
    return ScreenView(FlowState.PIN_BLOCKED, text("blocked.title"), text("blocked.body"),
                      actions + (Action(Event.BACK, text("back"), primary=False),), pin_tries=0)


def _staff(ctx, config) -> ScreenView:
    return ScreenView(FlowState.STAFF_CHECK, text("staff.title"), text("staff.body"),
                      (Action(Event.STAFF_CONFIRM, text("staff.confirm")),
                       Action(Event.STAFF_REJECT, text("staff.reject"), primary=False),
                       Action(Event.BACK, text("back"), primary=False)),
                      photo=ctx.card_photo)


def _checking(ctx, config) -> ScreenView:
    return ScreenView(FlowState.CHECKING, text("checking.title"), text("reading.body"))


def _registration(ctx, config) -> ScreenView:
    return ScreenView(FlowState.REGISTRATION, text("registration.title"), text("registration.body"),
                      (Action(Event.AGREE_REGISTRATION, text("registration.agree")),
                       Action(Event.DECLINE_REGISTRATION, text("registration.decline"), primary=False)))


def _registering(ctx, config) -> ScreenView:
    return ScreenView(FlowState.REGISTERING, text("registering.title"), text("reading.body"))


def _consent(ctx, config) -> ScreenView:
    item = ctx.consent_queue[0]
    actions = [Action(Event.CONSENT_ANSWER, text("consent.agree"), {"agreed": True, "item": item}),
               Action(Event.CONSENT_ANSWER, text("consent.decline"), {"agreed": False, "item": item})]  # equal weight
    if config.bundle_consent and not ctx.consents and len(ctx.consent_queue) > 1:
        actions.insert(0, Action(Event.CONSENT_ALL, text("consent.all")))
    return ScreenView(FlowState.CONSENT, text(f"consent.title.{item.value}"), text(f"consent.body.{item.value}"),
                      tuple(actions), consent_item=item)


def _prescription(ctx, config) -> ScreenView:
    return ScreenView(FlowState.PRESCRIPTION, text("prescription.title"), "",
                      (Action(Event.PRESCRIPTION_CHOSEN, text("prescription.electronic"),
                              {"form": PrescriptionForm.ELECTRONIC}),
                       Action(Event.PRESCRIPTION_CHOSEN, text("prescription.paper"), {"form": PrescriptionForm.PAPER})))


def _finishing(ctx, config) -> ScreenView:
    return ScreenView(FlowState.FINISHING, text("finishing.title"), text("reading.body"))


def _done(ctx, config) -> ScreenView:
    body = text("done.declined") if ctx.registration_declined else text("done.body")
    if ctx.alarm:
        body = text("done.alarm")
    return ScreenView(FlowState.DONE, text("done.title"), body, alarm=ctx.alarm, placement=config.reader_model)


def _error(ctx, config) -> ScreenView:
    body = text(ctx.error_code or "KIOSK_ERROR")
    if ctx.alarm:
        body = text("done.alarm")
    return ScreenView(FlowState.ERROR, text("error.title"), body, alarm=ctx.alarm, error_code=ctx.error_code)


_VIEWS = {
    FlowState.IDLE: _idle, FlowState.READING_CARD: _reading, FlowState.CHOOSE_METHOD: _method,
    FlowState.FACE_CAPTURE: _face, FlowState.FACE_FAILED: _face_failed, FlowState.PIN_ENTRY: _pin,
    FlowState.PIN_VERIFYING: _verifying, FlowState.PIN_BLOCKED: _blocked, FlowState.STAFF_CHECK: _staff,
    FlowState.CHECKING: _checking, FlowState.REGISTRATION: _registration, FlowState.REGISTERING: _registering,
    FlowState.CONSENT: _consent, FlowState.PRESCRIPTION: _prescription, FlowState.FINISHING: _finishing,
    FlowState.DONE: _done, FlowState.ERROR: _error,
}
