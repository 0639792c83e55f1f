"""An original-outlet credit (:class:`OutletCredit`), the outlet's name as a match gives it,
and the name standing beside a translator's line (:func:`beside`)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from validator.article import Article
from validator.detect.outlet_forms import (DATE, JOB, LONE_DATE, NOT_OUTLETS, OUTLET_WORDS, PERSON, POSSESSIVE,
                                           SCRIPT_NAME, TRAILING_JOINS)
from validator.report import Evidence

#: kinds never searched (a photo credit is not an outlet credit)
SKIP = frozenset({"caption", "credit"})


@dataclass(frozen=True)
class OutletCredit:
    """An original outlet named in the text."""

    outlet: str
    words: str  # the words that credit it
    line: int  # where the outlet's name stands
    column: int
    form: str  # credit, source, rewrite, header, title, beside-translator

    def evidence(self) -> Evidence:
        return Evidence(kind="source-outlet", text=self.outlet, line=self.line, column=self.column,
                        data={"words": self.words, "form": self.form})


def name_group(m: regex.Match) -> str | None:
    """The name of the group that holds the outlet in a match."""
    return next((g for g in ("domain", "quoted", "name", "script") if m.groupdict().get(g)), None)


def clean(m: regex.Match) -> str | None:
    """The outlet's name a match holds (a URL's domain in lower case), or None when it is
    no name ("the", "staff", a pronoun)."""
    group = name_group(m)
    if group == "domain":
        return m["domain"].lower()
    if not group:
        return None
    name = POSSESSIVE.sub("", TRAILING_JOINS.sub("", m[group].strip(" .,;:-–—|\"'’")))
    if len(name) < 2 or name.casefold() in NOT_OUTLETS or name.split()[0].casefold() in NOT_OUTLETS - {"the"}:
        return None
    return name


#: a line this long is a flattened text's run-on paragraph, not a source block's line
_RUN_ON = 200

_LONE = regex.compile(
    rf"^\W{{0,2}}(?:(?P<person>{PERSON})\s*[,–—]\s*)?(?:{OUTLET_WORDS}|(?P<script>{SCRIPT_NAME}))"
    rf"(?:\s*\([^()\n]{{2,30}}\))?\s*(?:,?\s*{DATE})?\W{{0,2}}$", regex.VERSION1)
_PREFIX = regex.compile(rf"^\W{{0,2}}(?:{OUTLET_WORDS}|(?P<script>{SCRIPT_NAME}))\s*[-–—|,]\s*$", regex.VERSION1)


def beside(article: Article, line: int, column: int) -> OutletCredit | None:
    """A translator's line often stands in a source block: the outlet before it on the
    same line ("Example Post - Translation / NAME"), alone on the line above it (a lone
    ", date" line between is passed over), or on the line below it ("Example Post (Example) 24.12.21").
    A note glued to prose on its line (a flattened text's run-on paragraph) stands in no source block."""
    lines: list[tuple[int, int, str]] = []
    for block in article.blocks:
        if block.kind in SKIP:
            continue
        offset = 0
        for text in block.text.split("\n"):
            ln, col = block.position(offset)
            lines.append((ln, col, text))
            offset += len(text) + 1
    at = next((i for i, (ln, col, text) in enumerate(lines) if ln == line), None)
    if at is None:
        return None
    ln, col, text = lines[at]
    m = _PREFIX.match(text[: max(0, column - col)])
    if m:
        return _alone(m, text[: column - col].strip(), ln, col)
    if regex.search(r"\w", text[: max(0, column - col)]) or len(text) > _RUN_ON:
        return None  # glued to prose on its line (a run-on paragraph): the lines around are no source block
    above = [i for i in (at - 1, at - 2) if i >= 0 and not LONE_DATE.fullmatch(lines[i][2].strip())]
    for i in above[:1] + [at + 1]:  # the nearest line above (past a lone ", date"), then the line below
        if i >= len(lines):
            continue
        ln, col, text = lines[i]
        stripped = text.strip()
        m = _LONE.match(stripped)
        if m and len(stripped) <= 80 and not JOB.search(stripped):
            found = _alone(m, stripped, ln, col)
            if found:
                return found
    return None


def _alone(m: regex.Match, words: str, line: int, column: int) -> OutletCredit | None:
    name = clean(m)
    return OutletCredit(outlet=name, words=words, line=line, column=column, form="beside-translator") \
        if name else None
