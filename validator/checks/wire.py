"""``wire``: a wire story credits each agency it comes from.

The story's agencies are the ones metadata names (``wire: [Reuters]``) or, without
it, the ones its wire forms name — a dateline, a byline, a closing credit, a
house sign-off (:mod:`validator.detect.wire` lists the forms; the agencies and
the wording come from the vocabulary, ``rules/vocab.yaml``).  The check passes
when a *credit* names each of them:

- a byline (``By Jane Roe, Reuters``, ``Associated Press``), a credit line or a
  closing credit (``- REUTERS``, ``The Associated Press contributed to this
  report``, ``(FR mit dpa)``, ``Con información de AFP``, ``© 2019 The
  Associated Press``);
- a dateline that names the agency (``DAMASCUS (Reuters) -``, ``MOSCOW, March 3.
  /TASS/.``) when ``settings.dateline_credits`` is true (the default: that is how
  wire copy is credited); set it to false to ask for a byline or closing credit
  as well;
- metadata ``wire`` (a CMS prints the credit from it), unless
  ``metadata_credits`` is false;
- a match of one of the rule's own ``patterns``.

A credit that names no agency ("with agencies", "SOURCE: News agencies")
credits a story whose agency is not known (a configured path, a house
sign-off); a house sign-off ("(Reporting by …; Editing by …)") marks a story as
wire copy but credits nobody, and so does the agency's own reporting in a story
with no other wire form ("a commander told AFP", "SANA reporter said").  An
agency cited for one fact ("according to Reuters") or named in a photo credit is
neither.

Options:

- ``patterns`` (list, default none): further credit forms, regular expressions
  (case-insensitive; ``{@wire_agencies}`` and the other vocabulary placeholders
  allowed), looked for in ``scope``; the agency a match names is read from it.
- ``scope`` (list, default ``[byline, footer, last:3]``): where ``patterns`` are
  looked for, and where a missing credit is reported (its last block that is not
  page furniture).
- ``metadata_credits`` (bool, default true): metadata ``wire`` counts as a credit.

The message may use ``{agency}``: the agencies not credited, or "its agency".

Passes::

    check: {kind: wire}
    ...
    DAMASCUS (Reuters) - A ceasefire held on Monday.

Fails (with ``settings.dateline_credits: false``, or with a sign-off alone)::

    DAMASCUS (Reuters) - A ceasefire held on Monday.
    ...
    (Reporting by Jane Roe; Editing by John Doe)
"""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from validator import vocab
from validator.article import Article
from validator.checks.base import CheckModel, Context, Hit, Outcome, excerpt, validate_scopes
from validator.detect.wire import agency_named, warm
from validator.facts import wire_hits
from validator.patterns import check_pattern, compile_pattern
from validator.model import Evidence


class Check(CheckModel):
    kind: Literal["wire"]
    patterns: list[str] = []
    scope: list[str] = ["byline", "footer", "last:3"]
    metadata_credits: bool = True

    def model_post_init(self, context) -> None:
        warm()  # the wire forms' sources are built once per process; each form compiles on first use

    @field_validator("scope")
    @classmethod
    def _scope(cls, value: list[str]) -> list[str]:
        return validate_scopes(value)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [check_pattern(p) for p in value]

    def run(self, article: Article, ctx: Context) -> Outcome:
        hits = wire_hits(ctx.facts)
        if article.wire and self.metadata_credits:
            return Outcome(evidence=[Evidence(kind="wire", text=f"metadata wire: {', '.join(article.wire)}",
                                              line=article.line)])
        if article.wire:
            agencies = {vocab.canonical(a, "wire") or a for a in article.wire}
        else:
            agencies = {h.agency for h in hits if h.agency}
        credits = [(h.agency, Evidence(kind="wire-credit", text=h.text, line=h.line, column=h.column,
                                       data={"agency": h.agency, "form": h.form}))
                   for h in hits if h.credit]
        blocks = article.blocks_in(self.scope)
        for pattern in map(compile_pattern, self.patterns):
            for block in blocks:
                for m in ctx.finditer(pattern, block.text):
                    line, column = block.position(m.start())
                    agency = agency_named(m.group(0))
                    credits.append((agency, Evidence(kind="wire-credit", text=excerpt(m.group(0), 300), line=line,
                                                     column=column, data={"agency": agency, "form": "pattern"})))
        named = {agency for agency, _ in credits}
        missing = sorted(agencies - named)
        if (credits and not missing) if agencies else credits:
            shown = [ev for agency, ev in credits if agency in agencies or not agencies]
            return Outcome(evidence=shown)
        what = ", ".join(missing) if missing else "its agency"
        shown_blocks = [b for b in blocks if b.kind != "furniture"] or blocks
        if shown_blocks:
            at = shown_blocks[-1]
            return Outcome(hits=[Hit(at.line, at.column, *at.end, excerpt=excerpt(at.text), values={"agency": what})])
        return Outcome(hits=[Hit(article.line, 1, values={"agency": what})])
