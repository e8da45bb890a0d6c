"""Which speech engines this machine has (issue 6 §1), for the composition root."""

from __future__ import annotations

from drivers.speech_espeak import VOICES, EspeakEngine
from drivers.speech_openjtalk import OpenJTalkEngine
from kiosk.voice.ports import SpeechEngine


def available_engines() -> tuple[list[SpeechEngine], list[str]]:
    """The engines present, Japanese first, and a plain-English warning for each one missing
    (for the log and the staff). Nothing heavy is imported here."""
    engines: list[SpeechEngine] = []
    warnings: list[str] = []
    if OpenJTalkEngine.available():
        engines.append(OpenJTalkEngine())
    else:
        warnings.append("Japanese voice (pyopenjtalk) not installed: Japanese prompts stay silent")
    if EspeakEngine.available():
        engines.append(EspeakEngine())
    else:
        warnings.append(f"espeak-ng not found: no voice for {', '.join(VOICES)}")
    return engines, warnings
