"""The quicker tokenizer (validator.readers.html.tokenizer) gives the stock ``html.parser``
events: the same handler calls, arguments and positions, over generated messy markup
(synthetic only) and over hand-picked corner cases of the stock code."""

from __future__ import annotations

import sys
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.readers.html import tokenizer
from validator.readers.html.tokenizer import Tokenizer
from validator.readers.html.tree import _guard_charrefs


def _recorder(base):
    class Recorder(base):
        def __init__(self, convert_charrefs: bool) -> None:
            super().__init__(convert_charrefs=convert_charrefs)
            self.events: list[tuple] = []

        def _note(self, *event) -> None:
            self.events.append((*event, self.getpos(), self.get_starttag_text(), self.lasttag,
                                self.cdata_elem))

        def handle_starttag(self, tag, attrs):
            self._note("start", tag, attrs)

        def handle_startendtag(self, tag, attrs):
            self._note("startend", tag, attrs)

        def handle_endtag(self, tag):
            self._note("end", tag)

        def handle_data(self, data):
            self._note("data", data)

        def handle_entityref(self, name):
            self._note("entity", name)

        def handle_charref(self, name):
            self._note("charref", name)

        def handle_comment(self, data):
            self._note("comment", data)

        def handle_decl(self, decl):
            self._note("decl", decl)

        def handle_pi(self, data):
            self._note("pi", data)

        def unknown_decl(self, data):
            self._note("unknown_decl", data)

    return Recorder


_Stock, _Quick = _recorder(HTMLParser), _recorder(Tokenizer)


def _events(cls, text: str, convert_charrefs: bool, chunks: int) -> list[tuple]:
    parser = cls(convert_charrefs)
    try:
        step = max(1, len(text) // chunks)
        for start in range(0, len(text), step):  # (fed in pieces too: tags cut at a chunk's end)
            parser.feed(text[start:start + step])
        parser.close()
    except Exception as exc:  # the stock parser gives up on some declarations: so must ours
        parser.events.append(("raised", type(exc).__name__, str(exc), parser.getpos()))
    return parser.events + [("left", parser.rawdata, parser.getpos())]


def _same(text: str) -> None:
    for convert in (False, True):
        for chunks in (1, 3):
            assert _events(_Quick, text, convert, chunks) == _events(_Stock, text, convert, chunks), (text, convert)
    guarded, _ = _guard_charrefs(text)  # as tree.parse feeds it
    assert _events(_Quick, guarded, False, 1) == _events(_Stock, guarded, False, 1)


def test_the_shortcut_runs_on_the_python_it_was_checked_against():
    # on any other Python the stock methods run (still the same events, only slower)
    if sys.implementation.name == "cpython" and sys.version_info[:3] == (3, 11, 7):
        assert tokenizer.FAST
    if not tokenizer.FAST:
        assert Tokenizer.parse_starttag is HTMLParser.parse_starttag


CORNERS = [
    '<p>plain</p>', '<P CLASS="Lead">x</P >', '<a href=/x/y/>t</a>', '<a href="/x"/>', '<br/>', '<br />',
    '<img src=a.png />', '<a x />', '<a x/>', '<a x = "1" y=\'2\' z=3 w>', '<a x==1>', '<a x= >', '<a x=>',
    '<a x="1"y="2">', '<a x="1"/ >', '<a / x>', '<a\vx=1>', '<a\xa0x=1>', '<div\v>', '<div\x00>', '<a x=a"b>',
    '<a x="&amp;&#39;&bogus;">', '<a x=&lt;>', '<a title="a>b">t</a>', "<a title='a\"b'>", '<a x="\n1\n">\nz',
    '<a\nx\n=\n"1"\n>', '<a x="1"\t/>', '<ab-c:d.e_f x>', '<İ x>', '<a İ=1>', '<a x=1\u2028>', '<a x\x1c=1>',
    '<script>if (a<b) x = "</div>";</script>', '<script type=x>a</SCRIPT >b', '<style>p{}</style x>',
    '<script/>a</script>', '<script>a</scrip></script>', '<textarea><b></textarea>', '</p x>', '</>', '</ p>',
    '</3>', '</p\n>', '<!-- c -->', '<!--->', '<!-- open', '<!doctype html>', '<![CDATA[x]]>', '<![if x]>',
    '<?php x ?>', '<!x>', 'a < b & c', '&amp; &#38; &#x26; &#; &#a; &#x; &bogus', 'a &', 'x <', '<a', '<a x="1',
    '<a x=1', '<a x', '</a', '<p>a\r\nb</p>', '<a x=1>\n<b y=2>\n</b>', '<a x="1" ', '<a x="1" /', '<a/b>',
    '<a x="1"', '<br/ >', '<a =x>', "<a x=''>", '<a x="">', '<a ="1">', '<a x=1=2>', '<a\tx\t=\t1\t>',
]


@pytest.mark.parametrize("text", CORNERS)
def test_corner_cases_give_the_stock_events(text):
    _same(text)
    _same(f"before\n{text}\nafter <p class=x>y</p>")


# -- generated messy markup -------------------------------------------------------------

_WS = st.sampled_from([" ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\xa0", "", "/", " / ", "\u2028", "\x1c"])
_NAME = st.sampled_from(["p", "div", "A", "Img", "br", "script", "style", "x-y", "ns:tag", "h1", "İ", "a1.b_c",
                         "td", "div\x00", 'a"', "a'", "a<b", "b=c", "3", ""])
_ATTR_NAME = st.sampled_from(["class", "ID", "href", "data-x", "x", "İx", "a:b", "@click", "[x]", "=", "a\"b",
                              "a'b", "a<b", "a/b", "", "x\v", "(y)"])
_VALUE = st.sampled_from(['"v"', "'v'", '""', "''", "v", "/v/", "a/", 'a"b', "a'b", '"a>b"', "'a\"b'", "&amp;x",
                          '"&#38;&#;"', "=v", "==v", "", '"', "'", "v>w", '"\nv\n"', "x\u2028y", "&lt;"])
_EQ = st.sampled_from(["=", " = ", "==", "\t=\n", "\v=", "= \v", "=\xa0"])


@st.composite
def _attribute(draw) -> str:
    text = draw(_ATTR_NAME)
    if draw(st.booleans()):
        text += draw(_EQ) + draw(_VALUE)
    return text


@st.composite
def _start_tag(draw) -> str:
    attrs = draw(st.lists(st.tuples(_WS, _attribute()), max_size=4))
    end = draw(st.sampled_from([">", "/>", " >", " />", "/ >", "", " ", "\v>", "\n>"]))
    return "<" + draw(_NAME) + "".join(ws + a for ws, a in attrs) + end


@st.composite
def _end_tag(draw) -> str:
    inner = draw(st.sampled_from(["", " ", "\n", "\v"])) + draw(_NAME) + draw(st.sampled_from(["", " ", " x=1", "\t"]))
    return "</" + inner + draw(st.sampled_from([">", "", " >"]))


_OTHER = st.sampled_from(["text", " ", "\n", "\r\n", "a < b", "&amp;", "&#39;", "&#x27;", "&#;", "&#a", "&bogus",
                          "&", "<", "<!-- c -->", "<!--", "-->", "<!doctype html>", "<!DOCTYPE", "<![CDATA[x]]>",
                          "<![if x]>", "<?pi ?>", "<!x>", "</>", "<>", "é", "\x00", "]]>", "<!", "<?"])
_PIECE = st.one_of(_start_tag(), _end_tag(), _OTHER)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECE, max_size=14))
def test_generated_markup_gives_the_stock_events(pieces):
    _same("".join(pieces))


#: characters that matter to the tokenizer, for markup soup with no structure at all
_SOUP = st.text(alphabet=list("<>/=\"' \t\n\r\f\v\xa0\x00&#;!?-[]abpxAB1é"), max_size=60)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_SOUP, _start_tag()), max_size=6))
def test_markup_soup_gives_the_stock_events(pieces):
    _same("".join(pieces))
