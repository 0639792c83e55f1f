"""A self-contained HTML report for editors.

One file with no external assets: inline CSS and a small inline script that
filters findings by severity and rule and can hide compliant articles (the page
reads fine without it).  Summary cards on top, then every article with a
compliant / non-compliant badge, its findings (line:column, severity, rule,
message, excerpt, why the rule applied, how to fix it), the facts the rules
relied on with their reasons, and the provenance evidence found.

All text is HTML-escaped; text cells carry ``dir="auto"`` so right-to-left
excerpts (Arabic, Hebrew, Persian) display the right way round.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from ..model import Evidence, Fact
from ..report import ArticleResult, Finding, RunReport
from ..enginefindings import infos
from .sarif import RULES_URL

SEVERITIES = ("error", "warning", "info")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

CSS = """
:root { --error: #b42318; --warning: #b54708; --info: #175cd3; --ok: #067647;
  --muted: #5d6b82; --line: #d9dee7; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  "Noto Sans Arabic", sans-serif; color: #1d2433; background: var(--bg); }
header, main, nav, .cards { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.status { font-weight: 700; padding: 2px 10px; border-radius: 999px; color: #fff; }
.status.passed { background: var(--ok); } .status.failed { background: var(--error); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px;
  padding: 12px 16px; min-width: 130px; border-top: 4px solid var(--muted); }
.card .n { display: block; font-size: 26px; font-weight: 700; }
.card .l { color: var(--muted); font-size: 13px; }
.card.ok { border-top-color: var(--ok); } .card.error { border-top-color: var(--error); }
.card.warning { border-top-color: var(--warning); } .card.info { border-top-color: var(--info); }
nav.filters { display: flex; flex-wrap: wrap; gap: 14px; align-items: center;
  padding-top: 8px; padding-bottom: 8px; color: var(--muted); font-size: 14px; }
nav.filters select { font: inherit; max-width: 340px; }
.headline { font-size: 16px; font-weight: 600; margin: 0 0 6px; }
.article { background: #fff; border: 1px solid var(--line); border-radius: 10px;
  margin: 0 0 14px; padding: 14px 18px; }
.article h2 { font-size: 17px; margin: 0; display: flex; gap: 10px; align-items: baseline;
  flex-wrap: wrap; }
.badge { font-size: 12px; font-weight: 700; padding: 1px 8px; border-radius: 999px;
  text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
.badge.ok { background: #dcfae6; color: var(--ok); }
.badge.bad { background: #fee4e2; color: var(--error); }
.sub { color: var(--muted); font-size: 13px; margin: 2px 0 8px; }
ul.findings { list-style: none; margin: 8px 0; padding: 0; }
.finding { border-left: 4px solid var(--muted); padding: 6px 12px; margin: 8px 0;
  background: #fbfbfc; border-radius: 0 6px 6px 0; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.finding.suppressed { opacity: .6; }
.finding .head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.loc { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
.sev { font-size: 12px; font-weight: 700; text-transform: uppercase; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); }
.sev.info { color: var(--info); }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.msg { font-weight: 600; white-space: pre-wrap; }
.excerpt { margin: 6px 0; padding: 4px 10px; background: #fff; border: 1px dashed var(--line);
  white-space: pre-wrap; font-family: Georgia, "Noto Naskh Arabic", serif; }
dl.detail { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
dl.detail dt { color: var(--muted); font-size: 13px; }
dl.detail dd { margin: 0; white-space: pre-wrap; }
details { margin: 6px 0; } summary { cursor: pointer; color: var(--muted); font-size: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 6px 0; }
th, td { text-align: start; border-bottom: 1px solid var(--line); padding: 4px 8px;
  vertical-align: top; white-space: pre-wrap; }
th { color: var(--muted); font-weight: 600; }
.none { color: var(--muted); font-style: italic; }
.hidden { display: none; }
"""

JS = """
(function () {
  var body = document.body;
  var boxes = document.querySelectorAll('input[data-severity]');
  var rule = document.getElementById('rule-filter');
  var failing = document.getElementById('only-failing');
  var shown = document.getElementById('shown');
  function apply() {
    var sev = {};
    boxes.forEach(function (b) { sev[b.getAttribute('data-severity')] = b.checked; });
    var count = 0;
    document.querySelectorAll('.article').forEach(function (a) {
      var visible = 0;
      a.querySelectorAll('.finding').forEach(function (f) {
        var key = f.classList.contains('suppressed') ? 'suppressed' : f.getAttribute('data-severity');
        var on = sev[key] && (!rule.value || rule.value === f.getAttribute('data-rule'));
        f.classList.toggle('hidden', !on);
        if (on) { visible += 1; }
      });
      var hide = (failing.checked && a.getAttribute('data-compliant') === 'true') ||
        (rule.value !== '' && visible === 0);
      a.classList.toggle('hidden', hide);
      if (!hide) { count += 1; }
    });
    shown.textContent = count + ' shown';
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  rule.addEventListener('change', apply);
  failing.addEventListener('change', apply);
  apply();
  body.setAttribute('data-ready', '1');
})();
"""


def e(text: Any) -> str:
    """Escaped text with the control characters HTML cannot show removed."""
    return html.escape(_CONTROL.sub("", str(text)), quote=True)


def render(report: RunReport) -> str:
    """The report as one HTML page (ending with a newline)."""
    summary = report.summary()
    verdict = report.verdict
    status = verdict.status
    why = "; ".join(r.message for r in verdict.reasons)
    titles = {r.id: r.title for r in (*infos(), *report.rules)}
    rules = sorted({f.rule for f in report.findings})
    version = report.tool.get("version", "")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>provcheck report: {summary['compliant']}/{summary['articles']} compliant</title>",
        f"<style>{CSS}</style>",
        "</head>",
        '<body data-ready="0">',
        "<header>",
        "<h1>Provenance report</h1>",
        f'<p class="meta">provcheck {e(version)} · fails on {e(report.fail_on)} · '
        f'<span class="status {status}">{status}</span>'
        + (f' · <span class="why">{e(why)}</span>' if why else "") + "</p>",
        "</header>",
        _cards(summary),
        _filters(rules, titles),
        "<main>",
    ]
    parts += [_article(i, a, titles) for i, a in enumerate(report.articles, 1)]
    if not report.articles:
        parts.append('<p class="none">No articles were checked.</p>')
    parts += ["</main>", f"<script>{JS}</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _cards(summary: dict[str, Any]) -> str:
    cards = [
        ("ok", f"{summary['compliant']}/{summary['articles']}", "articles compliant"),
        ("error", summary["by_severity"]["error"], "errors"),
        ("warning", summary["by_severity"]["warning"], "warnings"),
        ("info", summary["by_severity"]["info"], "info"),
        ("", summary["suppressed"], "suppressed"),
        ("", summary["inputs"]["error"], "unreadable inputs"),
    ]
    html_cards = "".join(
        f'<div class="card {cls}"><span class="n">{e(n)}</span><span class="l">{e(label)}</span></div>'
        for cls, n, label in cards
    )
    return f'<section class="cards">{html_cards}</section>'


def _filters(rules: list[str], titles: dict[str, str]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" data-severity="{s}" checked> {s}</label>'
        for s in (*SEVERITIES, "suppressed")
    )
    options = "".join(f'<option value="{e(r)}">{e(r)}</option>' for r in rules)
    return (
        f'<nav class="filters">Show: {boxes}'
        f'<label>Rule <select id="rule-filter"><option value="">all rules</option>{options}</select></label>'
        '<label><input type="checkbox" id="only-failing"> only non-compliant articles</label>'
        '<span id="shown"></span></nav>'
    )


def _article(index: int, a: ArticleResult, titles: dict[str, str]) -> str:
    ok = a.compliant
    badge = '<span class="badge ok">compliant</span>' if ok else '<span class="badge bad">non-compliant</span>'
    sub = [e(a.path), e(a.format)]
    if a.lang:
        sub.append(f"lang {e(a.lang)}")
    if a.status == "error":
        sub.append("could not be read")
    open_findings = sum(1 for f in a.findings if not f.suppressed)
    sub.append(f"{open_findings} finding" + ("" if open_findings == 1 else "s"))
    title = f'<p class="headline" dir="auto">{e(a.title)}</p>' if a.title else ""
    findings = sorted(a.findings, key=Finding.sort_key)
    items = "".join(_finding(f, titles) for f in findings)
    body = f'<ul class="findings">{items}</ul>' if items else '<p class="none">No findings.</p>'
    return (
        f'<article class="article" id="article-{index}" data-compliant="{str(ok).lower()}">'
        f'<h2>{badge}<span dir="auto">{e(a.id)}</span></h2>'
        f'<div class="sub">{" · ".join(sub)}</div>{title}{body}'
        f"{_facts(a.facts)}{_evidence(a.evidence)}</article>"
    )


def _finding(f: Finding, titles: dict[str, str]) -> str:
    classes = f"finding {f.severity}" + (" suppressed" if f.suppressed else "")
    where = f"{f.line}:{f.column}"
    if f.end_line is not None or f.end_column is not None:
        where += f"–{f.end_line or f.line}:{f.end_column or ''}".rstrip(":")
    rule_title = e(titles.get(f.rule, ""))
    details = []
    if f.why:
        details.append(f'<dt>Why</dt><dd dir="auto">{e(f.why)}</dd>')
    if f.fix:
        details.append(f'<dt>Fix</dt><dd dir="auto">{e(f.fix)}</dd>')
    if f.suppressed:
        details.append(f'<dt>Suppressed</dt><dd dir="auto">{e(f.suppression or "no reason given")}</dd>')
    excerpt = f'<div class="excerpt" dir="auto">{e(f.excerpt)}</div>' if f.excerpt else ""
    dl = f'<dl class="detail">{"".join(details)}</dl>' if details else ""
    return (
        f'<li class="{classes}" data-severity="{f.severity}" data-rule="{e(f.rule)}">'
        f'<div class="head"><span class="loc">{e(where)}</span>'
        f'<span class="sev {f.severity}">{f.severity}</span>'
        f'<a class="rule" href="{e(RULES_URL)}#{e(f.rule)}" title="{rule_title}">{e(f.rule)}</a>'
        f'<span class="msg" dir="auto">{e(f.message)}</span></div>{excerpt}{dl}</li>'
    )


def _facts(facts: dict[str, Fact]) -> str:
    if not facts:
        return ""
    rows = "".join(
        f'<tr><td>{e(name)}</td><td dir="auto">{e(_value(fact.value))}</td>'
        f'<td dir="auto">{e(fact.reason)}</td></tr>'
        for name, fact in sorted(facts.items())
    )
    return (
        f"<details><summary>Facts ({len(facts)})</summary><table>"
        f"<thead><tr><th>Fact</th><th>Value</th><th>Reason</th></tr></thead><tbody>{rows}</tbody></table></details>"
    )


def _evidence(evidence: tuple[Evidence, ...]) -> str:
    if not evidence:
        return ""
    rows = "".join(
        f'<tr><td>{e(ev.kind)}</td><td dir="auto">{e(ev.text)}</td><td>{ev.line}:{ev.column}</td></tr>'
        for ev in sorted(evidence, key=Evidence.sort_key)
    )
    return (
        f"<details><summary>Provenance found ({len(evidence)})</summary><table>"
        f"<thead><tr><th>Kind</th><th>Text</th><th>Line:col</th></tr></thead><tbody>{rows}</tbody></table></details>"
    )


def _value(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
