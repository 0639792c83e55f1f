"""The article's images in a page: which are article images, and the credits they carry
outside a caption.

- *Template images* are not article images: an image whose class, id, file path (or a
  short alt text) says logo, avatar, head-shot, mug, icon, badge, sprite, author,
  profile, banner, sponsor, rating…, or whose declared width and height are both under
  100 pixels.  They are counted in ``meta["region"]["template_images"]``, not checked.
- *Lead figures*: a figure (``<figure>``, or a small element with a figure/photo/image
  class around an ``<img>``) that stands between the headline and the article element —
  the lead photo many templates put above ``<article>`` — belongs to the article.
- *Credits outside the caption* (``credit_visible: false``): a data attribute of the
  image or of the element around it (``data-credit``, ``data-attrib``,
  ``data-copyright``, ``data-photographer``…), or a credit at the end of the image's
  alt/title text (``alt="… (AP Photo/Jane Roe)"``).  A visible credit always wins.
"""

from __future__ import annotations

from validator.detect.photo import caption_credit
from validator.readers._htmltree import Element
from validator.readers._page import CREDIT_ATTRS, SKIP_TAGS, TEMPLATE_IMAGE, figure_like, visible, words

#: images smaller than this (declared width and height, pixels) are icons
ICON_SIZE = 100


def _size(value: str) -> int | None:
    value = value.strip().lower().removesuffix("px")
    return int(value) if value.isdigit() else None


def template_image(el: Element) -> bool:
    """An image of the site template (logo, avatar, icon…), not of the article."""
    width, height = _size(el.get("width")), _size(el.get("height"))
    if width is not None and height is not None and max(width, height) < ICON_SIZE:
        return True
    src = (el.get("src") or el.get("data-src")).split("?")[0]
    alt = el.get("alt")
    own = " ".join(words(el)) + " " + src + (" " + alt if len(alt.split()) <= 4 else "")
    if TEMPLATE_IMAGE.search(own):
        return True
    parent = el.parent
    return parent is not None and parent.tag in ("a", "span", "div") and bool(
        TEMPLATE_IMAGE.search(" ".join(words(parent))))


def attribute_credit(el: Element) -> str | None:
    """A credit held in a data attribute of the image or of the (up to three) elements around it."""
    node: Element | None = el
    for _ in range(4):
        if node is None:
            return None
        for name in CREDIT_ATTRS:
            value = " ".join(node.get(name).split())
            if value and len(value) <= 160:
                return value
        node = node.parent
    return None


def text_credit(el: Element) -> str | None:
    """A credit at the end of the image's alt or title text."""
    for name in ("alt", "title"):
        text = " ".join(el.get(name).split())
        span = caption_credit(text) if text else None
        if span:
            return text[span[0]:span[1]]
    return None


def lead_figures(root: Element, body: Element, title: Element | None) -> list[Element]:
    """Figures between the headline (outside the article element) and the article element."""
    if title is None or body.tag in ("body", "html", "#document"):
        return []
    after, before = (title.line, title.column), (body.line, body.column)
    found: list[Element] = []
    for el in root.iter():
        at = (el.line, el.column)
        if at <= after:
            continue
        if at >= before:
            break
        if el.tag in SKIP_TAGS or any(el is f or any(a is f for a in el.ancestors()) for f in found):
            continue
        if (el.tag == "figure" or figure_like(el)) and visible(el) and not any(
                a.tag in ("header", "nav", "aside", "footer") for a in el.ancestors()):
            found.append(el)
    return found
