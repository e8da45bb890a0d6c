"""Application photo benchmark (issue 18 §6): capture → accepted photo on the virtual camera.

Not a test: run ``.venv/bin/python bench/application.py``. Needs ../shared/fixtures/faces.

For each face fixture that keeps the photo rules, a virtual camera plays it in real time (30 fps,
sensor noise σ 2, a 2-pixel sway) and the automatic capture (``kiosk.application.capture``) judges
frames until two in a row keep every rule; the time from starting the camera to the cropped JPEG
is one sample. The face engine is loaded once beforehand, as the kiosk does when the intake opens.
Also: one frame judged by the rules, and the crop + JPEG encode of the accepted frame.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stats import p95  # noqa: E402
from kiosk.application.capture import capture_photo  # noqa: E402
from kiosk.application.photo import check_photo  # noqa: E402
from kiosk.application.photo_file import application_photo  # noqa: E402
from kiosk.face.engine import FaceEngine  # noqa: E402
from kiosk.face.live import camera_frames  # noqa: E402
from kiosk.images import load_image  # noqa: E402
from simulators.camera import VirtualCamera  # noqa: E402
from simulators.fixtures import faces_dir  # noqa: E402

FACES = faces_dir()
GOOD = ["obama_1.jpg", "obama_3.jpg", "lin_manuel_miranda_1.png"]


def row(name: str, values: list[float]) -> str:
    cells = [statistics.median(values), p95(values), min(values), max(values)]
    return f"| {name:<44} | {len(values):>4} | " + " | ".join(f"{v:>8.1f}" for v in cells) + " |"


def header(title: str) -> None:
    print(f"\n{title}\n")
    print(f"| {'measure (ms)':<44} | {'n':>4} | {'median':>8} | {'p95':>8} | {'min':>8} | {'max':>8} |")
    print(f"|{'-' * 46}|{'-' * 6}|" + "|".join(["-" * 10] * 4) + "|")


def capture_times(engine: FaceEngine, name: str, runs: int) -> tuple[list[float], list[int]]:
    """Camera start → accepted photo, ``runs`` times; and the frames judged each time."""
    seconds, judged = [], []
    for seed in range(runs):
        camera = VirtualCamera(FACES / name, fps=30.0, noise=2.0, jitter=2, seed=seed, name=name)
        start = time.perf_counter()
        with contextlib.closing(camera_frames(camera)) as frames:
            taken = capture_photo(frames, engine)
        if taken is None:
            raise SystemExit(f"{name}: no photo taken")
        seconds.append((time.perf_counter() - start) * 1000)
        judged.append(taken.frames)
    return seconds, judged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20, help="captures per fixture")
    args = parser.parse_args()
    if not (FACES / GOOD[0]).is_file():
        print(f"shared face fixtures not found at {FACES}: nothing to measure")
        return 0
    engine = FaceEngine()
    header(f"Capture → accepted photo on the virtual camera (30 fps, real time; {args.runs} runs each)")
    everything: list[float] = []
    for name in GOOD:
        seconds, judged = capture_times(engine, name, args.runs)
        everything += seconds
        image = load_image(FACES / name)
        print(row(f"{name} ({image.shape[1]}x{image.shape[0]}), {statistics.median(judged):.0f} frames",
                  seconds))
    print(row("all fixtures", everything))
    header("Stages")
    for name in GOOD:
        image = load_image(FACES / name)
        checks, crops = [], []
        for _ in range(10):
            t0 = time.perf_counter()
            check = check_photo(image, engine)
            t1 = time.perf_counter()
            application_photo(image, check)
            checks.append((t1 - t0) * 1000)
            crops.append((time.perf_counter() - t1) * 1000)
        print(row(f"{name}: one frame judged", checks))
        print(row(f"{name}: crop + JPEG", crops))
    return 0


if __name__ == "__main__":
    sys.exit(main())
