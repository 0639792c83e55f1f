"""Recover an article's structure from layout alone.

Shared by the readers of formats that carry little or no markup (plain text,
the body of a Markdown file or of a JSON record): which line is the headline,
which short lines are page furniture around the article, which are
subheadings, bylines and photo credit lines, and which closing paragraphs are
the footer (a translator's disclaimer, an "originally published in" note).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import regex

from validator.article import offset_position
from validator import vocab
from validator.credits import _label_needles, looks_like_credit_line
from validator.detect import photo
from validator.detect.fold import fold, screen_text
from validator.detect.memo import per_vocab
from validator.detect.photo import bare_agency_tail, caption_credit, sourced_credit
from validator.detect.screen import Screen, needles
from validator.detect.wire_forms import credit_line
from validator.readers.headline import agency_byline, interface_line, meta_line, source_line

_TERMINAL = tuple('.!?…:;"”’»)。！？｡」』）؟।')
#: sentence ends: Latin, CJK full-width (。！？), Arabic (؟), Devanagari (।)
_SENTENCE_END = re.compile(r"[.!?…。！？｡؟।][\"”’»)*_」』）》]*$")
#: a sentence's end inside a text: a space after it, or none after a CJK full stop
_INNER_END = re.compile(r"[.!?…؟।][\"”’»)]*\s+\S|[。！？｡][」』）》”]*\S")
#: characters of scripts written without spaces between words (Han, kana)
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_BYLINE = re.compile(r"^(?:By|Par|Von|Por|Автор:?|بقلم)\s+\S", re.IGNORECASE)
_DATELINE_ONLY = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[ ,]+\d{1,2}:\d{2}.*)?$",
    re.IGNORECASE,
)
#: openings of a closing note: a translator's disclaimer, a republication note
FOOTER_OPENERS = re.compile(
    r"^[*_\[(]*\s*(?:this\s+(?:article|report|story|piece|text|translation)|translated\b|translation\b"
    r"|translator'?s?\s+note|editor'?s?\s+note|originally\s+published|first\s+published|republished"
    r"|the\s+original\s+(?:article|version|report)|source\s*:|original\s*:|disclaimer"
    r"|cet\s+article|article\s+traduit|traduit|dieser\s+(?:artikel|beitrag)|übersetzt|übersetzung"
    r"|este\s+art[íi]culo|traducido|traducci[óo]n|эта\s+статья|материал\s|перевод|переведено"
    r"|هذا\s+المقال|هذه\s+المادة|ترجم|تمت\s+ترجمة|المصدر)",
    re.IGNORECASE,
)


@dataclass
class Unit:
    """A paragraph-like unit of text: one or more physical lines."""

    text: str
    line: int
    column: int
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    gap_before: int = 0  # blank lines before it
    kind: str = ""

    def position(self, offset: int) -> tuple[int, int]:
        return offset_position(self.line, self.column, self.segments, offset)

    def part(self, start: int, end: int, kind: str) -> Unit:
        """The text ``[start:end]`` as a unit of its own, at its place in the file."""
        line, column = self.position(start)
        segments = [(o - start, ln, col) for o, ln, col in self.segments if start < o < end]
        return Unit(self.text[start:end], line, column, segments, kind=kind)


def _measure(text: str) -> tuple[int, int]:
    """A text's width and word count, a Han or kana character counting as two columns and
    two of them as a word (Chinese and Japanese put no spaces between words)."""
    unspaced = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    return len(text) + unspaced, len(text.split()) + unspaced // 2


def is_prose(text: str) -> bool:
    """A sentence-like paragraph rather than a label, headline or button."""
    width, words = _measure(text)
    if width >= 120:
        return True
    end = _SENTENCE_END.search(text.rstrip())
    if end and (words >= 4 if end.group(0)[0] in ".…。｡।" else words >= 6):
        return True
    return words >= 8 and bool(_INNER_END.search(text))


def split_units(lines: list[str], first_line: int = 1, join_wrapped: bool = True) -> list[Unit]:
    """Split physical lines into units: one per line, except hard-wrapped
    prose whose lines are joined into one paragraph (with their positions)."""
    units: list[Unit] = []
    gap = 0
    previous_blank = True
    for i, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped:
            gap += 1
            previous_blank = True
            continue
        column = len(raw) - len(raw.lstrip()) + 1
        line = first_line + i
        prev = units[-1] if units else None
        if (
            join_wrapped
            and prev is not None
            and not previous_blank
            and _continues(prev.text.split("\n")[-1], stripped, "\n" not in prev.text)
        ):
            prev.segments.append((len(prev.text) + 1, line, column))
            prev.text += "\n" + stripped
        else:
            units.append(Unit(stripped, line, column, gap_before=gap))
        gap = 0
        previous_blank = False
    return units


def _continues(previous: str, current: str, first: bool = True) -> bool:
    """Whether ``current`` continues a hard-wrapped paragraph ending in ``previous``
    (``first``: the paragraph's first line, which may be a headline)."""
    width = _measure(previous)[0]
    if width < 40 or previous.endswith(_TERMINAL):
        return False
    if looks_like_credit_line(current) or bare_agency_tail(previous) or caption_credit(previous):
        return False  # a caption line that ends in its credit is a line of its own
    if not (current[:1].islower() or width >= 60):
        return False
    # a date line or an agency byline under a headline (a byline is short, a wrapped line of prose seldom)
    return not (first and (meta_line(current) or len(current) <= 50 and agency_byline(current)))


def classify(units: list[Unit], has_title: bool = False) -> None:
    """Give every unit its block kind, in place.

    ``has_title`` says the headline is known from metadata, so every unit
    counts as body text (no furniture is guessed above it).
    """
    if not units:
        return
    prose = [is_prose(u.text) for u in units]  # (once per unit: the text does not change here)
    first_prose = next((i for i, p in enumerate(prose) if p), len(units))
    title_at = -1
    if not has_title:
        for i in range(first_prose - 1, -1, -1):
            text = units[i].text
            if len(text) <= 200 and not looks_like_credit_line(text) and not _BYLINE.match(text) \
                    and not _DATELINE_ONLY.match(text) and not meta_line(text) \
                    and not (i > 0 and (agency_byline(text) or interface_line(text) or source_line(text))):
                title_at = i
                break
        for u in units[: max(title_at, 0)]:
            u.kind = "furniture"
        if title_at >= 0:
            units[title_at].kind = "title"
    prose_idx = [i for i, p in enumerate(prose) if i > title_at and p]
    last_prose = prose_idx[-1] if prose_idx else len(units) - 1
    footer_from = _footer_start(units, prose_idx)
    title_text = units[title_at].text if title_at >= 0 else None
    for i, u in enumerate(units):
        if u.kind:
            continue
        if looks_like_credit_line(u.text):
            u.kind = "credit"
        elif _BYLINE.match(u.text) and len(u.text) < 120 or i < first_prose and agency_byline(u.text):
            u.kind = "byline"
        elif i > last_prose:
            # a short closing note ("Translated by Jane Roe") is still a footer
            u.kind = "footer" if FOOTER_OPENERS.match(u.text) else "furniture"
        elif footer_from is not None and i >= footer_from and prose[i]:
            u.kind = "footer"
        elif prose[i]:
            u.kind = "paragraph"
        elif i < first_prose and (_DATELINE_ONLY.match(u.text) or meta_line(u.text)):
            u.kind = "furniture"
        else:
            u.kind = "heading"
    # the first prose unit under the headline is the standfirst when it stands
    # apart: followed by the repeated headline, or short.
    if prose_idx and units[prose_idx[0]].kind == "paragraph" and title_at >= 0:
        i = prose_idx[0]
        nxt = units[i + 1].text if i + 1 < len(units) else None
        if (title_text and nxt == title_text) or (_measure(units[i].text)[0] <= 250 and len(prose_idx) > 1):
            units[i].kind = "standfirst"


def _footer_start(units: list[Unit], prose_idx: list[int]) -> int | None:
    """Index of the first closing-note unit among the last prose units."""
    tail = prose_idx[-4:]
    if len(prose_idx) < 2:
        return None
    for i in tail:
        if i == prose_idx[0]:
            continue
        if units[i].gap_before >= 2 or FOOTER_OPENERS.match(units[i].text):
            return i
    return None


#: the longest line read as a caption with a credit at its end
CAPTION_MAX = 400
_CAPTION_KINDS = frozenset({"paragraph", "heading", "standfirst", "furniture", "title", "footer"})


#: the least prose before a bracketed agency closing a flattened text's only paragraph for it to be the sign-off
_SIGNED_PROSE = 200


def _sign_off(text: str, span: tuple[int, int], stripped: bool = False) -> bool:
    """A sentence closed by a wire agency's name alone ("… next week. (Reuters)") is the
    story's sign-off, not a picture's credit; ``stripped``: the line is the story's only
    paragraph, so a bracketed agency closing its prose is the sign-off even where a dataset
    stripped the full stop before it ("… next spring (AFP)")."""
    names = re.split(r"\s*(?:[,/&;]|\band\b|\bund\b|\bet\b|\by\b)\s*", text[span[0]:span[1]].strip(" ()[]（）"))
    if not all(vocab.canonical(n, "wire") for n in names):
        return False
    before = text[:span[0]].rstrip(" ([（")
    return before[-1:] in ".!?…\"”»" or (stripped and len(before) >= _SIGNED_PROSE and "(" in text[max(0, span[0] - 1):span[0] + 1])


def _caption_span(u: Unit) -> tuple[int, int] | None:
    if u.kind in _CAPTION_KINDS and len(u.text) <= CAPTION_MAX and "\n" not in u.text:
        if _only_a_source_sentence(u.text):
            return sourced_credit(u.text)
        return caption_credit(u.text) or bare_agency_tail(u.text)
    return None


@per_vocab
def _caption_words() -> Screen | None:
    """A screen of the strings (folded) one of which a line must hold for a credit label
    (the ``photo_prefix`` family, ``©``, ``(c)``: :func:`validator.credits.label_at`'s own
    needles), a bare "Photo NAME" after a sentence or a picture word of a qualifier ("File
    photo") to be found in it; None when the labels have none to tell."""
    labels, bare = _label_needles(id(vocab.vocab())), needles(photo._BARE_LABEL.pattern)
    if labels is None or bare is None:
        return None
    return Screen((frozenset(labels | bare | {fold(word) for word in photo._PICTURE}),))


#: what joins the parts of a credit line that may end in "." (``credits._LINE_SEP``, any case)
_JOINED = regex.compile(r"[/|—]|via", regex.I)
#: what every bracketed credit closing a caption ends with (``photo._BRACKETED``'s end)
_BRACKET_TAIL = regex.compile(r"[)\]）]\s*\.?$")


def _only_a_source_sentence(line: str) -> bool:
    """Whether :func:`caption_credit` of ``line`` can only be :func:`sourced_credit`'s
    (and :func:`bare_agency_tail` is None): a sentence-like line, checked cheaply.

    With ``text`` the line without its trailing space, ending in "." and NFC-normal, with no
    screen word (:func:`_caption_words`) in its fold nor in its fold with its spaces collapsed:
    ``bare_agency_tail`` rejects a line ending in "."; a credit line (``looks_like_credit_line``
    of the text or of any part after a sentence's end, each a suffix ending in "." and, a suffix
    of an NFC string, NFC itself, so that its ``norm`` is a substring of the collapsed text) is
    either labelled — a label, whose needles are screen words — or not, and then never ends in
    "." — unless it joins its parts with "/", "|", "—" or "via" and ends in an agency's name
    ("Jane Roe/AFP."), so a line holding one of those is not skipped; ``label_at`` finds no
    label where its needles are absent; a bracketed credit ends in a bracket
    (:data:`_BRACKET_TAIL`); "Photo NAME" after a sentence and a qualifier tail need their words.  What the regex module matches case-insensitively folds to the needle's fold
    (:mod:`validator.detect.fold`), and a text ``fold`` cannot screen is never skipped."""
    text = line.rstrip()
    if not text.endswith(".") or _BRACKET_TAIL.search(text) or _JOINED.search(text):
        return False
    screen = _caption_words()
    if screen is None or not unicodedata.is_normalized("NFC", text):
        return False
    collapsed = " ".join(text.split())
    for variant in (text, collapsed) if collapsed != text else (text,):
        folded = screen_text(variant)
        if folded is None or screen.active(folded):
            return False
    return True


def split_caption_credits(units: list[Unit]) -> list[Unit]:
    """Caption lines that end in a photo credit ("… Foto: Name/dpa", "… (AP Photo/Name)",
    "… Photo Name/AFP", "… Beirut Getty Images") become a caption and a credit unit.

    A wire agency alone closing a sentence ("… next week. (Reuters)") is the story's
    sign-off, unless the line stands above the story's first paragraph with the story
    still to come: there it is the lead picture's caption."""
    spans = [_caption_span(u) for u in units]
    body = [i for i, u in enumerate(units) if spans[i] is None and u.kind in ("paragraph", "standfirst")]
    out: list[Unit] = []
    for i, u in enumerate(units):
        span = spans[i]
        if span and credit_line(u.text):
            span = None
        elif span and span[0] and _sign_off(u.text, span, stripped=not body and u.kind == "paragraph") \
                and not (body and i < body[0]):
            span = None
        if span and span[0] == 0 and u.kind != "title" and (looks_like_credit_line(u.text) or sourced_credit(u.text)):
            u.kind = "credit"  # a credit line above the headline or after the last paragraph
        if not span or span[0] == 0:
            out.append(u)
            continue
        cut = len(u.text[: span[0]].rstrip(" |/–—-([（"))
        if cut:
            out.append(u.part(0, cut, "caption" if u.kind != "title" else "title"))
        credit = u.part(*span, "credit")
        credit.gap_before = 0
        out.append(credit)
    return out
