"""Find the inputs of a run: every path given or discovered, and what becomes of it.

Directories are walked recursively (hidden folders such as ``.git`` are
skipped) for the extensions the readers support.  Dependency folders
(``node_modules``, a virtual environment such as ``.venv`` or ``venv``) and,
inside a git work tree, what ``.gitignore`` excludes are not walked: they are
recorded as excluded with the reason.  A folder reached again
through a symbolic link loop is recorded as excluded, not walked twice.
A path that does not exist is a usage error.  Paths matching the config's
``ignore`` globs are recorded as excluded with the glob that excluded them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from validator import gitignore
from validator.errors import UsageError
from validator.paths import path_matches, relative
from validator.readers import reader_for
from validator.report import InputRecord


def _classify(path: str, ignore: list[str], root: str) -> InputRecord:
    rel = relative(path, root)
    for glob in ignore:
        if path_matches(rel, [glob]):
            return InputRecord(path=path, status="excluded", reason=f"ignored by the config pattern {glob!r}")
    if reader_for(path) is None:
        return InputRecord(path=path, status="error", reason=f"no reader for this file type ({Path(path).suffix or 'no extension'})")
    return InputRecord(path=path, status="checked")


def discover(paths: list[str], ignore: list[str] | None = None, root: str = ".") -> list[InputRecord]:
    """Every input under ``paths``, sorted by path, each with its status."""
    ignore = ignore or []
    #: keyed by the normalised path, so that a file given twice (``a.md``, ``./a.md``, and
    #: inside a folder also given) is one input
    records: dict[str, InputRecord] = {}
    for given in paths:
        if not os.path.lexists(given):
            raise UsageError(f"no such file or directory: {given}")
        if os.path.isdir(given):
            _walk(given, ignore, root, records)
        elif os.path.isfile(given):
            records.setdefault(os.path.normpath(given), _classify(given, ignore, root))
        else:
            records[os.path.normpath(given)] = InputRecord(path=given, status="error", reason=_not_regular(given))
    return [records[p] for p in sorted(records)]


def _not_regular(path: str) -> str:
    """Why a path that exists is not a file that can be read."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"broken symbolic link ({exc.strerror})" if os.path.islink(path) else f"cannot read: {exc.strerror}"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


#: folders of installed dependencies, never articles
DEPENDENCY_FOLDERS = frozenset({"node_modules", "bower_components", "__pycache__", "site-packages"})


def skipped_folder(folder: str, name: str) -> str | None:
    """Why a folder is not walked (dependencies, a virtual environment), or None."""
    path = os.path.join(folder, name)
    if name in DEPENDENCY_FOLDERS:
        return f"dependency folder ({name}) not walked"
    if os.path.isfile(os.path.join(path, "pyvenv.cfg")):
        return "Python virtual environment not walked"
    return None


def _walk(top: str, ignore: list[str], root: str, records: dict[str, InputRecord]) -> None:
    seen: set[tuple[int, int]] = set()
    git_ignored = gitignore.ignored(top)
    for folder, dirs, files in os.walk(top, followlinks=True, onerror=lambda e: _unreadable(e, records)):
        try:
            st = os.stat(folder)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            records[os.path.normpath(folder)] = InputRecord(
                path=folder, status="excluded", reason="folder reached again through a symbolic link loop")
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        kept = []
        for d in sorted(dirs):
            sub_path = os.path.normpath(os.path.join(folder, d))
            why = skipped_folder(folder, d)
            if why is None and os.path.abspath(sub_path) in git_ignored:
                why = "folder ignored by .gitignore"
            if why is not None:
                records[sub_path] = InputRecord(path=sub_path, status="excluded", reason=why)
            elif not d.startswith("."):
                kept.append(d)
        dirs[:] = kept
        rel_folder = relative(folder, root)
        glob = next((g for g in ignore if path_matches(rel_folder + "/", [g]) or path_matches(rel_folder, [g])), None)
        if folder != top and glob is not None:
            records[os.path.normpath(folder)] = InputRecord(
                path=folder, status="excluded", reason=f"folder ignored by the config pattern {glob!r}")
            dirs[:] = []
            continue
        for name in sorted(files):
            path = os.path.normpath(os.path.join(folder, name))  # "./x.md" -> "x.md"
            if name.startswith(".") or reader_for(path) is None:
                continue
            if os.path.abspath(path) in git_ignored:
                records[path] = InputRecord(path=path, status="excluded", reason="ignored by .gitignore")
                continue
            if not os.path.isfile(path):
                records[os.path.normpath(path)] = InputRecord(path=path, status="error", reason=_not_regular(path))
                continue
            records.setdefault(os.path.normpath(path), _classify(path, ignore, root))


def _unreadable(error: OSError, records: dict[str, InputRecord]) -> None:
    path = error.filename or "?"
    records[os.path.normpath(path)] = InputRecord(path=path, status="error",
                                                  reason=f"cannot list folder: {error.strerror}")


def unread_files(paths: list[str], limit: int = 1000) -> list[tuple[str, str]]:
    """Files under ``paths`` that a walk passes over without a record, and why
    (for the message of a run that found no article)."""
    out: list[tuple[str, str]] = []
    for given in paths:
        if not os.path.isdir(given):
            continue
        for folder, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and skipped_folder(folder, d) is None)
            for name in sorted(files):
                path = os.path.normpath(os.path.join(folder, name))
                if name.startswith("."):
                    out.append((path, "hidden file"))
                elif reader_for(path) is None:
                    out.append((path, f"no reader for this file type ({Path(name).suffix or 'no extension'})"))
                if len(out) >= limit:
                    return out
    return out
