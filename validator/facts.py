"""Derived facts about an article, each with the reason it holds.

Rules ask questions of an article — is it a translation? a wire story? does
it have images? — through ``when`` conditions and placeholders.  A fact is
computed once per article, on first use, and always carries its reason, so
that every finding can say why its rule applied.

Fact functions are registered by name with :func:`register`.  The language
facts are here too: :mod:`validator.language` judges blocks and knows nothing
of facts; :func:`article_language` and :func:`block_languages` cache its
answers per article (in ``memo["language"]``).
"""

from __future__ import annotations

from typing import Any, Callable

import regex

from validator import language, vocab
from validator.article import Article, Block, Image
from validator.credits import parse_credit
from validator.detect.wire import detect as detect_wire
from validator.detect.outlet import OutletCredit, find_outlet
from validator.detect.translation import Disclaimer, find_disclaimer, find_parallel, foreign_outlet
from validator.language import Detection
from validator.model import Evidence, Fact
from validator.settings import Settings

FactFn = Callable[[Article, "Facts"], Fact]
FACTS: dict[str, FactFn] = {}


def register(name: str) -> Callable[[FactFn], FactFn]:
    def deco(fn: FactFn) -> FactFn:
        FACTS[name] = fn
        return fn

    return deco


class Facts:
    """The lazily computed facts of one article.

    ``defaults`` are the project config's path defaults that matched this
    article (``{"translated": True, "source.language": "ar"}``) with the
    glob that set them, as ``(value, reason)`` pairs.
    """

    def __init__(self, article: Article, defaults: dict[str, tuple[Any, str]] | None = None,
                 settings: Settings | None = None, relpath: str | None = None):
        self.article = article
        #: the article's path relative to the project root (for path globs)
        self.relpath = relpath or article.path
        self.defaults = defaults or {}
        self.settings = settings if settings is not None else Settings()
        self._cache: dict[str, Fact] = {}
        self.memo: dict = {}
        #: evidence found while computing facts (wire credit, photo credits)
        self.evidence: list[Evidence] = []

    def get(self, name: str) -> Fact:
        if name not in self._cache:
            if name not in FACTS:
                raise KeyError(f"unknown fact {name!r}")
            self._cache[name] = FACTS[name](self.article, self)
        return self._cache[name]

    def value(self, name: str) -> Any:
        return self.get(name).value

    def detected_language(self) -> Fact | None:
        """The ``detected_language`` fact if a language judgement of the article is
        already cached (a language rule ran, so showing it costs nothing), else None."""
        return self.get("detected_language") if "language" in self.memo else None

    def computed(self) -> dict[str, Fact]:
        """The facts computed so far, by name (what the report shows)."""
        return dict(sorted(self._cache.items()))

    def field(self, name: str) -> Any:
        """A metadata field by dotted name, or a config default for it."""
        value: Any = self.article
        for part in name.split("."):
            if value is None:
                break
            if isinstance(value, dict):
                value = value.get(part)
            else:
                value = getattr(value, part, None)
        if value in (None, "", (), []) and name in self.defaults:
            value = self.defaults[name][0]
        if name == "source.outlet" and not value:
            value = self.value("source_outlet")
        return value


# --- patterns -----------------------------------------------------------------

_FLAGS = regex.IGNORECASE | regex.VERSION1


def _prose(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.kind in ("standfirst", "paragraph", "quote", "footer")]


# --- facts --------------------------------------------------------------------


@register("lang")
def _lang(article: Article, facts: Facts) -> Fact:
    if article.lang:
        return Fact(value=article.lang, reason=f"metadata lang is {article.lang}")
    if "lang" in facts.defaults:
        value, why = facts.defaults["lang"]
        return Fact(value=value, reason=why)
    return Fact(value=None, reason="no language is declared")


@register("has_images")
def _has_images(article: Article, facts: Facts) -> Fact:
    """Whether the article has images; each image's credit is recorded as evidence."""
    facts.evidence.extend(ev for ev in map(credit_evidence, article.images) if ev)
    n = len(article.images)
    if not n:
        return Fact(value=False, reason="no image, figure or photo credit line found")
    where = ", ".join(f"line {im.line}" for im in article.images[:5])
    return Fact(value=True, reason=f"{n} image{'s' if n > 1 else ''} ({where})")


def credit_evidence(image: Image) -> Evidence | None:
    """The parsed credit of an image, as ``photo-credit`` evidence (None without a credit)."""
    if not image.credit:
        return None
    parsed = parse_credit(image.credit)
    return Evidence(
        kind="photo-credit", text=image.credit, line=image.credit_line or image.line,
        column=image.credit_column or image.column,
        data={"person": parsed.person, "agencies": list(parsed.agencies), "ok": parsed.ok,
              "image": image.src, "visible": image.credit_visible},
    )


@register("source_outlet")
def _source_outlet(article: Article, facts: Facts) -> Fact:
    found = _outlet_credit(article, facts)
    if article.source and article.source.outlet:
        return Fact(value=article.source.outlet, reason="metadata source.outlet")
    if "source.outlet" in facts.defaults:
        value, why = facts.defaults["source.outlet"]
        return Fact(value=value, reason=why)
    if facts.memo.get("outlet_is_wire"):
        return Fact(value=None, reason=f"line {facts.memo['outlet_is_wire'].line} credits the wire agency "
                                       f"'{facts.memo['outlet_is_wire'].outlet}': a wire story, not a republication")
    if found:
        how = "credits" if found.form == "rewrite" else "names the original outlet"
        return Fact(value=found.outlet, reason=f"line {found.line} {how} '{found.outlet}' ({found.words!r})")
    return Fact(value=None, reason="no original outlet is named in metadata or text")


def _disclaimer(article: Article, facts: Facts) -> Disclaimer | None:
    """The article's translation statement, found once; recorded as evidence."""
    if "disclaimer" not in facts.memo:
        found = facts.memo["disclaimer"] = find_disclaimer(article)
        if found:
            facts.evidence.append(found.evidence())
    return facts.memo["disclaimer"]


def _outlet_credit(article: Article, facts: Facts) -> OutletCredit | None:
    """The original outlet the text credits, found once; recorded as evidence unless it
    is the agency of a wire story (whose credit is a wire credit, not a republication)."""
    if "outlet_credit" not in facts.memo:
        disclaimer = _disclaimer(article, facts)
        found = find_outlet(article, (disclaimer.line, disclaimer.column) if disclaimer else None)
        if found and vocab.canonical(found.outlet, "wire") and facts.value("wire"):
            facts.memo["outlet_is_wire"], found = found, None
        if found:
            facts.evidence.append(found.evidence())
        facts.memo["outlet_credit"] = found
    return facts.memo["outlet_credit"]


@register("translated")
def _translated(article: Article, facts: Facts) -> Fact:
    disclaimer = _disclaimer(article, facts)
    src = article.source
    lang = facts.value("lang")
    if article.translated is not None:
        return Fact(value=article.translated, reason=f"metadata translated is {str(article.translated).lower()}")
    if article.translator:
        return Fact(value=True, reason=f"metadata names a translator ({article.translator})")
    if src and src.language and lang and src.language.split("-")[0].lower() != lang.split("-")[0].lower():
        return Fact(value=True, reason=f"metadata source.language is {src.language}, lang is {lang}")
    if "translated" in facts.defaults:
        value, why = facts.defaults["translated"]
        return Fact(value=bool(value), reason=why)
    credit = _outlet_credit(article, facts)
    if disclaimer:
        reasons = [f"the text says '{disclaimer.words}' (line {disclaimer.line})"]
        if credit and credit.form == "rewrite":
            reasons.append(f"the standfirst credits another outlet (line {credit.line}: {credit.words!r})")
        return Fact(value=True, reason="; ".join(reasons))
    # no statement: an original outlet in another language, or the original printed beside
    why = credit and foreign_outlet(credit.outlet, article, lang or facts.value("detected_language"))
    if why:
        return Fact(value=True, reason=f"{why} (line {credit.line}: {credit.words!r})")
    parallel = find_parallel(article)
    if parallel:
        return Fact(value=True, reason=f"the page carries a passage in {parallel.other} script beside its "
                                       f"{parallel.main} text (line {parallel.line}): a translation and its original")
    return Fact(value=False, reason="no translator, source language or translation notice found")


@register("republished")
def _republished(article: Article, facts: Facts) -> Fact:
    if facts.value("translated"):
        return Fact(value=True, reason="it is a translation: " + facts.get("translated").reason)
    outlet = facts.get("source_outlet")
    if outlet.value:
        return Fact(value=True, reason=outlet.reason)
    return Fact(value=False, reason="no original outlet in metadata or text")


@register("wire")
def _wire(article: Article, facts: Facts) -> Fact:
    hits = wire_hits(facts)
    if article.wire:
        return Fact(value=True, reason=f"metadata wire is {', '.join(article.wire)}")
    if "wire" in facts.defaults:
        value, why = facts.defaults["wire"]
        return Fact(value=bool(value), reason=why)
    if hits:
        hit = hits[0]
        return Fact(value=True, reason=f"wire {hit.form} {hit.text!r} on line {hit.line}")
    return Fact(value=False, reason="no wire metadata, dateline, agency byline, credit or sign-off")


def wire_hits(facts: Facts) -> tuple:
    """The article's wire forms (:func:`validator.detect.wire.detect`), found once; each is
    recorded as evidence: a credit as ``wire-credit``, a marker as ``wire-marker`` (the
    agency's own reporting — "told AFP" — only in the ``wire`` fact's reason)."""
    if "wire" not in facts.memo:
        on = facts.settings.dateline_credits
        hits = detect_wire(facts.article, dateline_credits=on)
        facts.memo["wire"] = hits
        for hit in hits:
            if hit.form == "sourcing":  # the agency's own reporting: it marks the story, it is no credit or marker shown
                continue
            facts.evidence.append(Evidence(kind="wire-credit" if hit.credit else "wire-marker", text=hit.text,
                                           line=hit.line, column=hit.column,
                                           data={"agency": hit.agency, "form": hit.form}))
    return facts.memo["wire"]


@register("format")
def _format(article: Article, facts: Facts) -> Fact:
    return Fact(value=article.format, reason=f"read as {article.format}")


@register("outlet")
def _outlet(article: Article, facts: Facts) -> Fact:
    if article.outlet:
        return Fact(value=article.outlet, reason="metadata outlet")
    if "outlet" in facts.defaults:
        value, why = facts.defaults["outlet"]
        return Fact(value=value, reason=why)
    return Fact(value=None, reason="no publishing outlet declared")


# --- language (cached per article; validator.language judges blocks) ----------


def article_language(facts: Facts, scopes: tuple[str, ...] = ("body",)) -> tuple[Detection, int, Block | None]:
    """:func:`validator.language.article_language` of the blocks in ``scopes``, the
    ``lang`` fact expected; cached per article and scope."""
    cache = facts.memo.setdefault("language", {})
    key = ("article", tuple(scopes))
    if key not in cache:
        cache[key] = language.article_language(facts.article.blocks_in(list(scopes)), facts.value("lang"))
    return cache[key]


def block_languages(facts: Facts, scopes: tuple[str, ...] = ("body",), min_letters: int = language.MIN_LETTERS,
                    ignore_quoted: bool = True, expect: str | None = None) -> list[tuple[Block, Detection]]:
    """:func:`validator.language.block_languages` of the blocks in ``scopes``; cached
    per article and arguments."""
    cache = facts.memo.setdefault("language", {})
    key = ("blocks", tuple(scopes), min_letters, ignore_quoted, language.normalise(expect))
    if key not in cache:
        cache[key] = language.block_languages(facts.article.blocks_in(list(scopes)), min_letters, ignore_quoted,
                                              expect)
    return cache[key]


@register("detected_language")
def _detected_language(article: Article, facts: Facts) -> Fact:
    det, size, _ = article_language(facts)
    where = f"a {size}-character sample of paragraph heads"
    if det.lang is None:
        return Fact(value=None, reason=f"{det.note or det.method} in {where}")
    return Fact(value=det.lang, reason=f"{det.describe()} on {where}")
