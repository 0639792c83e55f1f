"""Case folding for needles: a text and a pattern's literal folded alike, so that a literal
the ``regex`` module matches case-insensitively in a text is found in the folded text."""

from __future__ import annotations

import re
from functools import lru_cache

#: what :func:`fold` adds to ``str.casefold``: the ``regex`` module's case-insensitive
#: matching also pairs the Turkic dotted and dotless i with i (and, with full case
#: folding, "İ" with "i" and a combining dot above: the dot is dropped), and ß with U+1DF95
_FOLD = str.maketrans({"ı": "i", "İ": "i", "\u0307": "", "\U0001df95": "ss"})
#: letters that ``regex`` matches case-insensitively with a letter ``fold`` keeps apart
#: (letters of Unicode versions newer than ``str.casefold``'s): a text holding one is not
#: screened (``tests/test_screen.py`` recomputes the set from the ``regex`` module)
UNFOLDED = re.compile(
    r"[\U0000019b\U00000264\U00000277\U0000027c\U00001c89-\U00001c8a\U0000a7cb-\U0000a7cf\U0000a7d2-\U0000a7d5\U0000a7da-\U0000a7dd\U0000a7e2\U0000ab4b-\U0000ab4c\U0000ab6c-\U0000ab6d\U00010d50-\U00010d65\U00010d70-\U00010d85\U00016ea0-\U00016eb8\U00016ebb-\U00016ed3\U0001df40-\U0001df41\U0001df48-\U0001df4b\U0001df4d-\U0001df4e\U0001df51-\U0001df52\U0001df68-\U0001df6f\U0001df72-\U0001df7f]")


#: a letter :data:`_FOLD` maps or :data:`UNFOLDED` names (most texts have none)
_SPECIAL = re.compile("[ıİ\u0307\U0001df95" + UNFOLDED.pattern[1:])


def fold(text: str) -> str:
    """``text`` folded so that a string the ``regex`` module matches case-insensitively
    to a pattern's literal folds to that literal's fold (see :data:`UNFOLDED`)."""
    return text.translate(_FOLD).casefold() if _SPECIAL.search(text) else text.casefold()


def screen_text(text: str) -> str | None:
    """:func:`fold` of ``text`` for looking up needles, or None when it cannot be screened."""
    # detectors screen the same block, window or tail for several forms: remembered (the
    # texts up to REMEMBER characters, so that what is held stays small)
    return _remembered(text) if len(text) <= REMEMBER else _screen_text(text)


#: the longest text :func:`screen_text` remembers
REMEMBER = 4_000


@lru_cache(maxsize=1024)
def _remembered(text: str) -> str | None:
    return _screen_text(text)


def _screen_text(text: str) -> str | None:
    if not _SPECIAL.search(text):
        return text.casefold()
    return None if UNFOLDED.search(text) else text.translate(_FOLD).casefold()
