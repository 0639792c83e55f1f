"""An alternation of forms searched one form at a time: the matches of the alternation.

The ``regex`` module searches a pattern that is a single form anchored at a line's
start (``^…``) far faster than the alternation of eight such forms, which it tries at
every position of the text; searching each form on its own and taking the leftmost
match gives the same matches (:class:`Ordered`).
"""

from __future__ import annotations

from typing import Callable, Iterator

import regex


class Ordered:
    """The alternation ``(?:f0)|(?:f1)|…`` of ``forms``, each compiled alone by ``compile``
    (which must add only flags at the pattern's start, as the alternation's compile does).

    Why the matches are the alternation's: the alternation's search from ``pos`` takes
    the leftmost position ``q`` where any form matches, and there the first form (in
    order) that matches at ``q``; a form matches at ``q`` exactly when its own leftmost
    match from ``pos`` starts at ``q`` (none matches before ``q``), and its match there is
    the one it has inside the alternation (nothing follows the alternation, and a
    form's groups are its own: a group of a form that did not match is absent from the
    match, where in the alternation it is None — :meth:`regex.Match.groupdict` ``.get``
    reads None either way).  ``finditer`` then goes on from the match's end, as the
    alternation's does; after an empty match the rest is left to the alternation itself.
    A ``timeout`` bounds each form's search (the alternation's bounded the whole)."""

    def __init__(self, forms: list[str], compile: Callable[[str], regex.Pattern]):
        self.forms = tuple(compile(form) for form in forms)
        self._source, self._compile = "|".join(f"(?:{form})" for form in forms), compile
        self._alternation: regex.Pattern | None = None  # compiled only after an empty match

    @property
    def alternation(self) -> regex.Pattern:
        """The alternation itself, compiled."""
        if self._alternation is None:
            self._alternation = self._compile(self._source)
        return self._alternation

    def search(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> regex.Match | None:
        """The leftmost match from ``pos`` (the first form's at a tie), or None."""
        best = None
        for form in self.forms:
            m = form.search(text, pos, endpos, timeout=timeout)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if m.start() == pos:
                    break  # no form that comes later can win at a tie
        return best

    def match(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> regex.Match | None:
        """The match at ``pos`` of the first form that matches there, or None."""
        for form in self.forms:
            m = form.match(text, pos, endpos, timeout=timeout)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> Iterator[regex.Match]:
        """The alternation's matches from ``pos`` to ``endpos``, in order."""
        while pos <= endpos:
            m = self.search(text, pos, endpos, timeout)
            if m is None:
                return
            if m.end() == m.start():
                yield from self.alternation.finditer(text, m.start(), endpos, timeout=timeout)
                return
            yield m
            pos = m.end()
