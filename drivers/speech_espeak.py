"""Speech for the kiosk's other languages through the ``espeak-ng`` command (Debian ``espeak-ng``).

The text goes in on stdin, never on the command line, so that no text can be read as an option
and none is limited by ``argv``; the WAV comes back on stdout and is parsed with :mod:`wave`.
Nothing is written to disk.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import wave

import numpy as np

from kiosk.voice.ports import MAX_TEXT_CHARS, Audio, SpeechError

logger = logging.getLogger(__name__)

# Kiosk language → espeak-ng voice: simplified Chinese is Mandarin, Spanish and Portuguese are the
# Latin-American varieties (kiosk/i18n/languages.py).
VOICES: dict[str, str] = {"en": "en", "zh": "cmn", "ko": "ko", "es": "es-419", "pt": "pt-br"}
ESPEAK_RATE = 22050  # espeak-ng's output rate; used for the empty audio of an empty text


class EspeakEngine:
    """A :class:`~kiosk.voice.SpeechEngine` for en, zh, ko, es and pt.

    :param executable: path of ``espeak-ng``; found on ``PATH`` when omitted.
    :param speed: words per minute (espeak-ng's default is 175; slower for elderly listeners).
    :param timeout: seconds before one synthesis is given up.
    """

    name = "espeak-ng"
    languages = frozenset(VOICES)

    def __init__(self, executable: str | None = None, *, speed: int = 150, timeout: float = 10.0) -> None:
        self.executable = executable or shutil.which("espeak-ng") or "espeak-ng"
        self.speed = speed
        self.timeout = timeout

    @classmethod
    def available(cls) -> bool:
        """Whether ``espeak-ng`` is on ``PATH``."""
        return shutil.which("espeak-ng") is not None

    def synthesize(self, text: str, language: str) -> Audio:
        """Speech of ``text``; empty audio when there is nothing to say.

        :raises SpeechError: unsupported language, text longer than ``MAX_TEXT_CHARS``, or
            espeak-ng missing, failing, timing out or returning something other than mono 16-bit WAV.
        """
        voice = VOICES.get(language)
        if voice is None:
            raise SpeechError(f"{self.name} does not speak {language!r}")
        if len(text) > MAX_TEXT_CHARS:
            raise SpeechError(f"text of {len(text)} characters is longer than {MAX_TEXT_CHARS}")
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise SpeechError("text is not encodable as UTF-8") from exc
        command = [self.executable, "-v", voice, "-s", str(self.speed), "-b", "1", "--stdin", "--stdout"]
        try:
            result = subprocess.run(command, input=data, capture_output=True, timeout=self.timeout,  # noqa: S603
                                    check=False)
        except subprocess.TimeoutExpired as exc:
            raise SpeechError(f"espeak-ng took longer than {self.timeout} s") from exc
        except OSError as exc:
            raise SpeechError(f"espeak-ng cannot run: {exc.strerror or type(exc).__name__}") from exc
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise SpeechError(f"espeak-ng exited with {result.returncode}: {message[-1] if message else ''}")
        if not result.stdout:  # espeak-ng writes no header at all for an empty text
            return Audio(np.zeros(0, dtype=np.int16), ESPEAK_RATE)
        return parse_wav(result.stdout)


def parse_wav(data: bytes) -> Audio:
    """Mono 16-bit PCM from a WAV in memory. espeak-ng streams, so the sizes in its header are
    placeholders: whatever data follows the header is taken.

    :raises SpeechError: not a mono 16-bit PCM WAV.
    """
    try:
        with wave.open(io.BytesIO(data)) as reader:
            channels, width, rate = reader.getnchannels(), reader.getsampwidth(), reader.getframerate()
            frames = reader.readframes(reader.getnframes())
    except (wave.Error, EOFError) as exc:
        raise SpeechError(f"espeak-ng output is not a WAV: {exc}") from exc
    if channels != 1 or width != 2:
        raise SpeechError(f"espeak-ng output has {channels} channels of {width * 8} bits, expected mono 16-bit")
    frames = frames[: len(frames) - len(frames) % 2]
    return Audio(np.frombuffer(frames, dtype="<i2").astype(np.int16), rate)
