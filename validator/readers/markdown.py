"""Markdown articles (``.md``, ``.markdown``) with YAML front matter.

Front matter gives the metadata (docs/article-format.md); its ``title`` and
``standfirst``/``summary``/``description`` become blocks at the line where
their value stands.  The body is parsed as CommonMark (``mdblocks``), which
gives every block its lines: headings, paragraphs, block quotes, list items.
An image (``![alt](src)``) takes as caption the rest of its paragraph or the
short paragraph right under it, and a credit from that caption ("Photo: …",
"Name / Agency", a trailing "(Name/Agency)").  The closing notes and the page
furniture are found from layout as for plain text.  HTML comments are kept in
``Article.comments`` with their lines (inline suppressions read them).

An image listed in the front matter's ``images`` and shown in the body is one
image (merged by ``src``, as in a JSON record): the front matter's caption and
credit win, the body fills what it lacks and gives its lead/inline place (lead
when no paragraph stands before it).  A local image (relative ``src``) is
looked up next to the article for the credit embedded in the file
(``Image.embedded_credit``, every field in ``Image.embedded``).  The front
matter's ``lang`` (a ``-t-`` transform subtag gives ``source.language``) is
recorded in ``Article.languages`` as the HTML reader records its declarations.
"""

from __future__ import annotations

import re

from validator.article import Article, Comment, Image, Link
from validator.credits import looks_like_credit_line
from validator.detect.photo import credit_span
from validator.errors import ReadError
from validator.readers import frontmatter, mdblocks
from validator.readers.images import finish_images, merge_images
from validator.readers.layout import Unit, classify
from validator.readers.mdblocks import TextBlock
from validator.readers.mdlines import MD_TRIM_CHARS
from validator.readers.metadata import article_fields, primary_language
from validator.readers.text import units_to_blocks

EXTENSIONS = (".md", ".markdown")

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_STANDFIRST_KEYS = ("standfirst", "summary", "description", "dek", "subtitle")
#: front matter keys that declare the article's language (``language`` is an alias of ``lang``)
_LANGUAGE_KEYS = ("lang", "language", "locale", "inLanguage")


def _strip_emphasis(text: str) -> str:
    return text.strip().strip("*_").strip()


def split_caption(text: str) -> tuple[str | None, str | None, int, int]:
    """Split a caption into (caption, credit, offset of the caption and of the
    credit in ``text``)."""
    plain = _strip_emphasis(text)
    lead = text.find(plain) if plain else 0
    span = credit_span(plain)
    if span is None:
        return plain or None, None, lead, lead
    start, end = span
    caption = plain[:start].rstrip(" |/–—-(\n") or None
    return caption, plain[start:end].strip(), lead, lead + start


def _sub_unit(unit: Unit, rest: str, off: int | None = None, kind: str = "") -> Unit:
    """The part ``rest`` of a unit's text (at ``off``, or found) as a unit of its own, positioned."""
    off = unit.text.find(rest) if off is None else off
    if off < 0:
        return Unit(rest, unit.line, unit.column, kind=kind)
    line, column = unit.position(off)
    segments = [(o - off, ln, col) for o, ln, col in unit.segments if off < o < off + len(rest)]
    return Unit(rest, line, column, segments, kind=kind)


def _blank(markup: str) -> str:
    """Spaces in place of ``markup`` (its line breaks kept), so that offsets do not move."""
    return "".join(ch if ch == "\n" else " " for ch in markup)


def _squeeze(unit: Unit) -> Unit:
    """The unit without the blanks that open its physical lines, nor its blank lines;
    each line keeps its place in the file."""
    starts = [(0, unit.line, unit.column), *unit.segments]
    parts: list[str] = []
    places: list[tuple[int, int]] = []
    for i, (start, line, column) in enumerate(starts):
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else len(unit.text)
        piece = unit.text[start:end]
        kept = piece.lstrip()
        if kept.strip():
            parts.append(kept)
            places.append((line, column + len(piece) - len(kept)))
    if not parts:
        return Unit("", unit.line, unit.column, kind=unit.kind)
    segments, offset = [], len(parts[0]) + 1
    for part, (line, column) in zip(parts[1:], places[1:]):
        segments.append((offset, line, column))
        offset += len(part) + 1
    return Unit("\n".join(parts), *places[0], segments, kind=unit.kind)


def _source_column(src: str, part: str) -> tuple[int, str]:
    """The column where a content line of a Markdown block stands in its source line.

    The content is the tail of the source line, after container markers and
    indentation (trailing spaces and an ATX heading's closing ``#`` aside), so
    its last occurrence is the one ("1. 1": column 4, not 1); tab stops that
    markdown-it expands to spaces are left out of the part."""
    at = src.rfind(part) if part else -1
    if at < 0 and part.strip():
        part = part.lstrip()
        at = src.rfind(part)
    return (at + 1 if at >= 0 else 1), part


def _inline_units(blocks: list[TextBlock], lines: list[str], offset: int) -> list[tuple[Unit, TextBlock]]:
    """One unit per text block, positioned in the file (``offset``: the body's first line)."""
    out = []
    for block in blocks:
        if block.kind == "html":
            out.append((Unit(block.content, offset + block.first, 1), block))
            continue
        content_lines = block.content.split("\n")
        # the content is trimmed, which also drops leading lines CommonMark does not count
        # as blank (a form feed, U+2028 or a no-break space alone): skip them here too
        first, head = block.first, content_lines[0].strip(MD_TRIM_CHARS)
        while first < min(block.end - len(content_lines), len(lines)) and head not in lines[first]:
            first += 1
        segments = []
        text_parts = []
        line_no = offset + first
        column = 1
        length = 0  # of "\n".join(text_parts), kept as it grows (joining per line is quadratic)
        for k, part in enumerate(content_lines):
            src = lines[first + k] if first + k < len(lines) else part
            col, part = _source_column(src, part)
            if k == 0:
                column = col
            else:
                length += 1
                segments.append((length, offset + first + k, col))
            text_parts.append(part)
            length += len(part)
        out.append((Unit("\n".join(text_parts), line_no, column, segments), block))
    return out


def read(text: str, path: str) -> list[Article]:
    fm, body_lines = frontmatter.split(text)
    fields, notes = article_fields(fm.data, fm.positions, fm.body_line)
    parsed, deepest = mdblocks.parse("\n".join(body_lines))
    if deepest is not None:  # the parse stops there and drops what is nested deeper
        notes.append(f"Markdown nested more than {mdblocks.MAX_NESTING - 1} levels deep from line "
                     f"{fm.body_line + deepest}: the text nested deeper was not read")
    units: list[Unit] = []
    declared: list[Image] = list(fields.pop("images", []))
    images: list[Image] = []  # the images the body shows
    links: list[Link] = []
    comments: list[Comment] = []
    title = fields.get("title")
    for key in ("title", *_STANDFIRST_KEYS):
        value = fm.data.get(key)
        if isinstance(value, str) and value.strip() and key in fm.positions:
            line, column = fm.positions[key]
            kind = "title" if key == "title" else "standfirst"
            units.append(Unit(value.strip(), line, column, kind=kind))
            if kind == "standfirst":
                break
    pending_caption: Image | None = None
    for unit, block in _inline_units(parsed, body_lines, fm.body_line):
        kind = block.kind
        if kind == "html":
            if unit.text.startswith("<!--"):
                comments.append(Comment(line=unit.line, text=unit.text))
            continue
        for href in block.links:
            links.append(Link(url=href, line=unit.line, column=unit.column))
        found = block.images
        if kind and kind.startswith("h"):
            if kind == "h1" and (title is None or unit.text.strip("# ") == title):
                unit.kind = "title"
                title = title or unit.text
            else:
                unit.kind = "heading"
            units.append(unit)
            pending_caption = None
            continue
        if found:
            # the image markup is blanked, not cut out, so the text around it keeps its place
            blanked = _squeeze(Unit(_IMAGE.sub(lambda m: _blank(m.group()), unit.text), unit.line,
                                    unit.column, unit.segments))
            rest = blanked.text.strip()
            prose = any(u.kind in ("", "quote") for u in units)
            for src, alt in found:
                images.append(Image(src=src, alt=alt or None,
                                    line=unit.line, column=unit.column, position="inline" if prose else "lead"))
            pending_caption = images[-1]
            if not rest:
                continue
            unit = _sub_unit(blanked, rest)
        if pending_caption is not None and (looks_like_credit_line(_strip_emphasis(unit.text))
                                            or unit.text.startswith(("*", "_")) or found):
            caption, credit, cap_at, at = split_caption(unit.text)
            images[-1] = pending_caption.model_copy(update={
                "caption": pending_caption.caption or caption,
                "credit": pending_caption.credit or credit,
                "credit_line": unit.position(at)[0] if credit else None,
                "credit_column": unit.position(at)[1] if credit else None,
            })
            if caption:
                units.append(_sub_unit(unit, caption, cap_at, kind="caption"))
            if credit:
                units.append(_sub_unit(unit, credit, at, kind="credit"))
            pending_caption = None
            continue
        pending_caption = None
        if kind == "quote":
            unit.kind = "quote"
        units.append(unit)
    classify(units, has_title=title is not None)
    blocks = units_to_blocks(units)
    built = finish_images(merge_images(_declared(declared, fm.data.get("images")),
                                              [im.model_dump() for im in images]), path)
    languages = {f"front matter {key}": primary_language(fm.data[key]) for key in _LANGUAGE_KEYS
                 if isinstance(fm.data.get(key), str) and primary_language(fm.data[key])}
    return [Article(id=path, path=path, format="markdown", blocks=tuple(blocks), images=built,
                    links=tuple(links), comments=tuple(comments), languages=languages, meta=dict(fm.data),
                    notes=tuple(notes), **fields)]


def _declared(images: list[Image], raw) -> list[dict]:
    """Front matter images as dicts for merging; the body decides the place of an
    image unless the front matter gives its ``position``."""
    items = [item for item in raw if isinstance(item, (str, dict))] if isinstance(raw, list) else []
    out = []
    for n, image in enumerate(images):  # past the ``images`` list: the lead image (``image:``, ``image_credit:``)
        item = items[n] if n < len(items) else {"position": image.position}
        entry = image.model_dump()
        if not (isinstance(item, dict) and item.get("position") in ("lead", "inline")):
            entry.pop("position")
        out.append(entry)
    return out
