"""The row above a municipal desk's resident screen with 「係員を 呼ぶ」 (issue 16 §2): the counter's
and the registration desk's (``ui.counter.resident_screen``) and the intake desk's
(``ui.application.resident_window``). The flow tells staff; the button then reads
「係員を 呼んでいます」 and each tap is answered aloud.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.i18n.controls import control_text
from ui import theme
from ui.presentation import Presentation
from ui.widgets import WrapButton, bar_button


class StaffCallRow(QWidget):
    """「係員を 呼ぶ」 on the right, one bar button high (the words below need the room).

    :param call: sends the flow's call event.
    :param presentation: words the button in the resident's language and answers a call aloud.
    """

    def __init__(self, call: Callable[[], None], presentation: Presentation) -> None:
        super().__init__()
        self.setObjectName("helpBar")
        self.presentation = presentation
        self.button: WrapButton = bar_button(call)
        policy = self.button.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # as wide as its words
        self.button.setSizePolicy(policy)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.MARGIN, 4, theme.MARGIN, 4)
        row.addStretch(1)
        row.addWidget(self.button)
        self._answered = 0  # the calls of this visit already answered aloud

    def answer(self, staff_calls: int) -> None:
        """Each new tap of this visit (``staff_calls`` so far) is answered aloud (staff at the desk hear it too)."""
        if staff_calls > self._answered:
            self.presentation.say(control_text("help.called"))
        self._answered = staff_calls

    def show_calls(self, staff_calls: int, *, callable_here: bool) -> None:
        """The button in the resident's language, filled once staff were called; the row only where
        the flow takes the call (not at a locked desk)."""
        called = staff_calls > 0
        self.button.setText(self.presentation.text(control_text("help.called" if called else "help.call")))
        theme.set_role(self.button, "primary", called)
        self.setVisible(callable_here)
