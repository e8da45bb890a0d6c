"""The kiosk application: the Qt application, the resident's window and, in simulator mode, the
simulator panel. ``app`` (the composition package) builds the flow and calls
:func:`run_reception`."""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.accessibility import AccessibilityConfig
from kiosk.reception.machine import ReceptionFlow
from kiosk.voice.guide import VoiceGuide
from ui import theme
from ui.presentation import Presentation
from ui.reception_window import ReceptionWindow
from ui.sim_panel import SimulatorIntents, SimulatorPanel
from ui.window_places import place_beside

WINDOW_SIZE = (1280, 800)

FrameCallback = Callable[[np.ndarray], None]
PreviewSource = Callable[[FrameCallback], None]  # registers a callback for RGB camera frames


def create_application() -> QApplication:
    """The process's Qt application (made on the first call) in the kiosk's font and style."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "a non-GUI QCoreApplication already exists"
    app.setFont(theme.application_font())
    app.setStyleSheet(theme.STYLE_SHEET)
    return app


def run_reception(flow: ReceptionFlow, *, preview: PreviewSource | None = None,
                  simulator: SimulatorIntents | None = None, full_screen: bool = False,
                  on_shown: Callable[[], None] | None = None, smoke: bool = False,
                  accessibility: AccessibilityConfig | None = None,
                  voice: Callable[[], VoiceGuide | None] | None = None, warnings: tuple[str, ...] = (),
                  staff_pin: str = "") -> int:
    """Show the reception window until it is closed; returns the application's exit code.

    :param flow: the reception flow (built by the composition root with its effects).
    :param preview: called once with a callback that takes camera frames (H×W×3 RGB ``uint8``
        arrays, from any thread) for the face-capture preview; e.g. ``listeners.append`` of a list
        the face runner's ``on_frame`` feeds ``frame.image`` to. Frames are shown, never kept.
    :param simulator: the simulator's controls: shows the simulator banner and opens the panel.
    :param full_screen: full screen with no mouse cursor (a touch kiosk); else a 1280×800 window.
    :param on_shown: called once the window is on screen (the caller starts the card slot then).
    :param smoke: quit as soon as the idle screen has been painted (start-up check, benchmark).
    :param accessibility: languages, DPI (``[accessibility]`` in the settings).
    :param voice: makes the voice guide once the Qt application exists (its audio output is Qt's).
    :param warnings: what staff should know (shown on the first screen and logged).
    :param staff_pin: the simulator's staff PIN, for the panel to name ("" when the settings set one).
    """
    app = create_application()
    guide = voice() if voice is not None else None
    presentation = Presentation.build(accessibility, guide, warnings)
    window = ReceptionWindow(flow, simulator=simulator is not None, presentation=presentation)
    if preview is not None:
        preview(window.preview.offer)
    panel = SimulatorPanel(simulator, staff_pin=staff_pin) if simulator is not None else None
    if full_screen:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
    else:
        window.resize(*WINDOW_SIZE)
        window.show()
    if panel is not None:
        place_beside(panel, window, natural_size=True)
        panel.show()
    if on_shown is not None:
        QTimer.singleShot(0, on_shown)
    if smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        if guide is not None:
            guide.close()
