"""Issue 9 item 13: dependency folders and what .gitignore excludes are not
walked (and are reported); ``check -`` reads one article from standard input;
a closed stdout pipe keeps the verdict's exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from validator.cli import main

CLEAN = "---\ntitle: Council Approves Budget\n---\nThe council approved its budget on Tuesday.\n"
# an error: an image without a credit
FAILING = CLEAN + "\n![Road](road.jpg)\n"


def _inputs(capsys) -> dict[str, str]:
    report = json.loads(capsys.readouterr().out)
    return {i["path"]: (i["status"], i["reason"]) for i in report["inputs"]}


def test_dependency_folders_are_skipped_and_reported(tmp_path, capsys, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "node_modules" / "pkg").mkdir(parents=True)
    (tmp_path / "node_modules" / "pkg" / "package.json").write_text('{"name": "pkg"}', encoding="utf-8")
    (tmp_path / "node_modules" / "pkg" / "README.md").write_text(FAILING, encoding="utf-8")
    (tmp_path / "venv").mkdir()
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr\n", encoding="utf-8")
    (tmp_path / "venv" / "notes.md").write_text(FAILING, encoding="utf-8")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "pyvenv.cfg").write_text("home = /usr\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", "--format", "json"]) == 0
    assert _inputs(capsys) == {
        ".venv": ("excluded", "Python virtual environment not walked"),
        "news/a.md": ("checked", ""),
        "node_modules": ("excluded", "dependency folder (node_modules) not walked"),
        "venv": ("excluded", "Python virtual environment not walked"),
    }


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignore_is_respected_inside_a_work_tree(tmp_path, capsys, monkeypatch):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / ".gitignore").write_text("build/\n*.draft.md\n!keep.draft.md\n", encoding="utf-8")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "out.md").write_text(FAILING, encoding="utf-8")
    (tmp_path / "a.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.draft.md").write_text(FAILING, encoding="utf-8")
    (tmp_path / "keep.draft.md").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", "--format", "json"]) == 0
    assert _inputs(capsys) == {
        "a.md": ("checked", ""),
        "b.draft.md": ("excluded", "ignored by .gitignore"),
        "build": ("excluded", "folder ignored by .gitignore"),
        "keep.draft.md": ("checked", ""),
    }


def test_outside_a_work_tree_gitignore_means_nothing(tmp_path, capsys, monkeypatch):
    (tmp_path / ".gitignore").write_text("*.md\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", "--format", "json"]) == 0
    assert _inputs(capsys) == {"a.md": ("checked", "")}


def _run(args, stdin: bytes = b"", cwd=None):
    return subprocess.run([sys.executable, "-m", "validator", *args], input=stdin, capture_output=True,
                          check=False, cwd=cwd)


def test_check_dash_reads_one_article_from_standard_input(tmp_path):
    done = _run(["check", "-", "--stdin-filename", "news/road.md"], FAILING.encode(), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    out = done.stdout.decode()
    assert "news/road.md:6:1 error photo-credit Image road.jpg has no photo credit." in out
    assert out.endswith("1 article checked, 0 compliant; 1 error, 0 warnings, 1 info — "
                        "failed: 1 finding at or above --fail-on error\n")


def test_the_stdin_filename_picks_the_reader(tmp_path):
    record = json.dumps({"title": "Council Approves Budget", "lang": "en",
                         "body": "The council approved its budget on Tuesday."})
    done = _run(["check", "-", "--stdin-filename", "export.json", "--format", "json"], record.encode(),
                cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [article] = json.loads(done.stdout)["articles"]
    assert (article["id"], article["format"], article["title"]) == ("export.json", "json", "Council Approves Budget")


def test_stdin_with_an_unknown_extension_is_a_usage_error(tmp_path):
    done = _run(["check", "-", "--stdin-filename", "post.mdx"], b"# Post\n", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == b"provcheck: --stdin-filename post.mdx: no reader for this file type (.mdx)\n"


@pytest.mark.parametrize("content, code", [(FAILING, 1), (CLEAN, 0)])
def test_a_closed_pipe_keeps_the_verdict(tmp_path, content, code):
    for n in range(300):  # more output than a pipe buffer holds (the reader, `true`, reads nothing)
        (tmp_path / f"a{n:03}.md").write_text(content.replace("Tuesday", f"day {n}"), encoding="utf-8")
    shell = f"{sys.executable} -m validator check {tmp_path} | true; " \
            "echo ${PIPESTATUS[0]}"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == str(code)
    assert "Traceback" not in done.stderr and "Error" not in done.stderr
