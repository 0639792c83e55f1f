"""Suppressions in comments, front matter and config; reasonless and unused ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.cli import main
from validator.report import Finding
from validator.suppress import Suppression

BODY = "The council approved its budget for the coming year on Tuesday, officials said."
HEAD = f"---\ntitle: Council Approves Budget\n---\n{BODY}\n\n"  # the body starts on line 4


def run(tmp_path: Path, text: str, *args: str, name: str = "a.md", capsys=None) -> tuple[int, list[dict]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--format", "json", "--fail-on", "warning", *args])
    report = json.loads(capsys.readouterr().out)
    return code, [f for a in report["articles"] for f in a["findings"]]


def brief(findings: list[dict]) -> list[tuple]:
    """(line, rule, suppression) of each finding; suppression is None when not suppressed."""
    return [(f["line"], f["rule"], f["suppression"] if f["suppressed"] else None) for f in findings]


# --- comments ---------------------------------------------------------------------


def test_disable_next_line_with_a_reason(tmp_path, capsys):
    text = HEAD + "<!-- provcheck-disable-next-line scrape-residue -- quoted from the page -->\n\nRead more\n\nLogo Wide\n"
    code, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(8, "scrape-residue", "quoted from the page"), (10, "scrape-residue", None)]
    assert code == 1  # line 10 is not covered: only the next line with content (blank lines skipped)


def test_disable_next_line_without_ids_covers_every_rule(tmp_path, capsys):
    text = HEAD + "<!-- provcheck-disable-next-line -- intentional -->\n![Road](road.jpg)\n"
    code, found = run(tmp_path, text, capsys=capsys)
    assert code == 0
    assert brief(found) == [(7, "photo-credit", "intentional")]


def test_several_ids_separated_by_commas(tmp_path, capsys):
    text = HEAD + ("<!-- provcheck-disable-next-line photo-credit, scrape-residue -- agency photo -->\n"
                   "![Road](road.jpg)\n")
    code, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [
        (6, "unused-suppression", None),  # scrape-residue ran and found nothing on line 7
        (7, "photo-credit", "agency photo"),
    ]
    assert found[0]["message"] == ("provcheck-disable-next-line photo-credit,scrape-residue on line 6 "
                                   "(covers line 7) suppresses nothing: no scrape-residue finding there")
    assert found[0]["severity"] == "info" and code == 0


def test_disable_and_enable_a_region(tmp_path, capsys):
    text = HEAD + ("<!-- provcheck-disable scrape-residue -- scraped sidebar kept for the archive -->\n"
                   "Read more\n\nLogo Wide\n<!-- provcheck-enable scrape-residue -->\n\nRead more\n")
    code, found = run(tmp_path, text, capsys=capsys)
    reason = "scraped sidebar kept for the archive"
    assert brief(found) == [(7, "scrape-residue", reason), (9, "scrape-residue", reason), (12, "scrape-residue", None)]
    assert code == 1


def test_disable_without_enable_runs_to_the_end_and_enable_without_ids_ends_all(tmp_path, capsys):
    text = HEAD + ("<!-- provcheck-disable -- legacy page -->\nRead more\n<!-- provcheck-enable -->\n\nLogo Wide\n"
                   "<!-- provcheck-disable scrape-residue -- legacy page -->\n\nRead more\n")
    _, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(7, "scrape-residue", "legacy page"), (10, "scrape-residue", None),
                            (13, "scrape-residue", "legacy page")]


def test_enable_with_ids_ends_only_those(tmp_path, capsys):
    text = HEAD + ("<!-- provcheck-disable scrape-residue, photo-credit -- archive page -->\nRead more\n"
                   "<!-- provcheck-enable scrape-residue -->\n\nRead more\n\n![Road](road.jpg)\n")
    _, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(7, "scrape-residue", "archive page"), (10, "scrape-residue", None),
                            (12, "photo-credit", "archive page")]


def test_a_comment_suppression_without_a_reason_is_a_warning(tmp_path, capsys):
    text = HEAD + "<!-- provcheck-disable-next-line scrape-residue -->\nRead more\n"
    code, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(6, "suppression-without-reason", None), (7, "scrape-residue", None)]
    assert found[1]["suppressed"] is True  # it still suppresses, with no reason to show
    assert found[0]["severity"] == "warning"
    assert found[0]["message"] == ("suppression without a reason: "
                                   "provcheck-disable-next-line scrape-residue on line 6 (covers line 7)")
    assert code == 1  # the reasonless suppression is a warning, at --fail-on warning


def test_an_unused_suppression_is_info(tmp_path, capsys):
    text = HEAD + "<!-- provcheck-disable-next-line scrape-residue -- was a button -->\nA real paragraph of news.\n"
    code, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(6, "unused-suppression", None)]
    assert found[0]["severity"] == "info" and code == 0


def test_a_misspelt_rule_id_is_an_unused_suppression(tmp_path, capsys):
    text = HEAD + "<!-- provcheck-disable-next-line scrape-residu -- typo -->\nRead more\n"
    _, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(6, "unused-suppression", None), (7, "scrape-residue", None)]
    assert "names 'scrape-residu', which is not a rule in force" in found[0]["message"]


def test_enable_with_nothing_open_and_unknown_directives(tmp_path, capsys):
    text = HEAD + "<!-- provcheck-enable photo-credit -->\n<!-- provcheck-disable-line scrape-residue -->\n"
    _, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(6, "unused-suppression", None), (7, "input-warning", None)]
    assert found[0]["message"] == "provcheck-enable photo-credit on line 6 ends no open provcheck-disable"
    assert found[1]["message"].startswith("unknown provcheck directive on line 7: 'provcheck-disable-line")


def test_a_rule_not_selected_is_not_reported_unused(tmp_path, capsys):
    text = HEAD + "<!-- provcheck-disable-next-line photo-credit -- agency photo -->\nA real paragraph.\n"
    _, found = run(tmp_path, text, "--select", "scrape", capsys=capsys)
    assert found == []
    _, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(6, "unused-suppression", None)]
    _, found = run(tmp_path, text, "--ignore", "unused-suppression", capsys=capsys)
    assert found == []


def test_internal_errors_are_never_suppressed():
    everything = Suppression("comment", "provcheck-disable on line 1", (), "all of it")
    crash = Finding(rule="internal-error", severity="error", message="boom", article="a.md", path="a.md", line=3)
    residue = crash.model_copy(update={"rule": "scrape-residue", "severity": "warning"})
    assert not everything.covers(crash)
    assert everything.covers(residue)


# --- front matter and JSON metadata ----------------------------------------------------


def test_front_matter_ignore_with_a_reason(tmp_path, capsys):
    text = ("---\ntitle: Council Approves Budget\nprovcheck: {ignore: [photo-credit], reason: \"credit in the CMS\"}\n"
            f"---\n{BODY}\n\n![Road](road.jpg)\n\nRead more\n")
    code, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(7, "photo-credit", "credit in the CMS"), (9, "scrape-residue", None)]
    assert code == 1


def test_front_matter_ignore_all_without_a_reason(tmp_path, capsys):
    text = f"---\ntitle: Council Approves Budget\nprovcheck: {{ignore: all}}\n---\n{BODY}\n\nRead more\n"
    code, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(1, "suppression-without-reason", None), (7, "scrape-residue", None)]
    assert found[1]["suppressed"] is True
    assert found[0]["message"] == "suppression without a reason: metadata provcheck.ignore all"
    assert code == 1


def test_front_matter_suppression_that_suppresses_nothing(tmp_path, capsys):
    text = f"---\ntitle: Budget\nprovcheck: {{ignore: scrape-residue, reason: old}}\n---\n{BODY}\n"
    _, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(1, "unused-suppression", None)]


def test_malformed_front_matter_suppression_is_an_input_warning(tmp_path, capsys):
    text = f"---\ntitle: Budget\nprovcheck: {{ignor: [scrape-residue]}}\n---\n{BODY}\n\nRead more\n"
    _, found = run(tmp_path, text, capsys=capsys)
    assert brief(found) == [(1, "input-warning", None), (7, "scrape-residue", None)]


def test_json_record_metadata_suppresses_too(tmp_path, capsys):
    record = {"title": "Council Approves Budget", "body": f"{BODY}\n\nRead more",
              "provcheck": {"ignore": ["scrape-residue"], "reason": "kept from the print page"}}
    code, found = run(tmp_path, json.dumps(record), name="a.json", capsys=capsys)
    assert [(f["rule"], f["suppression"]) for f in found] == [("scrape-residue", "kept from the print page")]
    assert code == 0


# --- config ----------------------------------------------------------------------------


def config_run(tmp_path: Path, capsys, suppress: str, *args: str) -> tuple[int, list[dict]]:
    (tmp_path / "provcheck.yaml").write_text(f"suppress:\n{suppress}", encoding="utf-8")
    (tmp_path / "archive").mkdir(exist_ok=True)
    (tmp_path / "archive" / "old.md").write_text(HEAD + "Read more\n", encoding="utf-8")
    (tmp_path / "news.md").write_text(HEAD + "Read more\n", encoding="utf-8")
    code = main(["check", str(tmp_path), "--format", "json", "--fail-on", "warning", *args])
    report = json.loads(capsys.readouterr().out)
    return code, [f for a in report["articles"] for f in a["findings"]]


def test_config_suppression_by_path_glob(tmp_path, capsys):
    code, found = config_run(tmp_path, capsys, '  - {paths: ["archive/**"], rules: [scrape-residue], reason: "pre-2020"}\n')
    assert [(Path(f["path"]).name, f["rule"], f["suppression"]) for f in found] == [
        ("old.md", "scrape-residue", "config suppress #1: pre-2020"), ("news.md", "scrape-residue", None)]
    assert code == 1
    main(["check", str(tmp_path / "archive"), "--format", "sarif"])
    [result] = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "external", "justification": "config suppress #1: pre-2020"}]


def test_config_suppression_without_a_reason_and_unused(tmp_path, capsys):
    code, found = config_run(tmp_path, capsys, '  - {paths: ["archive/**"]}\n  - {paths: ["news.md"], rules: [photo-credit], reason: old}\n')
    config = str(tmp_path / "provcheck.yaml")
    at_config = [(f["path"], f["rule"], f["severity"], f["message"]) for f in found if f["path"] == config]
    assert at_config == [
        (config, "suppression-without-reason", "warning", "suppression without a reason: config suppress #1 (paths archive/**)"),
        (config, "unused-suppression", "info",
         "config suppress #2 (paths news.md) suppresses nothing: no photo-credit finding in the 1 article(s) it matches"),
    ]
    assert code == 1


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


def test_html_comments_suppress_like_markdown(tmp_path, capsys):
    from validator.cli import main
    page = tmp_path / "a.html"
    page.write_text(
        '<html lang="en"><body><article>\n<h1>Bus Routes Return</h1>\n'
        "<p>Three bus routes returned to the old city on Saturday after the road works ended, officials said.</p>\n"
        "<!-- provcheck-disable-next-line photo-credit -- the credit is in the CMS caption field -->\n"
        '<figure><img src="bus.jpg"><figcaption>A bus on the river road</figcaption></figure>\n'
        "</article></body></html>\n", encoding="utf-8")
    assert main(["check", str(page), "--format", "json"]) == 0
    import json
    [article] = json.loads(capsys.readouterr().out)["articles"]
    [finding] = article["findings"]
    assert (finding["rule"], finding["line"], finding["suppressed"], finding["suppression"]) == (
        "photo-credit", 5, True, "the credit is in the CMS caption field")

