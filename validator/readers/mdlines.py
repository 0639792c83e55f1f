"""Where the text of a Markdown line starts, inside the block quotes and list items it is in.

CommonMark (and markdown-it, whose results provcheck keeps) cuts a paragraph's
later lines after the ``>`` of each block quote they stand in (one blank after
it too) and after up to the list item's content indent of blanks; a line without
its ``>`` is a lazy continuation and keeps its start.  Tabs count to the next
stop of 4 columns.  Used by :mod:`validator.readers.mdblocks`, which knows the
containers from the parser's events.
"""

from __future__ import annotations

from markdown_it.common import utils as _md_utils

#: the characters trimmed from a block's content (CommonMark's whitespace, as markdown-it trims it)
MD_TRIM_CHARS: str = getattr(_md_utils, "MD_TRIM_CHARS", " \t\n\r\x0b\x0c")


def columns(line: str, start: int, stop: int, col: int = 0) -> int:
    """The column reached from column ``col`` after ``line[start:stop]`` (tabs to the next stop of 4)."""
    for ch in line[start:stop]:
        col = col + 4 - col % 4 if ch == "\t" else col + 1
    return col


class Container:
    __slots__ = ("quote", "indent", "line", "after")

    def __init__(self, quote: bool, indent: int = 0, line: int = -1, after: int = 0):
        self.quote = quote  # a block quote (else a list item; lists themselves are not kept)
        self.indent = indent  # a list item's content indent, in columns from its line's base
        self.line, self.after = line, after  # a list item's line, and where its marker ends there


def prefix(line: str, index: int, containers: list[Container]) -> tuple[int, int, int]:
    """How line ``index`` (``line``) opens inside ``containers``: ``(base, position, indent)`` —
    where its content starts after the ``>`` of the block quotes it is in (``base``, as markdown-it
    moves a line's start), where it starts after a list marker on it too (``position``), and the
    indent (columns from ``base``) the innermost list item after the last quote asks for."""
    base = pos = indent = 0
    lazy = False
    for c in containers:
        if not c.quote:
            if c.line == index:  # the item's own line: its marker is part of the prefix
                pos, indent = c.after, 0
            else:
                indent = c.indent
            continue
        if not lazy:
            at = pos
            while at < len(line) and line[at] in " \t":
                at += 1
            gap = columns(line, 0, at) - columns(line, 0, pos)
            if at < len(line) and line[at] == ">" and indent <= gap:
                pos = at + 1
                if pos < len(line) and line[pos] == " ":
                    pos += 1
                elif pos < len(line) and line[pos] == "\t" and columns(line, 0, pos) % 4 == 3:
                    pos += 1
                base = pos
            else:
                lazy = True  # a lazy continuation line: no marker, the line starts where it starts
        indent = 0
    return base, pos, indent


def content_line(line: str, index: int, containers: list[Container]) -> str:
    """A continuation line of a paragraph without its container prefix (markdown-it's
    ``getLines``): past the quote markers, up to the list item's indent of blanks skipped."""
    _, pos, indent = prefix(line, index, containers)
    base = columns(line, 0, pos)
    col, at = base, pos
    while at < len(line) and col - base < indent and line[at] in " \t":
        col = col + 4 - col % 4 if line[at] == "\t" else col + 1
        at += 1
    extra = col - base - indent
    return (" " * extra if extra > 0 else "") + line[at:]


def item_indent(line: str, index: int, start: int, containers: list[Container]) -> tuple[int, int]:
    """The content indent (columns from the line's base) of a list item whose marker is on
    line ``index`` at or after ``line[start]``, and where its marker ends."""
    base, pos, _ = prefix(line, index, containers)
    base_col = columns(line, 0, base)
    at = max(start, pos)
    while at < len(line) and line[at] in " \t":
        at += 1
    if at < len(line) and line[at] in "-+*":
        at += 1
    else:
        while at < len(line) and line[at].isdigit():
            at += 1
        at += 1  # "." or ")"
    after = columns(line, 0, at) - base_col
    content = at
    while content < len(line) and line[content] in " \t":
        content += 1
    gap = columns(line, at, content, after + base_col) - base_col - after
    if content >= len(line) or gap > 4:
        gap = 1
    return after + gap, at


def heading_content(line: str) -> str:
    """An ATX heading's text: after the opening ``#``s, without the closing sequence."""
    pos = 0
    while pos < len(line) and line[pos] in " \t>":  # container markers were cut by the caller
        pos += 1
    while pos < len(line) and line[pos] == "#":
        pos += 1
    end = len(line)
    while end > pos and line[end - 1] in " \t":
        end -= 1
    tmp = end
    while tmp > pos and line[tmp - 1] == "#":
        tmp -= 1
    if pos < tmp < end and line[tmp - 1] in " \t":
        end = tmp
    return line[pos:end].strip(MD_TRIM_CHARS)
