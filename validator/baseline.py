"""Baselines: accept the findings an archive has today, gate only on new ones.

``provcheck baseline PATHS -o provcheck-baseline.json`` records every
unsuppressed finding (crashes and timeouts excepted) by its fingerprint
(:func:`validator.report.fingerprint`: rule, article id and the excerpt with
whitespace folded and lower-cased — never the line) plus an occurrence index
that tells identical findings in one article apart.  Article ids are made
relative to the baseline file's folder, so the file works from any directory.

``provcheck check --baseline FILE`` marks the findings the file records as
suppressed (``suppression: "baseline"``): they stay in JSON and SARIF, count
as ``baselined`` (and ``suppressed``) in the summary and no longer fail the
run.  An entry that no longer occurs, for an article that was checked in this
run with the entry's rule in force, is reported as a ``baseline-stale`` info
finding located at the entry's line in the baseline file, so it can be deleted
(or the file regenerated).  Entries of articles not checked in the run (other
paths, ``--changed-since``, deleted files) are left alone.

The file is JSON with one entry per line, sorted, so that its diffs review well.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass

from validator import enginefindings, resultstore
from validator.enginefindings import BASELINE_STALE, INPUT_ERROR, NOT_BASELINED, SUPPRESSIBLE
from validator.errors import UsageError
from validator.paths import relative
from validator.report import Finding, RunReport, fingerprint

BASELINE_VERSION = 1
_FINGERPRINT = re.compile(r'"fingerprint":\s*"([^"]*)"')


@dataclass(frozen=True)
class Entry:
    rule: str
    article: str
    text: str
    occurrence: int
    fingerprint: str
    line: int = 0  # in the baseline file


@dataclass(frozen=True)
class Accepted:
    """A baseline file read for ``check --baseline``: its entries and its path."""

    entries: tuple[Entry, ...]
    path: str


def _article_key(article_id: str, base_dir: str) -> str:
    path, sep, record = article_id.rpartition("#")
    if not sep or not record.isdigit():
        path, sep, record = article_id, "", ""
    return relative(path, base_dir) + sep + record


def keyed(findings: list[Finding], base_dir: str) -> list[tuple[Finding, str, int]]:
    """Each baselinable finding with its fingerprint and occurrence index."""
    seen: dict[str, int] = {}
    out = []
    for f in sorted(findings, key=Finding.sort_key):
        if f.suppressed or f.rule in NOT_BASELINED:
            continue
        fp = fingerprint(f.model_copy(update={"article": _article_key(f.article, base_dir)}))
        out.append((f, fp, seen.get(fp, 0)))
        seen[fp] = seen.get(fp, 0) + 1
    return out


def entries(report: RunReport, target: str) -> list[dict]:
    """The baseline entries of the report's unsuppressed findings, for a file at ``target``, sorted."""
    base_dir = os.path.dirname(os.path.abspath(target))
    rows = []
    for f, fp, n in keyed(report.findings, base_dir):
        text = " ".join((f.excerpt or f.message).split())
        rows.append({"rule": f.rule, "article": _article_key(f.article, base_dir),
                     "text": text if len(text) <= 100 else text[:99] + "…", "occurrence": n, "fingerprint": fp})
    rows.sort(key=lambda e: (e["article"], e["rule"], e["fingerprint"], e["occurrence"]))
    return rows


def render(report: RunReport, target: str, rows: list[dict] | None = None) -> str:
    """The baseline file for the report's unsuppressed findings (``rows``: its :func:`entries`)."""
    lines = [json.dumps(e, ensure_ascii=False) for e in (entries(report, target) if rows is None else rows)]
    head = (f'{{\n  "version": {BASELINE_VERSION},\n  "tool": {json.dumps(report.tool.get("name", "provcheck"))},\n'
            f'  "about": "findings accepted when this baseline was made; '
            f'provcheck check --baseline FILE reports only new ones",\n  "findings": [')
    body = ",\n".join("    " + ln for ln in lines)
    return head + ("\n" + body + "\n  ]\n}\n" if lines else "]\n}\n")


def load(path: str) -> Accepted:
    """The entries of a baseline file, each with its line; a usage error if it
    is missing or not a baseline."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        data = json.loads(text)
    except OSError as exc:
        raise UsageError(f"--baseline {path}: cannot read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"--baseline {path}: not a provcheck baseline (not JSON: {exc})") from None
    items = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(items, list) or data.get("version") != BASELINE_VERSION:
        raise UsageError(f"--baseline {path}: not a provcheck baseline (version {BASELINE_VERSION} with "
                         f"a findings list); make one with `provcheck baseline PATHS -o {path}`")
    lines: dict[str, int] = {}  # fingerprint → the line of the file it first stands on
    for n, line in enumerate(text.split("\n"), 1):
        for fp in _FINGERPRINT.findall(line):
            lines.setdefault(fp, n)
    found = []
    for i, item in enumerate(items):
        try:
            entry = Entry(str(item["rule"]), str(item["article"]), str(item.get("text", "")),
                          int(item.get("occurrence", 0)), str(item["fingerprint"]))
        except (KeyError, TypeError, ValueError):
            raise UsageError(f"--baseline {path}: entry {i + 1} lacks rule, article or fingerprint") from None
        found.append(Entry(**{**entry.__dict__, "line": lines.get(entry.fingerprint, 1)}))
    return Accepted(tuple(found), path)


@dataclass(frozen=True)
class _Stub:
    id: str
    status: str


def apply(report: RunReport, accepted: Accepted) -> RunReport:
    """Mark baselined findings suppressed; report stale entries (the last step of
    :func:`validator.postprocess.finish`)."""
    path = accepted.path
    base_dir = os.path.dirname(os.path.abspath(path))
    wanted = {(e.fingerprint, e.occurrence): e for e in accepted.entries}
    matched: set[tuple[str, int]] = set()
    marked: dict[Finding, list[bool]] = {}  # by value: equal findings in the order keyed() met them
    for f, fp, n in keyed(report.findings, base_dir):
        hit = (fp, n) in wanted
        if hit:
            matched.add((fp, n))
        marked.setdefault(f, []).append(hit)
    by_key = {_article_key(a.id, base_dir): _Stub(a.id, a.status) for a in report.articles}
    in_force = {r.id for r in report.rules} | SUPPRESSIBLE
    stale: dict[str, list[Finding]] = {}
    for key, e in sorted(wanted.items(), key=lambda kv: kv[1].line):
        article = by_key.get(e.article)
        if key in matched or article is None or e.rule not in in_force:
            continue
        if article.status != "checked" and e.rule != INPUT_ERROR:
            continue  # no rule ran on an unreadable article
        stale.setdefault(article.id, []).append(Finding(
            rule=BASELINE_STALE, severity="info", article=article.id, path=path, line=e.line,
            message=f"baseline entry no longer occurs: {e.rule} in {e.article}"
                    + (f" ({e.text!r})" if e.text else ""),
            why="the article was checked and the finding this entry records was not found",
            fix=f"delete line {e.line} of {path}, or run `provcheck baseline` again"))
    def mark(f: Finding) -> Finding:
        hits = marked.get(f)
        if hits and hits.pop(0):
            return f.model_copy(update={"suppressed": True, "suppression": "baseline"})
        return f

    def marked_up(a):
        findings = [mark(f) for f in a.findings] + stale.get(a.id, [])
        return a.model_copy(update={"findings": tuple(sorted(findings, key=Finding.sort_key))})

    articles = resultstore.like(report.articles, marked_up)
    rules = (report.rules if not stale or BASELINE_STALE in {r.id for r in report.rules}
             else (*report.rules, enginefindings.info(BASELINE_STALE)))
    return report.model_copy(update={"articles": articles, "rules": rules})
