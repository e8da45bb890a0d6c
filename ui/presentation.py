"""What a resident window needs to present a view to *this* resident (issue 6): their
preferences, the translations, the voice, the touch-target size and what to tell staff."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from kiosk.accessibility import AccessibilityConfig, Preferences, ResidentPreferences, touch_target_px
from kiosk.i18n.controls import control_text
from kiosk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.i18n.message import Message
from kiosk.voice.guide import VoiceGuide
from ui import theme
from ui.access_bar import AccessBar
from ui.i18n import Translations
from ui.keypad import CharacterKey, WordKey
from ui.pictures import ImageView
from ui.placement import PlacementAnimation
from ui.widgets import ActionBar, BusyIndicator, PhraseLabel, WrapButton

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

View = TypeVar("View", bound="DataclassInstance")  # a view model: ScreenView, the counter's ResidentView


@dataclass
class Presentation:
    """The resident's preferences, the translations, the voice (None: silent), the touch-target size
    in pixels and what to tell staff on the first screen."""

    preferences: ResidentPreferences
    translations: Translations
    voice: VoiceGuide | None = None
    touch_px: int = touch_target_px(AccessibilityConfig().screen_dpi)
    staff_warnings: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def build(cls, config: AccessibilityConfig | None = None, voice: VoiceGuide | None = None,
              warnings: tuple[str, ...] = ()) -> Presentation:
        """Translations of the configured languages (those that load), preferences over them."""
        config = config or AccessibilityConfig()
        translations = Translations(config.languages)
        return cls(ResidentPreferences(translations.languages), translations, voice, touch_target_px(config.screen_dpi),
                   tuple(warnings) + tuple(translations.warnings))

    @property
    def language(self) -> str:
        """The resident's language."""
        return self.preferences.value.language

    def text(self, message: str, language: str | None = None) -> str:
        """``message`` in ``language`` (default: the resident's)."""
        return self.translations.text(message, language or self.language)

    def localised(self, view: View) -> View:
        """A copy of ``view`` (a dataclass of messages and actions) with its texts in the resident's
        language. Fields that are not text (state, images, payloads) are kept as they are."""
        if self.language == DEFAULT_LANGUAGE:
            return view
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(view):
            value = getattr(view, f.name)
            if isinstance(value, str) and f.name != "spoken":
                changes[f.name] = self.text(value)
            elif isinstance(value, tuple) and all(isinstance(line, str) for line in value):  # lines of text
                changes[f.name] = tuple(self.text(line) for line in value)
            elif f.name == "actions":
                changes[f.name] = tuple(dataclasses.replace(a, label=self.text(a.label)) for a in value)
        return dataclasses.replace(view, **changes)

    def spoken(self, prompt: str) -> list[str]:
        """The sentences of a view's spoken prompt, in the resident's language."""
        parts = (prompt.parts if isinstance(prompt, Message) else ()) or ((prompt,) if prompt else ())
        return [self.text(part) for part in parts]

    def say(self, prompt: str) -> None:
        """Speak ``prompt`` in the resident's language (nothing without a voice or a prompt)."""
        if self.voice is not None and prompt:
            self.voice.say(self.spoken(prompt), self.language)


class PreferencesFollower(QObject):
    """Keeps a resident window styled for its resident's preferences: palette, text size, touch
    targets (plus the window's ``extra`` style rules), the language's font, furigana (Japanese
    only), the keys' words, the drawn pictures' colours and size and the accessibility bar.

    Preferences change on any thread (a reset comes from the flow's thread); they are applied on
    the Qt thread, then ``on_change(language_changed)`` lets the window show (and say) its view again.
    """

    changed = Signal(object)

    def __init__(self, window: QWidget, presentation: Presentation, access_bar: AccessBar,
                 on_change: Callable[[bool], None], extra: str = "") -> None:
        super().__init__(window)
        self.window, self.presentation, self.access_bar = window, presentation, access_bar
        self.on_change, self.extra = on_change, extra
        self._language = presentation.language
        self.changed.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        presentation.preferences.observe(self.changed.emit)
        self._style(presentation.preferences.value)

    @property
    def language(self) -> str:
        """The language the window was last styled for."""
        return self._language

    def _changed(self, value: Preferences) -> None:
        language_changed, self._language = value.language != self._language, value.language
        self._style(value)
        self.on_change(language_changed)

    def _style(self, value: Preferences) -> None:
        window, presentation = self.window, self.presentation
        window.setStyleSheet(theme.style_sheet(value.text_size, value.high_contrast, presentation.touch_px)
                             + self.extra)
        window.setFont(QFont(theme.application_font(LANGUAGES[value.language].font_family).family()))
        furigana = value.furigana and value.language == DEFAULT_LANGUAGE
        for text in window.findChildren(PhraseLabel):
            text.set_furigana(furigana)
        for bar in window.findChildren(ActionBar):  # and the buttons it makes next
            bar.set_furigana(furigana)
        for button in window.findChildren(WrapButton):  # keypads' word keys, the accessibility bar
            button.set_furigana(furigana)
        for key in window.findChildren(QPushButton):  # keypad keys: their words are messages too
            if isinstance(key, CharacterKey | WordKey) and isinstance(key.message, Message):
                key.setText(presentation.text(key.message, value.language))
        palette = theme.palette_for(value.high_contrast)
        for picture in window.findChildren(PlacementAnimation):
            picture.set_colours(palette.text, palette.background, palette.accent)
            picture.set_scale(theme.PICTURE_SCALE[value.text_size])
            picture.name_in(lambda message: presentation.text(message, value.language))
        self._name_wordless(value.language)
        self.access_bar.show_preferences(value)

    def _name_wordless(self, language: str) -> None:
        """Accessible names, in the resident's language, of what shows no words: the busy dots,
        the camera preview, the capture's progress (words carry their own: ``ui.ruby``, ``ui.widgets``)."""
        def name(message_id: str) -> str:
            return self.presentation.text(control_text(message_id), language)

        for busy in self.window.findChildren(BusyIndicator):
            busy.setAccessibleName(name("name.busy"))
        for preview in self.window.findChildren(ImageView):
            if preview.guide:  # the camera; the staff check's card photo is named by its page
                preview.setAccessibleName(name("name.camera"))
        for progress in self.window.findChildren(QProgressBar):
            progress.setAccessibleName(name("name.progress"))
