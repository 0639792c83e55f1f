"""``mention``: a metadata value (the source outlet, say) is named in the text.

Options:

- ``field`` (required): the dotted metadata name whose value must be named —
  ``source.outlet``, ``source.author``, ``translator``, ``outlet``.  For
  ``source.outlet`` the outlet found in the text ("…, writes Example Daily.")
  stands in when metadata names none.
- ``scope`` (list, default ``[text]``): where the name must stand (see
  ``require``).
The message may use ``{value}`` (the name looked for) and ``{problem}`` (what is
wrong, in words: the name is not named in the scope, or there is no name).

- ``missing`` (``skip`` or ``fail``, default ``skip``): what to do when the
  article has no value for the field — the rule does not apply (``skip``) or
  fails (``fail``: "no original outlet is named").

Names are matched loosely (case, hyphens, dots, apostrophes and spaces may
differ: "Al-Souria Net", "AlSouria.net") and through the config's
``settings.outlets`` aliases (``{"Example Daily": ["الديلي"]}``).  The name
found is recorded as the rule's evidence.

Passes::

    check: {kind: mention, field: source.outlet, scope: [standfirst, first:1, footer]}
    source: {outlet: Example Daily}
    ... the ceasefire was holding, writes Example-Daily.

Fails::

    source: {outlet: Example Daily}
    ... the ceasefire was holding.   (and no other mention in scope)
"""

from __future__ import annotations

from typing import Literal


from validator.article import Article, describe_scopes
from validator.checks.base import Context, Hit, Outcome, excerpt, ScopedCheck
from validator.patterns import alternatives, loose_names
from validator.model import Evidence


class Check(ScopedCheck):
    kind: Literal["mention"]
    field: str
    scope: list[str] = ["text"]
    missing: Literal["skip", "fail"] = "skip"

    def run(self, article: Article, ctx: Context) -> Outcome:
        value = ctx.facts.field(self.field)
        names = [str(v) for v in value if v] if isinstance(value, (list, tuple)) else ([str(value)] if value else [])
        blocks = article.blocks_in(self.scope)
        if not names:
            if self.missing == "skip":
                return Outcome(skipped=f"the article has no {self.field}")
            return Outcome(hits=[_hit(article, blocks, {
                "value": "", "problem": f"no {self.field} in the metadata, and none is named in the text"})])
        aliases = ctx.settings.outlets
        evidence = []
        for name in names:
            looked_for = loose_names(tuple(alternatives(name, aliases)))
            found = None
            for block in blocks:
                pattern = looked_for.pattern(block.text)
                m = pattern and ctx.search(pattern, block.text)
                if m:
                    line, column = block.position(m.start())
                    found = Evidence(kind="mention", text=m.group(0), line=line, column=column,
                                     data={"field": self.field, "value": name})
                    break
            if found is None:
                return Outcome(hits=[_hit(article, blocks, {
                    "value": name, "problem": f"'{name}' is not named in {describe_scopes(self.scope)}"})])
            evidence.append(found)
        return Outcome(evidence=evidence)


def _hit(article: Article, blocks: list, values: dict[str, str]) -> Hit:
    """A hit at the first block of the scope (or the article's start)."""
    if not blocks:
        return Hit(article.line, 1, values=values)
    return Hit(blocks[0].line, blocks[0].column, excerpt=excerpt(blocks[0].text), values=values)
