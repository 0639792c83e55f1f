"""A small, tolerant HTML tree built on the standard library's ``html.parser``.

``html.parser`` never gives up on broken markup and reports where each tag
and each run of text starts (``getpos()``), so every text node here knows its
1-based line and column in the file.  (It runs as
:class:`validator.readers.html.tokenizer.Tokenizer`: the same events, with the
common start and end tags read quicker.)  On top of its events this module adds
what a browser would do with the common breakages: implied end tags (a ``<p>``
closes the open ``<p>``, ``<li>`` the open ``<li>``…), end tags that close the
elements left open inside them, stray end tags ignored, and everything still
open closed at the end of the file.

:mod:`validator.readers.html.blocktext` turns text nodes into a block's text.
"""

from __future__ import annotations

import html
import re
from html.parser import charref

from validator.readers.html.nodes import Element, Text
from validator.readers.html.tokenizer import Tokenizer

__all__ = ["CLOSES_P", "HEADINGS", "MAX_DEPTH", "VOID", "Element", "Text", "parse"]

VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
#: start tags that close an open <p> (HTML's "close a p element")
CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section "
    "table ul".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
HEAD_TAGS = frozenset("base basefont bgsound link meta noscript script style template title".split())
_SCOPE = frozenset("applet button caption html marquee object table td th template".split())
_LIST_SCOPE = frozenset({"ul", "ol", "menu"}) | _SCOPE
_DL, _ROW, _TABLE = frozenset({"dl"}), frozenset({"tr", "table"}), frozenset({"table"})
#: tags closed as one: an open heading, table cell or definition closes whichever of them is open
_GROUP = {**{h: "#heading" for h in HEADINGS}, "td": "#cell", "th": "#cell", "dt": "#definition", "dd": "#definition"}
#: the start tags :meth:`_Builder._implied_ends` may close an element for (besides any while a
#: <head> is open)
_IMPLIES_ENDS = CLOSES_P | HEADINGS | frozenset({"li", "dt", "dd", "td", "th", "tr", "option", "a"})
#: deeper elements are kept, but no longer nest (the tree stays walkable)
MAX_DEPTH = 200


class _Builder(Tokenizer):
    def __init__(self, amp: str = "&") -> None:
        super().__init__(convert_charrefs=False)
        self.root = Element("#document", {}, 1, 1, None)
        self.stack: list[Element] = [self.root]
        #: how many elements of each tag are open: finding a tag that is not open costs
        #: nothing (a million unclosed <div> would otherwise scan the stack a million times)
        self.open: dict[str, int] = {}
        self.singletons: dict[str, Element] = {}  # the <html>, <head> and <body>
        self.flattened = False
        self.amp = amp  # the stand-in for "&" in a malformed character reference (see _guard_charrefs)
        self.closing = False
        self.unparsed: tuple[int, int] | None = None  # where markup was last read as plain text

    # -- tree ---------------------------------------------------------------
    def _push(self, element: Element) -> None:
        self.stack.append(element)
        tag, open_ = element.tag, self.open
        open_[tag] = open_.get(tag, 0) + 1
        group = _GROUP.get(tag)
        if group:
            open_[group] = open_.get(group, 0) + 1

    def _pop_to(self, index: int) -> None:
        open_ = self.open
        for element in self.stack[index:]:
            open_[element.tag] -= 1
            group = _GROUP.get(element.tag)
            if group:
                open_[group] -= 1
        del self.stack[index:]

    def _find(self, tag: str, stop: frozenset[str] = frozenset()) -> int:
        if not self.open.get(tag):
            return -1
        for i in range(len(self.stack) - 1, 0, -1):
            name = self.stack[i].tag
            if name == tag:
                return i
            if name in stop:
                return -1
        return -1

    def _find_any(self, group: str, stop: frozenset[str]) -> int:
        """The deepest open element of a group (``_GROUP``: a heading, a table cell…), as the
        largest :meth:`_find` of its tags would be, in one pass over the stack."""
        if not self.open.get(group):
            return -1
        for i in range(len(self.stack) - 1, 0, -1):
            name = self.stack[i].tag
            if _GROUP.get(name) == group:
                return i
            if name in stop:
                return -1
        return -1

    def _implied_ends(self, tag: str) -> None:
        # (each search is asked only when what it looks for is open: most start tags close nothing)
        open_ = self.open
        if open_.get("head") and tag not in HEAD_TAGS:  # an unclosed <head> ends where the page content starts
            i = self._find("head")
            if i > 0:
                self._pop_to(i)
        closes_p = tag in CLOSES_P
        if closes_p and open_.get("p"):
            i = self._find("p", _SCOPE)
            if i > 0:
                self._pop_to(i)
        if tag == "li":
            i = self._find("li", _LIST_SCOPE)
            if i > 0:
                self._pop_to(i)
        elif tag in ("dt", "dd"):
            i = self._find_any("#definition", _DL)
            if i > 0:
                self._pop_to(i)
        elif tag in HEADINGS and self.stack[-1].tag in HEADINGS:
            self._pop_to(len(self.stack) - 1)
        if closes_p and tag not in ("li", "dd", "dt"):
            # a heading holds no blocks: an unclosed <h1> ends where the next block starts
            if open_.get("#heading"):
                i = self._find_any("#heading", _SCOPE)
                if i > 0:
                    self._pop_to(i)
        elif tag in ("td", "th"):
            i = self._find_any("#cell", _ROW)
            if i > 0:
                self._pop_to(i)
        elif tag == "tr":
            i = self._find("tr", _TABLE)
            if i > 0:
                self._pop_to(i)
        elif tag in ("option", "a") and open_.get(tag) and self._find(tag, _SCOPE) > 0:
            self._pop_to(self._find(tag, _SCOPE))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, offset = self.lineno, self.offset  # (getpos(), without the call: every tag asks)
        if tag in ("html", "head", "body"):
            existing = self.singletons.get(tag)
            if existing is not None:
                for k, v in attrs:
                    existing.attrs.setdefault(k, v or "")
                return
        if tag not in VOID and len(self.stack) >= MAX_DEPTH:
            # it would stay empty (its content goes to the deepest open element): not kept, so
            # a million unclosed <div> cost neither a million elements nor a million visits
            self.flattened = True
            return
        if tag in _IMPLIES_ENDS or self.open.get("head"):  # (no other start tag closes anything)
            self._implied_ends(tag)
        values: dict[str, str] = {}
        amp = self.amp
        for k, v in attrs:
            if k not in values:
                values[k] = v.replace(amp, "&") if v else ""
        parent = self.stack[-1]
        element = Element(tag, values, line, offset + 1, parent)
        parent.children.append(element)
        if tag in ("html", "head", "body"):
            self.singletons[tag] = element
        if tag not in VOID:  # (_push, inlined: every tag)
            self.stack.append(element)
            open_ = self.open
            open_[tag] = open_.get(tag, 0) + 1
            group = _GROUP.get(tag)
            if group:
                open_[group] = open_.get(group, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        before = len(self.stack)
        self.handle_starttag(tag, attrs)
        if len(self.stack) > before:  # <div/>: an empty element
            self._pop_to(before)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # </br> is a <br>
            self.handle_starttag("br", [])
            return
        stack = self.stack
        if stack[-1].tag == tag and len(stack) > 1:  # the usual case: the element just opened
            stack.pop()  # (_pop_to of the last, inlined)
            open_ = self.open
            open_[tag] -= 1
            group = _GROUP.get(tag)
            if group:
                open_[group] -= 1
            return
        i = self._find(tag)
        if i > 0:
            self._pop_to(i)

    # -- text ---------------------------------------------------------------
    def _text(self, text: str, literal: bool) -> None:
        self.stack[-1].children.append(Text(text, self.lineno, self.offset + 1, literal))

    def handle_data(self, data: str) -> None:
        if self.amp in data:
            data = data.replace(self.amp, "&")
        if self.closing and self.unparsed is None and not self.cdata_elem and (
                data[:1] == "<" or _MARKUP.search(data)):
            line, offset = self.getpos()  # html.parser gave up on the rest and handed it over as text
            self.unparsed = (line, offset + 1)
        self.stack[-1].children.append(Text(data, self.lineno, self.offset + 1, True))  # (_text, inlined)

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};"), False)

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), False)

    def close(self) -> None:
        # an unclosed "<!--" at the end of the file is a comment, not text
        if self.rawdata.startswith("<!--"):
            self.rawdata = ""
        self.closing = True
        super().close()


#: markup in a run of text handed over when the parser is closed (after the whole text was
#: fed, it only stops at a construct never completed before the end): it gave up there
_MARKUP = re.compile(r"<[a-zA-Z/!?]")


def _guard_charrefs(text: str) -> tuple[str, str]:
    """``text`` with the "&" of every malformed character reference (``&#;``, ``&#a`` …)
    replaced by a stand-in character absent from the text, and that character.

    ``html.parser`` (with ``convert_charrefs=False``, which keeps every text node's
    column exact) stops at such a reference and hands the rest of the file over as
    one run of raw text: every later paragraph and image would be lost.  The
    stand-in is one character for one, so every line and column stays right, and
    the builder turns it back into "&" in text and attribute values."""
    if "&#" not in text:
        return text, "&"
    bad = [m.start() for m in re.finditer("&#", text) if not charref.match(text, m.start())]
    if not bad:
        return text, "&"
    used = set(re.findall("[\ue000-\uf8ff]", text))
    amp = next(c for c in map(chr, range(0xE000, 0xF900)) if c not in used) if len(used) < 0x1900 else "&"
    chars = list(text)
    for i in bad:
        chars[i] = amp
    return "".join(chars), amp


def parse(text: str) -> tuple[Element, list[str]]:
    """The document tree of ``text`` and notes about what had to be repaired."""
    guarded, amp = _guard_charrefs(text)
    builder = _Builder(amp)
    notes: list[str] = []
    try:
        builder.feed(guarded)
        builder.close()
    except Exception as exc:  # html.parser is tolerant, but never crash a batch
        line, offset = builder.getpos()
        notes.append(f"the HTML parser stopped at line {line}, column {offset + 1}: {exc}")
    if builder.unparsed:
        notes.append("the HTML from line {}, column {} could not be parsed and was read as plain text"
                     .format(*builder.unparsed))
    if builder.flattened:
        notes.append(f"elements nested deeper than {MAX_DEPTH} levels were flattened")
    return builder.root, notes
