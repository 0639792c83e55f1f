"""Terminal text: findings grouped by file, ``path:line:col severity rule message``.

Colour (severity and rule) only when asked, which the command line does when
standard output is a terminal and ``NO_COLOR`` is not set.  A summary line with
the run's verdict closes the output.  Paths, messages and every other text from
the input show control characters as visible escapes (``\x1b``, ``\n``), so a
file name can neither drive the terminal nor forge a CI log line.
"""

from __future__ import annotations

from validator.report import RunReport
from validator.safe import visible

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _clean(text: str) -> str:
    """One line (whitespace folded), control characters as visible escapes."""
    return visible(" ".join(text.split()))


def render(report: RunReport, colour: bool = False, verbose: bool = False) -> str:
    out: list[str] = []
    current = None
    for f in report.findings:
        if f.suppressed and not verbose:
            continue
        if f.path != current:
            if current is not None:
                out.append("")
            out.append(f"{_BOLD}{visible(f.path)}{_RESET}" if colour else visible(f.path))
            current = f.path
        severity = f"{_COLOURS[f.severity]}{f.severity}{_RESET}" if colour else f.severity
        rule = f"{_DIM}{visible(f.rule)}{_RESET}" if colour else visible(f.rule)
        where = f.article[len(f.path):] if f.article.startswith(f.path + "#") else ""
        mark = f" (suppressed: {_clean(f.suppression or 'no reason')})" if f.suppressed else ""
        out.append(f"{visible(f.path + where)}:{f.line}:{f.column} {severity} {rule} {_clean(f.message)}{mark}")
        if verbose:
            if f.excerpt:
                out.append(f"    | {_clean(f.excerpt)}")
            if f.why:
                out.append(f"    why: {_clean(f.why)}")
            if f.fix:
                out.append(f"    fix: {_clean(f.fix)}")
    s = report.summary()
    counts = s["by_severity"]
    line = (f"{s['articles']} article{'s' if s['articles'] != 1 else ''} checked, {s['compliant']} compliant; "
            f"{counts['error']} error{'s' if counts['error'] != 1 else ''}, "
            f"{counts['warning']} warning{'s' if counts['warning'] != 1 else ''}, {counts['info']} info")
    if s["suppressed"]:
        line += f"; {s['suppressed']} suppressed"
    inputs = s["inputs"]
    if inputs["excluded"] or inputs["error"]:
        line += f" ({inputs['excluded']} excluded, {inputs['error']} unreadable of {inputs['total']} inputs)"
    line += f" — {report.verdict.explain()}"
    if out:
        out.append("")
    out.append(line)
    return "\n".join(out) + "\n"
