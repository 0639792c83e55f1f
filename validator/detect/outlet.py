"""The original outlet: where an article names the outlet it was first published by.

Forms (phrase families ``phrases.outlet_credit`` and ``phrases.outlet_reports`` in
``rules/vocab.yaml``):

- a republication note: "This post originally appeared on X", "first published
  in X", "The post … appeared first on X", "Republished with permission of X",
  "Special to X", "Published in X";
- a source line: "Source: X" (a name or a URL: its domain is the outlet),
  "Quelle:", "Fuente:", "Fonte:", "Kaynak:", "Источник:", "المصدر:";
- an aggregator's rewrite at the end of a sentence near the top: "…, X reports.",
  "…, writes X.", "… – пишет X", "… wrote in the London-based newspaper X";
- a header line under the title: "Author, Outlet, 14/7/2014", "Outlet, Country,
  August 12", "Outlet (Country), 23.03.2021", "(Outlet – Author – date)",
  "By Author for Outlet";
- the name standing alone on the line just above a translator's line
  ("Outlet" / "Translated from the Russian by …").

Not an outlet credit: an outlet quoted for one fact ("told AFP", "according to
Reuters"), a photo credit (captions and credit lines are not searched), a
person ("Source: John Smith" is still taken as a name — the phrase decides).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from validator import vocab
from validator.article import Article, Block
from validator.detect.windows import Window, windows
from validator.report import Evidence

_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.VERSION1

_UP = r"(?-i:[\p{Lu}\p{Lt}])"
_WORD = r"[\w'’&!-]*(?:\.\w+)*"
#: a capitalised name of up to seven words, small joining words allowed inside
NAME = (rf"(?:the\s+)?(?:al-|el-)?{_UP}{_WORD}(?:[ \-](?:{_UP}{_WORD}|al|el|de|del|di|du|des|la|le|of|the|and|&|news)"
        rf"(?=[\s\-.,;:!?)»”\"'’|–—]|$)){{0,6}}")
_URL = r"(?:https?://)?(?:www\.)?(?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})(?:/\S*)?"
_SCRIPT_NAME = r"(?:\p{Arabic}+(?:\s+\p{Arabic}+){0,3}|\p{Hebrew}+(?:\s+\p{Hebrew}+){0,3})"
_QUOTED = r"[«“\"](?P<quoted>[^»”\"\n]{2,60})[»”\"]"
_TARGET = rf"(?:{_URL}|{_QUOTED}|(?P<name>{NAME})|(?P<script>{_SCRIPT_NAME}))"

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE = (rf"(?:\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)")
_PERSON = rf"{_UP}[\p{{L}}'’.-]+(?:\s+{_UP}[\p{{L}}'’.-]+){{1,3}}"
_OUTLET_WORDS = rf"(?P<name>(?:the\s+)?{_UP}[\w'’.&-]*(?:\s+(?:{_UP}[\w'’.&-]*|al|of|the|de|di)){{0,4}})"
#: header lines under a title that name the original outlet
HEADER_LINES = [
    # Gideon Roe, Haaretz, 14/7/2014  /  Jane Roe, Truthdig
    rf"^\W{{0,2}}(?P<person>{_PERSON}),\s+{_OUTLET_WORDS}(?:,\s*{DATE})?\s*$",
    # Al-Example, UAE, August 12  /  The Example (USA), 23.03.2021
    rf"^\W{{0,2}}{_OUTLET_WORDS}(?:\s*\([\p{{L}} .]{{2,20}}\)|,\s+(?-i:\p{{Lu}}{{2,4}}|\p{{Lu}}\p{{Ll}}+))\s*,\s*{DATE}\s*$",
    # (Example Times – – Jane Roe – September 25, 2013)
    rf"^\(\s*{_OUTLET_WORDS}\s*(?:[–—-]\s*)+[^()\n]{{2,60}}?\s*[–—-]\s*{DATE}\s*\)",
    # By: Jane Roe for Example Monitor
    rf"^By:?\s+{_PERSON}\s+for\s+{_OUTLET_WORDS}",
]
#: words a capitalised "name" may be that are not outlets
NOT_OUTLETS = frozenset({
    "i", "we", "he", "she", "it", "they", "you", "this", "that", "these", "the", "our", "my", "his", "her",
    "their", "a", "an", "in", "on", "at", "by", "for", "here", "there", "staff", "editor", "editors",
    "correspondent", "reporter", "writer", "staff writer", "contributor", "columnist", "photo", "image",
    "video", "videos", "photos", "watch", "live", "update", "updated", "news agencies", "agencies", "wire services", "internet", "social media", "unknown", "original",
})
#: job titles: "Jane Roe, Staff Writer" is a byline, not a source line
_JOB = regex.compile(r"\b(?:writer|correspondent|reporter|editor|columnist|contributor|analyst|professor|director"
                     r"|president|minister|spokes\w+|author|photographer|staff)\b", regex.IGNORECASE)


@lru_cache(maxsize=4)
def _compiled(_vocab_id: int) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    credit = regex.compile(vocab.alternation("phrases.outlet_credit") + r"\s*" + _TARGET, _FLAGS)
    verbs = vocab.alternation("phrases.outlet_reports")
    rewrite = regex.compile(
        rf"[,–—-][ \t]*(?:{verbs})[ \t]+(?:(?:the|die|der|das|le|la|el)[ \t]+)?(?P<name>{NAME})[ \t]*(?:[.;]|$)"
        rf"|,[ \t]*(?P<name>{NAME})[ \t]+(?:{verbs})[ \t]*(?:[.;]|$)"
        # no comma left (punctuation stripped): only at the end of the paragraph's line
        rf"|\b(?:{verbs})[ \t]+(?:the[ \t]+)?(?P<name>{NAME})[ \t]*\.?[ \t]*$", _FLAGS)
    header = regex.compile("|".join(f"(?:{p})" for p in HEADER_LINES), _FLAGS)
    return credit, rewrite, header


@dataclass(frozen=True)
class OutletCredit:
    """An original outlet named in the text."""

    outlet: str
    words: str  # the words that credit it
    line: int  # where the outlet's name stands
    column: int
    form: str  # credit, rewrite, header, above-translator

    def evidence(self) -> Evidence:
        return Evidence(kind="source-outlet", text=self.outlet, line=self.line, column=self.column,
                        data={"words": self.words, "form": self.form})


def _group(m: regex.Match) -> str | None:
    """The name of the group that holds the outlet in a match."""
    return next((g for g in ("domain", "quoted", "name", "script") if m.groupdict().get(g)), None)


def _clean(m: regex.Match) -> str | None:
    group = _group(m)
    if group == "domain":
        return m["domain"].lower()
    if not group:
        return None
    name = regex.sub(r"['’]s$", "", m[group].strip(" .,;:-–—|\"'’"))
    if len(name) < 2 or name.casefold() in NOT_OUTLETS or name.split()[0].casefold() in NOT_OUTLETS - {"the"}:
        return None
    return name


def _found(win: Window, m: regex.Match, form: str) -> OutletCredit | None:
    name = _clean(m)
    if not name:
        return None
    line, column = win.position(m.start(_group(m)))
    return OutletCredit(outlet=name, words=" ".join(m.group(0).strip(" ,–—-").split())[:200], line=line,
                        column=column, form=form)


def find_outlet(article: Article, disclaimer_line: int | None = None) -> OutletCredit | None:
    """The first original-outlet credit at the top or bottom of the article, or None.
    ``disclaimer_line``: the line of a translation statement, whose header may name the outlet."""
    credit, rewrite, header = _compiled(id(vocab.vocab()))
    for win in windows(article):
        for m in credit.finditer(win.text, timeout=1.0):
            found = _found(win, m, "credit")
            if found:
                return found
        if win.index < 3:
            for m in rewrite.finditer(win.text, timeout=1.0):
                found = _found(win, m, "rewrite")
                if found:
                    return found
        if win.index < 8 and len(win.block.text) < 700:
            for m in header.finditer(win.text, timeout=1.0):
                if m.groupdict().get("person") and _JOB.search(m.group(0)):
                    continue
                found = _found(win, m, "header")
                if found:
                    return found
    if disclaimer_line is not None:
        return _above(article, disclaimer_line)
    return None


_LONE = regex.compile(rf"^\W{{0,2}}(?:(?P<person>{_PERSON})\s*[,–—]\s*)?{_OUTLET_WORDS}\s*(?:,\s*{DATE})?\W{{0,2}}$",
                      regex.VERSION1)


def _above(article: Article, line: int) -> OutletCredit | None:
    """A name standing alone on one of the two lines above a translator's line."""
    lines: list[tuple[int, str, Block]] = []
    for block in article.blocks:
        for i, text in enumerate(block.text.split("\n")):
            lines.append((block.position(block.text.find(text))[0] if i else block.line, text, block))
    before = [x for x in lines if x[0] < line and x[1].strip()][-2:]
    for ln, text, block in reversed(before):
        stripped = text.strip()
        if regex.fullmatch(rf",?\s*{DATE}", stripped, regex.VERSION1):
            continue  # ", 17/6/2021" on a line of its own
        m = _LONE.match(stripped)
        if m and len(stripped) <= 80 and not _JOB.search(stripped):
            name = _clean(m)
            if name:
                return OutletCredit(outlet=name, words=stripped, line=ln, column=block.column,
                                    form="above-translator")
        return None
    return None
