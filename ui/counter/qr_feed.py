"""The desk's QR camera into the staff console (issue 17 §2): a 申請書ID read by
:class:`~kiosk.counter.qr_scanner.QrScanner` on its thread is looked up on the Qt thread, with a
beep when the desk took it (it waits at the queue); typing the 申請書ID works as before."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.counter.qr_scanner import QrScanner, beep
from kiosk.voice.ports import AudioOutput

BEEP_VOLUME = 0.5


class QrFeed(QObject):
    """Runs ``scanner`` while it exists; each 申請書ID goes to ``look_up`` (True: taken), and a
    taken one beeps on ``speaker``."""

    scanned = Signal(str)

    def __init__(self, scanner: QrScanner, look_up: Callable[[str], bool], speaker: AudioOutput | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self.look_up = look_up
        self.speaker = speaker
        self._beep = beep()
        self.scanned.connect(self._scanned, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.scanner.start(self.scanned.emit)

    def stop(self) -> None:
        self.scanner.stop()

    @Slot(str)
    def _scanned(self, application_id: str) -> None:
        if self.look_up(application_id) and self.speaker is not None:
            self.speaker.play(self._beep, BEEP_VOLUME)
