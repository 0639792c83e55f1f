"""Issue 9 (part A): no lost text, no silent duplicate, no unbounded reading, settings
range-checked, declared charsets honoured.  Every fixture is written by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator import engine
from validator.policy import load_policy

PAGE = ('<html lang="en"><body><article><h1>Storm Hits Coast</h1>\n'
        "<p>The storm {bad} hit the coast on Monday, officials said.</p>\n"
        "<p>Roads were closed across the region overnight.</p>\n"
        '<figure><img src="boats.jpg"><figcaption>Boats in the port</figcaption></figure>\n'
        "</article></body></html>\n")


def _check(path: Path, timeout: float = 10) -> list:
    policy = load_policy(None)
    return engine.check_file(str(path), policy, policy.rules, timeout=timeout)


# --- 1. malformed character references lose no text --------------------------------------


@pytest.mark.parametrize("bad", ["&#; and &#;", "&#a", "&#x; then &#", "&#;&#;&#;"])
def test_malformed_charrefs_lose_no_section(bad: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(bad=bad), encoding="utf-8")
    record = tmp_path / "page.json"
    record.write_text(json.dumps({"title": "Storm Hits Coast", "lang": "en",
                                  "body_html": PAGE.format(bad=bad)}), encoding="utf-8")
    for path in (page, record):
        [result] = _check(path)
        assert result.status == "checked"
        assert not [f for f in result.findings if f.rule.startswith(("input-", "internal-"))]
    from validator.readers import reader_for
    [article] = reader_for(str(page)).module.read(page.read_text(encoding="utf-8"), str(page))
    texts = [(b.kind, b.text, b.line) for b in article.blocks]
    assert texts == [("title", "Storm Hits Coast", 1),
                     ("paragraph", f"The storm {bad} hit the coast on Monday, officials said.", 2),
                     ("paragraph", "Roads were closed across the region overnight.", 3),
                     ("caption", "Boats in the port", 4)]
    assert [(i.src, i.line) for i in article.images] == [("boats.jpg", 4)]


def test_markup_the_parser_gives_up_on_is_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "cut.html"
    page.write_text('<html lang="en"><body><article><h1>Storm Hits Coast</h1>\n'
                    "<p>The storm hit the coast on Monday, officials said, and roads closed.</p>\n"
                    '<div class="x', encoding="utf-8")
    [result] = _check(page)
    assert [(f.rule, f.message) for f in result.findings if f.rule.startswith("input-")] == [
        ("input-warning", "the HTML from line 3, column 1 could not be parsed and was read as plain text")]
