"""Translation statements: where an article says that it is a translation.

A disclaimer is an explicit statement, in any language, that the text is a
translation — "This is an edited translation of …", "Traduit de l'anglais par
…", "Übersetzt von …", "Перевод с английского", "ترجمة: …", "翻译：…" — or a
translator's credit line ("Translated by NAME", "Translation: NAME",
"ÇEVİRİ: NAME"), wherever it stands: an editor's note at the top, the
standfirst, the byline or the closing notes.  The phrase families are
``phrases.translation`` and ``phrases.translator`` in ``rules/vocab.yaml`` (the
``translation-disclaimer`` rule reads the same families).

A page may also carry a translation beside its original (:func:`find_parallel`):
long passages in two writing systems, such as an English rendering and then "The
original Chinese-language post follows:" with the Chinese text.  That shows a
translation without any statement, so it sets the ``translated`` fact but is no
disclaimer.

An HTML page's byline element is searched too (the reader keeps it apart from the
text): "By Jane Roe · Translated by Sami Aziz".

Not disclaimers: a title prefix ("Translation: …" as a headline), a link label
to the original ("The original Arabic article"), a translator's note inside the
text, a general remark about a site's translations in its furniture.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from validator import vocab
from validator.article import Article, Block
from validator.detect.memo import per_vocab
from validator.detect.screen import Family
from validator.detect.windows import excerpt, windows
from validator.report import Evidence

#: simple case folding (FULLCASE, on by default in VERSION1, makes these searches three
#: times slower and buys nothing here: the Turkish dotted İ is spelled out in the patterns)
_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.VERSION1


def _compile(pattern: str) -> regex.Pattern:
    return regex.compile("(?-f)" + pattern, _FLAGS)


@per_vocab
def family() -> Family:
    """The disclaimer phrases of every language, compiled once per vocabulary."""
    return Family(vocab.phrases("translation") + vocab.phrases("translator"), _FLAGS)


@per_vocab
def _announce() -> regex.Pattern:
    return _compile(vocab.alternation("phrases.original_follows"))


#: kinds never searched; and kinds searched only when the whole block is a short line
#: (the layout reader may take a lone translator line for the headline or page furniture)
_SKIP = frozenset({"caption", "credit"})
_SHORT_ONLY = frozenset({"title", "furniture"})
_SHORT = 100


@dataclass(frozen=True)
class Disclaimer:
    """A translation statement found in an article."""

    line: int
    column: int
    words: str  # the matched words
    text: str  # the statement's line (or the block's excerpt)

    def evidence(self) -> Evidence:
        return Evidence(kind="disclaimer", text=self.text, line=self.line, column=self.column,
                        data={"matched": self.words})


def find_disclaimer(article: Article) -> Disclaimer | None:
    """The first translation statement at the top or bottom of the article, or None."""
    phrases = family()
    for win in windows(article, skip=_SKIP):
        if win.block.kind in _SHORT_ONLY and len(win.block.text) > _SHORT:
            continue  # a headline or a menu line that merely mentions translation
        m = phrases.search(win.text, timeout=1.0)
        if m:
            line, column = win.position(m.start())
            return Disclaimer(line=line, column=column, words=" ".join(m.group(0).split()),
                              text=excerpt(win.block.text, 300))
    return _in_byline(article, phrases)


def _in_byline(article: Article, phrases: Family) -> Disclaimer | None:
    """A translator's line inside a page's byline element ("By Jane Roe" / "Translated by
    Sami Aziz"): the HTML reader keeps bylines apart from the text, with their place."""
    for entry in article.meta.get("byline") or () if article.format == "html" else ():
        text = entry.get("text") if isinstance(entry, dict) else None
        if not isinstance(text, str) or len(text) > _SHORT * 3:
            continue
        m = phrases.search(text, timeout=1.0)
        if m:
            # the element's text is read with its spacing folded: the place given is the element's
            return Disclaimer(line=entry.get("line", 1), column=entry.get("column", 1),
                              words=" ".join(m.group(0).split()), text=excerpt(text, 300))
    return None


# --- a translation beside its original ---------------------------------------------

#: scripts told apart (Japanese kana count with the Han characters); two languages
#: in one script (English and German) are not told apart here
SCRIPTS = {
    "latin": r"\p{Script=Latin}", "cyrillic": r"\p{Script=Cyrillic}", "arabic": r"\p{Script=Arabic}",
    "cjk": r"[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]", "hebrew": r"\p{Script=Hebrew}",
    "greek": r"\p{Script=Greek}", "hangul": r"\p{Script=Hangul}", "devanagari": r"\p{Script=Devanagari}",
    "thai": r"\p{Script=Thai}", "armenian": r"\p{Script=Armenian}", "georgian": r"\p{Script=Georgian}",
}
#: each script's letters, found in runs (summing the runs' lengths is three times faster
#: than finding the letters one by one; a set intersection, faster than a lookaround)
_SCRIPT_RUNS = {name: regex.compile(rf"(?V1)[{p}&&\p{{L}}]+") for name, p in SCRIPTS.items()}
_NOT_LATIN = regex.compile(r"(?V1)[\p{L}--\p{Script=Latin}]")
_LETTERS = regex.compile(r"\p{L}+")


def _sum(runs: regex.Pattern, text: str) -> int:
    return sum(map(len, runs.findall(text)))
#: a passage is a block of at least PASSAGE letters, PURE of them in the other script,
#: and the other script holds at least SHARE of the page's letters — or the line before
#: the passage announces the original (``phrases.original_follows``): names, single words
#: and a short quotation in another script ("Xunyang Soprano (浔阳女高音)") do not count
PASSAGE = 60
PURE = 0.8
SHARE = 0.15


def _count(text: str) -> Counter:
    """Letters of ``text`` per script."""
    other = _NOT_LATIN.search(text)
    if not other:  # the common case, in one pass
        return Counter({"latin": _sum(_SCRIPT_RUNS["latin"], text)})
    # The scripts are disjoint: once the letters counted make up all of the text's, the
    # scripts left hold none (Latin and the first other letter's script are counted first).
    left = _sum(_LETTERS, text)
    first = [name for name, rx in _SCRIPT_RUNS.items() if name != "latin" and rx.match(other[0])]
    found: dict[str, int] = {}
    for name in dict.fromkeys(["latin", *first, *_SCRIPT_RUNS]):
        if left <= 0:
            break
        found[name] = n = _sum(_SCRIPT_RUNS[name], text)
        left -= n
    return Counter({name: found[name] for name in _SCRIPT_RUNS if found.get(name)})


def _letters(block: Block) -> Counter:
    return _count(block.text)


@dataclass(frozen=True)
class Parallel:
    """A passage in another script than the article's main one."""

    main: str
    other: str
    line: int
    share: float


def main_script(article: Article) -> str | None:
    """The script most of the article's letters are written in (``latin``, ``cyrillic``…)."""
    total: Counter = sum((_letters(b) for b in article.blocks if b.kind not in ("caption", "credit")), Counter())
    return total.most_common(1)[0][0] if total else None


def foreign_outlet(outlet: str, article: Article, lang: str | None) -> str | None:
    """Why an original outlet's name shows that the article was translated, or None:
    the name is written in another script than the article ("The Example Post" in a
    Russian text), or it is marked as a name in another language than the article's
    (``phrases.outlet_language``: "The …", "ذا …" for English)."""
    script = _count(outlet)
    main = main_script(article)
    if script and main and script.most_common(1)[0][0] != main:
        return f"the original outlet '{outlet}' is written in {script.most_common(1)[0][0]} script, " \
               f"the article in {main}"
    base = (lang or "").split("-")[0].lower()
    for outlet_lang, patterns in vocab.vocab().phrases.get("outlet_language", {}).items():
        if base and base != outlet_lang and any(_compile(p).search(outlet) for p in patterns):
            return f"the original outlet '{outlet}' has a name in {outlet_lang} and the article is in {lang}"
    return None


def find_parallel(article: Article) -> Parallel | None:
    """The first passage in a second script, when the page holds enough of it; or None."""
    blocks = [b for b in article.blocks if b.kind not in ("title", "caption", "credit")]
    if not any(_NOT_LATIN.search(b.text) for b in blocks):
        return None  # no letter outside the Latin script: one script only, the common case
    counts = [_letters(b) for b in blocks]  # one pass over each block, kept for the passages
    total: Counter = sum(counts, Counter())
    if len(total) < 2:
        return None  # one script only: the common case
    main = total.most_common(1)[0][0]
    letters = sum(total.values())
    announce = _announce()
    for i, (block, count) in enumerate(zip(blocks, counts)):
        n = sum(count.values())
        if n < PASSAGE:
            continue
        other, k = count.most_common(1)[0]
        if other == main or k / n < PURE:
            continue
        announced = i > 0 and announce.search(blocks[i - 1].text[-200:], timeout=1.0)
        if announced or total[other] / letters >= SHARE:
            return Parallel(main=main, other=other, line=block.line,
                            share=round(total[other] / letters, 2))
    return None
