"""The import rule (style guide "Layout"): only drivers/ imports pyscard or cv2 capture, kiosk/
imports no Qt, ui/ imports no hardware, database or keyring library. Checked on the source (every
import statement, also inside functions) and at run time (what importing the packages loads)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARDWARE = {"smartcard", "cv2"}
RULES = {
    # package: (forbidden top-level modules, files exempt)
    "kiosk": ({"PySide6", "smartcard", "cv2"}, {"kiosk/__main__.py"}),  # __main__: composition root
    "ui": ({"smartcard", "cv2", "face_recognition", "sqlalchemy", "keyring"}, set()),
    "simulators": ({"PySide6", "smartcard"}, set()),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(RULES))
def test_source_imports_respect_the_layers(package):
    forbidden, exempt = RULES[package]
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & forbidden)
        for path in (ROOT / package).rglob("*.py")
        if str(path.relative_to(ROOT)) not in exempt and imported_modules(path) & forbidden
    }
    assert offenders == {}


def test_only_drivers_pcsc_imports_pyscard():
    importers = sorted(str(p.relative_to(ROOT)) for package in ("kiosk", "ui", "simulators", "drivers", "bench")
                       for p in (ROOT / package).rglob("*.py") if "smartcard" in imported_modules(p))
    assert importers == ["drivers/pcsc.py"]


def test_importing_kiosk_loads_no_qt_and_no_pyscard():
    code = (
        "import importlib, pkgutil, sys, kiosk\n"
        "for m in pkgutil.walk_packages(kiosk.__path__, 'kiosk.'):\n"
        "    if m.name != 'kiosk.__main__': importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'smartcard', 'cv2')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
