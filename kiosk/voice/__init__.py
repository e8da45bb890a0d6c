"""Voice guidance (issue 6 §1): the speech and audio ports and the :class:`VoiceGuide` that uses them."""

from kiosk.voice.guide import VoiceGuide, join_sentences
from kiosk.voice.ports import MAX_TEXT_CHARS, Audio, AudioOutput, NullOutput, SpeechEngine, SpeechError

__all__ = ["MAX_TEXT_CHARS", "Audio", "AudioOutput", "NullOutput", "SpeechEngine", "SpeechError", "VoiceGuide",
           "join_sentences"]
