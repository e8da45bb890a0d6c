"""The accessibility bar at the foot of every resident screen (issue 6): 「もう一度 聞く」, the text
size, furigana, the high-contrast colours — and, on the first screen, the six languages.

It shows the resident's :class:`~kiosk.accessibility.Preferences` and sends their taps to
:class:`~kiosk.accessibility.ResidentPreferences` (and the replay to the voice); it decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.accessibility import Preferences, ResidentPreferences
from kiosk.i18n.controls import control_text
from kiosk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from ui import theme
from ui.widgets import bar_button


class AccessBar(QWidget):
    """:param preferences: the resident's choices (taps go there).
    :param translate: renders a message in a language (``ui.i18n.Translations.text``).
    :param replay: says the current screen again; None hides 「もう一度 聞く」 (no voice).
    """

    def __init__(self, preferences: ResidentPreferences, translate: Callable[[str, str], str],
                 replay: Callable[[], None] | None) -> None:
        super().__init__()
        self.setObjectName("accessBar")
        self.preferences, self.translate = preferences, translate
        self.replay_button = bar_button(replay or (lambda: None))
        self.replay_button.setProperty("primary", True)
        self.replay_button.setVisible(replay is not None)
        self.size_button = bar_button(preferences.next_text_size)
        self.furigana_button = bar_button(preferences.toggle_furigana)
        self.contrast_button = bar_button(preferences.toggle_contrast)
        self.language_buttons: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.setSpacing(10)
        for code in preferences.languages:
            button = QPushButton(LANGUAGES[code].native_name)
            button.setAccessibleName(LANGUAGES[code].native_name)
            button.setObjectName("language")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, c=code: preferences.set_language(c))
            languages.addWidget(button)
            self.language_buttons[code] = button
        self.language_row = QWidget()
        self.language_row.setLayout(languages)
        languages.setContentsMargins(0, 0, 0, 0)
        self.language_row.setVisible(len(self.language_buttons) > 1)
        tools = QHBoxLayout()
        tools.setSpacing(10)
        for button in (self.replay_button, self.size_button, self.furigana_button, self.contrast_button):
            tools.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 8, theme.MARGIN, 8)
        layout.setSpacing(8)
        layout.addWidget(self.language_row)
        layout.addLayout(tools)
        self.show_preferences(preferences.value)

    def show_languages(self, visible: bool) -> None:
        """The language row: on the first screen only (a choice made before the card goes down)."""
        self.language_row.setVisible(visible and len(self.language_buttons) > 1)

    def show_preferences(self, value: Preferences) -> None:
        """Word the controls for ``value`` (in its language) and mark its language as chosen."""
        def label(message_id: str) -> str:
            return self.translate(control_text(message_id), value.language)

        self.replay_button.setText(label("access.replay"))
        self.size_button.setText(label(f"access.size.{int(value.text_size)}"))
        self.furigana_button.setText(label("access.furigana.off" if value.furigana else "access.furigana.on"))
        self.furigana_button.setVisible(value.language == DEFAULT_LANGUAGE)
        self.contrast_button.setText(label("access.contrast.off" if value.high_contrast else "access.contrast.on"))
        for code, button in self.language_buttons.items():
            theme.set_role(button, "current", code == value.language)
