"""The two kinds of node of a parsed page (built by :mod:`validator.readers.html.tree`):
an element, with its tag, attributes and children, and a run of text; each knows its
1-based line and column in the file."""

from __future__ import annotations


class Element:
    __slots__ = ("tag", "attrs", "line", "column", "children", "parent", "memo")

    def __init__(self, tag: str, attrs: dict[str, str], line: int, column: int, parent: Element | None):
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.column = column
        self.children: list[Element | Text] = []
        self.parent = parent
        #: what :mod:`validator.readers.html.page` worked out about the element (its class
        #: words, whether it is shown…), kept so that each is worked out once per element
        self.memo: dict[str, object] | None = None

    def get(self, name: str) -> str:
        return self.attrs.get(name) or ""

    def iter(self, tag: str | None = None):
        """Descendant elements in document order (iterative: deep trees are fine)."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            if isinstance(node, Element):
                if tag is None or node.tag == tag:
                    yield node
                stack.extend(reversed(node.children))

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def raw_text(self) -> str:
        """The decoded text of all descendants, as is (for scripts and titles)."""
        parts: list[str] = []
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            if isinstance(node, Text):
                parts.append(node.text)
            else:
                stack.extend(reversed(node.children))
        return "".join(parts)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.tag} {self.line}:{self.column}>"


class Text:
    __slots__ = ("text", "line", "column", "literal")

    def __init__(self, text: str, line: int, column: int, literal: bool):
        self.text = text
        self.line = line
        self.column = column
        #: True when ``text`` is the source text itself (not a decoded entity),
        #: so that its n-th character sits n columns further on
        self.literal = literal
