"""Japanese speech through Open JTalk (``pyopenjtalk-plus``: dictionary and HTS voice in the wheel).

``pyopenjtalk`` takes about 0.3 s to import, so it is imported on the first :meth:`synthesize`,
which :class:`~kiosk.voice.VoiceGuide` calls on its worker thread — never on the kiosk's start-up path.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import sys
import threading
from types import ModuleType

from kiosk.voice.ports import MAX_TEXT_CHARS, Audio, SpeechError, float_to_int16

logger = logging.getLogger(__name__)

# Printed by pyopenjtalk.yomi_model.nani_predict on import when onnxruntime is absent; "何" then
# always reads ナニ, which is fine for kiosk prompts.
_ONNX_NOTICE = ("Warning: ONNX Runtime is not installed", "Please install ONNX Runtime")
_import_lock = threading.Lock()
_module: ModuleType | None = None


def _pyopenjtalk() -> ModuleType:
    """Import pyopenjtalk once, keeping its ONNX notice off stdout (anything else printed meanwhile passes)."""
    global _module
    with _import_lock:
        if _module is None:
            captured = io.StringIO()
            try:
                with contextlib.redirect_stdout(captured):
                    import pyopenjtalk
            except Exception as exc:
                raise SpeechError(f"pyopenjtalk cannot be imported: {type(exc).__name__}") from exc
            finally:
                for line in captured.getvalue().splitlines(keepends=True):
                    if line.startswith(_ONNX_NOTICE):
                        logger.debug("pyopenjtalk: %s", line.rstrip())
                    else:
                        sys.stdout.write(line)
            _module = pyopenjtalk
        return _module


class OpenJTalkEngine:
    """A :class:`~kiosk.voice.SpeechEngine` for Japanese ("ja"), 48 kHz.

    :param speed: speaking rate; a little under 1 because many residents are elderly.
    """

    name = "openjtalk"
    languages = frozenset({"ja"})

    def __init__(self, speed: float = 0.9) -> None:
        self.speed = speed

    @classmethod
    def available(cls) -> bool:
        """Whether pyopenjtalk is installed (checked without importing it)."""
        try:
            return importlib.util.find_spec("pyopenjtalk") is not None
        except (ImportError, ValueError):
            return False

    def synthesize(self, text: str, language: str) -> Audio:
        """Speech of ``text``; empty audio when nothing in it is pronounceable.

        :raises SpeechError: not Japanese, text longer than ``MAX_TEXT_CHARS``, or Open JTalk failed.
        """
        if language not in self.languages:
            raise SpeechError(f"{self.name} does not speak {language!r}")
        if len(text) > MAX_TEXT_CHARS:
            raise SpeechError(f"text of {len(text)} characters is longer than {MAX_TEXT_CHARS}")
        pyopenjtalk = _pyopenjtalk()
        try:
            samples, rate = pyopenjtalk.tts(text, speed=self.speed)
        except Exception as exc:  # surrogates, dictionary or HTS errors: all one failure for the guide
            raise SpeechError(f"Open JTalk failed: {type(exc).__name__}") from exc
        # pyopenjtalk returns float64 already on the int16 scale (and may overshoot it slightly).
        return Audio(float_to_int16(samples, full_scale=32767.0), int(rate))
