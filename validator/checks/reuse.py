"""``reuse``: an article that reuses a reference article credits its source.

The reference is an index of the wire copy and source articles a newsroom
holds, built with ``provcheck index build SOURCES… -o wire.pcx`` (see
``docs/reuse.md``) and given with ``provcheck check --reference wire.pcx``
or the config's ``settings.reference`` (a path relative to the config file).
Without one the rule does not apply, and says so.

How an article is matched: its prose (standfirst, paragraphs, quotes,
subheadings — not the title, captions or closing notes) is cut into
shingles of five normalised words (case, accents, punctuation and the
script of digits do not matter).  Their MinHash signature finds candidate
reference articles through the index's LSH bands; each candidate is then
verified exactly: the share of the article's shingles found in the
candidate's (its *containment*).  A candidate at or above the threshold is a
match.  Reordered, cut or lightly reworded copy keeps most of its shingles;
another agency's story of the same event shares names and numbers, not
five-word runs, and stays far below.

A match is credited when its source (the agency or outlet recorded in the
index) is named where the credit rules look: the metadata (``wire``,
``outlet``, ``source.outlet``, the authors), the byline, a wire dateline
("PARIS (Example Press) -") at the start of the first paragraph, an image
caption or credit, the closing notes or the last two paragraphs ("— Example
Press", also on a short line of its own after the last paragraph).  Names
are matched loosely, through ``settings.outlets`` aliases and, for an agency
of the vocabulary (``rules/vocab.yaml``), under any of its spellings.  A credited match is recorded as ``reuse`` evidence; an uncredited
one is a finding at the first passage the two share.

Options:

- ``threshold`` (0 < t ≤ 1, optional): the containment that makes a match.
  Defaults to the config's ``settings.reuse_threshold`` (0.5).

The message may use ``{source}``, ``{reference}`` (the reference article's
id), ``{headline}``, ``{share}`` (the containment, as a percentage) and
``{line}`` (where the shared passage starts).

Passes (the index holds the story of Example Press; the article ends with)::

    — Example Press

Fails (the same article, without the credit)::

    Talks resumed on Monday in the capital after a week of ...
"""

from __future__ import annotations

from typing import Literal, Optional

import regex
from pydantic import Field

from validator import refindex, shingles, vocab
from validator.article import Article, Block
from validator.checks.base import CheckModel, Context, Hit, Outcome, block_hit
from validator.patterns import LooseNames, alternatives, loose_names
from validator.model import Evidence

#: where a credit stands (the credit rules' scopes); the first paragraph only at its start
CREDIT_SCOPES = ("byline", "captions", "footer", "last:2")
_DATELINE_SPAN = 100


class Check(CheckModel):
    kind: Literal["reuse"]
    threshold: Optional[float] = Field(default=None, gt=0, le=1)

    def run(self, article: Article, ctx: Context) -> Outcome:
        path = ctx.settings.reference
        if not path:
            return Outcome(skipped="no reference index is given (--reference or settings.reference)")
        index = refindex.reference(path)
        fp = shingles.fingerprint(article)
        if not len(fp.shingles):
            return Outcome(skipped="the article has no prose to compare")
        threshold = self.threshold or ctx.settings.reuse_threshold
        best: dict[str, tuple[float, refindex.Item]] = {}
        for item in index.candidates(fp.signature):
            share = shingles.containment(fp.shingles, item.shingles)
            if share >= threshold and (item.source not in best or share > best[item.source][0]):
                best[item.source] = (share, item)
        hits, evidence = [], []
        blocks = shingles.prose_blocks(article)
        aliases = ctx.settings.outlets
        for source in sorted(best):
            share, item = best[source]
            credit = credited(article, source, ctx, aliases)
            found = fp.passage(blocks, item.shingles)
            values = {"source": source, "reference": item.id, "headline": item.headline or "(no headline)",
                      "share": f"{share:.0%}"}
            if credit is not None:
                evidence.append(Evidence(kind="reuse", text=credit[0], line=credit[1], column=credit[2], data={
                    **values, "share": round(share, 3), "date": item.date, "lang": item.lang}))
                continue
            if found is None:  # the shingles match but no run can be located: report at the start
                hits.append(Hit(blocks[0].line, blocks[0].column, values={**values, "line": str(blocks[0].line)}))
            else:
                block, start, end = found
                hit = block_hit(block, start, end)
                hits.append(Hit(hit.line, hit.column, hit.end_line, hit.end_column, hit.excerpt,
                                {**values, "line": str(hit.line)}))
        return Outcome(hits=hits, evidence=evidence)


def source_names(source: str, aliases: dict[str, list[str]] | None) -> tuple[str, ...]:
    """The names that credit a source: itself, its ``settings.outlets`` aliases
    and, for an agency of the vocabulary, every spelling of it ("AFP" for
    "Agence France-Presse")."""
    names = alternatives(source, aliases)
    agency = vocab.canonical(source)
    for entry in vocab.agencies():
        if agency and entry.name == agency:
            names.extend(entry.names)
    return tuple(dict.fromkeys(names))


def credited(article: Article, source: str, ctx: Context,
             aliases: dict[str, list[str]] | None) -> tuple[str, int, int] | None:
    """Where the article names ``source`` as a credit: (text, line, column), or None."""
    names = loose_names(source_names(source, aliases))
    meta = [*article.wire, article.outlet, article.source.outlet if article.source else None, *article.authors]
    for value in meta:
        if value and _search(ctx, names, value):
            return (f"metadata names {value}", article.line, 1)
    if ctx.facts.value("wire"):  # a wire dateline or tail found by the wire fact
        for ev in ctx.facts.evidence:
            if ev.kind == "wire-marker" and _search(ctx, names, ev.text):
                return (ev.text, ev.line, ev.column)
    for block in article.blocks_in(["first:1"]):
        m = _dateline(ctx, names, block)
        if m:
            return m
    for block in [*article.blocks_in(list(CREDIT_SCOPES)), *_tail_lines(article)]:
        m = _search(ctx, names, block.text)
        if m:
            line, column = block.position(m.start())
            return (block.text.strip()[:160], line, column)
    for image in article.images:
        if image.credit and _search(ctx, names, image.credit):
            return (image.credit, image.credit_line or image.line, image.credit_column or image.column)
    return None


def _tail_lines(article: Article) -> list[Block]:
    """Short lines after the last paragraph that the reader took for page
    furniture: an agency tail ("— Example Press") the reader does not know."""
    last = max((i for i, b in enumerate(article.blocks) if b.kind in ("paragraph", "standfirst", "quote")),
               default=len(article.blocks))
    return [b for b in article.blocks[last + 1:] if b.kind == "furniture" and len(b.text) <= _TAIL_LENGTH]


_TAIL_LENGTH = 80
_BEFORE = regex.compile(r"[(/]\s*$")
_AFTER = regex.compile(r"^\s*[)/\-–—:]")


def _search(ctx: Context, names: LooseNames, text: str) -> regex.Match | None:
    pattern = names.pattern(text)
    return pattern and ctx.search(pattern, text)


def _dateline(ctx: Context, names: LooseNames, block: Block) -> tuple[str, int, int] | None:
    """The source named as a dateline credit at the start of the first paragraph:
    "PARIS (Example Press) -", "CITY, May 3. /Example Press/."."""
    head = block.text[:_DATELINE_SPAN]
    pattern = names.pattern(head)
    for m in ctx.finditer(pattern, head) if pattern else ():
        if _BEFORE.search(head[:m.start()]) or _AFTER.search(head[m.end():m.end() + 3]):
            line, column = block.position(m.start())
            return (head[:m.end() + 1].strip(), line, column)
    return None
