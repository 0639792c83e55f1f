"""A portal's provider logo: the outlet whose story a page republishes, named by the
publisher element the page puts with the headline.

A portal that carries another outlet's story marks the provider with schema.org
microdata — an element ``itemprop="publisher"`` holding the provider's logo and a link
to its site::

    <span itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <a href="https://example-news.com/" title="Example News"><img alt="Example News" …></a>
    </span>

The provider is the original outlet only when that link leads to another site than the
page's own address (``og:url``) and its name is not the page's own site name
(``og:site_name``): on the outlet's own site the same element names itself.

Without a publisher element, the page's head may point at the original itself: a
``<meta name="syndication-source">`` or ``<meta name="original-source">`` URL, or a
``<link rel="canonical">`` on another site than the page's own (a portal carrying
another outlet's story points search engines at the original).  The outlet is then
that site's name without its top-level labels ("example-daily" for
"www.example-daily.co.uk"), which the text's "Example Daily" matches loosely.  A canonical address on a sister domain of the page's own
("example.co.uk" for "example.com") is no other site.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from validator.readers.html.tree import Element

#: the most words an outlet's name runs to
MAX_WORDS = 6
#: second-level labels under which a site's name is the third label ("example.co.uk")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def site_of(url: str) -> str:
    """The site a URL belongs to: its host without "www." and the like, cut to the
    registered name ("news.example.co.uk" → "example.co.uk")."""
    host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    labels = [p for p in host.split(".") if p]
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def site_label(site: str) -> str:
    """A site's name without its top-level labels ("example.co.uk" → "example")."""
    return site.split(".")[0]


def elsewhere(site: str, own: str) -> bool:
    """Whether ``site`` (of :func:`site_of`) is another site than the page's ``own`` (a sister
    domain, "example.org" beside "example.com", is the page's own)."""
    return "." in site and site_label(site) != site_label(own)


#: head tags that give the original's address, in the order they are trusted (Dublin Core's
#: ``DC.source``: "a related resource from which the described resource is derived")
SOURCE_TAGS = ("syndication-source", "original-source", "dc.source")


def _pointed(root: Element, tags: dict[str, Any], own: str) -> dict[str, Any] | None:
    """The original a page's head points at on another site: a syndication or original-source
    tag, else the canonical link."""
    found: list[tuple[str, Element | None]] = []
    for key in SOURCE_TAGS:
        value = tags.get(key)
        found += [(v, None) for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    found += [(el.get("href"), el) for el in root.iter("link") if "canonical" in el.get("rel").lower().split()]
    for url, el in found:
        url = url.strip()
        if not url.startswith(("http://", "https://", "//")):
            continue  # a relative address is the page's own site
        site = site_of("https:" + url if url.startswith("//") else url)
        if elsewhere(site, own):
            if el is None:  # a meta tag: found again for its place in the file
                key = next(k for k in SOURCE_TAGS if url in _values(tags.get(k)))
                el = next((m for m in root.iter("meta") if m.get("name").strip().lower() == key), None)
            return {"outlet": site_label(site), "site": site, "line": el.line if el is not None else 1,
                    "column": el.column if el is not None else 1}
        if el is not None:
            break  # the first canonical link is the page's; later ones are widgets'
    return None


def _values(value: Any) -> list[str]:
    return [v.strip() for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


def _name(link: Element, scope: Element) -> str:
    """The provider's name: the link's title, else its logo's alt text."""
    for value in (link.get("title"), *(img.get("alt") for img in scope.iter("img"))):
        value = " ".join(value.split())
        if value and len(value.split()) <= MAX_WORDS and any(c.isalpha() for c in value):
            return value
    return ""


def provider(root: Element, tags: dict[str, Any]) -> dict[str, Any] | None:
    """The outlet a publisher element names when its link leads to another site than the
    page's; else the site the page's head points at as the original; or None."""
    own_url = tags.get("og:url")
    own_url = own_url[0] if isinstance(own_url, list) else own_url
    own_name = tags.get("og:site_name")
    own_name = (own_name[0] if isinstance(own_name, list) else own_name or "").strip().casefold()
    own = site_of(own_url) if isinstance(own_url, str) else ""
    if not own:
        return None
    for el in root.iter():
        if el.tag == "meta" or "publisher" not in el.get("itemprop").split():
            continue
        link = next((a for a in el.iter("a") if a.get("href").startswith(("http://", "https://", "//"))), None)
        if link is None:
            continue
        href = link.get("href")
        site = site_of("https:" + href if href.startswith("//") else href)
        name = _name(link, el)
        if site and site != own and name and name.casefold() != own_name:
            return {"outlet": name, "site": site, "line": el.line, "column": el.column}
    return _pointed(root, tags, own)
