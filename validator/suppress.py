"""Suppressions: findings an editor has decided to accept, with the reason why.

Three forms, most specific first:

- **Comments** in Markdown and HTML (readers keep them in
  ``Article.comments``, each with its line)::

      <!-- provcheck-disable-next-line photo-credit -- credit is in the CMS -->
      <!-- provcheck-disable scrape-residue, title-repeated -- quoted page, kept on purpose -->
      ...
      <!-- provcheck-enable scrape-residue, title-repeated -->

  Ids are separated by commas (or spaces); no id means every rule.  The reason
  follows `` -- ``.  ``disable-next-line`` covers the next line that holds
  article content (blank lines and other comments are skipped).  ``disable``
  covers everything down to the matching ``provcheck-enable`` (or the end of
  the file); ``provcheck-enable`` without ids ends every open ``disable``.
- **Front matter** (or the record's metadata in JSON), for the whole article::

      provcheck: {ignore: [source-link], reason: "the original is print-only"}

  ``ignore: all`` suppresses every rule.
- **Config** by path glob (``provcheck.yaml``)::

      suppress:
        - paths: ["archive/2019/**"]
          rules: [photo-credit]          # omit for every rule
          reason: "pre-2020 photos are credited in the CMS"

A suppressed finding stays in the report with ``suppressed: true`` and
``suppression`` set to the reason (``config suppress #N: reason`` for the
config, so SARIF marks it ``external``).  Two findings about suppressions
themselves: ``suppression-without-reason`` (warning) and
``unused-suppression`` (info: it names a rule that is not in force, or
suppressed nothing in a run where its rule ran).  ``internal-error`` and
``internal-timeout`` are never suppressed.  A comment that starts with
``provcheck-`` but is no directive is an ``input-warning``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable

from validator import resultstore
from validator.article import Article
from validator.paths import path_matches, relative
from validator import enginefindings
from validator.enginefindings import (INPUT_WARNING, INTERNAL_ERROR, INTERNAL_TIMEOUT, SUPPRESSION_WITHOUT_REASON,
                                       UNSUPPRESSIBLE, UNUSED_SUPPRESSION)
from validator.report import Finding, RunReport

#: engine ids a suppression may name besides the policy's rules
ENGINE_IDS = enginefindings.SUPPRESSIBLE
#: the findings this module makes about suppressions themselves
META_RULES = (SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION)

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_DIRECTIVE = re.compile(r"\s*provcheck-(disable-next-line|disable|enable)(?![\w-])(.*)\Z", re.S | re.I)
_OURS = re.compile(r"\s*provcheck\s*[-:]", re.I)
_REASON = re.compile(r"(?:^|\s)--(?:\s|$)")
_ALL = ("all", "*")


@dataclass
class Suppression:
    """One suppression: which rules (``()`` = every rule), which lines, why."""

    source: str  # "comment", "front matter" or "config"
    where: str  # how the user finds it: "provcheck-disable on line 9"
    rules: tuple[str, ...]
    reason: str
    line: int = 1
    first: int = 1
    last: float = float("inf")
    label: str | None = None  # the finding's suppression text
    used: set[str] = field(default_factory=set)

    def covers(self, f: Finding) -> bool:
        if f.rule in UNSUPPRESSIBLE or (self.rules and f.rule not in self.rules):
            return False
        return self.first <= f.line <= self.last or (f.end_line is not None and f.line <= self.first <= f.end_line)


WHY = {
    SUPPRESSION_WITHOUT_REASON: "a suppression hides findings from the gate; it must say why that is right",
    UNUSED_SUPPRESSION: "a suppression that covers nothing is stale or misspelt, and would hide a later finding",
    INPUT_WARNING: "provcheck reads suppressions from comments and metadata",
}


def _warning(article: Article, rule: str, message: str, line: int, severity: str = "warning",
             fix: str | None = None) -> Finding:
    return Finding(rule=rule, severity=severity, message=message, article=article.id, path=article.path,
                   line=line, column=1, why=WHY[rule], fix=fix)


def _ids(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x for x in re.split(r"[\s,]+", text) if x))


def _content_lines(article: Article) -> list[int]:
    lines = {b.line for b in article.blocks} | {s[1] for b in article.blocks for s in b.segments}
    lines |= {i.line for i in article.images} | {i.credit_line for i in article.images if i.credit_line}
    return sorted(lines)


def from_comments(article: Article) -> tuple[list[Suppression], list[Finding]]:
    """Suppressions in the article's comments, and problems with them."""
    if not article.comments:
        return [], []
    out: list[Suppression] = []
    problems: list[Finding] = []
    open_: list[Suppression] = []
    content: list[int] | None = None
    for comment in article.comments:
        text, start = comment.text, comment.line
        if "<!--" not in text:  # a reader that keeps only the comment's inside
            text = f"<!--{text}-->"
        for m in _COMMENT.finditer(text):
            line = start + text.count("\n", 0, m.start())
            end = line + m.group(0).count("\n")
            d = _DIRECTIVE.match(m.group(1))
            if d is None:
                if _OURS.match(m.group(1)):
                    problems.append(_warning(article, INPUT_WARNING, f"unknown provcheck directive on line {line}: "
                                             f"{' '.join(m.group(1).split())[:80]!r}", line,
                                             fix="write provcheck-disable-next-line, provcheck-disable or "
                                                 "provcheck-enable, then rule ids, then ' -- reason'"))
                continue
            kind = d.group(1).lower()
            ids_text, *rest = _REASON.split(d.group(2), maxsplit=1)
            rules, reason = _ids(ids_text), " ".join(rest[0].split()) if rest else ""
            directive = f"provcheck-{kind}" + (f" {','.join(rules)}" if rules else "")
            if kind == "enable":
                closing = [s for s in open_ if (not rules) or (s.rules and s.rules[0] in rules)]
                for s in closing:
                    s.last = line
                    open_.remove(s)
                if not closing:
                    problems.append(_warning(article, UNUSED_SUPPRESSION, f"{directive} on line {line} ends no open "
                                             f"provcheck-disable", line, "info",
                                             fix="delete it, or add the provcheck-disable it should end"))
                continue
            if kind == "disable-next-line":
                if content is None:
                    content = _content_lines(article)
                i = bisect.bisect_right(content, end)
                target = content[i] if i < len(content) else end + 1
                first, last, where = target, float(target), f"{directive} on line {line} (covers line {target})"
            else:
                first, last, where = line, float("inf"), f"{directive} on line {line}"
            for rule_set in [(r,) for r in rules] or [()]:
                s = Suppression("comment", where, rule_set, reason, line, first, last, reason or None)
                out.append(s)
                if kind == "disable":
                    open_.append(s)
    return out, problems


def from_front_matter(article: Article) -> tuple[list[Suppression], list[Finding]]:
    """The article-wide suppression of metadata ``provcheck: {ignore, reason}``."""
    raw = article.meta.get("provcheck") if isinstance(article.meta, dict) else None
    if raw is None:
        return [], []
    ignore = raw.get("ignore") if isinstance(raw, dict) else None
    reason = raw.get("reason", "") if isinstance(raw, dict) else ""
    if isinstance(ignore, str):
        ignore = [ignore] if ignore.strip().lower() in _ALL else list(_ids(ignore))
    ok = (isinstance(raw, dict) and not set(raw) - {"ignore", "reason"} and isinstance(reason, str)
          and isinstance(ignore, list) and ignore and all(isinstance(i, str) for i in ignore))
    if not ok:
        return [], [_warning(article, INPUT_WARNING, "metadata provcheck should be {ignore: [rule ids] or all, "
                             "reason: text}; it is not read as a suppression", 1,
                             fix='write provcheck: {ignore: [photo-credit], reason: "credit is in the CMS"}')]
    rules = () if any(i.strip().lower() in _ALL for i in ignore) else _ids(",".join(ignore))
    reason = " ".join(reason.split())
    where = "metadata provcheck.ignore" + (f" {','.join(rules)}" if rules else " all")
    return [Suppression("front matter", where, (r,), reason, label=reason or None) for r in rules] or \
        [Suppression("front matter", where, (), reason, label=reason or None)], []


def from_config(config_suppress, relpath: str) -> list[Suppression]:
    """The config's ``suppress`` entries whose globs match the article's path."""
    out = []
    for n, entry in enumerate(config_suppress, 1):
        if path_matches(relpath, entry.paths):
            label = f"config suppress #{n}" + (f": {entry.reason}" if entry.reason else "")
            out.append(Suppression("config", f"config suppress #{n}", tuple(entry.rules or ()), entry.reason or "",
                                   label=label))
    return out


def _unused(s: Suppression, known: set[str], active: set[str]) -> list[str]:
    if not s.rules:
        return [] if s.used else [f"{s.where} suppresses nothing: no finding there"]
    rule = s.rules[0]
    if rule not in known:
        return [f"{s.where} names {rule!r}, which is not a rule in force (`provcheck rules` lists them)"]
    if rule in active and rule not in s.used:
        return [f"{s.where} suppresses nothing: no {rule} finding there"]
    return []


def apply(article: Article, findings: list[Finding], policy, active: set[str], relpath: str) -> list[Finding]:
    """The article's findings with its suppressions applied, plus findings about
    reasonless and unused comment and front-matter suppressions."""
    inline, problems = from_comments(article)
    whole, more = from_front_matter(article)
    sups = inline + whole + from_config(policy.config.suppress, relpath)
    problems += more
    if not sups:
        return findings + problems
    out = []
    for f in findings:
        covering = [s for s in sups if s.covers(f)]
        for s in covering:
            s.used.add(f.rule)
        out.append(f.model_copy(update={"suppressed": True, "suppression": covering[0].label}) if covering else f)
    crashed = any(f.rule in (INTERNAL_ERROR, INTERNAL_TIMEOUT) for f in findings)
    known = {r.id for r in policy.rules} | ENGINE_IDS
    active = active | ENGINE_IDS
    reasonless: set[str] = set()
    for s in sups:
        if s.source == "config":
            continue
        if not s.reason and s.where not in reasonless:
            reasonless.add(s.where)
            out.append(_warning(article, SUPPRESSION_WITHOUT_REASON, f"suppression without a reason: {s.where}",
                                s.line, fix="say why after ' -- ' in the comment, or in reason: in metadata"))
        if not crashed:
            out.extend(_warning(article, UNUSED_SUPPRESSION, msg, s.line, "info", fix="delete the suppression, or "
                                "correct its rule ids or where it stands") for msg in _unused(s, known, active))
    return out + problems


def finish(report: RunReport, policy, keep: Callable[[str], bool] = lambda rule: True) -> RunReport:
    """Run-level findings about the config's ``suppress`` entries (reported at
    the config file, on the first article an entry matches), then drop the
    suppression findings ``keep`` rejects (``--select``/``--ignore``) and
    describe the ones left in ``report.rules``."""
    extra: dict[str, list[Finding]] = {}
    config_path = relative(policy.source, ".")
    active = {r.id for r in report.rules} | ENGINE_IDS
    for n, entry in enumerate(policy.config.suppress, 1):
        matched = [a for a in report.articles if path_matches(relative(a.path, policy.root), entry.paths)]
        if not matched:
            continue
        where = f"config suppress #{n} (paths {', '.join(entry.paths)})"
        anchor = matched[0]
        notes = []
        if not entry.reason:
            notes.append(Finding(rule=SUPPRESSION_WITHOUT_REASON, severity="warning", message=f"suppression without "
                                 f"a reason: {where}", article=anchor.id, path=config_path,
                                 why=WHY[SUPPRESSION_WITHOUT_REASON], fix="add reason: to the suppress entry"))
        if not any(f.rule in (INTERNAL_ERROR, INTERNAL_TIMEOUT) for a in matched for f in a.findings):
            covered = {f.rule for a in matched for f in a.findings if f.suppressed
                       and f.rule not in UNSUPPRESSIBLE and (not entry.rules or f.rule in entry.rules)}
            for rule in entry.rules or [None]:
                if (rule is None and not covered) or (rule is not None and rule in active and rule not in covered):
                    what = f"no {rule} finding" if rule else "no finding"
                    notes.append(Finding(rule=UNUSED_SUPPRESSION, severity="info", message=f"{where} suppresses "
                                         f"nothing: {what} in the {len(matched)} article(s) it matches",
                                         article=anchor.id, path=config_path, why=WHY[UNUSED_SUPPRESSION],
                                         fix="delete the entry, or correct its paths or rules"))
        extra.setdefault(anchor.id, []).extend(notes)
    meta = set(META_RULES)
    present: set[str] = set()

    def finished(a):
        findings = [f for f in (*a.findings, *extra.get(a.id, ())) if f.rule not in meta or keep(f.rule)]
        if len(findings) != len(a.findings) or a.id in extra:
            a = a.model_copy(update={"findings": tuple(sorted(findings, key=Finding.sort_key))})
        present.update(f.rule for f in a.findings if f.rule in meta)
        return a

    articles = resultstore.like(report.articles, finished)
    known = {r.id for r in report.rules}
    rules = (*report.rules, *(enginefindings.info(r) for r in sorted(present - known)))
    return report.model_copy(update={"articles": articles, "rules": rules})
