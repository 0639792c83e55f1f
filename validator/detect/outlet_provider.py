"""A syndicated story's provider line: the outlet a portal names under the byline.

A portal that republishes another outlet's story (a news aggregator, a web portal's
news section) prints the provider's name in the byline block, after the writer and the
date::

    By JANE ROE
    March 11, 2015 3:46 PM
    Example Morning Show

The name is the original outlet only when the page says it is published by another
site (``Article.outlet``, read from the page's metadata): on the outlet's own site the
same line is its own name.
"""

from __future__ import annotations

import regex

from validator import vocab
from validator.article import Article, Block
from validator.detect.memo import per_vocab
from validator.detect.outlet_forms import DATE, JOB, NOT_OUTLETS, OUTLET_WORDS

#: the blocks under the headline looked at, and the kinds a byline block may be read as
FIRST = 12
KINDS = frozenset({"byline", "credit", "furniture", "heading", "paragraph"})

#: a writer's desk, not an outlet ("Washington Bureau", "Metro Desk")
_DESK = regex.compile(r"\b(?:bureau|desk|team|section|department|newsroom)\b", regex.IGNORECASE)
_BY = regex.compile(r"^\W{0,2}by\s+\S", regex.IGNORECASE)
_DATED = regex.compile(rf"^\W{{0,2}}(?:[\p{{L}}]+,?\s+)?{DATE}(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?"
                       rf"(?:\s+[A-Z]{{2,4}})?)?\W{{0,2}}$", regex.IGNORECASE | regex.VERSION1)
_NAME = regex.compile(rf"^\W{{0,2}}{OUTLET_WORDS}\W{{0,2}}$", regex.VERSION1)


@per_vocab
def _interface() -> regex.Pattern:
    """A page's interface words ("Share this", "Follow us"): the vocabulary's residue lines."""
    return regex.compile(rf"(?:{vocab.alternation('phrases.residue')})", regex.IGNORECASE | regex.VERSION0)


def provider(article: Article) -> tuple[str, Block, int, str] | None:
    """The provider a byline block names (name, block, offset, the block's words), when the
    page is published by another site; or None."""
    site = (article.outlet or "").casefold().strip()
    if not site:
        return None
    blocks = list(article.blocks)
    start = next((i for i, b in enumerate(blocks) if b.kind == "title"), 0)
    for block in blocks[start:start + FIRST]:
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if block.kind not in KINDS or not 3 <= len(lines) <= 4 or not _BY.match(lines[0]):
            continue
        if not any(_DATED.match(line) for line in lines[1:-1]):
            continue
        m = _NAME.match(lines[-1])
        name = m["name"].strip() if m else ""
        # a provider's name has two words or more ("Share" or "Follow" alone is the page's button)
        if len(name.split()) < 2 or JOB.search(name) or _DESK.search(name) or name.casefold() in NOT_OUTLETS \
                or _DATED.match(lines[-1]) or _interface().fullmatch(name):
            continue
        if site in name.casefold() or name.casefold() in site:
            return None  # the site's own name
        return name, block, block.text.rfind(lines[-1]), " ".join(lines)
    return None
