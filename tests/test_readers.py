"""Plain-text and Markdown readers: structure and exact positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.errors import ReadError
from validator.readers import read_text

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _read(name: str):
    path = FIXTURES / name
    [article] = read_text(path.read_text(encoding="utf-8"), str(path))
    return article


def _kinds(article):
    return [(b.kind, b.line, b.column) for b in article.blocks]


def test_plain_text_digest_layout():
    a = _read("digest.txt")
    assert a.title == "Flour Deliveries Resume to Bakeries in the Eastern Districts"
    assert _kinds(a) == [
        ("furniture", 1, 1), ("title", 3, 1), ("standfirst", 5, 1), ("heading", 6, 1),
        ("paragraph", 8, 1), ("paragraph", 10, 1), ("heading", 12, 1), ("paragraph", 14, 1),
        ("paragraph", 16, 1), ("footer", 19, 1), ("furniture", 21, 1),
    ]
    assert not a.images


def test_plain_text_credit_line_is_the_lead_image():
    a = _read("appeal.txt")
    assert a.title == "Dam Repairs Delayed Again as Funding Runs Short"
    [image] = a.images
    assert (image.credit, image.line, image.column, image.position) == (
        "Samir Haddad / Example Press / AFP", 5, 1, "lead")
    kinds = _kinds(a)
    assert kinds[:4] == [("furniture", 1, 1), ("title", 3, 1), ("credit", 5, 1), ("standfirst", 7, 1)]
    assert kinds[-4:] == [("furniture", 19, 1), ("furniture", 20, 1), ("furniture", 21, 1), ("furniture", 23, 1)]


def test_hard_wrapped_paragraphs_are_joined_with_their_positions():
    a = _read("wrapped.txt")
    assert a.authors == ("Mira Saleh",)
    para = a.blocks[2]
    assert (para.kind, para.line) == ("standfirst", 5)
    assert para.text.startswith("Dock workers at the main port stayed away for a\nsecond week")
    offset = para.text.index("waiting at anchor")
    assert para.position(offset) == (7, 1)
    assert para.end == (7, 39)


def test_markdown_front_matter_and_body():
    a = _read("feature.md")
    assert (a.title, a.lang, a.outlet, a.authors) == (
        "Olive Harvest Starts Early in the Hills", "en", "The Levant Digest", ("Nadia Karam",))
    assert a.source.outlet == "Al-Madina Today" and a.source.language == "ar"
    assert a.source.published == "2026-10-02"
    assert a.translated is True
    assert _kinds(a) == [
        ("title", 2, 8), ("standfirst", 13, 13), ("title", 15, 3), ("paragraph", 17, 1),
        ("caption", 20, 2), ("credit", 20, 36), ("heading", 22, 4), ("quote", 24, 3),
        ("paragraph", 26, 1), ("footer", 28, 1),
    ]
    [image] = a.images
    assert (image.src, image.alt, image.caption, image.credit) == (
        "olives.jpg", "Pickers in a grove", "Pickers at work near the village.",
        "Photo: Omar Yusuf / Example Press")
    assert (image.line, image.credit_line, image.credit_column) == (19, 20, 36)


def test_every_block_position_points_at_its_text():
    for name in ("digest.txt", "appeal.txt", "wrapped.txt", "feature.md"):
        path = FIXTURES / name
        lines = path.read_text(encoding="utf-8").splitlines()
        [a] = read_text("\n".join(lines), str(path))
        for b in a.blocks:
            first = b.text.split("\n")[0]
            assert lines[b.line - 1][b.column - 1:].startswith(first), (name, b)


@pytest.mark.parametrize("text, message, line", [
    ("---\ntitle: [unclosed\n---\nBody.\n", "front matter is not valid YAML", 2),
    ("---\n- a\n- b\n---\nBody.\n", "front matter must be a mapping", 2),
    ("---\ntitle: x\nBody without a closing fence\n", "never closed", 1),
    ("---\na: &x [1, 2]\nb: [*x, *x]\n---\nBody.\n", "alias", 3),
])
def test_markdown_front_matter_errors(text, message, line):
    with pytest.raises(ReadError) as err:
        read_text(text, "bad.md")
    assert message in err.value.message
    assert err.value.line == line


def test_markdown_wrong_shaped_metadata_is_a_note_not_a_crash():
    [a] = read_text("---\ntitle: T\nsource: [1, 2]\ntranslated: maybe\n---\nBody text here.\n", "x.md")
    assert a.source is None
    assert any("source" in n for n in a.notes) and any("translated" in n for n in a.notes)
