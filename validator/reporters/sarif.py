"""SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.

One run whose driver lists every rule of the active policy plus the rules the
engine reports itself (:mod:`validator.enginefindings`);
one result per finding, suppressed ones included with their ``suppressions``.

Locations are relative to ``%SRCROOT%`` (the directory provcheck ran from), with
forward slashes and percent-encoding; columns count Unicode code points
(``run.columnKind``).  Each result has a ``partialFingerprints["provcheck/v1"]``
made from the rule, the article id and the folded excerpt, never the line, so
an alert survives text being added above it.  The same report always renders to
the same bytes.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from ..enginefindings import INTERNAL_ERROR, infos
from ..model import RuleInfo
from ..report import Finding, RunReport, fingerprint

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://provcheck.readthedocs.io/"
#: Rule reference (docs/rules.md, published); each rule id is an anchor.
RULES_URL = "https://provcheck.readthedocs.io/en/latest/rules/"
FINGERPRINT_KEY = "provcheck/v1"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}

def render(report: RunReport) -> str:
    """The report as a SARIF 2.1.0 log (JSON text ending with a newline)."""
    rules = _rules(report)
    index = {r.id: i for i, r in enumerate(rules)}
    findings = report.findings
    failed = any(f.rule == INTERNAL_ERROR and not f.suppressed for f in findings)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "provcheck",
                "version": report.tool.get("version", ""),
                "informationUri": report.tool.get("url", INFORMATION_URI),
                "rules": [_descriptor(r) for r in rules],
            }
        },
        "invocations": [{"executionSuccessful": not failed}],
        "originalUriBaseIds": {
            "%SRCROOT%": {
                "description": {"text": "The directory provcheck was run from (the repository root)."}
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index) for f in findings],
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def _rules(report: RunReport) -> list[RuleInfo]:
    """Policy rules in report order, then the engine's, then any rule a finding
    names that the report does not describe (so every ruleIndex resolves)."""
    rules = list(report.rules)
    known = {r.id for r in rules}
    for r in infos():
        if r.id not in known:
            rules.append(r)
            known.add(r.id)
    for rule_id in sorted({f.rule for f in report.findings} - known):
        severity = next(f.severity for f in report.findings if f.rule == rule_id)
        rules.append(RuleInfo(id=rule_id, title=rule_id, severity=severity, kind="unknown"))
    return rules


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    docs = rule.docs.strip() or rule.title
    first_paragraph = docs.split("\n\n", 1)[0].strip()
    return {
        "id": rule.id,
        "name": pascal_case(rule.id),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": first_paragraph},
        "help": {"text": docs, "markdown": docs},
        "helpUri": RULES_URL + "#" + rule.id,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"kind": rule.kind},
    }


def _result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
    if f.end_line is not None:
        region["endLine"] = f.end_line
    if f.end_column is not None:
        region["endColumn"] = f.end_column
    if f.excerpt:
        region["snippet"] = {"text": f.excerpt}
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(f.path), "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f)},
    }
    if f.suppressed:
        result["suppressions"] = [_suppression(f.suppression)]
    properties = {"article": f.article}
    if f.why:
        properties["why"] = f.why
    if f.fix:
        properties["fix"] = f.fix
    result["properties"] = properties
    return result


def _suppression(justification: str | None) -> dict[str, str]:
    """``external`` when the suppression comes from configuration or a baseline
    (its justification says so), ``inSource`` for a comment in the article."""
    text = (justification or "").strip()
    external = re.match(r"(config|baseline|provcheck\.yaml|pyproject)", text, re.IGNORECASE)
    suppression = {"kind": "external" if external else "inSource"}
    if text:
        suppression["justification"] = text
    return suppression


def pascal_case(rule_id: str) -> str:
    """``translator-disclaimer`` -> ``TranslatorDisclaimer``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", rule_id) if part)


def artifact_location(path: str) -> dict[str, str]:
    """A relative path as a percent-encoded URI under ``%SRCROOT%``; an absolute
    one as a ``file://`` URI."""
    posix = path.replace("\\", "/")
    if re.match(r"[A-Za-z]:/", posix):
        return {"uri": "file:///" + quote(posix, safe="/:")}
    if posix.startswith("/"):
        return {"uri": "file://" + quote(posix)}
    while posix.startswith("./"):
        posix = posix[2:]
    return {"uri": quote(posix), "uriBaseId": "%SRCROOT%"}

