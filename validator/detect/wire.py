"""Wire copy: the datelines, bylines, credits and sign-offs of news-agency stories.

:func:`detect` reads an article and returns every wire form it carries, each a
:class:`WireHit` that says which agency it names (``None`` for "with agencies"
or a house sign-off) and whether it *credits* the agency or only *marks* the
story as agency copy.  The agencies are the vocabulary's wire agencies
(``{@wire_agencies}``, :mod:`validator.vocab`); the phrase families
``wire_credit``, ``wire_tail``, ``wire_signoff``, ``wire_lead`` and
``wire_byline`` in ``rules/vocab.yaml`` hold the wording per language.  What is
structure rather than wording — where a dateline or a byline stands — is here.

Where each form is looked for:

- **datelines** at the start of a block: ``WASHINGTON (AP) —``, ``(Reuters) -``,
  ``PARIS, Jan 1 (AFP) -``, ``Frankfurt/Main (dpa) -``, ``DAMASCUS, Jan. 27
  (Xinhua) --`` (any block); ``Damaskus (AFP) Bei …`` without a dash,
  ``MOSCOW, March 3. /TASS/.``, ``Aleppo SANA-``, ``Beijing, SANA –``,
  ``МОСКВА, 3 мар — РИА Новости.``, ``Москва. 5 января. INTERFAX.RU -``,
  ``(서울=연합뉴스)``, ``【6月18日 AFP】``, ``【ワシントン共同】``, ``[東京 5日 ロイター] -``,
  ``新华社北京6月18日电``, ``AFP — `` opening a sentence (the opening blocks; a name
  before an agency and a space only is a person's: "Christoph Reuter -"); a dateline whose
  parentheses and dash a dataset stripped, the place in capitals or the agency so written
  (``MADRID EFE El …``, ``BEIRUT, Lebanon AP The …``, ``By Reuters Staff The …``: not
  ``Thomson Reuters Corp …``).  A dateline credits its agency when
  ``settings.dateline_credits`` is true (the default), else it only marks.
- **bylines** (:mod:`validator.detect.wire_bylines`): a byline block, an opening
  block, a newsroom's credit line under the headline, or an author in metadata that
  is (or ends with) an agency — ``By Reuters``, ``Associated Press``, ``By Jane
  Roe, Reuters``, ``Redacción / EFE``, ``Agencias``; an agency followed by a date in
  the opening lines (``AFP Monday 16 Jun 2014``); an agency standing right after the
  headline.
- **closing lines** (the end of the last blocks — their last sentences, so a
  run-on text with no paragraph breaks is read too): ``- REUTERS``, ``--AFP``,
  `` Reuter`` after the last sentence, ``wire_tail`` phrases at the very end
  ("(FR mit dpa)", "with agencies"; after a sentence, or where a dataset stripped its full
  stop, a bracket or a capital after a word in lower case: "… next spring (AFP)",
  "… next spring SOURCE News agencies"), ``wire_credit`` phrases anywhere in the
  closing part ("The Associated Press contributed to this report", "© 2019 The
  Associated Press", "Con información de AFP", "Quelle: dpa", "Źródło: PAP",
  "SOURCE: Example News and news agencies", "(With agency inputs)"), closing lines of
  agencies and desk initials ("AFP/dpa/jes"), "/ritzau/", "（共同）", and
  ``wire_signoff`` markers ("(Reporting by …; Editing by …)").
- ``wire_lead`` phrases at the end of the first paragraph ("…, informs Anadolu
  Agency.", "…, informa EFE.", "Об этом сообщает ТАСС.").
- ``wire_sourcing`` phrases anywhere in the story's prose, only when no other form is
  found: the agency's own reporting ("a commander told AFP", "SANA reporter said",
  :mod:`validator.detect.wire_sourcing`) marks its copy printed without a credit.

Never a wire form: an agency cited for one fact ("according to Reuters",
"Reuters reported"), an agency in a photo credit ("(AP Photo/Jane Roe)", "© AFP/Name"),
a surname that is an agency's spelling ("Christoph Reuter").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from validator.article import Article, Block
from validator.detect.fold import fold, screen_text
from validator.detect.wire_bylines import byline_agency, bylines, meta_bylines, under_title
from validator.detect.wire_forms import agency_named, canonical, mentions, patterns, screened, warm
from validator.detect.wire_sourcing import find as sourcing

__all__ = ["WireHit", "agency_named", "detect", "warm"]

#: block kinds read as the story's text
_TEXT_KINDS = ("standfirst", "paragraph", "quote", "footer", "byline")
#: a block this short may be a credit line of its own, wherever it stands
LINE = 160
#: how much of a block's start / end is read (a run-on block is one long paragraph)
HEAD, TAIL = 400, 700
#: a closing phrase stands in a block's last END characters; the agencies named last in
#: it (at most MENTIONS) are looked at for a credit around them
END, MENTIONS = 250, 4
#: opening and closing prose blocks looked at; short lines around them
FIRST, LAST, FURNITURE = 3, 3, 6


@dataclass(frozen=True)
class WireHit:
    """One wire form found in an article."""

    form: str            # dateline, byline, tail, credit, lead, signoff, sourcing
    agency: str | None   # canonical agency name; None: agencies in general, or not named
    credit: bool         # names the agency as the story's source (False: marks wire copy only)
    text: str
    line: int
    column: int



def _regions(article: Article) -> tuple[list[Block], list[Block], list[Block], list[Block]]:
    """The story's blocks (from the headline on: what precedes it in a page is
    chrome); its opening blocks; its closing blocks (the last prose blocks and the
    short lines after them, page furniture to the reader, where a sign-off may
    stand on its own); the short lines before the opening (where a byline may)."""
    blocks = list(article.blocks)
    start = next((i for i, b in enumerate(blocks) if b.kind == "title"), -1) + 1
    story = [b for b in blocks[start:] if b.kind in _TEXT_KINDS or b.kind in ("heading", "furniture")]
    # (a text of headings alone — CJK paragraphs without a "." read so — is read as prose)
    prose = [b for b in story if b.kind not in ("heading", "furniture")] or [
        b for b in story if b.kind != "furniture"]
    if not prose:
        return [], [], [], []
    at = {id(b): i for i, b in enumerate(story)}  # by identity: comparing blocks by value is slow
    first, last = at[id(prose[min(FIRST, len(prose)) - 1])], at[id(prose[-min(LAST, len(prose))])]
    opening = [b for b in story[:first + 1] if b.kind != "furniture"]
    before = [b for b in story[:first] if b.kind == "furniture"]
    after = [b for b in story[last:] if b.kind == "furniture"]
    closing = [b for b in prose[-LAST:] if b.kind != "byline"]
    return story, opening, closing + after[:FURNITURE] + after[FURNITURE:][-FURNITURE:], before[:FURNITURE]


def _hit(form: str, agency: str | None, credit: bool, block: Block, start: int, text: str) -> WireHit:
    line, column = block.position(start)
    return WireHit(form, agency, credit, " ".join(text.split()), line, column)


def _opening(block: Block, first: bool, title: str, dateline_credits: bool) -> list[WireHit]:
    pats = patterns()
    head = block.text[:HEAD]
    if not first and "(" not in head:  # past the opening, only the datelines in parentheses are looked for
        return []
    out: list[WireHit] = []
    # only the first name counts here (past the opening block, only one in its first 120 characters)
    near = mentions(head, None if first else 120, earliest=True)
    forms = (("paren_dash", "paren", "slash", "bare", "stripped", "dash_agency", "dotted", "equals", "cjk") if first
             else ("paren_dash", "paren") if block.kind == "title" else ("paren_dash",))
    for form in forms if near and near[0] < 120 else ():
        m = pats[form].search(head)
        if m and form == "bare" and _surname(head[:m.start("agency")], m["agency"]):
            continue
        if m and form == "stripped" and _titled(m["place"], m["agency"]):
            continue
        if m and (agency := canonical(m["agency"])):
            out.append(_hit("dateline", agency, dateline_credits, block, m.start("agency") if form == "bare"
                            else len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip()))
            break
    if not first:
        return out
    if block.kind == "byline" or len(block.text) <= 160:
        out += _bylines(block)
    for form in ("agency_date", "agency_bar") if near else ():
        m = pats[form].search(head)
        if m and (agency := canonical(m["agency"])):
            out.append(_hit("byline", agency, True, block, m.start(), m.group(0)))
    if title and near:
        at = _squash_find(head, title)
        if at is not None:
            m = pats["after_title"].match(head, at)
            # "REUTERS" in capitals is a photo credit's style, not a byline's
            if m and (agency := canonical(m["agency"])) and not (m["agency"].isupper() and len(m["agency"]) > 4):
                out.append(_hit("byline", agency, True, block, at + m.start("agency"), m["agency"]))
    last = _last_sentence(block.text[:2000])
    m = pats["lead"].search(last) if mentions(last, earliest=True) else None
    if m and (agency := agency_named(m.group(0))):
        out.append(_hit("lead", agency, True, block, block.text[:2000].rfind(m.group(0)), m.group(0)))
    return out


_WORD_BEFORE = regex.compile(r"(\w+)\s+$")
_DAY_MONTH = regex.compile(r"\d\s+\w+\.?\s+$")


def _titled(place: str | None, agency: str) -> bool:
    """Whether a stripped dateline's words are a name, not a place and an agency: a title-case
    word before an agency in title case ("Thomson Reuters Corp", "Christoph Reuter Der"), or an
    agency in a sentence's case ("Reuters says"); a dateline writes one in capitals ("LONDON
    Reuters", "Madrid EFE", "Berlin dpa")."""
    if place is None:
        return False
    titled = agency[:1].isupper() and not agency.isupper()
    return titled and not place.split()[-1].isupper()


def _surname(before: str, agency: str) -> bool:
    """Whether an agency after a word and a space only is a person's surname ("Christoph Reuter -"),
    not a place's dateline ("DAMASCUS Reuters -", "Aleppo SANA-"): neither is in capitals."""
    m = _WORD_BEFORE.search(before)
    return (bool(m) and m[1].isalpha() and not m[1].isupper() and not agency.isupper()
            and not _DAY_MONTH.search(before))  # "Beirut, 5 Jan Reuters -": a date


def _bylines(block: Block, alone: bool = False, desk: bool = False) -> list[WireHit]:
    """The lines of a short block that are agency bylines (:func:`validator.detect.wire_bylines.bylines`)."""
    return [_hit("byline", agency, True, block, start, line) for start, line, agency in bylines(block.text[:HEAD], alone, desk)]


def _squash_find(text: str, title: str) -> int | None:
    """Where a repeated headline ends in ``text`` (case and spacing free), or None."""
    words = _WORD.findall(title)
    if len(words) < 3:
        return None
    folded = screen_text(text)  # a text without each of the words cannot hold the headline
    if folded is not None and not all(fold(w) in folded for w in words):
        return None
    m = regex.search(r"\W+".join(regex.escape(w) for w in words), text, regex.I | regex.V1)
    return m.end() if m else None


_WORD = regex.compile(r"\w+")
_SENTENCE_GAP = regex.compile(r"(?<=[.!?])\s+(?=\S)")


def _last_sentence(text: str) -> str:
    parts = _SENTENCE_GAP.split(text.rstrip())
    return parts[-1] if parts else ""


def _closing(block: Block, end: bool = True) -> list[WireHit]:
    """The closing credits of a block; ``end``: the block closes the story, so a bare
    agency after its last sentence ("… said. - REUTERS", "… said.\n Reuter") is a
    sign-off (elsewhere it may end a photo caption: "… on Monday.  AFP")."""
    pats = patterns()
    offset = max(0, len(block.text) - TAIL)
    tail = block.text[offset:].rstrip()
    out: list[WireHit] = []
    near = mentions(tail)
    for form in ("dash_tail", "signoff_word") if end and near else ():
        m = pats[form].search(tail, max(0, near[-1] - 8))
        if m and (agency := canonical(m["agency"])):
            out.append(_hit("tail", agency, True, block, offset + m.start("agency"), m.group(0)))
            break
    end_at = max(0, len(tail) - END)
    for form in ("tail", "tail_general") if near else ("tail_general",):
        m = _search(form, tail, end_at)
        if m and (_after_sentence(tail, m.start()) or (end and tail[m.start()] in "(（")):
            out.append(_hit("tail", agency_named(m.group(0)), True, block, offset + m.start(), m.group(0)))
            break
    found: dict[int, regex.Match] = {}
    for at in near[-MENTIONS:]:  # the credits that name an agency, around each name
        pos, endpos = max(0, at - 80), at + 320
        credit = screened("credit", tail, pos, endpos)
        for m in credit.finditer(tail, pos, endpos) if credit else ():
            found.setdefault(m.start(), m)
    credit = screened("credit_general", tail, max(0, len(tail) - 2 * END))
    for m in credit.finditer(tail, max(0, len(tail) - 2 * END)) if credit else ():
        found.setdefault(m.start(), m)
    for start in sorted(found):
        m = found[start]
        out.append(_hit("credit", agency_named(m.group(0)), True, block, offset + start, m.group(0)))
    m = _search("signoff", tail, max(0, len(tail) - 2 * END))
    if m:  # a sign-off names people, not the agency
        out.append(_hit("signoff", None, False, block, offset + m.start(), m.group(0)))
    return out


def _search(form: str, text: str, pos: int) -> regex.Match | None:
    pattern = screened(form, text, pos)
    return pattern.search(text, pos) if pattern else None


def _after_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` starts a line, follows a sentence's end or a dash, or opens a
    sentence whose full stop a dataset stripped: a label in capitals, or a capital after a word
    in lower case ("… said SOURCE News agencies", "… next spring With agencies")."""
    before = text[:at].rstrip(" \t")
    return (not before or before[-1] in ".!?\"”’»)\n:–—-。！？」』）"
            or bool(_CAPS_LABEL.match(text, at)) or (text[at:at + 1].isupper() and before[-1].islower()))


_CAPS_LABEL = regex.compile(r"\p{Lu}{4,}(?!\w)")


def detect(article: Article, dateline_credits: bool = True) -> tuple[WireHit, ...]:
    """Every wire form of the article, in text order, without repeats."""
    story, opening, closing, before = _regions(article)
    in_opening, in_closing = {id(b) for b in opening}, {id(b) for b in closing}
    title = article.title or next((b.text for b in article.blocks if b.kind == "title"), "")
    hits: list[WireHit] = []
    shown = " ".join(b.text for b in article.blocks if b.kind == "byline")
    for author in article.authors:
        name = " ".join(author.split())
        m = patterns()["byline"].match(name)
        if m and (agency := byline_agency(m)) and name not in shown:
            hits.append(WireHit("byline", agency, True, name, article.line, 1))
    if not hits:  # the page's byline elements, where a date beside the agency kept it from the authors
        hits += [WireHit("byline", agency, True, " ".join(line.split()), at[0], at[1])
                 for text, at in meta_bylines(article) for _, line, agency in bylines(text) if agency]
    titles = [b for b in article.blocks if b.kind == "title"][:1]
    for block in titles + story:
        opens = id(block) in in_opening
        hits += _opening(block, opens or block.kind == "byline", title if opens else "", dateline_credits)
    # a layout reader may take a byline standing alone under the headline for the headline,
    # or a newsroom signing with an agency there ("Redacción / EFE") for a picture's credit line
    hits += [h for b in titles if len(b.text) <= 60 for h in _bylines(b, alone=True)]
    hits += [h for b in under_title(article, FIRST) for h in _bylines(b, desk=True)]
    last = [id(b) for b in closing if b.kind != "furniture"][-1:]
    for block in closing:  # a bare agency signs off the last block or a line after it
        hits += _closing(block, end=id(block) in last or block.kind == "furniture")
    for block in story:  # a credit line of its own (not page furniture), or closing notes, wherever they stand
        if id(block) not in in_closing and block.kind != "furniture" and (
                block.kind == "footer" or len(block.text) <= LINE):
            hits += _closing(block, end=False)
    for block in before:
        hits += _bylines(block)
    if not hits:  # no wire form: the agency's own reporting still marks its copy
        hits = [_hit("sourcing", agency, False, block, at, words) for block, at, words, agency in sourcing(story)]
    unique = {(h.line, h.column, h.form): h for h in hits}
    return tuple(sorted(unique.values(), key=lambda h: (h.line, h.column, h.form)))
