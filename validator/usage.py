"""Usage checks that keep a typo or an empty run from passing the gate.

``check_ids``: every ``--select``/``--ignore`` name must match a rule (an id, or
a prefix of one); a name that matches nothing is a usage error naming the
closest ids, as ruff does.  ``empty_run`` says why a run found no article:
each path skipped and the reason (unknown extension, ignored by a config
glob or by ``.gitignore``, ...).
"""

from __future__ import annotations

import difflib
import os

from validator.discover import unread_files
from validator.errors import UsageError
from validator.report import RunReport
from validator.safe import visible


class EmptyRun(UsageError):
    """No article under the paths given; the message is one line per skipped path."""

    lines = True


def closest(name: str, known: list[str]) -> str:
    """`` (did you mean a, b?)`` with the closest known ids, or nothing."""
    near = difflib.get_close_matches(name.rstrip("*"), known, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(near)}?" if near else "; `provcheck rules` lists them"


def matches(name: str, known: list[str]) -> bool:
    stem = name.rstrip("*")
    return name in known or (bool(stem) and any(k.startswith(stem) for k in known))


def check_ids(option: str, names: list[str] | None, known: list[str]) -> None:
    """A name that matches no rule id or prefix is a usage error."""
    for name in names or []:
        if not matches(name, known):
            raise UsageError(f"{option}: {name!r} matches no rule{closest(name, sorted(known))}")


def empty_run(report: RunReport, paths: list[str], limit: int = 10) -> str:
    """Why no article was found under ``paths`` (the usage error's text)."""
    skipped = [(i.path, i.reason) for i in report.inputs if i.status != "checked"]
    seen = {os.path.normpath(p) for p, _ in skipped}
    skipped += [(p, r) for p, r in unread_files(paths) if os.path.normpath(p) not in seen]
    lines = [f"no article to check in {', '.join(map(visible, paths))}"]
    if not skipped:
        lines[0] += ": no file there"
    else:
        lines[0] += f"; {len(skipped)} path{'s' if len(skipped) != 1 else ''} skipped:"
        lines += [f"  {visible(p)}: {visible(r)}" for p, r in sorted(skipped)[:limit]]
        if len(skipped) > limit:
            lines.append(f"  … and {len(skipped) - limit} more")
    return "\n".join(lines)
