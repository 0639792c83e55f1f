"""A block's text from HTML text nodes, with its positions in the file.

:class:`TextBuilder` turns text nodes (:class:`validator.readers.html.tree.Text`)
into a block's text — whitespace collapsed as HTML renders it, a line break kept
where the source breaks the line — together with the ``segments`` that map every
offset in that text back to the file (see :class:`validator.article.Block`).
"""

from __future__ import annotations

import re

from validator.readers.html.tree import Text

_TOKEN = re.compile(r"\S+|\s+")
_SLOW = re.compile(r"\s\s|[^\S ]")


class TextBuilder:
    """Collects text nodes into one block's text with its file positions."""

    __slots__ = ("parts", "length", "line", "column", "segments", "_anchor", "_pending")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.line = 0
        self.column = 0
        self.segments: list[tuple[int, int, int]] = []
        self._anchor = (0, 0, 0)
        self._pending = ""  # whitespace waiting for the next visible character

    def __bool__(self) -> bool:
        return self.length > 0

    def _emit(self, token: str, line: int, column: int) -> None:
        if self.length:
            if self._pending:
                self.parts.append(self._pending)
                self.length += 1
            o0, l0, c0 = self._anchor
            if (line, column) != (l0, c0 + self.length - o0):
                self.segments.append((self.length, line, column))
                self._anchor = (self.length, line, column)
        else:
            self.line, self.column = line, column
            self._anchor = (0, line, column)
        self._pending = ""
        self.parts.append(token)
        self.length += len(token)

    def _space(self, newline: bool) -> None:
        if newline:
            self._pending = "\n"
        elif not self._pending:
            self._pending = " "

    def add(self, node: Text) -> None:
        if not node.literal:
            if node.text.isspace():
                self._space(False)
            elif node.text:
                self._emit(node.text, node.line, node.column)
            return
        line, column = node.line, node.column
        text = node.text
        if not _SLOW.search(text):  # single spaces only: the text maps to the file as is
            body = text.strip(" ")
            if text[:1] == " ":
                self._space(False)
            if body:
                self._emit(body, line, column + len(text) - len(text.lstrip(" ")))
                if text[-1:] == " ":
                    self._space(False)
            return
        for m in _TOKEN.finditer(text):
            token = m.group()
            if token[0].isspace():
                breaks = token.count("\n")
                self._space(breaks > 0)
                if breaks:
                    line += breaks
                    column = len(token) - token.rfind("\n")
                else:
                    column += len(token)
            else:
                self._emit(token, line, column)
                column += len(token)

    def hard_break(self) -> None:
        """A ``<br>``: the next text starts on a new line of the block."""
        if self.length:
            self._pending = "\n"

    def result(self) -> tuple[str, int, int, tuple[tuple[int, int, int], ...]]:
        return "".join(self.parts), self.line, self.column, tuple(self.segments)


def position(built: tuple[str, int, int, tuple], offset: int) -> tuple[int, int]:
    """Line and column of ``offset`` in a built text (as ``Block.position``)."""
    _, line, column, segments = built
    best = (0, line, column)
    for seg in segments:
        if seg[0] > offset:
            break
        best = seg
    return best[1], best[2] + (offset - best[0])


def slice_built(built: tuple[str, int, int, tuple], start: int, end: int | None = None):
    """The part ``[start:end]`` of a built text, with its own positions."""
    text = built[0]
    end = len(text) if end is None else end
    line, column = position(built, start)
    segments = tuple((o - start, ln, col) for o, ln, col in built[3] if start < o < end)
    return text[start:end], line, column, segments
