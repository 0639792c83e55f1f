"""An alternation searched one form at a time (validator.detect.ordered.Ordered) finds
the alternation's own matches: the same spans, the same groups, in the same order."""

from __future__ import annotations

import itertools

import regex

from validator.detect.ordered import Ordered
from validator.detect.outlet import _compiled
from validator.detect.outlet_forms import HEADER_LINES, compile_form

# synthetic forms: anchored and not, forms that tie at a position (the earlier must win),
# overlapping forms, named groups shared between forms, a lookbehind, an empty match
_FORMS = [
    r"^\W{0,2}(?P<person>[A-Z]\w+ [A-Z]\w+),\s+(?P<name>[A-Z]\w+)\s*$",
    r"(?:^\W{0,2}|\s[–—]\s+)(?P<person>[A-Z]\w+):\s+(?P<name>\w+)",
    r"(?P<name>Example\s+\w+)",
    r"Example",
    r"(?<=\d )(?P<name>[A-Z]\w+)\s*$",
    r"^By:?\s+(?P<person>\w+)\s+for\s+(?P<name>\w+)",
    r"^\(\s*(?P<name>\w+)\s*\)\s*[-–—]",
]
_PARTS = ["Jane Roe, Haaretz", "Roe: Times", " — Roe: Post", "Example Times", "Example", "12 Monitor",
          "By: Jane for Monitor", "( Monitor )- At the camp", "x", "\n", "—", "(Example Post)"]


def _shape(m):
    if m is None:
        return None
    groups = {g: (m.groupdict().get(g), m.span(g) if m.groupdict().get(g) is not None else None)
              for g in ("person", "name", "domain", "quoted", "script")}
    return m.span(), m.group(0), groups


def _texts():
    for n in (1, 2, 3):
        for combo in itertools.permutations(_PARTS, n):
            yield " ".join(combo)


def _agree(ordered: Ordered, forms: list[str], compile, texts) -> int:
    whole = compile("|".join(f"(?:{f})" for f in forms))
    found = 0
    for text in texts:
        for pos in range(0, len(text) + 1, 4):
            for end in (len(text), max(pos, len(text) - 5)):
                want = [_shape(m) for m in whole.finditer(text, pos, end)]
                assert [_shape(m) for m in ordered.finditer(text, pos, end)] == want, (text, pos, end)
                assert _shape(ordered.match(text, pos, end)) == _shape(whole.match(text, pos, end)), (text, pos)
                found += len(want)
    return found


def test_synthetic_forms_agree():
    compile = lambda p: regex.compile("(?-f)" + p, regex.I | regex.M | regex.V1)  # noqa: E731
    assert _agree(Ordered(_FORMS, compile), _FORMS, compile, list(_texts())) > 1000


def test_an_empty_match_is_left_to_the_alternation():
    forms = [r"b+", r"a*", r"c"]
    compile = lambda p: regex.compile(p, regex.V1)  # noqa: E731
    assert _agree(Ordered(forms, compile), forms, compile, ["", "abcab", "cc", "bbacb a"]) > 5


def test_header_line_forms_agree():
    lines = ["Gideon Roe, Haaretz, 14/7/2014", "Jane Roe, Truthdig", "Headline – Jane Roe: The Example:  9 July 2014",
             "Al-Example, UAE, August 12", "The Example (USA), 23.03.2021",
             "(Example Times – – Jane Roe – September 25, 2013)", "( Example Monitor )- At the camp",
             "1/26/2017 Example", "By: Jane Roe for Example Monitor", "The Example Times, США",
             "Jane Roe, Example News, March 3, 2020 — Jane Roe: Example Post: 4 May 2019",
             "The talks went on — said Jane Roe: The Example: 9 July 2014", "Rome, Italy"]
    texts = lines + ["\n".join(pair) for pair in itertools.permutations(lines, 2)]
    search = _compiled()
    assert _agree(search.header, HEADER_LINES, compile_form, texts) > 50
    leads = [p for p in HEADER_LINES if not p.endswith("$")]
    _agree(search.lead, leads, compile_form, texts)
