"""Loose names (validator.patterns.LooseNames): not compiling for a text changes no answer."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings, strategies as st
from regex import _regex

from validator.detect.fold import UNFOLDED
from validator.patterns import PATTERN_FLAGS, LooseNames, loose_name

_WORD = regex.compile(r"\w")


def _whole(names: tuple[str, ...]) -> regex.Pattern:
    return regex.compile("|".join(loose_name(n) for n in names), PATTERN_FLAGS)


@pytest.mark.slow
def test_a_case_pair_is_word_characters_both_or_neither():
    """What the screen relies on: dropping [\\W_] before folding drops both sides of a
    case-insensitive match alike (recomputed from the regex module)."""
    mixed = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or UNFOLDED.match(chr(cp)):
            continue
        word = bool(_WORD.match(chr(cp)))
        mixed += [(cp, other) for other in _regex.get_all_cases(PATTERN_FLAGS, cp)
                  if bool(_WORD.match(chr(other))) != word]
    assert mixed == []


@pytest.mark.parametrize("names, text, found", [
    (("Example Daily",), "… the ceasefire held, writes EXAMPLE-daily.", "EXAMPLE-daily"),
    (("Al-Souria Net",), "Source: AlSouria.net", "AlSouria.net"),
    (("istanbul post",), "İSTANBUL POST reported", "İSTANBUL POST"),   # regex pairs İ with i
    (("Kiel Times",), "\u212aiel Times", "\u212aiel Times"),            # Kelvin sign, K
    (("Strasse Echo",), "Straße Echo", None),                          # no full case folding
    (("Example Daily",), "Example Dailymotion", None),                 # (?!\w) at the end
    (("AT&T Wire",), "at & t wire", "at & t wire"),
    (("الديلي",), "كتبت صحيفة الديلي أمس", "الديلي"),
    (("A Very Long Name Of Some Periodical",), "a very-long name of some periodical", "a very-long name of some periodical"),
    (("Example Daily", "Daily Example"), "… reports Daily Example.", "Daily Example"),
])
def test_the_screen_keeps_every_match(names, text, found):
    looked_for = LooseNames(names)
    pattern = looked_for.pattern(text)
    m = pattern.search(text) if pattern else None
    assert (m.group(0) if m else None) == found
    whole = _whole(names).search(text)
    assert (whole.group(0) if whole else None) == found


def test_a_text_without_the_name_compiles_nothing():
    looked_for = LooseNames(("Example Daily",))
    assert looked_for.pattern("Nothing here names the paper.") is None
    assert looked_for._compiled is None
    assert looked_for.pattern("EXAMPLE daily") is not None


def test_names_or_texts_that_cannot_be_screened_are_searched():
    assert LooseNames(("—",)).keys is None                       # no letter: every text searched
    assert LooseNames(("x\ua7cb",)).keys is None                 # a letter fold keeps apart
    assert LooseNames(("Example",)).pattern("x\ua7cb, no name") is not None


_LETTERS = st.sampled_from(list("aAbBiIıİkK\u212asSſßéÉ\u0301\u0307ΣσςЖжال-. _&'’/\u00a0\n"))


@settings(max_examples=400, deadline=None)
@given(names=st.lists(st.text(_LETTERS, min_size=1, max_size=8), min_size=1, max_size=3),
       text=st.text(_LETTERS, max_size=40))
def test_none_only_where_the_whole_pattern_finds_nothing(names, text):
    names = tuple(names)
    pattern = LooseNames(names).pattern(text)
    whole = _whole(names).search(text)
    if pattern is None:
        assert whole is None
    else:
        m = pattern.search(text)
        assert (m and m.span()) == (whole and whole.span())
