"""The Qt speaker: safe without a device, callable from the voice worker, and audible with one."""

from __future__ import annotations

import logging
import os
import threading

import numpy as np
import pytest
from voice_fakes import fake_audio

from kiosk.voice import Audio

if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
    pytest.skip("no display for Qt (run under xvfb-run or with QT_QPA_PLATFORM=offscreen)", allow_module_level=True)

from PySide6.QtMultimedia import QMediaDevices  # noqa: E402

from ui.audio_out import QtAudioOutput, resample  # noqa: E402


def test_resample_keeps_duration_and_shape():
    tone = (np.sin(np.arange(22050) * 2 * np.pi * 440 / 22050) * 10000).astype(np.int16)
    out = resample(tone, 22050, 48000)
    assert out.dtype == np.int16 and len(out) == 48000
    assert abs(int(np.abs(out).max()) - 10000) < 50
    assert resample(tone, 22050, 22050) is tone


def test_without_a_device_play_and_stop_are_no_ops(qapp, caplog):
    if not QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("this machine has an audio device")
    with caplog.at_level(logging.WARNING, logger="drivers.audio_out"):
        output = QtAudioOutput()
    assert not output.available
    assert sum("no audio output device" in r.getMessage() for r in caplog.records) == 1
    worker = threading.Thread(target=lambda: (output.play(fake_audio("音"), 0.5), output.stop()))
    worker.start()
    worker.join()
    output.play(fake_audio("音"), 0.5)
    qapp.processEvents()
    assert output._sink is None


def test_with_a_device_audio_plays_out_and_stops(qapp, qtbot):
    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("no audio output device on this machine")
    output = QtAudioOutput()
    tone = Audio((np.sin(np.arange(4410) * 2 * np.pi * 440 / 22050) * 8000).astype(np.int16), 22050)
    worker = threading.Thread(target=output.play, args=(tone, 0.2))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: output._sink is not None, timeout=2000)
    qtbot.waitUntil(lambda: output._sink is None, timeout=3000)  # played out (0.2 s) and released
    output.play(tone, 0.2)
    output.stop()
    qtbot.waitUntil(lambda: output._sink is None, timeout=1000)
