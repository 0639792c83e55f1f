"""``require``: a pattern occurs in a scope of the article.

Options:

- ``patterns`` (list, required): regular expressions; any one found passes.
  Case-insensitive; ``^``/``$`` match at line ends; ``{source.outlet}``-style
  placeholders are filled from the article (see *Patterns*).
- ``scope`` (list, default ``[text]``): where to look — ``title``,
  ``standfirst``, ``body``, ``captions``, ``byline``, ``footer``,
  ``furniture``, ``text`` (all but furniture), ``all``, ``first:N``,
  ``last:N`` (the first/last N prose blocks: standfirst, paragraphs, quotes,
  footer).
- ``satisfied_by`` (list, default none): metadata fields (``wire``,
  ``authors``, ``source.url``, ``links``) any of which, when set, satisfies the
  rule without a match in the text.
- ``report_at`` (``first`` or ``last``, default ``last``): where a missing
  pattern is reported — the first or the last block of the scope.

The text that matched is recorded as the rule's ``evidence`` when the rule
names one.

Passes::

    check: {kind: require, scope: [last:3], patterns: ['translated (and edited )?by']}
    ...
    This article was translated and edited by The Levant Digest.

Fails (reported at the last paragraph)::

    ...the talks ended on Wednesday.
"""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from validator.article import Article
from validator.checks.base import Context, Hit, Outcome, excerpt, ScopedCheck
from validator.detect.alternation import Alternation
from validator.patterns import check_pattern, fill, placeholders, screened
from validator.model import Evidence


class Check(ScopedCheck):
    kind: Literal["require"]
    patterns: list[str]
    scope: list[str] = ["text"]
    satisfied_by: list[str] = []
    report_at: Literal["first", "last"] = "last"

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("needs at least one pattern")
        return [check_pattern(p) for p in value]

    def placeholders(self) -> set[str]:
        return set().union(*(placeholders(p) for p in self.patterns))

    def run(self, article: Article, ctx: Context) -> Outcome:
        for name in self.satisfied_by:
            value = ctx.facts.field(name)
            if value:
                shown = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) and \
                    all(isinstance(v, str) for v in value) else str(value if not isinstance(value, tuple)
                                                                      else f"{len(value)} link(s)")
                return Outcome(evidence=[Evidence(kind=name, text=f"metadata {name}: {shown}", line=article.line)])
        aliases = ctx.settings.outlets
        compiled = [fill(p, ctx.facts.field, aliases) if placeholders(p) else screened(p) for p in self.patterns]
        if all(c is None for c in compiled):
            names = ", ".join(sorted(self.placeholders()))
            return Outcome(skipped=f"the article has no {names} to look for")
        blocks = article.blocks_in(self.scope)
        for block in blocks:
            for pattern in compiled:
                if isinstance(pattern, Alternation):  # only the phrases the block may hold
                    pattern = pattern.pattern(block.text)
                if pattern is None:
                    continue
                m = ctx.search(pattern, block.text)
                if m:
                    line, column = block.position(m.start())
                    return Outcome(evidence=[Evidence(kind="match", text=excerpt(block.text, 300),
                                                      line=line, column=column,
                                                      data={"matched": m.group(0)})])
        if blocks:
            at = blocks[0] if self.report_at == "first" else blocks[-1]
            return Outcome(hits=[Hit(at.line, at.column, *at.end, excerpt=excerpt(at.text))])
        return Outcome(hits=[Hit(article.line, 1)])
