"""``provcheck baseline`` and ``provcheck check --baseline``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.cli import main

BODY = "The council approved its budget for the coming year on Tuesday, officials said.\n"
ARTICLE = f"Council Approves Budget\n\n{BODY}\nRead more\n"
UNCREDITED = "\n![Road](road.jpg)\n"


@pytest.fixture
def site(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "budget.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / "clean.md").write_text(f"Clean Story\n\n{BODY}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def make_baseline(capsys, *extra: str) -> dict:
    assert main(["baseline", "news", "-o", "provcheck-baseline.json", *extra]) == 0
    assert capsys.readouterr().out == "wrote 1 finding of 2 articles to provcheck-baseline.json\n"
    return json.loads(Path("provcheck-baseline.json").read_text(encoding="utf-8"))


def check_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", "news", "--baseline", "provcheck-baseline.json", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def findings(report: dict) -> list[dict]:
    return [f for a in report["articles"] for f in a["findings"]]


def test_baseline_file_records_fingerprints_not_lines(site, capsys):
    data = make_baseline(capsys)
    assert data["version"] == 1
    [entry] = data["findings"]
    assert {k: entry[k] for k in ("rule", "article", "text", "occurrence")} == {
        "rule": "scrape-residue", "article": "news/budget.md", "text": "Read more", "occurrence": 0}
    assert len(entry["fingerprint"]) == 64
    assert "line" not in entry
    text = Path("provcheck-baseline.json").read_text(encoding="utf-8")
    assert text.splitlines()[5].strip().startswith('{"rule": "scrape-residue"')  # one entry per line
    main(["baseline", str(site / "news"), "-o", str(site / "provcheck-baseline.json")])  # absolute paths
    capsys.readouterr()
    assert Path("provcheck-baseline.json").read_text(encoding="utf-8") == text  # same file: ids are relative


def test_baseline_survives_an_unrelated_edit_above_the_finding(site, capsys):
    make_baseline(capsys)
    assert main(["check", "news", "--fail-on", "warning"]) == 1  # without the baseline it fails
    capsys.readouterr()
    edited = ARTICLE.replace(BODY, "A new first paragraph.\n\nAnd another one, added later.\n\n" + BODY)
    (site / "news" / "budget.md").write_text(edited, encoding="utf-8")
    code, report = check_json(capsys, "--fail-on", "warning")
    assert code == 0
    [f] = findings(report)
    assert (f["rule"], f["line"], f["suppressed"], f["suppression"]) == ("scrape-residue", 9, True, "baseline")
    assert report["summary"]["suppressed"] == 1 and report["summary"]["findings"] == 0


def test_a_new_finding_still_fails_the_run(site, capsys):
    make_baseline(capsys)
    (site / "news" / "budget.md").write_text(ARTICLE + UNCREDITED, encoding="utf-8")
    code, report = check_json(capsys)
    assert code == 1
    live = [(f["rule"], f["line"]) for f in findings(report) if not f["suppressed"]]
    assert live == [("photo-credit", 7)]
    assert report["summary"]["suppressed"] == 1


def test_identical_findings_are_told_apart_by_occurrence(site, capsys):
    (site / "news" / "budget.md").write_text(ARTICLE + "\nRead more\n", encoding="utf-8")
    assert main(["baseline", "news"]) == 0
    capsys.readouterr()
    data = json.loads(Path("provcheck-baseline.json").read_text(encoding="utf-8"))
    assert [e["occurrence"] for e in data["findings"]] == [0, 1]
    (site / "news" / "budget.md").write_text(ARTICLE + "\nRead more\n\nRead more\n", encoding="utf-8")
    code, report = check_json(capsys, "--fail-on", "warning")
    assert code == 1
    assert [(f["line"], f["suppressed"]) for f in findings(report)] == [(5, True), (7, True), (9, False)]


def test_a_fixed_finding_makes_its_entry_stale(site, capsys):
    make_baseline(capsys)
    (site / "news" / "budget.md").write_text(ARTICLE.replace("Read more\n", ""), encoding="utf-8")
    code, report = check_json(capsys, "--fail-on", "warning")
    assert code == 0
    [stale] = findings(report)
    assert (stale["rule"], stale["severity"], stale["path"], stale["line"]) == (
        "baseline-stale", "info", "provcheck-baseline.json", 6)
    assert stale["article"] == "news/budget.md"
    assert stale["message"] == "baseline entry no longer occurs: scrape-residue in news/budget.md ('Read more')"
    assert main(["check", "news", "--baseline", "provcheck-baseline.json", "--fail-on", "info"]) == 1
    out = capsys.readouterr().out
    assert "provcheck-baseline.json:6:1 info baseline-stale" in out


def test_entries_of_articles_not_checked_are_left_alone(site, capsys):
    make_baseline(capsys)
    code, report = check_json(capsys, "--select", "photo-credit")  # the entry's rule is not in force
    assert code == 0 and findings(report) == []
    assert main(["check", "news/clean.md", "--baseline", "provcheck-baseline.json", "--format", "json"]) == 0
    assert findings(json.loads(capsys.readouterr().out)) == []


def test_suppressed_findings_are_not_recorded(site, capsys):
    text = ARTICLE.replace("Read more", "<!-- provcheck-disable-next-line scrape-residue -- kept -->\nRead more")
    (site / "news" / "budget.md").write_text(text, encoding="utf-8")
    assert main(["baseline", "news"]) == 0
    assert capsys.readouterr().out == "wrote 0 findings of 2 articles to provcheck-baseline.json\n"
    assert json.loads(Path("provcheck-baseline.json").read_text(encoding="utf-8"))["findings"] == []


def test_the_baseline_file_is_not_checked_as_an_article(site, capsys):
    make_baseline(capsys)
    Path("provcheck-baseline.json").rename("news/provcheck-baseline.json")
    code = main(["check", "news", "--baseline", "news/provcheck-baseline.json", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [i["status"] for i in report["inputs"] if i["path"].endswith(".json")] == ["excluded"]
    assert report["summary"]["articles"] == 2
    main(["check", "news", "--format", "json"])  # the default name is skipped even without --baseline
    report = json.loads(capsys.readouterr().out)
    assert [i["status"] for i in report["inputs"] if i["path"].endswith(".json")] == ["excluded"]


def test_baselined_findings_are_suppressed_in_sarif(site, capsys):
    make_baseline(capsys)
    main(["check", "news", "--baseline", "provcheck-baseline.json", "--format", "sarif"])
    [result] = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "external", "justification": "baseline"}]


@pytest.mark.parametrize("content, message", [
    (None, "cannot read"),
    ("{not json", "not JSON"),
    ('{"version": 9, "findings": []}', "not a provcheck baseline"),
    ('{"version": 1, "findings": [{"rule": "x"}]}', "entry 1 lacks"),
])
def test_a_bad_baseline_file_is_a_usage_error(site, capsys, content, message):
    if content is not None:
        Path("provcheck-baseline.json").write_text(content, encoding="utf-8")
    assert main(["check", "news", "--baseline", "provcheck-baseline.json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("provcheck: --baseline provcheck-baseline.json: ") and message in err


def test_the_run_applies_the_baseline_itself(site, capsys):
    """Post-processing is the run's (validator.postprocess): engine.run with a baseline gives the
    finished report — baselined findings marked, stale entries reported — with no CLI involved."""
    from validator import baseline, engine
    from validator.policy import load_policy

    make_baseline(capsys)
    Path("news/budget.md").write_text(f"Council Approves Budget\n\n{BODY}", encoding="utf-8")  # fixed
    (Path("news") / "more.md").write_text(ARTICLE.replace("Council", "Mayor"), encoding="utf-8")
    report = engine.run(["news"], load_policy(None), fail_on="info", max_warnings=0,
                        accepted=baseline.load("provcheck-baseline.json"))
    assert sorted((f.rule, Path(f.path).name, f.suppressed) for f in report.findings) == [
        ("baseline-stale", "provcheck-baseline.json", False), ("scrape-residue", "more.md", False)]
    assert "baseline-stale" in {r.id for r in report.rules}
    assert (report.max_warnings, report.verdict.exit_code) == (0, 1)
