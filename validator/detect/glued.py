"""A phrase glued to itself: the label of a link or button that extraction printed twice
with nothing between ("view the sourceview the source", "Read moreRead more").

A page's text holds such a doubling where one element repeats another's text for screen
readers or a second layout; prose never does (a word said twice has a space between).
Only phrases of two words or more and eight characters or more count, written the same
both times, so "couscous" or "ha haha" is not a doubling.  Every short line is searched, a
byline or credit line too: the doubled label is never the provenance the line carries.

The pattern backtracks at every word of a line; :func:`may_double` first rules out, from
the line's whitespace-separated tokens, the lines that cannot hold a doubling (nearly all).
"""

from __future__ import annotations

from itertools import compress
from operator import and_, eq

import regex

from validator.article import Article
from validator.detect.residue import Span, physical_lines

_GLUED = regex.compile(
    r"(?<![\w'’])(?P<label>\p{L}[\w'’]*(?:[ \t]+[\w'’]+){1,5})(?P=label)(?![\w'’])", regex.V0)
#: a doubled phrase shorter than this is too likely a word game or a stammer
MIN_LABEL = 8
#: lines longer than this are not searched: a label sits in a short line (a byline, a
#: navigation or source line), and prose lines are long
MAX_LINE = 200


def glued_spans(article: Article) -> list[Span]:
    """Each phrase of two to six words standing twice in a row with nothing between."""
    spans = []
    for i, block in enumerate(article.blocks):
        for offset, line in physical_lines(block):
            if 2 * MIN_LABEL <= len(line) <= MAX_LINE and may_double(line):
                spans += [Span(i, offset + m.start(), offset + m.end(), "a link label printed twice")
                          for m in _GLUED.finditer(line) if len(m.group("label")) >= MIN_LABEL]
    return spans


def may_double(line: str) -> bool:
    """False when :data:`_GLUED` cannot match in ``line`` (True does not mean it does).

    A doubled label of k words (``w1 … wk`` twice, words of ``[\\w'’]`` apart by spaces or
    tabs, none of them whitespace) splits at whitespace into tokens ``T[m] … T[m+2j]``,
    ``j = k-1``: ``T[m]`` ends with ``w1`` (punctuation may precede it), ``T[m+j]`` is
    ``wk`` glued to ``w1``, ``T[m+2j]`` starts with ``wk``, and the j-1 tokens between
    repeat.  Candidates come from comparing characters or tokens j apart (in C); only
    those are tried in full."""
    tokens = line.split()
    n = len(tokens)
    if n < 3:
        return False
    first, last = [t[0] for t in tokens], [t[-1] for t in tokens]
    # two words: T[m+1] shares its first character with T[m+2], its last with T[m]
    for m in compress(range(n), map(and_, map(eq, first[1:], first[2:]), map(eq, last[1:], last))):
        if _glued_at(tokens, m, 1):
            return True
    # three words or more: the second word repeats j tokens on
    for j in range(2, min(5, (n - 1) // 2) + 1):
        for m in compress(range(n - 2 * j), map(eq, tokens[1:], tokens[j + 1:])):
            if _glued_at(tokens, m, j):
                return True
    return False


def _glued_at(tokens: list[str], m: int, j: int) -> bool:
    glued, before, after = tokens[m + j], tokens[m], tokens[m + 2 * j]
    return tokens[m + 1:m + j] == tokens[m + j + 1:m + 2 * j] and any(
        before.endswith(glued[c:]) and after.startswith(glued[:c]) for c in range(1, len(glued)))
