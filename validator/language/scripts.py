"""Scripts and letters: which script a text is in, and the language its letters name.

The letters unique to one language of a script (Persian پ چ ژ گ, Sorani ە ێ ۆ
ڕ ڵ, Ukrainian і ї є, Russian ы э…) name it without langdetect.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

import regex

_RANGES = [  # (first, last, script): the letters of the non-Latin scripts
    (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0531, 0x058F, "Other"),
    (0x0591, 0x05F4, "Hebrew"), (0x0620, 0x065F, "Arabic"), (0x066E, 0x06D3, "Arabic"),
    (0x06D5, 0x06EF, "Arabic"), (0x06FA, 0x06FF, "Arabic"), (0x0700, 0x074F, "Other"),
    (0x0750, 0x077F, "Arabic"), (0x0780, 0x07FF, "Other"), (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Other"), (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Other"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x10FF, "Other"), (0x1100, 0x11FF, "CJK"),
    (0x1200, 0x18AF, "Other"), (0x1F00, 0x1FFF, "Greek"), (0x3040, 0x30FF, "CJK"), (0x3400, 0x4DBF, "CJK"),
    (0x4E00, 0x9FFF, "CJK"), (0xAC00, 0xD7AF, "CJK"), (0xF900, 0xFAFF, "CJK"), (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
]
_STARTS = [r[0] for r in _RANGES]
_NONLATIN = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b, _ in _RANGES) + "]")
_WORD = re.compile(r"\w+")
_NOT_LETTER_IN_WORD = re.compile(r"[\d_]")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_CAPITALISED = regex.compile(r"\b\p{Lu}[\w'’-]*")
_SINGLE_SCRIPT = {"Greek": "el", "Hebrew": "he", "Bengali": "bn", "Gurmukhi": "pa", "Gujarati": "gu",
                  "Tamil": "ta", "Telugu": "te", "Kannada": "kn", "Malayalam": "ml", "Thai": "th"}
_CASED = frozenset({"Latin", "Cyrillic", "Greek"})
_CANDIDATES = {"Arabic": ("ar", "fa", "ur"), "Cyrillic": ("ru", "uk", "bg", "mk"), "Devanagari": ("hi", "mr", "ne")}
#: a script holding at least this share of the letters is the text's script
CLEAR_SCRIPT = 0.5


@dataclass(frozen=True)
class Profile:
    letters: int
    script: str  # the script most letters are in: Latin, Arabic, Cyrillic, CJK, Greek, ..., Other
    share: float  # its share of the letters
    chars: Counter  # the non-Latin letters (lower case), by letter


def letters_in(text: str, words: list[str]) -> int:
    """The letters of ``text`` (``words``: its ``\\w+`` words)."""
    return sum(map(len, words)) - len(_NOT_LETTER_IN_WORD.findall(text))


def script_profile(text: str, words: list[str] | None = None) -> Profile:
    """The letters of ``text`` and the script most of them are in (a few µs a paragraph).

    Letters outside the scripts of :data:`_RANGES` count as Latin.
    """
    letters = letters_in(text, _WORD.findall(text) if words is None else words)
    nonlatin = [] if text.isascii() else _NONLATIN.findall(text.lower())
    if len(nonlatin) * 10 < letters:  # clearly Latin: no need to tell the others apart
        return Profile(letters, "Latin", 1 - len(nonlatin) / letters, Counter())
    chars = Counter(nonlatin)
    scripts: Counter = Counter()
    for ch, n in chars.items():
        scripts[_RANGES[bisect.bisect_right(_STARTS, ord(ch)) - 1][2]] += n
    letters = max(letters, len(nonlatin))  # (marks in the ranges are not \w)
    scripts["Latin"] = letters - len(nonlatin)
    script, n = min(scripts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Profile(letters, script, n / letters if letters else 0.0, chars)


def _lower_letters(text: str) -> int:
    """Letters of the words of ``text`` that are not capitalised (not names)."""
    return sum(len(w) for w in _WORD.findall(text) if not w[0].isupper() and not w.isdigit())


def _share(chars: Counter, letters: str) -> int:
    return sum(chars[c] for c in letters)


def _arabic_letters(chars: Counter) -> str | None:
    """ckb, ur, fa or ar from letters unique to each, or None when unclear."""
    n = sum(chars.values()) or 1
    if _share(chars, "ەێۆڕڵ") >= 0.02 * n:
        return "ckb"
    urdu, persian, arabic = _share(chars, "ٹڈڑںےہ"), _share(chars, "پچژگکی"), _share(chars, "ةيكى")
    if urdu >= 0.01 * n and urdu > arabic:
        return "ur"
    if persian >= 0.03 * n and persian >= 3 * arabic:
        return "fa"
    if arabic >= 0.03 * n and arabic >= 3 * persian:
        return "ar"
    return None


def _cyrillic_letters(chars: Counter) -> str | None:
    """mk, uk, ru or bg from letters unique to each, or None when unclear."""
    n = sum(chars.values()) or 1
    mk, uk, ru, bg = _share(chars, "ѓќѕљњџј"), _share(chars, "іїєґ"), _share(chars, "ыэё"), chars["ъ"]
    if mk >= 0.01 * n and mk > uk + ru:
        return "mk"
    if uk >= 0.01 * n and uk >= 3 * ru:
        return "uk"
    if ru >= 0.01 * n and ru >= 3 * uk:
        return "ru"
    if bg >= 0.01 * n and not ru and not uk:
        return "bg"
    return None


def _cjk_letters(chars: Counter) -> str:
    hangul = sum(n for c, n in chars.items() if 0xAC00 <= ord(c) <= 0xD7AF or 0x1100 <= ord(c) <= 0x11FF)
    kana = sum(n for c, n in chars.items() if 0x3040 <= ord(c) <= 0x30FF)
    total = sum(chars.values()) or 1
    return "ko" if hangul > total / 2 else "ja" if kana >= 0.05 * total else "zh"


def _letters_guess(prof: Profile) -> str | None:
    """The language a non-Latin text's letters name, or None when they cannot tell."""
    if prof.script in _SINGLE_SCRIPT:
        return _SINGLE_SCRIPT[prof.script]
    if prof.script == "CJK":
        return _cjk_letters(prof.chars)
    if prof.script == "Arabic":
        return _arabic_letters(prof.chars)
    if prof.script == "Cyrillic":
        return _cyrillic_letters(prof.chars)
    return None
