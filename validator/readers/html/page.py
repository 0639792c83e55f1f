"""Where the article is in a parsed page (its word lists), and what an element is, by its tag and class.

The word lists here decide the block kinds (see :mod:`validator.readers.html.extract`):
an element's class and id are split into words (``article__standfirst`` →
``article``, ``standfirst``) and compared with them.
"""

from __future__ import annotations

import re

from validator.readers.html.tree import HEADINGS, Element, Text

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul caption #document".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template nav iframe svg math object embed canvas video audio head "
    "map picture-source".split()
)
FURNITURE_TAGS = frozenset("aside button form menu label select option dialog input textarea".split())
SECTIONING = frozenset({"article", "main", "section"})

_SHARE = re.compile(r"share|social", re.I)
COMMENT_WORDS = frozenset({"comments", "commentlist", "comment-list", "comment-section", "comment-thread", "comment-respond",
                           "disqus", "replies"})
CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "byline", "photographer", "attribution", "photocredit",
                          "imagecredit", "rights", "fotograf", "bildnachweis", "quelle",
                          # the picture's author in a figure: "autor-foto", "photo__author", "auteur-photo"
                          "credito", "crédito", "creditos", "créditos", "fotografo", "fotógrafo", "bildquelle",
                          "fotonachweis", "fotoquelle", "photo-author", "foto-autor", "autor-foto", "auteur-photo",
                          "photo-auteur", "image-author", "foto-autore", "autore-foto"})
#: tags that hold a figure's credit inside its caption (``<cite>Jane Roe/AP</cite>``)
CREDIT_TAGS = frozenset({"cite", "small"})
#: a figure's credit under these words is the credit when it reads as one (``class="source"``)
SOURCE_WORDS = frozenset({"source", "contributor", "author", "provider", "origin", "autor", "auteur", "autore"})
CAPTION_WORDS = frozenset({"caption", "figcaption", "legend", "legende", "légende", "bildunterschrift", "bildtext",
                           "didascalia", "pie", "подпись"})
#: a class token naming an image's text: "img-metadata__title", "ImageDescriptionText", "photo-info"
_IMAGE_TEXT = re.compile(r"(?:image|img|photo|picture|pic|bild|foto)[-_]*(?:description|desc|text|info|meta|"
                         r"metadata|title|subtitle|legend|credit|copyright)", re.I)
FIGURE_WORDS = frozenset({"figure", "image", "img", "photo", "picture", "caption", "media"})
BYLINE_WORDS = frozenset({"byline", "author", "authors", "contributor", "contributors",
                          "auteur", "auteurs", "autor", "autores", "autore", "autori", "verfasser"})
DATE_WORDS = frozenset({"date", "dateline-time", "timestamp", "published", "pubdate", "updated"})
QUOTE_WORDS = frozenset({"pullquote", "blockquote"})
#: a note the page sets apart for the article (an editor's or republication note): read
#: even when it stands just outside the article region
NOTE_WORDS = frozenset({"editor-note", "editors-note", "source-note", "translation-note", "translator-note",
                        "republish-note", "republication-note", "origin-note", "syndication-note"})
FOOTER_WORDS = frozenset({"disclaimer", "translation", "article-footer", "endnote"}) | NOTE_WORDS
#: the longest note read from outside the region
NOTE_MAX = 600
FURNITURE_WORDS = frozenset(
    {"related", "recommended", "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement",
     "ad", "ads", "adslot", "sponsor", "sponsored", "tags", "tag-list", "breadcrumb", "breadcrumbs", "readmore",
     "read-more", "more-stories", "also-read", "toolbar", "widget", "banner", "cookie", "paywall", "pagination",
     "pager", "keywords", "topics", "outbrain", "taboola", "print", "carousel", "playlist", "teaser", "teasers", "suggested", "recirculation", "recirc", "trending", "popular",
     "most-popular", "most-read", "mostread", "latest-news", "latest-posts", "read-next", "up-next", "you-may-like", "cta", "calltoaction"}
)
#: class/id words of the element that holds an article's text when the page has no <article>
ARTICLE_BODY_WORDS = frozenset({"articlebody", "article-body", "article-content", "article-text", "story-body",
                                "storybody", "story-content", "entry-content", "post-content", "post-body",
                                "articletext", "article__body", "article__content"})
STANDFIRST_ENDINGS = frozenset({"standfirst", "lede", "summary", "dek", "deck", "intro", "excerpt", "subhead"})

_NO_WORDS: frozenset[str] = frozenset()


def _pieces(words: frozenset[str]) -> re.Pattern[str]:
    """A search for any of ``words`` as a piece of a lower-cased string: an element whose
    class, id and itemprop hold none of them is ruled out without splitting them."""
    return re.compile("|".join(re.escape(w) for w in sorted(words)))


_BODY_PIECES, _COMMENT_PIECES = _pieces(ARTICLE_BODY_WORDS), _pieces(COMMENT_WORDS)
_ENDING_PIECES = _pieces(STANDFIRST_ENDINGS)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


_SEPARATORS = re.compile(r"[-_]+")


def words(el: Element) -> frozenset[str]:
    """The class and id of an element as lower-case tokens and their -/_ parts."""
    return _remember(el, "words", _words)


def _remember(el: Element, key: str, compute):
    """``compute(el)``, worked out once per element and kept in its memo (made when first
    asked: most elements are never)."""
    memo = _memo(el)
    found = memo.get(key)
    if found is None:
        found = memo[key] = compute(el)
    return found


def _memo(el: Element) -> dict[str, object]:
    memo = el.memo
    if memo is None:
        memo = el.memo = {}
    return memo


def _words(el: Element) -> frozenset[str]:
    given = f"{el.get('class')} {el.get('id')} {el.get('itemprop')}"
    found = _WORDS_OF.get(given)
    if found is None:
        if len(_WORDS_OF) >= 20_000:
            _WORDS_OF.clear()
        found = _WORDS_OF[given] = _words_of(given)
    return found


#: the words of a class, id and itemprop, by their text (a page repeats the same classes, and
#: pages of one site each other's): at most 20,000, then forgotten at once
_WORDS_OF: dict[str, frozenset[str]] = {}


def _words_of(given: str) -> frozenset[str]:
    raw = given.lower().split()
    if not raw:
        return _NO_WORDS
    out = set(raw)
    for token in raw + _CAMEL.sub("-", given).lower().split():  # "ImageDescriptionCopyright", "photoCredit"
        parts = [p for p in _SEPARATORS.split(token) if p]
        out.update(parts)
        out.update(f"{a}-{b}" for a, b in zip(parts, parts[1:]))  # "latest-news-box" has "latest-news"
    return frozenset(out)


#: attributes of an image (or the element around it) that hold its credit
CREDIT_ATTRS = ("data-credit", "data-photo-credit", "data-image-credit", "data-caption-credit", "data-attrib",
                "data-attribution", "data-copyright", "data-photographer", "data-byline")
#: attributes that hold an image's credit only when their value reads as one (a person or an
#: agency): ``data-source`` is as often a file address or a CMS's name.  ``data-author`` is not
#: read: on a page it most often names the article's author, not the picture's.
CHECKED_CREDIT_ATTRS = ("data-source",)
#: words of an image's class, id, alt or src that mark site furniture, not an article image
TEMPLATE_IMAGE = re.compile(r"(?:^|[\W_])(?:logo|logos|avatar|avatars|headshot|head-shot|mugshot|mug|mugs|"
                            r"icon|icons|emoji|sprite|spacer|pixel|badge|badges|author|authors|profile|gravatar|"
                            r"favicon|brand|sponsor|advert|banner|rating|ratings|btn|button|buttons)(?:$|[\W_\d])", re.I)


def caption_class(el: Element) -> bool:
    """The element's class says it holds an image's caption or credit text."""
    return bool(words(el) & CAPTION_WORDS or _IMAGE_TEXT.search(el.get("class")))


def _single_words(el: Element) -> frozenset[str]:
    """The class/id tokens and their parts, without the pairs :func:`words` adds
    ("yom-top-story-content" is not a "story-content")."""
    return _remember(el, "single", _single)


def _single(el: Element) -> frozenset[str]:
    whole = el.get("class").lower().split() + el.get("id").lower().split()
    return frozenset(w for w in words(el) if "-" not in w or w in whole)


def names_body(el: Element) -> bool:
    """The element's class or id names an article body (``ARTICLE_BODY_WORDS``)."""
    given = f"{el.get('class')} {el.get('id')} {el.get('itemprop')}".lower()
    return _BODY_PIECES.search(given) is not None and bool(_single_words(el) & ARTICLE_BODY_WORDS)


def is_hidden(el: Element) -> bool:
    style = el.get("style").replace(" ", "").lower()
    return "hidden" in el.attrs or "display:none" in style or "visibility:hidden" in style


#: the most text a share bar or social widget holds; an element named so that holds more wraps the story
SHARE_TEXT = 1500


def skipped(el: Element) -> bool:
    return _remember(el, "skipped", _skipped)


def _skipped(el: Element) -> bool:
    if el.tag in SKIP_TAGS or is_hidden(el):
        return True
    given = f"{el.get('class')} {el.get('id')}"
    # share bars; a BEM modifier ("content-header--social-icons-position") is not one, nor a
    # wrapper that holds the article's text ("share-zone" around the whole story)
    if any(_SHARE.search(token.split("--")[0]) for token in given.split()) and text_length(el) < SHARE_TEXT:
        return True
    given = f"{given} {el.get('itemprop')}".lower()
    return _COMMENT_PIECES.search(given) is not None and bool(words(el) & COMMENT_WORDS)


#: an icon font's camera ("fa-camera", "fi-camera", "icon-camera"): the text beside it credits the pictures
ICON_TAGS = frozenset({"i", "span", "svg", "em"})
_DIGIT = re.compile(r"\d")


def camera_label(el: Element) -> bool:
    """A short element opened by a camera icon (``<label><i class="fi-camera"></i>Name</label>``):
    the page's picture credit, the icon standing for "Photo:"."""
    if "camera" in words(el) or not 0 < text_length(el) <= 80:
        return False
    first = next((node for node in el.children if not (isinstance(node, Text) and not node.text.strip())), None)
    if not (isinstance(first, Element) and first.tag in ICON_TAGS and "camera" in words(first)):
        return False
    return not _DIGIT.search(el.raw_text())  # "12 photos" beside the icon counts a gallery's pictures


def visible(el: Element) -> bool:
    """Neither the element nor any element around it is skipped."""
    chain, node, shown = [], el, True
    while node is not None:  # up to the nearest element already known (iterative: deep trees are fine)
        known = _memo(node).get("visible")
        if known is not None:
            shown = known  # type: ignore[assignment]
            break
        chain.append(node)
        node = node.parent
    for node in reversed(chain):  # from the outermost down: shown while nothing around is skipped
        shown = shown and not skipped(node)
        _memo(node)["visible"] = shown
    return shown


def text_length(el: Element) -> int:
    return _remember(el, "length", _text_length)


def _text_length(el: Element) -> int:
    """The length of the stripped text runs inside ``el``, outside skipped tags (an element
    whose length is already known counts as that: the same sum, without walking it again)."""
    total = 0
    stack = list(el.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            total += len(node.text.strip())
        elif node.tag not in SKIP_TAGS:
            memo = node.memo
            known = memo.get("length") if memo else None
            if known is None:
                stack.extend(node.children)
            else:
                total += known
    return total


def standfirsts(scope: Element) -> list[Element]:
    found, lead_seen = [], False
    for el in scope.iter():
        if el.tag in SKIP_TAGS or el.tag in ("meta", "figure", "figcaption"):
            continue
        low = el.get("class").lower()
        if not low:
            continue
        endings = {_SEPARATORS.split(t)[-1] for t in low.split()} if _ENDING_PIECES.search(low) else ()
        if endings and endings & STANDFIRST_ENDINGS:
            found.append(el)
        elif el.tag == "p" and "lead" in low.split() and not lead_seen:
            lead_seen = True
            found.append(el)
    return [el for el in found if visible(el) and text_length(el)]


def figure_like(el: Element) -> bool:
    """A ``<figure>``, or a small element with a figure/photo/image class around an ``<img>``."""
    return _remember(el, "figure", _figure_like)


def _figure_like(el: Element) -> bool:
    if el.tag == "figure":
        return True
    if not (el.attrs.get("class") or el.attrs.get("id") or el.attrs.get("itemprop")) or not words(el) & FIGURE_WORDS:
        return False
    if next(el.iter("img"), None) is None or text_length(el) >= 300:
        return False
    return sum(1 for _ in el.iter("p")) <= 1 or credited_media(el)


#: the most short paragraphs a media block holds (the picture, its credit, its caption)
MEDIA_PARTS = 3
#: the longest credit element of a media block
MEDIA_CREDIT = 80


def credited_media(el: Element) -> bool:
    """A media block: one picture, not linking to another page, with its credit and
    caption in short elements of their own (``<p class="photo"><img></p><p
    class="contributor">Agency</p><p>Caption</p>``) — a figure even when the template's
    class calls it related media (a teaser's picture links to its story)."""
    return _remember(el, "media", _credited_media)


def _credited_media(el: Element) -> bool:
    images = list(el.iter("img"))
    if len(images) != 1 or sum(1 for _ in el.iter("p")) > MEDIA_PARTS:
        return False
    for a in images[0].ancestors():
        if a is el:
            break
        if a.tag == "a" and a.get("href").strip():
            return False
    return any(d is not el and words(d) & (CREDIT_WORDS | SOURCE_WORDS) and 0 < text_length(d) <= MEDIA_CREDIT
               for d in el.iter())


_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$", re.I)


def picture_gallery(el: Element) -> bool:
    """A gallery of the article's own pictures, though its class says carousel or slider:
    two or more ``<figure>`` elements, each with its caption, no heading and no link to
    another page (a link to the picture's own file is a lightbox's) — a related-stories
    carousel has headlines that link to their stories."""
    return _remember(el, "gallery", _picture_gallery)


def _picture_gallery(el: Element) -> bool:
    figures = list(el.iter("figure"))
    if len(figures) < 2 or any(next(f.iter("figcaption"), None) is None for f in figures):
        return False
    if any(True for t in HEADINGS for _ in el.iter(t)):
        return False
    return not any(a.get("href").strip() and not _PICTURE_FILE.search(a.get("href").strip()) for a in el.iter("a"))


def notes_near(body: Element) -> list[Element]:
    """Notes (``NOTE_WORDS``: ``class="editors_note"``…) that stand just outside the article
    region: in the block that holds it, or the block around that, not in it, not in
    furniture, and short (a note, not a page section)."""
    scope = body.parent.parent if body.parent is not None and body.parent.parent is not None else body.parent
    if scope is None:
        return []
    found = []
    inside = {id(el) for el in body.iter()} | {id(body)}
    for el in scope.iter():
        if id(el) in inside or not words(el) & NOTE_WORDS:
            continue
        if any(f is el or any(a is f for a in el.ancestors()) for f in found):
            continue
        if el.tag in FURNITURE_TAGS or any(a.tag in FURNITURE_TAGS or a.tag == "footer" or words(a) & FURNITURE_WORDS
                                           for a in el.ancestors()):
            continue
        if visible(el) and 0 < text_length(el) <= NOTE_MAX:
            found.append(el)
    return found
