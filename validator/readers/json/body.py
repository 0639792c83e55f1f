"""Text bodies held in JSON strings → located blocks and the images they show.

:func:`body_blocks` reads a Markdown or plain ``body`` (paragraphs on blank lines,
``![alt](src)`` images with the caption line under them); :func:`html_blocks` reads a
``body_html`` with the HTML extractor and moves every position into the JSON string.
Both are shared by our own schema and ninjs.
"""

from __future__ import annotations

import re

from validator.article import Block
from validator.detect.photo import credit_span
from validator.readers.footer import footer_after_rule
from validator.readers.html.extract import fragment
from validator.readers.json.positions import LineIndex, Path
from validator.readers.json.record import Record, string_lines


_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>\S+?)(?:\s+\"[^\"]*\")?\)$")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")


def body_blocks(rec: Record, path: Path, body: str) -> tuple[list[Block], list[dict]]:
    """Blocks of a Markdown/plain body, and the images it shows (``![alt](src)``)."""
    paragraphs: list[list[tuple[int, str]]] = [[]]
    for d, t in string_lines(body):
        if t:
            paragraphs[-1].append((d, t))
        elif paragraphs[-1]:
            paragraphs.append([])
    blocks: list[Block] = []
    images: list[dict] = []
    rules: list[int] = []  # number of blocks before each thematic break
    after_image = False
    for para in (p for p in paragraphs if p):
        first = para[0][1]
        if len(para) == 1 and _RULE.match(first):
            rules.append(len(blocks))
            continue
        m = _IMAGE.match(first)
        if m and len(para) <= 2:
            sm = rec.string(path)
            line, column = sm.position(para[0][0]) if sm else rec.pos(path)
            prose = any(b.kind in ("paragraph", "quote") for b in blocks)
            images.append({"src": m["src"], "alt": m["alt"] or None, "line": line, "column": column,
                           "position": "inline" if prose else "lead"})
            after_image = True
            if len(para) == 1:
                continue
            para = para[1:]  # the caption line right under the image
            first = para[0][1]
        kind = "paragraph"
        if re.match(r"#{1,6}\s", first):
            kind = "heading"
            cut = len(re.match(r"#{1,6}\s+", first).group())
            para = [(para[0][0] + cut, first[cut:])] + para[1:]
        elif all(t.startswith(">") for _, t in para):
            kind = "quote"
            para = [(d + len(t) - len(t[1:].lstrip()), t[1:].lstrip()) for d, t in para]
        elif after_image and len(para) == 1 and re.fullmatch(r"([*_])[^*_].*\1", first):
            para = [(para[0][0] + 1, first[1:-1])]
            blocks.extend(_caption_blocks(rec, path, para[0], images[-1]))
            after_image = False
            continue
        after_image = False
        blocks.append(rec._block(kind, path, para))
    return footer_after_rule(blocks, rules), images


def _caption_blocks(rec: Record, path: Path, piece: tuple[int, str], image: dict) -> list[Block]:
    d, text = piece
    span = credit_span(text)
    parts = [("caption", d, text)]
    if span:
        caption = text[: span[0]].rstrip(" |/–—-(")
        parts = ([("caption", d, caption)] if caption else []) + [
            ("credit", d + span[0], text[span[0]:span[1]])]
    out = []
    for kind, start, part in parts:
        block = rec._block(kind, path, [(start, part)])
        out.append(block)
        image.setdefault(kind, part)
        if kind == "credit":
            image["credit_line"], image["credit_column"] = block.line, block.column
    return out


def html_blocks(rec: Record, path: Path, html_text: str) -> tuple[list[Block], list[dict], list[dict], list[str]]:
    """Blocks, images and links of an HTML body held in a JSON string, located in the file."""
    ex, notes = fragment(html_text)
    sm = rec.string(path)
    starts = LineIndex(html_text).starts

    def dec(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    def where(line: int, column: int) -> tuple[int, int]:
        return sm.position(dec(line, column)) if sm else rec.pos(path)

    blocks = []
    for b in ex.blocks:
        if sm is None:
            line, column = rec.pos(path)
            blocks.append(Block(kind=b.kind, text=b.text, line=line, column=column))
            continue
        pieces = [(0, dec(b.line, b.column))] + [(o, dec(ln, col)) for o, ln, col in b.segments]
        blocks.append(sm.block(b.kind, b.text, pieces))
    images = []
    for im in ex.images:
        im = dict(im)
        im["line"], im["column"] = where(im["line"], im["column"])
        if im.get("credit_line"):
            im["credit_line"], im["credit_column"] = where(im["credit_line"], im["credit_column"])
        images.append(im)
    links = [{**ln, "line": where(ln["line"], ln["column"])[0], "column": where(ln["line"], ln["column"])[1]}
             for ln in ex.links]
    return blocks, images, links, notes
