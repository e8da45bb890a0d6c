"""Layering of the voice code: the port and guide know no audio library, and choosing engines
loads neither Qt nor Open JTalk (both stay off the kiosk's start-up path)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDIO_LIBRARIES = ("PySide6", "pyopenjtalk", "subprocess", "wave", "sounddevice", "simpleaudio")


def test_kiosk_voice_imports_no_audio_library():
    for path in (ROOT / "kiosk" / "voice").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not [name for name in AUDIO_LIBRARIES if f"import {name}" in source], path.name


def test_choosing_engines_loads_no_qt_and_no_open_jtalk():
    code = (
        "import sys\n"
        "import kiosk.voice, drivers.voices\n"
        "drivers.voices.available_engines()\n"
        "print(sorted({n.split('.')[0] for n in sys.modules} & {'PySide6', 'pyopenjtalk'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603
    assert out.stdout.strip() == "[]"
