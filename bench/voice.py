"""Voice benchmark (issue 6 §1): how soon a prompt is heard.

* Japanese prompt (idle screen: title + body) synthesised by Open JTalk through a fresh
  :class:`VoiceGuide` (empty cache), and once cold (the lazy ``pyopenjtalk`` import included);
* ``say`` → ``output.play`` for a prompt not yet cached and for a cached one (``replay``);
* espeak-ng synthesis of one sentence per language.

Prints a table of medians and p95. Not a test: run ``.venv/bin/python bench/voice.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stats import p95  # noqa: E402
from drivers.speech_espeak import EspeakEngine  # noqa: E402
from drivers.speech_openjtalk import OpenJTalkEngine  # noqa: E402
from kiosk.voice import Audio, VoiceGuide  # noqa: E402

PROMPT_JA = ("マイナンバーカードを 置いてください", "顔写真のある面を 上にして、読み取り機の 上に 置いてください。")
SENTENCES = {
    "en": "Please place your My Number Card on the reader, photo side up.",
    "zh": "请将个人编号卡照片面朝上放在读卡器上。",
    "ko": "마이넘버 카드를 사진 면이 위로 오게 리더기 위에 놓아 주세요.",
    "es": "Coloque su tarjeta My Number sobre el lector, con la foto hacia arriba.",
    "pt": "Coloque o seu cartão My Number sobre o leitor, com a foto para cima.",
}


class TimedOutput:
    """An output that notes when ``play`` was called."""

    available = True

    def __init__(self) -> None:
        self.played = threading.Event()
        self.at = 0.0

    def play(self, audio: Audio, volume: float) -> None:
        self.at = time.perf_counter()
        self.played.set()

    def stop(self) -> None:
        pass


def ms(start: float, end: float) -> float:
    return (end - start) * 1000


def japanese(runs: int) -> list[tuple[str, list[float]]]:
    engine = OpenJTalkEngine()
    with VoiceGuide([engine], TimedOutput()) as guide:
        start = time.perf_counter()
        audio = guide.synthesize_prompt(PROMPT_JA, "ja")
        cold = [ms(start, time.perf_counter())]
    print(f"Japanese prompt: {audio.duration:.2f} s of audio at {audio.rate} Hz" if audio else "no Japanese audio")
    synth, first_say, replay = [], [], []
    for _ in range(runs):
        with VoiceGuide([engine], TimedOutput()) as guide:
            start = time.perf_counter()
            guide.synthesize_prompt(PROMPT_JA, "ja")
            synth.append(ms(start, time.perf_counter()))
        output = TimedOutput()
        with VoiceGuide([engine], output) as guide:
            start = time.perf_counter()
            guide.say(PROMPT_JA, "ja")
            output.played.wait(30)
            first_say.append(ms(start, output.at))
            output.played.clear()
            start = time.perf_counter()
            guide.replay()
            output.played.wait(30)
            replay.append(ms(start, output.at))
    return [("ja prompt, cold (import + synthesis)", cold), ("ja prompt, synthesis (uncached)", synth),
            ("ja say -> play, uncached", first_say), ("ja replay -> play, cached", replay)]


def espeak(runs: int) -> list[tuple[str, list[float]]]:
    engine = EspeakEngine()
    rows = []
    for language, sentence in SENTENCES.items():
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            engine.synthesize(sentence, language)
            times.append(ms(start, time.perf_counter()))
        rows.append((f"espeak-ng {language} sentence", times))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rows: list[tuple[str, list[float]]] = []
    if OpenJTalkEngine.available():
        rows += japanese(args.runs)
    else:
        print("Japanese: skipped, pyopenjtalk-plus is not installed")
    if EspeakEngine.available():
        rows += espeak(args.runs)
    else:
        print("espeak-ng: skipped, not on PATH")
    print(f"\nruns per case: {args.runs}\n")
    print(f"| {'measure':<37} | {'n':>3} | median ms | p95 ms |")
    print(f"|{'-' * 39}|-----|-----------|--------|")
    for name, times in rows:
        print(f"| {name:<37} | {len(times):>3} | {statistics.median(times):>9.2f} | {p95(times):>6.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
