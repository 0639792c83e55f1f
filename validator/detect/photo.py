"""Where a photo credit stands in a caption, or in a caption line of a scraped text.

A caption carries its credit as a whole line (``Jane Roe / AP``), or at its end:

- after a credit label of the vocabulary's ``photo_prefix`` family, in any
  language (``… Photo: Jane Roe/dpa``, ``… Foto di Mario Rossi``, ``…（写真＝
  ロイター）``, ``… Image copyright EPA``, ``… © Jane Roe``); a label that
  ends in a colon (or ``＝``, or ``©``) takes whatever follows, a label made
  of words (``Photo by``, ``Foto di``, ``Фото``) only a credit that reads as
  names (a person, an agency, an organisation);
- in brackets: ``(AP Photo/Jane Roe)``, ``(Reuters)``, ``(The Associated
  Press)``, ``(NASA via AP, File)``, ``(Image: GETTY)``, ``[File: Reuters]``
  — the bracket's text names an agency or joins parts with ``/`` or ``via``,
  and nothing in it is other than a name or a qualifier (``(Jane Roe)`` alone
  is an aside, not a credit — unless the caption's date stands right before it:
  ``… Aleppo - October 8, 2017 (Jane Roe)``);
- after the caption's last sentence, a dash or a bar, a credit line
  (``… on Monday. REUTERS/Jane Roe``), or ``Photo NAME/AGENCY`` without a colon;
- a sentence saying where the picture came from, a phrase of the vocabulary's
  ``photo_source`` family (``… Photograph shared by Jane Roe on her Facebook page``,
  ``Photo of the march by Jane Roe under a Creative Commons licence``, ``Image from
  Wikimedia Commons``, ``Foto geteilt von …``), at the line's start or after its last
  sentence: the credit runs from it to the line's end;
- in brackets after who made or altered the picture, a phrase of the vocabulary's
  ``photo_made_by`` family (``… (edited by Example News)``, ``… (montage par Exemple
  Presse)``), when the caption before it is not a finished sentence;
- a qualifier that names no one (``… Submitted photo``, ``… (Courtesy photo)``, ``… File
  photo``): a credit all the same, which ``photo-credit-format`` reports as naming nobody;
- in brackets, who supplied the picture and who took it, joined by a colon (``… (ABC
  News: Jane Roe)``, ``… (Supplied: Example Council)``), or a word that alone credits
  a handout (``… (Supplied)``, ``… (Divulgação)``);
- a photo agency's name closing the caption (``… in the old city Getty Images``,
  ``… Beirut AFP``), or a label of where the picture came from naming an agency
  (``… Quelle: dpa``, ``… Source: Reuters``) or of its copyright (``… Copyright:
  Example Press``) — for markup captions only, where the element says it is a
  caption (:func:`credit_span`); a scraped line needs a form above
  (:func:`caption_credit`).

Credits glued into running text are :mod:`validator.detect.photo_inline`'s.
"""

from __future__ import annotations

import regex

from validator import vocab
from validator.credit_parts import SOURCE_WORDS, spelling_key
from validator.credits import BARE_LABEL, SOURCE_LABEL, copyright_notice, credit_kinds, label_at, looks_like_credit_line, parse_credit

from validator.detect.allof import AllOf
from validator.detect.alternation import Alternation
from validator.detect.fold import screen_text
from validator.detect.memo import per_vocab, per_vocab_memo
from validator.detect.photo_inline import inline_credits, taken_by

__all__ = ["bare_agency_tail", "caption_credit", "credit_span", "inline_credits", "sourced_credit", "taken_by"]

#: the most words a labelled credit runs to
MAX_WORDS = 14
_STRONG_END = regex.compile(r"(?:[:：＝=©]|\(c\)|copyright)\s*$", regex.I)
_BOUNDARY_BEFORE = regex.compile(r"(?:^|[\s(\[|/–—\-.,;·•])$")
_BRACKETED = regex.compile(r"[(\[（]\s*(?P<credit>[^()\[\]（）]{1,160}?)\s*[)\]）]\s*\.?$")
#: a bracket opened before a label, with a word between ("(AAP Image: …")
_OPEN_BEFORE = regex.compile(r"[(\[（][^()\[\]（）]*\S\s+[^()\[\]（）]*$")
#: "In Pictures:", "En images :", "Im Bild:" — a heading's opening, not a credit's
_IN_PICTURES = regex.compile(r"(?:^|[.!?|:]\s)\s*(?:in|en|im|на)\s+$", regex.I)
_PUNCT_BEFORE = regex.compile(r"[(\[|/–—\-.,;!?…]\s*$")
_OBJECT_OF = regex.compile(r"(?:^|\s)(?:told|tells|to|from|by|with|of|for|at|and|in|on|said|says|according)\s*$", regex.I)
_TAIL_BOUNDARY = regex.compile(r"[.!?…](?=\s*\S)\s*|\s+[-–—|]\s+")
_BARE_LABEL = BARE_LABEL
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}.'’\-]*")
_NAMES = {"agency", "org", "person"}
_PHOTO_SUFFIX = regex.compile(r"\s+(?:photos?|images?|pictures?)$", regex.I)
_GLUED = regex.compile(r"\S\s{2,}$")
_JOINED = regex.compile(r"/|\svia\s|\bphoto\b|\S:\s", regex.I)


def _reads_as_names(text: str, need: set[str] = _NAMES) -> bool:
    _, kinds = credit_kinds(text)
    return bool(kinds & need) and "unknown" not in kinds and "platform" not in kinds


def _labelled(text: str) -> tuple[int, int] | None:
    """A trailing credit introduced by a label."""
    pos = 0
    while (m := label_at(text, pos)) is not None:
        pos = m.end()
        if not _BOUNDARY_BEFORE.search(text[:m.start()]):
            continue
        if m.start() and m.group()[:1].islower() and not _PUNCT_BEFORE.search(text[:m.start()]):
            continue  # "In photos: …" is a heading; a credit label mid-line is capitalised
        if _IN_PICTURES.search(text[:m.start()]):
            continue  # "In Pictures: …", "En images : …": a heading in any case
        end = len(text)
        rest = text[m.end():end].strip()
        if text.rstrip(" .").endswith((")", "]", "）")) and _OPEN_BEFORE.search(text[:m.start()]):
            continue  # "(AAP Image: Jane Roe)": a label inside the closing bracket — the bracket's
        if text[:m.start()].rstrip().endswith(("(", "[", "（")):
            if not text.endswith((")", "]", "）")):
                continue  # "(Photo: X) and the text goes on": a bracket inside the text, not its end
            end -= 1
            rest = text[m.end():end].strip()
        if not rest or len(rest.split()) > MAX_WORDS or copyright_notice(text[m.start():end]):
            continue
        if _STRONG_END.search(m.group()) or _reads_as_names(text[m.start():end]):
            return m.start(), end - (len(text[:end]) - len(text[:end].rstrip()))
    return None


@per_vocab
def _source_forms() -> Alternation:
    return Alternation(vocab.alternation("phrases.photo_source"), regex.I | regex.V0)


_SOURCE_BEFORE = regex.compile(r"(?:^|[.!?…|:)\]–—-])\s*$")
#: the most words after a source phrase still read as part of the credit ("… licence at <url>")
_SOURCE_REST = 8


@per_vocab
def _source_parts() -> AllOf:
    return AllOf(_source_forms().alternatives)


@per_vocab_memo
def sourced_credit(text: str) -> tuple[int, int] | None:
    """A credit in sentence form saying where the picture came from (the ``photo_source``
    family), at the line's start or after its last sentence; its span runs to the end.
    (A line lacking a word of each part every phrase requires is not searched:
    :class:`~validator.detect.allof.AllOf`.)"""
    text = text.rstrip()
    folded = screen_text(text)
    if not _source_parts().any_may_match(folded):
        return None
    forms = _source_forms().pattern(text, folded)
    for m in forms.finditer(text) if forms else ():
        if _SOURCE_BEFORE.search(text[:m.start()]) and len(text[m.end():].split()) <= _SOURCE_REST:
            return m.start(), len(text)
    return None


#: a caption's date right before a bracketed name: "… Aleppo - October 8, 2017 (Jane Roe)"
_DATED = regex.compile(r"(?:\d{1,2}\.?\s+\p{L}{3,10}\.?,?\s+(?:19|20)\d\d|\p{L}{3,10}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
                       r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d)\s*[(\[]\s*[^()\[\]]+[)\]]\s*\.?$")


@per_vocab
def _made_by_forms() -> regex.Pattern:
    return regex.compile(r"\s*(?:" + vocab.alternation("phrases.photo_made_by") + r")\s+", regex.I | regex.V0)


def _bracketed(text: str) -> tuple[int, int] | None:
    m = _BRACKETED.search(text)
    if not m:
        return None
    inner = m["credit"]
    made = _made_by_forms().match(inner)
    if made and m.start() and not text[:m.start()].rstrip().endswith((".", "!", "?")) \
            and _reads_as_names(inner[made.end():]):
        return m.span("credit")  # "… (edited by Example News)": the newsroom's montage
    if spelling_key(inner) in SOURCE_WORDS:
        return m.span("credit")  # "(Supplied)", "(Divulgação)": a credit that names no one
    labelled, kinds = credit_kinds(inner)
    if labelled and "/" in inner and kinds & {"agency", "person"} and looks_like_credit_line(inner):
        return m.span("credit")  # "(Photos by Jane Roe, left, and John Doe/Outlet/AP)": an outlet beside them
    if not kinds or kinds & {"unknown", "platform"} or not kinds & _NAMES:
        return None
    joined = _JOINED.search(inner) is not None
    if labelled or joined or "agency" in kinds or _DATED.search(text):
        return m.span("credit")
    return None


def _bare_agency(text: str) -> tuple[int, int] | None:
    """A photo agency's name (and an optional "Photo") closing a caption."""
    words = list(_WORD.finditer(text))
    for n in range(min(4, len(words) - 3), 0, -1):
        first = words[-n]
        tail = text[first.start():].rstrip(" .")
        name = _PHOTO_SUFFIX.sub("", tail)
        if name.islower() or not vocab.canonical(name, "photo") or _OBJECT_OF.search(text[:first.start()]):
            continue
        if text.endswith("."):  # "… told Reuters.": a sentence, not a caption's credit
            return None
        return first.start(), first.start() + len(tail)
    return None


#: a credit that names no one but says where the picture came from: a credit all the same
#: (``photo-credit-format`` then says it names nobody)
_PICTURE = ("photo", "photograph", "image", "picture")
_QUALIFIER_TAIL = regex.compile(
    r"(?:^|(?<=\S)\s+|[.(]\s*)(?P<credit>(?:submitted|contributed|courtesy|handout|supplied|"
    rf"file|stock|archive)\s+(?:{'|'.join(_PICTURE)})s?)\)?\.?$", regex.I)


def _qualifier_tail(text: str) -> tuple[int, int] | None:
    folded = screen_text(text)  # no picture word, no qualifier tail: a search of every position spared
    if folded is not None and not any(word in folded for word in _PICTURE):
        return None
    m = _QUALIFIER_TAIL.search(text)
    if not m or not (m["credit"][0].isupper() or text[:m.start("credit")].rstrip().endswith("(")):
        return None  # "… he took a stock photo" is a sentence
    return m.span("credit")


def _after_boundary(text: str) -> tuple[int, int] | None:
    for boundary in _TAIL_BOUNDARY.finditer(text):
        rest = text[boundary.end():]
        if looks_like_credit_line(rest):
            return boundary.end(), len(text)
        bare = _BARE_LABEL.match(rest)
        if bare and _reads_as_names(rest[bare.end():], {"agency", "person", "org"}):
            return boundary.end(), len(text)
    return None


_COPYRIGHT_LABEL = regex.compile(r"copyright\s*[:：]", regex.I)


def _source_labelled(text: str) -> tuple[int, int] | None:
    """A caption's closing credit under a label of where the picture came from: "… Quelle:
    dpa", "… Source: Reuters" when it names an agency (a chart's "Source: Eurostat" credits
    data, not a picture), "… Copyright: Example Press" when it names someone."""
    for label in (*SOURCE_LABEL.finditer(text), *_COPYRIGHT_LABEL.finditer(text)):
        before = text[:label.start()]
        if not label.group()[:1].isupper() or not _BOUNDARY_BEFORE.search(before):
            continue
        rest = text[label.end():].strip()
        if not rest or len(rest.split()) > MAX_WORDS or copyright_notice(text[label.start():]):
            continue
        parsed = parse_credit(text[label.start():])
        named = any(vocab.canonical(a) for a in parsed.agencies) if label.re is SOURCE_LABEL \
            else _reads_as_names(rest)
        if named:
            return label.start(), len(text)
    return None


def credit_span(caption: str) -> tuple[int, int] | None:
    """Where a photo credit stands in a caption (an element that is one), as (start, end)."""
    found = caption_credit(caption)
    if found:
        return found
    text = caption.rstrip()
    return _source_labelled(text) or _bare_agency(text)


@per_vocab_memo
def caption_credit(line: str) -> tuple[int, int] | None:
    """Where a photo credit stands in a caption or caption-like line, as (start, end), or None."""
    text = line.rstrip()
    start = len(text) - len(text.lstrip())
    if not text:
        return None
    if looks_like_credit_line(text[start:]):
        if text[start] in "([（" and text[-1] in ")]）":
            return start + 1, len(text) - 1  # "(Bild: Jane Roe/dpa)": the credit inside its brackets
        return start, len(text)
    return (_labelled(text) or _bracketed(text) or sourced_credit(text) or _after_boundary(text)
            or _qualifier_tail(text))


@per_vocab_memo
def bare_agency_tail(line: str) -> tuple[int, int] | None:
    """A photo agency closing a scraped caption line: one that only licenses pictures
    ("… Getty Images"), or any photo agency glued to the caption's last word without
    punctuation ("… in Beirut AFP"); a line that ends a sentence and then names a wire
    agency is a sign-off, not a credit."""
    text = line.rstrip()
    span = _bare_agency(text)
    if not span:
        return None
    name = _PHOTO_SUFFIX.sub("", text[span[0]:span[1]])
    glued = _GLUED.search(text[:span[0]]) is not None  # two spaces: a separate element, glued
    if vocab.canonical(name, "wire") and text[:span[0]].rstrip()[-1:] in ".!?…:;,-–—|)\"”»" and not glued:
        return None
    return span
