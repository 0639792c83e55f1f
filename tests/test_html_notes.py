"""Notes a page sets apart for the article (``class="editors_note"``…) are read even when
they stand just outside the article region; the site's footer and furniture are not."""

from __future__ import annotations

import pytest

from validator.detect.outlet import find_outlet
from validator.readers.html import reader as html

BODY = ("<p>Water prices rose for the third month running in the eastern districts, traders said on Monday.</p>"
        "<p>The municipality blamed the cost of fuel for the pumping stations along the river.</p>")


def _read(page: str):
    return html.read(f'<html lang="en"><head></head><body>{page}</body></html>', "page.html")[0]


@pytest.mark.parametrize("note, outlet", [
    ('<section class="source_section"><p class="editors_note">This post originally appeared on '
     '<a href="https://example.org/a">Example Daily</a>.</p></section>', "Example Daily"),
    ('<div class="editor-note">Dieser Beitrag ist zuerst erschienen in Levante Rundschau.</div>',
     "Levante Rundschau"),
    ('<p class="republish-note">Cet article a été initialement publié dans La Gazette du Levant.</p>',
     "La Gazette du Levant"),
])
def test_a_note_beside_the_article_is_read(note, outlet):
    article = _read(f'<div class="page"><h1>Water Prices Rise</h1>{note}<article>{BODY}</article></div>')
    assert any(b.kind == "footer" for b in article.blocks)
    found = find_outlet(article)
    assert found is not None and found.outlet == outlet


@pytest.mark.parametrize("outside", [
    # the site's footer
    '<footer><p class="editors_note">This post originally appeared on Example Daily.</p></footer>',
    # a related-stories box
    '<div class="related"><p class="editors_note">This post originally appeared on Example Daily.</p></div>',
    # a whole page section is no note
    '<div class="editors_note">' + "<p>This post originally appeared on Example Daily.</p>" * 20 + "</div>",
])
def test_notes_in_the_template_are_not_read(outside):
    article = _read(f'<div class="page"><h1>Water Prices Rise</h1><article>{BODY}</article>{outside}</div>')
    assert not any("Example Daily" in b.text for b in article.blocks)
