"""Residue that is the article's own text standing again: the headline repeated
(:func:`title_spans`), a caption, teaser or headline line standing twice
(:func:`repeat_spans`) and a teaser opening the paragraph after it (:func:`teaser_spans`);
see :mod:`validator.detect.residue` for the other sources."""

from __future__ import annotations

import itertools
import re

import regex

from validator.article import Article
from validator.detect.fold import fold, screen_text
from validator.detect.residue import Span, carries_provenance, eligible, physical_lines

#: lines longer than any caption or teaser are not compared
MAX_REPEAT = 1_500
_WORD = regex.compile(r"\w+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH = r"(?:" + "|".join(_MONTHS) + r")\w*\.?"
_DAY = r"(?:(?:" + "|".join(_DAYS) + r")\w*,?\s+)"
#: what may stand before a repeated headline: a timestamp, an agency or section tag
_LEAD = (r"(?:\s*(?:" + _DAY + r"?(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+" + _MONTH
         + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|" + _MONTH + r"\s+\d{1,2}\s+\d{4})"
         + r"|\(\w[\w .-]{0,20}\)|\d{1,2}:\d{2})[\s,:|–—-]*)*")


#: a site name or section trail after a headline ("… - Region - World - Example Online", "… | Example")
_TRAIL = regex.compile(r"(?:\s+[-|–—]\s+[^-|–—]{1,40}){1,4}$")
_LEAD_RE = regex.compile(_LEAD, regex.IGNORECASE | regex.V0)


#: how a line that opens with a lead (a timestamp, a tag) may begin, lower-cased: a
#: digit, a space, "(" or a day or month name (:data:`_LEAD`)
_LEAD_OPENERS = frozenset(_MONTHS + _DAYS)


def lead_end(line: str) -> int:
    """Where a line's leading timestamp or agency tag (:data:`_LEAD`) ends (0: none).

    A line opening with three ASCII characters, the first a letter, that are no day's
    or month's name cannot open with one: it is not matched (most lines)."""
    head = line[:3]
    if head.isascii() and head[:1].isalpha() and head.lower() not in _LEAD_OPENERS:
        return 0
    return _LEAD_RE.match(line).end()


def _words(text: str) -> list[str]:
    if text.isascii():  # (the same words: \w is [A-Za-z0-9_] there; the standard re is faster)
        return _ASCII_WORD.findall(text.lower())
    return _WORD.findall(text.casefold())


def title_spans(article: Article) -> list[Span]:
    """The headline standing again: as a line of its own, or opening a paragraph
    (after a timestamp or an agency tag).  Headlines under three words are too
    common as phrases to tell."""
    title = article.title or ""
    forms = [_words(t) for t in (title, _TRAIL.sub("", title))]
    forms = [w for w in forms if len(w) >= 3 and len(" ".join(w)) >= 12]
    if not forms:
        return _beside_title(article)
    # a line can only hold the headline if it holds each of its words: the pattern is
    # compiled for an article only when a line does (the lead, timestamps and agency
    # tags, is matched by the precompiled _LEAD_RE); a block is folded once, and its
    # lines looked at only when it holds each word of a form
    needles = [[fold(w) for w in words] for words in forms]
    opening = None
    spans = []
    for i, block in eligible(article):
        if block.kind == "title":
            continue
        folded_block = _screen(block.text)
        if folded_block is not None and not _holds(folded_block, needles):
            continue
        # (folding maps no character to or from a line break: the folded block's lines
        # are the lines' folds)
        folded_lines = folded_block.split("\n") if folded_block is not None else None
        for k, (offset, line) in enumerate(physical_lines(block)):
            folded = folded_lines[k] if folded_lines is not None else _screen(line)
            if folded is not None and not _holds(folded, needles):
                continue
            if opening is None:
                body = "|".join(r"\W*".join(regex.escape(w) for w in words) for words in forms)
                opening = regex.compile(r"[\W_]*(" + body + r")(?!\w)", regex.IGNORECASE | regex.V0)
            end = lead_end(line)
            m = opening.match(line, end)
            if m is None and end:
                m = opening.match(line)
            if m:
                spans.append(Span(i, offset + m.start(1), offset + m.end(1), "the headline again"))
    return spans


def _beside_title(article: Article) -> list[Span]:
    """A short headline (two words or more) standing again as the whole block just
    above or below it: a page's heading and the article's, printed one after the other."""
    title = _words(article.title or "")
    if len(title) < 2:
        return []
    at = [i for i, block in enumerate(article.blocks) if block.kind == "title"]
    spans = []
    for i in {j for t in at for j in (t - 1, t + 1)}:
        block = article.blocks[i] if 0 <= i < len(article.blocks) else None
        if block is not None and block.kind not in ("title", "byline", "credit", "footer") \
                and "\n" not in block.text.strip() and _words(block.text) == title:
            start = len(block.text) - len(block.text.lstrip())
            spans.append(Span(i, start, len(block.text.rstrip()), "the headline again"))
    return sorted(spans, key=lambda s: s.block)


def _screen(text: str) -> str | None:
    """:func:`~validator.detect.fold.screen_text` of a text: for ASCII, its lower case."""
    return text.lower() if text.isascii() else screen_text(text)


def _holds(folded: str, needles: list[list[str]]) -> bool:
    """Whether a folded text holds each word of one of the forms."""
    return any(all(n in folded for n in words) for words in needles)


def _lead_free(line: str) -> tuple[str, ...]:
    """A line's words without a leading timestamp or agency tag."""
    return tuple(_words(_rest(line)))


def _rest(line: str) -> str:
    end = lead_end(line)
    return line[end:] if end else line


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same line, or (for long lines) one line the other with a tail ("… — AP")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 8 and long_[:len(short)] == short and len(long_) - len(short) <= 3


class _Seen:
    """The lines seen so far, answering "does :func:`_same` hold for any of them?" by
    set look-ups (linear in the number of lines, where comparing each line with every
    earlier one is quadratic): a seen line, or one of its cuts by one to three words
    that keeps eight, matches a line with or without such a tail."""

    def __init__(self) -> None:
        self.full: set[tuple[str, ...]] = set()
        self.cut: set[tuple[str, ...]] = set()

    @staticmethod
    def _cuts(words: tuple[str, ...]) -> list[tuple[str, ...]]:
        n = len(words)
        return [words[:n - k] for k in (1, 2, 3) if n - k >= 8] if n > 8 else []

    def add(self, words: tuple[str, ...]) -> None:
        self.full.add(words)
        if len(words) > 8:
            self.cut.update(self._cuts(words))

    def __contains__(self, words: tuple[str, ...]) -> bool:
        if words in self.full or words in self.cut:
            return True
        for cut in self._cuts(words):
            if cut in self.full:
                return True
        return False


def repeat_spans(article: Article, agencies: regex.Pattern | None = None) -> list[Span]:
    """A line of 4–80 words (a caption, teaser or headline) that stands again later,
    give or take a leading timestamp or agency tag: each repetition is residue.  The
    headline's own repetitions are :func:`title_spans`' (not counted twice)."""
    seen = _Seen()
    title = _lead_free(article.title or "")
    spans = []
    for i, block in enumerate(article.blocks):
        for offset, line in physical_lines(block):
            if len(line) > MAX_REPEAT:  # longer than any caption or teaser: not tokenised
                continue
            words = _lead_free(line)
            if not 4 <= len(words) <= 80:
                continue
            if words in seen and block.kind not in ("byline", "footer") \
                    and (block.kind == "title" or not _same(words, title)) \
                    and not (len(words) < 8 and carries_provenance(_rest(line), agencies)):
                start = len(line) - len(line.lstrip())
                spans.append(Span(i, offset + start, offset + len(line.rstrip()), "a line repeated"))
            seen.add(words)
    return spans


#: block kinds that never hold a repeated teaser, or are never its repetition
_NOT_TEASER = frozenset({"title", "byline", "credit", "footer"})


def teaser_spans(article: Article) -> list[Span]:
    """A teaser, a block of one line and six to eighty words, opening the block right
    after it again, which goes on past it: a page's summary printed above the text that
    begins with it.  The repetition is residue."""
    spans = []
    blocks = article.blocks
    for i in range(len(blocks) - 1):
        teaser, after = blocks[i], blocks[i + 1]
        text = teaser.text.strip()
        if teaser.kind in _NOT_TEASER or after.kind in _NOT_TEASER or "\n" in text \
                or len(text) > MAX_REPEAT or len(after.text) <= len(text):
            continue
        first, again = _WORD.search(text), _WORD.search(after.text)
        if first is None or again is None or first.group().casefold() != again.group().casefold():
            continue
        words = [w.casefold() for w in _WORD.findall(text)]
        if not 6 <= len(words) <= 80:
            continue
        opening = list(itertools.islice(_WORD.finditer(after.text), len(words) + 1))
        if len(opening) > len(words) and [m.group().casefold() for m in opening[:len(words)]] == words:
            spans.append(Span(i + 1, opening[0].start(), opening[len(words) - 1].end(), "the teaser again"))
    return spans
