"""``credit``: every image carries a credit, in an accepted form.

Options:

- ``require`` (``present`` or ``format``, default ``present``):
  ``present`` — every image has a visible credit (its caption's credit, a
  credit line under it, or its metadata ``credit``); ``format`` — every credit
  given parses into a photographer and/or organisations.
- ``embedded_counts`` (bool, optional): whether a credit embedded in the image
  file (IPTC/XMP) satisfies ``present``.  Defaults to the config's
  ``settings.embedded_credits_count`` (false: readers of the page do not see
  embedded data).

Accepted forms (see ``validator/credits.py``): "Name / Agency / Agency",
"(AP Photo/Name)", "REUTERS/Name", "Name/AFP via Getty Images",
"© PHOTO NAME/AFP", "Photo: …", "Credit: …", "Image: …".  A bare "Photo",
"Handout", "Internet", "social media", "Courtesy" or "File photo" names no one
and fails ``format``.  Every credit parsed is recorded as ``photo-credit``
evidence with its person and agencies.

Passes::

    images: [{src: a.jpg, credit: "Jane Roe / Example Press"}]

Fails (``present``)::

    images: [{src: a.jpg, caption: "Smoke over the city"}]

Fails (``format``)::

    images: [{src: a.jpg, credit: "Photo: Internet"}]
"""

from __future__ import annotations

from typing import Literal, Optional

from validator.article import Article, Image
from validator.checks.base import CheckModel, Context, Hit, Outcome, excerpt
from validator.credits import parse_credit
from validator.report import Evidence


def credit_evidence(image: Image) -> Evidence | None:
    """The parsed credit of an image, as evidence."""
    if not image.credit:
        return None
    parsed = parse_credit(image.credit)
    return Evidence(
        kind="photo-credit", text=image.credit, line=image.credit_line or image.line,
        column=image.credit_column or image.column,
        data={"person": parsed.person, "agencies": list(parsed.agencies), "ok": parsed.ok,
              "image": image.src},
    )


class Check(CheckModel):
    kind: Literal["credit"]
    require: Literal["present", "format"] = "present"
    embedded_counts: Optional[bool] = None

    def run(self, article: Article, ctx: Context) -> Outcome:
        if not article.images:
            return Outcome(skipped="the article has no images")
        embedded = self.embedded_counts
        if embedded is None:
            embedded = bool(getattr(ctx.settings, "embedded_credits_count", False))
        out = Outcome()
        for image in article.images:
            label = image.src or f"the image on line {image.line}"
            if not image.credit:
                if self.require == "present" and not (embedded and image.embedded_credit):
                    out.hits.append(Hit(image.line, image.column, excerpt=excerpt(image.caption or image.alt or ""),
                                        values={"image": label}))
                continue
            ev = credit_evidence(image)
            out.evidence.append(ev)
            if self.require == "format" and not ev.data["ok"]:
                parsed = parse_credit(image.credit)
                out.hits.append(Hit(ev.line, ev.column, ev.line, ev.column + len(image.credit),
                                    excerpt=image.credit,
                                    values={"image": label, "credit": image.credit, "reason": parsed.reason}))
        return out
