"""detect/repeated.py's shortcuts give what the patterns they stand in for give."""

from __future__ import annotations

import pytest

from validator.detect import repeated
from validator.detect.fold import screen_text

LINES = [
    "", " ", "Mon, 3 March 2020 Ministers met", "Monday 12:30 | Ministers met", "(AP) — Ministers met",
    "12:30 Ministers met", "3/4/2021 - Ministers met", "Mayor of Homs resigns", "May 3, 2021: a vote",
    "Ma", "Sat", "ſat, 3 May 2020 x", "Kelvin", "  Jan 3 2020 x", "Ünal said", "Decision day", "decades on",
    "SUNDAY, March 5, 2023 The vote", "Thursday, 12:30 — vote", "apr 1 2020 joke", "«Quote» here", "\tTab",
]


@pytest.mark.parametrize("line", LINES)
def test_lead_end_is_the_lead_patterns_end(line):
    assert repeated.lead_end(line) == repeated._LEAD_RE.match(line).end()


@pytest.mark.parametrize("text", [
    "Ministers met on Tuesday_2 in Homs-3", "Straße İstanbul ĳ", "ABC def 123", "naïve café", "", "a_b c",
])
def test_words_are_the_unicode_words_folded(text):
    assert repeated._words(text) == repeated._WORD.findall(text.casefold())


@pytest.mark.parametrize("text", ["Ministers Met", "İstanbul Straße", "ascii only 12"])
def test_screen_is_screen_text(text):
    assert repeated._screen(text) == screen_text(text)


def _words(n: int, tail: str = "") -> tuple[str, ...]:
    return tuple(f"w{i}" for i in range(n)) + tuple(tail.split())


@pytest.mark.parametrize("seen, line, expected", [
    (_words(5), _words(5), True),
    (_words(5), _words(6), False),  # short lines: only the same line
    (_words(8), _words(9), True),  # a tail of one word after eight
    (_words(9), _words(8), True),
    (_words(8), _words(12), False),  # more than three words of tail
    (_words(7), _words(8), False),  # the shorter must keep eight words
    (_words(10), _words(13), True),
    (_words(10, "x"), _words(10, "y"), False),
])
def test_seen_is_same_for_any_seen_line(seen, line, expected):
    s = repeated._Seen()
    s.add(seen)
    assert (line in s) is expected
    assert repeated._same(seen, line) is expected
