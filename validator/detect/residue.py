"""Page residue: where the furniture of a scraped page stands in an article's text.

Four sources, each a list of spans in the article's blocks:

- the lexicon (:func:`lexicon_spans`): labels from ``phrases.residue`` that stand as a
  whole line ("Read more", "Leave a Reply", "Bir cevap yazın") and phrases from
  ``phrases.residue_inline`` found anywhere (appeals, cookie and comment-form notes,
  a "date 2020-01-31" prefix);
- the headline repeated (:func:`~validator.detect.repeated.title_spans`): a line that is
  the title again, or a paragraph that opens with it, optionally after a timestamp or an
  agency tag;
- a repeated line (:func:`~validator.detect.repeated.repeat_spans`): a caption, teaser or
  headline of four words or more standing twice;
- boilerplate learned from the batch (:func:`learned_spans`, see
  :mod:`validator.boilerplate`).

Lines that carry provenance are never residue here: bylines, photo credits, closing
notes (a translator's disclaimer, "Source: …") and lines naming a news agency.
:func:`regions` turns spans into one region per run of consecutive lines of a block,
so an appeal of three sentences is one finding, not three.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from validator.article import Article, Block
from validator.credits import looks_like_credit_line
from validator.detect.alternation import Alternation
from validator.detect.firstchar import LineAlternation, apart
from validator.detect.fold import screen_text
from validator.readers.layout import FOOTER_OPENERS

_OPEN = " \t>*_[(-–—•·|#»«›‹→←▶►▸"
_CLOSE = " \t*_]).!?:…|»«›‹→←▶►▸"
_LINK_TAIL = regex.compile(r"\]\([^)\s]*\)[\W_]*$")
#: a count in brackets after a label ("Comments (3)", "Kommentare [12]"): the label's counter
_COUNT_TAIL = regex.compile(r"(?<=\S)\s*[(\[]\s*\d[\d.,]*\s*[kKmM]?\s*[)\]][\s:]*$")
_ELLIPSIS_ONLY = regex.compile(r"^[\s\[(]*(?:…|\.{3})[\s\])]*$")
#: whole-line patterns are only tried on lines up to this long (furniture is short)
MAX_LINE = 300
LONG_BLOCK, EDGE = 20_000, 5_000
_BYLINE = regex.compile(r"^[*_\s]*(?:by|par|von|por|автор:?|بقلم)\s+\S", regex.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """Residue at ``text[start:end]`` of a block; ``note`` says why when it is not the lexicon."""

    block: int
    start: int
    end: int
    note: str = ""


@dataclass(frozen=True)
class Region:
    """Consecutive residue lines of one block: where it starts and ends, how many lines."""

    block: Block
    start: int
    end: int
    lines: int
    note: str


def line_core(line: str) -> tuple[int, int]:
    """The span of a line without bullets, emphasis, brackets, arrows, a Markdown link
    target, a count in brackets and closing punctuation."""
    start, end = 0, len(line)
    while start < end and line[start] in _OPEN:
        start += 1
    link = _LINK_TAIL.search(line, start, end)
    if link:
        end = link.start()
    count = _COUNT_TAIL.search(line, start, end)
    if count:
        end = count.start()
    while end > start and line[end - 1] in _CLOSE:
        end -= 1
    return start, end


def physical_lines(block: Block):
    """(offset, line) for each physical line of a block's text."""
    offset = 0
    for line in block.text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def carries_provenance(text: str, agencies: regex.Pattern | None = None) -> bool:
    """A byline, photo credit, closing note or agency line: never residue."""
    core = text.strip()
    return bool(_BYLINE.match(core) or FOOTER_OPENERS.match(core) or looks_like_credit_line(core)
                or (agencies is not None and agencies.search(core)))


def edges(length: int) -> list[tuple[int, int]]:
    """Where to search a block for inline residue: all of it, or of a block longer than
    LONG_BLOCK characters only its first and last EDGE characters — residue glued into a
    run-on text sits where the page's text met the article's."""
    if length <= LONG_BLOCK:
        return [(0, length)]
    return [(0, EDGE), (length - EDGE, length)]


def eligible(article: Article, skip: tuple[str, ...] = ("byline", "credit", "footer")):
    """The blocks that may hold residue: not bylines, credit lines or closing notes."""
    for i, block in enumerate(article.blocks):
        if block.kind not in skip:
            yield i, block


def lexicon_spans(article: Article, whole, anywhere, ctx) -> list[Span]:
    """Lexicon hits: ``whole`` must be a whole line (:func:`whole_label`), ``anywhere`` anywhere (a pattern, or an
    :class:`~validator.detect.alternation.Alternation` searched with the phrases a part of a
    block may hold: :func:`inline_matches`).  The headline is searched too: on a scraped
    page the line taken for it is often a label."""
    spans: list[Span] = []
    # a closing note is searched too: the lexicon is specific, and a paywall or
    # donation prompt after the article often opens like one ("This story is …")
    for i, block in eligible(article, ("byline", "credit")):
        if anywhere is not None:
            for a, b in edges(len(block.text)):
                part = block.text[a:b]
                found = inline_matches(anywhere, part, ctx) if isinstance(anywhere, Alternation) \
                    else ctx.finditer(anywhere, part)
                spans += [Span(i, a + m.start(), a + m.end()) for m in found if m.end() > m.start()]
        if whole is None:
            continue
        for offset, line in physical_lines(block):
            start, end = line_core(line)
            if 0 < end - start <= MAX_LINE and whole_label(whole, line, start, end, ctx):
                spans.append(Span(i, offset + start, offset + end))
            elif start == end and _ELLIPSIS_ONLY.match(line):
                spans.append(Span(i, offset, offset + len(line)))
    return spans


def whole_label(whole, text: str, start: int, end: int, ctx) -> bool:
    """Whether ``text[start:end]`` is a whole-line label: ``whole`` (a pattern, or a
    :class:`~validator.detect.firstchar.LineAlternation`, tried with the labels that may
    start with the part's first character) matches all of it."""
    if isinstance(whole, LineAlternation):
        return whole.fullmatches(text, start, end, ctx.fullmatch)
    return ctx.fullmatch(whole, text, start, end) is not None


def inline_matches(anywhere: Alternation, text: str, ctx) -> list[regex.Match]:
    """The matches of an alternation in ``text``.  Only the alternatives whose needles
    ``text`` holds can match; when two or more do, each is searched alone and the
    alternation's matches are taken from theirs (:func:`leftmost_first`), rather than
    compiling that set of alternatives together (texts holding other sets compile other
    patterns).  One alternative, a text that cannot be screened, alternatives that mean
    something else alone, or matches that do not tell: the alternation's compiled subset."""
    folded = screen_text(text)
    active = anywhere.screen.active(folded)
    if len(active) > 1 and folded is not None and _separable(anywhere):
        merged = leftmost_first([list(ctx.finditer(_alternative(anywhere, k), text)) for k in active])
        if merged is not None:
            return merged
    pattern = anywhere.pattern(text, folded) if active else None
    return list(ctx.finditer(pattern, text)) if pattern is not None else []


def leftmost_first(found: list[list[regex.Match]]) -> list[regex.Match] | None:
    """The matches an alternation finds, from those each of its alternatives finds alone (in
    the alternation's order): the leftmost next, the first alternative's at a tie, searching
    on where it ends.  None when that cannot be told from them: an alternative's match
    overlapping the one taken (searched from that one's end it might match within it), or
    an empty match taken (the search would step on by one)."""
    taken: list[regex.Match] = []
    heads = [0] * len(found)
    end = 0
    while True:
        best = None
        for k, matches in enumerate(found):
            if heads[k] < len(matches):
                m = matches[heads[k]]
                if m.start() < end:
                    return None
                if best is None or m.start() < best[1].start():
                    best = (k, m)
        if best is None:
            return taken
        k, m = best
        if m.end() == m.start():
            return None
        taken.append(m)
        heads[k] += 1
        end = m.end()


@lru_cache(maxsize=1024)
def _alternative(anywhere: Alternation, k: int) -> regex.Pattern:
    return regex.compile(f"(?:{anywhere.alternatives[k]})", anywhere.flags)


@lru_cache(maxsize=64)
def _separable(anywhere: Alternation) -> bool:
    """Whether each alternative alone matches where it matches in the alternation: no prefix
    or suffix around them, and none refers to a group by number, to another's named group,
    to where the search started (``\\G``) or sets a flag for the whole pattern."""
    return not (anywhere.prefix or anywhere.suffix or anywhere.kwargs) and all(map(apart, anywhere.alternatives))


_MENU_ITEM = regex.compile(r"^[^\d.!?;:,…]*$")


def menu_spans(article: Article, min_run: int = 4) -> tuple[list[Span], set[int]]:
    """Navigation menus: a run of ``min_run`` or more consecutive page-furniture lines
    (above the headline or after the last paragraph) of one to three words each, without
    digits or sentence punctuation ("World", "Business", "Opinion").  One span at the
    run's first line; the other blocks of the run are returned to be covered by it."""
    spans, covered = [], set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= min_run:
            first = article.blocks[run[0]]
            spans.append(Span(run[0], 0, len(first.text), f"a menu of {len(run)} lines"))
            covered.update(run[1:])
        run.clear()

    previous_line = None
    for i, block in enumerate(article.blocks):
        text = block.text.strip()
        item = block.kind == "furniture" and "\n" not in text and 1 <= len(text.split()) <= 3 \
            and bool(_MENU_ITEM.match(text)) and any(c.isalpha() for c in text)
        if not item or (run and previous_line is not None and block.line > previous_line + 2):
            close()
        if item:
            run.append(i)
        previous_line = block.line
    close()
    return spans, covered


#: the most words of text that is not residue between two spans of one region
GAP_WORDS = 12


def regions(article: Article, spans: list[Span]) -> list[Region]:
    """One region per run of consecutive lines of a block that hold residue; on one line, no
    more than :data:`GAP_WORDS` words of other text between two of its spans (a run-on
    dataset text is one long line: labels glued into it far apart are regions of their own,
    never one region holding the story between them)."""
    out: list[Region] = []
    by_block: dict[int, list[Span]] = {}
    for span in sorted(set(spans), key=lambda s: (s.block, s.start, s.end)):
        by_block.setdefault(span.block, []).append(span)
    for i, group in sorted(by_block.items()):
        block = article.blocks[i]
        current: list[Span] = []
        last_line = None
        end = 0  # where the current region's spans end
        for span in group:
            line = block.position(span.start)[0]
            if current and last_line is not None and (line > last_line + 1 or (
                    line == last_line and len(block.text[end:span.start].split()) > GAP_WORDS)):
                out.append(_region(block, current))
                current = []
            end = max(end, span.end) if current else span.end
            current.append(span)
            last_line = block.position(max(span.end - 1, span.start))[0]
        if current:
            out.append(_region(block, current))
    return out


def _region(block: Block, spans: list[Span]) -> Region:
    first = block.position(spans[0].start)[0]
    last = block.position(max(max(s.end for s in spans) - 1, spans[-1].start))[0]
    notes = [s.note for s in spans if s.note]
    return Region(block, spans[0].start, max(s.end for s in spans), last - first + 1, notes[0] if notes else "")


def learned_spans(article: Article, learned, agencies: regex.Pattern | None = None) -> list[Span]:
    """Lines of the article that the batch's learned boilerplate holds."""
    from validator.boilerplate import normal_line

    spans = []
    for i, block in eligible(article):
        if block.kind == "title":
            continue
        for offset, line in physical_lines(block):
            key = normal_line(line, agencies)
            count = learned.lines.get(key) if key else None
            if count:
                start, end = line_core(line)
                spans.append(Span(i, offset + start, offset + end,
                                  f"a line found in {count} of the batch's {learned.articles} articles"))
    return spans
