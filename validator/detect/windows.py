"""Where provenance statements stand: the head and tail of an article.

A translator's line, a source line or a republication note sits at the top or
the bottom of an article, never in the middle of its reporting.  Plain-text
dataset articles often come as one run-on paragraph; there the statement is the
first or last sentence of a long block.  :func:`windows` yields the pieces of
text worth searching — whole blocks near the top and bottom, and only the head
and tail of a long block — each with its offset in the block, so that a match
maps back to its line and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from validator.article import Article, Block

#: a block longer than this is searched only in its head and tail
LONG = 700
#: how much of a long block's head and tail is searched
EDGE = 400

#: marks where a long block's head or tail window is cut
CUT = "…"

#: kinds that never carry a provenance statement of the article
SKIP = frozenset({"title", "furniture", "caption", "credit"})


@dataclass(frozen=True)
class Window:
    block: Block
    text: str
    offset: int  # where ``text`` starts in ``block.text``
    index: int  # the block's rank among the searched blocks (0 = top)
    from_end: int  # its rank counted from the bottom (0 = last)

    def position(self, start: int) -> tuple[int, int]:
        """Line and column in the file of offset ``start`` in :attr:`text`."""
        return self.block.position(self.offset + start)


def windows(article: Article, top: int = 8, bottom: int = 6,
            skip: frozenset[str] = SKIP) -> Iterator[Window]:
    """The searchable pieces of the first ``top`` and last ``bottom`` blocks that
    are not title, furniture, caption or credit, top first."""
    blocks = [b for b in article.blocks if b.kind not in skip]
    n = len(blocks)
    for i, block in enumerate(blocks):
        if i >= top and i < n - bottom:
            continue
        text = block.text
        if len(text) <= LONG:
            yield Window(block, text, 0, i, n - 1 - i)
        else:
            # the cut is marked with "…", so that a pattern anchored at a line's end or start
            # ($, ^) cannot take the window's edge for the end or start of a line
            yield Window(block, text[:EDGE] + CUT, 0, i, n - 1 - i)
            yield Window(block, CUT + text[-EDGE:], len(text) - EDGE - len(CUT), i, n - 1 - i)


def excerpt(text: str, limit: int = 300) -> str:
    """A one-line excerpt of at most ``limit`` characters (as the rules' evidence shows it)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
