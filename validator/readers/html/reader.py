"""HTML pages: the article body as blocks, its figures and links, and the page's metadata.

The parser is the standard library's ``html.parser`` (through
:mod:`validator.readers.html.tree`): it accepts any broken markup, and gives
the line and column of every tag and every run of text, so each block starts
where its first character stands in the file.

The body is the article region (docs/article-format.md, "The article region"):
the largest ``<article>``, else an ``itemprop=articleBody``/article-body class,
else ``<main>``, else the element with the most paragraph text; its lead figure
joins it, and ``meta["region"]`` records what lay outside.  Inside it, blocks
are (by element):

- ``title``: the first ``<h1>`` (looked for in the page if the body has none),
  else ``<title>``, else ``og:title``;
- ``standfirst``: an element whose class ends in standfirst/lede/summary/dek/
  intro/excerpt, or the first ``<p class="lead">``;
- ``heading`` (``h2``–``h6``, later ``h1``), ``quote`` (``<blockquote>``),
  ``caption`` (``<figcaption>``), ``credit`` (a credit/copyright/byline/
  photographer class inside a figure, or a trailing "Photo: …"/"Credit: …"/"©
  …" part of a caption), ``footer`` (``<footer>`` in the article, or a
  disclaimer/translation-note class);
- ``furniture``: interface residue that sits inside the body (``<aside>``,
  buttons, forms, related/newsletter/tags classes, lines such as "Read more");
- ``paragraph``: everything else.

Never read: scripts, styles, ``<nav>``, share bars (class or id containing
share/social), comment sections, hidden elements, and page headers/footers
outside the article.  Article bylines and dates become metadata (``meta["byline"]``).

Metadata comes from JSON-LD (see :mod:`validator.readers.html.jsonld`), ``<html
lang>``, ``og:locale``, ``og:site_name``, ``article:author`` and ``meta
name=author``; every declared language is kept in ``Article.languages`` for
the consistency rules, and a language tag with a transform subtag
(``en-t-ar``: English, translated from Arabic) gives ``source.language``
(split by :func:`validator.readers.metadata.split_lang`, as in every format).
"""

from __future__ import annotations

import re

from typing import Any

from validator import imagemeta
from validator.article import Article, Block, Comment, Image, Link, Source
from validator.errors import ReadError
from validator.readers.html import jsonld
from validator.readers.html.extract import Extractor
from validator.readers.html.provider import elsewhere, provider, site_label, site_of
from validator.readers.html.region import body_of, metadata_images, region_summary, same_image
from validator.readers.html.tree import Element, Text, parse
from validator.readers.images import file_fields
from validator.readers.metadata import split_lang

__all__ = ["EXTENSIONS", "read", "split_lang"]

EXTENSIONS = (".html", ".htm")


def read(text: str, path: str) -> list[Article | ReadError]:
    if not text.strip():
        raise ReadError("the file is empty")
    root, notes = parse(text)
    head = _head(root)
    body, how = body_of(root)
    ex = Extractor(root, body)
    ex.run()
    summary, errors = _jsonld_summary(head["ld"])
    notes.extend(errors)
    if head["og_title"] and not any(b.kind == "title" for b in ex.blocks):
        title, line, column = head["og_title"]  # no <h1> and no <title>: the og:title, at its tag
        ex.blocks.insert(0, Block(kind="title", text=title, line=line, column=column))
    if not ex.blocks:
        notes.append("no article text was found in the page")
    found = ex.images + metadata_images(ex.images, summary, head, root,
                                        next((b for b in ex.blocks if b.kind == "title"), None))
    images = _images(found, summary, path)
    meta: dict[str, Any] = {"body": how, "meta_tags": head["tags"], "region": region_summary(root, body, how, ex)}
    if head["lang"]:
        meta["html_lang"] = head["lang"]
    if head["tags"].get("og:locale"):
        meta["og_locale"] = head["tags"]["og:locale"]
    if summary:
        meta["jsonld"] = summary
    if ex.bylines:
        meta["byline"] = ex.bylines
    if ex.dates:
        meta["dates"] = ex.dates
    fields = _fields(head, summary, ex)
    found_provider = provider(root, head["tags"])
    if found_provider:  # a portal's provider logo: the outlet whose story the page carries
        meta["provider"] = found_provider
        fields["source"] = fields["source"] or Source(outlet=found_provider["outlet"])
    return [Article(
        id=path, path=path, format="html", images=tuple(images), blocks=tuple(ex.blocks),
        links=tuple(Link(**link) for link in ex.links), comments=tuple(provcheck_comments(text)), meta=meta,
        notes=tuple(notes), **fields,
    )]


# --- page metadata ------------------------------------------------------------------


def _head(root: Element) -> dict[str, Any]:
    html_el = next(root.iter("html"), None)
    lang = (html_el.get("lang") or html_el.get("xml:lang")).strip() if html_el is not None else ""
    tags: dict[str, Any] = {}
    og_title = None
    ld: list[tuple[str, int]] = []
    for el in root.iter():
        if el.tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")).strip().lower()
            value = el.get("content").strip()
            if key and value and len(tags) < 200:
                value = value[:1000]
                if key in tags:
                    old = tags[key] if isinstance(tags[key], list) else [tags[key]]
                    tags[key] = old + [value] if value not in old else old
                else:
                    tags[key] = value
                if key == "og:title" and og_title is None:
                    og_title = (value, el.line, el.column)
        elif el.tag == "script" and "ld+json" in el.get("type").lower():
            first = next((c for c in el.children if isinstance(c, Text)), None)
            ld.append((el.raw_text(), first.line if first else el.line))
    return {"lang": lang, "tags": tags, "og_title": og_title, "ld": ld}


def _jsonld_summary(scripts: list[tuple[str, int]]) -> tuple[dict[str, Any], list[str]]:
    data, lines, errors = [], [], []
    for text, line in scripts:
        if not text.strip():
            continue
        try:
            data.append(jsonld.loads(text))
            lines.append(line)
        except ValueError as exc:
            errors.append(f"the JSON-LD script at line {line} is malformed and was skipped: {exc}")
    if not data:
        return {}, errors
    summary = jsonld.summarize(data)
    summary["line"] = lines[0]
    return summary, errors


def _primary(tag: str | None) -> str | None:
    return tag.split("-")[0] if tag else None


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value or None


def _fields(head: dict, ld: dict, ex: Extractor) -> dict[str, Any]:
    tags = head["tags"]
    declared = {
        "inLanguage": ld.get("inLanguage"),
        "html lang": head["lang"],
        "og:locale": _first(tags.get("og:locale")),
        "content-language": _first(tags.get("content-language")) or _first(tags.get("dc.language")),
    }
    languages: dict[str, str] = {}
    lang = source_lang = None
    for name, raw in declared.items():
        tag, transformed = split_lang(raw)
        if tag:
            languages[name] = _primary(tag)
            lang = lang or (_primary(tag) if name == "og:locale" else tag)
        source_lang = source_lang or transformed

    title = ld.get("headline") or ex.title_text() or _first(tags.get("og:title"))
    authors = ld.get("authors") or [a for a in _as_list(tags.get("article:author")) + _as_list(tags.get("author"))
                                   if "://" not in a] or ex.byline_authors()
    outlet = ld.get("publisher") or _first(tags.get("og:site_name")) or _first(tags.get("publisher"))
    translator = ", ".join(ld.get("translator") or []) or _first(tags.get("translator"))
    own = _own_site(tags, ld)
    work = ld.get("translationOfWork") or _based_on(ld.get("isBasedOn"), own) or {}
    if source_lang and not work.get("language"):
        work = {**work, "language": source_lang}
    wire = ld.get("sourceOrganization")
    if wire in (outlet, work.get("outlet")) or _own_organisation(wire, ld.get("sourceOrganizationUrl"), outlet, own):
        wire = None
    translated = True if (ld.get("translationOfWork") or translator or source_lang) else None
    return {
        "title": title, "lang": lang, "outlet": outlet, "authors": tuple(dict.fromkeys(authors)),
        "source": Source(**work) if work else None, "translator": translator or None,
        "translated": translated, "wire": (wire,) if wire else (), "languages": languages,
    }


def _own_site(tags: dict, ld: dict) -> str:
    """The page's own site: of its ``og:url``, else of its JSON-LD ``url``; "" when neither is an address."""
    for url in (_first(tags.get("og:url")), ld.get("url")):
        if isinstance(url, str) and url.strip().startswith(("http://", "https://", "//")):
            return site_of("https:" + url.strip() if url.strip().startswith("//") else url)
    return ""


def _other_site(url: str | None, own: str) -> str:
    """The site of an address on another site than the page's own (as a canonical link to
    another site is read, :mod:`validator.readers.html.provider`), else ""."""
    url = (url or "").strip()
    if not own or not url.startswith(("http://", "https://", "//")):
        return ""  # a relative address is the page's own site; without its own, no other is known
    site = site_of("https:" + url if url.startswith("//") else url)
    return site if elsewhere(site, own) else ""


def _based_on(work: dict | None, own: str) -> dict | None:
    """``isBasedOn`` as Source fields: a work given only by its address on another site than the
    page's own names that site as the original outlet ("example-daily" for
    www.example-daily.co.uk); an address on the page's own site (or a page whose own site is
    unknown) names no outlet."""
    if not work or work.get("outlet") or work.get("author"):
        return work
    site = _other_site(work.get("url"), own)
    return {**work, "outlet": site_label(site)} if site else work


def _key(name: str) -> str:
    """A name compared loosely: letters and digits only, without a leading "the" or a ".com"-like ending."""
    name = re.sub(r"^\s*the\s+|\.[a-z]{2,3}(?:\.[a-z]{2})?\s*$", "", name.casefold())
    return "".join(c for c in name if c.isalnum())


def _own_organisation(name: str | None, url: str | None, outlet: str | None, own: str) -> bool:
    """A ``sourceOrganization`` that is the page's own publisher under another spelling ("The
    Example Times" / "ExampleTimes.com" / "Example Times Newsroom"), or whose ``url`` is on the
    page's own site: the page's own newsroom, not a wire agency."""
    if not name:
        return False
    if url and own and url.strip().startswith(("http://", "https://", "//")) and not _other_site(url, own):
        return True
    key = _key(name)
    mine = [k for k in (_key(outlet or ""), _key(site_label(own)) if own else "") if len(k) >= 3]
    return len(key) >= 3 and any(key.startswith(k) or k.startswith(key) for k in mine)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [v for v in (value if isinstance(value, list) else [value]) if v]


# --- images -------------------------------------------------------------------------


def _images(found: list[dict], ld: dict, path: str) -> list[Image]:
    """The Image models, with what JSON-LD and the image file itself say of each."""
    extra: list[dict] = [{} for _ in found]
    for entry in ld.get("images", []):
        match = next((i for i, im in enumerate(found) if same_image(im.get("src"), entry.get("url"))), None)
        if match is None and entry.get("lead"):
            match = next((i for i, im in enumerate(found) if im["position"] == "lead" and "jsonld" not in extra[i]),
                         None)
        if match is not None and "jsonld" not in extra[match]:
            extra[match]["jsonld"] = {k: v for k, v in entry.items() if k != "lead"}
            credit = jsonld.image_credit(entry)
            if credit:
                extra[match]["jsonld_credit"] = credit
                if not found[match].get("credit"):  # a credit the page's metadata gives, not shown
                    found[match] = {**found[match], "credit": credit, "credit_visible": False}
    embedded = imagemeta.credits_for([im.get("src") for im in found], path)
    return [Image(**im, **more, **file_fields(credit, reason))
            for im, (credit, reason), more in zip(found, embedded, extra)]


_COMMENT = re.compile(r"<!--(.*?)-->", re.S)


def provcheck_comments(text: str) -> list[Comment]:
    """The page's ``<!-- provcheck-… -->`` comments with their lines (for suppressions)."""
    if "provcheck" not in text:
        return []
    return [Comment(line=text.count("\n", 0, m.start()) + 1, text=m.group(0))
            for m in _COMMENT.finditer(text) if "provcheck" in m.group(1)]
