"""Images as readers find them (plain dicts) → :class:`~validator.article.Image` models.

Every format that declares images in its metadata and shows them in its text
(Markdown front matter, our JSON schema, ninjs) merges the two lists with
:func:`merge_images`; :func:`finish_images` then reads the credit embedded in
each local image file (:mod:`validator.imagemeta`), takes a credit closing an image's alt
text when it has no other (not shown: ``credit_visible`` false), and builds the models.
"""

from __future__ import annotations

from validator import imagemeta
from validator.article import EmbeddedCredit, Image
from validator.detect.photo import caption_credit


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


#: what :func:`finish_images` reads from the image file itself
FILE_FIELDS = frozenset({"embedded_credit", "embedded", "embedded_reason"})


def finish_images(found: list[dict], path: str) -> tuple[Image, ...]:
    """Image models, with what each local image file says of its credit."""
    embedded = imagemeta.credits_for([im.get("src") for im in found], path)
    images = []
    for n, (im, (credit, reason)) in enumerate(zip(found, embedded)):
        im = {k: v for k, v in im.items() if k in Image.model_fields and k not in FILE_FIELDS}
        im.setdefault("position", "lead" if n == 0 else "inline")
        if not im.get("credit") and (hidden := alt_credit(im.get("alt"))):
            im["credit"], im["credit_visible"] = hidden, False
        images.append(Image(**im, **file_fields(credit, reason)))
    return tuple(images)


def alt_credit(alt: str | None) -> str | None:
    """A credit at the end of an image's alt text (``![A road. Photo: Jane Roe/AP](a.jpg)``):
    the page holds it but does not show it."""
    text = " ".join((alt or "").split())
    span = caption_credit(text) if text else None
    return text[span[0]:span[1]] if span else None


def file_fields(credit: EmbeddedCredit | None, reason: str | None) -> dict:
    """The Image fields of what :func:`validator.imagemeta.credits_for` found for one image."""
    return {"embedded_credit": (credit.text or None) if credit is not None else None, "embedded": credit,
            "embedded_reason": reason}
