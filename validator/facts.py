"""Derived facts about an article, each with the reason it holds.

Rules ask questions of an article — is it a translation? a wire story? does
it have images? — through ``when`` conditions and placeholders.  A fact is
computed once per article, on first use, and always carries its reason, so
that every finding can say why its rule applied.

Fact functions are registered by name with :func:`register`; modules that add
facts (the language facts, for one) register theirs on import.
"""

from __future__ import annotations

from typing import Any, Callable

import regex

from validator.article import Article, Block
from validator.detect.wire import detect as detect_wire
from validator.report import Evidence, Fact

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
                 settings: Any = None, relpath: str | None = None):
        self.article = article
        #: the article's path relative to the project root (for path globs)
        self.relpath = relpath or article.path
        self.defaults = defaults or {}
        self.settings = settings
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

#: phrases that say an article is a translation, in the languages we cover
TRANSLATED_PHRASES = regex.compile(
    r"\b(?:translated\s+(?:and\s+edited\s+)?(?:by|from)|(?:an\s+)?(?:edited\s+)?translation\s+of"
    r"|traduit\s+(?:de|par|du)|traduction\s+(?:de|d')|übersetzt\s+(?:von|aus)|übersetzung\s+(?:von|aus)"
    r"|traducid[oa]\s+(?:por|del?)|traducción\s+de|перевод\s|переведен[аоы]?\s|в\s+переводе)"
    r"|ترجم|ترجمة",
    _FLAGS,
)

#: "…, writes Alsouria Net." / "reports Enab Baladi" at the end of a standfirst
_OUTLET = r"(?P<outlet>(?:[A-Z][\w'’.&-]*|al-|Al-|el-)(?:[ \-](?:[A-Z0-9][\w'’.&-]*|al|el|de|of|the))*)"
_TAIL = 300
WRITES_OUTLET = regex.compile(
    r"\b(?:writes|reports|according\s+to|said|wrote|reported)\s+(?:the\s+)?" + _OUTLET + r"\W*$",
    regex.VERSION1,
)
ORIGINAL_OUTLET = regex.compile(
    r"\b(?:translated\s+from|originally\s+(?:published|appeared)\s+(?:in|by|on)|first\s+published\s+(?:in|by)"
    r"|republished\s+from|translation\s+of\s+an?\s+(?:article|report|story)\s+(?:from|by|in|published\s+(?:in|by))"
    r"|(?:source|original|source\s+article)\s*:)\s+(?:the\s+(?:Arabic|Turkish|Russian|\w+)[-\s]language\s+)?"
    r"(?:(?:newspaper|daily|website|outlet|site|news\s+site)\s+)?" + _OUTLET,
    regex.VERSION1,
)

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
    n = len(article.images)
    if not n:
        return Fact(value=False, reason="no image, figure or photo credit line found")
    where = ", ".join(f"line {im.line}" for im in article.images[:5])
    return Fact(value=True, reason=f"{n} image{'s' if n > 1 else ''} ({where})")


@register("source_outlet")
def _source_outlet(article: Article, facts: Facts) -> Fact:
    if article.source and article.source.outlet:
        return Fact(value=article.source.outlet, reason="metadata source.outlet")
    if "source.outlet" in facts.defaults:
        value, why = facts.defaults["source.outlet"]
        return Fact(value=value, reason=why)
    top = [b for b in article.blocks if b.kind in ("title", "standfirst")][:2] + _prose(article)[:1]
    for block in top:
        # the pattern is anchored at the end: its tail is enough, and keeps a huge block linear
        m = WRITES_OUTLET.search(block.text[-_TAIL:])
        if m:
            return Fact(value=m["outlet"].rstrip("."),
                        reason=f"line {block.line} credits '{m['outlet'].rstrip('.')}' ({m.group(0).strip()!r})")
    for block in _prose(article)[-4:] + _prose(article)[:2]:
        m = ORIGINAL_OUTLET.search(block.text)
        if m:
            return Fact(value=m["outlet"].rstrip("."),
                        reason=f"line {block.line} names the original outlet ({m.group(0).strip()!r})")
    return Fact(value=None, reason="no original outlet is named in metadata or text")


@register("translated")
def _translated(article: Article, facts: Facts) -> Fact:
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
    reasons = []
    for block in _prose(article)[-4:] + _prose(article)[:2]:
        m = TRANSLATED_PHRASES.search(block.text)
        if m:
            reasons.append(f"the text says '{m.group(0)}' (line {block.line})")
            break
    outlet = facts.get("source_outlet")
    if outlet.value and not (src and src.outlet) and "credits" in outlet.reason:
        reasons.append(f"the standfirst credits another outlet ({outlet.reason})")
    if reasons:
        return Fact(value=True, reason="; ".join(reasons))
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
    recorded as evidence: a credit as ``wire-credit``, a marker as ``wire-marker``."""
    if "wire" not in facts.memo:
        on = getattr(facts.settings, "dateline_credits", True)
        hits = detect_wire(facts.article, dateline_credits=on)
        facts.memo["wire"] = hits
        for hit in hits:
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


# the language facts (detected_language) register themselves; imported last
# because validator.language imports this module
from validator import language as _language  # noqa: E402,F401
