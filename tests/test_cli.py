"""The command line: main(argv) with tmp_path and capsys; exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.cli import main
from validator.policy import load_policy

CLEAN = "Council Approves Budget\n\nThe city council approved its budget for the coming year on Tuesday evening, officials said.\n"
RESIDUE = CLEAN + "\nRead more\n"
UNCREDITED = "---\ntitle: Floods\n---\nRain cut the coast road in three places on Sunday, officials said.\n\n![Road](road.jpg)\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "residue.txt").write_text(RESIDUE, encoding="utf-8")
    return tmp_path


def test_clean_article_exits_0(tmp_path, capsys):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(tmp_path / "clean.txt")]) == 0
    assert capsys.readouterr().out == "1 article checked, 1 compliant; 0 errors, 0 warnings, 0 info — passed\n"


def test_text_output_and_threshold(batch, capsys):
    path = batch / "residue.txt"
    assert main(["check", str(batch)]) == 0  # a warning is below the default threshold (error)
    out = capsys.readouterr().out
    assert out == (f"{path}\n{path}:5:1 warning scrape-residue Page residue left in the article: 'Read more'.\n\n"
                   "2 articles checked, 1 compliant; 0 errors, 1 warning, 0 info — passed\n")
    assert main(["check", str(batch), "--fail-on", "warning"]) == 1
    assert main(["check", str(batch), "--fail-on", "warning", "--ignore", "scrape"]) == 0
    assert main(["check", str(batch), "--max-warnings", "0"]) == 1
    capsys.readouterr()


def test_error_finding_exits_1_and_never_exits_0(tmp_path, capsys):
    (tmp_path / "a.md").write_text(UNCREDITED, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    assert "error photo-credit Image road.jpg has no photo credit." in capsys.readouterr().out
    assert main(["check", str(tmp_path), "--fail-on", "never"]) == 0
    assert main(["check", str(tmp_path), "--select", "scrape-residue"]) == 0


def test_verbose_text_shows_why_and_fix(tmp_path, capsys):
    (tmp_path / "a.md").write_text(UNCREDITED, encoding="utf-8")
    main(["check", str(tmp_path), "-v"])
    out = capsys.readouterr().out
    assert "    why: has_images is true (1 image (line 6))" in out
    assert "    fix: Add a credit under the image" in out


def test_output_file_and_json(batch, tmp_path, capsys):
    target = tmp_path / "out" 
    target.mkdir()
    assert main(["check", str(batch / "residue.txt"), "--format", "json", "--output", str(target / "r.json")]) == 0
    assert capsys.readouterr().out == ""
    report = json.loads((target / "r.json").read_text(encoding="utf-8"))
    assert report["summary"]["by_rule"] == {"scrape-residue": 1}


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.md")]) == 2
    assert f"no such file or directory: {tmp_path / 'nope.md'}" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error(capsys):
    assert main(["check", "--no-such-option", "x"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_config_error_exits_2_naming_file_rule_and_key(tmp_path, capsys):
    config = tmp_path / "provcheck.yaml"
    config.write_text("rules:\n  - id: my-rule\n    title: T\n    severity: error\n    check: {kind: require, patterns: ['x']}\n"
                      "    message: m\n    docs: {why: w, compliant: c, non_compliant: n}\n    colour: red\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{config} → rule my-rule → colour: unknown key (line 8)" in err
    assert "Traceback" not in err


def test_rules_lists_every_rule(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out.splitlines()
    ids = [line.split()[0] for line in out]
    assert ids == sorted(r.id for r in load_policy(None).rules)
    assert any(line.startswith("translation-disclaimer") and " error " in line for line in out)


def test_explain_shows_the_docs(capsys):
    assert main(["explain", "photo-credit-format"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("photo-credit-format (warning, check kind credit)")
    assert "Compliant:" in out and "Non-compliant:" in out and "Photo: Internet" in out
    assert main(["explain", "no-such-rule"]) == 2
    assert "no rule 'no-such-rule'" in capsys.readouterr().err


def test_init_writes_a_valid_config_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "provcheck.yaml"
    assert main(["init", str(target)]) == 0
    policy = load_policy(target)
    assert {r.id for r in policy.rules} == {r.id for r in load_policy(None).rules}
    before = target.read_text(encoding="utf-8")
    assert main(["init", str(target)]) == 2
    assert "exists already" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == before


def test_config_found_from_the_checked_folder(tmp_path, capsys):
    (tmp_path / "provcheck.yaml").write_text("severity:\n  scrape-residue: error\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(RESIDUE, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    assert "error scrape-residue" in capsys.readouterr().out


def test_python_dash_m(tmp_path):
    import subprocess
    import sys
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "validator", "check", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "1 compliant" in done.stdout


def test_config_in_pyproject_tool_table(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.provcheck]\nseverity = {scrape-residue = "error"}\n'
        'ignore = ["drafts/**"]\n', encoding="utf-8")
    (tmp_path / "r.txt").write_text(RESIDUE, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text(RESIDUE, encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["by_rule"] == {"scrape-residue": 1}
    assert [(i["status"], i["path"].rsplit("/", 1)[-1]) for i in report["inputs"]] == [
        ("excluded", "drafts"), ("checked", "r.txt")]


def test_broken_pyproject_is_a_config_error(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.provcheck]\nseverity = {scrape-residue = \n', encoding="utf-8")
    (tmp_path / "r.txt").write_text(RESIDUE, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    assert "pyproject.toml" in capsys.readouterr().err
