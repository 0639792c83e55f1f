"""A phrase glued to itself: the label of a link or button that extraction printed twice
with nothing between ("view the sourceview the source", "Read moreRead more").

A page's text holds such a doubling where one element repeats another's text for screen
readers or a second layout; prose never does (a word said twice has a space between).
Only phrases of two words or more and eight characters or more count, written the same
both times, so "couscous" or "ha haha" is not a doubling.  Every short line is searched, a
byline or credit line too: the doubled label is never the provenance the line carries.
"""

from __future__ import annotations

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
            if 2 * MIN_LABEL <= len(line) <= MAX_LINE:
                spans += [Span(i, offset + m.start(), offset + m.end(), "a link label printed twice")
                          for m in _GLUED.finditer(line) if len(m.group("label")) >= MIN_LABEL]
    return spans
