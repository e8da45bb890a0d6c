"""Test doubles for the voice ports: a scriptable engine and an output that records what it is told."""

from __future__ import annotations

import re
import subprocess
import threading
import time
import wave
from pathlib import Path

import numpy as np

from kiosk.voice import Audio, SpeechError

RATE = 16000


def fake_audio(text: str) -> Audio:
    """Deterministic audio that identifies ``text`` (its code points, ten samples each)."""
    return Audio(np.repeat(np.array([ord(c) % 32768 for c in text], dtype=np.int16), 10), RATE)


class FakeEngine:
    """A :class:`~kiosk.voice.SpeechEngine` that records its calls and can sleep, block or fail.

    :param delay: seconds each synthesis takes.
    :param fail: text → exception to raise for it.
    :param hold: text → event that synthesis of that text waits for (``started`` is set first).
    """

    def __init__(self, languages=("ja",), name: str = "fake", delay: float = 0.0,
                 fail: dict[str, Exception] | None = None, hold: dict[str, threading.Event] | None = None) -> None:
        self.name = name
        self.languages = frozenset(languages)
        self.delay = delay
        self.fail = fail or {}
        self.hold = hold or {}
        self.started: dict[str, threading.Event] = {text: threading.Event() for text in self.hold}
        self.calls: list[tuple[str, str]] = []
        self.threads: set[threading.Thread] = set()

    def synthesize(self, text: str, language: str) -> Audio:
        self.calls.append((text, language))
        self.threads.add(threading.current_thread())
        if text in self.hold:
            self.started[text].set()
            self.hold[text].wait(5)
        if self.delay:
            time.sleep(self.delay)
        if text in self.fail:
            raise self.fail[text]
        if language not in self.languages:
            raise SpeechError(f"fake does not speak {language}")
        return fake_audio(text)


class RecordingOutput:
    """An :class:`~kiosk.voice.AudioOutput` that records ``play`` and ``stop`` calls."""

    available = True

    def __init__(self, fail: bool = False) -> None:
        self.played: list[tuple[Audio, float]] = []
        self.stops = 0
        self.fail = fail
        self._changed = threading.Condition()

    def play(self, audio: Audio, volume: float) -> None:
        with self._changed:
            self.played.append((audio, volume))
            self._changed.notify_all()
        if self.fail:
            raise RuntimeError("speaker on fire")

    def stop(self) -> None:
        with self._changed:
            self.stops += 1
        if self.fail:
            raise RuntimeError("speaker on fire")

    def wait_played(self, count: int = 1, timeout: float = 5.0) -> bool:
        """Wait until ``play`` has been called ``count`` times in all."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self.played) >= count, timeout)


def write_wav(audio: Audio, path: Path) -> Path:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(audio.rate)
        writer.writeframes(audio.samples.tobytes())
    return path


def sox_stat(path: Path) -> dict[str, float]:
    """``sox FILE -n stat`` as {"RMS amplitude": …, "Length (seconds)": …, …}."""
    result = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True)  # noqa: S603,S607
    stats = {}
    for line in result.stderr.splitlines():
        if match := re.match(r"^(.+?):\s+(-?[\d.]+)\s*$", line):
            stats[" ".join(match.group(1).split())] = float(match.group(2))
    return stats
