"""Inline residue phrases searched alternative by alternative (validator.detect.residue.
inline_matches, leftmost_first) find what the compiled alternation finds."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.checks.base import Context
from validator.detect.alternation import Alternation
from validator.detect.residue import _separable, inline_matches, leftmost_first
from validator.patterns import PATTERN_FLAGS

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CTX = Context(facts=None)

# overlapping, nested, anchored, look-around, case-sensitive, back-referencing and
# empty-matching alternatives, with and without needles (a word of three letters or more)
ALTERNATIVE = st.sampled_from([
    "ab", "abc", "bca", "b", "a+b", "(?<!a)b", "^a", "a$", "\\bab\\b", "x*", "c(?=a)", "(?P<q>a)(?P=q)",
    "[ab]{2}", "(?-i:AB)", "cab|abc", "a\\nb", "(?:b|ab)c", "aaa", "abcab", "(?:abc)?", "bab(?:c|)",
])
TEXT = st.text(alphabet="abcAB x\nıƛ", max_size=40)  # ƛ: a text that cannot be screened


def _alternation(alternatives: list[str]) -> Alternation:
    return Alternation("|".join(f"(?:{a})" for a in alternatives), PATTERN_FLAGS)


@SETTINGS
@given(st.lists(ALTERNATIVE, min_size=1, max_size=6), TEXT)
def test_matches_are_the_alternations(alternatives, text):
    whole = regex.compile("|".join(f"(?:{a})" for a in alternatives), PATTERN_FLAGS)
    found = inline_matches(_alternation(alternatives), text, CTX)
    assert [m.span() for m in found] == [m.span() for m in whole.finditer(text)]


@SETTINGS
@given(st.lists(ALTERNATIVE, min_size=2, max_size=6), TEXT)
def test_merged_when_told_is_the_alternations(alternatives, text):
    whole = regex.compile("|".join(f"(?:{a})" for a in alternatives), PATTERN_FLAGS)
    merged = leftmost_first([list(regex.compile(a, PATTERN_FLAGS).finditer(text)) for a in alternatives])
    if merged is not None:
        assert [m.span() for m in merged] == [m.span() for m in whole.finditer(text)]


def test_merged_takes_the_leftmost_and_says_when_it_cannot_tell():
    found = [list(regex.finditer(p, "xabxbc")) for p in ("bc", "x", "ab")]
    assert [m.span() for m in leftmost_first(found)] == [(0, 1), (1, 3), (3, 4), (4, 6)]
    assert leftmost_first([list(regex.finditer(p, "abc")) for p in ("abc", "ab")]) is None  # a tie: "ab" overlaps
    assert leftmost_first([list(regex.finditer(p, "abc")) for p in ("ab", "bc")]) is None  # "bc" overlaps
    assert leftmost_first([list(regex.finditer(p, "ab")) for p in ("x*", "ab")]) is None  # an empty match first


def test_alternatives_that_mean_something_else_alone_are_searched_together():
    for pattern in ["(a)\\1|b", "(?i)x|y", "x|(?s)y", "\\Gx|y", "(?P<n>a)|(?P=n)", "(a)|(?1)", "(?(1)a|b)|c",
                    "(?P<n>a)|\\g<n>", "(a)|\\g<1>"]:
        assert not _separable(Alternation(pattern, PATTERN_FLAGS)), pattern
    for pattern in ["(?P<s>a)(?P=s)|b", "(?-i:A)|b", "\\\\1|b", "(?:a|b)c|\\(\\?i\\)", "a|b"]:
        assert _separable(Alternation(pattern, PATTERN_FLAGS)), pattern
