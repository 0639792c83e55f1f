"""The glued-label screen (validator.detect.glued.may_double) never hides a doubling the
pattern finds: the screened search gives the spans of the pattern run on every line."""

from __future__ import annotations

import sys

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.article import Article, Block
from validator.detect import glued
from validator.detect.residue import Span, physical_lines

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words of the pattern's class and around it: apostrophes, digits, underscores, marks, other
# scripts, punctuation glued on either side, one-letter words
WORD = st.sampled_from([
    "read", "more", "Read", "More", "view", "the", "source", "a", "b", "ab", "ba", "aa", "l'avis", "it’s",
    "e\u0301t\u00e9", "été", "Войти", "войти", "اقرأ", "المزيد", "x2", "_id", "2024", "«Read", "more»", "(view",
    "source).", "moreRead", "sourceview", "sourceview:", "-", "|", "»", "…",
])
SPACE = st.sampled_from([" ", " ", " ", "  ", "\t", " \t", "\u00a0", "\u2009"])


@st.composite
def lines(draw) -> str:
    words = draw(st.lists(WORD, min_size=0, max_size=12))
    text = "".join(w + draw(SPACE) for w in words).strip()
    if draw(st.booleans()):  # a doubled label, maybe with punctuation glued on
        label = "".join(w + draw(SPACE) for w in draw(st.lists(WORD, min_size=2, max_size=7))).strip()
        before = draw(st.sampled_from(["", " ", "(", "«", "x", "- ", "\t"]))
        after = draw(st.sampled_from(["", " ", ")", "»", ".", "x", "’s"]))
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + before + label + label + after + text[cut:]
    return text


def _unscreened(article: Article) -> list[Span]:
    """The pattern run on every line of the searched length (glued_spans before the screen)."""
    spans = []
    for i, block in enumerate(article.blocks):
        for offset, line in physical_lines(block):
            if 2 * glued.MIN_LABEL <= len(line) <= glued.MAX_LINE:
                spans += [Span(i, offset + m.start(), offset + m.end(), "a link label printed twice")
                          for m in glued._GLUED.finditer(line) if len(m.group("label")) >= glued.MIN_LABEL]
    return spans


@SETTINGS
@given(lines())
def test_screen_keeps_every_doubling(line):
    if any(glued._GLUED.finditer(line)):  # a doubling of any length, not only those reported
        assert glued.may_double(line), line


@SETTINGS
@given(st.lists(lines(), min_size=1, max_size=6))
def test_screened_spans_are_the_patterns(texts):
    blocks = tuple(Block(kind="paragraph", text=t, line=i + 1, column=1)
                   for i, t in enumerate(["\n".join(texts), *texts]))
    article = Article(id="a", path="a.txt", format="txt", blocks=blocks)
    assert glued.glued_spans(article) == _unscreened(article)


def test_screen_on_known_lines():
    for line in ["view the sourceview the source", "«Read moreRead more»", "x (Read moreRead more).",
                 "Share\tthis storyShare\tthis story", "one two three four five sixone two three four five six",
                 "l'avis du jourl'avis du jour", "Читать далееЧитать далее"]:
        assert glued.may_double(line) and any(glued._GLUED.finditer(line)), line
    for line in ["The council met on Monday and the mayor said the council met", "couscous couscous",
                 "ha haha", "Read more Read more", ""]:
        assert not glued.may_double(line), line


def test_no_word_character_is_whitespace():
    """may_double splits at whitespace: a character of the pattern's words never is."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    word = "".join(regex.findall(r"[\w'’]", every, regex.V0))
    assert len(word) > 100_000 and word.split() == [word]
