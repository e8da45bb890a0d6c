"""The voice ports (issue 6 §1): text → :class:`Audio` through a :class:`SpeechEngine`, audio →
speaker through an :class:`AudioOutput`.

Engines live in ``drivers/`` (``speech_openjtalk.py`` for Japanese, ``speech_espeak.py`` for the
other kiosk languages), the Qt speaker in ``ui/audio_out.py``. Audio is held in memory only;
nothing here writes it to disk. Prompts are screen texts, never PIN digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from kiosk.errors import KioskError

# Longer than any screen prompt (title + body); bounds synthesis time for text that is not a prompt.
MAX_TEXT_CHARS = 400


class SpeechError(KioskError):
    """An engine could not turn a text into speech (engine missing or failed, text unusable)."""

    code = "VOICE_SYNTHESIS_FAILED"


@dataclass(frozen=True, eq=False)
class Audio:
    """Mono 16-bit PCM: ``samples`` is a read-only 1-D ``int16`` array at ``rate`` samples per second."""

    samples: np.ndarray = field(repr=False)
    rate: int

    def __post_init__(self) -> None:
        samples = np.asarray(self.samples)
        if samples.dtype != np.int16 or samples.ndim != 1:
            raise ValueError(f"Audio needs 1-D int16 samples, got {samples.dtype} with shape {samples.shape}")
        if self.rate <= 0:
            raise ValueError(f"Audio needs a positive rate, got {self.rate}")
        view = samples.view()
        view.flags.writeable = False  # audio is shared through the cache: nobody may change it
        object.__setattr__(self, "samples", view)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.rate

    @classmethod
    def silence(cls, seconds: float, rate: int) -> Audio:
        """``seconds`` of silence at ``rate``."""
        return cls(np.zeros(max(0, round(seconds * rate)), dtype=np.int16), rate)


def float_to_int16(samples: np.ndarray, full_scale: float = 1.0) -> np.ndarray:
    """Convert float samples where ``full_scale`` is the peak to clipped ``int16``."""
    scaled = np.nan_to_num(np.asarray(samples, dtype=np.float64) * (32767.0 / full_scale))
    return np.clip(np.rint(scaled), -32768, 32767).astype(np.int16)


class SpeechEngine(Protocol):
    """Synthesises speech for the languages in ``languages`` (kiosk codes: "ja", "en", "zh", …).

    ``synthesize`` blocks (tens to hundreds of milliseconds) and is called from one worker thread
    only. It returns audio — possibly empty for a text with nothing to pronounce — or raises
    :class:`SpeechError`; nothing else escapes.
    """

    name: str
    languages: frozenset[str]

    def synthesize(self, text: str, language: str) -> Audio:
        """Speech of ``text`` in ``language``.

        :param text: one sentence, at most :data:`MAX_TEXT_CHARS` characters.
        :param language: one of ``languages``.
        :raises SpeechError: the engine failed, the language is not supported or the text too long.
        """
        ...


class AudioOutput(Protocol):
    """A speaker. ``play`` and ``stop`` return at once and may be called from any thread."""

    @property
    def available(self) -> bool:
        """False when there is no audio device: ``play`` is then a no-op."""
        ...

    def play(self, audio: Audio, volume: float) -> None:
        """Start playing ``audio`` at ``volume`` (0–1), replacing whatever is playing."""
        ...

    def stop(self) -> None:
        """Stop playing; a no-op when nothing plays."""
        ...


class NullOutput:
    """An :class:`AudioOutput` that plays nothing (headless runs, no audio device)."""

    available = False

    def play(self, audio: Audio, volume: float) -> None:
        """Do nothing."""

    def stop(self) -> None:
        """Do nothing."""
