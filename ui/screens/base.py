"""What every screen page has: it shows a view and forgets the resident when left."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.flow.action import Action
from kiosk.reception.view import ScreenView

Send = Callable[..., None]  # send(event, **payload): an intent to the flow


class Page(QWidget):
    """A screen layout; one page serves every state that shares that layout."""

    def __init__(self, send: Send) -> None:
        super().__init__()
        self.send = send

    def show_view(self, view: ScreenView) -> None:
        """Show ``view`` (already in the resident's language)."""
        raise NotImplementedError

    def leave(self) -> None:
        """The window shows another page: drop anything of this resident (typed digits, images)."""

    def send_action(self, action: Action) -> None:
        """Send the intent of a tapped button, with its payload."""
        self.send(action.intent, **action.payload)
