"""Whether any of an alternation's alternatives may match a text, telling apart the
alternatives that need several words.

:class:`~validator.detect.alternation.Alternation` keeps an alternative whose needles
(:func:`~validator.detect.screen.needles`: one set of strings, one of which every match
holds) occur in the text.  An alternative such as ``\\p{L}{3,12}\\s+(?:from|de|via)\\s+
(?:wikimedia|flickr)\\b`` has two such sets, one for each group it requires, and the
screen knows only the first: "from" or "de" is in almost every line, "wikimedia" in few.
:class:`AllOf` asks for a needle of *every* part an alternative requires.
"""

from __future__ import annotations

from validator.detect.screen import Screen, _structure, group_close, needles, top_split

#: what makes a group optional or repeatable from zero times when it stands after it
_OPTIONAL_AFTER = ("?", "*", "{")


def required_parts(alternative: str) -> tuple[frozenset[str], ...]:
    """Sets of strings (folded), each of which has a member in every match of
    ``alternative`` (an alternative with no top-level ``|``): :func:`needles` of the
    whole, and of each ``(?:…)`` group standing at its top level and not made optional
    (no ``?``, ``*`` or ``{`` right after it).

    Proof: a match of the alternative is a match of its top-level sequence, so it holds a
    match of each group of that sequence that is not optional, and each match of the
    group holds one of the group's :func:`needles` (their contract).  A part whose needles
    cannot be told (None, or holding the empty string) is left out: fewer parts, fewer
    texts told apart, none wrongly."""
    parts: list[frozenset[str]] = []
    whole = needles(alternative)
    if whole and "" not in whole:
        parts.append(whole)
    if len(top_split(alternative)) > 1:
        return tuple(parts)  # a top-level alternation: only the whole's needles hold
    for i, ch, depth in _structure(alternative):
        if ch != "(" or depth != 1 or not alternative.startswith("(?:", i):
            continue
        close = group_close(alternative, i)
        if close > len(alternative) or alternative[close:close + 1] in _OPTIONAL_AFTER:
            continue
        each = needles(alternative[i + 3:close - 1])
        if each and "" not in each and each not in parts:
            parts.append(each)
    return tuple(parts)


class AllOf:
    """Which alternatives may match a text: those with a needle of every required part
    (:func:`required_parts`) in its :func:`~validator.detect.fold.screen_text`.  The needles
    are looked for in the one pass of :class:`~validator.detect.screen.Screen`."""

    def __init__(self, alternatives: tuple[str, ...]):
        keys: list[frozenset[str]] = []
        needs: list[frozenset[int]] = []
        for alternative in alternatives:
            parts = required_parts(alternative)
            needs.append(frozenset(range(len(keys), len(keys) + len(parts))))
            keys += parts
        self.needs = tuple(needs)
        self.screen = Screen(tuple(keys))
        self._memo: dict[tuple[int, ...], bool] = {}

    def any_may_match(self, folded: str | None) -> bool:
        """Whether an alternative may match a text whose screen text is ``folded`` (None:
        a text that cannot be screened, which may always match)."""
        if folded is None:
            return True
        present = self.screen.active(folded)
        try:
            return self._memo[present]
        except KeyError:
            pass
        found = set(present)
        result = any(need <= found for need in self.needs)
        if len(self._memo) >= 4096:
            self._memo.clear()
        self._memo[present] = result
        return result
