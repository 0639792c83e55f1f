"""``forbid``: a pattern does not occur; every hit is reported where it stands.

Options:

- ``patterns`` (list): regular expressions found anywhere (case-insensitive,
  ``^``/``$`` at line ends, placeholders filled from the article).
- ``line_patterns`` (list): regular expressions that must be a whole line,
  give or take surrounding Markdown emphasis, bullets, brackets, arrows,
  guillemets and closing punctuation — so that the button label "Read more" on a line of its own is
  found, but a sentence that quotes "read more" is not.  At least one of
  ``patterns`` and ``line_patterns`` is required.
- ``scope`` (list, default ``[all]``): where to look (see ``require``).
- ``max_hits`` (int, default 50): hits reported per article at most.

Each hit is a finding at its own line and column (the first hit of a line); the message may use
``{match}``, the text that matched.

Passes::

    check: {kind: forbid, line_patterns: ['read more']}
    ...
    Readers who want to read more about the truce can...

Fails (line 45)::

    Read more
"""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator, model_validator

from validator.article import Article
from validator.checks.base import Context, Hit, Outcome, block_hit, ScopedCheck
from validator.detect.residue import MAX_LINE, line_core
from validator.patterns import check_pattern, fill, placeholders


class Check(ScopedCheck):
    kind: Literal["forbid"]
    patterns: list[str] = []
    line_patterns: list[str] = []
    scope: list[str] = ["all"]
    max_hits: int = 50

    @field_validator("patterns", "line_patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [check_pattern(p) for p in value]

    @model_validator(mode="after")
    def _some(self) -> "Check":
        if not self.patterns and not self.line_patterns:
            raise ValueError("needs patterns or line_patterns")
        return self

    def placeholders(self) -> set[str]:
        return set().union(*(placeholders(p) for p in [*self.patterns, *self.line_patterns]))

    def _spans(self, text: str, anywhere, whole, ctx: Context):
        """(start, end) of every hit in a block's text, in order."""
        spans = []
        if anywhere is not None:
            spans += [m.span() for m in ctx.finditer(anywhere, text) if m.end() > m.start()]
        if whole is not None:
            offset = 0
            for line in text.split("\n"):
                start, end = line_core(line)
                if 0 < end - start <= MAX_LINE and ctx.fullmatch(whole, line, start, end):
                    spans.append((offset + start, offset + end))
                offset += len(line) + 1
        return sorted(spans)

    def run(self, article: Article, ctx: Context) -> Outcome:
        aliases = ctx.settings.outlets
        anywhere = whole = None
        if self.patterns:
            anywhere = fill("|".join(f"(?:{p})" for p in self.patterns), ctx.facts.field, aliases)
        if self.line_patterns:
            whole = fill("|".join(f"(?:{p})" for p in self.line_patterns), ctx.facts.field, aliases)
        if anywhere is None and whole is None:
            return Outcome(skipped=f"the article has no {', '.join(sorted(self.placeholders()))}")
        hits: list[Hit] = []
        for block in article.blocks_in(self.scope):
            lines_hit: set[int] = set()
            for start, end in self._spans(block.text, anywhere, whole, ctx):
                hit = block_hit(block, start, end)
                if hit.line in lines_hit:
                    continue  # one finding per line is enough
                lines_hit.add(hit.line)
                hits.append(Hit(hit.line, hit.column, hit.end_line, hit.end_column, hit.excerpt,
                                {"match": block.text[start:end].strip()}))
                if len(hits) >= self.max_hits:
                    return Outcome(hits=hits)
        return Outcome(hits=hits)
