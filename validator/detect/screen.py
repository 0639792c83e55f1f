"""Searching a phrase family quickly: skip the phrases whose needles are absent.

A family in ``rules/vocab.yaml`` has dozens of case-insensitive phrases; running
them all over every article is the slow part of detection.  Most phrases contain
a word that any match must contain ("translated", "traduit", "перевод") — a
literal run of letters outside every group, not made optional by a quantifier.
:func:`key_word` finds it, conservatively (None when unsure), and :func:`needles`
the strings one of which a phrase with alternatives must contain; :class:`Family`
then runs, on a text, only the phrases one of whose needles occurs in it (folded:
:func:`fold`) and every phrase that has none (:class:`~validator.detect.alternation.Alternation`
searches an alternation with only such alternatives).  The result is the same as searching the
whole family; only the time differs.
"""

from __future__ import annotations

import regex

from validator.detect.fold import fold, screen_text
from validator.detect.needles import found_needles, needle_bit

_QUANT = "?*{+"


def key_word(pattern: str) -> str | None:
    """The longest literal run of letters (3 or more) that every match of ``pattern``
    contains, folded (:func:`fold`); None when the pattern has none or is not simple enough to tell."""
    runs: list[str] = []
    run = ""
    depth = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if run:
                runs.append(run)
                run = ""
            if i + 1 < n and pattern[i + 1] in "pPN" and i + 2 < n and pattern[i + 2] == "{":
                i = pattern.index("}", i) + 1
            else:
                i += 2
            continue
        if ch == "[":
            if run:
                runs.append(run)
                run = ""
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None  # an alternation at the top: no word is common to all branches
        if depth == 0 and ch.isalpha() and ch not in "()":
            if i + 1 < n and pattern[i + 1] in _QUANT:
                if run:
                    runs.append(run)
                run = ""
            else:
                run += ch
        else:
            if run:
                runs.append(run)
            run = ""
        i += 1
    if run:
        runs.append(run)
    best = max(runs, key=len, default="")
    return fold(best) if len(best) >= 3 else None


class Screen:
    """Which of a list of patterns may match a text, given each pattern's needles (None:
    any text).  The needles of every screen are looked for in one pass over the text
    (:func:`~validator.detect.needles.found_needles`); a screen maps the needles found to its patterns."""

    def __init__(self, keys: tuple[frozenset[str] | None, ...]):
        self.keys = keys
        self.count = len(keys)
        always = {i for i, key in enumerate(keys) if key is None or "" in key}  # "" is in every text
        self.always = frozenset(always)
        by_needle: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            if i not in always:
                for needle in key:
                    by_needle.setdefault(needle, []).append(i)
        self.by_needle = tuple((needle, tuple(found)) for needle, found in by_needle.items())
        #: each needle's bit (:func:`~validator.detect.needles.needle_bit`), and the bits of all of them
        self.bits = tuple((needle_bit(needle), found) for needle, found in self.by_needle)
        self.mask = sum(bit for bit, _ in self.bits)
        self._active: dict[int, tuple[int, ...]] = {}

    def __reduce__(self):  # the bits are this process's (:func:`needle_bit`): built again where unpickled
        return Screen, (self.keys,)

    def active(self, folded: str | None) -> tuple[int, ...]:
        """The patterns that may match a text whose :func:`screen_text` is ``folded``
        (None: every pattern), in order."""
        if folded is None:
            return tuple(range(self.count))
        present = found_needles(folded) & self.mask
        try:
            return self._active[present]
        except KeyError:
            pass
        found = set(self.always)
        for bit, patterns in self.bits:
            if present & bit:
                found.update(patterns)
        if len(self._active) >= 4096:
            self._active.clear()
        self._active[present] = result = tuple(sorted(found))
        return result


class Family:
    """A phrase family for screened searches: each phrase is compiled on first use, and
    only the phrases one of whose needles occurs in a text are run on it."""

    def __init__(self, phrases: tuple[str, ...], flags: int, prefix: str = "", suffix: str = ""):
        self.phrases = phrases
        self.keys = tuple(needles(p) for p in phrases)
        self.screen = Screen(self.keys)
        self.flags = flags
        self.prefix = prefix  # put before each phrase (e.g. a line start)
        self.suffix = suffix  # put after each phrase (e.g. the name that must follow)
        self._compiled: dict[int, regex.Pattern] = {}

    def _pattern(self, i: int) -> regex.Pattern:
        if i not in self._compiled:
            # simple case folding: FULLCASE (on by default in VERSION1) makes searches three times slower
            self._compiled[i] = regex.compile(f"(?-f){self.prefix}(?:{self.phrases[i]}){self.suffix}", self.flags)
        return self._compiled[i]

    def active(self, text: str, folded: str | None = None) -> list[int]:
        """The phrases that may match ``text`` (``folded``: its :func:`screen_text`, when known)."""
        return list(self.screen.active(screen_text(text) if folded is None else folded))

    def finditer(self, text: str, folded: str | None = None, timeout: float | None = None) -> list[regex.Match]:
        """Every match of every phrase in ``text``, leftmost first (then in file order)."""
        found = [(m.start(), i, m) for i in self.active(text, folded)
                 for m in self._pattern(i).finditer(text, timeout=timeout)]
        return [m for _, _, m in sorted(found, key=lambda x: (x[0], x[1]))]

    def search(self, text: str, folded: str | None = None, timeout: float | None = None) -> regex.Match | None:
        """The leftmost match of any phrase (the first phrase in file order at a tie), or None."""
        best = None
        for i in self.active(text, folded):
            m = self._pattern(i).search(text, timeout=timeout)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best


#: the characters with a meaning in a regular expression
META = set("\\[](){}|.^$*+?")


def _lead(alternative: str) -> str:
    """The literal text an alternative starts with (a quantified last letter dropped)."""
    run = ""
    for i, ch in enumerate(alternative):
        if ch in META:
            if ch in _QUANT and run:
                run = run[:-1]
            break
        run += ch
    return run


def _set_close(pattern: str, i: int) -> int:
    """The index after the character set opening at ``i``."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":  # a leading "]" is a member
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _structure(pattern: str, start: int = 0):
    """(index, character, group depth after it) of each character of ``pattern`` from
    ``start`` that is not escaped and not inside a character set."""
    depth, i = 0, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _set_close(pattern, i)
            continue
        depth += (ch == "(") - (ch == ")")
        yield i, ch, depth
        i += 1


def top_split(body: str) -> list[str]:
    """``body`` split at its top-level ``|`` (escapes and sets skipped)."""
    parts, start = [], 0
    for i, ch, depth in _structure(body):
        if ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    return parts + [body[start:]]


def group_close(pattern: str, i: int) -> int:
    """The index after the group opening at ``i``."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j + 1
    return len(pattern) + 1


def needles(pattern: str) -> frozenset[str] | None:
    """Strings (folded: :func:`fold`) one of which every match of ``pattern`` contains, or None when
    that cannot be told.  For each top-level alternative (a group around all of it is
    opened): a required word (:func:`key_word`), the leading words of a required
    ``(?:a|b)`` group, or the characters of a required plain set such as ``[:：]``."""
    found: set[str] = set()
    for branch in top_split(pattern):
        for opener in ("(?:", "(?-i:"):
            if branch.startswith(opener) and group_close(branch, 0) == len(branch):
                each = needles(branch[len(opener):-1])
                break
        else:
            each = _branch_needles(branch)
        if not each:
            return None
        found |= each
    return frozenset(found)


def _branch_needles(pattern: str) -> frozenset[str] | None:
    """:func:`needles` of a pattern without a top-level alternation."""
    word = key_word(pattern)
    if word:
        return frozenset({word})
    i, n, depth = 0, len(pattern), 0
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = _set_close(pattern, i)
            members = pattern[i + 1:end - 1]
            if depth == 0 and end <= n and pattern[end:end + 1] not in ("?", "*", "{") \
                    and members and not set(members) & set("\\^-[]"):
                return frozenset(fold(c) for c in members)
            i = end
            continue
        if ch == "(":
            if depth == 0 and pattern.startswith("(?:", i):
                close = group_close(pattern, i)
                leads = [_lead(a) for a in top_split(pattern[i + 3:close - 1])]
                if close <= n and pattern[close:close + 1] not in ("?", "*", "{") and leads and all(leads):
                    return frozenset(fold(x) for x in leads)
            depth += 1
        elif ch == ")":
            depth -= 1
        i += 1
    return None
