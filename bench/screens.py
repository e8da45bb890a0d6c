"""Resident-screen benchmark (issue 16 §3): the time from a new view to its first step on screen —
the words planned into steps on the screen itself (each candidate laid out and measured), then
shown — on the counter's resident screen (1024×768), every screen of the gallery, in the looks
where words come in steps most (the largest size, furigana, the longest translations).

Prints medians and p95 per look, and how many screens needed steps. Not a test:
``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screens.py``.
Target: a new screen within 100 ms at p95 (a tap should answer at once).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.counter import assemble_desk  # noqa: E402
from bench.stats import p95  # noqa: E402
from kiosk.accessibility import TextSize  # noqa: E402
from kiosk.flow.executors import InlineExecutor  # noqa: E402
from simulators.card.slot import VirtualCardSlot  # noqa: E402
from simulators.card_management import SimulatedCardManagement  # noqa: E402
from simulators.counter_gallery import resident_gallery  # noqa: E402
from simulators.eligibility import SimulatedEligibilityService  # noqa: E402

LOOKS = {"ja standard": ("ja", TextSize.STANDARD, False), "ja XL + furigana": ("ja", TextSize.EXTRA_LARGE, True),
         "en XL": ("en", TextSize.EXTRA_LARGE, False), "pt XL": ("pt", TextSize.EXTRA_LARGE, False)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5, help="times each screen is shown per look")
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication

    from ui.app import create_application
    from ui.counter.resident_screen import WINDOW_SIZE, ResidentScreen

    app = create_application()
    gallery = resident_gallery()
    with tempfile.TemporaryDirectory() as folder:
        slot = VirtualCardSlot()
        desk = assemble_desk(f"sqlite:///{folder}/counter.db", desk_id="DESK-01", slot=slot, collation=slot,
                             cards=SimulatedCardManagement(), eligibility=SimulatedEligibilityService(),
                             executor=InlineExecutor(), simulated_cards=True)
        screen = ResidentScreen(desk.flow)
        screen.resize(*WINDOW_SIZE)
        screen.show()
        preferences = screen.presentation.preferences
        print(f"| {'look':<18} | screens | in steps | steps | median ms | p95 ms | max ms |")
        print(f"|{'-' * 20}|---------|----------|-------|-----------|--------|--------|")
        for look, (language, size, furigana) in LOOKS.items():
            preferences.set_language(language)
            while preferences.value.text_size is not size:
                preferences.next_text_size()
            if preferences.value.furigana != furigana:
                preferences.toggle_furigana()
            app.processEvents()
            times, stepped, steps = [], 0, 0
            for round_ in range(args.rounds + 1):
                for view in gallery.values():
                    screen.show_view(gallery["wait"])  # from another screen, as in a visit
                    app.processEvents()
                    started = time.perf_counter()
                    screen.show_view(view)
                    QCoreApplication.processEvents()
                    elapsed = (time.perf_counter() - started) * 1000
                    if round_:  # the first round warms the fonts and the furigana dictionary
                        times.append(elapsed)
                    elif len(screen.steps.pages) > 1:
                        stepped, steps = stepped + 1, steps + len(screen.steps.pages)
            print(f"| {look:<18} | {len(gallery):>7} | {stepped:>8} | {steps:>5} | "
                  f"{statistics.median(times):>9.1f} | {p95(times):>6.1f} | {max(times):>6.1f} |")
        screen.close()
        desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
