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
    ``needed_by``: the prefix (and the named lists in ``kwargs``) define a group that only
    a subset calling it needs.  Groups are only named groups (numbered ones shift as
    alternatives drop)."""

    def __init__(self, pattern: str, flags: int, prefix: str = "", suffix: str = "", needed_by: str | None = None,
                 **kwargs):
        self.alternatives = tuple(branches(pattern))
        self.keys = tuple(needles(a) for a in self.alternatives)
        self.screen = Screen(self.keys)
        self.flags, self.prefix, self.suffix, self.kwargs = flags, prefix, suffix, kwargs
        self.needed_by = needed_by  # prefix and kwargs only for a subset holding this (a group's call)
        self._compiled: dict[tuple[int, ...], regex.Pattern] = {}

    def pattern(self, text: str, folded: str | None = None) -> regex.Pattern | None:
        """The compiled alternation of the alternatives that may match ``text``, or None."""
        active = self.screen.active(screen_text(text) if folded is None else folded)
        return self._compile(active) if active else None

    def _compile(self, active: tuple[int, ...]) -> regex.Pattern:
        if active not in self._compiled:
            if len(self._compiled) >= KEEP:  # the oldest quarter forgotten (a dict keeps insertion order)
                for key in list(self._compiled)[:KEEP // 4]:
                    del self._compiled[key]
            body = "|".join(f"(?:{self.alternatives[i]})" for i in active)
            if self.needed_by is not None and self.needed_by not in body + self.suffix:
                self._compiled[active] = regex.compile(f"(?:{body}){self.suffix}", self.flags)
            else:
                self._compiled[active] = regex.compile(f"{self.prefix}(?:{body}){self.suffix}", self.flags,
                                                       **self.kwargs)
        return self._compiled[active]


#: the most compiled subsets an alternation keeps (a batch of 100,000 articles meets more: the
#: oldest are forgotten a quarter at a time, rather than all at once)
KEEP = 512
