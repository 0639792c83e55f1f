"""One JSON record in provcheck's own schema → an Article.

Images sit at their object in the ``images`` array, their credit at the credit value;
the text fields become located blocks (:mod:`validator.readers.json.record`).
The schema itself is documented by :mod:`validator.readers.json.schema`.
"""

from __future__ import annotations

from typing import Any

from validator.article import Article, Block, Link
from validator.readers.images import finish_images, merge_images
from validator.readers.json.body import body_blocks, html_blocks
from validator.readers.json.positions import Path
from validator.readers.json.record import Record
from validator.readers.metadata import LEAD_CREDIT_KEYS, LEAD_IMAGE_KEYS, article_fields


#: keys whose first string value becomes the standfirst block (as in Markdown front matter)
STANDFIRST_KEYS = ("standfirst", "summary", "description", "dek", "subtitle")


def own_article(rec: Record, fmt: str = "json") -> Article:
    """An article in our own schema.

    Metadata is read as Markdown front matter is (``metadata.article_fields``:
    the same aliases, and a value of the wrong shape is left out with a note).
    """
    value = rec.value
    raw_images = value.get("images") if isinstance(value.get("images"), list) else []
    positions: dict[str, tuple[int, int]] = {}
    for n, item in enumerate(raw_images):
        positions[f"images.{n}"] = rec.pos(("images", n))
        if isinstance(item, dict) and item.get("credit") is not None:
            positions[f"images.{n}.credit"] = _value_pos(rec, ("images", n, "credit"))
    for key in (*LEAD_IMAGE_KEYS, *LEAD_CREDIT_KEYS):  # the lead image's credit, where it stands
        if isinstance(value.get(key), str):
            positions[key] = _value_pos(rec, (key,))
        elif isinstance(value.get(key), dict):
            positions.update({f"{key}.{k}": _value_pos(rec, (key, k)) for k in value[key]})
    fields, notes = article_fields(value, positions, rec.line)
    images = []
    for n, image in enumerate(fields.pop("images", [])):
        entry = image.model_dump()
        if n < len(raw_images) and not (isinstance(raw_images[n], dict) and raw_images[n].get("position")):
            entry.pop("position")  # where the body shows it decides; past the list, the lead image
        images.append(entry)
    blocks: list[Block] = []
    title_key = next((k for k in ("title", "headline") if isinstance(value.get(k), str)), None)
    stand_key = next((k for k in STANDFIRST_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
    for kind, key in (("title", title_key), ("standfirst", stand_key)):
        block = rec.text_block(kind, (key,), value[key]) if key else None
        if block:
            blocks.append(block)
    links: list[dict] = []
    body, body_html = value.get("body"), value.get("body_html")
    if isinstance(body, str) and body.strip():
        more, body_images = body_blocks(rec, ("body",), body)
        blocks += more
        images = merge_images(images, body_images)
    elif isinstance(body_html, str) and body_html.strip():
        more, html_images, links, html_notes = html_blocks(rec, ("body_html",), body_html)
        blocks += [b for b in more if b.kind != "title" or not title_key]
        images = merge_images(images, html_images)
        notes += html_notes
    for key in ("body", "body_html", "footer"):
        if value.get(key) is not None and not isinstance(value[key], str):
            notes.append(f"field '{key}' should be text, not {type(value[key]).__name__}")
    footer = rec.text_block("footer", ("footer",), value["footer"]) if isinstance(value.get("footer"), str) else None
    if footer:
        blocks.append(footer)
    built = finish_images(images, rec.path)
    meta: dict[str, Any] = {k: v for k, v in value.items() if k not in ("body", "body_html")}
    meta["json_schema"] = "provcheck"
    return Article(
        id=rec.id, path=rec.path, format=fmt, images=built, blocks=tuple(blocks),
        links=tuple(Link(**ln) for ln in links), meta=meta, line=rec.line, notes=tuple(notes), **fields,
    )


def _value_pos(rec: Record, path: Path) -> tuple[int, int]:
    sm = rec.string(path)
    return sm.position(0) if sm else rec.pos(path)
