"""The language of one block of text: cheap evidence first, langdetect when it does not settle it."""

from __future__ import annotations

from dataclasses import dataclass

from validator.language.detector import BLOCK_HEAD, langdetect
from validator.language.scripts import (
    _CANDIDATES, _CASED, _NONLATIN, _NOT_LETTERS, _WORD, CLEAR_SCRIPT, Profile, _letters_guess, _lower_letters,
    script_profile,
)
from validator.language.tags import normalise
from validator.language.words import _UNIQUE, EXPECTED_SHARE, NAMED_SHARE, STOPWORDS, _is_kurmanji, function_words

#: blocks with fewer letters are not judged (a check's ``min_letters`` default)
MIN_LETTERS = 40
#: below this many letters langdetect alone is ~92% right: never trusted alone
SHORT_LETTERS = 80


@dataclass(frozen=True)
class Detection:
    """The language of a text, how sure, how it was judged, on how many letters."""

    lang: str | None
    prob: float = 0.0
    method: str = ""
    letters: int = 0
    #: False when only langdetect on a short text speaks for it
    reliable: bool = True
    note: str = ""
    #: the script most letters are in, and their share
    script: str = ""
    share: float = 1.0

    def describe(self) -> str:
        if self.lang is None:
            return self.note or self.method
        return f"{self.method}: {self.lang} (p={self.prob:.2f})" + (f", {self.note}" if self.note else "")


def identify(text: str, expect: str | None = None, min_letters: int = MIN_LETTERS) -> Detection:
    """The language of one block of text (its first :data:`BLOCK_HEAD` characters).

    ``expect`` is the language the text should be in: its function words may
    confirm it without langdetect, and a letter-based guess of another
    language of its script is confirmed by langdetect.  A pure function of the
    head, ``expect`` and ``min_letters`` (langdetect is seeded): the last
    :data:`REMEMBER` answers are remembered (a batch repeats boilerplate
    paragraphs; :func:`forget` forgets them).
    """
    expect = normalise(expect)
    key = (text[:BLOCK_HEAD], expect, min_letters)
    try:
        return _REMEMBERED[key]
    except KeyError:
        pass
    if len(_REMEMBERED) >= REMEMBER:
        _REMEMBERED.clear()
    _REMEMBERED[key] = found = _identify(*key)
    return found


#: the most block detections :func:`identify` remembers (then forgets them at once)
REMEMBER = 4096
_REMEMBERED: dict[tuple[str, str | None, int], Detection] = {}


def forget() -> None:
    """Forget the detections :func:`identify` remembers (a test counting langdetect calls)."""
    _REMEMBERED.clear()


def _identify(head: str, expect: str | None, min_letters: int) -> Detection:
    if expect in _UNIQUE and len(head) >= min_letters:
        confirmed = _confirm(head, expect)
        if confirmed:
            return confirmed
    words = _WORD.findall(head.lower())
    prof = script_profile(head, words)
    unjudged = _unjudged(prof, min_letters)
    if unjudged:
        return unjudged
    if prof.script == "Latin":
        return _latin(head, words, prof, expect, min_letters)
    return _non_latin(head, prof, expect, min_letters)


def _confirm(head: str, expect: str) -> Detection | None:
    """The expected language, when its own function words plainly outnumber the others'.

    The common case, a paragraph in the language it should be in, in a few µs:
    only Latin-script text, at least 3 of its unique function words making a
    tenth of the words, and 9 of them for every one unique to another language.
    """
    low = head.lower()
    if not low.isascii() and _NONLATIN.search(low):
        return None
    own, others = _UNIQUE[expect]
    tokens = low.split()
    mine = sum(map(own.__contains__, tokens))
    if mine < 3 or mine < 0.1 * len(tokens):
        return None
    theirs = sum(map(others.__contains__, tokens))
    if mine < 9 * theirs:
        return None
    return Detection(expect, mine / (mine + theirs), "function words", _letter_count(head), script="Latin")


#: the ASCII characters that are not letters (what ``[\W\d_]`` matches among them)
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _letter_count(text: str) -> int:
    """How many letters ``text`` has (the characters ``[\\W\\d_]`` does not match)."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NOT_LETTERS))
    return len(_NOT_LETTERS.sub("", text))


def _found(prof: Profile, lang: str | None, prob: float, method: str, reliable: bool = True,
           note: str = "") -> Detection:
    return Detection(lang, prob, method, prof.letters, reliable, note, prof.script, prof.share)


def _unjudged(prof: Profile, min_letters: int) -> Detection | None:
    """Why a text cannot be judged (no letters, too short, mixed scripts), or None."""
    if prof.letters == 0:
        return _found(prof, None, 0.0, "no letters", note="no letters")
    if prof.letters < min_letters:
        return _found(prof, None, 0.0, "too short", note=f"only {prof.letters} letters")
    if prof.share < CLEAR_SCRIPT:
        return _found(prof, None, prof.share, "mixed scripts",
                      note=f"mixed scripts ({prof.script} is {prof.share:.0%} of the letters)")
    return None


def _names(text: str, prof: Profile, min_letters: int) -> Detection | None:
    """A Detection saying "mostly names" when the words outside capitalised ones are too few.

    Names say little of a text's language, and langdetect reads "Abu Ali
    al-Ansari" as Indonesian as readily as English.
    """
    if prof.script not in _CASED or _lower_letters(text) >= min_letters:
        return None
    return _found(prof, None, 0.0, "mostly names", note="mostly capitalised words (names)")


def _latin(head: str, words: list[str], prof: Profile, expect: str | None, min_letters: int) -> Detection:
    fw = function_words(words)
    if _is_kurmanji(head, words, prof.letters, fw):
        return _found(prof, "kmr", prof.share, "Kurmanji letters and function words")
    n, ranked = fw.words, fw.ranked()
    if expect in STOPWORDS and n >= 4:
        e = fw.counts.get(expect, 0)
        if e >= 2 and e >= EXPECTED_SHARE * n and e >= ranked[0][1]:
            return _found(prof, expect, e / fw.known, "function words")
    top, c = ranked[0] if ranked else ("", 0)
    second = ranked[1][1] if len(ranked) > 1 else 0
    named = top if c >= 2 and c >= NAMED_SHARE * n and c >= 2 * second else None
    if named and len(head) >= 150 and expect is None:
        return _found(prof, named, c / fw.known, "function words")
    names = None if named else _names(head, prof, min_letters)
    if names:
        return names
    found = langdetect(head)
    if not found:
        return _found(prof, None, 0.0, "langdetect", note="langdetect found no features")
    lang, p = normalise(found[0][0]) or found[0][0], found[0][1]
    return _found(prof, lang, min(p, prof.share), "langdetect", prof.letters >= SHORT_LETTERS or lang == named)


def _non_latin(head: str, prof: Profile, expect: str | None, min_letters: int) -> Detection:
    script = prof.script
    guess = _letters_guess(prof)
    candidates = _CANDIDATES.get(script, ())
    if guess and (guess == expect or guess == "ckb" or expect not in candidates):
        return _found(prof, guess, prof.share, f"{script} letters")
    if not candidates:
        return _found(prof, None, prof.share, f"{script} script", note=f"{script} script, no supported language")
    names = _names(head, prof, min_letters)
    if names:
        return names
    found = langdetect(head, candidates)
    if not found:
        return _found(prof, guess, prof.share, f"{script} letters", reliable=guess is not None)
    lang, p = found[0]
    return _found(prof, lang, min(p, prof.share), "langdetect", prof.letters >= SHORT_LETTERS or lang == guess)
