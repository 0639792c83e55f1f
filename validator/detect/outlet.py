"""The original outlet: where an article names the outlet it was first published by.

Forms (phrase families ``phrases.outlet_credit``, ``phrases.outlet_reports`` and
``phrases.outlet_published`` in ``rules/vocab.yaml``):

- a republication note: "This post originally appeared on X", "first published
  in X", "The post … appeared first on X", "Republished with permission of X",
  "Special to X", "Published in X", "This story was produced by X and is
  republished …", "© 2024 X. Reprinted with permission.", and the same in other
  languages, either word order ("publié initialement dans", "erschien zuerst in
  der", "Статья впервые опубликована в", "نشر هذا المقال في", "ilk olarak X'da
  yayımlanmıştır", "Mit freundlicher Genehmigung der X", "Tratto da X", "Tomado de
  X", "نقلاً عن X" opening a line); the name may be a Markdown link's label;
- a source line: "Source: X" (a name or a URL: its domain is the outlet),
  "Quelle:", "Fuente:", "Fonte:", "Kaynak:", "Источник:", "المصدر:", "Original
  article:", "Оригинал публикации:"; the same glued after the last sentence of a flattened
  text, capitalised, its colon maybe stripped, the name running to the line's end ("… next
  spring Source The Example Post"; a generic source, "SOURCE: News agencies", names none);
  "via X" alone on one of the closing lines
  (``phrases.outlet_via``; a platform, "via Twitter", is no outlet);
- an aggregator's rewrite at the end of a sentence near the top: "…, X reports.",
  "…, writes X.", "… – пишет X", "… wrote in the London-based newspaper X", "…,
  according to a new report by Example News." (``phrases.outlet_report``: only a name
  holding a word of ``phrases.outlet_name_word``); "According to an article in X, …"
  opening the lead or closing one of its sentences (``phrases.outlet_article``: any
  name, an article being a publication's), or the name first ("X'in haberine göre, …":
  ``phrases.outlet_report_after``); in a
  language that puts the verb last, the outlet opening the paragraph ("X gazetesi, …
  yayımladı.": ``phrases.outlet_published``);
- an aggregator's headline ending in a periodical's name in brackets ("… (Example
  Times)": a name of two words or more holding a word of ``phrases.outlet_name_word``);
- a translation statement naming where the article appeared ("Перевели … статью NAME в
  X", the outlet in Latin letters or in quotes);
- a header line under the title: "Author, Outlet, 14/7/2014", "Outlet, Country,
  August 12", "Outlet (Country), 23.03.2021", "(Outlet – Author – date)",
  "By Author for Outlet";
- a portal's provider line under the byline, naming another outlet than the page's
  own (:mod:`validator.detect.outlet_provider`);
- the name beside a translator's line: alone on a line just above or below it
  ("Outlet" / "Translated from the Russian by …"), or before it on the same line
  ("Outlet - Translation / NAME").

Not an outlet credit: an outlet quoted for one fact ("told AFP", "according to
Reuters"), a photo credit (captions and credit lines are not searched), a
person ("Source: John Smith" is still taken as a name — the phrase decides).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from validator import vocab
from validator.article import Article
from validator.detect.outlet_credit import SKIP, OutletCredit, beside, clean, name_group
from validator.detect.outlet_forms import FLAGS, HEADER_LINES, JOB, NAME, NOT_OUTLETS, TARGET, UP, compile_form
from validator.credit_parts import classify
from validator.detect.fold import screen_text
from validator.detect.outlet_provider import provider
from validator.detect.memo import per_vocab
from validator.detect.ordered import Ordered
from validator.detect.screen import Family
from validator.detect.windows import Window, windows


@dataclass(frozen=True)
class _Searches:
    credit: Family  # "originally appeared on X" …
    byline_source: regex.Pattern  # "By X – date – Source Y"
    source: Family  # "Source: X" at a line's start
    glued_source: Family  # "… spring. Source: X" / "… spring Source X" ending a flattened text's line
    data_source: regex.Pattern  # "… Statistics Office", "… data": a source line crediting data, not an outlet
    verbs: Family  # the rewrite's verbs, to screen the rewrite search
    rewrite: regex.Pattern  # "…, X reports." / "…, writes X."
    report_words: Family  # "according to a report by", to screen the report search
    report: regex.Pattern  # "…, according to a new report by X." (X a periodical's name)
    published: Family  # "X gazetesi, … yayımladı." (the verb last)
    article_words: Family  # "according to an article in", to screen the article search
    article: regex.Pattern  # "According to an article in X, …" / "…, according to an article in X."
    via: Family  # "via X" as a closing line
    report_after: Family  # "X'in haberine göre, …" opening the lead (the name first)
    title_suffix: regex.Pattern  # "Headline (Example Times)"
    press_word: regex.Pattern  # a word that makes a name a periodical's
    header: Ordered  # header lines
    lead: Ordered  # header forms that open a paragraph


@per_vocab
def _compiled() -> _Searches:
    label = vocab.alternation("phrases.outlet_source")
    verbs = vocab.alternation("phrases.outlet_reports")
    article = vocab.alternation("phrases.outlet_article")
    return _Searches(
        credit=Family(vocab.phrases("outlet_credit"), FLAGS, suffix=r"\s*" + TARGET),
        byline_source=compile_form(rf"\s[–—|]\s*{label}\s*:?\s+(?={UP})(?P<name>{NAME})"),
        source=Family(vocab.phrases("outlet_source"), FLAGS, prefix=r"^\W{0,3}", suffix=rf"\s*:\s*{TARGET}"),
        # glued after the last sentence (the label capitalised, after a sentence's end or a word in
        # lower case: "the Open Source Initiative" is a name), the outlet running to the line's end
        glued_source=Family(vocab.phrases("outlet_source"), FLAGS,
                            prefix=r"(?-i:(?<=(?:[.!?\"”»)]|(?<![\w-])\p{Ll}+)[ \t]{1,3})(?=\p{Lu}))",
                            suffix=rf"[ \t]*:?[ \t]+{TARGET}[ \t]*\.?[ \t]*$"),
        data_source=compile_form(rf"(?<!\w)(?:{vocab.alternation('phrases.outlet_data_source')})(?!\w)"),
        verbs=Family(vocab.phrases("outlet_reports"), FLAGS),
        rewrite=compile_form(
            rf"[,–—-][ \t]*(?:{verbs})[ \t]+(?:(?:the|die|der|das|le|la|el|(?-i:il|lo|o|a|de|het))[ \t]+)?(?P<name>{NAME})[ \t]*(?:[.;]|$)"
            rf"|,[ \t]*(?P<name>{NAME})[ \t]+(?:{verbs})[ \t]*(?:[.;]|$)"
            # no comma left (punctuation stripped): only at the end of the paragraph's line
            rf"|\b(?:{verbs})[ \t]+(?:the[ \t]+)?(?P<name>{NAME})[ \t]*\.?[ \t]*$"),
        report_words=Family(vocab.phrases("outlet_report"), FLAGS),
        report=compile_form(rf"(?:[,–—-][ \t]*|[ \t]+)(?:{vocab.alternation('phrases.outlet_report')})[ \t]+"
                            rf"(?:(?:der|des|del|la|le|el)[ \t]+)?(?P<name>{NAME})[ \t]*(?:[.;]|$)"),
        published=Family(vocab.phrases("outlet_published"), FLAGS, prefix=rf"^\W{{0,3}}(?P<name>{NAME})\s+",
                         suffix=r"\s*[.!]"),
        article_words=Family(vocab.phrases("outlet_article"), FLAGS),
        # opening the paragraph, the name ends where its capitalised words do ("Laut einem Artikel in der
        # Example Post haben …"); later in a sentence, punctuation must close it
        article=compile_form(rf"(?:^\W{{0,3}}|(?P<later>[,–—-][ \t]*|[ \t]+))(?:{article})[ \t]+"
                             rf"(?:(?:der|des|del|la|le|el)[ \t]+)?(?P<name>{NAME})(?(later)[ \t]*(?:[.;,]|$))"),
        report_after=Family(vocab.phrases("outlet_report_after"), FLAGS,
                            prefix=rf"^\W{{0,3}}(?P<name>{NAME})['’](?:n[ıiuü]n|[ıiuü]n)\s+"),
        via=Family(vocab.phrases("outlet_via"), FLAGS, prefix=r"^\W{0,3}", suffix=rf"\s*:?\s+{TARGET}\W{{0,3}}$"),
        title_suffix=compile_form(rf"\S\s+\(\s*(?P<name>{NAME})\s*\)\s*$"),
        press_word=compile_form(rf"(?<!\w)(?:{vocab.alternation('phrases.outlet_name_word')})(?!\w)"),
        header=Ordered(HEADER_LINES, compile_form),
        lead=Ordered([p for p in HEADER_LINES if not p.endswith("$")], compile_form),
    )


#: kinds searched only in a short block (the layout reader may take a source line for the headline or page furniture)
_SHORT_ONLY = frozenset({"title", "furniture"})
_SHORT = 120


def _squash(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _found(win: Window, m: regex.Match, form: str, own: str = "") -> OutletCredit | None:
    """The credit a match makes, or None when it names nobody, a platform or a picture agency,
    a public body or data, or the page's own outlet ("Source: Valley Courier" on the Valley Courier's page; ``own``:
    its name squashed)."""
    name = clean(m)
    if not name:
        return None
    if own and _squash(name.split(".")[0] if m.groupdict().get("domain") else name) in (own, "the" + own):
        return None
    if _platform(name):
        return None  # "Read more on Twitter", "via Getty Images": where a post or a picture is, no outlet
    if not m.groupdict().get("domain") and _compiled().data_source.search(name):
        return None  # "…, the Ministry of Agriculture reported.": a public body or data, no outlet
    line, column = win.position(m.start(name_group(m)))
    return OutletCredit(outlet=name, words=" ".join(m.group(0).strip(" ,–—-").split())[:200], line=line,
                        column=column, form=form)


def find_outlet(article: Article, disclaimer: tuple[int, int] | None = None) -> OutletCredit | None:
    """The first original-outlet credit at the top or bottom of the article, or None.
    ``disclaimer``: the line and column of a translation statement, whose source block
    may name the outlet."""
    search = _compiled()
    lead = _lead(article)
    own = _squash(article.outlet or "")
    for win in windows(article, skip=SKIP):
        lone = win.block.kind in _SHORT_ONLY
        if lone and len(win.block.text) > _SHORT:
            continue  # a headline or menu line is searched only when it is a short line of its own
        folded = screen_text(win.text)
        for m in search.credit.finditer(win.text, folded, timeout=1.0):
            found = _found(win, m, "credit", own)
            if found:
                return found
        for m in search.byline_source.finditer(win.text, timeout=1.0):
            found = _found(win, m, "credit", own)
            if found:
                return found
        for m in search.source.finditer(win.text, folded, timeout=1.0):
            # "Source: <url>" anywhere; "Source: <name>" only in the closing lines (at the
            # top it is usually the picture's source)
            found = _found(win, m, "source", own) if (m["domain"] or win.from_end < 4) \
                and not _data_source(search.data_source, win.text, m) and not _generic(win.text, m) else None
            if found:
                return found
        for m in search.glued_source.finditer(win.text, folded, timeout=1.0) if win.from_end < 2 else ():
            found = _found(win, m, "source", own) \
                if not _data_source(search.data_source, win.text, m) and not _generic(win.text, m) else None
            if found:
                return found
        if win.index < 3 and not lone and search.verbs.active(win.text, folded):
            for m in search.rewrite.finditer(win.text, timeout=1.0):
                found = _found(win, m, "rewrite", own)
                if found:
                    return found
        if (win.index < 3 or id(win.block) in lead) and not lone and search.report_words.active(win.text, folded):
            for m in search.report.finditer(win.text, timeout=1.0):
                found = _found(win, m, "rewrite", own) if search.press_word.search(m["name"]) else None
                if found:
                    return found
        if (win.index < 3 or id(win.block) in lead) and not lone and search.article_words.active(win.text, folded):
            for m in search.article.finditer(win.text, timeout=1.0):
                found = _found(win, m, "rewrite", own)
                if found:
                    return found
        if (win.index < 3 or id(win.block) in lead) and not lone:
            for m in search.report_after.finditer(win.text, folded, timeout=1.0):
                found = _found(win, m, "rewrite", own)
                if found:
                    return found
        if win.from_end < 4:
            for m in search.via.finditer(win.text, folded, timeout=1.0):
                found = _found(win, m, "source", own)
                if found:
                    return found
        if win.block.kind == "title" and (m := search.title_suffix.search(win.text, timeout=1.0)) \
                and search.press_word.search(m["name"]) and len(m["name"].split()) >= 2:
            found = _found(win, m, "title", own)
            if found:
                return found
        if win.index < 3 and not lone:
            for m in search.published.finditer(win.text, folded, timeout=1.0):
                found = _found(win, m, "rewrite", own)
                if found:
                    return found
        if win.index < 8:
            for m in _header_lines(win, search.header, search.lead):
                if m.groupdict().get("person") and JOB.search(m.group(0)):
                    continue
                found = _found(win, m, "header", own)
                if found:
                    return found
    found = provider(article)
    if found:
        name, block, offset, words = found
        line, column = block.position(offset)
        return OutletCredit(outlet=name, words=words[:200], line=line, column=column, form="header")
    if disclaimer is not None:
        return beside(article, *disclaimer)
    return None


def _platform(name: str) -> bool:
    """Whether a name is a platform's or a picture agency's ("via Twitter", "via Getty Images"):
    where a post or a photo was found, not an outlet."""
    return classify(name)[0] == "platform" or bool(vocab.canonical(name, "photo") and not vocab.canonical(name, "wire"))


def _data_source(words: regex.Pattern, text: str, m: regex.Match) -> bool:
    """Whether a "Source: …" line names data or a public body ("Source: Example Statistics
    Office", "Source: World Bank data") rather than an outlet: a chart's or a table's source."""
    if m["domain"]:
        return False
    start = m.start(name_group(m))
    end = text.find("\n", start)
    return bool(words.search(text, start, end if end >= 0 else len(text), timeout=1.0))


def _generic(text: str, m: regex.Match) -> bool:
    """Whether a "Source: …" line names no outlet but sources in general, all its words read
    ("SOURCE: News agencies", "Source: Local media", "Source: Press release")."""
    if m["domain"]:
        return False
    start = m.start(name_group(m))
    end = text.find("\n", start)
    rest = " ".join(text[start:end if end >= 0 else len(text)].strip(" .,;:!?").split()).casefold()
    return rest in NOT_OUTLETS


#: a paragraph this long reads as the story's prose (shorter ones may be a player's or a menu's words)
_PROSE = 80


def _lead(article: Article) -> set[int]:
    """The story's first three prose paragraphs (by identity), past the short lines of a
    page's widgets ("close", "Video") that stand between the headline and the lead."""
    prose = (b for b in article.blocks if b.kind in ("standfirst", "paragraph") and len(b.text) >= _PROSE)
    return {id(b) for b, _ in zip(prose, range(3))}


#: a header line is short; a longer line is searched only for the forms that open a paragraph
_HEADER_LINE = 150


def _header_lines(win: Window, header: Ordered, lead: Ordered) -> Iterator[regex.Match]:
    """Header-line matches in the whole lines of a window (a line cut by the window's
    edge in a long block is no line of its own)."""
    lines = win.text.split("\n")
    cut_head = win.offset > 0
    cut_tail = win.offset + len(win.text) < len(win.block.text)
    start = 0
    for i, line in enumerate(lines):
        end = start + len(line)
        if (i == 0 and cut_head) or (i == len(lines) - 1 and cut_tail):
            pass
        elif len(line) <= _HEADER_LINE:
            yield from header.finditer(win.text, start, end, timeout=1.0)
        else:
            m = lead.match(win.text, start, start + _HEADER_LINE, timeout=1.0)
            if m:
                yield m
        start = end + 1
