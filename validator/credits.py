"""Photo credits: read a credit, and tell a credit line from other short lines.

A credit is accepted when it names a **photographer** and/or at least one
**organisation**.  Forms understood (spacing and case are free)::

    Jane Roe / AP / TASS                  person first, then agencies split on "/"
    (AP Photo/Jane Roe)                   the AP house style; "Photo" is dropped
    REUTERS/Jane Roe                      agency first, then the person
    Jane Roe/AFP via Getty Images         "via" joins the distributor
    © PHOTO JANE ROE/AFP                  an all-caps name is title-cased: "Jane Roe"
    EPA-EFE/JANE ROE                      hyphen-joined known agencies: EPA, EFE
    Anadolu Agency via Getty Images       organisations only
    SANA/Handout via REUTERS              "Handout", "File", "STR" are dropped
    Jane Roe for The Example Times        a photographer on assignment for an outlet
    Courtesy of Jane Roe                  also "Photo courtesy of ..."
    Photo: Example Ministry of Defence    an organisation name
    Jane Roe (Reuters)                    a parenthesised agency
    ABC News: Jane Roe                    who supplied the picture, then who took it
    Jane Roe, left, and John Doe/AP       where each picture of a composite stands
    Divulgação, Reprodução/Instagram      a handout, a copy: a credit naming no one
    تصوير: محمد علي / رويترز                non-Latin names and agencies
    Фото: Иван Петров / ТАСС

Leading labels are dropped: ``Photo:``, ``Photograph:``, ``Photos:``,
``Photo credit:``, ``Credit:``, ``Credit…``, ``Image:``, ``Image source,``,
``Picture:``, ``Photographer:``, ``Foto:``, ``Source:``, ``Quelle:``,
``Fuente:``, ``©``, ``(c)``, ``Copyright``, ``Photo by``, ``Photo courtesy
of``, ``Courtesy of``, ``Story and photos by``, ``Фото:``, ``تصوير:``,
``صورة:`` (the ``photo_prefix`` family of ``rules/vocab.yaml``).  Parts are
separated by ``/``, ``|``, ``;``, commas, colons, spaced dashes and ``via``;
``for`` separates a photographer (or agency) from the outlet they worked for.

*An organisation* is a known agency, under its canonical name (AP, Reuters,
AFP, Getty Images, EPA, EFE, TASS, Sputnik, RIA Novosti, Xinhua, Anadolu
Agency, dpa, UPI, Bloomberg, Shutterstock, Alamy, SANA, ANHA, Kyodo, Yonhap,
ANSA, Pool; :data:`validator.credit_parts.AGENCIES` lists the spellings recognised), an all-caps
acronym of 2–6 letters, or a capitalised phrase of two or more words with an
organisation word in it (Agency, News, Press, Images, Media, Ministry, Office,
Service, Times, Post, Network, Foundation, Army, Forces, Defence, Committee,
Centre, Observatory, Group, TV, Channel, ...).  *A person* is 2–4 name words,
all capitalised (or all in capitals, or in a script without case), with
particles (al-, el-, bin, ibn, de, van, von, ...), hyphens, apostrophes and
initials allowed.

Rejected, with the reason: an empty credit; labels and qualifiers alone
(``Photo``, ``Handout``, ``File photo``, ``Courtesy``); credits that name
nobody (``Internet``, ``social media``, ``Archive``, ``Supplied``,
``Unknown``, ``Screenshot``); platforms (``Twitter``, ``Facebook``,
``Telegram``, ...); and anything that is neither a person nor an organisation.
"""

from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass

import regex

from validator import vocab
from validator.credit_parts import (LEAD_Q, SOURCE_WORDS, STRIP, VAGUE, classify, name_style, namelike, norm, org_led,
                                    spelling_key)
from validator.detect.alternation import Alternation
from validator.detect.memo import per_vocab_memo
from validator.detect.screen import needles

__all__ = ["BARE_LABEL", "SOURCE_LABEL", "Credit", "copyright_notice", "credit_kinds", "label_at", "looks_like_credit_line", "parse_credit"]


_FLAGS = regex.IGNORECASE | regex.VERSION1
# precompiled: module-level regex.sub/search re-enter the module's cache on every call
_PAREN = regex.compile(r"\s*\(([^()]*)\)")
_BANG = regex.compile(r"[!?]")
_COPYRIGHT = regex.compile(r"©|\(c\)", _FLAGS)
_RESERVED = regex.compile(r"rights\s+reserved", _FLAGS)
_NOTICE = regex.compile(r"\b(?:1[89]|20)\d\d\b|rights\s+reserved", _FLAGS)
_BY = regex.compile(r"by\s", _FLAGS)
_NOT_CREDIT_CHARS = regex.compile(r"[\d:;\"“”]")
#: a sentence ending inside a line ("… in the hall. Photo via …"; not an initial: "J. Roe")
#: "Photo AFP", "Foto Ansa": a picture word without a colon, then the credit
BARE_LABEL = regex.compile(r"(?:photo|foto|фото|snímek|fotoğraf|beeld)\s+", regex.I)
#: a web address given as the source ("kremlin.ru", "example.com")
_DOMAIN = regex.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,6}", _FLAGS & ~regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?…]\s+\S", _FLAGS & ~regex.IGNORECASE)
_WRAPPED = regex.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")


@lru_cache(maxsize=4)
def _prefixes(_vocab_id: int) -> tuple[regex.Pattern, regex.Pattern]:
    """The credit labels of the vocabulary's ``photo_prefix`` family: at the start of a
    line, and anywhere (for a caption's trailing credit)."""
    labels = vocab.alternation("phrases.photo_prefix")
    return (regex.compile(rf"^(?:©|\(c\)(?=\s)|{labels})\s*", _FLAGS),
            regex.compile(rf"(?:©|\(c\)(?=\s)|{labels})", _FLAGS))


def _line_prefix() -> regex.Pattern:
    """Labels that mark a line as a credit line (and are dropped when parsing)."""
    return _prefixes(id(vocab.vocab()))[0]


#: Labels of where a picture (or a chart, a document) came from: a credit in a caption
#: element only when what follows names an agency (:func:`validator.detect.photo.credit_span`);
#: dropped when a credit is parsed.
SOURCE_LABEL = regex.compile(r"(?:source|quelle|fuente|fonte|источник|المصدر)\s*[:：]\s*", _FLAGS)
#: Further labels dropped when parsing only.
_PREFIX = regex.compile(
    r"^(?:copyright\b|source\s*:|المصدر\s*:|источник\s*:|courtesy\b\s*:?)\s*", _FLAGS)
_SEP = regex.compile(r"\s*(?:[/|;,،—]|\s[-–]\s|(?<=\s)via(?=\s)|(?<=\S):(?=\s))\s*", _FLAGS)
_LINE_SEP = regex.compile(r"\s*(?:[/|—]|(?<=\s)via(?=\s))\s*", _FLAGS)
_FOR = regex.compile(r"^(.+?)\s+for\s+(.+)$", _FLAGS)


@dataclass(frozen=True)
class Credit:
    """A photo credit as read by :func:`parse_credit`."""

    text: str                  # the credit as given
    person: str | None         # the photographer, e.g. "Baderkhan Ahmad"
    agencies: tuple[str, ...]  # organisations, canonical names, e.g. ("AP", "TASS")
    ok: bool                   # parses into a person and/or at least one organisation
    reason: str                # human explanation of the verdict


def _strip_labels(text: str, extra: bool) -> tuple[str, bool]:
    """Drop outer brackets and leading labels; also tell whether a label was seen."""
    body, labelled = norm(text), False
    while True:
        m = _WRAPPED.fullmatch(body)
        if m:
            body = body[1:-1].strip()
            continue
        m = _line_prefix().match(body) or (_PREFIX.match(body) if extra else None)
        if not m:
            return body.rstrip(" ."), labelled
        body, labelled = body[m.end():], True


def _parts(body: str) -> list[tuple[str, list[str]]]:
    """Classify each part of a credit body, splitting "X for Y" when X is a photographer."""
    if spelling_key(body) in VAGUE:  # "N/A"
        return [("vague", [])]
    body = _PAREN.sub(r" / \1 / ", body)
    out: list[tuple[str, list[str]]] = []
    for seg in _SEP.split(body):
        m = _FOR.match(seg.strip())
        if m and classify(m[1])[0] in ("person", "agency"):
            out += [classify(m[1]), classify(m[2], employer=True)]
        elif seg.strip(STRIP):
            out.append(classify(seg))
    return out


@lru_cache(maxsize=4)
def _source_form(_vocab_id: int) -> regex.Pattern:
    """A credit in sentence form (the vocabulary's ``photo_source`` family)."""
    return regex.compile(vocab.alternation("phrases.photo_source"), regex.I | regex.V0)


#: who a credit in sentence form names: "… shared by NAME on …", "… by NAME under …"
_SOURCED_BY = regex.compile(
    r"(?:^|\s)(?:by|par|por|von|da|от)\s+(?P<who>[^.\n]{1,60}?)\s+(?:on|to|via|in|sur|en|auf|sul|sulla|на|в"
    r"|(?:is\s+)?(?:available|used|licensed|reproduced|published)|under|sous|bajo|unter|con|sotto)\s", _FLAGS)


@lru_cache(maxsize=4096)  # several rules and the evidence ask about the same credit
def parse_credit(text: str) -> Credit:
    """Read a photo credit into its photographer and organisations, with the verdict's reason."""
    shown = norm(text)
    if not shown:
        return Credit(text, None, (), False, "the credit is empty")
    body, _ = _strip_labels(text, extra=True)
    body = body[m.end():] if (m := SOURCE_LABEL.match(body)) else body  # "Quelle: dpa"
    sourced = _source_form(id(vocab.vocab())).search(shown)
    if sourced and (by := _SOURCED_BY.search(sourced.group() + " ")):
        body = by["who"].strip(" \"“”«»'‘’")  # "Photograph shared by NAME on her page": NAME
    parts = _parts(body)
    persons = [v for kind, vals in parts if kind == "person" for v in vals]
    agencies: list[str] = []
    for kind, vals in parts:
        agencies += [v for v in vals if kind in ("agency", "org") and v not in agencies]
    unknown = [v for kind, vals in parts if kind == "unknown" for v in vals]
    platforms = [v for kind, vals in parts if kind == "platform" for v in vals]
    person = ", ".join(persons) or None
    if person or agencies:
        said = [f"person '{person}'"] if person else []
        if agencies:
            said.append(("agency " if len(agencies) == 1 else "agencies ") + ", ".join(agencies))
        why = ", ".join(said)
        if unknown:
            why += "; not recognised: " + ", ".join(f"'{u}'" for u in unknown)
        if platforms:
            why += f"; {', '.join(platforms)} is a platform, not a credit"
        return Credit(text, person, tuple(agencies), True, why)
    if unknown:
        why = (f"'{shown}' names no photographer or organisation: "
               + ", ".join(f"'{u}'" for u in unknown)
               + " is neither a person's name (2–4 capitalised name words) nor a known agency,"
               " an acronym or an organisation name")
    elif platforms:
        why = (f"'{shown}' names a platform ({', '.join(platforms)}), "
               "not a photographer or agency")
    else:
        why = f"'{shown}' names no photographer or agency"
    return Credit(text, None, (), False, why)


def copyright_notice(text: str) -> bool:
    """A copyright notice ("© 2020 The Example Times. All rights reserved"), not a photo credit."""
    text = norm(text)
    body, _ = _strip_labels(text, extra=False)
    return bool((_COPYRIGHT.match(text) or text.casefold().startswith("copyright"))
                and _NOTICE.search(body) and not _agency_and_person(body))


def _agency_and_person(body: str) -> bool:
    """A notice that names an agency and a photographer ("AFP 2017, Jane Roe")."""
    if _RESERVED.search(body):
        return False
    kinds = {kind for kind, _ in _parts(_NOTICE.sub(" ", body))}
    return {"agency", "person"} <= kinds and "unknown" not in kinds


@per_vocab_memo
def looks_like_credit_line(line: str) -> bool:
    """Whether a short standalone line (under a headline or an image) is a photo credit.

    True for a line with a credit label (``Photo:``, ``Credit:``, ``Image:``,
    ``©``, ``Photo by``, ``Photo courtesy of``, ...) followed by a short credit
    — a bad one such as ``Photo: Internet`` included — and for parts joined by
    ``/`` or ``via`` that are each a person, an organisation or a qualifier,
    at least one of them an organisation (``Jane Roe / AP``, ``REUTERS/Jane Roe``,
    ``Anadolu Agency via Getty Images``) or a person beside a qualifier or a
    platform (``Jane Roe / Handout``).  Headlines, sentences, bylines, dates
    and page furniture are not credit lines.
    """
    text = norm(line)
    if not text or len(text) > 160 or _BANG.search(text):
        return False
    body, labelled = _strip_labels(text, extra=False)
    if labelled:
        if not body or len(body.split()) > 12:
            return False
        if _COPYRIGHT.match(text) and _NOTICE.search(body) and not _agency_and_person(body):
            return False  # a copyright notice, not a photo credit ("© AFP 2017, Jane Roe" is one)
        if _COPYRIGHT.match(text):
            body = _NOTICE.sub(" ", body)
        for kind, vals in _parts(body):
            if kind == "unknown" and not all(namelike(v) or _DOMAIN.fullmatch(v) or org_led(v) for v in vals):
                return False  # "Фото: kremlin.ru", "Фото: пресс-служба мэрии" are credits
        return True
    bare = BARE_LABEL.match(body)
    if bare and not _BANG.search(body):
        kinds = {kind for kind, _ in _parts(body[bare.end():])}
        if "agency" in kinds and kinds <= {"agency", "org", "person"}:
            return True  # "Foto Ansa", "Photo AFP/Jane Roe": a bare label and an agency
    if spelling_key(body) in SOURCE_WORDS or _picture_agency(body):
        return True  # "Divulgação", "Getty Images": a line that is only a picture's credit
    if text.endswith(".") and _LINE_SEP.search(body) and not _SENTENCE_END.search(body) \
            and classify(_LINE_SEP.split(body)[-1])[0] == "agency":
        body = body.rstrip(".")  # "Jane Roe/AFP.": a credit closed as the caption's sentence was
    elif text.endswith("."):
        return False
    if _BY.match(body) or _NOT_CREDIT_CHARS.search(body) or not _LINE_SEP.search(body) or _SENTENCE_END.search(body):
        return False
    kinds, single = set(), 0
    for seg in _LINE_SEP.split(body):
        if not seg.strip(STRIP):
            return False  # "» – Jane Roe": a part that is only punctuation
        kind, _ = classify(seg)
        if kind == "vague" and not LEAD_Q.sub("", seg.strip(STRIP)) == "":
            return False  # only bare qualifiers such as "Handout" may stand in a part
        if kind == "unknown" and "/" in body and len(seg.split()) == 1 \
                and name_style(seg.strip(STRIP)) in ("T", "C"):
            single += 1  # "Scanpix", "Vedomosti": an outlet beside a photographer or agency
            continue
        kinds.add(kind)
    first = classify(_LINE_SEP.split(body)[0])[0]
    if "unknown" in kinds or (single and not ("agency" in kinds or first == "person")):
        return False  # "Home / World / Middle East" is a breadcrumb
    # an organisation, or a person with a qualifier or platform: "Jane Roe / Handout"; a
    # qualifier with the platform the picture was taken from: "Reprodução/Instagram"
    return bool(kinds & {"agency", "org"} or "person" in kinds and (kinds & {"platform", "vague"} or single)
                or kinds == {"vague", "platform"})


#: the shortest picture agency's name that alone makes a line a credit ("Pool", "EPA" do not)
_AGENCY_LINE_MIN = 5


def _picture_agency(body: str) -> bool:
    """A line that is only the name of an agency that licenses pictures and no news copy
    ("Getty Images", "Shutterstock"): a picture's credit standing under it."""
    name = body.strip(STRIP)
    return (len(name) >= _AGENCY_LINE_MIN and not name.islower() and vocab.canonical(name, "photo") is not None
            and vocab.canonical(name, "wire") is None)


def credit_kinds(text: str) -> tuple[bool, set[str]]:
    """Whether ``text`` starts with a credit label, and the kinds of the parts of its body
    (``agency``, ``org``, ``person``, ``platform``, ``vague``, ``unknown``)."""
    body, labelled = _strip_labels(text, extra=True)
    for label in ("file", "archive", "archivo", "archiv", "архив"):  # "[File: Reuters]"
        if body.casefold().startswith(label + ":"):
            body, labelled = body[len(label) + 1:].strip(), True
    return labelled, {kind for kind, _ in _parts(body)} if body else set()


@lru_cache(maxsize=4)
def _label_needles(_vocab_id: int) -> frozenset[str] | None:
    """Strings one of which every credit label contains (casefolded), derived from the
    ``photo_prefix`` family (:func:`validator.detect.screen.needles`); None when a label
    has none to tell, so that no text may be skipped."""
    found = {"©", "(c)"}
    for phrase in vocab.phrases("photo_prefix"):
        each = needles(vocab.expand(phrase, allow_phrases=False))
        if each is None:
            return None
        found |= each
    return frozenset(found)


@lru_cache(maxsize=4)
def _labels_anywhere(_vocab_id: int) -> Alternation:
    """:func:`_prefixes`' second pattern searched with only the labels whose needles a text
    holds (:class:`~validator.detect.alternation.Alternation`: the same matches; the family
    has grown to hundreds of labels, and a caption holds a few of their words at most)."""
    return Alternation(rf"©|\(c\)(?=\s)|{vocab.alternation('phrases.photo_prefix')}", _FLAGS)


def label_at(text: str, pos: int = 0, anchored: bool = False) -> regex.Match | None:
    """A credit label (``Photo:``, ``Foto di``, ``©``, ``写真＝`` …) found from ``pos``
    (``anchored``: only one starting at ``pos``)."""
    return _label_at(text, pos, anchored)


@per_vocab_memo  # (captions and credit lines are asked about again by several readers; a Match is immutable)
def _label_at(text: str, pos: int, anchored: bool) -> regex.Match | None:
    key = id(vocab.vocab())
    if anchored:
        return _prefixes(key)[1].match(text, pos)
    pattern = _labels_anywhere(key).pattern(text)  # (screened on the whole text: a superset)
    return pattern.search(text, pos) if pattern is not None else None
