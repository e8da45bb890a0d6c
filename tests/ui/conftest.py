"""Qt test setup: real windows (Xvfb under ``make test``), the app font and style, screenshots."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SCREENSHOTS = Path(os.environ.get("MYNA_SCREENSHOTS", Path(__file__).resolve().parents[2] / "build" / "screenshots"))


@pytest.fixture(scope="session")
def qapp_args():
    return ["myna-kiosk-tests"]


@pytest.fixture(autouse=True)
def _styled(qapp):
    from ui.app import create_application

    create_application()


@pytest.fixture
def screenshot():
    """Save a widget's rendering as ``build/screenshots/NAME.png`` and return the path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(widget, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return take
