"""The article's images in a page: which are article images, and the credits they carry
outside a caption.

- *Template images* are not article images: an image whose class, id or file path says
  logo, avatar, head-shot, mug, icon, badge, sprite, author, profile, banner, sponsor,
  rating… (or whose short alt text says logo, avatar, icon, head-shot, badge); whose
  declared width and height are both at most 100 pixels; that has no alt text and,
  outside a figure, links to another page (a promotion, a related story); or that is a
  video's poster frame (inside an element with a video/player class).  They are counted
  in ``meta["region"]["template_images"]``, not checked.
- *Lead figures*: a figure (``<figure>``, a small element with a figure/photo/image
  class around an ``<img>``, or a caption element whose image a script draws) that the
  template puts just before the article element —
  in the elements preceding it within its parent, grandparent or great-grandparent,
  above or below the headline, at most the two nearest, never
  in a header, nav, aside, footer or furniture (related, promo…) element — belongs to
  the article: it is the article's lead photo.
- *Trailing figures*: the figure(s) the template puts just after the article element, in
  its parent (the picture beside a section's text: ``<div class="content">…</div><figure>…
  </figure><figcaption>…</figcaption>``), with the caption element that follows them —
  only while nothing but figures and captions follows, at most the two nearest, never
  in furniture — belong to the article too.
- *Credits outside the caption* (``credit_visible: false``): a data attribute of the
  image or of the element around it (``data-credit``, ``data-attrib``,
  ``data-copyright``, ``data-photographer``, ``data-caption-credit``…; ``data-source`` when it
  names a person or an agency — never one of the article element or a section around it), or a credit at the end of the image's
  alt/title text or its ``data-caption`` (``alt="… (AP Photo/Jane Roe)"``).  A visible
  credit always wins.
"""

from __future__ import annotations

import re

from validator.credits import parse_credit
from validator.detect.photo import caption_credit
from validator.readers.html.tree import Element
from validator.readers.html.page import (
    BYLINE_WORDS,
    CHECKED_CREDIT_ATTRS,
    CREDIT_ATTRS,
    FURNITURE_WORDS,
    SKIP_TAGS,
    TEMPLATE_IMAGE,
    caption_class,
    figure_like,
    text_length,
    visible,
    words,
)

#: elements whose data attributes are the article's or the page's, not an image's
_PAGE_TAGS = frozenset({"article", "main", "body", "html"})
#: a value that is a file's or page's address, not a name
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|\S+\.(?:jpe?g|png|gif|webp|avif)\b)", re.I)
#: how far above the article element a lead figure's container may be, and how many are taken
LEAD_LEVELS, LEAD_MAX = 3, 2
#: a short alt text that names site furniture ("Site logo", "Author avatar")
TEMPLATE_ALT = re.compile(r"\b(?:logo|logotype|avatar|icon|headshot|head-shot|mugshot|badge|sprite|spacer|pixel)\b", re.I)
#: class words of a video player around a poster image
VIDEO_WORDS = frozenset({"video", "videos", "player", "videoplayer", "video-player", "jwplayer", "vjs", "yvp",
                         "playback", "media-player"})
IMAGE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
#: images no larger than this (declared width and height, pixels) are icons
ICON_SIZE = 100


def _size(value: str) -> int | None:
    value = value.strip().lower().removesuffix("px")
    return int(value) if value.isdigit() else None


def _promo_link(el: Element) -> bool:
    """An image without alt text that links to another page: a promotion or a related story."""
    link = next((a for a in el.ancestors() if a.tag == "a"), None)
    if link is None or el.get("alt").strip():
        return False
    href = link.get("href").split("?")[0].lower()
    return href.startswith(("http", "/")) and not href.endswith(IMAGE_FILES)


def _teaser_card(el: Element) -> bool:
    """An image linking to another page that a heading nearby links to as well: the
    picture of a teaser card (a related story), not of the article."""
    link = next((a for a in list(el.ancestors())[:4] if a.tag == "a"), None)
    href = _page_of(link.get("href")) if link is not None else ""
    if not href.startswith(("http", "/")) or href.endswith(IMAGE_FILES):
        return False
    card = link
    for _ in range(3):
        card = card.parent
        if card is None:
            return False
        for heading in card.iter():
            if heading.tag in ("h2", "h3", "h4", "h5", "h6") and any(
                    _page_of(a.get("href")) == href
                    for a in (*heading.iter("a"), *(a for a in list(heading.ancestors())[:2] if a.tag == "a"))):
                return True  # <h3><a href=X>…</a></h3>, or <a href=X><h5>…</h5></a>
    return False


def _page_of(href: str) -> str:
    return href.split("#")[0].split("?")[0].rstrip("/").lower()


def template_image(el: Element, in_figure: bool = False) -> bool:
    """An image of the site template (logo, avatar, icon, promotion…), not of the article."""
    width, height = _size(el.get("width")), _size(el.get("height"))
    if width is not None and height is not None and max(width, height) <= ICON_SIZE:
        return True
    if not in_figure and _promo_link(el) or _teaser_card(el):
        return True
    if any(words(a) & VIDEO_WORDS for a in list(el.ancestors())[:5]):
        return True  # a video's poster frame: the video player, not a photo
    src = (el.get("src") or el.get("data-src")).split("?")[0]
    alt = el.get("alt")
    if TEMPLATE_IMAGE.search(" ".join(words(el)) + " " + src) or (len(alt.split()) <= 4 and TEMPLATE_ALT.search(alt)):
        return True
    parent = el.parent
    return parent is not None and parent.tag in ("a", "span", "div") and bool(
        TEMPLATE_IMAGE.search(" ".join(words(parent))))


def attribute_credit(el: Element) -> str | None:
    """A credit held in a data attribute of the image or of the (up to three) elements around it
    — never of the article, a section or the page, whose ``data-byline`` is the article's."""
    node: Element | None = el
    for _ in range(4):
        if node is None or node.tag in _PAGE_TAGS:
            return None
        for name in CREDIT_ATTRS:
            value = " ".join(node.get(name).split())
            if value and len(value) <= 160:
                return value
        for name in CHECKED_CREDIT_ATTRS:
            value = " ".join(node.get(name).split())
            if value and len(value) <= 160 and _ADDRESS.match(value) is None and parse_credit(value).ok:
                return value
        node = node.parent
    return None


def text_credit(el: Element) -> str | None:
    """A credit at the end of the image's alt or title text, or of the caption a script
    shows with it (``data-caption``, a lightbox's)."""
    for name in ("alt", "title", "data-caption"):
        text = " ".join(el.get(name).split())
        span = caption_credit(text) if text else None
        if span:
            return text[span[0]:span[1]]
    return None


def _figures_in(scope: Element, title: Element | None) -> list[Element]:
    """The figures in ``scope``: never in furniture or a page's header, but a ``<header>``
    that holds the headline (``title``) is the article's own, its hero picture the lead."""
    found: list[Element] = []
    candidates = [scope, *scope.iter()]
    for el in candidates:
        if el.tag in SKIP_TAGS or any(el is f or any(a is f for a in el.ancestors()) for f in found):
            continue
        lead = el.tag == "figure" or figure_like(el) or (caption_class(el) and text_length(el) < 400)
        if lead and visible(el) and not any(
                (a.tag == "header" and not (title is not None and any(t is a for t in title.ancestors())))
                or a.tag in ("nav", "aside", "footer") or words(a) & (FURNITURE_WORDS | BYLINE_WORDS)
                for a in (el, *el.ancestors())):  # an author's picture is no lead
            found.append(el)
    return found


def lead_figures(root: Element, body: Element, title: Element | None) -> list[Element]:
    """The lead figure(s) the template puts just before the article element: in the elements
    that precede it within its parent, grandparent or great-grandparent (``title``, the
    headline when it stands outside the article element, is not needed: a lead photo may
    stand above or below it)."""
    if body.tag in ("body", "html", "#document"):
        return []
    before = (body.line, body.column)
    scopes: list[Element] = []
    child = body
    for parent in list(body.ancestors())[:LEAD_LEVELS]:
        if parent.tag in ("body", "html", "#document"):
            break
        index = next(i for i, c in enumerate(parent.children) if c is child)
        scopes[:0] = [c for c in parent.children[:index] if isinstance(c, Element)]
        child = parent
    found = [f for scope in scopes for f in _figures_in(scope, title)]
    return [f for f in found if (f.line, f.column) < before][-LEAD_MAX:]


def trailing_figures(body: Element) -> list[Element]:
    """The figures (and their caption elements) that follow the article element in its
    parent before any other element with text: a section's picture the template puts
    beside its text."""
    parent = body.parent
    if body.tag in ("body", "html", "#document") or parent is None or parent.tag in ("body", "html", "#document"):
        return []
    index = next(i for i, c in enumerate(parent.children) if c is body)
    found: list[Element] = []
    figures = 0
    for el in parent.children[index + 1:]:
        if not isinstance(el, Element) or el.tag in SKIP_TAGS or not visible(el):
            continue
        if el.tag == "figure" or figure_like(el):
            if figures == LEAD_MAX or any(a.tag in ("header", "nav", "aside", "footer") or words(a) & FURNITURE_WORDS
                                          for a in (el, *el.ancestors())):
                break
            figures += 1
        elif not (found and (el.tag == "figcaption" or caption_class(el)) and text_length(el) < 400):
            break
        found.append(el)
    return found
