"""A Markdown summary for a pull-request comment or a GitHub job summary.

A heading that says whether the run passes at its ``fail_on`` threshold, the
compliant count, tables of unsuppressed findings by severity and by rule, and
one table per non-compliant article listing its findings (file:line, severity,
rule, message).  An article's table is folded into ``<details>`` when it has
more than 5 findings or the run has more than 20 articles, so a big batch stays
readable.  Text from articles is escaped so that it can neither break a table
nor be taken as Markdown or HTML, and ``@name`` or ``@org/team`` mentions are
broken with a zero-width joiner after the ``@`` so that a comment never
notifies anyone an article names.
"""

from __future__ import annotations

import html
import re

from ..report import ArticleResult, Finding, RunReport
from ..enginefindings import infos

FOLD_FINDINGS = 5
FOLD_ARTICLES = 20
SEVERITIES = ("error", "warning", "info")
ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"([\\`*_\[\]|#~])")
_MENTION = re.compile(r"@(?=[A-Za-z0-9])")
ZWJ = "\u200d"


def _unmention(text: str) -> str:
    return _MENTION.sub("@" + ZWJ, text)


def escape(text: str) -> str:
    """``text`` safe inside a table cell: one line, no Markdown or HTML."""
    text = _unmention(_CONTROL.sub("", text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKUP.sub(r"\\\1", text)
    return "<br>".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def render(report: RunReport) -> str:
    """The report as GitHub-flavoured Markdown (ending with a newline)."""
    summary = report.summary()
    verdict = report.verdict
    total, compliant = summary["articles"], summary["compliant"]
    status = "✅ passed" if verdict.passed else "❌ failed"
    lines = [f"## provcheck: {status}", ""]
    if verdict.reasons:
        lines += [f"Failed: {escape('; '.join(r.message for r in verdict.reasons))}", ""]
    counts = " · ".join(_plural(summary["by_severity"][s], s) for s in SEVERITIES)
    lines.append(
        f"**{compliant}/{total}** articles compliant · {counts} · "
        f"{summary['suppressed']} suppressed · fails on `{report.fail_on}`"
    )
    lines.append("")
    lines += ["| Severity | Findings |", "| --- | ---: |"]
    lines += [f"| {ICONS[s]} {s} | {summary['by_severity'][s]} |" for s in SEVERITIES]
    lines.append("")
    if summary["by_rule"]:
        titles = {r.id: r.title for r in (*infos(), *report.rules)}
        lines += ["| Rule | Title | Findings |", "| --- | --- | ---: |"]
        for rule, count in summary["by_rule"].items():
            lines.append(f"| {escape(rule)} | {escape(titles.get(rule, ''))} | {count} |")
        lines.append("")
    failing = [a for a in report.articles if not a.compliant]
    if failing:
        lines += ["### Non-compliant articles", ""]
        fold_all = total > FOLD_ARTICLES
        for article in failing:
            lines += _article(article, fold_all)
    return "\n".join(lines).rstrip("\n") + "\n"


def _article(article: ArticleResult, fold_all: bool) -> list[str]:
    findings = sorted((f for f in article.findings if not f.suppressed), key=Finding.sort_key)
    count = _count(findings)
    if not findings:
        return [f"#### {escape(article.id)} — {count}", ""]
    table = ["| File | Severity | Rule | Message |", "| --- | --- | --- | --- |"]
    table += [_row(f) for f in findings]
    if fold_all or len(findings) > FOLD_FINDINGS:
        # Inside an HTML block GitHub shows backslashes literally: HTML-escape only.
        label = html.escape(_unmention(_CONTROL.sub("", article.id)).replace("\n", " "), quote=False)
        return [f"<details><summary>{label} — {count}</summary>", "", *table, "", "</details>", ""]
    return [f"#### {escape(article.id)} — {count}", "", *table, ""]


def _row(f: Finding) -> str:
    where = escape(f"{f.path}:{f.line}")
    return f"| {where} | {ICONS[f.severity]} {f.severity} | {escape(f.rule)} | {escape(f.message)} |"


def _count(findings: list[Finding]) -> str:
    return _plural(len(findings), "finding") if findings else "could not be checked"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 or noun == "info" else f"{n} {noun}s"
