"""JSON-LD (schema.org) in HTML pages: tolerant parsing and the fields provcheck reads.

Real pages publish JSON-LD with trailing commas, raw control characters and
HTML comment wrappers; :func:`loads` cleans those up in one pass that knows
where strings are, then hands the text to :func:`json.loads`.  :func:`summarize`
walks ``@graph`` and arrays, resolves ``@id`` references, and reduces the
NewsArticle (or Article, ReportageNewsArticle…) to a plain dict — the summary
that the HTML reader stores in ``Article.meta["jsonld"]`` and maps onto the
article's fields.
"""

from __future__ import annotations

import json
import re
from typing import Any

from validator.detect.photo import caption_credit

#: schema.org types read as "the article" (any ``*NewsArticle`` as well)
ARTICLE_TYPES = frozenset(
    {"Article", "NewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
     "SocialMediaPosting", "TechArticle", "CreativeWork"}
)
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
#: a value that is an address, not a name (a licence or terms page given as a credit)
_ADDRESS = re.compile(r"^\s*(?:https?:)?//\S*\s*$", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Drop comment/CDATA wrappers, stray control characters and trailing commas."""
    text = _WRAPPERS.sub("", text.strip())
    text = _CONTROL.sub(" ", text)
    out: list[str] = []
    in_string = escaped = False
    pending_comma = -1  # index in ``out`` of a comma that may be trailing
    for ch in text:
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch in "}]" and pending_comma >= 0:
            out[pending_comma] = ""
        if not ch.isspace():
            pending_comma = -1
        if ch == ",":
            pending_comma = len(out)
        elif ch == '"':
            in_string = True
        out.append(ch)
    return "".join(out)


def loads(text: str) -> Any:
    """Parse one JSON-LD script; raises ``ValueError`` (with where) when it cannot."""
    try:
        return json.loads(clean(text), strict=False)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{exc.msg} (line {exc.lineno}, column {exc.colno} of the script)") from None


# --- walking -------------------------------------------------------------------


def _types(node: dict) -> list[str]:
    raw = node.get("@type", [])
    raw = raw if isinstance(raw, list) else [raw]
    return [re.split(r"[/:#]", str(t))[-1] for t in raw if t]


def nodes(data: Any, limit: int = 2000) -> list[dict]:
    """Every object with a ``@type`` or ``@id`` in ``data`` (graphs, arrays, nesting)."""
    found: list[dict] = []
    stack = [data]
    while stack and len(found) < limit:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "@type" in item or "@id" in item:
                found.append(item)
            stack.extend(reversed([v for v in item.values() if isinstance(v, (dict, list))]))
    return found


class Graph:
    """The objects of all JSON-LD scripts of a page, with ``@id`` references resolved."""

    def __init__(self, scripts: list[Any]):
        self.nodes = [n for data in scripts for n in nodes(data)]
        self.by_id: dict[str, dict] = {}
        for n in self.nodes:
            if isinstance(n.get("@id"), str) and len(n) > 1:
                self.by_id.setdefault(n["@id"], n)

    def deref(self, value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"@id"}:
            return self.by_id.get(value["@id"], value)
        return value

    def items(self, value: Any) -> list[Any]:
        """A value that may be a string, an object or an array, as a list of resolved items."""
        if value is None:
            return []
        values = value if isinstance(value, list) else [value]
        return [self.deref(v) for v in values if v not in (None, "")]

    def names(self, value: Any) -> list[str]:
        out: list[str] = []
        for item in self.items(value):
            if isinstance(item, str):
                name = item
            elif isinstance(item, dict):
                name = item.get("name") or item.get("legalName") or item.get("alternateName") or ""
                if isinstance(name, list):
                    name = name[0] if name else ""
            else:
                name = str(item)
            name = str(name).strip()
            if name and name not in out:
                out.append(name)
        return out

    def first_name(self, value: Any) -> str | None:
        names = self.names(value)
        return names[0] if names else None

    def article(self) -> dict | None:
        candidates = [n for n in self.nodes
                      if any(t in ARTICLE_TYPES or t.endswith("NewsArticle") for t in _types(n))]
        candidates.sort(key=lambda n: ("CreativeWork" in _types(n), not any(
            t.endswith("NewsArticle") for t in _types(n))))
        return candidates[0] if candidates else None


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return str(value).strip() if value not in (None, "") else None


def _language(graph: Graph, value: Any) -> str | None:
    for item in graph.items(value):
        if isinstance(item, dict):
            return _text(item.get("alternateName")) or _text(item.get("name"))
        return _text(item)
    return None


def _url(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    return _text(value)


def _org_url(graph: Graph, value: Any) -> str | None:
    """The address of an organisation's site (its ``url``), when it gives one."""
    items = graph.items(value)
    return _url(items[0].get("url")) if items and isinstance(items[0], dict) else None


def _work(graph: Graph, value: Any) -> dict | None:
    """A ``translationOfWork`` / ``isBasedOn`` value as Source fields."""
    items = graph.items(value)
    if not items:
        return None
    item = items[0]
    if isinstance(item, str):
        return {"url": item}
    if not isinstance(item, dict):
        return None
    work = {
        "outlet": graph.first_name(item.get("publisher")) or graph.first_name(item.get("sourceOrganization")),
        "author": ", ".join(graph.names(item.get("author"))) or None,
        "url": _url(item.get("url") or item.get("@id")),
        "language": _language(graph, item.get("inLanguage")),
        "published": _text(item.get("datePublished")),
        "title": _text(item.get("headline")) or _text(item.get("name")),
    }
    return {k: v for k, v in work.items() if v}


def _image(graph: Graph, item: Any, lead: bool) -> dict | None:
    if isinstance(item, str):
        return {"url": item, "lead": lead}
    if not isinstance(item, dict):
        return None
    image = {
        "url": _url(item.get("contentUrl") or item.get("url") or item.get("@id")),
        "creditText": _text(item.get("creditText")) or _text(item.get("credit")),
        "creator": ", ".join(graph.names(item.get("creator"))) or None,
        "copyrightNotice": _text(item.get("copyrightNotice")),
        "copyrightHolder": ", ".join(graph.names(item.get("copyrightHolder"))) or None,
        "author": ", ".join(graph.names(item.get("author"))) or None,
        "caption": _text(item.get("caption")) or _text(item.get("description")),
        "lead": lead,
    }
    return {k: v for k, v in image.items() if v is not None}


def image_credit(image: dict) -> str | None:
    """The credit an ImageObject gives, in the order a credit line is chosen: ``creditText``
    (or the non-standard ``credit`` many CMSs write), ``creator``, ``author``,
    ``copyrightNotice``, ``copyrightHolder``, else a credit at the end of its ``caption``
    ("… Photo by Jane Roe / AFP").  An address is no credit."""
    for key in ("creditText", "creator", "author", "copyrightNotice", "copyrightHolder"):
        if image.get(key) and not _ADDRESS.match(image[key]):
            return image[key]
    caption = image.get("caption") or ""
    span = caption_credit(caption)
    return caption[span[0]:span[1]] if span else None


def _lead_images(graph: Graph, art: dict) -> list[dict]:
    """The article's own pictures: its ``image`` (else its ``associatedMedia`` ImageObjects),
    the first of them the lead.  An ``image`` array is most often the lead picture in several
    crops (1x1, 4x3, 16x9): when the first entry has no credit, the first entry that has one
    is the lead instead."""
    items = graph.items(art.get("image"))
    if not items:
        items = [m for m in graph.items(art.get("associatedMedia"))
                 if isinstance(m, dict) and "ImageObject" in _types(m)]
    by_url = {url: n for n in graph.nodes if "ImageObject" in _types(n)
              for url in (_url(n.get("contentUrl")), _url(n.get("url")), _url(n.get("@id"))) if url}
    items = [by_url.get(item, item) if isinstance(item, str) else item for item in items]
    images = [im for im in (_image(graph, item, lead=False) for item in items) if im]
    if images:
        lead = next((im for im in images if image_credit(im)), images[0]) if not image_credit(images[0]) \
            else images[0]
        lead["lead"] = True
    return images


def summarize(scripts: list[Any]) -> dict[str, Any]:
    """The fields provcheck reads from a page's JSON-LD, as a plain dict."""
    graph = Graph(scripts)
    summary: dict[str, Any] = {"types": sorted({t for n in graph.nodes for t in _types(n)})}
    art = graph.article()
    images: list[dict] = []
    if art is not None:
        summary["type"] = _types(art)[0] if _types(art) else None
        fields = {
            "headline": _text(art.get("headline")) or _text(art.get("name")),
            "inLanguage": _language(graph, art.get("inLanguage")),
            "authors": graph.names(art.get("author")),
            "publisher": graph.first_name(art.get("publisher")),
            "translator": graph.names(art.get("translator")),
            "translationOfWork": _work(graph, art.get("translationOfWork")),
            "isBasedOn": _work(graph, art.get("isBasedOn") or art.get("isBasedOnUrl")),
            "sourceOrganization": graph.first_name(art.get("sourceOrganization")),
            "sourceOrganizationUrl": _org_url(graph, art.get("sourceOrganization")),
            "datePublished": _text(art.get("datePublished")),
            "url": _url(art.get("url") or art.get("mainEntityOfPage")),
        }
        summary.update({k: v for k, v in fields.items() if v})
        images = _lead_images(graph, art)
    seen = {im.get("url") for im in images}
    for n in graph.nodes:  # ImageObjects elsewhere in the graph (primaryImageOfPage…)
        if "ImageObject" in _types(n):
            image = _image(graph, n, lead=False)
            if image and image.get("url") not in seen:
                seen.add(image.get("url"))
                images.append(image)
    if images:
        summary["images"] = images
    return summary
