"""Where a wire agency's name may start in a text: the cheap look-up that lets the wire
forms that name an agency (:mod:`validator.detect.wire_forms`) be searched only near one.

A spelling matched in any case starts where the text's word, casefolded, is its first
word and the text goes on as the spelling (casefolded); one matched only as written
starts where the text goes on as written; one of a script written without spaces
(新华社) is found anywhere.  :func:`mentions` finds the places with one pass of an
Aho–Corasick automaton (pyahocorasick) over the casefolded text and looks up only the
words where a spelling starts; :func:`scan` looks up every word of the text (the same
places: the reference, and what a text whose casefolding changes its length gets).  A word may
also start after an Arabic proclitic joined to it ("لرويترز": to Reuters).
"""

from __future__ import annotations

import re

import ahocorasick
import regex

#: the look-up: spellings by first word (casefolded; as written), the unspaced ones with a
#: class of their first characters, and the automaton of every spelling casefolded
Index = tuple[dict, dict, tuple, ahocorasick.Automaton]

_WORD = regex.compile(r"\w+")
#: the one-letter Arabic words written joined to the next (ل "to", و "and", ب "by", ف "so"):
#: "قال لرويترز" (told Reuters) names the agency where its word starts after one of them
PROCLITICS = "لوبف"


def _after_proclitic(text: str, at: int) -> bool:
    """Whether ``text[at - 1]`` is a proclitic that starts its word."""
    return at > 0 and text[at - 1] in PROCLITICS and (at == 1 or not _WORD.match(text, at - 2))


def index(lists: dict[str, tuple[str, ...]]) -> Index:
    """The look-up of the agency group's named lists (``wire_loose``: in any case,
    ``wire_exact``: only as written, ``wire_unspaced``): every spelling by its first word
    (casefolded, or as written when matched so; a leading "the" dropped), the unspaced
    ones with a class of their first characters, and the automaton of every spelling
    casefolded (an unspaced one as size 0: a text holds it only if its casefold does)."""
    loose: dict[str, list[str]] = {}
    exact: dict[str, list[str]] = {}
    automaton = ahocorasick.Automaton()
    for key, words, fold in (("wire_loose", loose, True), ("wire_exact", exact, False)):
        for name in lists[key]:
            name = name[4:] if name.casefold().startswith("the ") else name
            name = name.casefold() if fold else name
            words.setdefault(_WORD.match(name)[0], []).append(name)
            automaton.add_word(name.casefold(), len(name.casefold()))
    unspaced = lists["wire_unspaced"]
    for name in unspaced:
        automaton.add_word(name.casefold(), 0)
    automaton.make_automaton()
    # a text holds an unspaced name only if it holds the name's first character
    initials = re.compile("[" + "".join(sorted({re.escape(n[0]) for n in unspaced})) + "]") if unspaced else None
    return loose, exact, (unspaced, initials), automaton


def mentions(look_up: Index, text: str, limit: int | None = None, earliest: bool = False) -> list[int]:
    """Where a word that may start an agency's name stands in ``text``, in order;
    ``limit``: only the words that start before it; ``earliest``: only the first place is
    needed (the list may then leave out later ones)."""
    loose, exact, unspaced, automaton = look_up
    folded = text.casefold()
    if len(folded) != len(text):  # no character casefolds to nothing: here each to one
        return scan(look_up, text, limit, earliest)
    starts, held = set(), False
    for end, size in automaton.iter(folded):
        if size:
            starts.add(end + 1 - size)
        else:
            held = True  # an unspaced name's casefold: the text may hold the name
    found = []
    for at in sorted(starts):
        if limit is not None and at >= limit:
            break
        if at and _WORD.match(text, at - 1) and not _after_proclitic(text, at):
            continue  # not where a word starts
        word = _WORD.match(text, at)
        if word is not None and _starts(text, at, word[0], loose, exact):
            found.append(at)
            if earliest:
                break
    return _unspaced(text, limit, unspaced, found) if held else found


def scan(look_up: Index, text: str, limit: int | None = None, earliest: bool = False) -> list[int]:
    """:func:`mentions` by looking up every word of ``text``."""
    loose, exact, unspaced, _ = look_up
    found = []
    for m in _WORD.finditer(text):
        at, word = m.start(), m[0]
        if limit is not None and at >= limit:
            break
        if _starts(text, at, word, loose, exact):
            found.append(at)
        if (word[0] in PROCLITICS and len(word) > 1 and (limit is None or at + 1 < limit)
                and _starts(text, at + 1, word[1:], loose, exact)):
            found.append(at + 1)
        if earliest and found:
            break
    return _unspaced(text, limit, unspaced, found)


def _starts(text: str, at: int, word: str, loose: dict, exact: dict) -> bool:
    """Whether a spelling starts at ``text[at:]``, whose word is ``word``."""
    if word in exact and any(text.startswith(n, at) for n in exact[word]):
        return True
    return (folded := word.casefold()) in loose and any(
        text[at:at + len(n) + 2].casefold().startswith(n) for n in loose[folded])


def _unspaced(text: str, limit: int | None, unspaced: tuple, found: list[int]) -> list[int]:
    names, initials = unspaced
    if initials is not None and initials.search(text):
        found += [i for name in names if (i := text.find(name)) >= 0 and (limit is None or i < limit)]
    return sorted(found)
