"""The Article model and its parts.

Readers build an :class:`Article`; facts, checks and reporters only read it.
Every piece of text an article carries sits in a :class:`Block` that knows
where it stands in the file (1-based line and column), so a finding never has
to search the file again to say where it belongs.
"""

from __future__ import annotations

import bisect
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

BlockKind = Literal[
    "title",  # the headline
    "standfirst",  # the lede / summary under the headline
    "paragraph",  # a body paragraph
    "heading",  # a subheading inside the body
    "quote",  # a block quotation
    "caption",  # an image caption
    "credit",  # a photo credit line ("Name / Agency")
    "byline",  # "By Jane Roe", the author line
    "footer",  # closing notes: translator's disclaimer, "originally published in"
    "furniture",  # page lines around the article: logo alt text, menus, "Read more"
]

#: The block kinds each scope name selects.  ``text`` is everything a reader
#: of the article sees as the article; ``all`` adds the page furniture.
SCOPE_KINDS: dict[str, frozenset[str]] = {
    "title": frozenset({"title"}),
    "standfirst": frozenset({"standfirst"}),
    "body": frozenset({"paragraph", "heading", "quote"}),
    "captions": frozenset({"caption", "credit"}),
    "footer": frozenset({"footer"}),
    "byline": frozenset({"byline"}),
    "furniture": frozenset({"furniture"}),
    "text": frozenset(
        {"title", "standfirst", "paragraph", "heading", "quote", "caption", "credit", "byline", "footer"}
    ),
    "all": frozenset(
        {
            "title",
            "standfirst",
            "paragraph",
            "heading",
            "quote",
            "caption",
            "credit",
            "byline",
            "footer",
            "furniture",
        }
    ),
}

#: Kinds counted by the ``first:N`` and ``last:N`` scopes: the article's prose.
PROSE_KINDS = frozenset({"standfirst", "paragraph", "quote", "footer"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Block(_Model):
    """One unit of an article's text, with where it stands in the file.

    ``text`` may span several physical lines (joined with ``\\n``); then
    ``segments`` holds, for each physical line after the first, the offset in
    ``text`` where it starts and its line and column in the file.
    """

    kind: BlockKind
    text: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    segments: tuple[tuple[int, int, int], ...] = ()

    @property
    def end(self) -> tuple[int, int]:
        """Line and column just past the block's last character."""
        return self.position(len(self.text))

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column in the file of the character at ``offset`` in ``text``."""
        return offset_position(self.line, self.column, self.segments, offset)


def offset_position(line: int, column: int, segments, offset: int) -> tuple[int, int]:
    """Line and column of ``offset`` in a text that starts at (line, column) and
    whose later physical lines start at ``segments`` ((offset, line, column)…)."""
    if not segments or offset < segments[0][0]:
        return line, column + offset
    i = bisect.bisect_right([s[0] for s in segments], offset) - 1
    start, seg_line, seg_column = segments[i]
    return seg_line, seg_column + (offset - start)


class EmbeddedCredit(_Model):
    """The credit fields found in an image file (IPTC/XMP; any of them may be missing)."""

    credit_line: str | None = None
    creator: tuple[str, ...] = ()
    copyright_notice: str | None = None
    source: str | None = None
    #: where they were found: "xmp", "iptc" or "xmp+iptc"
    origin: str = ""

    @property
    def text(self) -> str:
        """One line to show: the Credit Line, else creator / source, else the copyright notice."""
        if self.credit_line:
            return self.credit_line
        names = [*self.creator, *([self.source] if self.source else [])]
        if names:
            return " / ".join(dict.fromkeys(names))
        return self.copyright_notice or ""


class Image(_Model):
    """An image of the article, with the caption and credit that go with it."""

    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    #: where the image (or, for plain text, its credit line) stands
    line: int = 1
    column: int = 1
    #: where the credit text stands, when it is visible in the file
    credit_line: int | None = None
    credit_column: int | None = None
    #: lead (under the headline) or inline (inside the body)
    position: Literal["lead", "inline"] = "inline"
    #: credit read from the image file itself (IPTC/XMP), not visible on the page
    embedded_credit: str | None = None
    #: every credit field read from the image file (``embedded_credit`` is their one line)
    embedded: EmbeddedCredit | None = None
    #: why no embedded credit was read from a local image file (no such file, no credit fields…)
    embedded_reason: str | None = None
    #: the page's JSON-LD ``ImageObject`` for this image (HTML), and the credit it gives
    jsonld: dict[str, Any] | None = None
    jsonld_credit: str | None = None
    #: False when ``credit`` is not shown on the page: read from the image's alt/title
    #: text, a data attribute, or the page's metadata (JSON-LD ImageObject, og:image:alt)
    credit_visible: bool = True


class Source(_Model):
    """The original work of a translation or republication."""

    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    title: str | None = None


class Comment(_Model):
    """A comment in the file (``<!-- … -->`` in Markdown and HTML) and the line it starts on;
    inline suppressions are read from them."""

    line: int = 1
    text: str


class Link(_Model):
    """A hyperlink in the article text."""

    url: str
    text: str = ""
    line: int = 1
    column: int = 1


class Article(_Model):
    """An article as read from a file (or one record of a batch file)."""

    id: str
    path: str
    format: str
    title: str | None = None
    lang: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    source: Source | None = None
    translator: str | None = None
    translated: bool | None = None
    wire: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    blocks: tuple[Block, ...] = ()
    links: tuple[Link, ...] = ()
    #: the file's comments (Markdown: every HTML comment; HTML: those naming provcheck)
    comments: tuple[Comment, ...] = ()
    #: every language the metadata declares, by declaration ("html lang", "og:locale",
    #: "inLanguage", "front matter lang"…) → primary subtag; the ``agree`` check compares them
    languages: dict[str, str] = Field(default_factory=dict)
    #: the raw metadata as read (front matter, JSON record, JSON-LD)
    meta: dict[str, Any] = Field(default_factory=dict)
    #: the line where the article starts in its file (records of a JSONL batch)
    line: int = 1
    #: notes from the reader that are worth a finding but not an input error
    notes: tuple[str, ...] = ()

    def blocks_in(self, scopes: list[str] | tuple[str, ...]) -> list[Block]:
        """The blocks selected by scope names, in file order.

        Scope names: the keys of :data:`SCOPE_KINDS`, ``first:N`` (the first N
        prose blocks: standfirst, paragraphs, quotes, footer) and ``last:N``
        (the last N prose blocks).
        """
        picked: set[int] = set()
        prose = [i for i, b in enumerate(self.blocks) if b.kind in PROSE_KINDS]
        for scope in scopes:
            name, _, count = scope.partition(":")
            if name == "first":
                picked.update(prose[: int(count)])
            elif name == "last":
                picked.update(prose[-int(count) :] if int(count) else [])
            else:
                kinds = SCOPE_KINDS[name]
                picked.update(i for i, b in enumerate(self.blocks) if b.kind in kinds)
        return [self.blocks[i] for i in sorted(picked)]


def is_scope(name: str) -> bool:
    """Whether ``name`` is a valid scope name (for rule validation)."""
    base, sep, count = name.partition(":")
    if sep:
        return base in ("first", "last") and count.isdigit()
    return name in SCOPE_KINDS


_SCOPE_WORDS = {"title": "the title", "standfirst": "the standfirst", "body": "the body",
                "captions": "the captions", "footer": "the closing notes", "byline": "the byline",
                "furniture": "the page furniture", "text": "the article", "all": "the page"}


def describe_scopes(scopes: list[str] | tuple[str, ...]) -> str:
    """Scope names in words, for messages: "the title, the first 2 paragraphs or the closing notes"."""
    words = []
    for scope in scopes:
        name, _, count = scope.partition(":")
        if name in ("first", "last"):
            words.append(f"the {name} paragraph" if count == "1" else f"the {name} {count} paragraphs")
        else:
            words.append(_SCOPE_WORDS.get(name, name))
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
