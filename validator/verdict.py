"""The run's one verdict: passed or failed, and why.

Computed once from the report's unsuppressed findings, its ``fail_on``
threshold and its ``max_warnings`` limit; the exit code and every reporter
read it (``RunReport.verdict``), so no output can say "passed" for a run
that exits 1.  Reasons, in this order:

- ``internal-error``: a check crashed (exit 2: its result is unknown);
- ``max-warnings``: more warnings than ``--max-warnings`` allows (exit 1);
- ``threshold``: findings at or above ``--fail-on`` (exit 1).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}
INTERNAL_ERROR = "internal-error"


class Reason(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["internal-error", "max-warnings", "threshold"]
    message: str


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    passed: bool
    exit_code: int
    reasons: tuple[Reason, ...] = ()

    @property
    def status(self) -> str:
        return "passed" if self.passed else "failed"

    def explain(self) -> str:
        """``passed`` or ``failed: reason; reason``."""
        return self.status + (": " + "; ".join(r.message for r in self.reasons) if self.reasons else "")


def fails(severity: str, fail_on: str) -> bool:
    """Whether one unsuppressed finding of ``severity`` fails the run at ``fail_on``."""
    return fail_on != "never" and SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]


def judge(findings, fail_on: str = "error", max_warnings: int | None = None) -> Verdict:
    """The verdict over ``findings`` (suppressed ones are ignored)."""
    crashed, by_severity = 0, {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        if not f.suppressed:
            crashed += f.rule == INTERNAL_ERROR
            by_severity[f.severity] += 1
    return decide(crashed, by_severity, fail_on, max_warnings)


def decide(crashed: int, by_severity: dict[str, int], fail_on: str = "error",
           max_warnings: int | None = None) -> Verdict:
    """The verdict from the counts of unsuppressed findings: ``crashed`` internal
    errors and the number at each severity.  The one place a run is judged: :func:`judge`
    counts a report's findings, ``report.Tally`` counts a streamed run's, both come here."""
    reasons = []
    if crashed:
        reasons.append(Reason(kind="internal-error", message=f"{_n(crashed, 'check')} crashed (internal-error)"))
    warnings = by_severity.get("warning", 0)
    if max_warnings is not None and warnings > max_warnings:
        reasons.append(Reason(kind="max-warnings",
                              message=f"{_n(warnings, 'warning')}, over --max-warnings {max_warnings}"))
    at = sum(n for severity, n in by_severity.items() if fails(severity, fail_on))
    if at:
        reasons.append(Reason(kind="threshold", message=f"{_n(at, 'finding')} at or above --fail-on {fail_on}"))
    code = 2 if crashed else 1 if reasons else 0
    return Verdict(passed=not reasons, exit_code=code, reasons=tuple(reasons))


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
