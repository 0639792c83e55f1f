"""Output formats: one module per format, each with ``render(report) -> str``.

The registry below is the one list of formats; ``--format`` and ``--report``
choose from it by name.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: format name → module under validator.reporters
FORMATS = {
    "text": "text",
    "json": "json_report",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "markdown": "markdown",
    "html": "html",
}


def reporter(name: str) -> ModuleType:
    """The module that renders format ``name``."""
    return importlib.import_module(f"validator.reporters.{FORMATS[name]}")
