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
  ``МОСКВА, 3 мар — РИА Новости.``, ``【6月18日 AFP】``, ``新华社北京6月18日电``
  (the opening blocks).  A dateline credits its agency when
  ``settings.dateline_credits`` is true (the default), else it only marks.
- **bylines**: a byline block, an opening block, or an author in metadata that
  is (or ends with) an agency — ``By Reuters``, ``Associated Press``, ``By Jane
  Roe, Reuters``, ``By JANE ROE - AP Technology Writer``, ``Jane Roe Associated
  Press``, ``Reuters |``; an agency followed by a date in the opening lines
  (``AFP Monday 16 Jun 2014``); an agency standing right after the headline.
  "By Christoph Reuter" is a person: a name joins a one-word agency only with
  a separator (``,`` ``|`` ``/`` a dash, "for", "and") unless the agency is
  written as an acronym.
- **closing lines** (the end of the last blocks — their last sentences, so a
  run-on text with no paragraph breaks is read too): ``- REUTERS``, ``--AFP``,
  `` Reuter`` after the last sentence, ``wire_tail`` phrases at the very end
  ("(FR mit dpa)", "with agencies"), ``wire_credit`` phrases anywhere in the
  closing part ("The Associated Press contributed to this report", "© 2019 The
  Associated Press", "Con información de AFP", "Quelle: dpa") and
  ``wire_signoff`` markers ("(Reporting by …; Editing by …)").
- ``wire_lead`` phrases at the end of the first paragraph ("…, informs Anadolu
  Agency.").

Never a wire form: an agency quoted for one fact ("told AFP", "according to
Reuters"), an agency in a photo credit ("(AP Photo/Jane Roe)", "© AFP/Name"),
a surname that is an agency's spelling ("Christoph Reuter").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from validator import vocab
from validator.article import Article, Block

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

    form: str            # dateline, byline, tail, credit, lead, signoff
    agency: str | None   # canonical agency name; None: agencies in general, or not named
    credit: bool         # names the agency as the story's source (False: marks wire copy only)
    text: str
    line: int
    column: int


#: a wire agency: a call of the group that every compiled form defines once as the
#: vocabulary's alternation (``{@wire_agencies}``: in any case, but for the spellings
#: matched only as written) — inlining the alternation at each use made compiling slow
_AGENCY = "(?&wire_agency)"


def _ag(name: str = "agency") -> str:
    return f"(?P<{name}>{_AGENCY})"


def _lists() -> dict[str, tuple[str, ...]]:
    """The vocabulary's wire agency spellings as the named lists of the agency group (a
    list compiles to a set: faster than an alternation), each with a space or a hyphen
    between its words: matched only as written, in any case, or — in scripts written
    without spaces (新华社北京电) — without word bounds."""
    out: dict[str, set[str]] = {"wire_exact": set(), "wire_loose": set(), "wire_unspaced": set()}
    for agency in vocab.agencies("wire"):
        for name in agency.names:
            words = regex.split(r"[\s\-]+", name.strip())
            key = ("wire_unspaced" if _UNSPACED.search(name)
                   else "wire_exact" if agency.exact(name) else "wire_loose")
            out[key] |= {" ".join(words), "-".join(words)}
    return {k: tuple(sorted(v)) for k, v in out.items()}


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _family(name: str, agency: bool | None = None) -> str:
    """A phrase family as one alternation, its agency placeholders as :data:`_AGENCY`;
    ``agency``: only the phrases that may name an agency (True), or every phrase with
    its agency placeholders never matching (False)."""
    found = [p for p in vocab.phrases(name) if agency is not True or "{@wire_agencies}" in p]
    if not found:
        return "(?!)"
    # without agencies, a phrase's "(?:{@wire_agencies}|agencies)" still finds "agencies"
    slot = "(?!)" if agency is False else _AGENCY
    return "(?:" + "|".join("(?:" + vocab.expand(p.replace("{@wire_agencies}", slot), allow_phrases=False) + ")"
                            for p in found) + ")"


def _first_words(lists: dict[str, tuple[str, ...]]) -> tuple[dict, dict, tuple[str, ...]]:
    """Every spelling by its first word (casefolded, or as written when matched so; a
    leading "the" dropped), and the spellings of scripts without spaces: what
    :func:`_mentions` looks up."""
    loose: dict[str, list[str]] = {}
    exact: dict[str, list[str]] = {}
    for key, index, fold in (("wire_loose", loose, True), ("wire_exact", exact, False)):
        for name in lists[key]:
            name = name[4:] if name.casefold().startswith("the ") else name
            name = name.casefold() if fold else name
            index.setdefault(_WORD.match(name)[0], []).append(name)
    return loose, exact, lists["wire_unspaced"]


_WORD = regex.compile(r"\w+")


def _mentions(text: str) -> list[int]:
    """Where a word that may start an agency's name stands in ``text`` (a cheap look-up
    first: the forms that name an agency are only searched near one)."""
    loose, exact, unspaced = _patterns()["_index"]
    found = []
    for m in _WORD.finditer(text):
        at, word = m.start(), m[0]
        if word in exact and any(text.startswith(n, at) for n in exact[word]):
            found.append(at)
        elif (folded := word.casefold()) in loose:
            if any(text[at:at + len(n) + 2].casefold().startswith(n) for n in loose[folded]):
                found.append(at)
    found += [i for name in unspaced if (i := text.find(name)) >= 0]
    return sorted(found)


_V = regex.VERSION1
_I = regex.IGNORECASE | regex.VERSION1
_CITY = r"[\p{Lu}\p{Lo}][\p{L}\p{M}\d .,'’/-]{0,60}?"
_DASH = r"[-–—―]{1,2}"
#: a place name of one to three capitalised words ("Aleppo", "Deir Ezzor")
_PLACE = r"[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:\s[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){0,2}"
#: what may follow an agency inside a dateline's parentheses: a regional desk or a second
#: agency ("(dpa/lnw)", "(AFP/dpa)")
_DESK = r"(?:\s*/\s*[\p{L}-]{1,12})*"
_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s+)?"
         r"(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+(?:19|20)\d\d|\p{L}{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)")


_FAMILIES = ("wire_credit", "wire_tail", "wire_signoff", "wire_lead", "wire_byline")


_CACHE: list = [None, None]


def _patterns() -> dict:
    """The compiled forms of the vocabulary in force (a project may extend it)."""
    current = vocab.vocab()
    if _CACHE[0] is not current:
        _CACHE[:] = [current, _compiled(vocab.alternation("wire_agencies"), tuple(
            _family(f, agency) for f in _FAMILIES for agency in (True, False)))]
    return _CACHE[1]


def _compiled(agencies: str, families: tuple[str, ...]) -> dict[str, regex.Pattern]:
    """The forms compiled with ``agencies``, the vocabulary's alternation."""
    ag = _ag()
    phr = {f: f"(?:{families[2 * i]}|{families[2 * i + 1]})" for i, f in enumerate(_FAMILIES)}
    named = {f: families[2 * i] for i, f in enumerate(_FAMILIES)}
    general = {f: families[2 * i + 1] for i, f in enumerate(_FAMILIES)}
    lists = _lists()
    define = (r"(?(DEFINE)(?P<wire_agency>(?<!\w)(?:(?-i:\L<wire_exact>)|(?i:\L<wire_loose>))(?!\w)"
              r"|\L<wire_unspaced>))")

    def c(source: str, flags: int) -> regex.Pattern:
        return regex.compile(define + source, flags, **lists)

    return {
        # CITY (AG) —    (AG) -    CITY, Jan 1 (AG) --    "(AP) ?" (a dash lost to encoding)
        "paren_dash": c(rf"^\s*(?:{_CITY}\s*)?\(\s*{ag}{_DESK}\s*\)\s*\.?\s*(?:{_DASH}|:(?=\s)|\?(?=\s))", _V),
        # City (AG) Text…   (no dash: only in the opening blocks, after a short place name —
        # "The Example News Agency (EXA) Monday said" names an agency, it is no dateline)
        "paren": c(rf"^\s*(?:{_PLACE}(?:,\s*[\p{{L}}\d .]{{1,20}}?)?\s*)?\(\s*{ag}{_DESK}\s*\)(?=\s+[\p{{Lu}}\p{{Lo}}\"“«])", _V),
        # MOSCOW, March 3. /TASS/.    Baku, September 20 / Trend , A. Name/
        "slash": c(rf"^\s*{_CITY},?\s*/\s*{ag}\s*(?:,[^/\n]{{0,40}})?/\.?", _V),
        # Aleppo SANA-    Beijing, SANA –    Daraa - SMART (a line of its own)    دمشق-سانا
        "bare": c(rf"^\s*(?!(?i:{phr['wire_byline']})\s){_PLACE}(?:(?:\s*,\s*|\s+{_DASH}\s+|\s+){ag}\s*{_DASH}(?=\s*\S)"
                              rf"|(?:\s*,\s*|\s+{_DASH}\s+){ag}\s*$|\s*{_DASH}\s*{ag}(?=\s))", _V | regex.M),
        # МОСКВА, 3 мар — РИА Новости.
        "dash_agency": c(rf"^\s*{_CITY},\s*[\p{{L}}\d .]{{1,20}}?\s*{_DASH}\s*{ag}\.(?=\s)", _V),
        # 【6月18日 AFP】    新华社北京6月18日电
        "cjk": c(rf"^\s*(?:【[^】\n]{{0,30}}?{ag}\s*】|{ag}[\p{{Han}}\d]{{0,20}}[电電])", _V),
        # AFP Monday 16 Jun 2014    Moscow AFP Saturday 7 Oct 2017    Reuters |
        "agency_date": c(rf"(?:^|(?<=\s))(?:[\p{{Lu}}][\p{{L}}'’-]+\s+)?{ag}\s*[,|]?\s+{_DATE}", _V),
        "agency_bar": c(rf"^\s*{ag}\s*\|\s*$", _V | regex.M),
        # By Jane Roe, Reuters / Associated Press / By JANE ROE - AP Technology Writers | AP
        "byline": c(
            rf"^\s*(?:(?i:{phr['wire_byline']})\s+)?(?:(?P<names>[^\n:;©()]{{1,100}}?)"
            rf"(?P<sep>\s*(?:,|/|\||{_DASH}|\b(?i:for|and|with|avec|mit|con|com)\b)\s*|\s+))?"
            rf"(?:(?i:the)\s+)?{ag}(?i:\s+(?:[\p{{L}}-]+\s+){{0,2}}(?:writers?|staff|correspondents?|reporters?|editors?|editorial|team|desk))?"
            rf"(?:\s*\|\s*{_ag('again')})?\s*[|.]?\s*$", _V),
        "byline_generic": c(
            rf"^\s*(?:(?:{phr['wire_byline']})\s+)?(?:news\s+)?agencies(?:\s*$|\s+(?=\p{{L}}{{3}}\.?\s+\d))", _I),
        # … said.--AFP    … said. - REUTERS    … rejected.\n Reuter
        "dash_tail": c(rf"(?:(?<=[.!?\"”’»\w])\s*|^\s*){_DASH}\s*{ag}\s*\.?\s*$", _V),
        "signoff_word": c(rf"(?:(?<=[.!?\"”’»\n])|^)[ \t]*{ag}\s*\.?\s*$", _V),
        "tail": c(rf"(?:{named['wire_tail']})[\s.)\]]*$", _I),
        "tail_general": c(rf"(?:{general['wire_tail']})[\s.)\]]*$", _I),
        "credit": c(named["wire_credit"], _I),
        "credit_general": c(general["wire_credit"], _I),
        "signoff": c(phr["wire_signoff"], _I | regex.M),
        "lead": c(rf"(?:{phr['wire_lead']})\s*\.?\s*$", _I),
        "agency": c(ag, _V),
        # the agency right after a repeated headline: "… Headline AP Syria's state TV says …"
        "after_title": c(rf"[\s:.,|-]*{ag}(?=\s+\p{{Lu}})", _V),
        "_index": _first_words(lists),
    }


def warm() -> None:
    """Compile the forms now (when a pack is loaded), not within an article's time budget."""
    _patterns()


def _canonical(text: str) -> str | None:
    return vocab.canonical(text, "wire", strict=True)


def agency_named(text: str) -> str | None:
    """The first wire agency named in ``text`` (written as it must be), or None."""
    for m in _patterns()["agency"].finditer(text):
        canon = _canonical(m.group(0))
        if canon:
            return canon
    return None


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
    first, last = story.index(prose[min(FIRST, len(prose)) - 1]), story.index(prose[-min(LAST, len(prose))])
    opening = [b for b in story[:first + 1] if b.kind != "furniture"]
    before = [b for b in story[:first] if b.kind == "furniture"]
    after = [b for b in story[last:] if b.kind == "furniture"]
    closing = [b for b in prose[-LAST:] if b.kind != "byline"]
    return story, opening, closing + after[:FURNITURE] + after[FURNITURE:][-FURNITURE:], before[:FURNITURE]


def _hit(form: str, agency: str | None, credit: bool, block: Block, start: int, text: str) -> WireHit:
    line, column = block.position(start)
    return WireHit(form, agency, credit, " ".join(text.split()), line, column)


_NOT_NAMES = regex.compile(r"\b(?:photos?|foto|fotos|image|picture|bild|credits?|courtesy|told|said|says)\b", _I)


#: lower-case words a byline's names may hold ("Jane Roe and John Doe", "Omar al-Khalil")
_PARTICLES = frozenset("and und et y e i и al el ad bin ibn de da di del der den van von la le du dos das".split())


def _byline_agency(m: regex.Match) -> str | None:
    """The agency of a byline match, or None when the "agency" is a person's surname."""
    agency = _canonical(m["agency"])
    if not agency:
        return None
    if m["names"] and (_NOT_NAMES.search(m["names"]) or not all(
            w[0].isupper() or not w[0].isalpha() or w.casefold() in _PARTICLES for w in m["names"].split())):
        return None  # "Photo Jane Roe / AFP" is a photo credit, "con información de AFP" no byline
    if m["names"] and m["sep"] is not None and not m["sep"].strip():
        word = m["agency"]
        # "Tom Davies Associated Press", "Jane Roe AFP" — not "Christoph Reuter"
        if " " not in word.strip() and not (word.isupper() and len(word) <= 4):
            return None
    return agency


def _opening(block: Block, first: bool, title: str, dateline_credits: bool) -> list[WireHit]:
    pats = _patterns()
    head = block.text[:HEAD]
    out: list[WireHit] = []
    near = _mentions(head)
    forms = (("paren_dash", "paren", "slash", "bare", "dash_agency", "cjk") if first
             else ("paren_dash", "paren") if block.kind == "title" else ("paren_dash",))
    for form in forms if near and near[0] < 120 else ():
        m = pats[form].search(head)
        if m and (agency := _canonical(m["agency"])):
            out.append(_hit("dateline", agency, dateline_credits, block, m.start("agency") if form == "bare"
                            else len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip()))
            break
    if not first:
        return out
    if block.kind == "byline" or len(block.text) <= 160:
        out += _bylines(block)
    for form in ("agency_date", "agency_bar") if near else ():
        m = pats[form].search(head)
        if m and (agency := _canonical(m["agency"])):
            out.append(_hit("byline", agency, True, block, m.start(), m.group(0)))
    if title and near:
        at = _squash_find(head, title)
        if at is not None:
            m = pats["after_title"].match(head, at)
            # "REUTERS" in capitals is a photo credit's style, not a byline's
            if m and (agency := _canonical(m["agency"])) and not (m["agency"].isupper() and len(m["agency"]) > 4):
                out.append(_hit("byline", agency, True, block, at + m.start("agency"), m["agency"]))
    last = _last_sentence(block.text[:2000])
    m = pats["lead"].search(last) if _mentions(last) else None
    if m and (agency := agency_named(m.group(0))):
        out.append(_hit("lead", agency, True, block, block.text[:2000].rfind(m.group(0)), m.group(0)))
    return out


def _bylines(block: Block, alone: bool = False) -> list[WireHit]:
    """The lines of a short block that are agency bylines ("By Jane Roe, Reuters");
    ``alone``: only an agency alone, or one after a separator ("Jane Roe, AFP")."""
    out = []
    for line_start, line in _lines(block.text[:HEAD]):
        m = _patterns()["byline"].match(line) if _mentions(line) else None
        if m and alone and m["names"] and not (m["sep"] or "").strip():
            continue
        if m and (agency := _byline_agency(m)):
            out.append(_hit("byline", agency, True, block, line_start, line))
        elif _patterns()["byline_generic"].match(line):
            out.append(_hit("byline", None, True, block, line_start, line))
    return out


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _squash_find(text: str, title: str) -> int | None:
    """Where a repeated headline ends in ``text`` (case and spacing free), or None."""
    words = regex.findall(r"\w+", title)
    if len(words) < 3:
        return None
    m = regex.search(r"\W+".join(regex.escape(w) for w in words), text, regex.I | regex.V1)
    return m.end() if m else None


def _last_sentence(text: str) -> str:
    parts = regex.split(r"(?<=[.!?])\s+(?=\S)", text.rstrip())
    return parts[-1] if parts else ""


def _closing(block: Block, end: bool = True) -> list[WireHit]:
    """The closing credits of a block; ``end``: the block closes the story, so a bare
    agency after its last sentence ("… said. - REUTERS", "… said.\n Reuter") is a
    sign-off (elsewhere it may end a photo caption: "… on Monday.  AFP")."""
    pats = _patterns()
    offset = max(0, len(block.text) - TAIL)
    tail = block.text[offset:].rstrip()
    out: list[WireHit] = []
    near = _mentions(tail)
    for form in ("dash_tail", "signoff_word") if end and near else ():
        m = pats[form].search(tail, max(0, near[-1] - 8))
        if m and (agency := _canonical(m["agency"])):
            out.append(_hit("tail", agency, True, block, offset + m.start("agency"), m.group(0)))
            break
    end_at = max(0, len(tail) - END)
    for form in ("tail", "tail_general") if near else ("tail_general",):
        m = pats[form].search(tail, end_at)
        if m and _after_sentence(tail, m.start()):
            out.append(_hit("tail", agency_named(m.group(0)), True, block, offset + m.start(), m.group(0)))
            break
    found: dict[int, regex.Match] = {}
    for at in near[-MENTIONS:]:  # the credits that name an agency, around each name
        for m in pats["credit"].finditer(tail, max(0, at - 80), at + 320):
            found.setdefault(m.start(), m)
    for m in pats["credit_general"].finditer(tail, max(0, len(tail) - 2 * END)):
        found.setdefault(m.start(), m)
    for start in sorted(found):
        m = found[start]
        out.append(_hit("credit", agency_named(m.group(0)), True, block, offset + start, m.group(0)))
    m = pats["signoff"].search(tail, max(0, len(tail) - 2 * END))
    if m:  # a sign-off names people, not the agency
        out.append(_hit("signoff", None, False, block, offset + m.start(), m.group(0)))
    return out


def _after_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` starts a line, or follows a sentence's end or a dash."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?\"”’»)\n:–—-"


def detect(article: Article, dateline_credits: bool = True) -> tuple[WireHit, ...]:
    """Every wire form of the article, in text order, without repeats."""
    story, opening, closing, before = _regions(article)
    title = article.title or next((b.text for b in article.blocks if b.kind == "title"), "")
    hits: list[WireHit] = []
    shown = " ".join(b.text for b in article.blocks if b.kind == "byline")
    for author in article.authors:
        name = " ".join(author.split())
        m = _patterns()["byline"].match(name)
        if m and (agency := _byline_agency(m)) and name not in shown:
            hits.append(WireHit("byline", agency, True, name, article.line, 1))
    titles = [b for b in article.blocks if b.kind == "title"][:1]
    for block in titles + story:
        first = block in opening or block.kind == "byline"
        hits += _opening(block, first, title if block in opening else "", dateline_credits)
    # a layout reader may take a byline standing alone under the headline for the headline
    hits += [h for b in titles if len(b.text) <= 60 for h in _bylines(b, alone=True)]
    last = [b for b in closing if b.kind != "furniture"][-1:]
    for block in closing:  # a bare agency signs off the last block or a line after it
        hits += _closing(block, end=block in last or block.kind == "furniture")
    for block in story:  # a credit line of its own, or closing notes, wherever they stand
        if block not in closing and (block.kind == "footer" or len(block.text) <= LINE):
            hits += _closing(block, end=False)
    for block in before:
        hits += _bylines(block)
    unique = {(h.line, h.column, h.form): h for h in hits}
    return tuple(sorted(unique.values(), key=lambda h: (h.line, h.column, h.form)))
