"""``language``: the text is in the declared language, with no passage left in another.

Options:

- ``mode`` (required): what to assert —

  - ``mismatch``: the language detected in the scope (a sample of the head of
    every paragraph, so one foreign paragraph near the top cannot decide it)
    is the declared ``lang`` (metadata, or the project config's default for
    the path).  Reported once, at the first paragraph; skipped when no
    language is declared, when the declared one is not a supported language,
    or when the detection is below ``min_probability`` (``undetermined``
    covers that).
  - ``passages``: no block of the scope (paragraph, heading, caption…) is
    confidently in a language other than the declared one (or, when none is
    declared, the detected one).  Every such block is reported at its line
    and column.  When the whole text reads as another language, that is
    ``mismatch``'s finding and ``passages`` is skipped.  Blocks with fewer than ``min_letters`` letters, block
    quotations, quoted and emphasised phrases, and paragraphs made mostly of
    proper names (capitalised words) are not judged; a block of under ~80
    letters is only reported when two methods agree (its script or function
    words, and langdetect).
  - ``undetermined``: the language of the scope cannot be told — no letters,
    too short (fewer than ``min_letters`` letters), scripts too mixed (no
    script has 60% of the letters) or no language with ``min_probability``.
    Reported once.

- ``scope`` (list, default ``[body]``): the blocks judged — ``body``,
  ``title``, ``standfirst``, ``captions``, ``footer``, ``text``, ``first:N``…
- ``min_letters`` (int, default 40, or the config's
  ``settings.language_min_letters``): blocks with fewer letters are too short
  to judge.
- ``min_probability`` (float, default 0.9): how sure the detection must be.
  It is langdetect's probability, or for the rule-based methods (script,
  letters, Kurdish) the share of the letters in the script judged on.
- ``ignore_quoted`` (bool, default true): leave block quotations, “quoted”,
  «quoted», "quoted" and *emphasised* phrases out of ``passages``.

Message values: ``{detected}``, ``{probability}``, ``{declared}`` (mismatch,
passages); ``{reason}``, ``{detected}``, ``{probability}`` (undetermined).

How a language is told: by the script of the letters, the letters unique to
one language of a script, and the function words of en, fr, de, es, it, pt,
nl, tr and kmr; by langdetect when those do not settle it.  Languages: those
of langdetect with ``zh-cn``/``zh-tw`` as ``zh``, plus Sorani (``ckb``) and
Kurmanji (``kmr``) Kurdish; a declared ``ku`` accepts either, and BCP 47 tags
compare by their language (``en-GB`` is ``en``).  See ``validator/language/``.

Passes (``mode: passages``)::

    ---
    lang: en
    ---
    Protesters chanted “الشعب يريد إسقاط النظام” before police dispersed them.

    Abu Mohammad al-Jolani met Abdul Rahman al-Qahtani in Saraqib on Tuesday.

Fails (``mode: passages``, reported at line 7)::

    ---
    lang: en
    ---
    The council said work on new water pipes would start before the summer.

    وأكد رئيس المجلس أن المشروع ممول من منظمة دولية، وأن الأعمال ستنتهي قبل نهاية العام.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from validator import language
from validator.article import Article
from validator.facts import article_language, block_languages
from validator.checks.base import Context, Hit, Outcome, block_hit, ScopedCheck

#: below this share of the letters in one script, an article is too mixed to tell
MIXED_SHARE = 0.6


class Check(ScopedCheck):
    kind: Literal["language"]
    mode: Literal["mismatch", "passages", "undetermined"]
    scope: list[str] = ["body"]
    min_letters: int = Field(default=language.MIN_LETTERS, ge=1)
    min_probability: float = Field(default=0.9, ge=0.0, le=1.0)
    ignore_quoted: bool = True

    def _min_letters(self, ctx: Context) -> int:
        if "min_letters" in self.model_fields_set:
            return self.min_letters
        return ctx.settings.language_min_letters or self.min_letters

    def run(self, article: Article, ctx: Context) -> Outcome:
        if self.mode == "mismatch":
            return self._mismatch(ctx)
        if self.mode == "passages":
            return self._passages(ctx)
        return self._undetermined(article, ctx)

    def _declared(self, ctx: Context) -> str | None:
        value = ctx.facts.value("lang")
        return str(value) if value not in (None, "") else None

    def _mismatch(self, ctx: Context) -> Outcome:
        declared = self._declared(ctx)
        if declared is None:
            return Outcome(skipped="no declared language")
        if not language.is_supported(declared):
            return Outcome(skipped=f"the declared language {declared} is not one provcheck can detect")
        det, _, first = article_language(ctx.facts, tuple(self.scope))
        if first is None:
            return Outcome(skipped="no text in scope")
        if det.lang is None or det.letters < self._min_letters(ctx):
            return Outcome(skipped=f"the language cannot be told ({det.note or det.method})")
        if det.prob < self.min_probability:
            return Outcome(skipped=f"the language is not certain ({det.lang}, p={det.prob:.2f})")
        if language.same_language(declared, det.lang):
            return Outcome()
        values = {"detected": det.lang, "probability": f"{det.prob:.2f}", "declared": declared}
        return Outcome(hits=[block_hit(first, 0, len(first.text), values)])

    def _passages(self, ctx: Context) -> Outcome:
        declared = self._declared(ctx)
        if declared is None:
            det, _, _ = article_language(ctx.facts, tuple(self.scope))
            if det.lang is None or det.prob < self.min_probability:
                return Outcome(skipped="no declared language, and the text's own cannot be told")
            declared = det.lang
        if not language.is_supported(declared):
            return Outcome(skipped=f"the declared language {declared} is not one provcheck can detect")
        whole, _, _ = article_language(ctx.facts, tuple(self.scope))
        if whole.lang and whole.prob >= self.min_probability and not language.same_language(declared, whole.lang):
            return Outcome(skipped=f"the whole text reads as {whole.lang}, not {declared} (a mismatch, not a passage)")
        hits = []
        for block, det in block_languages(ctx.facts, tuple(self.scope), self._min_letters(ctx),
                                          self.ignore_quoted, declared):
            if (det.lang and det.reliable and det.prob >= self.min_probability
                    and not language.same_language(declared, det.lang)):
                values = {"detected": det.lang, "probability": f"{det.prob:.2f}", "declared": declared}
                hits.append(block_hit(block, 0, len(block.text), values))
        return Outcome(hits=hits)

    def _undetermined(self, article: Article, ctx: Context) -> Outcome:
        det, _, first = article_language(ctx.facts, tuple(self.scope))
        if first is None:
            reason = "there is no text"
        elif det.lang is None:
            reason = det.note or det.method
        elif det.letters < self._min_letters(ctx):
            reason = f"only {det.letters} letters"
        elif det.share < MIXED_SHARE:
            reason = f"the scripts are mixed ({det.script} is {det.share:.0%} of the letters)"
        elif det.prob < self.min_probability:
            reason = f"the best guess, {det.lang}, has p={det.prob:.2f}"
        else:
            return Outcome()
        values = {"reason": reason, "detected": det.lang or "unknown", "probability": f"{det.prob:.2f}"}
        if first is None:
            return Outcome(hits=[Hit(article.line, 1, values=values)])
        return Outcome(hits=[block_hit(first, 0, len(first.text), values)])
