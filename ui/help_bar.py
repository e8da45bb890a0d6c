"""The row at the top of every resident screen at the clinic (issue 16 §2, §4): where the visit is
(「2/4 本人確認」, the leaflets' steps), 「やめる」 while the visit can still be stopped, and
「係員を 呼ぶ」 always — once tapped it reads 「係員を 呼んでいます」.

It shows what the view offers and sends the intents; whether the visit may stop, and what a call
does, is the flow's decision.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.i18n.controls import control_text
from kiosk.reception.events import Event
from kiosk.reception.states import FlowState
from kiosk.reception.view import ScreenView
from ui import theme
from ui.screens.base import Send
from ui.widgets import PhraseLabel, WrapButton, bar_button


class HelpBar(QWidget):
    """:param send: sends an intent to the flow (the window's, with its tap guard).
    :param translate: renders a message in a language (``ui.i18n.Translations.text``)."""

    def __init__(self, send: Send, translate: Callable[[str, str], str]) -> None:
        super().__init__()
        self.setObjectName("helpBar")
        self._translate = translate
        self.step = PhraseLabel("step", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.cancel_button = self._side_button(lambda: send(Event.CANCEL))
        self.call_button = self._side_button(lambda: send(Event.CALL_STAFF))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 4, theme.MARGIN, 4)
        layout.setSpacing(10)
        layout.addWidget(self.step, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.call_button)

    @staticmethod
    def _side_button(slot: Callable[[], None]) -> WrapButton:
        button = bar_button(slot)
        policy = button.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # as wide as its words, beside the step
        button.setSizePolicy(policy)
        return button

    def show_view(self, view: ScreenView, language: str) -> None:
        """The buttons ``view`` offers, worded in ``language``."""
        def label(message_id: str) -> str:
            return self._translate(control_text(message_id), language)

        self.step.setText(self._translate(view.step, language))
        self.cancel_button.setText(label("help.cancel"))
        self.cancel_button.setVisible(view.can_cancel)
        self.call_button.setText(label("help.called" if view.staff_calls else "help.call"))
        theme.set_role(self.call_button, "primary", bool(view.staff_calls))
        self.setVisible(view.state is not FlowState.STAFF_CHECK)  # staff are there: the page needs the room
