"""An alternation searched with only the alternatives a text may hold (the same matches)."""

from __future__ import annotations

import regex

from validator.detect.fold import screen_text
from validator.detect.screen import Screen, group_close, needles, top_split

def branches(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives, a group that is a whole alternative opened:
    ``(?:a|(?:b|c))|d`` gives ``a``, ``b``, ``c``, ``d`` — the same alternation (an
    ordered choice is associative), as a flat list."""
    out: list[str] = []
    for branch in top_split(pattern):
        if branch.startswith("(?:") and group_close(branch, 0) == len(branch):
            out += branches(branch[3:-1])
        else:
            out.append(branch)
    return out


class Alternation:
    """An alternation searched with only the alternatives that may match the text.

    An alternative whose needles (:func:`needles`) are all absent from a text cannot
    match anywhere in it, so dropping it changes no match: at each position the same
    alternative wins.  The alternation of the alternatives left is compiled once per
    such subset, between ``prefix`` and ``suffix``; no alternative left: no pattern.
    For the same reason a compiled superset of the subset finds the same matches: a
    subset first met is searched with the smallest one compiled already that has at most
    :data:`SLACK` alternatives more, when there is one, rather than compiled (the
    subsets of a long list are many, each compile costs milliseconds, and an alternative
    that cannot match costs a search microseconds).
    ``needed_by``: the prefix (and the named lists in ``kwargs``) define a group that only
    a subset calling it needs.  Groups are only named groups (numbered ones shift as
    alternatives drop), and a match's span is what the whole alternation's would be: a group
    of an alternative that cannot match the text is missing from the match, or None."""

    def __init__(self, pattern: str, flags: int, prefix: str = "", suffix: str = "", needed_by: str | None = None,
                 **kwargs):
        self.alternatives = tuple(branches(pattern))
        self.keys = tuple(needles(a) for a in self.alternatives)
        self.screen = Screen(self.keys)
        self.flags, self.prefix, self.suffix, self.kwargs = flags, prefix, suffix, kwargs
        self.needed_by = needed_by  # prefix and kwargs only for a subset holding this (a group's call)
        #: each subset met: the pattern it is searched with (its own, or a superset's)
        self._compiled: dict[tuple[int, ...], regex.Pattern] = {}
        #: the subsets compiled for themselves, as sets (the supersets a new subset may use)
        self._own: dict[tuple[int, ...], frozenset[int]] = {}

    def pattern(self, text: str, folded: str | None = None) -> regex.Pattern | None:
        """The compiled alternation of the alternatives that may match ``text`` (or of a
        few more: the same matches), or None."""
        active = self.screen.active(screen_text(text) if folded is None else folded)
        if not active:
            return None
        try:
            return self._compiled[active]
        except KeyError:
            return self._compile(active)

    def _compile(self, active: tuple[int, ...]) -> regex.Pattern:
        if active not in self._compiled:
            if len(self._compiled) >= KEEP:  # the oldest quarter forgotten (a dict keeps insertion order)
                for key in list(self._compiled)[:KEEP // 4]:
                    del self._compiled[key]
                    self._own.pop(key, None)
            superset = self._superset(active)
            self._compiled[active] = self._compiled[superset] if superset else self._build(active)
            if not superset:
                self._own[active] = frozenset(active)
        return self._compiled[active]

    def _superset(self, active: tuple[int, ...]) -> tuple[int, ...] | None:
        """The smallest compiled subset (the first of them) holding ``active`` and at most
        :data:`SLACK` more alternatives, or None."""
        best, wanted, most = None, set(active), len(active) + SLACK
        for key, members in self._own.items():
            if len(key) <= most and wanted <= members and (best is None or len(key) < len(best)):
                best = key
        return best

    def _build(self, active: tuple[int, ...]) -> regex.Pattern:
        # (kept here, not in the regex module's cache of 500, which a batch's subsets would
        # fill: it is then shrunk at random, and the patterns that rely on it compiled again)
        body = "|".join(f"(?:{self.alternatives[i]})" for i in active)
        if self.needed_by is not None and self.needed_by not in body + self.suffix:
            return regex.compile(f"(?:{body}){self.suffix}", self.flags, cache_pattern=False)
        return regex.compile(f"{self.prefix}(?:{body}){self.suffix}", self.flags, cache_pattern=False,
                             **self.kwargs)


#: the most subsets an alternation keeps (a batch of 100,000 articles meets more: the
#: oldest are forgotten a quarter at a time, rather than all at once)
KEEP = 512
#: the most alternatives a compiled superset may have beyond a subset searched with it
SLACK = 2
