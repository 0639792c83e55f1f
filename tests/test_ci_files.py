"""The CI integration files at the repository root: the pre-commit hook and the
composite GitHub Action (docs/ci.md shows them at work)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from validator.readers import supported_extensions

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_hook():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"]) == ("provcheck", "provcheck check", "python")
    assert hook["types_or"] == ["markdown", "html", "text", "json"]
    files = re.compile(hook["files"])
    for ext in supported_extensions():  # every extension provcheck reads reaches it ...
        assert files.search(f"articles/story{ext}"), ext
    for other in ("setup.py", "provcheck.yaml", "README.rst", "photo.jpg"):  # ... and code does not
        assert not files.search(other), other


def test_action_is_a_composite_action_using_only_declared_inputs():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"paths", "config", "sarif-path", "fail-on", "version", "args"}
    steps = action["runs"]["steps"]
    assert all(step["shell"] == "bash" for step in steps)
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", text))
    assert used == set(action["inputs"])
    for step in steps:  # inputs reach the scripts through env, never pasted into the script
        assert "${{" not in step["run"], step["name"]
    check = steps[-1]["run"]
    assert "--format github" in check and '--report "sarif=$PROVCHECK_SARIF"' in check
    assert action["outputs"]["exit-code"]["value"] == "${{ steps.check.outputs.exit-code }}"
