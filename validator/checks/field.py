"""``field``: a metadata field is present, matches a pattern, or is one of a list.

Options:

- ``field`` (required): a dotted metadata name — ``lang``, ``outlet``,
  ``authors``, ``translator``, ``wire``, ``source.outlet``, ``source.author``,
  ``source.url``, ``source.language``, ``source.published``, ``source.title``,
  or any key of the raw metadata (``meta.section``).  A config default for
  the article's path counts as set.
- ``present`` (bool, default true): the field must be set (or, with false,
  must not be).
- ``pattern`` (regex, optional): the value must match (case-insensitive, the
  whole value: anchor it yourself for a full match).
- ``one_of`` (list, optional): the value must be one of these (case-insensitive).

The finding is reported at the line where the article starts (metadata has
no line of its own in every format).

Passes::

    check: {kind: field, field: source.url, pattern: '^https?://'}
    ---
    source: {outlet: Example Daily, url: https://example.org/a/1}

Fails::

    source: {outlet: Example Daily, url: example.org/a/1}
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import field_validator, model_validator

from validator.article import Article
from validator.checks.base import CheckModel, Context, Hit, Outcome
from validator.patterns import compile_pattern
from validator.model import Evidence


class Check(CheckModel):
    kind: Literal["field"]
    field: str
    present: bool = True
    pattern: Optional[str] = None
    one_of: Optional[list[str]] = None

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        if value is not None:
            compile_pattern(value)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Check":
        if not self.present and (self.pattern or self.one_of):
            raise ValueError("present: false cannot go with pattern or one_of")
        return self

    def _value(self, article: Article, ctx: Context):
        if self.field.startswith("meta."):
            value = article.meta
            for part in self.field[5:].split("."):
                value = value.get(part) if isinstance(value, dict) else None
            return value
        return ctx.facts.field(self.field)

    def run(self, article: Article, ctx: Context) -> Outcome:
        value = self._value(article, ctx)
        present = value not in (None, "", (), [], {})
        where = Hit(article.line, 1, values={"value": str(value) if present else "(absent)"})
        if not self.present:
            return Outcome(hits=[where] if present else [])
        if not present:
            return Outcome(hits=[where])
        values = [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
        for v in values:
            if self.pattern and not ctx.search(compile_pattern(self.pattern), v):
                return Outcome(hits=[Hit(article.line, 1, values={"value": v})])
            if self.one_of and v.lower() not in {o.lower() for o in self.one_of}:
                return Outcome(hits=[Hit(article.line, 1, values={"value": v})])
        return Outcome(evidence=[Evidence(kind=self.field, text=", ".join(values), line=article.line)])
