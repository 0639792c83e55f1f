"""Paths as rules and reports see them: relative to a root, with forward slashes."""

from __future__ import annotations

import os
from fnmatch import fnmatchcase


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
