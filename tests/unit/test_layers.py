"""The import rules (style guide "Layers"; issue 12 §1), checked on the source — every import
statement, also inside functions — and at run time (what importing a package loads):

* ``kiosk/`` (the domain) imports no Qt, no hardware library, and nothing from ``app/``,
  ``drivers/``, ``ui/`` or ``simulators/``; its subpackages import one another without a loop;
* ``drivers/`` is the only home of hardware libraries, and imports no Qt, ``ui/`` or simulators;
* ``ui/`` imports no hardware, database or keyring library, no simulator and no ``app/``;
* ``simulators/`` imports no Qt and no ``ui/`` or ``app/``;
* ``app/`` (the composition package) may import everything.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "kiosk", "drivers", "ui", "simulators")
RULES = {
    # package: forbidden top-level modules
    "kiosk": {"PySide6", "smartcard", "cv2", "app", "drivers", "ui", "simulators"},
    "drivers": {"PySide6", "app", "ui", "simulators"},
    "ui": {"smartcard", "cv2", "face_recognition", "sqlalchemy", "keyring", "app", "drivers", "simulators"},
    "simulators": {"PySide6", "smartcard", "app", "ui"},
}


def imports_of(path: Path) -> set[str]:
    """Every absolute module named by an import in ``path`` (``from a.b import c`` gives a.b and a.b.c)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def top_level(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def modules(package: str) -> dict[str, Path]:
    found = {}
    for path in (ROOT / package).rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


@pytest.mark.parametrize("package", sorted(RULES))
def test_source_imports_respect_the_layers(package):
    offenders = {str(path.relative_to(ROOT)): sorted(top_level(imports_of(path)) & RULES[package])
                 for path in modules(package).values() if top_level(imports_of(path)) & RULES[package]}
    assert offenders == {}


def test_only_drivers_pcsc_imports_pyscard():
    importers = sorted(str(p.relative_to(ROOT)) for package in (*PACKAGES, "bench")
                       for p in (ROOT / package).rglob("*.py") if "smartcard" in top_level(imports_of(p)))
    assert importers == ["drivers/pcsc.py"]


def subpackage_graph() -> dict[str, set[str]]:
    """Which ``kiosk.X`` imports which ``kiosk.Y`` (X ≠ Y; a module directly in kiosk/ is its own X)."""
    known = modules("kiosk")

    def part(name: str) -> str:
        return ".".join(name.split(".")[:2])

    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in known.items():
        for target in imports_of(path):
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target.startswith("kiosk.") and part(target) != part(name):
                graph[part(name)].add(part(target))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(set(graph) | {n for targets in graph.values() for n in targets}):
        if node not in index:
            visit(node)
    return found


def test_kiosk_subpackages_import_one_another_without_a_loop():
    assert cycles(subpackage_graph()) == []


def test_the_loop_finder_finds_a_loop():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize(("package", "forbidden"), [
    ("kiosk", ("PySide6", "smartcard", "cv2", "drivers", "ui", "simulators", "app")),
    ("drivers", ("PySide6", "ui", "simulators", "app")),
    ("simulators", ("PySide6", "ui", "app")),
])
def test_importing_a_package_loads_nothing_it_must_not(package, forbidden):
    code = (
        f"import importlib, pkgutil, sys, {package}\n"
        f"for m in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
        "    importlib.import_module(m.name)\n"
        f"print(sorted(n for n in sys.modules if n.split('.')[0] in {forbidden!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
