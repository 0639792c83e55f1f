"""What a run produces: findings, per-article results and the run report.

These are plain, immutable values.  The engine builds them; reporters read
them through :meth:`RunReport.as_records`, the one plain-record view that the
JSON, SARIF, JUnit and other machine formats share.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: Version of the JSON report schema (docs/report-format.md).  Bump it on any
#: change of the report's shape.
REPORT_VERSION = "1.1"

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

#: Rule ids the engine itself reports (not defined in any pack).
INPUT_ERROR = "input-error"
INTERNAL_ERROR = "internal-error"
INTERNAL_TIMEOUT = "internal-timeout"


class _Value(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Finding(_Value):
    """One problem found in one article, with where it stands and why."""

    rule: str
    severity: Severity
    message: str
    article: str
    path: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    excerpt: str = ""
    why: str = ""
    fix: str | None = None
    suppressed: bool = False
    suppression: str | None = None

    def sort_key(self) -> tuple:
        return (self.path, self.article, self.line, self.column, self.rule, self.message)


class Fact(_Value):
    """A derived fact about an article and the reason it holds."""

    value: Any
    reason: str


class Evidence(_Value):
    """Something a rule found that shows provenance is present."""

    kind: str  # disclaimer, source-outlet, photo-credit, wire-credit, source-author, ...
    text: str
    line: int
    column: int = 1
    data: dict[str, Any] = Field(default_factory=dict)

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.kind, self.text)


class RuleRun(_Value):
    """Whether a rule ran on an article, and if not, why not."""

    rule: str
    status: Literal["passed", "failed", "skipped", "error"]
    reason: str = ""


class ArticleResult(_Value):
    id: str
    path: str
    format: str
    status: Literal["checked", "error"] = "checked"
    title: str | None = None
    lang: str | None = None
    facts: dict[str, Fact] = Field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    findings: tuple[Finding, ...] = ()
    rules: tuple[RuleRun, ...] = ()

    @property
    def compliant(self) -> bool:
        """No unsuppressed finding at error or warning level."""
        return self.status == "checked" and not any(
            not f.suppressed and f.severity in ("error", "warning") for f in self.findings
        )


class InputRecord(_Value):
    """One path given or discovered, and what became of it."""

    path: str
    status: Literal["checked", "excluded", "error"]
    reason: str = ""
    articles: int = 0


class RuleInfo(_Value):
    """The active policy's view of one rule (for SARIF drivers, docs links)."""

    id: str
    title: str
    severity: Severity
    kind: str
    docs: str = ""


class RunReport(_Value):
    tool: dict[str, str]
    inputs: tuple[InputRecord, ...] = ()
    articles: tuple[ArticleResult, ...] = ()
    rules: tuple[RuleInfo, ...] = ()
    fail_on: str = "error"

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for a in self.articles for f in a.findings), key=Finding.sort_key)

    def summary(self) -> dict[str, Any]:
        by_severity = {"error": 0, "warning": 0, "info": 0}
        by_rule: dict[str, int] = {}
        suppressed = 0
        for f in self.findings:
            if f.suppressed:
                suppressed += 1
                continue
            by_severity[f.severity] += 1
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
        inputs = {"checked": 0, "excluded": 0, "error": 0}
        for i in self.inputs:
            inputs[i.status] += 1
        return {
            "articles": len(self.articles),
            "compliant": sum(1 for a in self.articles if a.compliant),
            "findings": sum(by_severity.values()),
            "suppressed": suppressed,
            "by_severity": by_severity,
            "by_rule": dict(sorted(by_rule.items())),
            "inputs": {"total": len(self.inputs), **inputs},
        }

    def as_records(self, articles: bool = True) -> dict[str, Any]:
        """The report as plain JSON-ready data (the documented JSON schema);
        without the articles when ``articles`` is false."""
        records = {
            "version": REPORT_VERSION,
            "tool": dict(self.tool),
            "fail_on": self.fail_on,
            "summary": self.summary(),
            "inputs": [i.model_dump() for i in self.inputs],
        }
        if articles:
            records["articles"] = [a.model_dump(mode="json") for a in self.articles]
        return records


def fingerprint(f: Finding) -> str:
    """sha256 of rule, article id and the excerpt with whitespace folded and
    lower-cased (the message when there is no excerpt); never the line, so it
    survives text being added above the finding (SARIF fingerprints, baselines)."""
    text = f.excerpt or f.message
    normalised = " ".join(text.split()).lower()
    return hashlib.sha256("\0".join((f.rule, f.article, normalised)).encode("utf-8")).hexdigest()


def exit_code(report: RunReport, fail_on: str = "error", max_warnings: int | None = None) -> int:
    """0 when nothing unsuppressed is at or above ``fail_on``, 1 when something is,
    2 when a check crashed (an internal error must never look like a clean run)."""
    findings = [f for f in report.findings if not f.suppressed]
    if any(f.rule == INTERNAL_ERROR for f in findings):
        return 2
    if max_warnings is not None and sum(f.severity == "warning" for f in findings) > max_warnings:
        return 1
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else 0
