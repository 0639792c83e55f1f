"""A decoded JSON record with where its values stand in the file.

Positions: a block made from a string value starts where its first character
stands inside the JSON string in the file (escapes accounted for); every
paragraph of a ``body`` therefore has its own column, and in a pretty-printed
``.json`` file its own line only if the value spans lines (JSON strings do not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from validator.article import Block
from validator.readers.json.positions import LineIndex, Path, StringMap


@dataclass
class Record:
    """A decoded record with where its values stand in the file."""

    value: dict[str, Any]
    text: str
    spots: dict[Path, int]
    locate: LineIndex
    path: str
    id: str
    base: Path = ()
    _maps: dict[Path, StringMap | None] = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.pos(())[0]

    def pos(self, path: Path) -> tuple[int, int]:
        for n in range(len(path), -1, -1):
            spot = self.spots.get(self.base + tuple(path[:n]))
            if spot is not None:
                return self.locate(spot)
        return self.locate(0)

    def string(self, path: Path) -> StringMap | None:
        """Where the characters of the string value at ``path`` stand (None if not a string)."""
        key = self.base + tuple(path)
        if key not in self._maps:
            spot = self.spots.get(key)
            ok = spot is not None and self.text[spot:spot + 1] == '"'
            self._maps[key] = StringMap(self.text, spot, self.locate) if ok else None
        return self._maps[key]

    def text_block(self, kind: str, path: Path, value: str | None) -> Block | None:
        """A block for a whole string field (stripped), or None when it is empty."""
        if not value or not value.strip():
            return None
        lines = string_lines(value)
        lines = [(d, t) for d, t in lines if t]
        return self._block(kind, path, lines)

    def _block(self, kind: str, path: Path, lines: list[tuple[int, str]]) -> Block:
        text = "\n".join(t for _, t in lines)
        sm = self.string(path)
        pieces, offset = [], 0
        for d, t in lines:
            pieces.append((offset, d))
            offset += len(t) + 1
        if sm is None:
            line, column = self.pos(path)
            return Block(kind=kind, text=text, line=line, column=column)
        return sm.block(kind, text, pieces)


def string_lines(value: str) -> list[tuple[int, str]]:
    """Lines of a string as (decoded offset of the first non-blank character, stripped text)."""
    out, pos = [], 0
    for raw in value.split("\n"):
        line = raw.rstrip("\r")
        stripped = line.lstrip()
        out.append((pos + len(line) - len(stripped), stripped.rstrip()))
        pos += len(raw) + 1
    return out
