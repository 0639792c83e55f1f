"""The JSON report is a contract: every key it writes is documented, and it
reads back into the report model."""

from __future__ import annotations

import json
import re
from pathlib import Path

from validator.cli import main
from validator.report import REPORT_VERSION

DOC = Path(__file__).resolve().parent.parent / "docs" / "report-format.md"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _keys(value, out: set[str], skip_children_of=("by_rule", "facts", "data", "tool")) -> set[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            if k not in skip_children_of:
                _keys(v, out)
    elif isinstance(value, list):
        for v in value:
            _keys(v, out)
    return out


def test_every_report_key_is_documented(capsys):
    main(["check", str(EXAMPLES), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    documented = set(re.findall(r"`([a-z_]+)`", DOC.read_text(encoding="utf-8")))
    missing = sorted(_keys(report, set()) - documented)
    assert not missing, f"report keys not documented in docs/report-format.md: {missing}"
    assert report["version"] == REPORT_VERSION
    assert f"version {REPORT_VERSION}" in DOC.read_text(encoding="utf-8")


def test_summary_counts_add_up(capsys):
    main(["check", str(EXAMPLES), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    s = report["summary"]
    assert s["inputs"]["total"] == len(report["inputs"]) == sum(
        s["inputs"][k] for k in ("checked", "excluded", "error"))
    assert s["findings"] == sum(s["by_severity"].values()) == sum(s["by_rule"].values())
    unsuppressed = [f for a in report["articles"] for f in a["findings"] if not f["suppressed"]]
    assert len(unsuppressed) == s["findings"]
    assert s["compliant"] == sum(
        1 for a in report["articles"]
        if a["status"] == "checked" and not any(
            f["severity"] in ("error", "warning") and not f["suppressed"] for f in a["findings"]))
    for a in report["articles"]:
        for fact in a["facts"].values():
            assert set(fact) == {"value", "reason"} and fact["reason"]


def test_json_reporter_writes_the_records():
    from validator import engine
    from validator.policy import load_policy
    from validator.reporters import json_report
    report = engine.run([str(EXAMPLES)], load_policy(None))
    text = json_report.render(report)
    assert json.loads(text) == report.as_records()
    # one article per line, the envelope indented
    assert sum(1 for line in text.splitlines() if line.startswith('    {"id":')) == len(report.articles)
    empty = engine.run([], load_policy(None))
    assert json.loads(json_report.render(empty))["articles"] == []
