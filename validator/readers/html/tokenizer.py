"""``html.parser``'s tokenizer with quicker start and end tags, giving the same events.

:class:`Tokenizer` is the standard library's :class:`html.parser.HTMLParser` with two
of its hot paths replaced by a shortcut for the plain, common forms of markup:

- a start tag whose attributes are separated by ASCII whitespace, with names free of
  quotes, ``<``, ``/``, ``=`` and ``>`` and values quoted or bare (``<a href="/x"
  class=lead>``, ``<br/>``) is read attribute by attribute with one small pattern,
  up to its ``>``, instead of the stock tokenizer's backtracking search for the end
  of the tag followed by a second pass over its attributes;
- an end tag matched by the stock ``endtagfind`` pattern (``</p>``, ``</ div >``) is
  read with that one match (it always ends at the first ``>``, where the stock code
  looks for it first).

Everything else (and any tag the shortcut does not read to its ``>`` without a gap)
goes to the stock code, so the handlers see the same calls with the same arguments in
the same order, and positions (``getpos()``) stay the stock ones: the shortcut only
returns the end of the tag, as the stock method does.  tests/test_html_tokenizer.py
compares both event streams, positions included, over generated broken markup.

The shortcut copies the semantics of the stock code it replaces, so it is used only
when the standard library's code is the code it was checked against (CPython 3.11.7's
``parse_starttag``, ``check_for_whole_start_tag``, ``parse_endtag``, the ``goahead``
loop that calls them, and their patterns: :data:`FAST`); on any other Python (a later
release may change ``html.parser``) the stock methods run, unchanged and slower.
"""

from __future__ import annotations

import hashlib
import re
from html import parser as _stock
from html import unescape

__all__ = ["FAST", "Tokenizer"]

#: the stock patterns and code the shortcut reproduces (CPython 3.11.7)
_STOCK_PATTERNS = {
    "tagfind_tolerant": r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*',
    "attrfind_tolerant": r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
                         r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*',
    "endtagfind": r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>',
    "endendtag": '>',
    "starttagopen": '<[a-zA-Z]',
}
_STOCK_CODE = "88081441a8b5"  # _code_digest() on CPython 3.11.7


def _code_digest() -> str:
    """A digest of the stock methods the shortcut stands in for (their bytecode, names and
    constants, and the ``locatestarttagend_tolerant`` pattern)."""
    h = hashlib.sha256()
    cls = _stock.HTMLParser
    for fn in (cls.parse_starttag, cls.check_for_whole_start_tag, cls.parse_endtag, cls.goahead):
        code = fn.__code__
        h.update(code.co_code)
        h.update(repr((code.co_names, code.co_consts)).encode())
    h.update(_stock.locatestarttagend_tolerant.pattern.encode())
    h.update(repr(cls.CDATA_CONTENT_ELEMENTS).encode())
    return h.hexdigest()[:12]


#: the shortcut is used (the standard library's tokenizer is the one it was checked against)
FAST = (all(getattr(getattr(_stock, name, None), "pattern", None) == pattern
            for name, pattern in _STOCK_PATTERNS.items())
        and _code_digest() == _STOCK_CODE)

#: a start tag's name, as far as the shortcut reads it
_TAG = re.compile(r'<([a-zA-Z][^\s/>\x00"\'<=]*)')
#: one attribute (after ASCII whitespace), or the end of the tag (``>`` or ``/>``).  A bare
#: value must end where the stock one does (at whitespace or ``>``: the lookahead), and
#: may not start with "=" or a quote (the stock ``=+`` and ``(?!['"])``)
_ATTR_OR_END = re.compile(
    r'[ \t\n\r\f]+([^\s/>="\'<]+)'
    r'(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"([^"]*)"|\'([^\']*)\'|([^\s>"\'=][^\s>]*)(?=[ \t\n\r\f>])))?'
    r'|[ \t\n\r\f]*(/?)>')
_ENDTAG = _stock.endtagfind


class Tokenizer(_stock.HTMLParser):
    """:class:`html.parser.HTMLParser` with quicker common start and end tags (see the
    module's docstring); subclasses handle the events as usual."""

    if FAST:
        def parse_starttag(self, i: int) -> int:
            rawdata = self.rawdata
            m = _TAG.match(rawdata, i)
            if m is None:
                return super().parse_starttag(i)
            k = m.end()
            attrs = []
            append, match = attrs.append, _ATTR_OR_END.match
            while True:
                a = match(rawdata, k)
                if a is None:  # markup the shortcut does not read
                    return super().parse_starttag(i)
                k = a.end()
                name, dq, sq, bare, slash = a.groups()
                if name is None:  # the end of the tag
                    break
                value = dq if dq is not None else sq if sq is not None else bare
                if value:
                    value = unescape(value)
                append((name.lower(), value))
            self._HTMLParser__starttag_text = rawdata[i:k]
            self.lasttag = tag = m.group(1).lower()
            if slash:
                self.handle_startendtag(tag, attrs)
            else:
                self.handle_starttag(tag, attrs)
                if tag in self.CDATA_CONTENT_ELEMENTS:
                    self.set_cdata_mode(tag)
            return k

        def parse_endtag(self, i: int) -> int:
            match = _ENDTAG.match(self.rawdata, i)
            if match is None:
                return super().parse_endtag(i)
            gtpos = match.end()  # (the first ">" after "</": the stock endendtag search)
            elem = match.group(1).lower()
            if self.cdata_elem is not None and elem != self.cdata_elem:
                self.handle_data(self.rawdata[i:gtpos])
                return gtpos
            self.handle_endtag(elem)
            self.clear_cdata_mode()
            return gtpos
