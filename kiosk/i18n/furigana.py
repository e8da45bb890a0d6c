"""Furigana for the Japanese resident screens (issue 6 §2): hiragana ruby over the kanji, no Qt.

:func:`furigana` splits a text into :class:`Segment` runs. Only runs of kanji get a ruby; kana,
digits, latin letters, punctuation and the spaces between phrases (分かち書き) are kept as they are,
so the bases joined give back the text exactly. Readings come from Open JTalk (``pyopenjtalk``,
imported on first use); :data:`OVERRIDES` fixes the words of our vocabulary it reads wrongly.

Each word (an Open JTalk morpheme) gets its own ruby, 暗証番号 → [暗証|あんしょう][番号|ばんごう], and
its okurigana stay outside: 入力してください → [入力|にゅうりょく][してください], 置いて → [置|お][いて].
The kanji of one word share one ruby (group ruby): 見比べて → [見比|みくら][べて], as there is no
per-kanji dictionary to split みくら between 見 and 比. A kanji Open JTalk read together with our
digits (「02日」 as 二日, ふつか) gets no ruby rather than a guessed one.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u3007"  # + 々 〆 〇
_KANJI_RUN = re.compile(f"[{_KANJI}]+")
_KANA_READING = re.compile("[\u3041-\u3096\u30fc]+")  # hiragana and ー
# Kanji numerals Open JTalk writes for our digits (「4けた」 → 四): never looked for elsewhere.
_NUMERALS = set("〇一二三四五六七八九十百千万億兆")

# Words of kiosk/reception/texts.py, kiosk/messages.py and kiosk/counter/ Open JTalk reads wrongly:
# surface → hiragana reading. A key may carry kana around the kanji as context (its reading then
# spells them too); a key never matches inside a longer run of kanji (方 is not 方法).
OVERRIDES: dict[str, str] = {
    # A phrase of its own after の is a person (「次の 方」「15歳未満の 方は」), not ほう; our texts
    # write the comparative ほう in kana.
    "の 方": "の かた",
}


@dataclass(frozen=True)
class Segment:
    """A run of text and the ruby shown above it ("" when none)."""

    base: str
    ruby: str = ""


def has_kanji(text: str) -> bool:
    """Whether ``text`` has a character that gets furigana."""
    return _KANJI_RUN.search(text) is not None


@functools.lru_cache(maxsize=1024)
def furigana(text: str) -> tuple[Segment, ...]:
    """``text`` as segments with hiragana ruby over each run of kanji.

    The bases concatenated equal ``text``. Without ``pyopenjtalk`` the whole text is one segment
    with no ruby.
    """
    text = str(text)  # a kiosk.i18n Message is a str subclass; the segments hold plain text
    if not has_kanji(text):
        return (Segment(text),) if text else ()
    frontend = _frontend()
    if frontend is None:
        return (Segment(text),)
    try:
        morphemes = frontend(text)
    except Exception:  # a screen without ruby rather than no screen
        logger.exception("furigana: Open JTalk failed on a text of %d characters", len(text))
        return (Segment(text),)
    spans = _override_spans(text)
    spans += [span for span in _morpheme_spans(text, morphemes)
              if not any(span[0] < end and start < span[1] for start, end, _ in spans)]
    return tuple(_merge(_segments(text, sorted(spans))))


@functools.cache
def _frontend():
    """``pyopenjtalk.run_frontend``, or None (logged once) when it cannot be imported."""
    try:
        # pyopenjtalk prints an ONNX Runtime notice on import; keep the kiosk's stdout clean.
        with contextlib.redirect_stdout(io.StringIO()):
            import pyopenjtalk
    except ImportError as error:
        logger.warning("furigana off: pyopenjtalk unavailable (%s)", error)
        return None
    return pyopenjtalk.run_frontend


def _override_spans(text: str) -> list[tuple[int, int, str]]:
    if not OVERRIDES:
        return []
    pattern = "|".join(_whole_word(key) for key in sorted(OVERRIDES, key=len, reverse=True))
    return [(m.start(), m.end(), OVERRIDES[m.group()]) for m in re.finditer(pattern, text)]


def _whole_word(key: str) -> str:
    """A pattern for ``key`` that does not start or end inside a longer run of kanji."""
    before = f"(?<![{_KANJI}])" if has_kanji(key[0]) else ""
    after = f"(?![{_KANJI}])" if has_kanji(key[-1]) else ""
    return before + re.escape(key) + after


def _morpheme_spans(text: str, morphemes: Iterable[dict]) -> list[tuple[int, int, str]]:
    """Where each kanji-bearing morpheme sits in ``text``, with its reading in hiragana.

    Open JTalk normalises its surfaces (digits to kanji numerals, latin to full width, spaces
    dropped) but keeps kanji and kana, so each kanji word is expected at the next kanji of the text.
    """
    spans, pos = [], 0
    for morpheme in morphemes:
        surface, reading = morpheme["string"], hiragana(morpheme["read"])
        first = _KANJI_RUN.search(surface)
        if first is None:
            continue
        next_kanji = _KANJI_RUN.search(text, pos)
        if next_kanji is None:
            break
        start = next_kanji.start() - first.start()
        if not (start >= pos and text.startswith(surface, start)):
            if set(surface) <= _NUMERALS:
                continue  # a numeral made from our digits
            start = text.find(surface, pos)
            if start < 0:
                continue  # normalised beyond recognition (𠮷 → 吉): no ruby rather than a wrong one
        pos = start + len(surface)
        if _KANA_READING.fullmatch(reading):
            spans.append((start, pos, reading))
    return spans


def _segments(text: str, spans: list[tuple[int, int, str]]) -> Iterable[Segment]:
    pos = 0
    for start, end, reading in spans:
        if start > pos:
            yield Segment(text[pos:start])
        yield from align(text[start:end], reading)
        pos = end
    if pos < len(text):
        yield Segment(text[pos:])


def align(word: str, reading: str) -> tuple[Segment, ...]:
    """Split ``word`` read as ``reading`` (hiragana) so the ruby sits over its kanji only:
    ``align("置い", "おい")`` → [置|お][い]. If the kana of the word do not match the reading,
    the whole word gets the whole reading."""
    parts = re.findall(f"[{_KANJI}]+|[^{_KANJI}]+", word)
    pattern = "".join("(.+?)" if _KANJI_RUN.match(part) else f"({re.escape(hiragana(part))})" for part in parts)
    match = re.fullmatch(pattern, reading)
    if match is None:
        return (Segment(word, reading),)
    pairs = zip(parts, match.groups(), strict=True)
    return tuple(Segment(part, ruby if _KANJI_RUN.match(part) else "") for part, ruby in pairs)


def hiragana(text: str) -> str:
    """Katakana in ``text`` as hiragana (ー and other characters unchanged)."""
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def _merge(segments: Iterable[Segment]) -> Iterable[Segment]:
    """Join neighbouring segments without ruby."""
    pending = ""
    for segment in segments:
        if segment.ruby:
            if pending:
                yield Segment(pending)
                pending = ""
            yield segment
        else:
            pending += segment.base
    if pending:
        yield Segment(pending)
