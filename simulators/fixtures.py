"""Where the shared face fixtures live. They are read in place and never copied (brief)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def faces_dir() -> Path:
    """``$MYNA_FACE_FIXTURES``, else ``../shared/fixtures/faces`` beside the project root."""
    configured = os.environ.get("MYNA_FACE_FIXTURES")
    return Path(configured) if configured else PROJECT_ROOT.parent / "shared" / "fixtures" / "faces"


def face_fixture(name: str) -> Path | None:
    """The fixture file ``name`` if present on this machine."""
    path = faces_dir() / name
    return path if path.is_file() else None
