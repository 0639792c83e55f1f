"""The two kinds of node of a parsed page (built by :mod:`validator.readers.html.tree`):
an element, with its tag, attributes and children, and a run of text; each knows its
1-based line and column in the file."""

from __future__ import annotations


class Element:
    __slots__ = ("tag", "attrs", "line", "column", "children", "parent", "memo", "_kids", "_by_tag")

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
        self._kids: list[Element] | None = None  # the child elements, last first (see iter)
        self._by_tag: dict[str | None, list[Element]] | None = None  # the document's elements (see iter)

    def get(self, name: str) -> str:
        return self.attrs.get(name) or ""

    def iter(self, tag: str | None = None):
        """Descendant elements in document order (iterative: deep trees are fine).  Each
        element's child elements are listed once, when first walked: the page is walked
        many times once parsed, and never changed.  The document's own elements (the root's
        walk, asked for again and again) are listed once, by tag."""
        if self.parent is None:
            by_tag = self._by_tag
            if by_tag is None:
                by_tag = self._by_tag = {None: list(self._walk(None))}
                for node in by_tag[None]:
                    by_tag.setdefault(node.tag, []).append(node)
            return iter(by_tag.get(tag, ()))
        return self._walk(tag)

    def _walk(self, tag: str | None):
        stack = list(self._reversed_kids())
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                yield node
            kids = node._kids
            if kids is None:
                kids = node._reversed_kids()
            if kids:
                stack.extend(kids)

    def _reversed_kids(self) -> list[Element]:
        kids = self._kids
        if kids is None:
            kids = self._kids = [c for c in reversed(self.children) if isinstance(c, Element)]
        return kids

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
