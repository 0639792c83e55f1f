"""detect/firstchar.py: a whole-line alternation tried with the alternatives that may start
as the line does answers as the whole alternation does."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.detect.firstchar import LineAlternation, first_chars
from validator.patterns import PATTERN_FLAGS
from validator.vocab import expand


@pytest.mark.parametrize("alternative, expected", [
    ("read\\s+more", {"r"}),
    ("\\bRead", {"r"}),
    ("[àa]\\s+lire", {"a", "à"}),
    ("(?:site\\s+|main\\s+)?logo", {"s", "m", "l"}),  # an optional start: what follows may start
    ("¿?ya\\s+eres", {"¿", "y"}),
    ("(?-i:TOPSHOT)", {"t"}),
    ("(?:a|b)+c", {"a", "b"}),
    ("\\w+\\s+logo", None),  # a class
    ("[^.]+", None),  # a negated set
    ("[a-z]x", None),  # a range
    ("(?:ab)*c", None),  # a repeat from zero
    ("x*y", None),
    ("(?<=a)b", None),  # a look-around
    ("", None),
])
def test_first_chars(alternative, expected):
    found = first_chars(alternative)
    assert (None if found is None else set(found)) == expected


RESIDUE = LineAlternation(expand("{@phrases.residue}"), PATTERN_FLAGS)
LINES = ["Read more", "read MORE", "Leia também", "Читайте также", "اقرأ أيضا", "Home > World > Europe",
         "12 shares", "A A A", "Logo du Courrier", "Site logo", "¿Ya eres suscriptor? Inicia sesión", "İlgili Haberler",
         "ilgili haberler", "STRASSE", "Straße", "The council said it would read more.", "Ş", "1 of 8", "…",
         "Comments", "ΣΧΟΛΙΑ", "Updated 5 min ago", "Tags: a, b", "Share on Facebook Share on Twitter"]


@pytest.mark.parametrize("line", LINES)
def test_vocabulary_lines_answer_as_the_whole(line):
    pattern = RESIDUE.pattern(line[0])
    assert (pattern is not None and pattern.fullmatch(line) is not None) == (RESIDUE.whole.fullmatch(line) is not None)


ALTERNATIVE = st.sampled_from([
    "ab", "Ab", "[àa]b", "(?:x|y)z", "(?:q\\s+)?ab", "\\w+b", "ı", "İb", "(?-i:AB)", "ß", "ss", "a?b", "(?:ab)?",
    "[^a]b", "\\bab", "k", "K", "ǅ", "σ", "Σ", "ς",
])
TEXT = st.text(alphabet="abABàÀxyzq ıİßsSkKǅǆσΣς\u212a", min_size=1, max_size=8)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALTERNATIVE, min_size=1, max_size=6), TEXT)
def test_any_alternation_answers_as_the_whole(alternatives, text):
    source = "|".join(f"(?:{a})" for a in alternatives)
    lines = LineAlternation(source, PATTERN_FLAGS)
    pattern = lines.pattern(text[0])
    whole = regex.compile(source, PATTERN_FLAGS)
    assert (pattern is not None and pattern.fullmatch(text) is not None) == (whole.fullmatch(text) is not None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALTERNATIVE, min_size=1, max_size=6), st.lists(st.tuples(TEXT, st.integers(0, 8), st.integers(0, 8)),
                                                                min_size=1, max_size=6))
def test_remembered_answers_are_the_whole_alternations(alternatives, cases):
    # each part of a text asked about twice (the second answer remembered), and after
    # the memory is forgotten
    source = "|".join(f"(?:{a})" for a in alternatives)
    lines = LineAlternation(source, PATTERN_FLAGS)
    whole = regex.compile(source, PATTERN_FLAGS)
    for _ in range(2):
        for text, a, b in cases:
            start, end = min(a, b, len(text)), min(max(a, b), len(text))
            expected = whole.fullmatch(text, start, end) is not None
            assert lines.fullmatches(text, start, end) == expected
            assert lines.fullmatches(text, start, end, lambda p, *args: p.fullmatch(*args)) == expected
        lines._answers.clear()
