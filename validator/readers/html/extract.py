"""From an HTML tree to blocks, images and links (used by the HTML and JSON readers).

:class:`Extractor` walks the article body once.  Every element gets a block
kind from its tag, its class/id words and the kind of its parent; text runs
are gathered into the current block until a block-level element or a change
of kind closes it; a caption's trailing "Photo: …" becomes a credit block of
its own.  The images, and the captions and credits that go with them, are
gathered by :class:`validator.readers.html.pictures.Pictures`.
"""

from __future__ import annotations

import re
from typing import Any

from validator.article import Block
from validator.credits import looks_like_credit_line
from validator.detect.photo import credit_span
from validator.readers.footer import footer_after_rule
from validator.readers.html.blocktext import TextBuilder, slice_built
from validator.readers.html.figures import lead_figures, trailing_figures
from validator.readers.html.page import (
    BLOCK_TAGS,
    BYLINE_WORDS,
    CREDIT_TAGS,
    CREDIT_WORDS,
    DATE_WORDS,
    FOOTER_WORDS,
    FURNITURE_TAGS,
    FURNITURE_WORDS,
    QUOTE_WORDS,
    SECTIONING,
    SOURCE_WORDS,
    camera_label,
    caption_class,
    credited_media,
    figure_like,
    notes_near,
    picture_gallery,
    skipped,
    standfirsts,
    text_length,
    visible,
    words,
)
from validator.readers.html.pictures import Pictures
from validator.readers.html.tree import HEADINGS, Element, Text, parse

_BUTTON_WORDS = frozenset({"btn", "button"})
#: whole blocks that are interface, not article text
INTERFACE = re.compile(
    r"^(?:read\s+(?:more|also)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news|content))?|"
    r"advertisement|sponsored(?:\s+content)?|subscribe\b.*|sign\s+up\b.*\b(?:newsletters?|alerts|updates|e-?mails?)\b.*|"
    r"share(?:\s+this)?(?:\s+(?:article|story))?|"
    r"follow\s+us\b.*|print(?:\s+this\s+article)?|e-?mail|tags?|topics?|keywords?|helpful\s+keywords|"
    r"click\s+here\b.*|continue\s+reading|next\s+article|previous\s+article|back\s+to\s+top|most\s+(?:read|popular)|"
    r"comments?(?:\s*\(\d+\))?|logo(?:\s+\w+)?|skip\s+to\s+(?:main\s+)?content|loading\W*)"
    r"(?:\s*[:：|-]\s*.{0,120})?\W*$",
    re.I,
)


class Extractor:
    """Blocks, images and links of the article body of a parsed page or fragment."""

    def __init__(self, root: Element, body: Element, fragment: bool = False):
        self.root, self.body, self.fragment = root, body, fragment
        self.blocks: list[Block] = []
        self.pictures = Pictures()
        self.images = self.pictures.images
        self.links: list[dict[str, Any]] = []
        self.bylines: list[dict[str, Any]] = []
        self.dates: list[dict[str, Any]] = []
        self._buf = TextBuilder()
        self._buf_kind = ""
        self._rules: list[int] = []  # blocks before each <hr> of the body
        self.title_el = self._title_element()
        stand = standfirsts(body)
        if not stand and not fragment:
            stand = [el for el in standfirsts(root) if (el.line, el.column) < (body.line, body.column)][:1]
        self._standfirst = {id(el) for el in stand}
        self._outside = [el for el in stand if not self._inside_body(el)]
        if not fragment:
            self._outside += notes_near(body)

    @property
    def template_images(self) -> int:
        """Images of the site template met inside the body and left out."""
        return self.pictures.template_images

    def _inside_body(self, el: Element) -> bool:
        return el is self.body or any(a is self.body for a in el.ancestors())

    def _title_element(self) -> Element | None:
        if self.fragment:
            return None
        for scope in (self.body, self.root):
            for h1 in scope.iter("h1"):
                if visible(h1) and text_length(h1) and not (words(h1) & {"logo", "brand", "site"}):
                    return h1
        return None

    # -- running --------------------------------------------------------------
    def run(self) -> None:
        if self.title_el is not None and not self._inside_body(self.title_el):
            self.visit(self.title_el, "paragraph")
        elif self.title_el is None and not self.fragment:
            self._page_title()
        for el in self._outside:
            self.visit(el, "paragraph")
        if not self.fragment:
            title = self.title_el if self.title_el is not None and not self._inside_body(self.title_el) else None
            for el in lead_figures(self.root, self.body, title):
                self.visit(el, "paragraph")
                self._flush()
        self.visit(self.body, "paragraph")
        self._flush()
        if not self.fragment:
            for el in trailing_figures(self.body):
                self.visit(el, "paragraph")
                self._flush()
        self.pictures.finish_walk()
        self.blocks = footer_after_rule(self.blocks, self._rules)
        self.blocks.sort(key=lambda b: (b.line, b.column))

    def _page_title(self) -> None:
        title = next(self.root.iter("title"), None)
        if title is not None:
            tb = TextBuilder()
            for node in title.children:
                if isinstance(node, Text):
                    tb.add(node)
            if tb:
                self._emit("title", tb.result())

    def title_text(self) -> str | None:
        return next((b.text.replace("\n", " ") for b in self.blocks if b.kind == "title"), None)

    def byline_authors(self) -> list[str]:
        for byline in self.bylines:
            text = re.sub(r"^\s*by\s+", "", byline["text"], flags=re.I).strip()
            names = [n.strip(" .") for n in re.split(r"\s*(?:,|;|&|\band\b)\s*", text) if n.strip(" .")]
            if names and all(len(n.split()) <= 5 and not re.search(r"\d", n) for n in names):
                return names
        return []

    # -- kinds ----------------------------------------------------------------
    def kind_for(self, el: Element, ctx: str) -> str | None:
        tag = el.tag
        if skipped(el):
            return None
        if tag in ("header", "footer") and not self.fragment and not any(
                a.tag in SECTIONING or (a is self.body and a.tag not in ("body", "html", "#document"))
                for a in el.ancestors()):
            return None  # the page's own header/footer
        if ctx in ("furniture", "paragraph") and not self.pictures.prose_seen and camera_label(el):
            return "credit"  # a camera icon and a name above the story: the page's picture credit
        if ctx in ("furniture", "byline", "date"):
            return ctx
        w = words(el)
        # bylines, dates and loose captions are whole elements, not words inside a paragraph
        whole = tag in BLOCK_TAGS or not self._buf
        if self.pictures.figure is not None or (el is not self.body and figure_like(el)):
            if tag in FURNITURE_TAGS or w & _BUTTON_WORDS:
                return "furniture"  # "Show image description": a control on the picture, not its caption
            if w & CREDIT_WORDS or (ctx in ("caption", "paragraph") and (tag in CREDIT_TAGS or w & SOURCE_WORDS)):
                return "credit"
            if ctx == "credit":
                return ctx
            if tag == "figcaption" or caption_class(el):
                return "caption"
            if tag == "blockquote":
                return "quote"
            if ctx == "paragraph" and self.pictures.figure is not None:
                return "caption"
        elif ctx in ("paragraph", "standfirst") and whole:  # a picture's text inside an intro block
            if w & BYLINE_WORDS or tag == "address":
                return "byline"
            if w & CREDIT_WORDS - {"byline"}:
                return "credit"
            if caption_class(el):
                return "caption"
        if ctx == "caption" and (w & CREDIT_WORDS or tag in CREDIT_TAGS):
            return "credit"  # <p class="caption">… <span class="credit">Foto: Name/dpa</span></p>
        if ctx != "paragraph":
            return ctx
        if tag == "blockquote" or w & QUOTE_WORDS:  # before furniture: <aside class="pullquote">
            return "quote"
        if el is not self.body and (tag in FURNITURE_TAGS or w & FURNITURE_WORDS) \
                and not (figure_like(el) and credited_media(el)) and not picture_gallery(el):
            return "furniture"  # not the body ("topics-x": a post class), "related-media", a "carousel" gallery
        if tag == "h1":
            return "title" if el is self.title_el else "heading"
        if tag in HEADINGS:
            return "heading"
        if tag == "footer" or w & FOOTER_WORDS:
            return "footer"
        if id(el) in self._standfirst:
            return "standfirst"
        if w & DATE_WORDS and whole:
            return "date"
        return ctx

    # -- walking --------------------------------------------------------------
    def visit(self, el: Element, ctx: str) -> None:
        kind = self.kind_for(el, ctx)
        if kind is None:
            return
        tag = el.tag
        if tag == "br":
            self._buf.hard_break()
            return
        if tag == "hr":
            self._flush()
            if kind == "paragraph":
                self._rules.append(len(self.blocks))
            return
        if tag in ("img", "amp-img"):
            if kind not in ("furniture", "byline", "date"):
                self.pictures.image(el)
            return
        boundary = tag in BLOCK_TAGS or kind != ctx
        if boundary:
            self._flush()
        figure = self.pictures.figure
        if el.tag == "figure" or (figure is None and el is not self.body and figure_like(el)):
            self.pictures.open_figure()
        if tag == "a" and el.get("href") and not el.get("href").lower().startswith("javascript:"):
            self._link(el)
        for node in el.children:
            if isinstance(node, Text):
                if self._buf and self._buf_kind != kind:
                    self._flush()
                self._buf.add(node)
                if self._buf:
                    self._buf_kind = kind
            else:
                self.visit(node, kind)
        if boundary:
            self.pictures.icon_credit = kind == "credit" and ctx != "credit" and camera_label(el)
            self._flush()
            self.pictures.icon_credit = False
        if self.pictures.figure is not figure:
            self.pictures.close_figure(figure)

    def _flush(self) -> None:
        if self._buf:
            self._emit(self._buf_kind, self._buf.result())
        self._buf = TextBuilder()
        self._buf_kind = ""

    def _emit(self, kind: str, built: tuple) -> None:
        text, line, column, segments = built
        if kind in ("byline", "date"):
            (self.bylines if kind == "byline" else self.dates).append(
                {"text": text.replace("\n", " "), "line": line, "column": column})
            return
        if kind == "paragraph" and len(text) <= 160 and INTERFACE.match(text):
            kind = "furniture"
        elif kind == "paragraph" and len(text) <= 160 and looks_like_credit_line(text):
            kind = "credit"  # "Main image credit: Name/Agency" standing as a paragraph of its own
        if kind == "caption":
            span = credit_span(text)
            if span:
                caption = slice_built(built, 0, span[0])
                cut = len(caption[0].rstrip(" |/–—-(\n"))
                if cut:
                    self._emit_one("caption", slice_built(built, 0, cut))
                self._emit_one("credit", slice_built(built, *span))
                return
        self._emit_one(kind, built)

    def _emit_one(self, kind: str, built: tuple) -> None:
        text, line, column, segments = built
        self.blocks.append(Block(kind=kind, text=text, line=line, column=column, segments=segments))
        self.pictures.text(kind, built)

    def _link(self, el: Element) -> None:
        tb = TextBuilder()
        stack = list(reversed(el.children))
        while stack:
            node = stack.pop()
            if isinstance(node, Text):
                tb.add(node)
            elif not skipped(node):
                stack.extend(reversed(node.children))
        text, line, column, _ = tb.result()
        self.links.append({"url": el.get("href").strip(), "text": text.replace("\n", " "),
                           "line": line or el.line, "column": column or el.column})


def fragment(html_text: str) -> tuple[Extractor, list[str]]:
    """Blocks, images and links of an HTML fragment (a CMS ``body_html``)."""
    root, notes = parse(html_text)
    ex = Extractor(root, root, fragment=True)
    ex.run()
    return ex, notes
