"""Plain-text articles (``.txt``): structure from layout alone.

A plain-text article has no metadata.  The reader finds the headline (the
last short line before the first paragraph of prose that is not a byline, a date
line, a source line or a page's label: :mod:`validator.readers.headline`), the page furniture
above it and after the last paragraph ("Logo Wide", "Read more"), photo credit
lines ("Name / Agency / Agency") — each of which stands for an image — bylines,
subheadings, the standfirst and the closing notes (a translator's disclaimer).
Every block keeps its line and column.
"""

from __future__ import annotations

from validator.article import Article, Block, Image
from validator.detect.photo import inline_credits
from validator.readers import split_lines
from validator.readers.headline import without_date
from validator.readers.layout import _BYLINE, Unit, classify, split_caption_credits, split_units

EXTENSIONS = (".txt", ".text")


def units_to_blocks(units: list[Unit]) -> list[Block]:
    return [
        Block(kind=u.kind, text=u.text, line=u.line, column=u.column, segments=tuple(u.segments))
        for u in units
    ]


def credit_images(blocks: list[Block]) -> list[Image]:
    """An image for every photo credit line: lead when it stands above the first
    body paragraph, inline otherwise; and for every bracketed photo credit glued into a
    paragraph ("… on Monday. (AFP Photo) Rebels said …")."""
    images = []
    seen_body = False
    for b in blocks:
        if b.kind == "paragraph":
            for start, end in inline_credits(b.text):
                line, column = b.position(start)
                images.append(Image(credit=b.text[start:end], line=line, column=column, credit_line=line,
                                    credit_column=column, position="inline" if seen_body else "lead"))
        if b.kind in ("paragraph",):
            seen_body = True
        if b.kind == "credit":
            images.append(
                Image(credit=b.text, line=b.line, column=b.column, credit_line=b.line,
                      credit_column=b.column, position="inline" if seen_body else "lead")
            )
    return images


def read(text: str, path: str) -> list[Article]:
    units = split_units(split_lines(text))
    classify(units)
    blocks = units_to_blocks(split_caption_credits(units))
    title = next((b.text for b in blocks if b.kind == "title"), None)
    authors = tuple(without_date(b.text.split(None, 1)[1]) for b in blocks
                    if b.kind == "byline" and " " in b.text and _BYLINE.match(b.text))
    return [
        Article(id=path, path=path, format="text", title=title, authors=authors,
                blocks=tuple(blocks), images=tuple(credit_images(blocks)))
    ]
