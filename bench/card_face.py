"""Card-face benchmark (issue 14): 照合番号B read by ``OcrCardFaceReader`` from freshly rendered
desk scenes of freshly made residents (``simulators.card_face``), across every variation.

Per variation: frames, exact answers, nulls, WRONG answers (a 14-digit answer that is not the card's:
must be 0), median and p95 of the read time (ms; rendering is not timed), and totals. Frames stay in
memory; nothing is written.

Not a test: ``.venv/bin/python bench/card_face.py [--frames 1080] [--seed N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stats import p95  # noqa: E402
from drivers.card_face import OcrCardFaceReader  # noqa: E402
from kiosk.clock import SYSTEM_CLOCK, Clock  # noqa: E402
from simulators.card_face import READABLE, VARIATIONS, expected_collation_b, random_resident, render_scene  # noqa: E402


def row(name: str, outcomes: list[str], times: list[float]) -> str:
    counts = Counter(outcomes)
    share = 100 * counts["exact"] / len(outcomes)
    return (f"{name:<14}{len(outcomes):>6}{counts['exact']:>7}{share:>8.1f}{counts['null']:>6}{counts['WRONG']:>7}"
            f"{statistics.median(times):>9.0f}{p95(times):>8.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=1080, help="frames in all, shared by the variations")
    parser.add_argument("--seed", type=int, default=None, help="seed of the residents and scenes (default: random)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)  # noqa: S311 - synthetic data
    now = SYSTEM_CLOCK.now()
    today = now.date()
    per_variation = max(1, args.frames // len(VARIATIONS))
    outcomes: dict[str, list[str]] = {name: [] for name in VARIATIONS}
    times: dict[str, list[float]] = {name: [] for name in VARIATIONS}
    problems: Counter[str] = Counter()
    with OcrCardFaceReader(clock=Clock.fixed(datetime.combine(today, now.timetz()))) as reader:
        reader.read(render_scene(random_resident(rng, today), "clean", rng))  # warm-up: engines load
        for index in range(per_variation * len(VARIATIONS)):
            variation = VARIATIONS[index % len(VARIATIONS)]  # interleaved: load spikes hit every variation
            resident = random_resident(rng, today)
            frame = render_scene(resident, variation, rng)
            start = time.perf_counter()
            reading = reader.read(frame)
            times[variation].append((time.perf_counter() - start) * 1000)
            if reading.collation_b is None:
                outcomes[variation].append("null")
                problems.update(reading.problems)
            else:
                right = reading.collation_b == expected_collation_b(resident)
                outcomes[variation].append("exact" if right else "WRONG")
    print(f"seed {seed}, {per_variation * len(VARIATIONS)} frames, 1280x960, today {today}")
    print(f"{'variation':<14}{'count':>6}{'exact':>7}{'exact%':>8}{'null':>6}{'WRONG':>7}{'med ms':>9}{'p95 ms':>8}")
    for name in VARIATIONS:
        print(row(name, outcomes[name], times[name]))
    readable = [outcome for name in READABLE for outcome in outcomes[name]]
    readable_times = [t for name in READABLE for t in times[name]]
    print(row("readable", readable, readable_times))
    print(row("all", [o for name in VARIATIONS for o in outcomes[name]],
              [t for name in VARIATIONS for t in times[name]]))
    print("null problems:", ", ".join(f"{code} {count}" for code, count in problems.most_common()))
    return 1 if any("WRONG" in found for found in outcomes.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
