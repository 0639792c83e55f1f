"""``credit``: every image carries a credit, in an accepted form.

Options:

- ``require`` (``present``, ``format`` or ``consistent``, default
  ``present``): ``present`` — every image has a visible credit (its caption's
  credit, a credit line under it, or its metadata ``credit``); ``format`` —
  every credit given parses into a photographer and/or organisations;
  ``consistent`` — a visible credit names at least one of the people or
  organisations the image file's embedded credit names (IPTC/XMP Credit
  Line, Creator, Source, Copyright Notice), compared loosely: case, accents,
  punctuation and a leading "the" aside, an agency under any of its spellings
  ("Agence France-Presse" is "AFP"), and a name that holds all the words of
  the other ("Sahil Evening Post" and "The Sahil Evening Post Co").  Only
  images with both a visible and an embedded credit are compared; the rule
  does not apply when there are none.
- ``embedded_counts`` (bool, optional): whether a credit embedded in the image
  file (IPTC/XMP) satisfies ``present``.  Defaults to the config's
  ``settings.embedded_credits_count`` (false: readers of the page do not see
  embedded data).
- ``hidden_counts`` (bool, default true): whether a credit the page gives but
  does not show satisfies ``present`` — one read from the image's alt/title
  text, a ``data-credit``-like attribute, or the page's metadata (JSON-LD
  ``ImageObject`` ``creditText``/``creator``/``author``/``copyrightHolder``,
  ``og:image:alt``).  Such a credit is kept with the page's own data (the CMS
  holds it; the template is expected to print it), unlike a credit inside the
  image file, so it counts by default; set false to require a visible credit.
  Its evidence says ``visible: false`` either way.

Accepted forms (see ``validator/credits.py``): "Name / Agency / Agency",
"(AP Photo/Name)", "REUTERS/Name", "Name/AFP via Getty Images",
"© PHOTO NAME/AFP", "Photo: …", "Credit: …", "Image: …".  A bare "Photo",
"Handout", "Internet", "social media", "Courtesy" or "File photo" names no one
and fails ``format``.  Every credit parsed is recorded as ``photo-credit``
evidence with its person, agencies and whether it is ``visible`` on the page.

Passes::

    images: [{src: a.jpg, credit: "Jane Roe / Example Press"}]

Fails (``present``)::

    images: [{src: a.jpg, caption: "Smoke over the city"}]

Fails (``format``)::

    images: [{src: a.jpg, credit: "Photo: Internet"}]

Fails (``consistent``; the file a.jpg carries XMP ``photoshop:Credit``
"Lina Saab/Sahil Evening Post")::

    images: [{src: a.jpg, credit: "Jane Roe / Example Press"}]
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, Optional

from validator.article import Article, Image
from validator.checks.base import CheckModel, Context, Hit, Outcome, excerpt
from validator.credit_parts import AGENCIES
from validator.credits import parse_credit
from validator.facts import credit_evidence
from validator.model import Evidence

_NOTICE = re.compile(r"\b(?:1[89]|20)\d\d\b|all\s+rights\s+reserved\.?", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")


def _names(text: str | None) -> list[str]:
    """The people and organisations a credit names (the text itself if it parses to none)."""
    text = _NOTICE.sub(" ", text or "").strip(" ,.;")
    if not text:
        return []
    parsed = parse_credit(text)
    names = [*(parsed.person.split(", ") if parsed.person else []), *parsed.agencies]
    return names or [text]


def embedded_names(image: Image) -> list[str]:
    """The people and organisations an image file's embedded credit names: every field
    read from the file (``Image.embedded``), else the embedded credit line."""
    found = image.embedded
    if found is None:
        return list(dict.fromkeys(_names(image.embedded_credit)))
    names: list[str] = []
    for text in [found.credit_line, *found.creator, found.source, found.copyright_notice]:
        names += _names(text) if text else []
    return list(dict.fromkeys(names))


def _key(name: str) -> str:
    """A name for loose comparison: an agency's canonical name; no case, accents or punctuation."""
    name = AGENCIES.get(" ".join(name.casefold().split()).removeprefix("the "), name)
    flat = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    key = " ".join(_NON_WORD.sub(" ", flat.casefold()).split())
    return key.removeprefix("the ")


def _spellings(name: str) -> set[str]:
    """The keys of a name and, for a known agency, of all its spellings."""
    canon = AGENCIES.get(" ".join(name.casefold().split()).removeprefix("the "))
    spellings = {name} | ({canon} | {a for a, c in AGENCIES.items() if c == canon} if canon else set())
    return {k for k in map(_key, spellings) if k}


def names_agree(visible: str, embedded: list[str]) -> str | None:
    """The embedded name the visible credit names (loosely), or None."""
    shown = [_key(n) for n in _names(visible)]
    text = f" {_key(visible)} "
    for name in embedded:
        for key in _spellings(name):
            words = set(key.split())
            for other in shown:
                small, big = sorted((words, set(other.split())), key=len)
                if key == other or (len(small) >= 2 and small <= big):
                    return name
            if len(key) > 1 and f" {key} " in text:
                return name
    return None


class Check(CheckModel):
    kind: Literal["credit"]
    require: Literal["present", "format", "consistent"] = "present"
    embedded_counts: Optional[bool] = None
    hidden_counts: bool = True

    def run(self, article: Article, ctx: Context) -> Outcome:
        if not article.images:
            return Outcome(skipped="the article has no images")
        if self.require == "consistent":
            return self._consistent(article)
        embedded = self.embedded_counts
        if embedded is None:
            embedded = ctx.settings.embedded_credits_count
        out = Outcome()
        for image in article.images:
            label = image.src or f"the image on line {image.line}"
            if not image.credit or not (image.credit_visible or self.hidden_counts):
                if self.require == "present" and not (embedded and image.embedded_credit):
                    out.hits.append(Hit(image.line, image.column, excerpt=excerpt(image.caption or image.alt or ""),
                                        values={"image": label}))
                if not image.credit:
                    continue
            ev = credit_evidence(image)
            out.evidence.append(ev)
            if self.require == "format" and not ev.data["ok"]:
                parsed = parse_credit(image.credit)
                out.hits.append(Hit(ev.line, ev.column, ev.line, ev.column + len(image.credit),
                                    excerpt=image.credit,
                                    values={"image": label, "credit": image.credit, "reason": parsed.reason}))
        return out

    def _consistent(self, article: Article) -> Outcome:
        out, compared = Outcome(), 0
        for image in article.images:
            if not image.credit or not image.embedded_credit:
                continue
            names = embedded_names(image)
            if not names:
                continue
            compared += 1
            line, column = image.credit_line or image.line, image.credit_column or image.column
            match = names_agree(image.credit, names)
            if match:
                out.evidence.append(Evidence(kind="embedded-credit", text=image.credit, line=line, column=column,
                                             data={"image": image.src, "embedded": names, "matched": match}))
                continue
            end = (line, column + len(image.credit)) if image.credit_line else (None, None)
            out.hits.append(Hit(line, column, *end, excerpt=image.credit, values={
                "image": image.src or f"the image on line {image.line}", "credit": image.credit,
                "embedded": image.embedded_credit, "names": ", ".join(names)}))
        if not compared:
            return Outcome(skipped="no image has both a visible credit and a credit embedded in its file")
        return out
