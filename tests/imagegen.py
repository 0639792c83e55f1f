"""Small JPEG, PNG and WebP files carrying IPTC/XMP credits, made with Pillow for the tests.

``write_image(path, credit=..., creator=[...], source=..., rights=..., iim=False)``
writes an 8×8 image whose format follows the file's extension; the credit
fields go into an XMP packet (``photoshop:Credit``, ``dc:creator``,
``photoshop:Source``, ``dc:rights``), or for a JPEG with ``iim=True`` into an
IPTC-IIM block (2:110, 2:80, 2:115, 2:116).  Rule cases name such images
under ``images:`` (file name → these keyword arguments).
"""

from __future__ import annotations

import io
from html import escape
from pathlib import Path

from PIL import Image, PngImagePlugin


def xmp_packet(credit: str | None = None, creator: list[str] | tuple[str, ...] = (), source: str | None = None,
               rights: str | None = None) -> str:
    parts = []
    if credit:
        parts.append(f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>")
    if creator:
        items = "".join(f"<rdf:li>{escape(c)}</rdf:li>" for c in creator)
        parts.append(f"<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>")
    if source:
        parts.append(f"<photoshop:Source>{escape(source)}</photoshop:Source>")
    if rights:
        parts.append(f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{escape(rights)}</rdf:li></rdf:Alt></dc:rights>')
    return ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">' + "".join(parts) +
            '</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>')


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


def _iim_block(fields: list[tuple[int, str]]) -> bytes:
    """A Photoshop APP13 segment holding an IPTC-IIM block (UTF-8 declared in 1:90)."""
    iim = bytes([0x1C, 1, 90, 0, 3]) + b"\x1b%G"
    for dataset, value in fields:
        data = value.encode("utf-8")
        iim += bytes([0x1C, 2, dataset]) + len(data).to_bytes(2, "big") + data
    resource = b"8BIM" + (0x0404).to_bytes(2, "big") + b"\x00\x00" + len(iim).to_bytes(4, "big") + iim
    resource += b"\x00" * (len(iim) % 2)
    return _segment(0xED, b"Photoshop 3.0\x00" + resource)


def write_image(path: str | Path, credit: str | None = None, creator: list[str] | tuple[str, ...] = (),
                source: str | None = None, rights: str | None = None, iim: bool = False) -> Path:
    """Write a tiny image at ``path`` (JPEG, PNG or WebP by extension) carrying the given credit."""
    path = Path(path)
    fmt = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}[path.suffix.lower()]
    fields = any([credit, creator, source, rights])
    packet = xmp_packet(credit, creator, source, rights)
    picture = Image.new("RGB", (8, 8), "navy")
    if fmt == "JPEG":
        buf = io.BytesIO()
        picture.save(buf, "JPEG")
        jpeg = buf.getvalue()
        if iim:
            segment = _iim_block([(110, credit or ""), *[(80, c) for c in creator], (115, source or ""),
                                  (116, rights or "")])
        else:
            segment = _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode("utf-8"))
        path.write_bytes(jpeg[:2] + segment + jpeg[2:] if fields else jpeg)
    elif fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        if fields:
            info.add_itxt("XML:com.adobe.xmp", packet)
        picture.save(path, "PNG", pnginfo=info)
    else:
        picture.save(path, "WEBP", **({"xmp": packet.encode("utf-8")} if fields else {}))
    return path
