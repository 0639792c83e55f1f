"""No import cycle in the package, and every module imports alone.

The import graph is read from the source (module-level ``import`` and
``from … import`` statements, not those inside functions or under
``TYPE_CHECKING``); a cycle among the modules fails the test, naming it.  A
module's own ancestor packages are not counted as its imports (Python runs them
first anyway).  Then every module is imported alone in a fresh interpreter, so
one that only works after another has been imported fails too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "validator"


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ["validator", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _top_level(tree: ast.Module):
    """Statements run on import: the module's own, and those nested in if/try
    (not under ``if TYPE_CHECKING``)."""
    stack = list(tree.body)
    while stack:
        node = stack.pop(0)
        if isinstance(node, ast.If):
            test = node.test
            if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
                continue
            stack = node.body + node.orelse + stack
        elif isinstance(node, ast.Try):
            stack = node.body + [s for h in node.handlers for s in h.body] + node.orelse + node.finalbody + stack
        else:
            yield node


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _top_level(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                found.add(target)
    return found


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    trail: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        trail.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return trail[trail.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        trail.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle():
    mods = modules()
    graph = {name: imports_of(name, path, set(mods)) for name, path in mods.items()}
    assert graph["validator.facts"], "the graph reader found no imports at all"
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph) or [])


@pytest.mark.slow
def test_every_module_imports_alone():
    """In one fresh interpreter, each module is imported with no other module of
    the package loaded (third-party libraries stay loaded, to keep it quick)."""
    names = sorted(n for n in modules() if n != "validator.__main__")  # __main__ runs the CLI
    script = ("import importlib, sys, traceback\n"
              "bad = []\n"
              "for name in sys.argv[1:]:\n"
              "    for loaded in [m for m in sys.modules if m == 'validator' or m.startswith('validator.')]:\n"
              "        del sys.modules[loaded]\n"
              "    try:\n"
              "        importlib.import_module(name)\n"
              "    except Exception as exc:\n"
              "        bad.append(f'{name}: {type(exc).__name__}: {exc}')\n"
              "print('\\n'.join(bad))\n")
    done = subprocess.run([sys.executable, "-c", script, *names], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
