"""The article region of a page, what lies outside it, and the images only its metadata declares.

The region is chosen by :func:`body_of` (docs/article-format.md, "The article region"); this
module also says what became of the rest: :func:`region_summary` is recorded in ``meta["region"]`` (how the
region was chosen, where it starts, how much visible text lay outside it — the site
template — and how many template images inside it were left out).

:func:`metadata_images` adds the article's lead image when only the page's metadata
declares it (a script draws it, or the template keeps it outside the region) *and* the
metadata gives it a credit: the JSON-LD lead ``ImageObject`` (``creditText``,
``creator``, ``author``, ``copyrightNotice``, ``copyrightHolder``, or a credit at the
end of its ``caption``), or ``og:image`` with a credit in ``og:image:alt``; and, when the
region shows no image at all, the lead photo whose credit the headline carries in brackets
after a label ("…（写真＝ロイター）", "… (Photo: Reuters)") — in its headline (visible), else in
its ``og:title`` (not shown).  Such a
credit is not shown on the page (``credit_visible: false``).  A metadata image without
a credit is not added: a share card is often not shown in the article at all.
"""

from __future__ import annotations

from typing import Any

from validator.article import Block
from validator.credits import credit_kinds
from validator.detect.photo import caption_credit
from validator.readers.html import jsonld
from validator.readers.html.tree import Element, Text
from validator.readers.html.page import (
    FURNITURE_TAGS,
    FURNITURE_WORDS,
    SKIP_TAGS,
    names_body,
    text_length,
    visible,
    words,
)


def same_image(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.split("?")[0].split("#")[0], b.split("?")[0].split("#")[0]
    return a == b or a.endswith("/" + b.lstrip("./")) or b.endswith("/" + a.lstrip("./")) or (
        a.rsplit("/", 1)[-1] == b.rsplit("/", 1)[-1] and "." in a.rsplit("/", 1)[-1])


def region_summary(root: Element, body: Element, how: str, ex: Any) -> dict[str, Any]:
    """How the region was chosen, where it starts, and what was left outside it."""
    page = next(root.iter("body"), root)
    inside = text_length(body)
    return {"how": how, "line": body.line, "column": body.column, "text_chars": inside,
            "outside_chars": max(text_length(page) - inside, 0) if page is not body else 0,
            "template_images": ex.template_images}


def _meta_tag(root: Element, key: str) -> Element | None:
    return next((el for el in root.iter("meta") if (el.get("property") or el.get("name")).strip().lower() == key),
                None)


def headline_credit(title: Block | None, ld: dict, head: dict) -> list[dict]:
    """The lead photo's credit a headline carries in brackets ("…（写真＝ロイター）", "… (Photo: Reuters)")."""
    shown = [(title.text, title.position, True)] if title is not None else []
    if head.get("og_title"):  # the og:title (at its <meta> tag): the headline as shared, not shown
        text, line, column = head["og_title"]
        shown.append((text, lambda offset, line=line, column=column: (line, column), False))
    for text, position, visible in shown:
        span = caption_credit(text)
        if not span or text[:span[0]].rstrip()[-1:] not in "(（[" or not credit_kinds(text[span[0]:span[1]])[0]:
            continue
        lead = next((e.get("url") for e in ld.get("images", []) if e.get("lead")), None)
        og = head.get("tags", {}).get("og:image")
        line, column = position(span[0])
        return [{"src": lead or (og[0] if isinstance(og, list) else og), "line": line, "column": column,
                 "position": "lead", "credit": text[span[0]:span[1]], "credit_visible": visible,
                 **({"credit_line": line, "credit_column": column} if visible else {})}]
    return []


def metadata_images(found: list[dict], ld: dict, head: dict, root: Element | None = None,
                    title: Block | None = None) -> list[dict]:
    """The lead image the metadata declares with a credit, when the region shows no image of it;
    else, when the region shows no image at all, the lead photo a headline credits."""
    if any(im.get("position") == "lead" and im.get("src") for im in found):
        return []  # the region's own lead image takes the metadata's credit (reader._images)
    for entry in ld.get("images", []):
        if not entry.get("lead") or any(same_image(im.get("src"), entry.get("url")) for im in found):
            continue
        credit = jsonld.image_credit(entry)
        if credit:
            return [{"src": entry.get("url"), "line": ld.get("line", 1), "column": 1, "position": "lead",
                     "credit": credit, "credit_visible": False}]
    tags = head.get("tags", {})
    alt, src = tags.get("og:image:alt"), tags.get("og:image")
    alt = alt[0] if isinstance(alt, list) else alt
    src = src[0] if isinstance(src, list) else src
    span = caption_credit(alt) if isinstance(alt, str) else None
    if span and not any(same_image(im.get("src"), src) for im in found):
        tag = _meta_tag(root, "og:image:alt") if root is not None else None
        return [{"src": src, "alt": alt, "line": tag.line if tag else 1, "column": tag.column if tag else 1,
                 "position": "lead", "credit": alt[span[0]:span[1]], "credit_visible": False}]
    return [] if found else headline_credit(title, ld, head)


def body_of(root: Element) -> tuple[Element, str]:
    """The element that holds the article, and how it was chosen."""
    articles = [a for a in root.iter("article") if visible(a)]
    bodies = [e for e in root.iter() if (e.get("itemprop") == "articleBody" or names_body(e))
              and e.tag not in SKIP_TAGS and visible(e)]
    if articles:  # a list of links (a "most read" <article>) is no story: its link text does not count
        best = max(articles, key=_own_text)
        entries = _entries(best, articles)
        if entries is not None:
            return entries, "article-entries"
        if _own_text(best) >= THIN_ARTICLE:
            return best, "article"
        # an <article> around the headline and byline only, its text in a body element beside it
        apart = [b for b in bodies if not (_inside(b, best) or _inside(best, b)) and _own_text(b) > _own_text(best)]
        if not apart:
            return best, "article"
        bodies = apart
    if bodies:
        return max(bodies, key=text_length), "articleBody"
    main = next((e for e in root.iter() if e.tag in MAIN_TAGS or e.get("role") == "main"), None)
    if main is not None and visible(main):
        return main, "main"
    best, score = None, 0
    for el in root.iter():
        if el.tag in SKIP_TAGS or el.tag == "p":
            continue
        s = sum(text_length(c) for c in el.children if isinstance(c, Element) and c.tag == "p")
        s += sum(len(c.text.strip()) for c in el.children if isinstance(c, Text))
        if s > score and visible(el):
            best, score = el, s
    if best is not None:
        return best, f"densest:{best.tag}" + (f".{best.get('class').split()[0]}" if best.get("class").split() else "")
    body = next(root.iter("body"), None)
    return (body, "body") if body is not None else (root, "document")


#: an <article> with less text of its own than this (a header: headline, standfirst, byline)
#: gives way to an article-body element beside it
THIN_ARTICLE = 200
#: elements that hold a page's main content: ``<main>``, an AMP story's pages
MAIN_TAGS = frozenset({"main", "amp-story"})


def _own_text(el: Element) -> int:
    """The element's text length less the text of its links (a list of headlines is links)."""
    return text_length(el) - sum(text_length(a) for a in el.iter("a") if visible(a))


def _entries(best: Element, articles: list[Element]) -> Element | None:
    """A live blog's entries — ``<article>`` elements of one class, none with a headline of
    its own (``<h1>``), each mostly text of its own — are one story: the element around them
    all, unless it is the page's ``<body>`` or furniture."""
    kind = best.get("class").split()[:1]
    if not kind or next(best.iter("h1"), None) is not None:
        return None
    group = [a for a in articles if a.get("class").split()[:1] == kind and next(a.iter("h1"), None) is None
             and 2 * _own_text(a) > text_length(a)]
    if len(group) < 3 or best not in group:
        return None
    around = best.parent
    while around is not None and not all(_inside(a, around) for a in group):
        around = around.parent
    if around is None or around.tag in ("body", "html", "#document") or not visible(around):
        return None
    chain = [around] + [a for a in _ancestors(around)]
    if any(a.tag in FURNITURE_TAGS or words(a) & FURNITURE_WORDS for a in chain):
        return None
    return around


def _ancestors(el: Element):
    node = el.parent
    while node is not None:
        yield node
        node = node.parent


def _inside(el: Element, outer: Element) -> bool:
    node = el.parent
    while node is not None and node is not outer:
        node = node.parent
    return node is outer
