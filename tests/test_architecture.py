"""The shape of the code: imports point down, no cycles, small rooms.

Read with Python's own parser, type-only imports included: a cycle through
``if TYPE_CHECKING:`` is still two modules that must be read together.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "custom_components" / "haven"
MAX_LINES = 450


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts) or "__init__"


def _imports(path: Path) -> set[str]:
    """Return the package modules a module imports (relative or absolute)."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[: len(package) - (node.level - 1)]
            target = [*base, *(node.module.split(".") if node.module else [])]
        elif node.module and node.module.startswith("custom_components.haven"):
            target = node.module.split(".")[2:]
        else:
            continue
        names = [alias.name for alias in node.names]
        for name in names:
            candidate = ".".join([*target, name])
            if (PACKAGE / Path(*candidate.split("."))).with_suffix(".py").exists():
                found.add(candidate)
            else:
                found.add(".".join(target) or "__init__")
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: _imports(path) & set(modules) for name, path in modules.items()}


def test_no_import_cycles() -> None:
    """No module imports, directly or through others, a module that imports it."""
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []


def test_nothing_imports_the_package_init() -> None:
    """Set-up wires the pieces; no piece reaches up into it."""
    importers = sorted(
        name for name, targets in _graph().items() if "__init__" in targets
    )
    assert importers == []


def test_the_store_knows_nothing_above_it() -> None:
    """store/ and recurrence.py depend only on each other and const."""
    graph = _graph()
    allowed_prefixes = ("store", "const", "recurrence")
    for name, targets in graph.items():
        if name.startswith("store") or name == "recurrence":
            assert all(t.startswith(allowed_prefixes) for t in targets), (name, targets)


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_modules_stay_small(path: Path) -> None:
    """One job per module: none grows past a few hundred lines."""
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES
