"""An Alternation searching a subset with a compiled superset finds what the subset's own
pattern, and the whole alternation, find (validator.detect.alternation)."""

from __future__ import annotations

import itertools

import regex

from validator.detect import alternation
from validator.detect.alternation import Alternation

# synthetic alternatives: anchors, lookarounds, case folding, a named group, an empty match,
# overlapping words (an earlier alternative must keep winning at a position)
_ALTERNATIVES = [
    r"^[ \t]*posted\s+(?:on|at)\b",
    r"\bsubscribe\s+now\b",
    r"\bsubscribe\b",
    r"(?<!\w)straße\b",
    r"\bfollow\s+us(?P<where>\s+on\s+\w+)?",
    r"\bread\s+(?:more|also)\b",
    r"\bshare(?:\s+this)?\b",
    r"(?-i:\bTOP\b)",
    r"\bcookies?\b(?=\s+policy)",
    r"\bkeep\s+(?:reading|going)\b",
    r"\bdonat(?:e|ion)\b",
    r"\bnewsletter\b",
    r"(?:\bad\b)?",
]
_WORDS = ["Posted on", "subscribe now", "Subscribe", "STRASSE", "Straße", "follow us on Mastodon", "follow us",
          "read more", "READ ALSO", "share this", "Share", "TOP", "top", "cookie policy", "cookies",
          "keep reading", "donation", "newsletter", "ad", "posted at noon", "x"]


def _texts():
    """Texts holding many different combinations of the alternatives' words."""
    out = []
    for n in (1, 2, 3):
        for combo in itertools.combinations(_WORDS, n):
            out.append(" — ".join(combo))
            out.append("\n".join(reversed(combo)))
    return out


def _found(pattern, text):
    if pattern is None:
        return []
    # the named groups that took part (a group of an alternative left out is absent, or None)
    return [(m.span(), m.group(0), {k: v for k, v in m.groupdict().items() if v is not None})
            for m in pattern.finditer(text)]


def test_a_superset_finds_what_the_subset_and_the_whole_find(monkeypatch):
    monkeypatch.setattr(alternation, "SLACK", 2)
    source = "|".join(_ALTERNATIVES)
    flags = regex.I | regex.M
    whole = regex.compile(source, flags)
    screened = Alternation(source, flags)
    compiled = []
    build = screened._build
    monkeypatch.setattr(screened, "_build", lambda active: compiled.append(active) or build(active))
    met = set()
    for text in _texts():
        active = screened.screen.active(alternation.screen_text(text))
        own = build(active) if active else None
        pattern = screened.pattern(text)
        assert _found(pattern, text) == _found(own, text) == _found(whole, text), text
        met.add(active)
    reused = met - set(compiled) - {()}
    assert reused, "no subset was searched with a superset: the test tests nothing"
    own = {id(screened._compiled[a]) for a in compiled}
    assert all(id(screened._compiled[a]) in own for a in reused)  # searched with a superset's pattern


def test_no_superset_with_more_than_slack_alternatives_more(monkeypatch):
    monkeypatch.setattr(alternation, "SLACK", 1)
    screened = Alternation("|".join(_ALTERNATIVES), regex.I | regex.M)
    screened._compile((0, 1, 2))
    assert screened._superset((0, 1)) == (0, 1, 2)
    assert screened._superset((0,)) is None  # two more: over the slack
    assert screened._superset((0, 3)) is None  # not held
    screened._compile((0, 3))
    assert screened._superset((3,)) == (0, 3)
