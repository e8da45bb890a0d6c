"""Speech for every resident message in every language (issue 6 "Done when"): each text, in the
language's translation, is synthesised by the engine the kiosk uses for it, written to a WAV and
checked for sound with sox (``sox … stat``, installed by the set-up)."""

from __future__ import annotations

import shutil

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
    silent = []
    for message in all_messages():
        text = translations.text(message, language)
        wav = write_wav(engine.synthesize(text, language), tmp_path / f"{message.id}.wav")
        stats = sox_stat(wav)
        wav.unlink()  # no audio left in temp folders (the privacy scan reads them for image bytes)
        if stats["RMS amplitude"] < 0.01 or stats["Length (seconds)"] < 0.2:
            silent.append((message.id, text))
    assert silent == []
