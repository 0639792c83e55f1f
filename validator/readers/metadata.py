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
"""

from __future__ import annotations

from typing import Any

from validator.article import Image, Source

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
    return fields, notes


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
