"""Voice guidance (issue 6 §1): speaks a screen's prompt in the resident's language.

:class:`VoiceGuide` sits between the flow/UI and the voice ports. Nothing it does blocks the
caller: synthesis runs on one daemon worker thread, in this order of priority — the latest
:meth:`~VoiceGuide.say`, then :meth:`~VoiceGuide.synthesize_prompt` requests, then
:meth:`~VoiceGuide.prewarm` sentences. Sentences are cached in memory (LRU, keyed by engine,
language and text), so a prompt that was said or prewarmed before plays at once from the
caller's thread. Speech is a help, never a requirement: a missing engine, a failing engine or no
audio device leaves the kiosk silent and working.
"""

from __future__ import annotations

import logging
import math
import threading
from collections import OrderedDict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from kiosk.voice.ports import Audio, AudioOutput, SpeechEngine, SpeechError

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 0.35  # between the sentences of one prompt (title, then body)
DEFAULT_CACHE_SIZE = 128  # sentences; a few screens × a few languages, ~20 MB at most
_REQUEST_TIMEOUT = 60.0


@dataclass(frozen=True)
class _Prompt:
    sentences: tuple[str, ...]
    language: str


@dataclass
class _Request:
    """A :meth:`VoiceGuide.synthesize_prompt` call waiting for the worker."""

    prompt: _Prompt
    done: threading.Event = field(default_factory=threading.Event)
    audio: Audio | None = None


def _prompt(texts: Sequence[str] | str, language: str) -> _Prompt:
    if isinstance(texts, str):  # a bare string is a Sequence[str] of characters: take it as one sentence
        texts = (texts,)
    return _Prompt(tuple(s for s in (str(t).strip() for t in texts) if s), language)


def join_sentences(parts: Sequence[Audio], pause: float = PAUSE_SECONDS) -> Audio | None:
    """One :class:`Audio` of ``parts`` with ``pause`` seconds of silence between them; empty
    parts are left out, and ``None`` when nothing remains.

    :raises SpeechError: the parts have different sample rates.
    """
    parts = [part for part in parts if len(part.samples)]
    if not parts:
        return None
    rate = parts[0].rate
    if any(part.rate != rate for part in parts):
        raise SpeechError("sentences of one prompt have different sample rates")
    gap = Audio.silence(pause, rate).samples
    pieces: list[np.ndarray] = []
    for index, part in enumerate(parts):
        if index:
            pieces.append(gap)
        pieces.append(part.samples)
    return Audio(np.concatenate(pieces), rate)


class VoiceGuide:
    """Speaks prompts through the first engine that knows their language.

    :param engines: speech engines in order of preference; a language goes to the first one listing it.
    :param output: where audio is played (``NullOutput`` when headless).
    :param volume: 0–1, passed to ``output.play``.
    :param muted: start muted (``say`` then stays silent until :meth:`set_muted` ``(False)``).
    :param cache_size: sentences kept in memory; 0 disables the cache.
    :param pause: seconds of silence between the sentences of one prompt.

    All methods are thread-safe and, except :meth:`synthesize_prompt` and :meth:`close`, return at once.
    """

    def __init__(self, engines: Iterable[SpeechEngine], output: AudioOutput, *, volume: float = 0.8,
                 muted: bool = False, cache_size: int = DEFAULT_CACHE_SIZE, pause: float = PAUSE_SECONDS) -> None:
        self._engines: dict[str, SpeechEngine] = {}
        for engine in engines:
            for language in sorted(engine.languages):
                self._engines.setdefault(language, engine)
        self._output = output
        self._volume = _checked_volume(volume)
        self._muted = bool(muted)
        self._cache_size = max(0, int(cache_size))
        self._pause = pause
        self._cache: OrderedDict[tuple[str, str, str], Audio] = OrderedDict()
        self._lock = threading.Condition(threading.Lock())
        self._generation = 0  # bumped by every say/stop/mute: older work is stale
        self._pending: tuple[int, _Prompt] | None = None
        self._requests: deque[_Request] = deque()
        self._prewarm: deque[tuple[str, str]] = deque()
        self._last: _Prompt | None = None
        self._warned: set[str] = set()
        self._closed = False
        self._thread: threading.Thread | None = None
        if not self._engines:
            logger.info("voice guidance off: no speech engine")

    # -- settings ------------------------------------------------------------------------------

    @property
    def available_languages(self) -> frozenset[str]:
        """Languages some engine speaks."""
        return frozenset(self._engines)

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    def set_volume(self, volume: float) -> None:
        """Volume for the next prompt (what plays keeps its volume), clamped to 0–1.

        :raises ValueError: ``volume`` is not a finite number.
        """
        volume = _checked_volume(volume)
        with self._lock:
            self._volume = volume

    def set_muted(self, muted: bool) -> None:
        """Mute (stops what plays, cancels what is pending) or unmute (speaks again from the next prompt)."""
        with self._lock:
            self._muted = bool(muted)
            if self._muted:
                self._cancel()

    # -- speaking ------------------------------------------------------------------------------

    def say(self, texts: Sequence[str], language: str) -> None:
        """Speak ``texts`` (whole sentences, in order) in ``language``, replacing any older prompt.

        Returns at once. From the cache the audio starts on this thread; otherwise the worker
        synthesises it and plays it unless a newer ``say``, :meth:`stop` or mute came first.
        """
        self._say(_prompt(texts, language))

    def replay(self) -> None:
        """Say the last prompt again (from the cache, so at once)."""
        with self._lock:
            last = self._last
        if last is not None:
            self._say(last)

    def stop(self) -> None:
        """Stop speaking and drop pending work for the current prompt (prewarming continues)."""
        with self._lock:
            self._cancel()

    def prewarm(self, prompts: Iterable[tuple[str, str]]) -> None:
        """Synthesise ``(sentence, language)`` pairs into the cache when the worker is otherwise
        idle, so that their first :meth:`say` starts at once."""
        items = [(text.strip(), language) for text, language in prompts]
        with self._lock:
            if self._closed:
                return
            items = [(t, lang) for t, lang in items if t and self._engine_for(lang) is not None]
            self._prewarm.extend(items)
            if items:
                self._wake()

    def synthesize_prompt(self, texts: Sequence[str], language: str) -> Audio | None:
        """The audio :meth:`say` would play for ``texts`` (``None`` when it would stay silent).

        Blocks until the worker has made it (through the cache, like ``say``); for tests and benchmarks.
        """
        prompt = _prompt(texts, language)
        with self._lock:
            if self._closed or not prompt.sentences or self._engine_for(language) is None:
                return None
            request = _Request(prompt)
            self._requests.append(request)
            self._wake()
        if not request.done.wait(_REQUEST_TIMEOUT):
            logger.warning("voice: synthesis did not finish within %.0f s", _REQUEST_TIMEOUT)
        return request.audio

    def close(self) -> None:
        """Stop speaking and end the worker thread. Later calls are no-ops."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._cancel()
            self._prewarm.clear()
            for request in self._requests:
                request.done.set()
            self._requests.clear()
            self._lock.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def __enter__(self) -> VoiceGuide:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals (the lock is held where the name says so) -----------------------------------

    def _say(self, prompt: _Prompt) -> None:
        with self._lock:
            if self._closed:
                return
            self._last = prompt
            if self._muted:  # muting already stopped the output: leave it alone
                return
            self._cancel()
            if not prompt.sentences:
                return
            engine = self._engine_for(prompt.language)
            if engine is None:
                return
            cached = [self._cache_get((engine.name, prompt.language, text)) for text in prompt.sentences]
            ready = [audio for audio in cached if audio is not None]
            if len(ready) == len(cached):
                self._play(ready)
                return
            logger.debug("voice: synthesising %r in %s", prompt.sentences, prompt.language)
            self._pending = (self._generation, prompt)
            self._wake()

    def _cancel(self) -> None:
        self._generation += 1
        self._pending = None
        try:
            self._output.stop()
        except Exception:  # a broken speaker must not break the screen that wanted silence
            logger.warning("voice: stopping the audio output failed", exc_info=True)

    def _play(self, parts: Sequence[Audio]) -> None:
        try:
            audio = join_sentences(parts, self._pause)
            if audio is not None:
                self._output.play(audio, self._volume)
        except SpeechError as exc:
            logger.warning("voice: %s (%s)", exc.code, exc.detail)
        except Exception:
            logger.warning("voice: the audio output failed", exc_info=True)

    def _engine_for(self, language: str) -> SpeechEngine | None:
        engine = self._engines.get(language)
        if engine is None and self._engines and language not in self._warned:
            self._warned.add(language)
            logger.warning("voice: no engine speaks %r; prompts in it stay silent", language)
        return engine

    def _cache_get(self, key: tuple[str, str, str]) -> Audio | None:
        audio = self._cache.get(key)
        if audio is not None:
            self._cache.move_to_end(key)
        return audio

    def _cache_put(self, key: tuple[str, str, str], audio: Audio) -> None:
        if self._cache_size:
            self._cache[key] = audio
            self._cache.move_to_end(key)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def _wake(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="voice-guide", daemon=True)
            self._thread.start()
        self._lock.notify()

    # -- the worker thread ---------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._lock:
                while not (self._closed or self._pending or self._requests or self._prewarm):
                    self._lock.wait()
                if self._closed:
                    return
                request = None
                try:
                    if self._pending is not None:
                        job, self._pending = self._pending, None
                        self._speak(*job)
                    elif self._requests:
                        request = self._requests.popleft()
                        request.audio = self._synthesize(request.prompt)
                    else:
                        text, language = self._prewarm.popleft()
                        self._sentence(text, language)
                except Exception:  # a bug here must not leave every later prompt waiting for a dead worker
                    logger.exception("voice: the worker failed; it carries on")
                finally:
                    if request is not None:
                        request.done.set()

    def _speak(self, generation: int, prompt: _Prompt) -> None:
        parts = []
        for text in prompt.sentences:
            if generation != self._generation:
                return
            audio = self._sentence(text, prompt.language)
            if audio is not None:
                parts.append(audio)
        if generation == self._generation and not self._muted and not self._closed:
            self._play(parts)

    def _synthesize(self, prompt: _Prompt) -> Audio | None:
        parts = [audio for text in prompt.sentences if (audio := self._sentence(text, prompt.language)) is not None]
        try:
            return join_sentences(parts, self._pause)
        except SpeechError as exc:
            logger.warning("voice: %s (%s)", exc.code, exc.detail)
            return None

    def _sentence(self, text: str, language: str) -> Audio | None:
        """One sentence from the cache or the engine; called with the lock held, which is released
        while the engine works so that callers are never kept waiting."""
        engine = self._engines.get(language)
        if engine is None:
            return None
        key = (engine.name, language, text)
        audio = self._cache_get(key)
        if audio is not None:
            return audio
        self._lock.release()
        try:
            audio = engine.synthesize(text, language)
            if not isinstance(audio, Audio):
                raise SpeechError(f"{engine.name} returned {type(audio).__name__}, not Audio")
        except SpeechError as exc:
            logger.warning("voice: %s failed for %s: %s (%s)", engine.name, language, exc.code, exc.detail)
            logger.debug("voice: the failed text was %r", text)
            return None
        except Exception as exc:  # an engine bug must not end the worker: the kiosk works without voice
            logger.warning("voice: %s failed for %s: %s", engine.name, language, type(exc).__name__, exc_info=True)
            return None
        finally:
            self._lock.acquire()
        self._cache_put(key, audio)
        return audio


def _checked_volume(volume: float) -> float:
    volume = float(volume)
    if not math.isfinite(volume):
        raise ValueError(f"volume must be a finite number, got {volume}")
    return min(1.0, max(0.0, volume))
