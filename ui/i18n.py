"""Rendering messages in the resident's language with Qt's translation system (issue 6 §3).

One :class:`~PySide6.QtCore.QTranslator` per language, loaded from ``assets/i18n/myna_<locale>.qm``
(built from the ``.ts`` sources by the set-up) and asked directly — never installed globally —
so that a view is rendered in the language of *its* resident. The message id is the Qt context
and the Japanese text the source. Anything missing falls back to Japanese, never to an empty or
half-translated screen: a missing or broken file makes that language unavailable (the kiosk says
so in the log and to staff), a missing entry shows the Japanese sentence.
"""

from __future__ import annotations

import logging
import string
from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.i18n.message import Message

logger = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parents[1] / "assets" / "i18n"


def placeholders(template: str) -> set[str]:
    """The names of the ``{…}`` fields of ``template``."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Translations:
    """The translations of ``languages`` found in ``folder``; :attr:`warnings` says what is missing.

    :param languages: codes the configuration asks for (unknown codes are reported and dropped).
    """

    def __init__(self, languages: tuple[str, ...] = tuple(LANGUAGES), folder: Path = QM_DIR) -> None:
        self.warnings: list[str] = []
        self._translators: dict[str, QTranslator] = {}
        self._missing: set[tuple[str, str]] = set()
        for code in dict.fromkeys(languages):
            if code == DEFAULT_LANGUAGE:
                continue
            if code not in LANGUAGES:
                self._warn(f"言語コード {code!r} は ありません（設定を 確認してください）")
                continue
            translator = QTranslator()
            file = folder / f"myna_{LANGUAGES[code].locale}.qm"
            if not translator.load(str(file)) or translator.isEmpty():
                self._warn(f"{LANGUAGES[code].native_name} の 翻訳ファイル（{file.name}）が 読めません")
                continue
            self._translators[code] = translator

    @property
    def languages(self) -> tuple[str, ...]:
        """Japanese and every language whose translation loaded."""
        return (DEFAULT_LANGUAGE, *self._translators)

    def text(self, message: str, language: str) -> str:
        """``message`` in ``language``: Japanese for plain strings, unknown languages and gaps."""
        if not isinstance(message, Message) or language not in self._translators:
            return str(message)
        if message.parts:
            return " ".join(self.text(part, language) for part in message.parts)
        if not message.id:
            return str(message)
        template = self._translators[language].translate(message.id, message.source)
        if not template or placeholders(template) != placeholders(message.source):
            self._note_missing(message.id, language)
            return str(message)
        values = {key: self.text(value, language) if isinstance(value, Message) else value
                  for key, value in message.values.items()}
        return template.format(**values)

    def _note_missing(self, message_id: str, language: str) -> None:
        if (message_id, language) not in self._missing:
            self._missing.add((message_id, language))
            logger.warning("no %s translation of %s: shown in Japanese", language, message_id)

    def _warn(self, text: str) -> None:
        logger.warning("%s; the kiosk runs in Japanese for it", text)
        self.warnings.append(text)
