"""Issue 9 item 4: a typo never passes the gate.  A --select/--ignore name or a
config override that matches no rule is a usage error naming the closest ids;
paths that yield no article exit 2 saying which files were skipped and why,
except under --changed-since, where nothing changed is a clean 0 with a note."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from validator.cli import main

ARTICLE = "---\ntitle: Council Approves Budget\n---\nThe council approved its budget on Tuesday.\n\nRead more\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("args, message", [
    (["--select", "wire-credt"], "--select: 'wire-credt' matches no rule; did you mean wire-credit?"),
    (["--ignore", "nosuch"], "--ignore: 'nosuch' matches no rule; `provcheck rules` lists them"),
    (["--ignore", "photo,scrap-residue"], "--ignore: 'scrap-residue' matches no rule; did you mean scrape-residue?"),
    (["--select", "photo-credt*"],
     "--select: 'photo-credt*' matches no rule; did you mean photo-credit, photo-credit-format, photo-credit-mismatch?"),
])
def test_an_unknown_rule_id_or_prefix_is_a_usage_error(article, capsys, args, message):
    assert main(["check", article, *args]) == 2
    assert capsys.readouterr().err == f"provcheck: {message}\n"


@pytest.mark.parametrize("args", [["--select", "photo"], ["--select", "photo-credit*,wire-credit"],
                                  ["--ignore", "internal-error"], ["--ignore", "input-"]])
def test_ids_and_prefixes_that_match_are_accepted(article, capsys, args):
    assert main(["check", article, *args]) in (0, 1)


def test_a_config_severity_typo_names_the_closest_id(article, tmp_path, capsys):
    config = tmp_path / "provcheck.yaml"
    config.write_text("severity:\n  scrape-residu: error\n", encoding="utf-8")
    assert main(["check", article, "--config", str(config)]) == 2
    assert "severity.scrape-residu: no rule with this id" in capsys.readouterr().err


def test_an_empty_folder_is_exit_2(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["check", str(tmp_path / "empty")]) == 2
    assert capsys.readouterr().err == f"provcheck: no article to check in {tmp_path / 'empty'}: no file there\n"


def test_files_with_unknown_extensions_are_named_with_the_reason(tmp_path, capsys):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "post.mdx").write_text("# Post\n", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK")
    assert main(["check", str(folder)]) == 2
    assert capsys.readouterr().err == (
        f"provcheck: no article to check in {folder}; 2 paths skipped:\n"
        f"  {folder}/notes.docx: no reader for this file type (.docx)\n"
        f"  {folder}/post.mdx: no reader for this file type (.mdx)\n")


def test_everything_ignored_by_the_config_is_exit_2(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "provcheck.yaml").write_text('ignore: ["**"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "."]) == 2
    err = capsys.readouterr().err
    assert err.startswith("provcheck: no article to check in .; ")
    assert "a.md: ignored by the config pattern '**'" in err


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_nothing_changed_since_is_a_clean_0_with_a_note(tmp_path, capsys, monkeypatch):
    env = ["-c", "user.name=T", "-c", "user.email=t@example.org"]
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    for args in (["init", "-q", "-b", "main"], ["add", "."], [*env, "commit", "-q", "-m", "A"]):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", "--changed-since", "main"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "provcheck: nothing changed since main: no article to check\n"
    assert captured.out.endswith("0 articles checked, 0 compliant; 0 errors, 0 warnings, 0 info "
                                 "(1 excluded, 0 unreadable of 1 inputs) — passed\n")
