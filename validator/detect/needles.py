"""Every needle screen's needles found in one pass over a text.

A :class:`~validator.detect.screen.Screen` asks which of its needles occur in a text; the
screens of a run together look for about 300 needles, and a text is screened by several of
them.  Each needle gets a bit (:func:`needle_bit`); :func:`found_needles` scans a text once
with an Aho–Corasick automaton of every needle (pyahocorasick) and gives the bits of those
found — the same answer as ``needle in text`` for each, in one pass.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from validator.detect.fold import REMEMBER

class _Needles:
    """Every screen's needles in one Aho–Corasick automaton: each needle has a bit, and a
    text's needles are found in one pass over it (``needle in text`` for each needle of each
    screen, as it was, looked at the same text again for every screen)."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}
        self.automaton: ahocorasick.Automaton | None = None

    def bit(self, needle: str) -> int:
        if needle not in self.bits:
            self.bits[needle] = 1 << len(self.bits)
            self.automaton = None  # built again, with it, when next asked
            _found.cache_clear()
        return self.bits[needle]

    def build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for needle, bit in self.bits.items():
            automaton.add_word(needle, bit)
        automaton.make_automaton()
        self.automaton = automaton
        return automaton


_NEEDLES = _Needles()


def needle_bit(needle: str) -> int:
    """The bit that stands for ``needle`` (a non-empty string) in :func:`found_needles`."""
    return _NEEDLES.bit(needle)


def found_needles(folded: str) -> int:
    """The bits of the needles (of every screen) that occur in ``folded``."""
    return _found(folded) if len(folded) <= REMEMBER else _search(folded)


@lru_cache(maxsize=1024)
def _found(folded: str) -> int:
    return _search(folded)


def _search(folded: str) -> int:
    automaton = _NEEDLES.automaton or _NEEDLES.build()
    present = 0
    if automaton.kind == ahocorasick.AHOCORASICK:
        for _, bit in automaton.iter(folded):
            present |= bit
    return present
