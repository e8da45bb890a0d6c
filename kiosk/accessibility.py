"""The resident's presentation choices (issue 6): language, text size, furigana, high contrast.

They belong to one resident: :func:`reset_for_each_resident` puts them back to the kiosk's
defaults (Japanese, standard size) when the flow returns to its first screen. The UI renders
them and sends the resident's taps here; nothing in the flow depends on them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import Enum, IntEnum
from typing import Any

from kiosk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES

logger = logging.getLogger(__name__)


class TextSize(IntEnum):
    """Three steps; the standard body text is at least 28 px (``ui.theme`` holds the sizes)."""

    STANDARD = 1
    LARGE = 2
    EXTRA_LARGE = 3

    def next(self) -> TextSize:
        return TextSize(self % len(TextSize) + 1)


@dataclass(frozen=True)
class Preferences:
    language: str = DEFAULT_LANGUAGE
    text_size: TextSize = TextSize.STANDARD
    furigana: bool = False  # ruby over kanji (Japanese only)
    high_contrast: bool = False


@dataclass(frozen=True)
class AccessibilityConfig:
    """``[accessibility]`` in settings.toml.

    :param languages: offered on the first screen, in this order (Japanese always first).
    :param voice: speak each screen's instruction.
    :param volume: 0–1.
    :param screen_dpi: the kiosk screen's real pixel density: touch targets are sized from it.
    """

    languages: tuple[str, ...] = tuple(LANGUAGES)
    voice: bool = True
    volume: float = 0.8
    screen_dpi: float = 96.0


TOUCH_TARGET_MM = 15.0


def touch_target_px(dpi: float) -> int:
    """The smallest side of anything a resident taps: 15 mm at ``dpi``."""
    return int(TOUCH_TARGET_MM / 25.4 * dpi + 0.999)


class ResidentPreferences:
    """The current resident's :class:`Preferences`, observable and thread-safe.

    :param languages: the languages this kiosk offers (its translations loaded).
    """

    def __init__(self, languages: Iterable[str] = (DEFAULT_LANGUAGE,)) -> None:
        self.languages = tuple(dict.fromkeys((DEFAULT_LANGUAGE, *languages)))
        self._value = Preferences()
        self._observers: list[Callable[[Preferences], None]] = []
        self._lock = threading.Lock()

    @property
    def value(self) -> Preferences:
        return self._value

    def observe(self, observer: Callable[[Preferences], None]) -> None:
        """Call ``observer(preferences)`` after every change."""
        self._observers.append(observer)

    def set_language(self, code: str) -> None:
        if code not in self.languages:
            logger.warning("language %r is not offered on this kiosk; ignored", code)
            return
        self._update(language=code, furigana=self._value.furigana and code == DEFAULT_LANGUAGE)

    def next_text_size(self) -> None:
        self._update(text_size=self._value.text_size.next())

    def toggle_furigana(self) -> None:
        if self._value.language == DEFAULT_LANGUAGE:
            self._update(furigana=not self._value.furigana)

    def toggle_contrast(self) -> None:
        self._update(high_contrast=not self._value.high_contrast)

    def reset(self) -> None:
        """The next resident starts with the defaults."""
        if self._value != Preferences():
            self._set(Preferences())

    def _update(self, **changes: Any) -> None:
        self._set(replace(self._value, **changes))

    def _set(self, value: Preferences) -> None:
        with self._lock:
            changed, self._value = value != self._value, value
        if changed:
            for observer in list(self._observers):
                observer(value)


def reset_for_each_resident(preferences: ResidentPreferences, observe: Callable, first_state: Enum) -> None:
    """Reset ``preferences`` whenever the flow (its ``observe``) comes back to ``first_state``."""
    last: list[Enum | None] = [None]

    def observed(state: Enum, ctx: object) -> None:
        if state is first_state and last[0] not in (None, first_state):
            preferences.reset()
        last[0] = state

    observe(observed)
