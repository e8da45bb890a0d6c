"""One page per screen layout, and which flow state uses which (the style guide's state → screen map)."""

from __future__ import annotations

from kiosk.reception.states import FlowState
from ui.screens.base import Page, Send
from ui.screens.face import FacePage
from ui.screens.message import MessagePage
from ui.screens.pin import PinPage
from ui.screens.staff_check import StaffCheckPage

PAGE_FOR_STATE: dict[FlowState, type[Page]] = {
    **{state: MessagePage for state in FlowState},
    FlowState.FACE_CAPTURE: FacePage,
    FlowState.PIN_ENTRY: PinPage,
    FlowState.STAFF_CHECK: StaffCheckPage,
}

__all__ = ["PAGE_FOR_STATE", "FacePage", "MessagePage", "Page", "PinPage", "Send", "StaffCheckPage"]
