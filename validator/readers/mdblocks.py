"""The text blocks of a Markdown body, each with its source lines and raw inline text.

The body is parsed by pulldown-cmark (Rust, CommonMark) through pyromark, which
gives every event the byte range it comes from.  One ``TextBlock`` is made per
block of inline text — a paragraph (the text of a tight list item too), a
heading — and per HTML block.  Its ``content`` is the block's raw source, as
CommonMark defines a paragraph's raw content: its lines without the container
markers (``>``) and list indentation in front of them, the whole trimmed; its
``links`` and ``images`` are what the inline parse found in it.

Link and image addresses are normalised as markdown-it does (percent-encoded,
``javascript:`` and the like refused), with its own functions.  Containers
nested more than ``MAX_NESTING`` deep are cut as markdown-it cuts them (and the
line where the nesting passed ``MAX_NESTING - 1`` is returned for a note), so
that a pathological input costs a bounded amount of work downstream.

This reads what markdown-it-py read before it (a differential run over the tests'
fixtures, the examples, the corpus and 500 generated articles finds no difference).
Where the two parsers disagree, pulldown-cmark follows the CommonMark spec:
a reference definition with a refused address (``[r]: javascript:x``) is still
a definition, a line indented four spaces or more after a paragraph continues
it, an ordered list not starting at 1 does not cut a paragraph that a reference
definition opened; tabs inside nested containers may be counted differently.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import pyromark
from markdown_it.common.normalize_url import normalizeLink, validateLink

from validator.readers.mdlines import MD_TRIM_CHARS, Container, content_line, heading_content, item_indent, prefix

#: how deep blocks may nest (markdown-it's ``maxNesting`` in its CommonMark preset)
MAX_NESTING = 20
#: the events of inline content (the span ones come as Start and End)
_INLINE = frozenset(("Text", "Code", "InlineHtml", "InlineMath", "FootnoteReference", "SoftBreak", "HardBreak",
                     "Emphasis", "Strong", "Strikethrough", "Superscript", "Subscript", "Link", "Image"))
#: the blocks that open a level of markdown-it's token nesting (code, HTML and rules do not)
_LEVELLED = frozenset(("BlockQuote", "List", "Item", "Paragraph", "Heading"))


@dataclass(slots=True)
class TextBlock:
    """A block of inline text (or an HTML block) of the body."""

    #: "h1"…"h6" for a heading, "quote" inside a block quote, "html" for an HTML block, else None
    kind: str | None
    #: 0-based index of its first body line, and of the line after its last line of text
    #: (a setext heading's underline is not text)
    first: int
    end: int
    content: str
    links: list[str] = field(default_factory=list)
    #: (src, alt) of every image, alt as written between the brackets
    images: list[tuple[str, str]] = field(default_factory=list)


class _Source:
    """The body's lines, and the line and column of a byte offset."""

    def __init__(self, text: str):
        self.text = text
        self.lines = text.split("\n")
        self.ascii = text.isascii()
        self.data = text if self.ascii else text.encode("utf-8")
        starts, pos = [], 0
        for line in self.lines:
            starts.append(pos)
            pos += (len(line) if self.ascii else len(line.encode("utf-8"))) + 1
        self.starts = starts

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def column(self, line: int, offset: int) -> int:
        """The 0-based character column of byte ``offset`` on ``line``."""
        col = offset - self.starts[line]
        if not self.ascii:
            col = len(self.data[self.starts[line]:offset].decode("utf-8"))
        return col

    def cut(self, start: int, end: int) -> str:
        return self.data[start:end] if self.ascii else self.data[start:end].decode("utf-8")


def _href(url: str) -> str | None:
    """A link's or image's address as markdown-it gives it, normalised; None when it is
    refused (``javascript:`` and the like), and the link or image is then read as text."""
    href = normalizeLink(url)
    return href if validateLink(href) else None


class _Leaf:
    """A paragraph or heading being read: its range, links and images."""

    __slots__ = ("kind", "line", "column", "end", "heading", "links", "images", "image_depth", "label")

    def __init__(self, kind: str | None, line: int, column: int, end: int, heading: bool):
        self.kind, self.line, self.column, self.end, self.heading = kind, line, column, end, heading
        self.links: list[str] = []
        self.images: list[tuple[str, str]] = []
        self.image_depth = 0  # images open (an image's label may hold images)
        self.label = [0, 0]  # byte range of the label of the outermost open image

    def inline(self, tag: str, name: str, value, start: int, end: int, src: _Source,
               containers: list[Container]) -> None:
        if end > self.end:
            self.end = end
        if self.image_depth:  # inside an image's label: only where it ends matters
            if name == "Image":
                self.image_depth += 1 if tag == "Start" else -1
                if not self.image_depth:
                    self.images[-1] = (self.images[-1][0], _label(src, *self.label, containers))
                    return
            if end > self.label[1]:
                self.label[1] = end
            return
        if tag != "Start":
            return
        if name == "Image":
            href = _href(value["dest_url"])
            if href is not None:  # a refused image is text, and so is its label
                self.image_depth = 1
                self.label = [start + 2, start + 2]  # past "!["
                self.images.append((href, ""))
        elif name == "Link":
            kind = value["link_type"]
            href = _href(("mailto:" if kind == "Email" else "") + value["dest_url"])
            if href is not None:
                self.links.append(href)


def _label(src: _Source, start: int, end: int, containers: list[Container]) -> str:
    """An image's label as written, container prefixes of its later lines cut."""
    text = src.cut(start, end)
    if "\n" not in text or not containers:
        return text
    first = src.line_of(start)
    parts = text.split("\n")
    for k in range(1, len(parts)):
        full = src.lines[first + k]
        content = content_line(full, first + k, containers)
        parts[k] = content[:len(content) - (len(full) - len(parts[k]))] if k == len(parts) - 1 else content
    return "\n".join(parts)


def _event(event) -> tuple[str, str, object]:
    """(tag, name, value) of a pyromark event: ("Start", "Heading", {...}), ("Text", "Text", "hi"),
    ("Leaf", "Rule", None)."""
    if isinstance(event, str):
        return "Leaf", event, None
    tag, value = event.popitem()  # the event is ours: taking its one item apart is the quickest
    if tag != "Start" and tag != "End":
        return tag, tag, value
    if isinstance(value, str):
        return tag, value, None
    name, value = value.popitem()
    return tag, name, value


def _clean(body: str) -> str:
    """The body as CommonMark reads it: NUL (and a lone surrogate, which UTF-8 cannot
    carry to the parser) as U+FFFD, one character for one so that columns stay."""
    text = body.replace("\0", "\ufffd")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def parse(body: str) -> tuple[list[TextBlock], int | None]:
    """The text blocks of ``body`` (lines joined by ``\\n``), and the 0-based line from which
    blocks nest more than ``MAX_NESTING - 1`` levels deep (None when they do not)."""
    src = _Source(_clean(body))
    blocks: list[TextBlock] = []
    containers: list[Container] = []
    kinds: list[str] = []  # the blocks open, by name
    level = 0  # markdown-it's token level
    deep: int | None = None
    skip_to: int | None = None  # cut: skipping until the block open at kinds[skip_to - 1] ends
    leaf: _Leaf | None = None

    # pulldown-cmark takes a line of form feeds and vertical tabs for a blank line and them for
    # indentation; CommonMark (and markdown-it) count only spaces and tabs: hide them from it
    # (a byte for a byte: the ranges stay right)
    text = src.text
    if "\x0b" in text or "\x0c" in text:
        text = text.replace("\x0b", "\x01").replace("\x0c", "\x01")
    for event, span in pyromark.events_with_range(text):
        if leaf is not None and (event.__class__ is str and event != "Rule" or "Text" in event):
            end = span["end"]  # the common case, text in a paragraph: only its extent counts
            if end > leaf.end:
                leaf.end = end
            if leaf.image_depth and end > leaf.label[1]:
                leaf.label[1] = end
            continue
        start, end = span["start"], span["end"]
        tag, name, value = _event(event)
        if name in _INLINE:
            if skip_to is not None or (kinds and kinds[-1] == "CodeBlock"):  # code is not text
                continue
            if kinds and kinds[-1] == "HtmlBlock":  # the blanks a tab stands for, before a line
                blocks[-1].content += value
                continue
            if leaf is None:  # the text of a tight list item: a paragraph markdown-it hides
                line = src.line_of(start)
                if deep is None and level + 1 >= MAX_NESTING - 1:
                    deep = line
                item = containers[-1] if containers and containers[-1].line == line else None
                column = item.after if item else prefix(src.lines[line], line, containers)[1]
                leaf = _Leaf(_kind(kinds, None), line, column, end, False)
            leaf.inline(tag, name, value, start, end, src, containers)
            continue
        if leaf is not None and not leaf.heading and name != "Paragraph":
            blocks.append(_finish(src, leaf, leaf.end, containers))  # a tight item's text ends here
            leaf = None
        if skip_to is not None:
            if tag == "End" and len(kinds) == skip_to:
                skip_to = None  # the quote that bounds the cut ends: read on
            else:
                if tag == "Start":
                    kinds.append(name)
                    level += name in _LEVELLED
                    if name == "BlockQuote" or name == "Item":
                        containers.append(Container(name == "BlockQuote", 0))
                elif tag == "End":
                    kinds.pop()
                    level -= name in _LEVELLED
                    if name == "BlockQuote" or name == "Item":
                        containers.pop()
                continue
        if tag == "Start":
            line = src.line_of(start)
            if deep is None and level + (name in ("Paragraph", "Heading")) >= MAX_NESTING - 1:
                deep = line  # the block, or its inline text one level down
            kinds.append(name)
            if name == "Paragraph" or name == "Heading":
                heading = _kind(kinds, value["level"] if name == "Heading" else None)
                leaf = _Leaf(heading, line, src.column(line, start), end, name == "Heading")
            elif name == "BlockQuote":
                containers.append(Container(True, 0))
            elif name == "Item":
                indent, after = item_indent(src.lines[line], line, src.column(line, start), containers)
                containers.append(Container(False, indent, line, after))
            elif name == "HtmlBlock":
                blocks.append(TextBlock("html", line, line + 1, ""))
            if name in _LEVELLED:
                level += 1
                if level >= MAX_NESTING and name not in ("Paragraph", "Heading"):
                    # markdown-it reads nothing deeper; a list's cut runs to the end of the
                    # quote it stands in (or of the body), as markdown-it's list rule does
                    quotes = [i for i, k in enumerate(kinds) if k == "BlockQuote"]
                    skip_to = quotes[-1] + 1 if quotes else 0
        elif tag == "End":
            kinds.pop()
            if name in _LEVELLED:
                level -= 1
            if name == "Paragraph" or name == "Heading":
                blocks.append(_finish(src, leaf, end, containers))
                leaf = None
            elif name == "BlockQuote" or name == "Item":
                containers.pop()
        elif name == "Html":
            blocks[-1].content += src.cut(start, end)  # the source's, not the parser's copy
        elif deep is None and level >= MAX_NESTING - 1:  # a rule
            deep = src.line_of(start)
    if leaf is not None:
        blocks.append(_finish(src, leaf, leaf.end, containers))
    for block in blocks:
        if block.kind == "html":
            block.content = block.content.strip()
    return blocks, deep


def _kind(kinds: list[str], heading: str | None) -> str | None:
    if heading is not None:
        return "h" + heading[1:]
    return "quote" if "BlockQuote" in kinds else None


def _finish(src: _Source, leaf: _Leaf, end: int, containers: list[Container]) -> TextBlock:
    first = leaf.line
    last = max(src.line_of(end - 1), first)
    if leaf.heading and first == last:
        content = heading_content(src.lines[first][leaf.column:])
        return TextBlock(leaf.kind, first, first + 1, content, leaf.links, leaf.images)
    stop = last if leaf.heading else last + 1  # a setext heading's underline is not its text
    parts = [src.lines[first][leaf.column:]]
    parts += [content_line(src.lines[i], i, containers) for i in range(first + 1, stop)]
    content = "\n".join(parts).strip(MD_TRIM_CHARS)
    return TextBlock(leaf.kind, first, stop, content, leaf.links, leaf.images)
