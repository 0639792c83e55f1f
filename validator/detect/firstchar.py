"""A whole-line alternation tried with only the alternatives that can start where the
line starts.

A whole-line label must match from the line's first character, so an alternative whose
every match starts with other characters cannot match that line: dropping it changes no
answer.  :func:`first_chars` tells, conservatively from an alternative's source, the
characters (folded, :func:`~validator.detect.fold.fold`) a match must start with, or None
when that cannot be told (a class such as ``\\w`` or ``\\d``, a negated set or a range, a
look-around, a repeat from zero): such an alternative is tried on every line.
:class:`LineAlternation` compiles, once per first character met, the alternation of the
alternatives that may start with it (a few hundred patterns at most, where the sets of
labels a line's words hold are many).
"""

from __future__ import annotations

import regex

from validator.detect.alternation import branches
from validator.detect.fold import fold
from validator.detect.screen import META, group_close, top_split

_OPTIONAL = ("?", "*", "{0")
#: a numbered group reference, the search's start, a global inline flag, a numbered or named
#: call, a condition (an escaped character skipped)
_TOGETHER = regex.compile(
    r"(\\[1-9G]|\(\?(?:[a-zA-Z0-9^]+(?:-[a-zA-Z]+)?|-[a-zA-Z]+|[+-]?\d+|&\w+|P>\w+)\)|\(\?\()|\\.")
_GROUP = regex.compile(r"\\.|\(\?P?<(\w+)>")
_REFERENCE = regex.compile(r"\\g<(\w+)>|\\.|\(\?P=(\w+)\)")


def apart(alternative: str) -> bool:
    """Whether an alternative means alone what it means among others: it refers to no group
    by number, to no other's named group, not to where the search started (``\\G``), and
    sets no flag for the whole pattern."""
    if any(m.group(1) for m in _TOGETHER.finditer(alternative)):
        return False
    defined = {m.group(1) for m in _GROUP.finditer(alternative)} - {None}
    return all(name in defined and not name.isdigit()
               for m in _REFERENCE.finditer(alternative) for name in m.groups() if name)


def first_chars(alternative: str) -> frozenset[str] | None:
    """The folded first characters of every match of ``alternative``, or None."""
    a = alternative
    while a.startswith("\\b"):
        a = a[2:]
    if not a:
        return None
    if a.startswith(("(?:", "(?-i:", "(?i:")):
        close = group_close(a, 0)
        if close > len(a):
            return None
        found = _union(top_split(a[a.index(":") + 1:close - 1]))
        return _optional(found, a, close)
    if a[0] == "[":
        end = _set_end(a)
        members = a[1:end - 1]
        if end > len(a) or not members or members[0] == "^" or set(members) & set("\\-[]"):
            return None
        return _optional(frozenset(fold(c)[:1] for c in members), a, end)
    if a[0] in META:
        return None
    return _optional(frozenset({fold(a[0])[:1]}), a, 1)


def _union(alternatives: list[str]) -> frozenset[str] | None:
    found: set[str] = set()
    for branch in alternatives:
        each = first_chars(branch)
        if not each:
            return None
        found |= each
    return frozenset(found)


def _optional(found: frozenset[str] | None, a: str, end: int) -> frozenset[str] | None:
    """``found``, the first characters of the atom ``a[:end]``, or with those of what
    follows it when the atom may be skipped (``x?``, ``(?:…)?``); None for a repeat from zero."""
    if found is None:
        return None
    rest = a[end:]
    if rest.startswith("?"):
        after = first_chars(rest[2:] if rest.startswith("??") else rest[1:])
        return None if after is None else found | after
    if rest.startswith(("*", "{0")):
        return None
    return found


def _set_end(pattern: str) -> int:
    """The index after the character set opening at 0."""
    j = 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


class LineAlternation:
    """An alternation fullmatched against lines (:meth:`pattern`: the alternation of the
    alternatives that may start with a line's first character, in order; the whole
    alternation when its alternatives do not mean alone what they mean together)."""

    def __init__(self, source: str, flags: int):
        self.whole = regex.compile(source, flags)
        self.alternatives = tuple(branches(source))
        self.flags = flags
        self.starts = tuple(first_chars(a) for a in self.alternatives)
        self.apart = all(map(apart, self.alternatives))
        self._by_char: dict[str, regex.Pattern | None] = {}
        #: answers of :meth:`fullmatches` for short texts (lines repeat across a batch)
        self._answers: dict[tuple[str, int, int], bool] = {}

    def fullmatches(self, text: str, start: int, end: int, fullmatch=None) -> bool:
        """Whether ``text[start:end]`` matches the whole alternation (looked at in ``text``),
        with :meth:`pattern`; remembered for a text of up to :data:`ANSWER_TEXT`
        characters (at most :data:`ANSWERS` answers, then forgotten at once).  ``fullmatch``
        (pattern, text, pos, endpos) matches, the pattern's own method by default."""
        key = (text, start, end)
        try:
            return self._answers[key]
        except KeyError:
            pass
        pattern = self.pattern(text[start]) if end > start else self.whole
        if pattern is None:
            found = False
        elif fullmatch is None:
            found = pattern.fullmatch(text, start, end) is not None
        else:
            found = fullmatch(pattern, text, start, end) is not None
        if len(text) <= ANSWER_TEXT:
            if len(self._answers) >= ANSWERS:
                self._answers.clear()
            self._answers[key] = found
        return found

    def pattern(self, first: str) -> regex.Pattern | None:
        """The pattern to fullmatch a line starting with ``first`` with (None: none matches)."""
        if not self.apart:
            return self.whole
        key = fold(first)[:1]
        try:
            return self._by_char[key]
        except KeyError:
            pass
        kept = [a for a, s in zip(self.alternatives, self.starts) if s is None or key in s]
        found = regex.compile("|".join(f"(?:{a})" for a in kept), self.flags) if kept else None
        self._by_char[key] = found
        return found


#: the most answers :meth:`LineAlternation.fullmatches` remembers, and the longest text
ANSWERS, ANSWER_TEXT = 50_000, 400
