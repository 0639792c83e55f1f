"""The machine and editor output formats, on one fixed hand-built report.

Golden files live in tests/golden/; regenerate them with
``python -m tests.regen_golden`` and review the diff.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.regen_golden import ARABIC, FORMATS, GOLDEN, fixed_report, rendered
from validator.report import Finding, RunReport
from validator import reporters
from validator.reporters import github, html, junit, markdown, sarif

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas"
needs_schemas = pytest.mark.skipif(
    not SCHEMAS.is_dir(),
    reason=f"official schemas not found at {SCHEMAS} (CI keeps ../shared/schemas beside the checkout)",
)


@pytest.fixture(scope="module")
def report() -> RunReport:
    return fixed_report()


# --- golden files -------------------------------------------------------------


def test_every_format_has_a_golden_file() -> None:
    missing = [name for name in FORMATS if not (GOLDEN / name).is_file()]
    assert not missing, f"no golden file {missing}; run `python -m tests.regen_golden` and review it"
    assert len(FORMATS) == len(reporters.FORMATS)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_golden(name: str) -> None:
    expected = (GOLDEN / name).read_bytes()
    assert rendered()[name] == expected, f"{name} changed; run `python -m tests.regen_golden` and review the diff"


@pytest.mark.parametrize("module", sorted(FORMATS.values(), key=lambda m: m.__name__))
def test_render_is_deterministic_and_ends_with_newline(module, report: RunReport) -> None:
    first = module.render(report)
    assert first == module.render(fixed_report())
    assert first.endswith("\n")


# --- SARIF --------------------------------------------------------------------


@needs_schemas
def test_sarif_validates_against_the_official_schema(report: RunReport) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.loads(sarif.render(report))))
    assert not errors, [e.message for e in errors]


def test_sarif_rules_results_and_locations(report: RunReport) -> None:
    log = json.loads(sarif.render(report))
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("provcheck", "0.1.0")
    ids = [r["id"] for r in driver["rules"]]
    assert ids[:4] == [r.id for r in report.rules]
    assert {"input-error", "internal-error", "internal-timeout"} <= set(ids)
    disclaimer = driver["rules"][0]
    assert disclaimer["name"] == "TranslatorDisclaimer"
    assert disclaimer["fullDescription"]["text"] == "A translated article must say so."
    assert disclaimer["helpUri"].endswith("#translator-disclaimer")
    assert disclaimer["defaultConfiguration"]["level"] == "error"
    assert driver["rules"][ids.index("language-mismatch")]["defaultConfiguration"]["level"] == "note"

    results = run["results"]
    assert len(results) == len(report.findings)
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    by_rule = {r["ruleId"]: r for r in results}
    credit = by_rule["source-credit"]
    location = credit["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "translations/2024/gaza%20water.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {
        "startLine": 12,
        "startColumn": 5,
        "endLine": 12,
        "endColumn": 41,
        "snippet": {"text": ARABIC},
    }
    assert credit["message"]["text"].startswith("100% missing")
    assert "endLine" not in by_rule["translator-disclaimer"]["locations"][0]["physicalLocation"]["region"]
    assert by_rule["language-mismatch"]["level"] == "note"
    assert by_rule["input-error"]["level"] == "error"
    assert by_rule["photo-credit"]["suppressions"] == [
        {"kind": "inSource", "justification": "<!-- provcheck: disable photo-credit -- credit in CMS -->"}
    ]
    assert "suppressions" not in credit
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert "%SRCROOT%" in run["originalUriBaseIds"]


def test_sarif_fingerprint_ignores_line_whitespace_and_case() -> None:
    base = Finding(rule="r", severity="error", message="m", article="a.md", path="a.md", line=3, excerpt="Hello  World")
    moved = base.model_copy(update={"line": 40, "column": 7, "excerpt": " hello\nworld "})
    other = base.model_copy(update={"article": "b.md"})
    assert sarif.fingerprint(base) == sarif.fingerprint(moved)
    assert sarif.fingerprint(base) != sarif.fingerprint(other)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a b/c#d.md", {"uri": "a%20b/c%23d.md", "uriBaseId": "%SRCROOT%"}),
        ("./x\\y.md", {"uri": "x/y.md", "uriBaseId": "%SRCROOT%"}),
        ("/abs/p q.md", {"uri": "file:///abs/p%20q.md"}),
        ("C:\\news\\a.md", {"uri": "file:///C:/news/a.md"}),
    ],
)
def test_sarif_artifact_location(path: str, expected: dict) -> None:
    assert sarif.artifact_location(path) == expected


def test_sarif_pascal_case() -> None:
    assert sarif.pascal_case("input-error") == "InputError"
    assert sarif.pascal_case("wire-credit-v2") == "WireCreditV2"


# --- JUnit --------------------------------------------------------------------


@needs_schemas
def test_junit_validates_against_the_xsd(report: RunReport) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd"))
    schema.validate(junit.render(report))


def test_junit_structure(report: RunReport) -> None:
    root = ET.fromstring(junit.render(report).encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "provcheck"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("3", "1", "1", "0")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {"news/clean.md", "translations/2024/gaza water.md", "export.jsonl#3"}
    assert cases["news/clean.md"].get("classname") == "news.clean.md"
    assert list(cases["news/clean.md"]) == []
    translated = cases["translations/2024/gaza water.md"]
    failures = translated.findall("failure")
    # fail_on is error: the warning is not a failure of a test case (the run fails on the error only)
    assert [f.get("type") for f in failures] == ["translator-disclaimer"]
    assert failures[0].text.startswith(
        "translations/2024/gaza water.md:1:1 error translator-disclaimer Translated article"
    )
    out = translated.find("system-out").text
    assert "warning source-credit" in out and "\x07" not in out and "bell 📰" in out
    assert "info language-mismatch" in out and "(suppressed: <!-- provcheck" in out
    error = cases["export.jsonl#3"].find("error")
    assert error.get("type") == "input-error" and error.text.startswith("export.jsonl:3:18 error input-error")


def test_junit_strips_illegal_characters() -> None:
    assert junit.clean("a\x00b\x07c\x1fd\te\nf") == "abcd\te\nf"


# --- GitHub -------------------------------------------------------------------


def test_github_escaping() -> None:
    assert github.escape_data("100% a:b,c\r\nd") == "100%25 a:b,c%0D%0Ad"
    assert github.escape_data("bell\x07 tab\t") == "bell tab\t"
    assert github.escape_property("100% a:b,c\r\nd") == "100%25 a%3Ab%2Cc%0D%0Ad"


def test_github_annotations_exact(report: RunReport) -> None:
    lines = github.render(report).splitlines()
    assert lines == [
        "::error file=export.jsonl,line=3,col=18,title=input-error::"
        "Record 3 is not valid JSON: Expecting ',' delimiter: line 1 column 18",
        "::error file=translations/2024/gaza water.md,line=1,col=1,title=translator-disclaimer::"
        "Translated article has no translator's disclaimer%0AWhy: metadata source.language is ar, lang is en"
        "%0AFix: Add a closing line: 'Translated from Arabic by NAME.'",
        "::warning file=translations/2024/gaza water.md,line=12,col=5,endLine=12,endColumn=41,title=source-credit::"
        "100%25 missing: credit, source | <script>alert(1)</script>%0Asecond line  bell 📰"
        "%0AWhy: config marks translations/** as translated"
        "%0AFix: Name the original outlet, e.g. 'First published in Al-Masry Al-Youm'.",
        "::notice file=translations/2024/gaza water.md,line=14,col=1,title=language-mismatch::"
        "A passage is in Arabic (ar) in an English article%0AWhy: lang is en",
    ]


def test_github_property_values_are_escaped() -> None:
    f = Finding(rule="r", severity="info", message="m", article="a", path="dir,x/a:b.md")
    assert github.annotation(f) == "::notice file=dir%2Cx/a%3Ab.md,line=1,col=1,title=r::m"


def test_github_job_summary_is_the_markdown_summary(report: RunReport) -> None:
    assert github.job_summary(report) == markdown.render(report)


# --- Markdown -----------------------------------------------------------------


def test_markdown_summary(report: RunReport) -> None:
    text = markdown.render(report)
    assert text.startswith("## provcheck: ❌ failed\n")
    assert "**1/3** articles compliant · 2 errors · 1 warning · 1 info · 1 suppressed" in text
    assert "| 🔴 error | 2 |" in text
    assert "| translator-disclaimer | Translations carry the translator's disclaimer | 1 |" in text
    assert (
        "| translations/2024/gaza water.md:12 | 🟠 warning | source-credit | "
        "100% missing: credit, source \\| &lt;script&gt;alert(1)&lt;/script&gt;<br>second line  bell 📰 |"
    ) in text
    assert "| export.jsonl:3 | 🔴 error | input-error |" in text
    assert "photo-credit | Image has no credit" not in text  # suppressed
    assert "news/clean.md" not in text  # compliant articles are not listed
    assert "<details>" not in text


def test_markdown_folds_long_lists() -> None:
    findings = tuple(
        Finding(rule=f"rule-{i}", severity="warning", message=f"m{i}", article="big_one.md", path="big_one.md", line=i)
        for i in range(1, 7)
    )
    base = fixed_report()
    big = base.articles[1].model_copy(update={"id": "big_one.md", "path": "big_one.md", "findings": findings})
    text = markdown.render(base.model_copy(update={"articles": (big,)}))
    assert "<details><summary>big_one.md — 6 findings</summary>" in text
    many = tuple(base.articles[1].model_copy(update={"id": f"a{i}.md"}) for i in range(21))
    text = markdown.render(base.model_copy(update={"articles": many}))
    assert text.count("<details>") == 21


def test_markdown_passing_run(report: RunReport) -> None:
    clean = report.model_copy(update={"articles": report.articles[:1]})
    text = markdown.render(clean)
    assert text.startswith("## provcheck: ✅ passed\n")
    assert "Non-compliant" not in text


# --- HTML ---------------------------------------------------------------------


def test_html_escapes_and_marks_direction(report: RunReport) -> None:
    page = html.render(report)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\x07" not in page
    assert f'<div class="excerpt" dir="auto">{ARABIC}</div>' in page
    assert "📰" in page
    for article in report.articles:
        assert f'<span dir="auto">{article.id}</span>' in page
    assert page.count('<span class="badge ok">compliant</span>') == 1
    assert page.count('<span class="badge bad">non-compliant</span>') == 2
    assert "metadata source.language is ar, lang is en" in page  # fact reason and why
    assert "Al-Masry Al-Youm" in page  # evidence
    assert "<link" not in page and "src=" not in page  # self-contained


# --- edge cases ---------------------------------------------------------------


def test_internal_error_and_unknown_rule() -> None:
    crash = Finding(
        rule="internal-error", severity="error", message="check crashed: KeyError", article="a.md", path="a.md"
    )
    plugin = Finding(rule="house-style", severity="info", message="m", article="a.md", path="a.md", line=2)
    base = fixed_report()
    article = base.articles[0].model_copy(update={"id": "a.md", "path": "a.md", "findings": (crash, plugin)})
    report = base.model_copy(update={"articles": (article,)})
    run = json.loads(sarif.render(report))["runs"][0]
    assert run["invocations"] == [{"executionSuccessful": False}]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    case = ET.fromstring(junit.render(report).encode("utf-8")).find("testsuite/testcase")
    assert case.find("error").get("type") == "internal-error"


@pytest.mark.parametrize("module", sorted(FORMATS.values(), key=lambda m: m.__name__))
def test_empty_report(module) -> None:
    empty = RunReport(tool={"name": "provcheck", "version": "0.1.0"})
    text = module.render(empty)
    assert module is github or text.endswith("\n")
    if module is sarif:
        assert json.loads(text)["runs"][0]["results"] == []
    if module is junit:
        assert ET.fromstring(text.encode("utf-8")).find("testsuite").get("tests") == "0"
