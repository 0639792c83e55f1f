"""Issue 9 item 5 / issue 11 item 1: one verdict.  ``RunReport.verdict`` is read
by the exit code and every reporter, so ``--max-warnings 0`` with one warning
fails everywhere, and JUnit fails test cases only for what fails the run."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from validator.cli import main

# one warning (scrape-residue), nothing at error level
WARNING_ONLY = "---\ntitle: Council Approves Budget\n---\nThe council approved its budget on Tuesday.\n\nRead more\n"


@pytest.fixture
def outputs(tmp_path, monkeypatch):
    article = tmp_path / "a.md"
    article.write_text(WARNING_ONLY, encoding="utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))

    def run(*extra: str) -> tuple[int, dict[str, str]]:
        paths = {f: tmp_path / f"out.{f}" for f in ("json", "markdown", "html", "junit")}
        text = tmp_path / "out.txt"
        summary.write_text("", encoding="utf-8")
        code = main(["check", str(article), "--format", "github", "-o", str(tmp_path / "out.github"),
                     *(a for f, p in paths.items() for a in ("--report", f"{f}={p}")),
                     "--report", f"text={text}", *extra])
        got = {f: p.read_text(encoding="utf-8") for f, p in paths.items()}
        got["text"] = text.read_text(encoding="utf-8")
        got["summary"] = summary.read_text(encoding="utf-8")
        return code, got
    return run


def test_max_warnings_fails_every_output(outputs):
    code, out = outputs("--max-warnings", "0")
    assert code == 1
    verdict = json.loads(out["json"])["verdict"]
    assert verdict == {"passed": False, "exit_code": 1, "reasons": [
        {"kind": "max-warnings", "message": "1 warning, over --max-warnings 0"}]}
    assert out["text"].rstrip().endswith("— failed: 1 warning, over --max-warnings 0")
    assert out["markdown"].startswith("## provcheck: ❌ failed\n\nFailed: 1 warning, over --max-warnings 0\n")
    assert out["summary"].startswith("## provcheck: ❌ failed\n")
    assert '<span class="status failed">failed</span>' in out["html"]
    suite = ET.fromstring(out["junit"]).find("testsuite")
    assert suite.get("failures") == "1"
    assert suite.find("testcase/failure").get("type") == "scrape-residue"
    assert {p.get("name"): p.get("value") for p in suite.iter("property")}["verdict"] == \
        "failed: 1 warning, over --max-warnings 0"


def test_the_same_run_without_the_limit_passes_everywhere(outputs):
    code, out = outputs()
    assert code == 0
    assert json.loads(out["json"])["verdict"] == {"passed": True, "exit_code": 0, "reasons": []}
    assert out["text"].rstrip().endswith("— passed")
    assert out["markdown"].startswith("## provcheck: ✅ passed\n")
    assert out["summary"].startswith("## provcheck: ✅ passed\n")
    assert '<span class="status passed">passed</span>' in out["html"]
    suite = ET.fromstring(out["junit"]).find("testsuite")
    # a warnings-only article is not a failed test case when the run passes
    assert suite.get("failures") == "0" and suite.find("testcase/failure") is None
    assert "warning scrape-residue" in suite.find("testcase/system-out").text


def test_fail_on_warning_makes_the_warning_a_junit_failure(outputs):
    code, out = outputs("--fail-on", "warning")
    assert code == 1
    assert json.loads(out["json"])["verdict"]["reasons"] == [
        {"kind": "threshold", "message": "1 finding at or above --fail-on warning"}]
    assert ET.fromstring(out["junit"]).find("testsuite").get("failures") == "1"
    assert out["markdown"].startswith("## provcheck: ❌ failed")


def test_json_report_version_is_1_1(outputs):
    _, out = outputs()
    report = json.loads(out["json"])
    assert report["version"] == "1.1" and report["max_warnings"] is None
