"""The fixed report the reporter tests render, and the command that rewrites
their golden outputs:

    python -m tests.regen_golden

Run it after an intended change to a reporter and review the diff of
``tests/golden/`` before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from validator import reporters
from validator.model import Evidence, Fact, RuleInfo
from validator.report import ArticleResult, Finding, InputRecord, RuleRun, RunReport

GOLDEN = Path(__file__).resolve().parent / "golden"

#: the golden file's suffix for a format, where it is not the format's name
SUFFIXES = {"text": "txt", "junit": "junit.xml", "github": "github.txt", "markdown": "md"}


def golden_name(fmt: str) -> str:
    return f"report.{SUFFIXES.get(fmt, fmt)}"


#: golden file name -> reporter module, one for every format of validator.reporters.FORMATS
FORMATS = {golden_name(fmt): reporters.reporter(fmt) for fmt in reporters.FORMATS}

TRICKY = "100% missing: credit, source | <script>alert(1)</script>\nsecond line \x07 bell 📰"
ARABIC = "ترجمة: هذا المقال مترجم عن الإنجليزية"


def fixed_report() -> RunReport:
    """A hand-built report exercising every corner the reporters must handle."""
    translated = "translations/2024/gaza water.md"
    findings = (
        Finding(
            rule="translator-disclaimer",
            severity="error",
            message="Translated article has no translator's disclaimer",
            article=translated,
            path=translated,
            line=1,
            column=1,
            why="metadata source.language is ar, lang is en",
            fix="Add a closing line: 'Translated from Arabic by NAME.'",
        ),
        Finding(
            rule="source-credit",
            severity="warning",
            message=TRICKY,
            article=translated,
            path=translated,
            line=12,
            column=5,
            end_line=12,
            end_column=41,
            excerpt=ARABIC,
            why="config marks translations/** as translated",
            fix="Name the original outlet, e.g. 'First published in Al-Masry Al-Youm'.",
        ),
        Finding(
            rule="language-mismatch",
            severity="info",
            message="A passage is in Arabic (ar) in an English article",
            article=translated,
            path=translated,
            line=14,
            column=1,
            excerpt="  مرحبا   بالعالم  ",
            why="lang is en",
        ),
        Finding(
            rule="photo-credit",
            severity="warning",
            message="Image has no credit",
            article=translated,
            path=translated,
            line=20,
            column=3,
            excerpt="![Aid trucks](trucks.jpg)",
            why="the article has 1 image",
            suppressed=True,
            suppression="<!-- provcheck: disable photo-credit -- credit in CMS -->",
        ),
    )
    articles = (
        ArticleResult(
            id="news/clean.md",
            path="news/clean.md",
            format="markdown",
            title="Council approves budget",
            lang="en",
            facts={"translated": Fact(value=False, reason="no source metadata")},
            evidence=(Evidence(kind="photo-credit", text="Photo: Jane Doe / AFP", line=9, column=1),),
            rules=(RuleRun(rule="photo-credit", status="passed"),),
        ),
        ArticleResult(
            id=translated,
            path=translated,
            format="markdown",
            title="أزمة المياه — The water crisis",
            lang="en",
            facts={
                "translated": Fact(value=True, reason="metadata source.language is ar, lang is en"),
                "images": Fact(value=["trucks.jpg"], reason="1 image in the body"),
            },
            evidence=(Evidence(kind="source-outlet", text="Al-Masry Al-Youm", line=3, column=9),),
            findings=findings,
            rules=(
                RuleRun(rule="translator-disclaimer", status="failed"),
                RuleRun(rule="wire-credit", status="skipped", reason="not a wire story"),
            ),
        ),
        ArticleResult(
            id="export.jsonl#3",
            path="export.jsonl",
            format="jsonl",
            status="error",
            findings=(
                Finding(
                    rule="input-error",
                    severity="error",
                    message="Record 3 is not valid JSON: Expecting ',' delimiter: line 1 column 18",
                    article="export.jsonl#3",
                    path="export.jsonl",
                    line=3,
                    column=18,
                ),
            ),
        ),
    )
    return RunReport(
        tool={"name": "provcheck", "version": "0.1.0"},
        inputs=(
            InputRecord(path="news/clean.md", status="checked", articles=1),
            InputRecord(path=translated, status="checked", articles=1),
            InputRecord(path="export.jsonl", status="error", reason="record 3 is not valid JSON", articles=1),
            InputRecord(path="drafts/notes.txt", status="excluded", reason="ignored by provcheck.yaml"),
        ),
        articles=articles,
        rules=(
            RuleInfo(
                id="translator-disclaimer",
                title="Translations carry the translator's disclaimer",
                severity="error",
                kind="require",
                docs="A translated article must say so.\n\nCompliant: 'Translated from Arabic by Rana Ali.'",
            ),
            RuleInfo(id="source-credit", title="Credit the original outlet", severity="warning", kind="mention"),
            RuleInfo(id="photo-credit", title="Every image is credited", severity="warning", kind="credit"),
            RuleInfo(id="language-mismatch", title="Text is in the declared language", severity="info", kind="language"),
        ),
        fail_on="error",
    )


def rendered() -> dict[str, bytes]:
    """Each golden file's expected bytes, rendered from :func:`fixed_report`."""
    report = fixed_report()
    return {name: module.render(report).encode("utf-8") for name, module in FORMATS.items()}


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    for name, data in rendered().items():
        (GOLDEN / name).write_bytes(data)
        print(f"wrote {GOLDEN / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
