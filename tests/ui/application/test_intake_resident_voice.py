"""The intake desk's resident screen speaks each new step (its question, in the resident's
language), never the resident's details, not each new photo guidance; a call for staff is
answered aloud; the 「もう一度 聞く」 button is there with a voice."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_intake_resident_layout import DETAILS, GALLERY, NOW, NoEffects  # noqa: E402
from ui_fakes import SilentVoice  # noqa: E402

from kiosk.accessibility import AccessibilityConfig
from kiosk.application.machine import IntakeFlow
from kiosk.application.photo import PhotoCheck, PhotoProblem
from kiosk.application.records import IntakeMode
from ui.application.resident_window import RESIDENT_SIZE, ResidentWindow
from ui.presentation import Presentation


def test_each_new_step_is_spoken_but_never_the_residents_details(qtbot):
    voice = SilentVoice()
    window = ResidentWindow(IntakeFlow(NoEffects(), mode=IntakeMode.OFFICE, clock=lambda: NOW),
                            presentation=Presentation.build(AccessibilityConfig(), voice))
    qtbot.addWidget(window)
    window.resize(*RESIDENT_SIZE)
    window.show()
    assert window.access_bar.replay_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.view is not None, timeout=2000)  # the flow's own first view
    voice.said.clear()

    window.show_view(GALLERY["confirm"])
    assert voice.said == [(["この 内容で 正しいですか"], "ja")]
    window.show_view(GALLERY["confirm"])  # the same step again: not said twice
    assert len(voice.said) == 1
    said = " ".join(" ".join(texts) for texts, _ in voice.said)
    assert not any(part in said for part in ("長谷川", "千代田", "1948"))

    window.show_view(GALLERY["photo"])
    guidance = replace(GALLERY["photo"], body=PhotoCheck((PhotoProblem.TOO_DARK,)).prompt)
    window.show_view(guidance)  # the guidance changes with each frame: shown, not spoken
    assert [texts for texts, _ in voice.said][-1] == ["カメラを 見てください", "そろったら 自動で 撮ります。"]

    window.presentation.preferences.set_language("en")  # a new language: the step again, in it
    qtbot.waitUntil(lambda: voice.said[-1][1] == "en", timeout=2000)
    assert voice.said[-1][0][0] == "Please look at the camera"

    window.show_view(replace(guidance, staff_calls=1))  # a call: answered aloud
    assert voice.said[-1] == (["Staff are coming"], "en")
    qtbot.mouseClick(window.access_bar.replay_button, Qt.MouseButton.LeftButton)
    assert voice.said[-1] == voice.said[-2]
    assert DETAILS.name not in str(voice.said)
