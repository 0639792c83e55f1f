"""Article metadata from a mapping (Markdown front matter, a JSON record).

Accepts the field names of docs/article-format.md and a few common aliases
(``author`` for ``authors``, ``language`` for ``lang``, ``original`` for
``source``).  A value of the wrong shape is not fatal: it is left out and a
note says so, so the article is still checked.

``lang`` is a BCP 47 tag; a transform subtag names the language a
translation comes from (:func:`split_lang`: ``en-t-ar`` is English
translated from Arabic), which gives ``source.language`` and ``translated``
unless the metadata says otherwise.  Every reader splits its language tags
with :func:`split_lang`, so every format reads ``en-t-ar`` alike.

The lead image a static site's or CMS's metadata declares with its credit (``image: {src:,
credit:}``, ``image_credit``, ``photo_credit``, ``featured_image_credit``, ``photographer``…)
is one more image, the lead (:func:`lead_image`).
"""

from __future__ import annotations

import re
from typing import Any

from validator.article import Image, Source
from validator.detect.photo import caption_credit

_ALIASES = {
    "language": "lang", "author": "authors", "byline": "authors", "original": "source",
    "translated_by": "translator", "agency": "wire", "agencies": "wire", "publisher": "outlet",
    "headline": "title",
}
_SOURCE_ALIASES = {"publisher": "outlet", "name": "outlet", "language": "language", "lang": "language",
                   "date": "published", "link": "url", "headline": "title", "by": "author"}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    if hasattr(value, "isoformat"):  # YAML dates
        return value.isoformat()
    return None


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(t for t in (_text(v) for v in value) if t)
    text = _text(value)
    return (text,) if text else ()


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "true", "no", "false"):
        return value.strip().lower() in ("yes", "true")
    return None


def split_lang(tag: str | None) -> tuple[str | None, str | None]:
    """A BCP 47 tag as (language without extensions, source language of a ``-t-`` transform).

    ``en-t-ar`` → (``en``, ``ar``); ``en_US`` → (``en-US``, None).
    """
    if not tag or not str(tag).strip():
        return None, None
    parts = str(tag).strip().replace("_", "-").split("-")
    lang: list[str] = []
    source = None
    for i, part in enumerate(parts):
        if len(part) == 1:  # a singleton starts an extension (t, u, x…)
            if part.lower() == "t" and i + 1 < len(parts):
                source = parts[i + 1].lower()
            break
        lang.append(part)
    if not lang:
        return None, source
    lang[0] = lang[0].lower()
    return "-".join(lang), source


def primary_language(tag: str | None) -> str | None:
    """The primary language subtag of a BCP 47 tag (``en-GB-t-ar`` → ``en``), or None."""
    lang, _ = split_lang(tag)
    return lang.split("-")[0] if lang else None


def article_fields(meta: dict[str, Any], positions: dict[str, tuple[int, int]] | None = None,
                   default_line: int = 1) -> tuple[dict[str, Any], list[str]]:
    """Map a metadata mapping to Article keyword arguments, with notes on
    values that had the wrong shape."""
    positions = positions or {}
    data = {_ALIASES.get(str(k).lower(), str(k).lower()): v for k, v in meta.items()}
    notes: list[str] = []
    fields: dict[str, Any] = {}
    for key in ("title", "lang", "outlet", "translator"):
        if key in data:
            value = _text(data[key])
            if value is None and data[key] not in (None, ""):
                notes.append(f"metadata field '{key}' should be text, not {type(data[key]).__name__}")
            fields[key] = value
    if "authors" in data:
        fields["authors"] = _names(data["authors"])
    if "wire" in data:
        wire = data["wire"]
        fields["wire"] = () if wire is False or wire is None else _names(wire) or (("wire",) if wire is True else ())
    if "translated" in data:
        flag = _bool(data["translated"])
        if flag is None:
            notes.append("metadata field 'translated' should be true or false")
        fields["translated"] = flag
    if "source" in data and data["source"] not in (None, ""):
        src = data["source"]
        if isinstance(src, str):
            fields["source"] = Source(outlet=src.strip())
        elif isinstance(src, dict):
            mapped = {_SOURCE_ALIASES.get(str(k).lower(), str(k).lower()): v for k, v in src.items()}
            known = {k: _text(mapped.get(k)) for k in Source.model_fields}
            extra = sorted(set(mapped) - set(Source.model_fields))
            if extra:
                notes.append(f"metadata source has unknown fields: {', '.join(extra)}")
            fields["source"] = Source(**known)
        else:
            notes.append("metadata field 'source' should be a mapping (outlet, author, url, language, ...)")
    if fields.get("lang"):
        fields["lang"], source_lang = split_lang(fields["lang"])
        if source_lang:
            source = fields.get("source") or Source()
            if not source.language:
                fields["source"] = source.model_copy(update={"language": source_lang})
            if fields.get("translated") is None:
                fields["translated"] = True
    if "images" in data:
        images, image_notes = _images(data["images"], positions, default_line)
        fields["images"] = images
        notes.extend(image_notes)
    lead = lead_image(meta, positions, default_line)
    if lead is not None:
        listed = fields.get("images", [])
        same = next((i for i, im in enumerate(listed) if lead.src and im.src == lead.src), None)
        if same is None:
            fields["images"] = [*listed, lead]  # last: the readers pair ``images`` with its raw entries in order
        elif not listed[same].credit:
            listed[same] = listed[same].model_copy(update={
                k: getattr(lead, k) for k in ("credit", "credit_line", "credit_column")})
    return fields, notes


#: keys of a static-site generator's or CMS's lead image (Jekyll, Hugo, Ghost, WordPress
#: exports): a file name or address, or a mapping with the image's own keys
LEAD_IMAGE_KEYS = ("image", "featured_image", "feature_image", "featuredimage", "featureimage", "cover",
                   "cover_image", "hero", "hero_image", "header", "lead_image", "main_image", "thumbnail")
#: keys of the lead image's credit beside it, at the top of the metadata
LEAD_CREDIT_KEYS = ("image_credit", "photo_credit", "featured_image_credit", "feature_image_credit",
                    "cover_credit", "cover_image_credit", "hero_credit", "hero_image_credit", "header_credit",
                    "lead_image_credit", "main_image_credit", "thumbnail_credit", "image_copyright",
                    "photo_copyright", "photographer")
#: keys of the lead image's caption beside it (a credit closing it counts, as in any caption)
LEAD_CAPTION_KEYS = ("image_caption", "featured_image_caption", "feature_image_caption", "cover_caption",
                     "hero_caption", "photo_caption")
#: inside a lead image's mapping: its address, its credit, its caption.  A ``copyright`` here
#: is the picture's; at the top of the metadata it is the site's, and is not read.
_IMAGE_SRC = ("src", "url", "path", "image", "file", "href")
_IMAGE_CREDIT = ("credit", "credits", "credit_text", "creditline", "photo_credit", "image_credit", "copyright",
                 "photographer", "author", "by", "byline", "source")
_IMAGE_CAPTION = ("caption", "description", "legend")


#: a value that is only an address (a licence page, the photo's page), not a credit
_ADDRESS = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//\S*\s*$", re.I)


def _first_key(mapping: dict, keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` whose value is text (not an address, for a credit or caption)."""
    return next((k for k in keys if isinstance(mapping.get(k), (str, int, float)) and _text(mapping[k])
                 and (keys is _IMAGE_SRC or not _ADDRESS.match(str(mapping[k])))), None)


def lead_image(meta: dict[str, Any], positions: dict[str, tuple[int, int]] | None = None,
               default_line: int = 1) -> Image | None:
    """The lead image the metadata declares *with a credit*, or None: ``image: {src: a.jpg,
    credit: Jane Roe/AFP}``, ``image: a.jpg`` with ``image_credit: …`` (or ``photo_credit``,
    ``featured_image_credit``, ``photographer``…), or a credit closing its caption
    (``feature_image_caption: "… Photo by Jane Roe"``, which the caption's credit forms find).
    A lead image without a credit is not added: it is often only the share card."""
    positions = positions or {}
    data = {str(k).lower(): (k, v) for k, v in meta.items()}
    src = credit = caption = None
    credit_at = None
    for key in LEAD_IMAGE_KEYS:
        if key not in data:
            continue
        raw, value = data[key]
        if isinstance(value, dict):
            inner = {str(k).lower(): (k, v) for k, v in value.items()}
            flat = {k: v for k, (_, v) in inner.items()}
            found = _first_key(flat, _IMAGE_SRC)
            src = src or (_text(flat[found]) if found else None)
            found = _first_key(flat, _IMAGE_CREDIT)
            if found and credit is None:
                credit, credit_at = _text(flat[found]), f"{raw}.{inner[found][0]}"
            found = _first_key(flat, _IMAGE_CAPTION)
            caption = caption or (_text(flat[found]) if found else None)
        elif isinstance(value, str):
            src = src or _text(value)
    for keys, kind in ((LEAD_CREDIT_KEYS, "credit"), (LEAD_CAPTION_KEYS, "caption")):
        found = next((k for k in keys if k in data and isinstance(data[k][1], str) and data[k][1].strip()), None)
        if found and kind == "credit" and credit is None:
            credit, credit_at = _text(data[found][1]), data[found][0]
        elif found and kind == "caption" and caption is None:
            caption = _text(data[found][1])
    span = caption_credit(caption) if caption and credit is None else None
    if span:
        credit = caption[span[0]:span[1]]  # "… Photo by Jane Roe": the caption's own credit
    if credit is None:
        return None
    line, column = positions.get(str(credit_at), (default_line, 1)) if credit_at else (default_line, 1)
    return Image(src=src, caption=caption, credit=credit, line=line, column=column,
                 credit_line=line if credit_at and str(credit_at) in positions else None,
                 credit_column=column if credit_at and str(credit_at) in positions else None, position="lead")


def _images(value: Any, positions: dict[str, tuple[int, int]], default_line: int) -> tuple[list[Image], list[str]]:
    if not isinstance(value, list):
        return [], ["metadata field 'images' should be a list"]
    images: list[Image] = []
    notes: list[str] = []
    for i, item in enumerate(value):
        if isinstance(item, str):
            item = {"src": item}
        if not isinstance(item, dict):
            notes.append(f"metadata images[{i}] should be a mapping (src, caption, credit)")
            continue
        line, column = positions.get(f"images.{i}", (default_line, 1))
        credit_line, credit_column = positions.get(f"images.{i}.credit", (None, None))
        position = item.get("position") if item.get("position") in ("lead", "inline") else None
        images.append(
            Image(src=_text(item.get("src") or item.get("url")), alt=_text(item.get("alt")),
                  caption=_text(item.get("caption")), credit=_text(item.get("credit")),
                  line=line, column=column, credit_line=credit_line, credit_column=credit_column,
                  position=position or ("lead" if i == 0 else "inline"))
        )
    return images, notes
