"""GitHub Actions workflow commands: one annotation per unsuppressed finding.

``::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE``
(``warning`` for warnings, ``notice`` for info), which the runner shows on the
pull request's changed lines.  The message carries the finding's message, why
the rule applied and the fix hint, one per line.  Data and property values are
escaped the way the runner decodes them.

:func:`job_summary` gives the Markdown summary that the CLI appends to the file
named by ``GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

import re

from ..report import Finding, RunReport
from . import markdown

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF (other control characters,
    which the runner's log would show raw, are dropped)."""
    text = _CONTROL.sub("", text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    """The workflow command for one finding."""
    props = [("file", f.path.replace("\\", "/")), ("line", str(f.line)), ("col", str(f.column))]
    if f.end_line is not None:
        props.append(("endLine", str(f.end_line)))
    if f.end_column is not None:
        props.append(("endColumn", str(f.end_column)))
    props.append(("title", f.rule))
    message = f.message
    if f.why:
        message += f"\nWhy: {f.why}"
    if f.fix:
        message += f"\nFix: {f.fix}"
    properties = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[f.severity]} {properties}::{escape_data(message)}"


def render(report: RunReport) -> str:
    """One workflow command per line, for every unsuppressed finding."""
    return "".join(annotation(f) + "\n" for f in report.findings if not f.suppressed)


def job_summary(report: RunReport) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY`` (the PR-comment summary)."""
    return markdown.render(report)
