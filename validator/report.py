"""What a run produces: findings, per-article results and the run report.

These are plain, immutable values.  The engine builds them; reporters read
them through :meth:`RunReport.as_records`, the one plain-record view that the
JSON, SARIF, JUnit and other machine formats share.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import Field

# engine.py and detect/ import these names from here (kept until the batch-runner
# and detection branches land; new code imports validator.model / enginefindings)
from validator.enginefindings import INTERNAL_ERROR
from validator.model import Evidence, Fact, RuleInfo, Severity
from validator.model import Value as _Value
from validator.verdict import SEVERITY_RANK, Verdict, decide, judge

#: Version of the JSON report schema (docs/report-format.md).  Bump it on any
#: change of the report's shape.
REPORT_VERSION = "1.1"


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


class Tally:
    """The report's summary counted one article at a time (a streamed run keeps
    only this, not the articles); :meth:`RunReport.summary` counts through it too."""

    def __init__(self) -> None:
        self.articles = 0
        self.compliant = 0
        self.suppressed = 0
        self.by_severity = {"error": 0, "warning": 0, "info": 0}
        self.by_rule: dict[str, int] = {}
        self.crashed = 0

    def add(self, article: "ArticleResult") -> None:
        self.articles += 1
        self.compliant += article.compliant
        for f in article.findings:
            if f.suppressed:
                self.suppressed += 1
                continue
            self.by_severity[f.severity] += 1
            self.by_rule[f.rule] = self.by_rule.get(f.rule, 0) + 1
            self.crashed += f.rule == INTERNAL_ERROR

    def summary(self, inputs: "tuple[InputRecord, ...] | list[InputRecord]") -> dict[str, Any]:
        counts = {"checked": 0, "excluded": 0, "error": 0}
        for i in inputs:
            counts[i.status] += 1
        return {
            "articles": self.articles,
            "compliant": self.compliant,
            "findings": sum(self.by_severity.values()),
            "suppressed": self.suppressed,
            "by_severity": dict(self.by_severity),
            "by_rule": dict(sorted(self.by_rule.items())),
            "inputs": {"total": len(inputs), **counts},
        }

    def verdict(self, fail_on: str = "error", max_warnings: int | None = None) -> Verdict:
        """The run's verdict from these counts (:func:`validator.verdict.decide`, the one judge)."""
        return decide(self.crashed, self.by_severity, fail_on, max_warnings)


class RunReport(_Value):
    tool: dict[str, str]
    inputs: tuple[InputRecord, ...] = ()
    articles: tuple[ArticleResult, ...] = ()
    rules: tuple[RuleInfo, ...] = ()
    fail_on: str = "error"
    max_warnings: int | None = None

    @property
    def verdict(self) -> Verdict:
        """The run's one verdict (exit code and every reporter read it), from the
        counts of :class:`Tally` (the same as a streamed run's)."""
        return self.tally().verdict(self.fail_on, self.max_warnings)

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for a in self.articles for f in a.findings), key=Finding.sort_key)

    def tally(self) -> Tally:
        counted = getattr(self.articles, "counted", None)  # a CompactResults counts as it keeps
        if counted is not None:
            return counted()
        tally = Tally()
        for a in self.articles:
            tally.add(a)
        return tally

    def summary(self) -> dict[str, Any]:
        return self.tally().summary(self.inputs)

    def as_records(self, articles: bool = True, inputs: bool = True) -> dict[str, Any]:
        """The report as plain JSON-ready data (the documented JSON schema);
        without the articles (or the inputs) when ``articles`` (``inputs``) is false:
        a writer then takes them one at a time from ``self.articles`` (``self.inputs``)."""
        records = {
            "version": REPORT_VERSION,
            "tool": dict(self.tool),
            "fail_on": self.fail_on,
            "max_warnings": self.max_warnings,
            "verdict": self.verdict.model_dump(mode="json"),
            "summary": self.summary(),
        }
        if inputs:
            records["inputs"] = [i.model_dump() for i in self.inputs]
        if articles:
            records["articles"] = [a.model_dump(mode="json") for a in self.articles]
        return records


def fingerprint(f: Finding) -> str:
    """sha256 of rule, article id and the excerpt with whitespace folded and
    lower-cased (the message when there is no excerpt); never the line, so it
    survives text being added above the finding (SARIF fingerprints, baselines)."""
    text = f.excerpt or f.message
    normalised = " ".join(text.split()).lower()
    return hashlib.sha256("\0".join((f.rule, f.article, normalised)).encode("utf-8", "surrogatepass")).hexdigest()


def exit_code(report: RunReport, fail_on: str | None = None, max_warnings: int | None = None) -> int:
    """0 when the run passes, 1 when findings fail it, 2 when a check crashed (an
    internal error must never look like a clean run): the verdict's exit code,
    at ``fail_on``/``max_warnings`` when given instead of the report's own."""
    update = {}
    if fail_on is not None:
        update["fail_on"] = fail_on
    if max_warnings is not None:
        update["max_warnings"] = max_warnings
    return (report.model_copy(update=update) if update else report).verdict.exit_code
