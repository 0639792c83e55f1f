"""Credits embedded in image files (IPTC IIM and XMP), read without decoding pixels.

Photo agencies write the credit into the file itself: the IPTC Photo Metadata
fields Credit Line (XMP ``photoshop:Credit``, IIM 2:110), Creator
(``dc:creator``, 2:80), Copyright Notice (``dc:rights``, 2:116) and Source
(``photoshop:Source``, 2:115).  A reader of the published page never sees
them, so they count for a rule only when the project says so; the
``photo-credit-mismatch`` rule compares them with the visible credit.

:func:`read_credit` opens a JPEG, PNG or WebP file with Pillow (which reads
only the headers and metadata segments until pixels are asked for) and parses
the XMP packet with defusedxml.  It never raises: a missing file, a file that
is not an image, or an image without these fields gives ``(None, reason)``.

Readers call :func:`credits_for` with the ``src`` of each image and the
article's path; only relative paths are looked up, against the article's folder.
"""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from validator.article import EmbeddedCredit

FORMATS = ("JPEG", "PNG", "WEBP")
#: files larger than this are not opened (metadata sits at the start anyway)
MAX_BYTES = 200 * 1024 * 1024

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}
_XMP_FIELDS = {
    "credit_line": ("photoshop", "Credit"),
    "creator": ("dc", "creator"),
    "copyright_notice": ("dc", "rights"),
    "source": ("photoshop", "Source"),
}
_IIM_FIELDS = {"credit_line": (2, 110), "creator": (2, 80), "copyright_notice": (2, 116), "source": (2, 115)}


def local_path(src: str | None, article_path: str) -> Path | None:
    """The file a relative image ``src`` points to, or None for URLs and site-absolute paths."""
    if not src:
        return None
    parts = urlsplit(src.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    return Path(article_path).parent / unquote(parts.path)


def read_credit(path: str | os.PathLike) -> tuple[EmbeddedCredit | None, str]:
    """The embedded credit of an image file, or None and the reason there is none."""
    try:
        stat = os.stat(path)
    except OSError as exc:
        return None, f"cannot read the image file: {exc.strerror or exc}"
    except (UnicodeError, ValueError):  # a lone surrogate or NUL: no file can have this name
        return None, "the image path cannot name a file"
    if not os.path.isfile(path):
        return None, "the image path is not a file"
    if stat.st_size > MAX_BYTES:
        return None, "the image file is too large to inspect"
    return _read_cached(os.fspath(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=512)
def _read_cached(path: str, _mtime: int, _size: int) -> tuple[EmbeddedCredit | None, str]:
    try:
        from PIL import Image, IptcImagePlugin
    except ImportError:  # pragma: no cover - Pillow is a dependency
        return None, "Pillow is not installed"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path, formats=FORMATS) as im:
                fmt = im.format or "?"
                xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
                iptc = IptcImagePlugin.getiptcinfo(im) if fmt == "JPEG" else None
    except Exception as exc:  # not an image, truncated, a decompression bomb…
        return None, f"not a readable JPEG, PNG or WebP image ({type(exc).__name__})"
    fields: dict[str, object] = {}
    origin: list[str] = []
    reason = f"the {fmt} file has no IPTC or XMP credit fields"
    if xmp:
        found, problem = _from_xmp(xmp)
        if found:
            fields.update(found)
            origin.append("xmp")
        elif problem:
            reason = problem
    if iptc:
        found = _from_iim(iptc)
        for key, value in found.items():
            fields.setdefault(key, value)
        if found:
            origin.append("iptc")
    if not fields:
        return None, reason
    creator = fields.get("creator", ())
    return EmbeddedCredit(
        credit_line=fields.get("credit_line"),  # type: ignore[arg-type]
        creator=tuple(creator) if isinstance(creator, (list, tuple)) else (str(creator),),
        copyright_notice=fields.get("copyright_notice"),  # type: ignore[arg-type]
        source=fields.get("source"),  # type: ignore[arg-type]
        origin="+".join(origin),
    ), ""


def _from_xmp(packet: bytes | str) -> tuple[dict[str, object], str]:
    try:
        from defusedxml import ElementTree
    except ImportError:  # pragma: no cover - defusedxml is a dependency
        return {}, "XMP is present but defusedxml is not installed to read it"
    if isinstance(packet, str):
        packet = packet.encode("utf-8", "replace")
    try:
        root = ElementTree.fromstring(packet.strip(b"\x00 \r\n\t"))
    except Exception as exc:  # ParseError, or defusedxml refusing entities/DTDs
        verb = "is malformed" if type(exc).__name__ == "ParseError" else "was refused"
        return {}, f"the XMP packet {verb} ({type(exc).__name__})"
    found: dict[str, object] = {}
    for desc in root.iter(f"{{{_NS['rdf']}}}Description"):
        for key, (ns, name) in _XMP_FIELDS.items():
            if key in found:
                continue
            tag = f"{{{_NS[ns]}}}{name}"
            values: list[str] = []
            if desc.get(tag):
                values = [desc.get(tag)]
            else:
                element = desc.find(tag)
                if element is not None:
                    items = element.findall(f".//{{{_NS['rdf']}}}li")
                    values = [i.text for i in items] if items else [element.text]
            values = [v.strip() for v in values if v and v.strip()]
            if values:
                found[key] = values if key == "creator" else values[0]
    return found, ""


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return raw.decode("latin-1").strip()


def _from_iim(info: dict) -> dict[str, object]:
    found: dict[str, object] = {}
    for key, tag in _IIM_FIELDS.items():
        raw = info.get(tag)
        if raw is None:
            continue
        values = [_decode(v) for v in (raw if isinstance(raw, list) else [raw])]
        values = [v for v in values if v]
        if values:
            found[key] = values if key == "creator" else values[0]
    return found


def credits_for(srcs: list[str | None], article_path: str) -> list[tuple[EmbeddedCredit | None, str | None]]:
    """For each image ``src``: the credit fields its file holds, or None with the reason why
    (the reason is None too for an image that is not a local file)."""
    out: list[tuple[EmbeddedCredit | None, str | None]] = []
    for src in srcs:
        path = local_path(src, article_path)
        if path is None:
            out.append((None, None))
            continue
        credit, reason = read_credit(path)
        out.append((credit, None) if credit is not None else (None, reason))
    return out
