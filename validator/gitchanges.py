"""``--changed-since REF``: the files added or modified since a git ref.

The comparison is from the merge base of ``REF`` and ``HEAD`` (what a pull
request changes: ``git merge-base REF HEAD``) to the working tree, so it
covers committed, staged and unstaged edits; files git does not track yet are
not included.  Renames are followed (``-M``: the new path is checked), deleted
files are ignored.  The result is the set of changed files as absolute, real
paths, which :func:`validator.engine.run` takes as ``only``: every other
discovered file is reported as excluded.

A ref git does not know, a path outside a repository or a missing ``git`` is
a usage error (exit code 2) that repeats git's own message.
"""

from __future__ import annotations

import os
import subprocess

from validator.errors import UsageError


def _git(args: list[str], cwd: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, and no `git` command was found") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed"
        raise UsageError(f"--changed-since: {message}")
    return done.stdout.decode("utf-8", "surrogateescape")


def _start(paths: list[str]) -> str:
    first = os.path.abspath(paths[0] if paths else ".")
    return first if os.path.isdir(first) else os.path.dirname(first)


def merge_base(ref: str, cwd: str) -> str:
    """The commit where ``HEAD`` left ``ref`` (``git merge-base REF HEAD``)."""
    if ref.startswith("-"):
        raise UsageError(f"--changed-since: {ref!r} is not a git ref")
    return _git(["merge-base", ref, "HEAD"], cwd).strip()


def parse_name_status(output: str) -> list[str]:
    """New paths of added, copied, modified, renamed and retyped files in
    ``git diff --name-status -z`` output (deleted files are left out)."""
    fields = output.split("\0")
    changed: list[str] = []
    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i]
        if status[:1] in "RC":  # rename/copy: score, old path, new path
            changed.append(fields[i + 2])
            i += 3
            continue
        if status[:1] != "D":
            changed.append(fields[i + 1])
        i += 2
    return changed


def changed_files(ref: str, paths: list[str]) -> set[str]:
    """Real absolute paths of the files changed since ``ref``'s merge base with
    ``HEAD``, in the repository that holds the first of ``paths``."""
    cwd = _start(paths)
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    base = merge_base(ref, cwd)
    diff = _git(["diff", "--name-status", "-z", "-M", "--no-ext-diff", base, "--"], top)
    return {os.path.realpath(os.path.join(top, p)) for p in parse_name_status(diff)}
