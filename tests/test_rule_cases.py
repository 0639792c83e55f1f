"""Rule cases as data: tests/cases/<rule-id>.yaml lists named articles and the
(line, column) of every finding the rule must report on each.  A case may name
``images:`` to write beside the article (file name → the credit embedded in it,
see ``tests/imagegen.py``) and ``reference:`` — articles ({name, source, text})
built into a reference index that the case's config names as
``settings.reference`` (the ``reuse`` check)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.imagegen import write_image
from validator import engine, selection
from validator.policy import load_policy

CASES = Path(__file__).parent / "cases"


def _cases():
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["rule"], case, id=f"{data['rule']}: {case['name']}")


def run_case(tmp_path: Path, rule_id: str, case: dict):
    article = tmp_path / f"article.{case['ext']}"
    article.write_text(case["text"], encoding="utf-8")
    for name, credit in (case.get("images") or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        write_image(tmp_path / name, **(credit or {}))
    config = None
    text = case.get("config") or ""
    if case.get("reference") is not None:
        text += "\nsettings: {reference: reference.pcx}\n" if "settings:" not in text else ""
        build_reference(tmp_path, case["reference"])
    if text:
        config = tmp_path / "provcheck.yaml"
        config.write_text(text, encoding="utf-8")
    policy = load_policy(config)
    rules = selection.select_rules(policy.rules, [rule_id], None)
    [result] = engine.check_file(str(article), policy, rules)
    return result


def build_reference(tmp_path: Path, items: list[dict]) -> Path:
    """A reference index at tmp_path/reference.pcx of the given articles."""
    from validator import refindex
    from validator.indexcmd import fill

    folder = tmp_path / "reference-articles"
    folder.mkdir()
    index = refindex.create(str(tmp_path / "reference.pcx"))
    for n, item in enumerate(items, 1):
        sub = folder / item["source"].replace(" ", "-")
        sub.mkdir(exist_ok=True)
        (sub / f"{item.get('name', n)}.txt").write_text(item["text"], encoding="utf-8")
        added, problems = fill(index, [str(sub / f"{item.get('name', n)}.txt")], item["source"], 10_000_000)
        assert (added, problems) == (1, 0)
    index.close()
    return tmp_path / "reference.pcx"


@pytest.mark.parametrize("rule_id, case", list(_cases()))
def test_rule_case(tmp_path, rule_id, case):
    result = run_case(tmp_path, rule_id, case)
    assert result.status == "checked", result.findings
    found = [[f.line, f.column] for f in result.findings if f.rule == rule_id]
    assert found == case["expect"], [f.message + " | " + f.excerpt for f in result.findings]
    [run] = [r for r in result.rules if r.rule == rule_id]
    if case.get("skipped"):
        assert run.status == "skipped", run
    else:
        assert run.status == ("failed" if case["expect"] else "passed"), run


def test_every_default_rule_has_passing_and_failing_cases():
    policy = load_policy(None)
    covered = {}
    for path in CASES.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        passing = any(not c["expect"] and not c.get("skipped") for c in data["cases"])
        failing = any(c["expect"] for c in data["cases"])
        covered[data["rule"]] = passing and failing
    missing = [r.id for r in policy.rules if not covered.get(r.id)]
    assert not missing, f"rules without both a passing and a failing case: {missing}"
