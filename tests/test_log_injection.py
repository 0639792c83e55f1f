"""Issue 9 item 9: file names and messages cannot drive a terminal or forge a CI
log line, and Markdown output notifies nobody."""

from __future__ import annotations

import subprocess
import sys

import pytest

from validator.cli import main
from validator.reporters import markdown
from validator.safe import visible

# a missing image credit: one error whose message carries the image's file name
ARTICLE = "---\ntitle: Council Approves Budget\n---\nThe council approved its budget on Tuesday.\n\n![Road]({image})\n"
NAMES = {
    "title": "t\x1b]0;owned\x07.md",
    "clear": "c\x1b[2J.md",
    "forge": "f\n::warning file=x.md::forged.md",
}


@pytest.mark.slow  # a fresh process per case
@pytest.mark.parametrize("key", sorted(NAMES))
def test_text_output_shows_control_characters_in_paths_as_escapes(tmp_path, key):
    path = tmp_path / NAMES[key]
    path.write_text(ARTICLE.format(image="road.jpg"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "validator", "check", str(path)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 1
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert not any(line.startswith("::") for line in done.stdout.splitlines())
    assert visible(str(path)) in done.stdout


def test_a_message_cannot_forge_a_workflow_command(tmp_path, capsys):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(image="<x%0A\n::error file=y.md::forged\x1b[2J.jpg>"), encoding="utf-8")
    main(["check", str(path), "--verbose"])
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert not any(line.startswith("::") for line in out.splitlines())


def test_usage_errors_show_control_characters_as_escapes(tmp_path, capsys):
    assert main(["check", str(tmp_path / "no\x1b[2Jsuch\n::error::x")]) == 2
    err = capsys.readouterr().err
    assert err == f"provcheck: no such file or directory: {tmp_path}/no\\x1b[2Jsuch\\n::error::x\n"


def test_visible_escapes():
    assert visible("a\x1b]0;t\x07b\nc\r\td\x7f\x9b\u202e\u2028") == "a\\x1b]0;t\\x07b\\nc\\r\\td\\x7f\\x9b\\u202e\\u2028"
    assert visible("C:\\news\\été.md") == "C:\\news\\été.md"


def test_markdown_neutralises_mentions(tmp_path):
    assert "@\u200dorg/team" in markdown.escape("ping @org/team and @alice")
    assert "@\u200dalice" in markdown.escape("@alice")


def test_markdown_report_pings_nobody(tmp_path, capsys):
    path = tmp_path / "@org" / "team.md"
    path.parent.mkdir()
    path.write_text(ARTICLE.format(image="@alice.jpg"), encoding="utf-8")
    assert main(["check", str(path), "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert "@org" not in out and "@alice" not in out
    assert "@\u200dorg" in out and "@\u200dalice" in out
