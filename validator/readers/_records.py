"""One JSON record → an Article: our own schema (:class:`ArticleRecord`) and the helpers
the ninjs mapping shares (text fields as located blocks, Markdown/plain bodies, HTML bodies).

Positions: a block made from a string value starts where its first character
stands inside the JSON string in the file (escapes accounted for); every
paragraph of a ``body`` therefore has its own column, and in a pretty-printed
``.json`` file its own line only if the value spans lines (JSON strings do not).
Images sit at their object in the ``images`` array, their credit at the credit value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from validator import imagemeta
from validator.article import Article, Block, Image, Link, Source
from validator.detect.photo import credit_span
from validator.readers._extract import footer_after_rule, fragment
from validator.readers._jsonpos import LineIndex, Path, StringMap
from validator.readers.metadata import article_fields


class ImageRecord(BaseModel):
    """An image of the article."""

    model_config = ConfigDict(extra="forbid")
    src: str | None = Field(None, description="URL or path relative to the JSON file")
    alt: str | None = None
    caption: str | None = None
    credit: str | None = Field(None, description="the credit line as published, e.g. 'Photo: Jane Doe/Agency'")
    position: Literal["lead", "inline"] | None = Field(
        None, description="lead (under the headline) or inline; by default taken from where the body shows it, "
                          "else lead for the first image")


class ArticleRecord(BaseModel):
    """One article in provcheck's own JSON schema (a ``.json`` file, or one line of a ``.jsonl`` batch).

    Fields are those of the Markdown front matter, plus the text: ``body``
    (Markdown or plain text, paragraphs separated by blank lines) or
    ``body_html``.  This model is the documented, canonical form (its JSON
    Schema is in docs/article-format.md); the reader accepts the front matter's
    aliases too and turns a wrong value into a note rather than an error.
    """

    model_config = ConfigDict(extra="allow")
    id: str | None = Field(None, description="the record's own id (kept in meta; findings use path#N)")
    title: str | None = None
    standfirst: str | None = Field(None, description="the lede under the headline")
    lang: str | None = Field(
        None, description="BCP 47 language of the article; 'en-t-ar' = English translated from Arabic")
    outlet: str | None = Field(None, description="the publishing outlet")
    authors: list[str] = Field(default_factory=list, description="a list, or one string")
    source: Source | None = Field(None, description="the original work of a translation or republication")
    translator: str | None = None
    translated: bool | None = None
    wire: list[str] = Field(default_factory=list, description="wire agencies the story comes from")
    images: list[ImageRecord] = Field(default_factory=list)
    body: str | None = Field(None, description="Markdown or plain text; paragraphs separated by blank lines")
    body_html: str | None = Field(None, description="the body as HTML (used when body is absent)")
    footer: str | None = Field(None, description="closing note, e.g. the translator's disclaimer")

    @field_validator("authors", "wire", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


@dataclass
class Record:
    """A decoded record with where its values stand in the file."""

    value: dict[str, Any]
    text: str
    spots: dict[Path, int]
    locate: LineIndex
    path: str
    id: str
    base: Path = ()
    _maps: dict[Path, StringMap | None] = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.pos(())[0]

    def pos(self, path: Path) -> tuple[int, int]:
        for n in range(len(path), -1, -1):
            spot = self.spots.get(self.base + tuple(path[:n]))
            if spot is not None:
                return self.locate(spot)
        return self.locate(0)

    def string(self, path: Path) -> StringMap | None:
        """Where the characters of the string value at ``path`` stand (None if not a string)."""
        key = self.base + tuple(path)
        if key not in self._maps:
            spot = self.spots.get(key)
            ok = spot is not None and self.text[spot:spot + 1] == '"'
            self._maps[key] = StringMap(self.text, spot, self.locate) if ok else None
        return self._maps[key]

    def text_block(self, kind: str, path: Path, value: str | None) -> Block | None:
        """A block for a whole string field (stripped), or None when it is empty."""
        if not value or not value.strip():
            return None
        lines = _lines(value)
        lines = [(d, t) for d, t in lines if t]
        return self._block(kind, path, lines)

    def _block(self, kind: str, path: Path, lines: list[tuple[int, str]]) -> Block:
        text = "\n".join(t for _, t in lines)
        sm = self.string(path)
        pieces, offset = [], 0
        for d, t in lines:
            pieces.append((offset, d))
            offset += len(t) + 1
        if sm is None:
            line, column = self.pos(path)
            return Block(kind=kind, text=text, line=line, column=column)
        return sm.block(kind, text, pieces)


def _lines(value: str) -> list[tuple[int, str]]:
    """Lines of a string as (decoded offset of the first non-blank character, stripped text)."""
    out, pos = [], 0
    for raw in value.split("\n"):
        line = raw.rstrip("\r")
        stripped = line.lstrip()
        out.append((pos + len(line) - len(stripped), stripped.rstrip()))
        pos += len(raw) + 1
    return out


_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>\S+?)(?:\s+\"[^\"]*\")?\)$")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")


def body_blocks(rec: Record, path: Path, body: str) -> tuple[list[Block], list[dict]]:
    """Blocks of a Markdown/plain body, and the images it shows (``![alt](src)``)."""
    paragraphs: list[list[tuple[int, str]]] = [[]]
    for d, t in _lines(body):
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


def merge_images(declared: list[dict], shown: list[dict]) -> list[dict]:
    """Declared images (metadata) and those the text shows: one entry per src.

    A declared image the text shows takes its place (lead/inline) from the text,
    and its caption/credit from the text when the metadata has none.
    """
    out = [dict(im) for im in declared]
    for im in shown:
        same = next((d for d in out if d.get("src") and d.get("src") == im.get("src")), None)
        if same is None:
            out.append(im)
            continue
        same.setdefault("position", im.get("position"))
        for key in ("caption", "credit", "credit_line", "credit_column", "alt"):
            if not same.get(key) and im.get(key):
                same[key] = im[key]
    return out


def finish_images(found: list[dict], path: str) -> tuple[tuple[Image, ...], list[dict]]:
    """Image models with embedded credits filled, and per-image notes for ``meta``."""
    embedded = imagemeta.credits_for([im.get("src") for im in found], path)
    images, extra = [], []
    for n, (im, (credit, info)) in enumerate(zip(found, embedded)):
        im = {k: v for k, v in im.items() if k in Image.model_fields and k != "embedded_credit"}
        im.setdefault("position", "lead" if n == 0 else "inline")
        images.append(Image(**im, embedded_credit=credit))
        extra.append({"src": im.get("src"), **info} if info else {})
    return tuple(images), extra


#: keys whose first string value becomes the standfirst block (as in Markdown front matter)
STANDFIRST_KEYS = ("standfirst", "summary", "description", "dek", "subtitle")


def own_article(rec: Record, fmt: str = "json") -> Article:
    """An article in our own schema.

    Metadata is read as Markdown front matter is (``metadata.article_fields``:
    the same aliases, and a value of the wrong shape is left out with a note).
    """
    value = rec.value
    raw_images = value.get("images") if isinstance(value.get("images"), list) else []
    positions: dict[str, tuple[int, int]] = {}
    for n, item in enumerate(raw_images):
        positions[f"images.{n}"] = rec.pos(("images", n))
        if isinstance(item, dict) and item.get("credit") is not None:
            positions[f"images.{n}.credit"] = _value_pos(rec, ("images", n, "credit"))
    fields, notes = article_fields(value, positions, rec.line)
    images = []
    for n, image in enumerate(fields.pop("images", [])):
        entry = image.model_dump()
        if not (isinstance(raw_images[n], dict) and raw_images[n].get("position")):
            entry.pop("position")  # where the body shows it decides
        images.append(entry)
    blocks: list[Block] = []
    title_key = next((k for k in ("title", "headline") if isinstance(value.get(k), str)), None)
    stand_key = next((k for k in STANDFIRST_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
    for kind, key in (("title", title_key), ("standfirst", stand_key)):
        block = rec.text_block(kind, (key,), value[key]) if key else None
        if block:
            blocks.append(block)
    links: list[dict] = []
    body, body_html = value.get("body"), value.get("body_html")
    if isinstance(body, str) and body.strip():
        more, body_images = body_blocks(rec, ("body",), body)
        blocks += more
        images = merge_images(images, body_images)
    elif isinstance(body_html, str) and body_html.strip():
        more, html_images, links, html_notes = html_blocks(rec, ("body_html",), body_html)
        blocks += [b for b in more if b.kind != "title" or not title_key]
        images = merge_images(images, html_images)
        notes += html_notes
    for key in ("body", "body_html", "footer"):
        if value.get(key) is not None and not isinstance(value[key], str):
            notes.append(f"field '{key}' should be text, not {type(value[key]).__name__}")
    footer = rec.text_block("footer", ("footer",), value["footer"]) if isinstance(value.get("footer"), str) else None
    if footer:
        blocks.append(footer)
    built, extra = finish_images(images, rec.path)
    meta: dict[str, Any] = {k: v for k, v in value.items() if k not in ("body", "body_html")}
    meta["json_schema"] = "provcheck"
    if any(extra):
        meta["images"] = extra
    return Article(
        id=rec.id, path=rec.path, format=fmt, images=built, blocks=tuple(blocks),
        links=tuple(Link(**ln) for ln in links), meta=meta, line=rec.line, notes=tuple(notes), **fields,
    )


def _value_pos(rec: Record, path: Path) -> tuple[int, int]:
    sm = rec.string(path)
    return sm.position(0) if sm else rec.pos(path)

