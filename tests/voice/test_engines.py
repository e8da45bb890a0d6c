"""The real engines: Open JTalk for Japanese, espeak-ng for the other kiosk languages.

Each sentence is synthesised, written to a WAV in ``tmp_path`` and checked with ``sox … stat``
(RMS amplitude and length), so "it made a sound" is judged by a tool that is not ours.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from voice_fakes import sox_stat, write_wav

from drivers import voices
from drivers.speech_espeak import EspeakEngine, parse_wav
from drivers.speech_openjtalk import OpenJTalkEngine
from kiosk.voice import MAX_TEXT_CHARS, Audio, SpeechError

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = {
    "ja": "マイナンバーカードを 読み取り機に 置いてください。",
    "en": "Please place your card on the reader.",
    "zh": "请把卡放在读卡器上。",
    "ko": "카드를 리더기 위에 놓아 주세요.",
    "es": "Coloque su tarjeta sobre el lector.",
    "pt": "Coloque o seu cartão sobre o leitor.",
}


def need(condition: bool, reason: str) -> None:
    if not condition:
        print(f"skipped: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def openjtalk() -> OpenJTalkEngine:
    need(OpenJTalkEngine.available(), "pyopenjtalk-plus is not installed")
    return OpenJTalkEngine()


@pytest.fixture(scope="module")
def espeak() -> EspeakEngine:
    need(EspeakEngine.available(), "espeak-ng is not on PATH")
    return EspeakEngine()


def engine_for(language: str, openjtalk_engine, espeak_engine):
    return openjtalk_engine if language == "ja" else espeak_engine


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_sentence_is_audible(request, tmp_path, language):
    need(shutil.which("sox") is not None, "sox is not on PATH")
    engine = request.getfixturevalue("openjtalk" if language == "ja" else "espeak")
    audio = engine.synthesize(SENTENCES[language], language)
    stats = sox_stat(write_wav(audio, tmp_path / f"{language}.wav"))
    assert stats["RMS amplitude"] > 0.01
    assert stats["Length (seconds)"] > 0.3
    assert stats["Length (seconds)"] == pytest.approx(audio.duration, abs=0.01)


@pytest.mark.parametrize("engine_name", ["openjtalk", "espeak"])
def test_engines_refuse_what_they_cannot_say(request, engine_name):
    engine = request.getfixturevalue(engine_name)
    with pytest.raises(SpeechError):
        engine.synthesize("hello", "fr")
    language = sorted(engine.languages)[0]
    with pytest.raises(SpeechError):
        engine.synthesize("あ" * (MAX_TEXT_CHARS + 1), language)
    assert len(engine.synthesize("", language).samples) == 0


def test_a_missing_espeak_binary_is_a_speech_error(tmp_path):
    with pytest.raises(SpeechError, match="cannot run"):
        EspeakEngine(str(tmp_path / "espeak-ng")).synthesize("hello", "en")


def test_parse_wav_refuses_what_is_not_mono_16_bit():
    with pytest.raises(SpeechError):
        parse_wav(b"not a wav at all")


def test_pyopenjtalk_is_imported_lazily_and_its_onnx_notice_silenced():
    need(OpenJTalkEngine.available(), "pyopenjtalk-plus is not installed")
    code = (
        "import sys\n"
        "from drivers.voices import available_engines\n"
        "engines, _ = available_engines()\n"
        "assert 'pyopenjtalk' not in sys.modules\n"
        "audio = engines[0].synthesize('テスト', 'ja')\n"
        "assert 'pyopenjtalk' in sys.modules and audio.rate == 48000 and len(audio.samples)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert "ONNX" not in result.stdout + result.stderr


def test_available_engines_names_what_is_missing(monkeypatch):
    monkeypatch.setattr(OpenJTalkEngine, "available", classmethod(lambda cls: False))
    monkeypatch.setattr(EspeakEngine, "available", classmethod(lambda cls: False))
    engines, warnings = voices.available_engines()
    assert engines == []
    assert warnings == ["Japanese voice (pyopenjtalk) not installed: Japanese prompts stay silent",
                        "espeak-ng not found: no voice for en, zh, ko, es, pt"]


def test_available_engines_here():
    engines, warnings = voices.available_engines()
    languages = set().union(*(engine.languages for engine in engines)) if engines else set()
    assert ("ja" in languages) == OpenJTalkEngine.available()
    assert (languages >= {"en", "zh", "ko", "es", "pt"}) == EspeakEngine.available()
    assert len(warnings) == 2 - len(engines)


ODD_TEXT = st.text(max_size=30) | st.text(st.characters(codec="utf-8"), max_size=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ODD_TEXT, language=st.sampled_from(sorted(SENTENCES)))
@example(text="", language="ja")
@example(text="😀🙏", language="ja")
@example(text="\x00\x07\x1b[31m\r\n", language="en")
@example(text="\ud800", language="ja")
@example(text="\ud800", language="zh")
@example(text="-v xx --help", language="en")
@example(text="x" * 10_000, language="ko")
def test_engines_produce_audio_or_a_speech_error(openjtalk, espeak, text, language):
    engine = engine_for(language, openjtalk, espeak)
    try:
        audio = engine.synthesize(text, language)
    except SpeechError:
        return
    assert isinstance(audio, Audio) and audio.samples.dtype.name == "int16"
