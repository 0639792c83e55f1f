"""JSON with positions: where each value of a record starts, and where each character
of a string value stands in the file.

:func:`scan` decodes like :func:`json.loads` (the values themselves are decoded
by the standard decoder, in C) but walks the first few levels of objects and
arrays itself, recording the offset of every value by its path
(``("images", 0, "credit")``).  :class:`StringMap` maps an offset in a decoded
string back to the file, through escapes (``\\n``, ``\\"``, ``\\u00e9``), so a
paragraph cut out of a JSON ``body`` still has its exact line and column.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

from validator.article import Block

class DuplicateKey(ValueError):
    """A key given twice in one JSON object: ``json`` would keep the later value without a
    word (``translated: true`` … ``translated: false``).  ``first`` and ``second`` are the
    offsets of the two keys; ``first`` is None when only the object's offset is known."""

    def __init__(self, key: str, first: int | None, second: int):
        super().__init__(key)
        self.key, self.first, self.second = key, first, second


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key, None, -1)
        out[key] = value
    return out


#: the standard decoder (in C); below the levels :func:`scan` walks itself, a duplicate key
#: is caught by the object_pairs_hook
_DECODER = json.JSONDecoder(strict=False, object_pairs_hook=_unique)
_WS = re.compile(r"[ \t\n\r]*")
_BREAK = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)|\n", re.S)

Path = tuple[Any, ...]


def _ws(text: str, i: int) -> int:
    return _WS.match(text, i).end()


def scan(text: str, start: int = 0, depth: int = 6, path: Path = (),
         spots: dict[Path, int] | None = None) -> tuple[Any, int, dict[Path, int]]:
    """Decode the JSON value at ``start``: (value, end offset, offset of each value by path).

    Raises :class:`json.JSONDecodeError`, :class:`DuplicateKey`, and ``RecursionError`` for
    absurd nesting.
    """
    spots = {} if spots is None else spots
    i = _ws(text, start)
    spots[path] = i
    opener = text[i:i + 1]
    if depth <= 0 or opener not in ("{", "["):
        try:
            value, end = _DECODER.raw_decode(text, i)
        except DuplicateKey as exc:
            raise DuplicateKey(exc.key, None, i) from None  # somewhere in the value at i
        return value, end, spots
    closer = "}" if opener == "{" else "]"
    container: Any = {} if opener == "{" else []
    keys: dict[str, int] = {}
    i = _ws(text, i + 1)
    if text[i:i + 1] == closer:
        return container, i + 1, spots
    while True:
        if opener == "{":
            if text[i:i + 1] != '"':
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, i)
            at = i
            key, i = _DECODER.raw_decode(text, i)
            if key in keys:
                raise DuplicateKey(key, keys[key], at)
            keys[key] = at
            i = _ws(text, i)
            if text[i:i + 1] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", text, i)
            value, i, _ = scan(text, i + 1, depth - 1, path + (key,), spots)
            container[key] = value
        else:
            value, i, _ = scan(text, i, depth - 1, path + (len(container),), spots)
            container.append(value)
        i = _ws(text, i)
        ch = text[i:i + 1]
        if ch == ",":
            i = _ws(text, i + 1)
        elif ch == closer:
            return container, i + 1, spots
        else:
            raise json.JSONDecodeError(f"Expecting ',' delimiter or '{closer}'", text, i)


class LineIndex:
    """Offsets in a text as 1-based (line, column), optionally shifted (a JSONL line)."""

    def __init__(self, text: str, first_line: int = 1):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.first_line = first_line

    def __call__(self, offset: int) -> tuple[int, int]:
        if len(self.starts) == 1:
            return self.first_line, offset + 1
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.first_line + i, offset - self.starts[i] + 1


class StringMap:
    """Where the characters of one decoded JSON string stand in the file."""

    def __init__(self, text: str, quote: int, locate: LineIndex):
        self.locate = locate
        end = quote + 1
        decoded = 0
        self.points: list[tuple[int, int]] = [(0, quote + 1)]  # (decoded offset, source offset)
        _, stop = _DECODER.raw_decode(text, quote)
        for m in _BREAK.finditer(text, quote + 1, stop - 1):
            decoded += m.start() - end + 1
            end = m.end()
            self.points.append((decoded, end))
        self._decoded = [p[0] for p in self.points]

    def source(self, offset: int) -> int:
        i = bisect.bisect_right(self._decoded, offset) - 1
        d, s = self.points[i]
        return s + (offset - d)

    def position(self, offset: int) -> tuple[int, int]:
        return self.locate(self.source(offset))

    def breaks(self, start: int, end: int) -> list[int]:
        """Decoded offsets in ``(start, end)`` after which the mapping jumps."""
        lo = bisect.bisect_right(self._decoded, start)
        hi = bisect.bisect_left(self._decoded, end)
        return self._decoded[lo:hi]

    def block(self, kind: str, text: str, pieces: list[tuple[int, int]]) -> Block:
        """A block whose ``text`` is made of pieces: (offset in text, decoded offset it comes from)."""
        points, decoded, locate = self.points, self._decoded, self.locate
        marks: list[tuple[int, int, int]] = []
        for n, (t0, d0) in enumerate(pieces):
            d1 = d0 + ((pieces[n + 1][0] if n + 1 < len(pieces) else len(text)) - t0)
            j = bisect.bisect_right(decoded, d0) - 1
            marks.append((t0, *locate(points[j][1] + d0 - points[j][0])))
            j += 1
            while j < len(points) and points[j][0] < d1:
                marks.append((t0 + points[j][0] - d0, *locate(points[j][1])))
                j += 1
        return located_block(kind, text, marks)


def located_block(kind: str, text: str, marks: list[tuple[int, int, int]]) -> Block:
    """A block from (offset in text, line, column) marks, keeping only the needed segments."""
    _, line, column = marks[0]
    segments: list[tuple[int, int, int]] = []
    anchor = marks[0]
    for t, ln, col in marks[1:]:
        if (ln, col) != (anchor[1], anchor[2] + t - anchor[0]):
            segments.append((t, ln, col))
            anchor = (t, ln, col)
    return Block(kind=kind, text=text, line=line, column=column, segments=tuple(segments))
