"""What every screen page has: it shows a view and forgets the resident when left."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.flow.action import Action
from kiosk.reception.view import ScreenView

Send = Callable[..., None]  # send(event, **payload): an intent to the flow
Text = Callable[[str], str]  # a message in the resident's language


class Page(QWidget):
    """A screen layout; one page serves every state that shares that layout.

    :param send: sends an intent to the flow.
    :param translate: words a message of the page's own (not the view's) in the resident's language.
    """

    def __init__(self, send: Send, translate: Text = str) -> None:
        super().__init__()
        self.send, self.translate = send, translate

    def show_view(self, view: ScreenView) -> None:
        """Show ``view`` (already in the resident's language)."""
        raise NotImplementedError

    def leave(self) -> None:
        """The window shows another page: drop anything of this resident (typed digits, images)."""

    def send_action(self, action: Action) -> None:
        """Send the intent of a tapped button, with its payload."""
        self.send(action.intent, **action.payload)
