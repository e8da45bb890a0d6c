"""Speech for every resident message in every language (issue 6 "Done when"): each text, in the
language's translation, is synthesised by the engine the kiosk uses for it, written to a WAV and
checked for sound with sox (``sox … stat``, installed by the set-up)."""

from __future__ import annotations

import multiprocessing
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from message_catalogs import all_messages
from voice_fakes import sox_stat, write_wav

from drivers.speech_espeak import EspeakEngine
from drivers.speech_openjtalk import OpenJTalkEngine
from kiosk.i18n.languages import LANGUAGES
from ui.i18n import Translations


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_spoken_audibly(tmp_path, language):
    engine = OpenJTalkEngine() if language == "ja" else EspeakEngine()
    for needed, reason in ((engine.available(), f"no voice engine for {language}"),
                           (shutil.which("sox") is not None, "sox is not on PATH")):
        if not needed:
            print(f"skipped: {reason}")
            pytest.skip(reason)
    translations = Translations()
    jobs = [(language, message.id, translations.text(message, language), tmp_path) for message in all_messages()]
    # Open JTalk holds the GIL: the messages are spoken by two processes, one per core.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        silent = [found for found in pool.map(spoken_silently, jobs, chunksize=8) if found]
    assert silent == []


def spoken_silently(job: tuple[str, str, str, Path]) -> tuple[str, str] | None:
    """Speak one message to a WAV, measure it with sox, delete it; (id, text) when it is silent."""
    language, message_id, text, folder = job
    engine = _engine(language)
    wav = write_wav(engine.synthesize(text, language), folder / f"{message_id}.wav")
    stats = sox_stat(wav)
    wav.unlink()  # no audio left in temp folders (the privacy scan reads them for image bytes)
    return (message_id, text) if stats["RMS amplitude"] < 0.01 or stats["Length (seconds)"] < 0.2 else None


_engines: dict[str, OpenJTalkEngine | EspeakEngine] = {}


def _engine(language: str) -> OpenJTalkEngine | EspeakEngine:
    if language not in _engines:  # one per worker process
        _engines[language] = OpenJTalkEngine() if language == "ja" else EspeakEngine()
    return _engines[language]
