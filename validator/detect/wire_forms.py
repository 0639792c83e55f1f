"""The compiled wire forms: the agency group, the phrase families and the structural
patterns of :mod:`validator.detect.wire`, built from the vocabulary in force.

Every form holds the wire agencies once, as a group it calls where an agency stands
(spellings as named lists: matched only as written, in any case, or — in scripts
written without spaces — without word bounds).  :func:`mentions` finds real agency
names with a look-up first (:mod:`validator.detect.wire_names`), so that the forms that
name an agency are searched only near one.
"""

from __future__ import annotations

from typing import Callable

import regex

from validator import vocab
from validator.detect import wire_names
from validator.detect.alternation import Alternation, branches
from validator.detect.screen import _structure as structure

#: a wire agency: a call of the group that every compiled form defines once as the
#: vocabulary's alternation (``{@wire_agencies}``: in any case, but for the spellings
#: matched only as written) — inlining the alternation at each use made compiling slow
_AGENCY = "(?&wire_agency)"


def _ag(name: str = "agency") -> str:
    return f"(?P<{name}>{_AGENCY})"


def _lists() -> dict[str, tuple[str, ...]]:
    """The vocabulary's wire agency spellings as the named lists of the agency group (a
    list compiles to a set: faster than an alternation), each as written and with a space
    or a hyphen between all its words: matched only as written, in any case, or — in scripts written
    without spaces (新华社北京电) — without word bounds."""
    out: dict[str, set[str]] = {"wire_exact": set(), "wire_loose": set(), "wire_unspaced": set()}
    for agency in vocab.agencies("wire"):
        for name in agency.names:
            words = regex.split(r"[\s\-]+", name.strip())
            key = ("wire_unspaced" if _UNSPACED.search(name)
                   else "wire_exact" if agency.exact(name) else "wire_loose")
            # as written ("Deutsche Presse-Agentur"), and with spaces or hyphens throughout
            out[key] |= {" ".join(name.split()), " ".join(words), "-".join(words)}
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


def mentions(text: str, limit: int | None = None, earliest: bool = False) -> list[int]:
    """Where a word that may start an agency's name stands in ``text``
    (:func:`validator.detect.wire_names.mentions`, with the vocabulary's spellings)."""
    return wire_names.mentions(patterns()["_index"], text, limit, earliest)


# VERSION0: its simple case folding searches these alternations two to three times faster
_V = regex.VERSION0
_I = regex.IGNORECASE | regex.VERSION0
_CITY = r"[\p{Lu}\p{Lo}][\p{L}\p{M}\d .,'’/\[\]–—-]{0,60}?"
_DASH = r"[-–—―ـ]{1,2}"  # (ـ: the Arabic tatweel drawn as a dash: "دمشق (رويترز) ـ")
#: a place name of one to three capitalised words ("Aleppo", "Deir Ezzor")
_PLACE = r"[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:\s[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){0,2}"
_CASED_PLACE = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2}"
#: what may follow an agency inside a dateline's parentheses: a regional desk or a second
#: agency ("(dpa/lnw)", "(AFP/dpa)")
_DESK = r"(?:\s*/\s*[\p{L}-]{1,12})*"
#: "agencies" as a byline or a closing line says it ("Agencias", "Madrid | Agencias", "عواصم - وكالات")
AGENCIES_WORD = r"(?:(?:news\s+)?agencies|(?:(?:from\s+)?staff\s+and\s+)?wire\s+(?:reports|services)|agencias|agences|agenturen|ag[êe]ncias|agenzie|ajanslar|agencje|агентства|وكالات)"
#: a byline's date after the agency: "By Reuters | Updated: 05 Jan 2025, 10:15 IST"
_STAMP = (r"(?i:(?:last\s+)?updated|published|posted|modified|aktualisiert|veröffentlicht|mis\s+à\s+jour|publié(?:\s+le)?|"
          r"actualizado|publicado|aggiornato|pubblicato|güncelleme|yayınlanma|опубликовано|обновлено)")
_BYLINE_DATE = (rf"(?:(?:\s*[|•·,]\s*|\s+(?={_STAMP}|\d{{1,4}}[./-]\d|"
                r"\p{L}{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+(?:19|20)\d\d))"
                rf"{_STAMP}?\s*:?\s*(?=[^\n\d]{{0,12}}\d)[\p{{L}}\d ,.:/+-]{{1,60}})")
#: who signs with agencies in general: "20 Minutes avec agences", "Redacción / Agencias"
_SIGNER = (r"(?:[\p{Lu}\p{Lo}\d][\p{L}\p{M}\d.'’-]*(?:\s[\p{Lu}\p{Lo}\d][\p{L}\p{M}\d.'’-]*){0,3}"
           r"\s*(?:[/|,]|[-–—―]{1,2}|\s(?:avec|with|mit|und|con|com|y|e|et|and|ve)\s)\s*)")
#: a reporter's role before the agency: "Maria Silva - Repórter da Agência Brasil"
_ROLE = (r"(?i:(?:rep[óo]rter|reporter|correspondente?|corresponsal|enviad[oa]\s+especial|envoyée?\s+spéciale?|"
         r"korrespondent(?:in)?)\s+(?:da|do|de|del|de\s+la|des|der|of|for)\s+)")
_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,?\s+)?"
         r"(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+(?:19|20)\d\d|\p{L}{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)")


_FAMILIES = ("wire_credit", "wire_tail", "wire_signoff", "wire_lead", "wire_byline", "wire_sourcing")


_CACHE: list = [None, None, None]


def patterns() -> dict:
    """The compiled forms of the vocabulary in force (a project may extend it)."""
    current = vocab.vocab()
    if _CACHE[0] is not current:  # a new vocabulary object: compile again only if the wire words changed
        key = (vocab.alternation("wire_agencies"), tuple(vocab.phrases(f) for f in _FAMILIES))
        if key != _CACHE[2]:
            _CACHE[1] = _compiled(key[0], tuple(_family(f, agency) for f in _FAMILIES for agency in (True, False)))
            _CACHE[2] = key
        _CACHE[0] = current
    return _CACHE[1]


def _compiled(agencies: str, families: tuple[str, ...]) -> dict[str, regex.Pattern]:
    """The forms compiled with ``agencies``, the vocabulary's alternation."""
    ag = _ag()
    phr = {f: f"(?:{families[2 * i]}|{families[2 * i + 1]})" for i, f in enumerate(_FAMILIES)}
    named = {f: families[2 * i] for i, f in enumerate(_FAMILIES)}
    general = {f: families[2 * i + 1] for i, f in enumerate(_FAMILIES)}
    lists = _lists()
    # a name starts a word, or follows an Arabic proclitic joined to it ("لرويترز": to Reuters)
    define = (rf"(?(DEFINE)(?P<wire_agency>(?:(?<!\w)|(?<=(?<!\w)[{wire_names.PROCLITICS}]))"
              r"(?:(?-i:\L<wire_exact>)|(?i:\L<wire_loose>))(?!\w)"
              r"|\L<wire_unspaced>))")

    def c(source: str, flags: int) -> Callable[[], regex.Pattern]:
        if _AGENCY not in source:  # the group costs each search even when not called
            return lambda: regex.compile(source, flags)
        return lambda: regex.compile(define + source, flags, **lists)

    def screened(family: str, flags: int, suffix: str = "") -> Alternation:
        family = _live(family)
        if _AGENCY not in family:
            return Alternation(family, flags, suffix=suffix)
        return Alternation(family, flags, prefix=define, suffix=suffix, needed_by=_AGENCY, **lists)

    return _Forms({
        # CITY (AG) —    (AG) -    CITY, Jan 1 (AG) --    "(AP) ?" (a dash lost to encoding)
        "paren_dash": c(rf"^\s*(?:{_CITY}\s*)?\(\s*{ag}{_DESK}\s*\)\s*\.?\s*(?:{_DASH}|[:_?](?=\s))", _V),
        # City (AG) Text…   (no dash: only in the opening blocks, after a short place name —
        # "The Example News Agency (EXA) Monday said" names an agency, it is no dateline)
        # (the place in capitals: in a script without case, "ونقلت وكالة (رويترز) عن" cites the agency)
        "paren": c(rf"^\s*(?:{_CASED_PLACE}(?:,\s*[\p{{L}}\d .]{{1,20}}?)?\s*)?\(\s*{ag}{_DESK}\s*\)\.?(?=\s+[\p{{Lu}}\p{{Lo}}\"“«])", _V),
        # MOSCOW, March 3. /TASS/.    Baku, September 20 / Trend , A. Name/
        "slash": c(rf"^\s*{_CITY},?\s*/\s*{ag}\s*(?:,[^/\n]{{0,40}})?/\.?", _V),
        # Aleppo SANA-    Beijing, SANA –    Daraa - SMART (a line of its own)    دمشق-سانا
        # القاهرة - أ ش أ:    تهران- ایرنا-
        # BEIRUT, Jan 5 Reuters -    (a text whose parentheses were stripped)    AFP - Text…
        "bare": c(rf"^\s*(?!(?i:{phr['wire_byline']})\s){_PLACE}(?:,?\s+(?:\p{{L}}{{3,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+\p{{L}}{{3,9}}\.?))?"
                  rf"(?:(?:\s*,\s*|\s+{_DASH}\s+|\s+){ag}\s*{_DASH}(?=\s*\S)"
                              rf"|(?:\s*,\s*|\s*{_DASH}\s*){ag}\s*(?:{_DASH}|:)(?=\s*\S)"
                              rf"|(?:\s*,\s*|\s+{_DASH}\s+){ag}\s*$|\s*{_DASH}\s*{ag}(?=\s))"
                  # (the agency opening a sentence of at least six words: "AFP - Getty Images" is a picture's credit)
                  rf"|^\s*{ag}\s*{_DASH}\s+(?=[\p{{Lu}}\p{{Lo}}\"“«]\S*(?:[ \t]+\S+){{5}})", _V | regex.M),
        # a dateline whose parentheses and dash a dataset stripped, glued to the story's first
        # sentence: "MADRID EFE El consejo votó …"    "BERLIN, Jan 5 dpa Der …"    "BEIRUT, Lebanon AP The …"
        # "By Reuters Staff The …"
        # (a title-case name before a title-case agency is a person's or a firm's: see wire._opening)
        "stripped": c(rf"^\s*(?:(?i:by)(?=\s+{_AGENCY}\s+(?i:staff)\s)"
                      rf"|(?P<place>{_CASED_PLACE})(?:,\s*\p{{Lu}}[\p{{L}}.'’-]*(?:\s\p{{Lu}}[\p{{L}}.'’-]*)?)?"
                      rf"(?:,?\s+(?:\p{{L}}{{3,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+\p{{L}}{{3,9}}\.?))?,?)\s+{ag}(?:\s+(?i:staff))?"
                      rf"(?=\s+[\p{{Lu}}\"“«][\p{{L}}\p{{M}}'’]*(?:[ \t]+[\p{{L}}\p{{M}}\d'’,.-]+){{4}})", _V),
        # Москва. 5 января. INTERFAX.RU -    MOSCOW. Jan 5. INTERFAX -
        "dotted": c(rf"^\s*{_PLACE}\.\s*(?:\d{{1,2}}\s+\p{{L}}{{3,9}}|\p{{L}}{{3,9}}\s+\d{{1,2}})\.?\s*"
                    rf"(?:(?:19|20)\d\d\s*(?:г\.)?\s*)?\.?\s*{ag}(?i:\.ru)?\s*{_DASH}(?=\s*\S)", _V),
        # (서울=연합뉴스)    (도쿄=뉴시스)
        "equals": c(rf"^\s*\(\s*[\p{{L}}\p{{M}} ]{{1,20}}\s*=\s*{ag}\s*\)", _V),
        # МОСКВА, 3 мар — РИА Новости.
        "dash_agency": c(rf"^\s*{_CITY},\s*[\p{{L}}\d .]{{1,20}}?\s*{_DASH}\s*{ag}\.(?=\s)", _V),
        # 【6月18日 AFP】    【ワシントン共同】    新华社北京6月18日电    （中央社記者王小明台北5日電）
        # (the day before 电: "共同发电" opens a sentence, not a dateline)
        # [東京 5日 ロイター] -
        "cjk": c(rf"^\s*[（(]?\s*(?:【[^】\n]{{0,30}}?{ag}\s*】|[\[［][^\]］\n]{{0,30}}?{ag}\s*[\]］]\s*[-－—]|{ag}[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}\s]{{0,16}}"
                 rf"(?:\d{{1,2}}月)?\d{{1,2}}日\s*[电電])", _V),
        # AFP Monday 16 Jun 2014    Moscow AFP Saturday 7 Oct 2017    Reuters |
        "agency_date": c(rf"(?:^|(?<=\s))(?:[\p{{Lu}}][\p{{L}}'’-]+\s+)?{ag}\s*[,|]?\s+{_DATE}", _V),
        "agency_bar": c(rf"^\s*{ag}\s*\|\s*$", _V | regex.M),
        # By Jane Roe, Reuters / Associated Press / By JANE ROE - AP Technology Writers | AP
        "byline": c(
            rf"^\s*(?:(?i:{phr['wire_byline']})\s+)?(?:(?P<names>[^\n:;©()]{{1,100}}?)"
            rf"(?P<sep>\s*(?:,|/|\||{_DASH}|\b(?i:for|and|with|avec|mit|con|com)\b)\s*|\s+))?"
            rf"(?P<role>{_ROLE})?(?:(?i:the)\s+)?{ag}(?i:\s+(?:[\p{{L}}-]+\s+){{0,2}}(?:writers?|staff|correspondents?|reporters?|editors?|editorial|team|desk))?"
            rf"(?:\s*\|\s*(?:{_ag('again')}|{_PLACE}(?=\s*$)))?{_BYLINE_DATE}?\s*[|.]?\s*$", _V),
        "byline_generic": c(
            rf"^\s*(?:(?:{phr['wire_byline']})\s+)?{_SIGNER}?{AGENCIES_WORD}"
            rf"(?:\s*(?:[/|,]|{_DASH})\s*{_PLACE})?(?:\s*$|\s+(?=\p{{L}}{{3}}\.?\s+\d))", _I),
        # … said.--AFP    … said. - REUTERS    … rejected.\n Reuter
        "dash_tail": c(rf"(?:(?<=[.!?\"”’»\w])\s*|^\s*){_DASH}\s*{ag}\s*\.?\s*$", _V),
        "signoff_word": c(rf"(?:(?<=[.!?\"”’»\n])|^)[ \t]*{ag}\s*\.?\s*$", _V),
        "tail": c(rf"(?:{named['wire_tail']})[\s.)\]]*$", _I),
        "tail_general": c(rf"(?:{general['wire_tail']})[\s.)\]]*$", _I),
        "credit": c(named["wire_credit"], _I),
        "credit_general": c(general["wire_credit"], _I),
        "sourcing": c(named["wire_sourcing"], _I),
        "signoff": c(phr["wire_signoff"], _I | regex.M),
        "lead": c(rf"(?:{phr['wire_lead']})\s*\.?\s*$", _I),
        "agency": c(ag, _V),
        # the agency right after a repeated headline: "… Headline AP Syria's state TV says …"
        "after_title": c(rf"[\s:.,|-]*{ag}(?=\s+\p{{Lu}})", _V),
        "_index": wire_names.index(lists),
        # the phrase forms searched with only the phrases a text may hold (the same matches)
        "_screened": {
            "tail": screened(named["wire_tail"], _I, r"[\s.)\]]*$"),
            "tail_general": screened(general["wire_tail"], _I, r"[\s.)\]]*$"),
            "credit": screened(named["wire_credit"], _I),
            "credit_general": screened(general["wire_credit"], _I),
            "signoff": screened(phr["wire_signoff"], _I | regex.M),
        },
    })


def _live(family: str) -> str:
    """``family`` without the alternatives that never match: those that require ``(?!)`` (a
    family without agencies puts it where an agency stands) — else always screened in."""
    live = [b for b in branches(family) if not any(
        ch == "(" and depth == 1 and b.startswith("(?!)", i) and b[i + 4:i + 5] not in ("?", "*", "+", "{")
        for i, ch, depth in structure(b))]
    return "|".join(f"(?:{b})" for b in live) if live else "(?!)"


class _Forms(dict):
    """The forms by name, each compiled on first use (a run that never needs a form never
    compiles it: a tenth of a second each for some); a value that is a function is the
    form's compiler."""

    def __getitem__(self, name: str):
        value = dict.__getitem__(self, name)
        if callable(value):
            value = value()
            self[name] = value
        return value


def screened(form: str, text: str, pos: int = 0, endpos: int | None = None) -> regex.Pattern | None:
    """The phrase form ``form`` compiled with only the phrases that may match in
    ``text[pos:endpos]`` (None: none may)."""
    return patterns()["_screened"][form].pattern(text[pos:endpos])


def warm() -> None:
    """Build the forms' sources now (when a pack is loaded); each compiles on first use."""
    patterns()


def canonical(text: str) -> str | None:
    return vocab.canonical(text, "wire", strict=True)


def agency_named(text: str) -> str | None:
    """The first wire agency named in ``text`` (written as it must be), or None."""
    for m in patterns()["agency"].finditer(text):
        canon = canonical(m.group(0))
        if canon:
            return canon
    return None


def credit_line(text: str) -> bool:
    """Whether a line as a whole, or its end, credits wire copy ("Con información de AFP", "Quelle:
    dpa", "— The Associated Press"): a sign-off, never a picture's credit."""
    pats = patterns()
    line = text.strip()
    if any(pats[f].match(line) for f in ("credit", "credit_general", "tail", "tail_general", "dash_tail")):
        return True
    end = line.rstrip(" .)]")
    tail = end[-200:]
    return any(m.end() >= len(tail) - 1 for f in ("dash_tail", "tail", "credit") for m in pats[f].finditer(tail))
