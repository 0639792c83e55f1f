"""Images as readers find them (plain dicts) → :class:`~validator.article.Image` models.

Every format that declares images in its metadata and shows them in its text
(Markdown front matter, our JSON schema, ninjs) merges the two lists with
:func:`merge_images`; :func:`finish_images` then reads the credit embedded in
each local image file (:mod:`validator.imagemeta`) and builds the models.
"""

from __future__ import annotations

from validator import imagemeta
from validator.article import Image


def merge_images(declared: list[dict], shown: list[dict]) -> list[dict]:
    """Declared images (metadata) and those the text shows: one entry per src.

    A declared image the text shows takes its place (lead/inline) from the text,
    and its caption/credit from the text when the metadata has none.
    """
    out = [dict(im) for im in declared]
    for im in shown:
        same = next((d for d in out if d.get("src") and d.get("src") == im.get("src")), None)
        if same is None:
            out.append(im)
            continue
        same.setdefault("position", im.get("position"))
        for key in ("caption", "credit", "credit_line", "credit_column", "alt"):
            if not same.get(key) and im.get(key):
                same[key] = im[key]
    return out


def finish_images(found: list[dict], path: str) -> tuple[tuple[Image, ...], list[dict]]:
    """Image models with embedded credits filled, and per-image notes for ``meta``."""
    embedded = imagemeta.credits_for([im.get("src") for im in found], path)
    images, extra = [], []
    for n, (im, (credit, info)) in enumerate(zip(found, embedded)):
        im = {k: v for k, v in im.items() if k in Image.model_fields and k != "embedded_credit"}
        im.setdefault("position", "lead" if n == 0 else "inline")
        images.append(Image(**im, embedded_credit=credit))
        extra.append({"src": im.get("src"), **info} if info else {})
    return tuple(images), extra
