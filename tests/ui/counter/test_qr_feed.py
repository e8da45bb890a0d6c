"""The desk's QR camera into the console (issue 17 §2): a 申請書ID read on the scanner's thread is
looked up on the Qt thread, with a beep only when the desk took it."""

from __future__ import annotations

import threading

from kiosk.counter.qr_scanner import beep
from ui.counter.qr_feed import QrFeed


class Scanner:
    """Reports the given ids from a thread of its own, as the real scanner does."""

    def __init__(self, ids: list[str]) -> None:
        self.ids, self.stopped = ids, False

    def start(self, on_scan) -> None:
        threading.Thread(target=lambda: [on_scan(i) for i in self.ids], daemon=True).start()

    def stop(self) -> None:
        self.stopped = True


class Speaker:
    available = True

    def __init__(self) -> None:
        self.played: list[object] = []

    def play(self, audio, volume: float) -> None:
        self.played.append(audio)

    def stop(self) -> None:
        pass


def test_a_scan_is_looked_up_on_the_qt_thread_and_beeps_when_taken(qtbot):
    looked_up: list[tuple[str, bool]] = []
    main = threading.current_thread()

    def look_up(application_id: str) -> bool:
        taken = application_id.endswith("1")
        looked_up.append((application_id, threading.current_thread() is main))
        return taken

    speaker = Speaker()
    feed = QrFeed(Scanner(["A-1", "B-2"]), look_up, speaker)
    feed.start()
    qtbot.waitUntil(lambda: len(looked_up) == 2, timeout=2000)
    assert looked_up == [("A-1", True), ("B-2", True)]
    assert len(speaker.played) == 1 and speaker.played[0].samples.tolist() == beep().samples.tolist()
    feed.stop()
    assert feed.scanner.stopped
