"""Agency bylines: the lines under a headline that sign a story with a wire agency.

``By Reuters``, ``Associated Press``, ``By Jane Roe, Reuters``, ``By JANE ROE - AP
Technology Writer``, ``Jane Roe Associated Press``, ``Reuters |``, ``By Reuters | Updated:
05 Jan 2025``, ``Maria Silva - Repórter da Agência Brasil``, a newsroom signing with an
agency (``Redacción / EFE``, ``La rédaction avec AFP``), agencies in general (``Agencias``,
``Madrid | Agencias``).  "By Christoph Reuter" is a person: a name joins a one-word agency
only with a separator (``,`` ``|`` ``/`` a dash, "for", "and") unless the agency is written
as an acronym.  The patterns are :mod:`validator.detect.wire_forms`' ``byline`` and
``byline_generic``; :mod:`validator.detect.wire` says where a byline may stand.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from validator.article import Article, Block
from validator.detect.wire_forms import canonical, mentions, patterns

_NOT_NAMES = regex.compile(r"\b(?:photos?|foto|fotos|image|picture|bild|credits?|courtesy|told|said|says)\b",
                           regex.IGNORECASE)


#: lower-case words a byline's names may hold ("Jane Roe and John Doe", "Omar al-Khalil")
_PARTICLES = frozenset("and und et y e i и al el ad bin ibn de da di del der den van von la le du dos das".split())
#: a newsroom signing with an agency ("Redacción / EFE", "La rédaction avec AFP", "Haber Merkezi / AA")
_DESK = regex.compile(r"(?:(?:la|die|the|a)\s+)?(?:redacci[oó]n|reda[çc][ãa]o|r[ée]daction|redazione|redaktion|redakcja|"
                      r"redakce|haber\s+merkezi|newsroom|news\s+desk|web\s+desk|online\s+desk|staff)", regex.I)


def byline_agency(m: regex.Match) -> str | None:
    """The agency of a byline match, or None when the "agency" is a person's surname."""
    agency = canonical(m["agency"])
    if not agency:
        return None
    if m["names"] and m["sep"] is not None and not m["sep"].strip() and (
            whole := canonical(m["names"] + m["sep"] + m["agency"])):
        return whole  # "Agence France-Presse" is one name, not "Agence" signing for "France-Presse"
    if m["names"] and _DESK.fullmatch(m["names"].strip()):
        return agency
    if m["names"] and (_NOT_NAMES.search(m["names"]) or not all(
            w[0].isupper() or not w[0].isalpha() or w.casefold() in _PARTICLES for w in m["names"].split())):
        return None  # "Photo Jane Roe / AFP" is a photo credit, "con información de AFP" no byline
    if m["names"] and m["sep"] is not None and not m["sep"].strip():
        word = m["agency"]
        # "Tom Davies Associated Press", "Jane Roe AFP" — not "Christoph Reuter"
        if " " not in word.strip() and not (word.isupper() and len(word) <= 4):
            return None
    return agency


def bylines(text: str, alone: bool = False, desk: bool = False) -> list[tuple[int, str, str | None]]:
    """The lines of a short text that are agency bylines ("By Jane Roe, Reuters"): each line's
    start, the line, and its agency (None: agencies in general);
    ``alone``: only an agency alone, or one after a separator ("Jane Roe, AFP");
    ``desk``: only a newsroom signing with an agency ("Redacción / EFE")."""
    out = []
    for line_start, line in _lines(text):
        m = patterns()["byline"].match(line) if mentions(line, earliest=True) else None
        if m and alone and m["names"] and not (m["sep"] or "").strip() and not canonical(
                m["names"] + m["sep"] + m["agency"]):
            continue
        if desk and not (m and m["names"] and _DESK.fullmatch(m["names"].strip())):
            continue
        if m and (agency := byline_agency(m)):
            out.append((line_start, line, agency))
        elif patterns()["byline_generic"].match(line):
            out.append((line_start, line, None))
    return out


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def under_title(article: Article, limit: int) -> list[Block]:
    """The short credit lines among the ``limit`` blocks after the headline, before the story's first
    prose block (a layout reader may take "Redacción / EFE" there for a picture's credit line)."""
    blocks = list(article.blocks)
    start = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if start is None:
        return []
    out = []
    for b in blocks[start + 1:start + 1 + limit]:
        if b.kind in ("paragraph", "standfirst", "quote"):
            break
        if b.kind == "credit" and len(b.text) <= 60:
            out.append(b)
    return out


def meta_bylines(article: Article) -> list[tuple[str, tuple[int, int]]]:
    """The byline elements a page reader kept in ``meta["byline"]`` (each a text with its line and
    column; a byline with a date — "By AFP January 5, 2025" — names no author to the reader)."""
    found = article.meta.get("byline") if isinstance(article.meta, dict) else None
    out = []
    for entry in found if isinstance(found, list) else ():
        if isinstance(entry, dict) and isinstance(entry.get("text"), str) and len(entry["text"]) <= 200:
            line, column = entry.get("line"), entry.get("column")
            at = (line, column) if isinstance(line, int) and isinstance(column, int) else (article.line, 1)
            out.append((entry["text"], at))
    return out
