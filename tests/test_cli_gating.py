"""Gating a merge: --report, --fail-on with --max-warnings, --select/--ignore
prefixes, and the exit code computed once from the report."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from validator.cli import main
from validator.selection import rule_selected, select_rules
from validator.policy import load_policy
from validator.report import Finding, exit_code
from tests.regen_golden import fixed_report

BODY = "The council approved its budget for the coming year on Tuesday, officials said."
# one error (photo-credit) and two warnings (scrape-residue twice)
ARTICLE = f"---\ntitle: Council Approves Budget\n---\n{BODY}\n\nRead more\n\nLogo Wide\n\n![Road](road.jpg)\n"
WARNINGS = f"---\ntitle: Council Approves Budget\n---\n{BODY}\n\nRead more\n\nLogo Wide\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- --report FORMAT=PATH ------------------------------------------------------------


def test_report_writes_extra_formats_beside_the_terminal_output(article, tmp_path, capsys):
    sarif, junit, md = tmp_path / "out.sarif", tmp_path / "out.xml", tmp_path / "summary.md"
    code = main(["check", str(article), "--report", f"sarif={sarif}", "--report", f"junit={junit}",
                 "--report", f"markdown={md}"])
    assert code == 1
    out = capsys.readouterr().out
    assert out.endswith("1 article checked, 0 compliant; 1 error, 2 warnings, 0 info — failed: 1 finding at or above --fail-on error\n")
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert sorted(r["ruleId"] for r in results) == ["photo-credit", "scrape-residue", "scrape-residue"]
    suite = ET.fromstring(junit.read_text(encoding="utf-8")).find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("1", "1")
    assert md.read_text(encoding="utf-8").startswith("#")
    assert not list(tmp_path.glob("*.tmp*"))  # written atomically


def test_report_and_format_render_the_same_report(article, tmp_path, capsys):
    target = tmp_path / "r.json"
    main(["check", str(article), "--format", "json", "--report", f"json={target}"])
    assert capsys.readouterr().out == target.read_text(encoding="utf-8")


@pytest.mark.parametrize("spec", ["sarif", "sarif=", "=out.sarif", "pdf=out.pdf"])
def test_a_bad_report_spec_is_a_usage_error(article, capsys, spec):
    assert main(["check", str(article), "--report", spec]) == 2
    err = capsys.readouterr().err
    assert err.startswith("provcheck: --report takes FORMAT=PATH with FORMAT one of ")
    assert repr(spec) in err


def test_github_format_appends_the_job_summary(article, tmp_path, capsys, monkeypatch):
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["check", str(article), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split(" ", 1)[0] for ln in lines] == ["::warning", "::warning", "::error"]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n") and len(text) > len("earlier step\n")
    main(["check", str(article), "--format", "text"])  # only the github format writes it
    capsys.readouterr()
    assert summary.read_text(encoding="utf-8") == text


# --- thresholds --------------------------------------------------------------------------


@pytest.mark.parametrize("args, code", [
    ([], 0),
    (["--fail-on", "warning"], 1),
    (["--fail-on", "info"], 1),
    (["--fail-on", "never"], 0),
    (["--max-warnings", "2"], 0),
    (["--max-warnings", "1"], 1),
    (["--max-warnings", "0", "--fail-on", "never"], 1),  # an explicit budget still counts
    (["--fail-on", "warning", "--ignore", "scrape"], 0),
    (["--max-warnings", "0", "--select", "photo"], 0),
])
def test_fail_on_and_max_warnings(tmp_path, capsys, args, code):
    (tmp_path / "a.md").write_text(WARNINGS, encoding="utf-8")
    assert main(["check", str(tmp_path), *args]) == code
    capsys.readouterr()


def test_suppressed_warnings_do_not_count_towards_max_warnings(tmp_path, capsys):
    text = WARNINGS.replace("Logo Wide", "<!-- provcheck-disable-next-line scrape-residue -- logo kept -->\nLogo Wide")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    assert main(["check", str(tmp_path), "--max-warnings", "1"]) == 0
    assert main(["check", str(tmp_path), "--max-warnings", "0"]) == 1
    capsys.readouterr()


def test_fail_on_from_the_config_and_the_command_line_wins(tmp_path, capsys):
    (tmp_path / "provcheck.yaml").write_text("fail_on: warning\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(WARNINGS, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    assert main(["check", str(tmp_path), "--fail-on", "error"]) == 0
    capsys.readouterr()


def f(rule: str, severity: str, suppressed: bool = False) -> Finding:
    return Finding(rule=rule, severity=severity, message="m", article="a", path="a", suppressed=suppressed)


@pytest.mark.parametrize("findings, fail_on, max_warnings, code", [
    ([], "error", None, 0),
    ([f("x", "error")], "error", None, 1),
    ([f("x", "error", suppressed=True)], "error", None, 0),
    ([f("x", "warning")], "error", None, 0),
    ([f("x", "warning")], "warning", None, 1),
    ([f("x", "info")], "warning", None, 0),
    ([f("x", "info")], "info", None, 1),
    ([f("x", "error")], "never", None, 0),
    ([f("x", "warning"), f("y", "warning")], "error", 1, 1),
    ([f("x", "warning"), f("y", "warning")], "error", 2, 0),
    ([f("internal-error", "error")], "never", None, 2),  # a crash never looks clean
    ([f("internal-error", "error"), f("x", "error")], "error", None, 2),
])
def test_exit_code_table(findings, fail_on, max_warnings, code):
    report = fixed_report()
    article = report.articles[0].model_copy(update={"findings": tuple(findings)})
    report = report.model_copy(update={"articles": (article,)})
    assert exit_code(report, fail_on, max_warnings) == code


# --- --select / --ignore ------------------------------------------------------------------


KNOWN = frozenset({"photo-credit", "photo-credit-format", "scrape-residue", "source-link", "unused-suppression"})


@pytest.mark.parametrize("rule, select, ignore, kept", [
    ("photo-credit", None, None, True),
    ("photo-credit", ["photo-credit"], None, True),
    ("photo-credit-format", ["photo-credit"], None, False),  # a whole rule id means that rule only
    ("photo-credit-format", ["photo-credit*"], None, True),  # unless it ends in *
    ("photo-credit-format", None, ["photo-credit"], True),
    ("photo-credit", ["photo"], None, True),
    ("photo-credit", ["photo-*"], None, True),
    ("scrape-residue", ["photo"], None, False),
    ("photo-credit", None, ["photo"], False),
    ("photo-credit", ["photo"], ["photo-credit"], False),  # ignore wins
    ("photo-credit-format", ["photo"], ["photo-credit-format"], False),
    ("photo-credit", ["photo"], ["photo-credit-format"], True),
    ("source-link", ["photo", "source"], None, True),
    ("unused-suppression", ["photo"], None, False),
])
def test_rule_selected_table(rule, select, ignore, kept):
    assert rule_selected(rule, select, ignore, KNOWN) is kept


def test_select_rules_on_the_default_pack():
    rules = load_policy(None).rules
    assert [r.id for r in select_rules(rules, ["photo"], None)] == [
        "photo-credit", "photo-credit-format", "photo-credit-mismatch"]
    assert [r.id for r in select_rules(rules, ["photo-credit"], None)] == ["photo-credit"]
    assert [r.id for r in select_rules(rules, ["source", "wire"], ["source-link"])] == [
        "source-author-credited", "source-outlet-credited", "wire-credit"]
    assert len(select_rules(rules, None, ["no-such-prefix"])) == len(rules)


def test_select_and_ignore_on_the_command_line(article, capsys):
    main(["check", str(article), "--select", "photo,scrape", "--ignore", "photo-credit-format", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [r["rule"] for r in report["articles"][0]["rules"]] == ["photo-credit", "photo-credit-mismatch",
                                                                   "scrape-residue"]
    main(["check", str(article), "--select", "photo-credit,scrape", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    ran = [r["rule"] for r in report["articles"][0]["rules"]]
    assert ran == ["photo-credit", "scrape-residue"]
    assert report["summary"]["by_rule"] == {"photo-credit": 1, "scrape-residue": 2}


# --- usage errors -------------------------------------------------------------------------------


@pytest.mark.parametrize("argv, message", [
    (["check", "no/such/file.md"], "provcheck: no such file or directory: no/such/file.md\n"),
    (["check", "{a}", "--config", "no/such.yaml"], "provcheck: configuration error:\nno/such.yaml: no such config file\n"),
])
def test_usage_and_config_errors_exit_2(article, capsys, argv, message):
    argv = [a.replace("{a}", str(article)) for a in argv]
    assert main(argv) == 2
    assert capsys.readouterr().err == message


@pytest.mark.parametrize("argv", [["check", "x", "--fail-on", "fatal"], ["check", "x", "--max-warnings", "many"],
                                  ["check"], ["lint", "x"]])
def test_argparse_errors_exit_2(capsys, argv):
    assert main(argv) == 2
    assert "usage: provcheck" in capsys.readouterr().err
