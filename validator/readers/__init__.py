"""Readers: one per input format, chosen by file extension.

A reader module exposes ``EXTENSIONS`` (lower-case, with the dot) and
``read(text: str, path: str) -> list[Article | ReadError]``: one item per
article in the file (one for a page, one per record of a JSONL batch).  A
record that cannot be read becomes a :class:`ReadError` in that list and the
other records are still returned; an error that spoils the whole file is
raised as :class:`ReadError`.

Readers know nothing about rules: they recover structure (blocks with their
line and column, images, metadata) and stop there.

Layout: ``text.py`` and ``markdown.py`` (sharing ``layout.py``, ``frontmatter.py``
and ``metadata.py``); ``html/`` (the page reader ``html/reader.py`` and its tree,
text, region, figure and JSON-LD helpers); ``json/`` (``json/reader.py`` for
``.json``/``.jsonl``: our own schema and ninjs).  What several formats share has a
module of its own here: ``images.py`` (declared and shown images merged, embedded
credits read, :class:`~validator.article.Image` models built), ``footer.py`` (the
footer a thematic break sets off) and ``metadata.py``.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from types import ModuleType

from validator.article import Article
from validator.errors import ReadError

#: reader name → its module under ``validator.readers``, in the order extensions are claimed
READER_MODULES = {"text": "text", "markdown": "markdown", "html": "html.reader", "jsonl": "json.reader"}


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    r"""The lines of ``text`` as editors, GitHub and SARIF number them: broken at
    ``\n``, ``\r\n`` and ``\r`` only (``str.splitlines`` also breaks at form
    feeds, U+2028 and other separators, which would shift every line number after
    them).  Like ``splitlines``, a final line break does not start an empty line."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass(frozen=True)
class Reader:
    name: str
    module: ModuleType


def _load() -> dict[str, Reader]:
    by_ext: dict[str, Reader] = {}
    for name, where in READER_MODULES.items():
        module = importlib.import_module(f"validator.readers.{where}")
        for ext in module.EXTENSIONS:
            by_ext.setdefault(ext, Reader(name, module))
    return by_ext


READERS: dict[str, Reader] = _load()


def reader_for(path: str) -> Reader | None:
    """The reader for a path, by its extension (case-insensitive)."""
    lower = path.lower()
    for ext in sorted(READERS, key=len, reverse=True):
        if lower.endswith(ext):
            return READERS[ext]
    return None


def supported_extensions() -> list[str]:
    return sorted(READERS)


def read_text(text: str, path: str) -> list[Article | ReadError]:
    """Read already-decoded text with the reader its path's extension selects."""
    reader = reader_for(path)
    if reader is None:
        raise ReadError(f"no reader for this file type ({path})")
    return reader.module.read(text, path)
