"""Face benchmark (issue 3 §4): per-stage latency, frame → decision, preview rate while matching,
and the genuine/impostor distances the thresholds were calibrated on.

Not a test: run ``.venv/bin/python bench/face.py``. Needs ../shared/fixtures/faces.
Targets on the 2-core machine: frame → decision p95 ≤ 250 ms; preview ≥ 20 fps while matching.
"""

from __future__ import annotations

import argparse
import itertools
import queue
import statistics
import sys
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stats import p95  # noqa: E402
from drivers.camera import iter_video_frames  # noqa: E402
from kiosk.camera import Frame  # noqa: E402
from kiosk.face.compare import compare  # noqa: E402
from kiosk.face.engine import FaceEngine, to_grey_rgb  # noqa: E402
from kiosk.face.verifier import FaceVerifier, Phase  # noqa: E402
from kiosk.face.worker import FaceWorker  # noqa: E402
from kiosk.images import load_image  # noqa: E402
from simulators.camera import scene  # noqa: E402
from simulators.fixtures import faces_dir  # noqa: E402

FACES = faces_dir()
VIDEO = FACES / "lin_manuel_miranda_clip.mp4"
STILLS = ["obama_1.jpg", "obama_2.jpg", "obama_3.jpg", "obama_4.jpg", "obama_240p.jpg", "biden_1.jpg",
          "biden_2.jpg", "lin_manuel_miranda_1.png"]


def row(name: str, values: list[float], fmt: str = ".1f") -> str:
    if not values:
        return f"| {name:<36} | {'-':>5} | {'-':>8} | {'-':>8} | {'-':>8} | {'-':>8} |"
    cells = [statistics.median(values), p95(values), min(values), max(values)]
    return f"| {name:<36} | {len(values):>5} | " + " | ".join(f"{v:>8{fmt}}" for v in cells) + " |"


def header(title: str) -> None:
    print(f"\n{title}\n")
    print(f"| {'measure':<36} | {'n':>5} | {'median':>8} | {'p95':>8} | {'min':>8} | {'max':>8} |")
    print(f"|{'-' * 38}|{'-' * 7}|" + "|".join(["-" * 10] * 4) + "|")


def card_photo() -> np.ndarray:
    """Lin's card photo as the card stores it: greyscale."""
    return np.asarray(to_grey_rgb(load_image(FACES / "lin_manuel_miranda_1.png")))


def stage_latency(frames: list[np.ndarray], fps: float) -> None:
    """Verify from several starting points of the clip, in-process, and time every stage."""
    stages: dict[str, list[float]] = {}
    frame_totals, decision_wall, decision_media = [], [], []
    engine = FaceEngine()
    photo = card_photo()
    card_ms = []
    for start in range(0, len(frames) - 60, 15):
        verifier = FaceVerifier(photo, engine=engine)
        card_ms.append(verifier.card_encode_ms)
        first_ok_wall = first_ok_media = None
        for index in range(start, len(frames), 3):  # the worker keeps up with ~10 fps
            t0 = time.perf_counter()
            report = verifier.process(Frame(frames[index], index, index / fps))
            elapsed = (time.perf_counter() - t0) * 1000
            for stage, ms in report.timings.items():
                stages.setdefault(stage, []).append(ms)
            if report.phase in (Phase.CAPTURING, Phase.DECIDED):
                frame_totals.append(elapsed)
            if report.quality.ok and first_ok_wall is None:
                first_ok_wall, first_ok_media = t0, index / fps
            if report.decision:
                if first_ok_wall is not None and report.decision.outcome.value == "match":
                    decision_wall.append((time.perf_counter() - first_ok_wall) * 1000)
                    decision_media.append((index / fps - first_ok_media) * 1000)
                break
    header(f"Latency in ms at the live resolution ({frames[0].shape[1]}x{frames[0].shape[0]}, in-process)")
    print(row("card photo -> encoding (once)", card_ms))
    for stage in ("detect", "quality", "landmarks", "encode", "decide"):
        print(row(stage, stages.get(stage, [])))
    print(row("frame -> decision (capturing frame)", frame_totals))
    print(row("first good frame -> match (wall)", decision_wall))
    print(row("first good frame -> match (media)", decision_media))


def preview_rate(seconds: float) -> None:
    """Preview loop as the UI runs it (QImage conversion and scaling on the main thread) while the
    matcher works: in a child process (the kiosk's way) and, for contrast, in a thread."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    def preview(label: str, matcher_submit) -> float:
        frames: queue.Queue = queue.Queue(maxsize=2)
        camera = scene("right-person-video", loop=True)

        def on_frame(frame: Frame) -> None:
            try:
                frames.put_nowait(frame)
            except queue.Full:
                pass

        camera.start(on_frame, lambda error: None)
        shown, deadline = 0, time.monotonic() + seconds
        try:
            while time.monotonic() < deadline:
                try:
                    frame = frames.get(timeout=0.5)
                except queue.Empty:
                    continue
                image = frame.image
                qimage = QImage(image.data, image.shape[1], image.shape[0], image.strides[0],
                                QImage.Format.Format_RGB888)
                qimage.scaled(800, 450, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
                matcher_submit(frame)
                shown += 1
        finally:
            camera.stop()
        return shown / seconds

    photo = card_photo()
    reports: list = []
    worker = FaceWorker(reports.append, lambda error: None)
    worker.begin(photo)

    def submit_to_worker(frame: Frame) -> None:
        if reports and reports[-1] is not None and reports[-1].decision:  # keep it matching for the whole run
            worker.end()
            worker.begin(photo)
            reports.append(None)
        worker.submit(frame)

    in_process = preview("worker process", submit_to_worker)
    matched = sum(1 for report in reports if report is not None)
    worker.stop()

    verifier_box = [FaceVerifier(photo)]
    pending: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def thread_matcher() -> None:
        while not stop.is_set():
            try:
                frame = pending.get(timeout=0.2)
            except queue.Empty:
                continue
            if verifier_box[0].process(frame).decision:
                verifier_box[0] = FaceVerifier(photo)

    thread = threading.Thread(target=thread_matcher, daemon=True)
    thread.start()

    def submit_to_thread(frame: Frame) -> None:
        try:
            pending.put_nowait(frame)
        except queue.Full:
            pass

    threaded = preview("thread", submit_to_thread)
    stop.set()
    thread.join()
    print(f"\nPreview while matching ({seconds:.0f} s each, video source at 29.97 fps)\n")
    print("| matcher runs in | preview fps |\n|---|---|")
    print(f"| child process (kiosk) | {in_process:.1f} |  ({matched} frames analysed by the worker)")
    print(f"| thread (for contrast) | {threaded:.1f} |")


def distances(frames: list[np.ndarray]) -> None:
    engine = FaceEngine()
    images = {name: load_image(FACES / name) for name in STILLS}
    person = {name: name.split("_")[0] for name in STILLS}
    genuine, impostor = [], []
    print("\nStill pairs (A as the greyscale card photo, B as the colour live image)\n")
    print("| A | B | same person | distance |\n|---|---|---|---|")
    for a, b in itertools.combinations(STILLS, 2):
        d = compare(to_grey_rgb(images[a]), images[b], engine).distance
        same = person[a] == person[b]
        (genuine if same else impostor).append(d)
        print(f"| {a} | {b} | {'yes' if same else 'no'} | {d:.3f} |")
    photo = to_grey_rgb(images["lin_manuel_miranda_1.png"])
    card = engine.encode(photo, engine._fr.face_locations(photo)[0])
    video_grey, video_colour = [], []
    for frame in frames[::5]:
        boxes = engine.detect(frame)
        if len(boxes) == 1:
            video_grey.append(engine.distance(card, engine.encode(frame, boxes[0])))
            video_colour.append(engine.distance(card, engine._fr.face_encodings(frame, [boxes[0]])[0]))
    header("Distances to the card photo (accept ≤ 0.55, refuse ≥ 0.65; the clip's last second shows "
           "the audience, other people)")
    for name, values in (("genuine stills", genuine), ("impostor stills", impostor),
                         ("video frames, grey (kiosk)", video_grey), ("video frames, colour", video_colour)):
        print(row(name, values, ".3f"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--preview-seconds", type=float, default=6.0)
    args = parser.parse_args()
    if not VIDEO.is_file():
        print(f"shared face fixtures not found at {FACES}: nothing to measure")
        return 0
    frames = list(iter_video_frames(VIDEO))
    stage_latency(frames, 29.97)
    preview_rate(args.preview_seconds)
    distances(frames)
    return 0


if __name__ == "__main__":
    sys.exit(main())
