"""``forbid``: a pattern does not occur; every hit is reported where it stands.

Options:

- ``patterns`` (list): regular expressions found anywhere (case-insensitive,
  ``^``/``$`` at line ends, placeholders filled from the article).
- ``line_patterns`` (list): regular expressions that must be a whole line,
  give or take surrounding Markdown emphasis, bullets, brackets and closing
  punctuation — so that the button label "Read more" on a line of its own is
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

import regex
from pydantic import field_validator, model_validator

from validator.article import Article
from validator.checks.base import CheckModel, Context, Hit, Outcome, block_hit, validate_scopes
from validator.patterns import check_pattern, fill, placeholders

_OPEN = r"^[ \t>*_\[(\-–—•·|#]*"
_LINK_TAIL = regex.compile(r"\]\([^)\s]*\)[^\w]*$")
_CLOSE = r"[ \t*_\]).!?:…|]*(?:\]?\([^)\s]*\))?[ \t*_.!?:…|]*$"


class Check(CheckModel):
    kind: Literal["forbid"]
    patterns: list[str] = []
    line_patterns: list[str] = []
    scope: list[str] = ["all"]
    max_hits: int = 50

    @field_validator("scope")
    @classmethod
    def _scope(cls, value: list[str]) -> list[str]:
        return validate_scopes(value)

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

    def _source(self) -> str:
        parts = [f"(?:{p})" for p in self.patterns]
        if self.line_patterns:
            lines = "|".join(f"(?:{p})" for p in self.line_patterns)
            parts.append(f"{_OPEN}(?:{lines}){_CLOSE}")
        return "|".join(parts)

    def run(self, article: Article, ctx: Context) -> Outcome:
        pattern = fill(self._source(), ctx.facts.field, getattr(ctx.settings, "outlets", None))
        if pattern is None:
            return Outcome(skipped=f"the article has no {', '.join(sorted(self.placeholders()))}")
        hits: list[Hit] = []
        for block in article.blocks_in(self.scope):
            lines_hit: set[int] = set()
            for m in ctx.finditer(pattern, block.text):
                line = block.position(m.start())[0]
                if m.end() == m.start() or line in lines_hit:
                    continue  # one finding per line is enough
                lines_hit.add(line)
                start, end = m.span()
                # report the matched words, not the surrounding markup
                while start < end and block.text[start] in " \t>*_[(-–—•·|#":
                    start += 1
                link = _LINK_TAIL.search(block.text, start, end)
                if link:
                    end = link.start()
                hit = block_hit(block, start, end)
                hits.append(Hit(hit.line, hit.column, hit.end_line, hit.end_column, hit.excerpt,
                                {"match": block.text[start:end].strip()}))
                if len(hits) >= self.max_hits:
                    return Outcome(hits=hits)
        return Outcome(hits=hits)
