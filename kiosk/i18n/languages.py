"""The languages a resident can choose (issue 6 §3) and how each is shown.

Japanese is the source language and the default; every resident starts in it. Chinese is
simplified (Mandarin), Portuguese and Spanish are the Latin-American varieties most residents from
abroad in Japan speak. Han characters are drawn with the font of the language: the same code
point has different shapes in Japan, China and Korea.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # on the language button, in its own script: never translated
    font_family: str
    locale: str  # of the translation file, ``assets/i18n/myna_<locale>.qm``


DEFAULT_LANGUAGE = "ja"
LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("ja", "日本語", "Noto Sans CJK JP", "ja"),
    Language("en", "English", "Noto Sans CJK JP", "en"),
    Language("zh", "中文", "Noto Sans CJK SC", "zh_CN"),
    Language("ko", "한국어", "Noto Sans CJK KR", "ko"),
    Language("es", "Español", "Noto Sans CJK JP", "es"),
    Language("pt", "Português", "Noto Sans CJK JP", "pt_BR"),
)}
TRANSLATED = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)
