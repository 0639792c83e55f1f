"""``residue``: page furniture left in the article, one finding per region.

Options:

- ``find`` (list, default ``[lexicon]``): what counts as residue —
  ``lexicon``: ``line_patterns`` standing as a whole line and
  ``patterns`` anywhere; ``menus``: a run of four or more consecutive lines of
  one to three words (no digits, no sentence punctuation) above the headline or
  after the last paragraph, one finding for the run; ``title``: the headline standing again, as a line of its
  own or opening a paragraph (after a timestamp or an agency tag; headlines of
  three words or more; a shorter one only as the whole line just above or below it); ``repeats``: a line of four words or more (a caption,
  teaser, headline) standing a second time, a teaser of six words or more opening
  the paragraph right after it again, or a link label of two words or more
  printed twice with nothing between ("view the sourceview the source"); ``learned``: a short line the
  batch's articles share (see ``--learn-residue``; inactive outside such a batch).
- ``line_patterns`` (list): regular expressions that must be a whole line, give or
  take bullets, emphasis, brackets, arrows and closing punctuation — "Read more"
  on its own line is residue, a sentence that says "read more" is not.  A line
  that is only an ellipsis ("…", "[...]") is residue too.
- ``patterns`` (list): regular expressions found anywhere (in a paragraph longer
  than 20,000 characters, within its first and last 5,000: residue glued into a
  run-on text sits at its edges).
- ``max_hits`` (int, default 50): findings per article at most.

Never residue: bylines, photo credit lines, closing notes (a translator's
disclaimer, "Source: …") and, for ``repeats`` and ``learned``, lines naming a
news agency.  Consecutive residue lines of one paragraph or line group make one
finding at the first; the message may use ``{match}`` (the first residue text)
and ``{detail}`` (how many lines the region spans, why it is residue when not
the lexicon: "the headline again", "a line found in 12 of the batch's 40
articles").

Passes::

    check: {kind: residue, line_patterns: ['read more']}
    ...
    Readers who want to read more about the truce can...

Fails (line 45)::

    Read more
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import field_validator

from validator.article import Article
from validator.checks.base import CheckModel, Context, Hit, Outcome, excerpt
from validator.detect import chained, glued, repeated, residue
from validator.detect.firstchar import LineAlternation
from validator.patterns import PATTERN_FLAGS, check_pattern, compile_pattern, fill, placeholders, screened
from validator.vocab import expand



Source = Literal["lexicon", "menus", "title", "repeats", "learned"]


@lru_cache(maxsize=16)
def _lines(joined: str) -> LineAlternation:
    """The whole-line patterns, tried on a line with those that may start as it does."""
    return LineAlternation(expand(joined), PATTERN_FLAGS)


class Check(CheckModel):
    kind: Literal["residue"]
    find: list[Source] = ["lexicon"]
    patterns: list[str] = []
    line_patterns: list[str] = []
    max_hits: int = 50

    @field_validator("patterns", "line_patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [check_pattern(p) for p in value]

    @field_validator("find")
    @classmethod
    def _some(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("needs at least one of lexicon, menus, title, repeats, learned")
        return value

    def placeholders(self) -> set[str]:
        return set().union(*(placeholders(p) for p in [*self.patterns, *self.line_patterns]))

    def model_post_init(self, _context) -> None:
        # the lexicon is large: compile it when the pack is loaded (cached), not within
        # the first article's time budget
        if not self.placeholders():
            self._lexicon(lambda name: None)
            if {"repeats", "learned"} & set(self.find):
                compile_pattern("{@agencies}")

    def _lexicon(self, lookup):
        anywhere = None
        if self.patterns:
            joined = "|".join(f"(?:{p})" for p in self.patterns)
            anywhere = fill(joined, lookup) if self.placeholders() else screened(joined)
        whole = None
        if self.line_patterns:
            joined = "|".join(f"(?:{p})" for p in self.line_patterns)
            whole = fill(joined, lookup) if self.placeholders() else _lines(joined)
        return anywhere, whole

    def run(self, article: Article, ctx: Context) -> Outcome:
        spans: list[residue.Span] = []
        agencies = compile_pattern("{@agencies}") if {"repeats", "learned"} & set(self.find) else None
        if "lexicon" in self.find and (self.patterns or self.line_patterns):
            anywhere, whole = self._lexicon(ctx.facts.field)
            spans += residue.lexicon_spans(article, whole, anywhere, ctx)
            if whole is not None:
                spans += chained.chain_spans(article, whole, ctx)
        if "menus" in self.find:
            menus, covered = residue.menu_spans(article)
            spans = [s for s in spans if s.block not in covered] + menus
        if "title" in self.find:
            spans += repeated.title_spans(article)
        if "repeats" in self.find:
            spans += repeated.repeat_spans(article, agencies) + repeated.teaser_spans(article) \
                + glued.glued_spans(article)
        learned = getattr(ctx, "boilerplate", None)
        if "learned" in self.find and learned is not None:
            spans += residue.learned_spans(article, learned, agencies)
        hits: list[Hit] = []
        for region in residue.regions(article, spans):
            block = region.block
            line, column = block.position(region.start)
            end_line, end_column = block.position(region.end)
            text = block.text[region.start:region.end].split("\n")[0].strip()
            details = [d for d in (region.note, f"{region.lines} lines" if region.lines > 1 else "") if d]
            hits.append(Hit(line, column, end_line, end_column, excerpt(block.text[region.start:region.end]),
                            {"match": text, "detail": f" ({', '.join(details)})" if details else ""}))
            if len(hits) >= self.max_hits:
                break
        return Outcome(hits=sorted(hits, key=lambda h: (h.line, h.column)))
