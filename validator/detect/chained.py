"""Page labels chained: furniture the residue lexicon knows as whole lines, printed one
after another on one line ("Leave a Reply Cancel reply", "Share this: Twitter Facebook",
"Kommentare Schreibe einen Kommentar"), or trailing a paragraph after its last sentence
("… officials added. Like this: Like Loading...").

A line of up to :data:`MAX_WORDS` words, not ending as a sentence does, is a chain when it splits, at spaces, into two or
more parts each of which the whole-line pattern matches (give or take bullets, brackets and
closing punctuation, a Markdown link's target, and separators such as ``:``, ``|``,
``•``, ``,`` or ``/`` between them).  A paragraph's trailer is what follows its last sentence-ending mark (among the
last :data:`MAX_TRAILER` characters): one label or a chain of them, never ending in a full
stop, question or exclamation mark (a short sentence is not a label).  Prose never splits
into labels only, so a sentence that merely holds a label's words ("leave a reply to the
council") is not matched.
"""

from __future__ import annotations

import regex

from validator.article import Article
from validator.detect.residue import Span, eligible, physical_lines, whole_label

#: a chain is a short line: at most this many words
MAX_WORDS = 12
#: ... and at most this many characters; a trailer is searched for in a paragraph's
#: last this many characters
MAX_CHARS = MAX_TRAILER = 160
_TOKEN = regex.compile(r"\S+")
#: what may stand between two labels, or before the first
_LEAD = " \t>*_[(-–—•·|#»«›‹→←▶►▸:,/"
#: what may stand after a label
_TAIL = " \t*_]).!?:…|»«›‹→←▶►▸,/"
#: a sentence's end followed by more text: the trailer starts after it
_SENTENCE_END = regex.compile(r"(?<=\w[.!?…]+[\"”’»)]*)\s+(?=\S)")
#: a Markdown link's target after its label ("[Facebook](https://…)")
_LINK_TARGET = regex.compile(r"\]\([^)\s]*\)[\W_]*$")
_FULL_STOP = regex.compile(r"(?<![.…])[.!?][\"”’»)]*\s*$")


def chain_spans(article: Article, whole, ctx) -> list[Span]:
    """Lines that are two or more labels, and paragraphs' trailers of labels."""
    spans: list[Span] = []
    for i, block in eligible(article, ("byline", "credit", "title")):
        last = None
        for offset, line in physical_lines(block):
            span = None if _FULL_STOP.search(line) else chain(whole, line, 0, len(line), ctx, minimum=2)
            if span:
                spans.append(Span(i, offset + span[0], offset + span[1]))
            last = (offset, line)
        if last is not None:
            offset, line = last
            span = trailer(whole, line, ctx)
            if span:
                spans.append(Span(i, offset + span[0], offset + span[1]))
    return spans


def chain(whole, text: str, start: int, end: int, ctx, minimum: int = 1) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` when it splits into ``minimum`` labels or more."""
    if end - start > MAX_CHARS:
        return None
    # (a token that is only separators, such as "|", stands between labels)
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end) if _core(text, *m.span())[1] > _core(text, *m.span())[0]]
    if not tokens or len(tokens) > MAX_WORDS or len(tokens) < minimum:
        return None
    # parts[k]: the most labels that make tokens[:k] (None: they cannot)
    parts: list[int | None] = [0] + [None] * len(tokens)
    for a in range(len(tokens)):
        if parts[a] is None:
            continue
        for b in range(a, len(tokens)):
            if _label(whole, text, tokens[a][0], tokens[b][1], ctx):
                parts[b + 1] = max(parts[b + 1] or 0, parts[a] + 1)
    if parts[-1] is None or parts[-1] < minimum:
        return None
    s, e = _core(text, tokens[0][0], tokens[-1][1])
    return (s, e) if e > s else None


def trailer(whole, line: str, ctx) -> tuple[int, int] | None:
    """The labels after a line's last sentence, when all of it after some sentence end
    near the line's end is labels."""
    if _FULL_STOP.search(line):
        return None
    floor = max(0, len(line) - MAX_TRAILER)
    for m in _SENTENCE_END.finditer(line, floor):
        span = chain(whole, line, m.end(), len(line), ctx)
        if span:
            return span
    return None


def _label(whole, text: str, start: int, end: int, ctx) -> bool:
    s, e = _core(text, start, end)
    return e > s and whole_label(whole, text, s, e, ctx)


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """A part without separators around it, and without a Markdown link's target."""
    while start < end and text[start] in _LEAD:
        start += 1
    link = _LINK_TARGET.search(text, start, end)
    if link:
        end = link.start()
    while end > start and text[end - 1] in _TAIL:
        end -= 1
    return start, end
