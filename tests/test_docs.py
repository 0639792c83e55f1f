"""docs/rules.md is generated from the packs; a stale copy fails here.
Every rule carries docs with both examples."""

from __future__ import annotations

from pathlib import Path

from validator import docsgen
from validator.policy import load_policy

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_rule_reference_is_in_sync():
    expected = docsgen.render()
    actual = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run `python -m validator.docsgen docs/rules.md`"


def test_every_rule_has_docs_with_examples_and_a_fix():
    for rule in load_policy(None).rules:
        assert rule.docs.why.strip() and rule.docs.compliant.strip() and rule.docs.non_compliant.strip(), rule.id
        assert rule.fix, f"{rule.id} has no fix hint"


def test_every_check_kind_documents_itself():
    from validator.checks import KINDS, documentation
    for kind in KINDS:
        doc = documentation(kind)
        assert "Passes" in doc or "passing" in doc.lower(), kind
        assert "Fails" in doc or "failing" in doc.lower(), kind


def test_readme_tour_is_real_output(monkeypatch, capsys):
    from validator.cli import main
    repo = DOCS.parent
    readme = (repo / "README.md").read_text(encoding="utf-8")
    start = readme.index("$ provcheck check examples/\n") + len("$ provcheck check examples/\n")
    shown = readme[start:readme.index("```", start)]
    monkeypatch.chdir(repo)
    assert main(["check", "examples/"]) == 1
    assert capsys.readouterr().out == shown, "README tour is stale: paste the output of `provcheck check examples/`"


def test_readme_rule_table_matches_the_default_pack():
    """The README's table of default rules names every rule of the default pack
    (with what it extends), each once, at the pack's severity."""
    import re

    from validator.policy import Rule, load_pack_rules

    repo = Path(__file__).resolve().parent.parent
    readme = (repo / "README.md").read_text(encoding="utf-8")
    start = readme.index("| rule | severity | what it asks |")
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning|info) \|", readme[start:].split("\n\n", 1)[0], re.M)
    pack = {r.id: r.severity for r in (Rule.model_validate(d) for d in load_pack_rules("default"))}
    assert len(rows) == len(dict(rows)), "a rule stands twice in the README table"
    assert dict(rows) == pack
