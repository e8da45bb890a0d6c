"""Counter benchmark (issue 5 §10): software time of a whole handover + insurance registration with
zero-think-time inputs, and the staff actions it takes. Real store (SQLite), virtual cards, the
simulated card-management and eligibility services; the staff face score from the simulated desk
camera is included with ``--face-score``.

Prints medians and p95. Not a test: ``.venv/bin/python bench/counter.py``.
Targets: ≤ 5 s of software time, ≤ 8 staff actions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.counter import assemble_desk
from bench.stats import p95  # noqa: E402
from kiosk.counter.applications import ApplicationStatus  # noqa: E402
from kiosk.counter.table import CounterEvent  # noqa: E402
from kiosk.face.score import CameraFaceScorer  # noqa: E402
from kiosk.flow.executors import InlineExecutor
from simulators.camera import scene  # noqa: E402
from simulators.card.slot import VirtualCardSlot  # noqa: E402
from simulators.card_management import SimulatedCardManagement  # noqa: E402
from simulators.counter_scenarios import DeskScript, run_desk  # noqa: E402
from simulators.eligibility import SimulatedEligibilityService  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--face-score", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        slot, cards = VirtualCardSlot(), SimulatedCardManagement()
        scorer = CameraFaceScorer(lambda: scene("right-person-present", loop=True)) if args.face_score else None
        desk = assemble_desk(f"sqlite:///{folder}/counter.db", desk_id="DESK-01", slot=slot, collation=slot,
                             cards=cards, eligibility=SimulatedEligibilityService(), scorer=scorer,
                             executor=InlineExecutor(), simulated_cards=True)
        desk.store.staff.create("clerk01", "窓口1", "counter", "counter-pass-01")
        ready = [a for a in cards.queue(ApplicationStatus.CARD_READY)][: args.runs + 1]
        times, actions, kinds = [], [], {"PINs": 0, "face card": 0}
        for n, application in enumerate(ready):
            outcome = run_desk(desk.flow, slot, cards, DeskScript(application.application_id))
            if not outcome.handed_over:
                raise SystemExit(f"handover failed: {outcome}")
            desk.flow.send(CounterEvent.NEXT)  # back to the queue; the staff stays logged in
            if n:  # the first run warms the caches (keys, JPEG 2000, models)
                times.append(outcome.seconds)
                actions.append(outcome.staff_actions)
                kinds["face card" if not outcome.pins_set else "PINs"] += 1
            slot.remove()
        desk.close()
    print(f"\nhandovers: {len(times)} ({kinds['PINs']} with PINs, {kinds['face card']} face cards), "
          f"face score {'on' if args.face_score else 'off'}\n")
    print("(staff actions: the first handover of the day includes the login; later ones do not)\n")
    print("| measure | median | p95 | max |\n|---|---|---|---|")
    print(f"| software time per handover + registration, s | {statistics.median(times):.3f} | {p95(times):.3f} | "
          f"{max(times):.3f} |")
    print(f"| staff actions per handover | {statistics.median(actions):.0f} | {p95(actions):.0f} | "
          f"{max(actions)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
