"""IPTC ninjs records (1.x, 2.x and 3.x) → Article.

Field names are matched without case and underscores, so ``body_text``,
``bodytext`` and ``bodyText``, ``infosources`` and ``infoSources`` are the
same field.  The mapping (also in ``docs/article-format.md``):

- title: ``headline``, else the ``headlines`` entry with role main (or the first);
  a ``headlines`` entry with role sub/subheadline/standfirst → a standfirst block;
- text: ``body_html`` or a ``bodies`` entry of type text/html (read as HTML), else
  ``body_text`` or a plain ``bodies`` entry (paragraphs on blank lines);
- ``language`` → lang (a ``-t-`` transform subtag gives the source language);
- ``by`` → authors ("translated by X" in it → translator);
- ``infosources``: role publisher → outlet; role origin/source (originatingParty,
  contentSource…) → source outlet and url; role originalAuthor (any role
  naming an author) → source author; role wire/agency → wire; role translator
  → translator; ``people`` with rel translator → translator;
- ``associations`` of type picture/graphic → images: src from the first
  rendition's ``href`` (else ``uri``); caption from ``descriptions`` (role caption,
  summary or none) or the headline; credit from ``descriptions`` role creditline,
  else role byline, else ``by``/``byline``, ``copyrightholder``, ``copyrightnotice``, else a
  credit closing the caption ("… Photo: Jane Roe/AFP").  A ``type`` given as a term's IRI
  (``http://cv.iptc.org/newscodes/ninature/picture``) or a prefixed term counts by its last part.
"""

from __future__ import annotations

import re
from typing import Any

from validator.article import Article, Block, Source
from validator.detect.photo import caption_credit
from validator.readers.images import finish_images, merge_images
from validator.readers.json.body import body_blocks, html_blocks
from validator.readers.json.record import Record
from validator.readers.metadata import split_lang

#: keys that say a record is ninjs rather than our own schema (``uri`` is the one ninjs requires;
#: ``headline``, ``by`` and ``body_html`` alone are not enough: our schema accepts them too)
NINJS_KEYS = frozenset({"uri", "versioncreated", "firstcreated", "headlines", "bodytext", "bodies",
                        "infosources", "associations", "pubstatus", "renditions"})


def norm(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


def is_ninjs(record: dict[str, Any]) -> bool:
    keys = {norm(k) for k in record}
    schema = str(record.get("$schema", "")) + str(record.get("standard", ""))
    return "ninjs" in schema.lower() or bool(keys & NINJS_KEYS)


def _key(obj: Any, name: str) -> str | None:
    if isinstance(obj, dict):
        for k in obj:
            if norm(k) == name:
                return k
    return None


def _get(obj: Any, name: str) -> Any:
    k = _key(obj, name)
    return obj[k] if k is not None else None


def _role(item: dict) -> str:
    role = str(_get(item, "role") or _get(item, "rel") or "")
    return norm(re.split(r"[:/#]", role)[-1])


def _pick(items: Any, roles: tuple[str, ...], allow_none: bool = True) -> tuple[int, dict] | None:
    if not isinstance(items, list):
        return None
    for n, item in enumerate(items):
        if isinstance(item, dict) and (_role(item) in roles or (allow_none and not _role(item))) \
                and isinstance(_get(item, "value"), str):
            return n, item
    return None


def _by(by: str | None) -> tuple[list[str], str | None]:
    if not by:
        return [], None
    translator = None
    m = re.search(r"[,;(]?\s*translat(?:ed|ion)\s+by\s+(?P<t>[^;,)]+)\)?", by, re.I)
    if m:
        translator = m["t"].strip(" .")
        by = by[: m.start()] + by[m.end():]
    by = re.sub(r"^\s*by\s+", "", by, flags=re.I)
    names = [n.strip(" .") for n in re.split(r"\s*(?:;|&|\band\b)\s*", by) if n.strip(" .")]
    return names, translator


def ninjs_article(rec: Record) -> Article:
    item = rec.value
    blocks: list[Block] = []
    notes: list[str] = []
    links: list[dict] = []
    images: list[dict] = []

    # title and standfirst
    title = _get(item, "headline")
    if isinstance(title, str):
        block = rec.text_block("title", (_key(item, "headline"),), title)
    else:
        hk = _key(item, "headlines")
        hit = _pick(_get(item, "headlines"), ("main", "headline", "title"))
        title = hit[1][_key(hit[1], "value")] if hit else None
        block = rec.text_block("title", (hk, hit[0], _key(hit[1], "value")), title) if hit else None
        sub = _pick(_get(item, "headlines"), ("sub", "subheadline", "subtitle", "standfirst", "lede", "dek"),
                    allow_none=False)
        if sub:
            stand = rec.text_block("standfirst", (hk, sub[0], _key(sub[1], "value")), sub[1][_key(sub[1], "value")])
            blocks += [stand] if stand else []
    if block:
        blocks.insert(0, block)

    # body
    html_path = text_path = None
    if isinstance(_get(item, "bodyhtml"), str):
        html_path = (_key(item, "bodyhtml"),)
    elif isinstance(_get(item, "bodytext"), str):
        text_path = (_key(item, "bodytext"),)
    else:
        hit = _pick(_get(item, "bodies"), ("main", "body", "text"))
        if hit:
            path = (_key(item, "bodies"), hit[0], _key(hit[1], "value"))
            ctype = str(_get(hit[1], "contenttype") or "")
            html_path, text_path = (path, None) if "html" in ctype else (None, path)
    if html_path:
        more, images, links, notes = html_blocks(rec, html_path, _value(item, html_path))
        blocks += [b for b in more if not (b.kind == "title" and title)]
    elif text_path:
        more, images = body_blocks(rec, text_path, _value(item, text_path))
        blocks += more

    # people and sources
    authors, translator = _by(_get(item, "by") if isinstance(_get(item, "by"), str) else None)
    outlet = None
    source: dict[str, Any] = {}
    wire: list[str] = []
    for src in _get(item, "infosources") or []:
        if not isinstance(src, dict) or not _get(src, "name"):
            continue
        role, name = _role(src), str(_get(src, "name"))
        if "translat" in role:
            translator = translator or name
        elif "publish" in role:
            outlet = outlet or name
        elif any(w in role for w in ("wire", "agency")):
            wire.append(name)
        elif "author" in role:
            source.setdefault("author", name)
        elif any(w in role for w in ("origin", "source")) and "outlet" not in source:
            source.update({"outlet": name, "url": _get(src, "uri")})
    for person in _get(item, "people") or []:
        if isinstance(person, dict) and "translat" in _role(person) and _get(person, "name"):
            translator = translator or str(_get(person, "name"))
    lang, source_lang = split_lang(_get(item, "language"))
    if source_lang:
        source.setdefault("language", source_lang)

    # pictures
    images = merge_images(_associations(rec, item), images)
    built = finish_images(images, rec.path)
    meta = {"json_schema": "ninjs", "ninjs": _summary(item)}
    source = {k: v for k, v in source.items() if v}
    return Article(
        id=rec.id, path=rec.path, format="ninjs", title=title if isinstance(title, str) else None, lang=lang,
        outlet=outlet, authors=tuple(authors), source=Source(**source) if source else None,
        translator=translator, translated=True if (source_lang or translator) else None, wire=tuple(wire),
        images=built, blocks=tuple(blocks), links=tuple(links), meta=meta, line=rec.line, notes=tuple(notes),
    )


def _value(item: dict, path: tuple) -> Any:
    for key in path:
        item = item[key]
    return item


def _associations(rec: Record, item: dict) -> list[dict]:
    assoc = _get(item, "associations")
    ak = _key(item, "associations")
    entries = list(assoc.items()) if isinstance(assoc, dict) else list(enumerate(assoc or []))
    images = []
    for key, obj in entries:
        if not isinstance(obj, dict):
            continue
        kind = re.split(r"[:/#]", str(_get(obj, "type") or "").lower())[-1]  # "ninature:picture", an IRI
        if kind and kind not in ("picture", "graphic", "image", "photo"):
            continue
        src = None
        for rendition in _renditions(obj):
            src = src or _get(rendition, "href")
        src = src or _get(obj, "uri")
        line, column = rec.pos((ak, key))
        image: dict[str, Any] = {"src": src, "line": line, "column": column}
        descs = _get(obj, "descriptions") if isinstance(_get(obj, "descriptions"), list) else []
        dk = _key(obj, "descriptions")
        caption = _pick(descs, ("caption", "summary", "description"))
        if caption:
            image["caption"] = caption[1][_key(caption[1], "value")]
        elif isinstance(_get(obj, "descriptiontext"), str):
            image["caption"] = _get(obj, "descriptiontext")
        elif isinstance(_get(obj, "headline"), str):
            image["caption"] = _get(obj, "headline")
        credit_path = None
        for roles in (("creditline", "credit"), ("byline",)):
            hit = _pick(descs, roles, allow_none=False)
            if hit:
                credit_path = (ak, key, dk, hit[0], _key(hit[1], "value"))
                break
        else:
            for field in ("creditline", "by", "byline", "copyrightholder", "copyrightnotice"):
                if isinstance(_get(obj, field), str) and _get(obj, field).strip():
                    credit_path = (ak, key, _key(obj, field))
                    break
        if credit_path:
            image["credit"] = _value(item, credit_path).strip()
            sm = rec.string(credit_path)
            image["credit_line"], image["credit_column"] = sm.position(0) if sm else rec.pos(credit_path)
        elif image.get("caption") and (span := caption_credit(image["caption"])):
            image["credit"] = image["caption"][span[0]:span[1]]  # "… Photo: Jane Roe/AFP" closing the caption
        images.append(image)
    return images


def _renditions(obj: dict) -> list[dict]:
    """Renditions (an array, or a 1.x object keyed by name), the original first."""
    value = _get(obj, "renditions")
    pairs = list(value.items()) if isinstance(value, dict) else [(None, r) for r in (value or [])]
    items = [(str(_get(r, "name") or name or ""), r) for name, r in pairs if isinstance(r, dict)]
    items.sort(key=lambda p: norm(p[0]) not in ("original", "baseimage", "highres"))
    return [r for _, r in items]


def _summary(item: dict) -> dict[str, Any]:
    keep = ("uri", "type", "version", "versioncreated", "firstcreated", "contentcreated", "located", "language",
            "by", "copyrightholder", "copyrightnotice", "usageterms", "infosources", "descriptiontext",
            "descriptions", "pubstatus", "slugline")
    return {k: item[k] for k in item if norm(k) in keep}
