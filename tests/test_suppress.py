"""Suppressions in comments, front matter and config; reasonless and unused ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from validator.cli import main
from validator.report import Finding
from validator.suppress import Suppression

BODY = "The council approved its budget for the coming year on Tuesday, officials said."
HEAD = f"---\ntitle: Council Approves Budget\n---\n{BODY}\n\n"  # the body starts on line 4


# --- the cases: tests/cases/suppress/*.yaml --------------------------------------------
#
# Each case is one article (``text``, written as ``article.<ext>``) or a folder of ``files``
# (path -> text) with the config ``config`` written as its provcheck.yaml, checked with
# ``--format json --fail-on warning`` and the case's ``args``.  ``expect`` lists every finding
# of the run, in report order, as [line, rule, suppression] — with the file first,
# [file, line, rule, suppression], for a folder: the suppression is the finding's
# ``suppression`` text when it is suppressed, ``true`` when it is suppressed with no text,
# ``null`` when it is not.  Optional: ``messages`` (each the exact message of a finding),
# ``severity`` (rule -> the severity of each of its findings) and ``exit`` (the exit code).

CASES = Path(__file__).parent / "cases" / "suppress"


def _cases():
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


def _suppression(f: dict):
    return (f["suppression"] if f["suppression"] is not None else True) if f["suppressed"] else None


@pytest.mark.parametrize("case", list(_cases()))
def test_suppression_case(tmp_path, capsys, case):
    files = case.get("files") or {f"article.{case['ext']}": case["text"]}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    if case.get("config") is not None:
        (tmp_path / "provcheck.yaml").write_text(case["config"], encoding="utf-8")
    target = tmp_path if "files" in case else tmp_path / next(iter(files))
    code = main(["check", str(target), "--format", "json", "--fail-on", "warning", *map(str, case.get("args", ()))])
    found = [f for a in json.loads(capsys.readouterr().out)["articles"] for f in a["findings"]]
    where = (lambda f: [Path(f["path"]).relative_to(tmp_path).as_posix()]) if "files" in case else (lambda f: [])
    assert [[*where(f), f["line"], f["rule"], _suppression(f)] for f in found] == case["expect"]
    messages = [f["message"] for f in found]
    assert [m for m in case.get("messages", ()) if m not in messages] == [], messages
    for rule, severity in (case.get("severity") or {}).items():
        assert {f["severity"] for f in found if f["rule"] == rule} == {severity}
    if "exit" in case:
        assert code == case["exit"]


def test_the_suppression_cases_are_found():
    assert sorted(p.stem for p in CASES.glob("*.yaml")) == ["comments", "config", "metadata"]


# --- what needs Python ----------------------------------------------------------------


def test_internal_errors_are_never_suppressed():
    everything = Suppression("comment", "provcheck-disable on line 1", (), "all of it")
    crash = Finding(rule="internal-error", severity="error", message="boom", article="a.md", path="a.md", line=3)
    residue = crash.model_copy(update={"rule": "scrape-residue", "severity": "warning"})
    assert not everything.covers(crash)
    assert everything.covers(residue)


def test_a_config_suppression_is_external_in_sarif(tmp_path, capsys):
    (tmp_path / "provcheck.yaml").write_text('suppress:\n  - {paths: ["archive/**"], rules: [scrape-residue], '
                                             'reason: "pre-2020"}\n', encoding="utf-8")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(HEAD + "Read more\n", encoding="utf-8")
    main(["check", str(tmp_path / "archive"), "--format", "sarif"])
    [result] = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "external", "justification": "config suppress #1: pre-2020"}]


def test_config_suppression_of_an_unknown_rule_is_a_config_error(tmp_path, capsys):
    (tmp_path / "provcheck.yaml").write_text('suppress:\n  - {paths: ["**"], rules: [no-such-rule]}\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(HEAD, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    assert "suppress.0.rules: no rule 'no-such-rule'" in capsys.readouterr().err


@pytest.mark.parametrize("entry, key", [("{rules: [scrape-residue]}", "suppress.0.paths"),
                                         ("{paths: [x], reson: typo}", "suppress.0.reson")])
def test_config_suppress_entries_are_validated(tmp_path, capsys, entry, key):
    (tmp_path / "provcheck.yaml").write_text(f"suppress:\n  - {entry}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(HEAD, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    assert key in capsys.readouterr().err


def test_comments_kept_without_their_delimiters_are_read_too():
    from validator.article import Article, Block, Comment
    from validator.suppress import from_comments
    article = Article(id="a.html", path="a.html", format="html",
                      blocks=(Block(kind="paragraph", text="Read more", line=9, column=1),),
                      comments=(Comment(line=7, text=" provcheck-disable-next-line scrape-residue -- kept "),))
    [s], problems = from_comments(article)
    assert (s.rules, s.reason, s.first, s.last, problems) == (("scrape-residue",), "kept", 9, 9, [])


