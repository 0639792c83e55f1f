"""Issue 9 item 2: every reporter accepts any ``str``.  A lone surrogate (valid
JSON: ``"\\ud800"``) in one record or in front matter never makes an output fail
nor loses the other articles' results."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from validator.cli import main

from validator.reporters import FORMATS

BAD = ('{"title": "Bad \\ud800 Title", "lang": "en", '
       '"body": "The council met \\ud800 today.\\n\\n![Road](ro\\ud800ad.jpg)"}')
GOOD = '{"title": "Good Record", "lang": "en", "body": "Read more\\n\\nThe council approved its budget."}'
FRONT = '---\ntitle: "Front \\ud800 Matter"\n---\nRead more\n\nThe council met on Tuesday.\n'


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "batch.jsonl").write_text(f"{BAD}\n{GOOD}\n", encoding="utf-8")
    (tmp_path / "front.md").write_text(FRONT, encoding="utf-8")
    return [str(tmp_path / "batch.jsonl"), str(tmp_path / "front.md")]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_every_article_despite_a_lone_surrogate(inputs, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    assert main(["check", *inputs, "--format", fmt, "-o", str(target)]) == 1  # the image lacks a credit
    text = target.read_bytes().decode("utf-8")  # valid UTF-8, no surrogate
    if fmt in ("json", "sarif"):
        json.loads(text)
    if fmt == "json":
        titles = [a["title"] for a in json.loads(text)["articles"]]
        assert titles == ["Bad \ud800 Title", "Good Record", "Front \ud800 Matter"]  # escaped, read back exactly
    if fmt == "junit":
        assert len(ET.fromstring(text.encode()).findall(".//testcase")) == 3
    if fmt in ("text", "github", "markdown", "html", "junit", "sarif"):
        assert "batch.jsonl" in text and "front.md" in text
    if fmt != "json":  # the finding on the bad record is there, the surrogate shown as an escape or U+FFFD
        assert "ro\\ud800ad.jpg" in text or "ro\ufffdad.jpg" in text


@pytest.mark.slow
def test_standard_output_of_a_real_process_takes_a_lone_surrogate(inputs):
    done = subprocess.run([sys.executable, "-m", "validator", "check", *inputs, "--format", "json"],
                          capture_output=True, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr == b""
    assert len(json.loads(done.stdout)["articles"]) == 3


def test_safe_text_escapes_in_json_and_replaces_elsewhere():
    from validator.output import safe_text
    assert safe_text('"a\ud800b"', "json") == '"a\\ud800b"'
    assert safe_text("a\udfffb", "markdown") == "a\ufffdb"
    assert safe_text("plain ✓", "json") == "plain ✓"
