"""What ``.gitignore`` excludes under a folder, asked of git itself.

Inside a git work tree, ``git ls-files --others --ignored --exclude-standard
--directory -z`` lists the untracked files and whole folders that git ignores
(nested ``.gitignore`` files, ``.git/info/exclude`` and the user's global
excludes all count), with one process per folder walked.  We ask git rather
than re-implement its rules with the ``pathspec`` library: git is already
there whenever there is a work tree, ``--changed-since`` uses it too, and only
git knows the global and per-repository exclude files and the negation and
anchoring details exactly.  Outside a work tree, or without ``git``, nothing is
ignored.  Tracked files are never ignored (git itself checks them).
"""

from __future__ import annotations

import os
import subprocess


def ignored(top: str) -> set[str]:
    """Absolute, normalised paths of the files and folders git ignores under ``top``."""
    try:
        inside = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=top,
                                capture_output=True, check=False)
        if inside.returncode != 0 or inside.stdout.strip() != b"true":
            return set()
        done = subprocess.run(["git", "ls-files", "--others", "--ignored", "--exclude-standard",
                               "--directory", "-z", "--", "."], cwd=top, capture_output=True, check=False)
    except OSError:  # no git
        return set()
    if done.returncode != 0:
        return set()
    base = os.path.abspath(top)
    return {os.path.normpath(os.path.join(base, os.fsdecode(p)))
            for p in done.stdout.split(b"\0") if p}
