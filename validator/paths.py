"""Paths as rules and reports see them: relative to a root, with forward slashes."""

from __future__ import annotations

import os
from fnmatch import fnmatchcase
from importlib import resources
from pathlib import Path


def rules_dir() -> Path:
    """The folder of the shipped packs and the vocabulary: the installed ``validator.rules``
    package, or ``rules/`` beside the source tree when the package is imported from a
    checkout (the tests run from the repository root, where ``validator`` has no ``rules``)."""
    try:
        folder = Path(str(resources.files("validator.rules")))
    except (ModuleNotFoundError, TypeError):
        folder = Path(__file__).resolve().parent.parent / "rules"
    if not folder.is_dir():
        folder = Path(__file__).resolve().parent.parent / "rules"
    return folder


def relative(path: str, root: str) -> str:
    """``path`` relative to ``root`` with forward slashes, when it lies inside it."""
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return path.replace("\\", "/")
    return path.replace("\\", "/") if rel.startswith("..") else rel.replace("\\", "/")


def path_matches(path: str, globs: list[str]) -> bool:
    """Glob match on a forward-slash path relative to the project root (``*``
    crosses folders, as in ``translations/*``; ``**/`` also matches no folder)."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    for glob in globs:
        if fnmatchcase(path, glob) or fnmatchcase(path, glob.replace("**/", "")):
            return True
    return False
