"""A bound on what a rule pattern costs to compile, checked before it is compiled.

The ``regex`` module expands counted repeats when it compiles: ``(?:(?:a{1000}){1000}){1000}``
is a billion copies of ``a`` (22 GB before it fails).  :func:`expanded_size` estimates
that expansion from the pattern's text: every atom counts 1, a group the sum of its
atoms, and ``{m,n}`` multiplies what it repeats by its largest count.  A pattern over
:data:`MAX_SIZE` is refused with the reason.

Why an estimate and not compiling in a subprocess with a memory limit: the estimate
is instant, deterministic and portable (no ``RLIMIT_AS``, which only POSIX has and
which some sanitizer and container set-ups do not honour), costs no process start on
every run, and bounds time as well as memory; a compiled pattern cannot be handed
back from a subprocess either (regex objects pickle by recompiling), so every pattern
would be compiled twice.  It errs on the safe side: it counts ``(?:``, names and set
members as atoms, so it over-estimates, never under-estimates, the expansion.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: the largest estimated expansion of a pattern (a compile of about 0.1 s and 40 MB)
MAX_SIZE = 100_000

_COUNT = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def expanded_size(pattern: str) -> int:
    """How many atoms ``pattern`` holds once its counted repeats are expanded (an upper bound)."""
    stack = [0]  # per open group, the size of what it holds so far
    last = 0  # the size of the last atom or group, which a quantifier repeats
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            end = pattern.find("}", i) + 1 if pattern[i + 1:i + 3] in ("p{", "P{", "N{") else 0
            i = end if end > 0 else i + 2
            last = 1
        elif c == "[":
            i = _set_end(pattern, i)
            last = 1
        elif c == "(":
            stack.append(0)
            i += 1
            continue
        elif c == ")" and len(stack) > 1:
            last = stack.pop()
            stack[-1] += last
            i += 1
            continue
        elif c == "{" and (m := _COUNT.match(pattern, i)) and (m.group(1) or m.group(2)):
            count = max(int(m.group(1) or 0), int(m.group(2) or 0))
            stack[-1] += last * (count - 1) if count else -last
            last *= count
            i = m.end()
            continue
        elif c in "*+?|":
            i += 1
            continue
        else:
            i += 1
            last = 1
        stack[-1] += last
    return sum(stack)


def has_count(pattern: str) -> bool:
    """Whether ``pattern`` holds anything that reads as a counted repeat ``{m,n}``.  Without
    one nothing multiplies: every character is at most one atom, so the expansion is at most
    the pattern's length."""
    return any(m.group(1) or m.group(2) for m in _COUNT.finditer(pattern))


def _set_end(pattern: str, i: int) -> int:
    """The index after the character set opening at ``i`` (nested sets included)."""
    depth, j = 0, i
    n = len(pattern)
    while j < n:
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[" and (depth == 0 or j > i):
            depth += 1
            j += 1
            if pattern[j:j + 1] == "^":
                j += 1
            if pattern[j:j + 1] == "]":  # a leading "]" is a member
                j += 1
            continue
        if c == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return n


@lru_cache(maxsize=8192)
def check_size(pattern: str) -> None:
    """Raise ValueError when the pattern would expand past :data:`MAX_SIZE` atoms.  A pattern
    no longer than that without a counted repeat (:func:`has_count`) is not scanned."""
    if len(pattern) <= MAX_SIZE and not has_count(pattern):
        return
    size = expanded_size(pattern)
    if size > MAX_SIZE:
        raise ValueError(f"pattern {pattern[:80]!r} is too large to compile: its counted repeats expand "
                         f"to about {size:,} items (the limit is {MAX_SIZE:,})")
