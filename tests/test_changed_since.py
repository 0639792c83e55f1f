"""``--changed-since REF`` against a real git repository made in the test.

History: ``main`` has commit A (every article); branch ``feature`` forks at A
and commits B (modifies one article, renames one, deletes one, adds one);
``main`` then gets commit C (edits an article ``feature`` never touched); one
more article is edited in the working tree without a commit.  With the merge
base (A), ``feature`` changed: modified, renamed (new path), added and the
working-tree edit — not the deleted one, not the untouched one, and not the
article only ``main`` changed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from validator.cli import main
from validator.gitchanges import parse_name_status

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ARTICLE = "{title}\n\nThe council approved its budget for the coming year on Tuesday, officials said.\n\nRead more\n"
ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test",
       "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent"}


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **ENV}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def write(repo: Path, name: str, title: str) -> None:
    path = repo / "content" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=title), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    git(tmp_path, "init", "-q")
    git(tmp_path, "checkout", "-q", "-b", "main")
    for name in ("untouched.txt", "modified.txt", "old name.txt", "deleted.txt", "main-only.txt", "worktree.txt"):
        write(tmp_path, name, name.title())
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "A")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    write(tmp_path, "modified.txt", "Modified Title")
    git(tmp_path, "mv", "content/old name.txt", "content/new name é.txt")
    git(tmp_path, "rm", "-q", "content/deleted.txt")
    write(tmp_path, "added.txt", "Added Article")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "B")
    git(tmp_path, "checkout", "-q", "main")
    write(tmp_path, "main-only.txt", "Changed On Main")
    git(tmp_path, "commit", "-q", "-am", "C")
    git(tmp_path, "checkout", "-q", "feature")
    write(tmp_path, "worktree.txt", "Edited Not Committed")  # not committed
    write(tmp_path, "untracked.txt", "Never Added")  # git does not track it
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return tmp_path


def statuses(capsys) -> dict[str, tuple[str, str]]:
    report = json.loads(capsys.readouterr().out)
    return {Path(i["path"]).name: (i["status"], i["reason"]) for i in report["inputs"]}


def test_changed_since_checks_only_what_the_branch_changed(repo, capsys):
    assert main(["check", "content", "--changed-since", "main", "--format", "json"]) == 0
    got = statuses(capsys)
    checked = sorted(name for name, (status, _) in got.items() if status == "checked")
    assert checked == ["added.txt", "modified.txt", "new name é.txt", "worktree.txt"]
    assert got["untouched.txt"] == ("excluded", "not changed since the given ref")
    assert got["main-only.txt"][0] == "excluded"  # changed on main after the fork: merge-base semantics
    assert got["untracked.txt"][0] == "excluded"  # untracked files are not "changed since"
    assert "deleted.txt" not in got and "old name.txt" not in got


def test_changed_since_with_absolute_paths_and_a_file_argument(repo, capsys):
    target = repo / "content"
    assert main(["check", str(target), str(target / "untouched.txt"), "--changed-since", "HEAD~1",
                 "--format", "json"]) == 0
    got = statuses(capsys)
    assert sorted(n for n, (s, _) in got.items() if s == "checked") == [
        "added.txt", "modified.txt", "new name é.txt", "worktree.txt"]


def test_changed_since_text_output_names_only_changed_articles(repo, capsys):
    main(["check", "content", "--changed-since", "main"])
    out = capsys.readouterr().out
    assert "content/modified.txt:5:1 warning scrape-residue" in out
    assert "untouched.txt:" not in out
    assert out.endswith("4 articles checked, 0 compliant; 0 errors, 4 warnings, 0 info "
                        "(3 excluded, 0 unreadable of 7 inputs) — passed\n")


def test_a_bad_ref_is_a_usage_error_with_gits_message(repo, capsys):
    assert main(["check", "content", "--changed-since", "no-such-branch"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("provcheck: --changed-since: ")
    assert "no-such-branch" in err and "fatal" in err


def test_a_ref_that_looks_like_an_option_is_refused(repo, capsys):
    assert main(["check", "content", "--changed-since=--output=x"]) == 2
    assert "is not a git ref" in capsys.readouterr().err


def test_outside_a_repository_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "a.txt").write_text(ARTICLE.format(title="A"), encoding="utf-8")
    assert main(["check", str(tmp_path), "--changed-since", "main"]) == 2
    assert "not a git repository" in capsys.readouterr().err


@pytest.mark.parametrize("output, expected", [
    ("", []),
    ("M\0a.md\0", ["a.md"]),
    ("A\0new.md\0D\0gone.md\0", ["new.md"]),
    ("R087\0old.md\0new.md\0M\0b.md\0", ["new.md", "b.md"]),
    ("C100\0src.md\0copy.md\0T\0link.md\0", ["copy.md", "link.md"]),
])
def test_parse_name_status(output, expected):
    assert parse_name_status(output) == expected
