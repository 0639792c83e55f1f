"""The images of an HTML article body, gathered while the extractor walks it.

:class:`Pictures` keeps the images met so far (plain dicts, later
:class:`~validator.article.Image` models) and the figure being read.  A figure
collects its images, captions and credits and hands them to its images when it
closes; an image outside a figure takes the caption or credit that follows it
before any prose; a credit with no image nearby credits the uncredited lead image
("Main image credit: …") or stands for an image a script draws; a credit the page
does not show (a data attribute, the alt text) counts only when none is visible.
"""

from __future__ import annotations

import re
from typing import Any

from validator.article import offset_position
from validator.credits import copyright_notice, label_at, parse_credit
from validator.detect.photo import caption_credit
from validator.readers.html.figures import attribute_credit, template_image, text_credit
from validator.readers.html.tree import Element

#: a credit line that says it credits the lead image ("Main image credit: …", "Top photo: …")
LEAD_CREDIT = re.compile(r"^\W*(?:main|lead|top|header|featured|feature|cover|hero|banner)\s+(?:image|photo|picture)", re.I)
#: a credit line for every picture of the article: "Photos: Jane Roe", "All photos by …", "Text und Fotos: …"
PAGE_CREDIT = re.compile(r"^\W*(?:all\s+)?(?:(?:story|text|texte|texto|words|reporting)\s+(?:and|und|et|y|&)\s+)?"
                         r"(?:photos|photographs|photography|pictures|images|fotos|bilder|fotografías"
                         r"|(?:photo|image)\s+credits|crédits\s+photos?)\b", re.I)
#: the stand-in a lazy-loaded image shows before a script puts its real source in place
_PLACEHOLDER = re.compile(r"(?:^|/)(?:leer|blank|spacer|transparent|pixel|placeholder|empty|lazy|grey|gray)"
                          r"[\w-]*\.(?:gif|png|svg)(?:\?|$)", re.I)

#: the longest paragraph read as a loose image's caption
CAPTION_PARAGRAPH = 300


class Pictures:
    """The images found so far, the open figure, and what a caption or credit attaches to."""

    def __init__(self) -> None:
        self.images: list[dict[str, Any]] = []
        self.figure: dict[str, Any] | None = None
        self.loose: int | None = None  # index of an image outside figures that may get a caption
        self.prose_seen = False
        self.hidden: dict[int, str] = {}  # image index -> a credit not shown on the page
        self.template_images = 0
        self.icon_credit = False  # the credit being emitted stands beside a camera icon
        self.closed: list[dict[str, Any]] = []  # a figure just closed without a credit: its images
        self.page_credits: list[tuple] = []  # credit lines for every picture ("Photos: Jane Roe")
        self.recent: list[dict[str, Any]] = []  # the images met since the last prose

    def open_figure(self) -> None:
        self.closed = []
        self.figure = {"images": [], "captions": [], "credits": []}

    def close_figure(self, outer: dict[str, Any] | None) -> None:
        """The figure ends: its text goes to its images, and the walk is back in ``outer``."""
        inner = self.figure
        self.finish_figure()
        self.figure = outer
        if outer is not None and inner:  # a <figure> inside a figure-like block: the block's caption is its
            outer["images"].extend(inner["images"])

    def finish_walk(self) -> None:
        """A credit line for every picture ("Photos: Jane Roe") goes to the images that have
        no credit of their own; then credits the page does not show go to the images that
        still have no visible one."""
        for text, line, column, _ in self.page_credits:
            for image in self.images:
                if image.get("src") and not image.get("credit"):
                    image["credit"], image["credit_line"], image["credit_column"] = text.replace("\n", " "), line, column
        for i, image in enumerate(self.images):
            if not image.get("credit") and i in self.hidden:
                image["credit"], image["credit_visible"] = self.hidden[i], False

    def lead_uncredited(self) -> int | None:
        return next((i for i, im in enumerate(self.images)
                     if im.get("position") == "lead" and im.get("src") and not im.get("credit")), None)

    def credit_image(self, built: tuple) -> None:
        text, line, column, _ = built
        self.images.append({"src": None, "line": line, "column": column, "credit": text.replace("\n", " "),
                            "credit_line": line, "credit_column": column,
                            "position": "inline" if self.prose_seen else "lead"})

    def image(self, el: Element) -> None:
        src = el.get("src")
        if not src or src.startswith("data:") or _PLACEHOLDER.search(src):  # a lazy image's stand-in
            src = (el.get("data-src") or el.get("data-original") or el.get("data-lazy-src") or el.get("data-retina-src")
                   or src)
        if el.get("width") in ("0", "1") or el.get("height") in ("0", "1"):
            return  # a tracking pixel
        if template_image(el, in_figure=self.figure is not None):
            self.template_images += 1
            return
        image = {"src": src or None, "alt": el.get("alt").strip() or None, "line": el.line, "column": el.column,
                 "position": "inline" if self.prose_seen else "lead"}
        self.images.append(image)
        self.recent.append(image)
        self.closed = []
        hidden = attribute_credit(el) or text_credit(el)
        if hidden:
            self.hidden[len(self.images) - 1] = hidden
        if self.figure is not None:
            self.figure["images"].append(image)
        else:
            self.loose = len(self.images) - 1

    def finish_figure(self) -> None:
        fig = self.figure
        if fig and not fig["images"] and fig["credits"] and caption_credit(fig["credits"][0][0]):
            self.credit_image(fig["credits"][0])  # a lazy-loaded image: its credit stands for it
            fig["images"].append(self.images[-1])
        if not fig or not fig["images"]:
            return
        if len(fig["images"]) == 1 and not fig["captions"] and not fig["credits"]:
            # an image block without its text: the caption element the template puts right
            # after it (before any paragraph) is its caption, as for a loose <img>
            self.loose = next((i for i, im in enumerate(self.images) if im is fig["images"][0]), None)
        caption = " ".join(c[0].replace("\n", " ") for c in fig["captions"]) or None
        credit = fig["credits"][0] if fig["credits"] else None
        self.closed = [] if credit else list(fig["images"])
        for image in fig["images"]:
            image["caption"] = image.get("caption") or caption
            if credit and not image.get("credit"):
                image["credit"] = " ".join(c[0].replace("\n", " ") for c in fig["credits"])
                image["credit_line"], image["credit_column"] = credit[1], credit[2]

    def _after_figure(self, text: str, line: int, column: int) -> bool:
        """A credit element right after a figure that closed without one (before any prose)
        credits that figure's images, when it reads as a credit."""
        images = [im for im in self.closed if not im.get("credit")]
        if not images or copyright_notice(text) or not (caption_credit(text) or parse_credit(text).ok):
            return False
        for im in images:
            im["credit"], im["credit_line"], im["credit_column"] = text.replace("\n", " "), line, column
        self.closed = []
        return True

    def _caption_paragraph(self, built: tuple) -> bool:
        """A short paragraph holding a loose image or right after it, that ends in a labelled
        or "/"-joined credit, is the image's caption: its credit goes to the image."""
        text, line, column, segments = built
        if self.loose is None or len(text) > CAPTION_PARAGRAPH:
            return False
        image = self.images[self.loose]
        span = caption_credit(text)
        if image.get("credit") or not span:
            return False
        credit = text[span[0]:span[1]]
        label = label_at(credit)
        if not ("/" in credit or label is not None and label.start() == 0):
            return False  # "… next week. (Reuters)": a short story's sign-off, not a caption's credit
        image["credit"] = credit.replace("\n", " ")
        image["credit_line"], image["credit_column"] = offset_position(line, column, segments, span[0])
        image["caption"] = image.get("caption") or text[:span[0]].rstrip(" |/–—-([（\n").replace("\n", " ") or None
        return True

    def text(self, kind: str, built: tuple) -> None:
        """A block the walk emitted: a caption or credit goes to its image; prose ends a loose image's text."""
        self._text(kind, built)
        text, line, column, _ = built
        if kind == "credit" and self.recent and PAGE_CREDIT.match(text) and not copyright_notice(text):
            for im in self.recent:  # "Photos: Jane Roe" after a gallery: every picture of it
                if not im.get("credit"):
                    im["credit"], im["credit_line"], im["credit_column"] = text.replace("\n", " "), line, column
        elif kind in ("paragraph", "quote", "standfirst", "heading", "footer"):
            self.recent = []

    def _text(self, kind: str, built: tuple) -> None:
        text, line, column, _ = built
        if kind in ("caption", "credit"):
            target = self.figure
            if target is None and self.loose is not None:
                im = self.images[self.loose]
                field = "caption" if kind == "caption" else "credit"
                if not im.get(field):
                    im[field] = text.replace("\n", " ")
                    if kind == "credit":
                        im["credit_line"], im["credit_column"] = line, column
            elif target is not None:
                target["captions" if kind == "caption" else "credits"].append(built)
            elif kind == "credit" and self._after_figure(text, line, column):
                pass  # "<figure>…<figcaption>…</figcaption></figure><p class="credit">Jane Roe</p>"
            elif kind == "credit" and self.icon_credit:
                lead = self.lead_uncredited()  # a camera icon's name above the story credits the lead image
                if lead is None:
                    self.credit_image(built)
                else:
                    im = self.images[lead]
                    im["credit"], im["credit_line"], im["credit_column"] = text.replace("\n", " "), line, column
            elif kind == "credit" and LEAD_CREDIT.match(text) and self.lead_uncredited() is not None:
                im = self.images[self.lead_uncredited()]  # "Main image credit: …" at the end of the text
                im["credit"], im["credit_line"], im["credit_column"] = text.replace("\n", " "), line, column
            elif kind == "credit" and (caption_credit(text) or parse_credit(text).agencies) \
                    and not copyright_notice(text):
                self.credit_image(built)  # the image itself is drawn by a script: its credit stands for it
                if PAGE_CREDIT.match(text):
                    self.page_credits.append(built)
        elif kind == "paragraph" and self._caption_paragraph(built):
            self.loose, self.closed = None, []  # "<p><img …><br><em>A road. (Photo: Jane Roe/AP)</em></p>"
        elif kind in ("paragraph", "quote", "standfirst", "heading", "footer"):
            self.loose, self.closed = None, []
            if kind in ("paragraph", "quote"):
                self.prose_seen = True
