"""JUnit XML, for CI systems that show test reports (Jenkins, GitLab, Azure ...).

One ``<testsuite name="provcheck">`` with one ``<testcase>`` per article
(``classname`` is the path with ``/`` turned into ``.``, ``name`` the article
id).  Each unsuppressed finding that fails the run — at or above its
``fail_on`` threshold, or a warning when the run fails on ``--max-warnings`` —
is a ``<failure type="RULE">`` whose text reads ``path:line:col severity rule
message``; an input that could not be read and a check that crashed or timed
out are ``<error>`` elements; other and suppressed findings go to the test
case's ``<system-out>``.  So a warnings-only article is not failed when the
run passes.  The suite's ``verdict`` property is the run's verdict.

Counts are of test cases: ``failures`` counts articles with at least one
failure and no error, ``errors`` articles with an error.  The output validates
against the Jenkins xUnit ``junit-10.xsd``; characters XML 1.0 cannot carry
(control characters) are removed from all text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..enginefindings import INPUT_ERROR, INTERNAL_ERROR, INTERNAL_TIMEOUT
from ..report import ArticleResult, Finding, RunReport
from ..verdict import fails

ERROR_RULES = frozenset({INPUT_ERROR, INTERNAL_ERROR, INTERNAL_TIMEOUT})

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (a lone surrogate becomes U+FFFD)."""
    return _SURROGATE.sub("\ufffd", _ILLEGAL_XML.sub("", text))


def render(report: RunReport) -> str:
    """The report as a JUnit XML document (text ending with a newline)."""
    verdict = report.verdict
    warnings_fail = any(r.kind == "max-warnings" for r in verdict.reasons)

    def failing(f: Finding) -> bool:
        return fails(f.severity, report.fail_on) or (warnings_fail and f.severity == "warning")

    cases = [_testcase(a, failing) for a in report.articles]
    tests = len(cases)
    errors = sum(1 for c in cases if c.find("error") is not None)
    failures = sum(1 for c in cases if c.find("error") is None and c.find("failure") is not None)
    counts = {"tests": str(tests), "failures": str(failures), "errors": str(errors)}
    root = ET.Element("testsuites", {"name": "provcheck", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "provcheck", **counts, "skipped": "0"})
    properties = ET.SubElement(suite, "properties")
    for name in sorted(report.tool):
        ET.SubElement(properties, "property", {"name": clean(f"tool.{name}"), "value": clean(report.tool[name])})
    ET.SubElement(properties, "property", {"name": "fail_on", "value": clean(report.fail_on)})
    ET.SubElement(properties, "property", {"name": "verdict", "value": clean(verdict.explain())})
    suite.extend(cases)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _testcase(article: ArticleResult, failing) -> ET.Element:
    classname = article.path.replace("\\", "/").replace("/", ".")
    case = ET.Element("testcase", {"classname": clean(classname), "name": clean(article.id)})
    out: list[str] = []
    for f in sorted(article.findings, key=Finding.sort_key):
        if f.suppressed:
            out.append(f"{line(f)} (suppressed: {f.suppression or 'no reason given'})")
        elif f.rule in ERROR_RULES:
            _child(case, "error", f)
        elif failing(f):
            _child(case, "failure", f)
        else:
            out.append(line(f))
    if article.status == "error" and case.find("error") is None:
        error = ET.SubElement(case, "error", {"type": INPUT_ERROR, "message": "the input could not be read"})
        error.text = clean(f"{article.path}: the input could not be read")
    if out:
        ET.SubElement(case, "system-out").text = clean("\n".join(out))
    return case


def _child(case: ET.Element, tag: str, f: Finding) -> None:
    element = ET.SubElement(case, tag, {"type": clean(f.rule), "message": clean(f.message)})
    text = [line(f)]
    if f.excerpt:
        text.append(f"excerpt: {f.excerpt}")
    if f.why:
        text.append(f"why: {f.why}")
    if f.fix:
        text.append(f"fix: {f.fix}")
    element.text = clean("\n".join(text))


def line(f: Finding) -> str:
    """``path:line:col severity rule message``."""
    return f"{f.path}:{f.line}:{f.column} {f.severity} {f.rule} {f.message}"
