"""One article, four forms: Markdown, HTML with JSON-LD, our JSON and IPTC ninjs
(``tests/fixtures/parity/<name>.{md,html,json,ninjs.json}``) must give the same
findings (rule ids and messages; lines naturally differ), the same facts and
evidence, and the same text and images.  When they do not, the fix belongs in
the reader that disagrees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.imagegen import write_image
from validator import engine
from validator.policy import load_policy
from validator.readers import read_text

PARITY = Path(__file__).parent / "fixtures" / "parity"
FORMS = ("md", "html", "json", "ninjs.json")
ARTICLES = sorted({p.name.split(".")[0] for p in PARITY.iterdir()})


def _outcome(path: Path) -> dict:
    policy = load_policy(None)
    [result] = engine.check_file(str(path), policy, policy.rules)
    assert result.status == "checked", result.findings
    return {
        "findings": sorted((f.rule, f.severity, f.message) for f in result.findings),
        # the format fact says which form was read: the one fact that differs by design
        "facts": {name: fact.value for name, fact in result.facts.items() if name != "format"},
        "evidence": sorted((e.kind, e.text) for e in result.evidence),
    }


def _content(path: Path) -> dict:
    [article] = read_text(path.read_text(encoding="utf-8"), str(path))
    source = article.source.model_dump() if article.source else {}
    # ninjs has no place for the original's date and title
    source = {k: v for k, v in source.items() if k not in ("published", "title")}
    return {
        "meta": (article.title, article.lang, article.outlet, article.authors, article.translator, article.wire,
                 source),
        "blocks": [(b.kind, b.text) for b in article.blocks],
        "images": [(im.src, im.caption, im.credit, im.position, im.embedded_credit) for im in article.images],
    }


def test_every_article_comes_in_every_form():
    assert len(ARTICLES) >= 3
    for name in ARTICLES:
        assert sorted(p.name for p in PARITY.glob(f"{name}.*")) == sorted(f"{name}.{f}" for f in FORMS)


@pytest.mark.parametrize("name", ARTICLES)
def test_same_findings_facts_and_evidence_in_every_form(name):
    markdown = _outcome(PARITY / f"{name}.md")
    for form in FORMS[1:]:
        assert _outcome(PARITY / f"{name}.{form}") == markdown, form


@pytest.mark.parametrize("name", ARTICLES)
def test_same_text_and_images_in_every_form(name):
    markdown = _content(PARITY / f"{name}.md")
    for form in FORMS[1:]:
        assert _content(PARITY / f"{name}.{form}") == markdown, form


@pytest.mark.parametrize("name", ARTICLES)
def test_same_findings_with_credits_embedded_in_the_image_files(tmp_path, name):
    """With the images present and carrying a credit that names someone else, every
    form reads the same embedded credit and flags the same mismatch."""
    for form in FORMS:
        shutil.copy(PARITY / f"{name}.{form}", tmp_path)
    [article] = read_text((PARITY / f"{name}.md").read_text(encoding="utf-8"), str(PARITY / f"{name}.md"))
    for image in article.images:
        (tmp_path / image.src).parent.mkdir(parents=True, exist_ok=True)
        write_image(tmp_path / image.src, credit="Jane Roe/Example Press", creator=["Jane Roe"])
    markdown = _outcome(tmp_path / f"{name}.md")
    if any(im.credit for im in article.images):
        assert "photo-credit-mismatch" in {rule for rule, _, _ in markdown["findings"]}
    for form in FORMS[1:]:
        assert _outcome(tmp_path / f"{name}.{form}") == markdown, form
        assert _content(tmp_path / f"{name}.{form}") == _content(tmp_path / f"{name}.md"), form
