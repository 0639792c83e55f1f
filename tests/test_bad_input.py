"""Bad input: every file ends up in the report, with a precise finding, and the batch goes on.

The corpus is written by the tests themselves (``corpus`` below) into tmp_path:
binary files with text extensions, broken and foreign encodings, empty and
oversized files, broken front matter, pathological nesting, unclosed HTML,
FIFOs, symbolic-link loops, unreadable files and awkward path names.  Each case
names the exact ``input-error`` / ``input-warning`` message provcheck gives.
"""

from __future__ import annotations

import codecs
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from validator import engine, inputs
from validator.cli import main
from validator.decode import decode
from validator.policy import load_policy
from validator.readers import reader_for

LIMIT = 500_000  # the size limit the corpus is checked with (--max-file-size)

GOOD = ("Council Approves Budget {n}\n\nThe city council approved its budget for year {n} on Tuesday "
        "evening, officials said.\n\nThe vote was unanimous, and the new plan takes effect in spring.\n")


@dataclass(frozen=True)
class Case:
    name: str  # file name in the corpus
    data: bytes | None  # None: made by a special step (FIFO, link)
    rule: str | None  # input-error / input-warning, or None when the file is read cleanly
    message: str | None = None
    line: int = 1
    column: int = 1


def _cases() -> list[Case]:
    cp1252 = "Caf\u00e9 Reopens\n\n\u201cWe are back,\u201d the owner said on Monday, after a year of repairs.\n"
    broken = "Caf\u00e9 Reopens\n\nThe caf\u00e9 reopened on Monday \xff after a year of repairs, its owner said.\n"
    laughs = ("---\ntitle: Laughs\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
              "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
              "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nBody.\n")
    return [
        Case("binary.txt", b"Headline\n" + bytes(range(256)) * 4, "input-error",
             "binary file: NUL byte at line 2, column 1 (offset 9); not UTF-8, UTF-16 or Windows-1252 text", 2, 1),
        Case("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)), "input-error",
             "binary file: it looks like a PNG image, not an article"),
        Case("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "input-error",
             "binary file: it looks like a PDF document, not an article"),
        Case("invalid-utf8.txt", b"Headline\n" + b"abc \x81\x8d\x90 def\n" * 50, "input-error",
             "invalid UTF-8 at line 2, column 5 (byte 0x81 at offset 13), 150 invalid bytes in all; "
             "not Windows-1252 text either (byte 0x81 at offset 13 is undefined in Windows-1252)", 2, 5),
        Case("broken-utf8.txt", broken.encode("utf-8").replace("\xff".encode(), b"\xff"), "input-warning",
             "invalid UTF-8 at line 3, column 29 (byte 0xff at offset 44); 1 undecodable byte replaced with U+FFFD"),
        Case("bom-utf8.txt", codecs.BOM_UTF8 + GOOD.format(n=1).encode("utf-8"), None),
        Case("utf16le-bom.txt", codecs.BOM_UTF16_LE + GOOD.format(n=2).encode("utf-16-le"), "input-warning",
             "decoded as UTF-16 LE (byte-order mark)"),
        Case("utf16be-bom.txt", codecs.BOM_UTF16_BE + GOOD.format(n=3).encode("utf-16-be"), "input-warning",
             "decoded as UTF-16 BE (byte-order mark)"),
        Case("utf16-no-bom.txt", GOOD.format(n=4).encode("utf-16-le"), "input-warning",
             "no byte-order mark; decoded as UTF-16 LE (every other byte is NUL)"),
        Case("utf16-truncated.txt", codecs.BOM_UTF16_LE + "Headline\nBody".encode("utf-16-le") + b"x", "input-error",
             "invalid UTF-16 LE at line 2, column 5 after a byte-order mark (truncated data at byte 28)", 2, 5),
        Case("windows-1252.txt", cp1252.encode("cp1252"), "input-warning",
             "invalid UTF-8 at line 1, column 4 (byte 0xe9 at offset 3); decoded as Windows-1252"),
        Case("empty.txt", b"", "input-error", "empty file (0 bytes): nothing to check"),
        Case("blank.md", b"  \n\t\n\r\n \n", "input-error", "the file holds only whitespace (9 bytes): nothing to check"),
        Case("huge.txt", (b"A line of text that goes on. " * 21000)[:LIMIT + 1000], "input-error",
             f"file is {LIMIT + 1000:,} bytes, over the {LIMIT:,}-byte limit (--max-file-size or settings.max_file_size)"),
        Case("fm-not-yaml.md", b"---\ntitle: [unclosed\nlang: en\n---\nBody.\n", "input-error",
             "front matter is not valid YAML: expected ',' or ']', but got ':'", 3, 5),
        Case("fm-list.md", b"---\n- title\n- lang\n---\nBody.\n", "input-error",
             "front matter must be a mapping of fields, not a list", 2, 1),
        Case("fm-unclosed.md", b"---\ntitle: Never closed\n\nBody text.\n", "input-error",
             "front matter opened with '---' on line 1 is never closed"),
        Case("fm-billion-laughs.md", laughs.encode(), "input-error",
             "front matter uses a YAML alias (*name); provcheck does not expand aliases", 4, 8),
        Case("fm-scalar.md", b"---\njust a sentence\n---\nBody.\n", "input-error",
             "front matter must be a mapping of fields, not a str", 2, 1),
        Case("fm-duplicate-key.md", b"---\ntitle: Twice\ntranslated: true\nlang: en\ntranslated: false\n---\nBody.\n",
             "input-error", "front matter has the key 'translated' twice, on line 3 and line 5; "
             "only one value can count", 5, 1),
        Case("duplicate-key.json", b'{\n  "title": "Twice",\n  "translated": true,\n  "body": "Body.",\n'
             b'  "translated": false\n}\n', "input-error",
             "duplicate key 'translated' at line 3, column 3 and line 5, column 3; only one value can count", 5, 3),
        Case("duplicate-key.jsonl", b'{"title": "Twice", "translated": true, "body": "Body.", "translated": false}\n',
             "input-error", "duplicate key 'translated' at line 1, column 20 and line 1, column 57; "
             "only one value can count", 1, 57),
        Case("deep-quotes.md", b"# Deep\n\n" + b">" * 100_000 + b" quoted\n", "input-warning",
             "Markdown nested more than 19 levels deep from line 3: the text nested deeper was not read"),
        Case("deep-brackets.md", b"# Deep\n\n" + b"[" * 100_000 + b" text\n", None),
        Case("deep-lists.md", b"# Deep\n\n" + b"- " * 50_000 + b"item\n", "input-warning",
             "Markdown nested more than 19 levels deep from line 3: the text nested deeper was not read"),
        Case("deep-emphasis.md", b"# Deep\n\n" + b"*_" * 50_000 + b"x\n", None),
        Case("charrefs-malformed.html", ("<html lang='en'><body><article><h1>Storm Hits Coast</h1><p>Bad &#; and "
             "&#; and &#a here.</p><p>Roads were closed overnight, officials said.</p><figure><img src='b.jpg'>"
             "<figcaption>Boats. Photo: Ann Lee / Agency</figcaption></figure></article></body></html>\n").encode(),
             None),
        Case("charset-1251.html", ("<html><head><meta charset='windows-1251'><title>\u0421\u043e\u0432\u0435\u0442"
             "</title></head><body><p>\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 "
             "\u0441\u043e\u0432\u0435\u0442.</p></body></html>\n").encode("cp1251"), None),
        Case("unclosed-divs.html", b"<html><body><article><h1>Deep</h1><p>Text.</p>" + b"<div>" * 90_000 + b"end\n",
             "input-warning", "elements nested deeper than 200 levels were flattened"),
        Case("long-paragraph.md", b"# Long\n\n" + b"".join(b"word %d of a line\n" % i for i in range(20_000)), None),
        Case("name with spaces.txt", GOOD.format(n=5).encode(), None),
        Case("\u00e9t\u00e9 \u0645\u0642\u0627\u0644.txt", GOOD.format(n=6).encode(), None),
        Case("-leading-dash.md", ("# " + GOOD.format(n=7)).encode(), None),
        # issue 9: a lone surrogate (valid JSON and YAML escapes) is read, never an error
        Case("surrogate.jsonl", b'{"title": "Bad \\ud800 Title", "lang": "en", "body": "The council met on '
             b'Tuesday evening, officials said.\\n\\n![Road](ro\\ud800ad.jpg)"}\n', None),
        Case("surrogate-fm.md", b'---\ntitle: "Front \\udfff Matter"\n---\n' + GOOD.format(n=8).encode(), None),
        # issue 9: names that would drive a terminal or forge a workflow command
        Case("title\x1b]0;owned\x07.md", GOOD.format(n=9).encode(), None),
        Case("forge\n::warning file=x.md::forged.md", GOOD.format(n=10).encode(), None),
    ]


CASES = _cases()


def write_corpus(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, Path]:
    """Write the bad-input corpus (but the cases whose names start with ``skip``); return
    every file by name (FIFO and links included)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for case in CASES:
        if skip and case.name.startswith(skip):
            continue
        path = folder / case.name
        path.write_bytes(case.data)
        paths[case.name] = path
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.md")
        paths["pipe.md"] = folder / "pipe.md"
    if hasattr(os, "symlink"):
        (folder / "sub").mkdir()
        (folder / "sub" / "inside.txt").write_text(GOOD.format(n=8), encoding="utf-8")
        os.symlink("..", folder / "sub" / "loop")  # sub/loop/sub/loop/... is one folder
        os.symlink("self.md", folder / "self.md")  # a link to itself
        os.symlink("nowhere.md", folder / "dangling.md")
        paths["sub/inside.txt"] = folder / "sub" / "inside.txt"
        paths["self.md"] = folder / "self.md"
        paths["dangling.md"] = folder / "dangling.md"
    return paths


@pytest.fixture
def policy():
    base = load_policy(None)
    settings = base.config.settings.model_copy(update={"max_file_size": LIMIT})
    return base.model_copy(update={"config": base.config.model_copy(update={"settings": settings})})


def _check(path: Path, policy) -> list:
    # reading counts against the budget: a generous one, so that a loaded machine does not turn
    # the slow-to-parse cases (100,000 "[" take markdown-it 4 s idle) into internal-timeouts
    return engine.check_file(str(path), policy, policy.rules, timeout=60)


# --- each case --------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_bad_input_gets_its_finding(case: Case, tmp_path: Path, policy) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    results = _check(path, policy)
    assert results, "every input gives at least one result"
    engine_findings = [f for r in results for f in r.findings if f.rule.startswith(("input-", "internal-"))]
    if case.rule is None:
        assert not engine_findings, engine_findings
        assert all(r.status == "checked" for r in results)
        return
    assert [(f.rule, f.message) for f in engine_findings] == [(case.rule, case.message)]
    finding = engine_findings[0]
    if case.rule == "input-error":
        assert (finding.line, finding.column) == (case.line, case.column)
        assert [r.status for r in results] == ["error"]
    else:
        assert [r.status for r in results] == ["checked"]


def test_decoded_text_is_right(tmp_path: Path, policy) -> None:
    """The encodings that are read are read correctly, not as mojibake."""
    for case in CASES:
        if case.name in ("bom-utf8.txt", "utf16le-bom.txt", "utf16be-bom.txt", "utf16-no-bom.txt", "windows-1252.txt"):
            (tmp_path / case.name).write_bytes(case.data)
    titles = {name: _check(tmp_path / name, policy)[0].title for name in os.listdir(tmp_path)}
    assert titles == {"bom-utf8.txt": "Council Approves Budget 1", "utf16le-bom.txt": "Council Approves Budget 2",
                      "utf16be-bom.txt": "Council Approves Budget 3", "utf16-no-bom.txt": "Council Approves Budget 4",
                      "windows-1252.txt": "Caf\u00e9 Reopens"}
    windows = next(c for c in CASES if c.name == "windows-1252.txt")
    assert "\u201cWe are back,\u201d the owner said" in decode(windows.data).text


def test_size_limit_from_the_command_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    size = (tmp_path / "a.txt").stat().st_size
    assert main(["check", str(tmp_path), "--format", "json", "--max-file-size", "100"]) == 1
    report = json.loads(capsys.readouterr().out)
    [finding] = report["articles"][0]["findings"]
    assert finding["message"] == (f"file is {size:,} bytes, over the 100-byte limit "
                                  "(--max-file-size or settings.max_file_size)")
    assert main(["check", str(tmp_path), "--max-file-size", str(size)]) == 0  # at the limit is fine
    capsys.readouterr()
    for bad in ("0", "-5", "ten"):
        assert main(["check", str(tmp_path), "--max-file-size", bad]) == 2
        assert "--max-file-size: a number of bytes (1 or more) is needed" in capsys.readouterr().err


@pytest.mark.slow
def test_a_5mb_single_line_is_read_and_checked_whole(tmp_path: Path, policy) -> None:
    """A 5 MB file with no line break is one paragraph of 5 MB, checked without a
    crash or a timeout (tests never assert on time; the time is printed for -s)."""
    settings = policy.config.settings.model_copy(update={"max_file_size": 10_000_000})
    policy = policy.model_copy(update={"config": policy.config.model_copy(update={"settings": settings})})
    path = tmp_path / "one-line.txt"
    words = "The council met on Tuesday and the vote was close, officials said "
    path.write_text((words * (5_000_000 // len(words) + 1))[:5_000_000], encoding="utf-8")
    start = time.perf_counter()
    [result] = _check(path, policy)
    elapsed = time.perf_counter() - start
    print(f"5 MB single line: read and checked in {elapsed:.2f} s")
    assert result.status == "checked"
    assert not [f for f in result.findings if f.rule.startswith("internal-")]
    [article] = reader_for(str(path)).module.read(path.read_text(encoding="utf-8"), str(path))
    assert [(b.kind, len(b.text), b.line, b.column) for b in article.blocks] == [("paragraph", 5_000_000, 1, 1)]


@pytest.mark.slow
def test_deeply_nested_json_is_an_input_error(tmp_path: Path, policy) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    [result] = _check(path, policy)
    assert [(f.rule, f.message) for f in result.findings] == [("input-error", "the JSON is nested too deeply to read")]
    path = tmp_path / "deep.jsonl"
    path.write_text('{"title": "ok", "body": "Fine."}\n' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "\n",
                    encoding="utf-8")
    results = _check(path, policy)
    assert len(results) == 2  # the good record is still checked
    assert results[1].status == "error"
    assert results[1].findings[0].message == "the record is nested too deeply to read"


@pytest.mark.slow
def test_html_that_never_closes_its_tags(tmp_path: Path, policy) -> None:
    path = tmp_path / "unclosed.html"
    # a page whose tags are never closed, nested 3,000 deep (kept moderate: see the report note
    # on the HTML tree builder's time on very deep nesting)
    path.write_text("<html><head><title>Unclosed<body><article><h1>Storm Hits Coast<p>The storm hit the coast "
                    "on Monday, officials said, and the roads were closed.<div><span><b>"
                    + "<div><em>" * 1_500 + "deep text", encoding="utf-8")
    [result] = _check(path, policy)
    assert result.status == "checked"
    assert result.title
    assert not [f for f in result.findings if f.rule in ("input-error", "internal-error", "internal-timeout")]
    assert [f.message for f in result.findings if f.rule == "input-warning"] == [
        "elements nested deeper than 200 levels were flattened"]


# --- paths ---------------------------------------------------------------------------


def test_fifo_is_reported_not_opened(tmp_path: Path, capsys) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(tmp_path / "pipe.md")
    for given in (tmp_path, tmp_path / "pipe.md"):  # found in a folder, or named on the command line
        assert main(["check", str(given), "--format", "json"]) == 1
        report = json.loads(capsys.readouterr().out)
        assert report["inputs"] == [{"path": str(tmp_path / "pipe.md"), "status": "error",
                                     "reason": "a named pipe (FIFO), not a regular file", "articles": 0}]
        assert report["articles"][0]["findings"][0]["message"] == "a named pipe (FIFO), not a regular file"


def test_symlink_loops_and_broken_links(tmp_path: Path, policy) -> None:
    if not hasattr(os, "symlink"):
        pytest.skip("no symbolic links on this platform")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    os.symlink("..", tmp_path / "sub" / "loop")
    os.symlink("self.md", tmp_path / "self.md")
    os.symlink("nowhere.md", tmp_path / "dangling.md")
    report = engine.run([str(tmp_path)], policy)
    assert [(i.path, i.status, i.reason) for i in report.inputs] == [
        (str(tmp_path / "dangling.md"), "error", "broken symbolic link (No such file or directory)"),
        (str(tmp_path / "self.md"), "error", "broken symbolic link (Too many levels of symbolic links)"),
        (str(tmp_path / "sub" / "a.txt"), "checked", ""),
        (str(tmp_path / "sub" / "loop"), "excluded", "folder reached again through a symbolic link loop"),
    ]


def test_unreadable_file_chmod_000(tmp_path: Path, policy) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD.format(n=1), encoding="utf-8")
    path.chmod(0)
    try:
        try:
            path.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("permissions do not stop reads here (running as root, as in CI); "
                        "test_unreadable_file_simulated covers the same path")
        [result] = _check(path, policy)
        assert result.findings[0].message == "cannot read: Permission denied"
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, policy, monkeypatch) -> None:
    """The read failing (as chmod 000 does for a normal user) gives an input-error; the batch goes on."""
    (tmp_path / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    (tmp_path / "secret.txt").write_text(GOOD.format(n=2), encoding="utf-8")
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if str(file).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(inputs, "open", guarded_open, raising=False)
    report = engine.run([str(tmp_path)], policy)
    assert [(i.path.rsplit(os.sep, 1)[-1], i.status, i.reason) for i in report.inputs] == [
        ("a.txt", "checked", ""), ("secret.txt", "error", "cannot read: Permission denied")]
    assert [a.status for a in report.articles] == ["checked", "error"]


def test_awkward_path_names(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    names = ["-x.md", "name with spaces.txt", "\u00e9t\u00e9 \u0645\u0642\u0627\u0644.txt", "--looks-like-an-option.txt"]
    for name in names:
        Path(name).write_text(GOOD.format(n=len(name)), encoding="utf-8")
    assert main(["check", "--format", "json", "--", *names]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [i["path"] for i in report["inputs"]] == sorted(names)
    assert all(i["status"] == "checked" for i in report["inputs"])
    assert main(["check", "./-x.md", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["inputs"][0]["path"] == "./-x.md"
    # the same file given twice, in two spellings, is one input
    assert main(["check", "--format", "json", "--", "-x.md", "./-x.md", "."]) == 0
    assert [i["path"] for i in json.loads(capsys.readouterr().out)["inputs"]].count("-x.md") == 1


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    missing = tmp_path / "no such dir" / "gone.md"
    assert main(["check", str(tmp_path / "a.txt"), str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"provcheck: no such file or directory: {missing}\n"
    assert captured.out == ""  # nothing was checked


# --- the whole corpus -------------------------------------------------------------------


def test_every_input_is_accounted_for_on_a_mixed_batch(tmp_path: Path, capsys) -> None:
    """checked / excluded (with the pattern) / error (with the reason), and the counts add up."""
    (tmp_path / "provcheck.yaml").write_text("ignore: ['drafts/**', 'old.txt']\n", encoding="utf-8")
    for name in ("a.txt", "b.md", "old.txt", "drafts/x.txt", "drafts/y.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(GOOD.format(n=1), encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["check", str(tmp_path), str(tmp_path / "a.txt"), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    rel = {i["path"][len(str(tmp_path)) + 1:]: (i["status"], i["reason"], i["articles"]) for i in report["inputs"]}
    assert rel == {
        "a.txt": ("checked", "", 1),
        "b.md": ("checked", "", 1),
        "drafts": ("excluded", "folder ignored by the config pattern 'drafts/**'", 0),
        "empty.md": ("error", "empty file (0 bytes): nothing to check", 0),
        "image.md": ("error", "binary file: it looks like a PNG image, not an article", 0),
        "old.txt": ("excluded", "ignored by the config pattern 'old.txt'", 0),
    }
    _assert_counts_add_up(report)


def _assert_counts_add_up(report: dict) -> None:
    summary, inputs, articles = report["summary"], report["inputs"], report["articles"]
    counts = summary["inputs"]
    assert counts["total"] == len(inputs) == counts["checked"] + counts["excluded"] + counts["error"]
    for status in ("checked", "excluded", "error"):
        assert counts[status] == sum(i["status"] == status for i in inputs)
    assert summary["articles"] == len(articles)
    # every article result comes from an input: the articles of checked inputs, plus one
    # error result for each input that could not be read (or record that could not be)
    assert len(articles) == sum(i["articles"] for i in inputs) + sum(a["status"] == "error" for a in articles)
    assert {a["path"] for a in articles} == {i["path"] for i in inputs if i["status"] != "excluded"}
    for i in inputs:
        if i["status"] == "error":
            assert i["reason"] and [a["findings"][0]["message"] for a in articles if a["path"] == i["path"]] == [i["reason"]]
        if i["status"] == "excluded":
            assert i["reason"]
    assert summary["findings"] == sum(len(a["findings"]) for a in articles) - summary["suppressed"]


def test_the_corpus_and_ten_good_articles(tmp_path: Path, capsys) -> None:
    """A run over the whole corpus and ten good articles reports every file and exits 1
    (input errors are error findings: the documented code for findings at the threshold)."""
    paths = write_corpus(tmp_path / "batch")
    for n in range(10):
        ext = ".md" if n % 3 == 0 else ".txt"
        text = ("---\nlang: en\n---\n" + GOOD.format(n=n)) if ext == ".md" else GOOD.format(n=n)
        (tmp_path / "batch" / "good" / f"good-{n}{ext}").parent.mkdir(exist_ok=True)
        (tmp_path / "batch" / "good" / f"good-{n}{ext}").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    code = main(["check", str(tmp_path / "batch"), "--format", "json", "--max-file-size", str(LIMIT),
                 "--timeout-per-article", "60"])  # see _check: reading counts against the budget
    elapsed = time.perf_counter() - start
    report = json.loads(capsys.readouterr().out)
    print(f"corpus of {len(paths) + 10} files checked in {elapsed:.2f} s")
    assert code == 1
    listed = {i["path"] for i in report["inputs"]}
    for name, path in paths.items():
        assert str(path) in listed, f"{name} is missing from the report's inputs"
    for n in range(10):
        good = [i for i in report["inputs"] if f"good-{n}." in i["path"]]
        assert [(i["status"], i["articles"]) for i in good] == [("checked", 1)]
    good_articles = [a for a in report["articles"] if "/good/" in a["path"]]
    assert len(good_articles) == 10 and all(not a["findings"] for a in good_articles)
    errors = {Path(i["path"]).name: i["reason"] for i in report["inputs"] if i["status"] == "error"}
    for case in CASES:
        if case.rule == "input-error":
            assert errors[case.name] == case.message
    if "pipe.md" in paths:
        assert errors["pipe.md"] == "a named pipe (FIFO), not a regular file"
    if "self.md" in paths:
        assert errors["self.md"] == "broken symbolic link (Too many levels of symbolic links)"
        assert errors["dangling.md"] == "broken symbolic link (No such file or directory)"
    assert not any(f["rule"].startswith("internal-") for a in report["articles"] for f in a["findings"])
    _assert_counts_add_up(report)


def test_the_corpus_in_every_format(tmp_path: Path, capsys) -> None:
    """Every format renders the whole corpus (lone surrogates, control characters in
    names) in one run: exit 1 for the input errors, valid UTF-8, no raw ESC or BEL."""
    write_corpus(tmp_path / "batch", skip=("deep-",))  # slow to parse, nothing to render
    formats = ["text", "sarif", "junit", "github", "markdown", "html"]
    reports = ["--report=" + f"{fmt}={tmp_path / ('report.' + fmt)}" for fmt in formats]
    assert main(["check", str(tmp_path / "batch"), "--format", "json", "-o", str(tmp_path / "r.json"),
                 *reports, "--max-file-size", str(LIMIT)]) == 1
    for fmt in formats:
        text = (tmp_path / f"report.{fmt}").read_bytes().decode("utf-8")
        assert "surrogate" in text, fmt
        if fmt in ("text", "github", "markdown"):
            assert "\x1b" not in text and "\x07" not in text, fmt
            assert not any(line.startswith("::warning file=x.md") for line in text.splitlines()), fmt
