"""``agree``: the metadata declarations of one thing (the language, say) agree.

A page often says the same thing several times: HTML declares its language
in ``<html lang>``, ``og:locale``, JSON-LD ``inLanguage`` and a
Content-Language meta tag; Markdown in its front matter.  Readers keep every
declaration in a mapping — declaration → value, e.g. ``Article.languages ==
{"html lang": "en", "og:locale": "en", "inLanguage": "fr"}`` — and this check
fails when the values differ.

Options:

- ``field`` (required): the declarations to compare: ``languages`` (those
  the readers gather), or the key of a mapping in the article's raw metadata
  (front matter, JSON record).
- ``compare`` (``exact`` or ``primary``, default ``exact``): ``exact``
  compares whole values (case and surrounding spaces aside); ``primary``
  compares only the part before the first ``-`` or ``_`` — a BCP 47 primary
  language subtag, so ``en-GB``, ``en_US`` and ``en`` agree.

The rule does not apply (skipped) when the article has fewer than two
declarations.  The finding stands at the line where the article starts; its
message value ``{values}`` lists every declaration ("html lang 'en',
inLanguage 'fr'").  Declarations that agree are recorded as evidence.

Passes::

    check: {kind: agree, field: languages, compare: primary}
    <html lang="en-GB"> … <meta property="og:locale" content="en_GB"> … "inLanguage": "en"

Fails::

    <html lang="en"> … <meta property="og:locale" content="fr_FR">
"""

from __future__ import annotations

import re
from typing import Any, Literal

from validator.article import Article
from validator.checks.base import CheckModel, Context, Hit, Outcome, excerpt
from validator.model import Evidence

_SUBTAG = re.compile(r"[-_]")
#: the declarations readers gather into a field of the Article
DECLARED = frozenset({"languages"})


def declarations(value: Any) -> dict[str, str]:
    """The declarations of a mapping with a text value, by name."""
    if not isinstance(value, dict):
        return {}
    out = {}
    for name, raw in value.items():
        if isinstance(raw, (str, int, float)) and not isinstance(raw, bool) and str(raw).strip():
            out[str(name)] = str(raw).strip()
    return out


class Check(CheckModel):
    kind: Literal["agree"]
    field: str
    compare: Literal["exact", "primary"] = "exact"

    def _key(self, value: str) -> str:
        value = value.casefold()
        return _SUBTAG.split(value, 1)[0] if self.compare == "primary" else value

    def run(self, article: Article, ctx: Context) -> Outcome:
        found = declarations(getattr(article, self.field) if self.field in DECLARED else article.meta.get(self.field))
        if not found:
            return Outcome(skipped=f"the article has no {self.field} declarations")
        if len(found) == 1:
            return Outcome(skipped=f"only one {self.field} declaration ({next(iter(found))}): nothing to compare")
        values = ", ".join(f"{name} '{value}'" for name, value in found.items())
        if len({self._key(v) for v in found.values()}) > 1:
            return Outcome(hits=[Hit(article.line, 1, excerpt=excerpt(values),
                                     values={"values": values, "field": self.field})])
        return Outcome(evidence=[Evidence(kind=f"agree-{self.field}", text=values, line=article.line,
                                          data={"field": self.field, "declarations": found})])
