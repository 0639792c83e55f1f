"""Language identification: what language an article, or one block of it, is in.

langdetect (1.0.9) is the identifier of last resort; this module makes it
deterministic and cheap enough for an archive, and covers what it lacks:

- **Once per process.** The 55 profiles (~0.3 s, ~64 MB) are loaded on first
  use into one module-level ``DetectorFactory``, in sorted file order; call
  :func:`preload` before forking workers to share them.  Its Detector's hot
  loops are rewritten (same operations, same results to the last bit).
- **Deterministic.** ``DetectorFactory.seed`` and every detector's seed are
  :data:`SEED`, so the same text always gives the same language and the same
  probability.  ``n_trial`` is 3 from 150 characters up (no loss of accuracy,
  half the time), langdetect's 7 below.
- **Cheap evidence first.** A text is first judged by the script of its
  letters (Arabic, Cyrillic, CJK, Greek, Hebrew, Indic, Thai), the letters
  unique to one language of a script (Persian پ چ ژ گ, Ukrainian і ї є,
  Russian ы э…) and, in Latin script, the function words of en, fr, de, es,
  it, pt, nl, tr and kmr; langdetect is asked only when these do not settle
  it.  The article's language is judged on a sample of paragraph heads
  (:func:`sample`).  :func:`calls` counts langdetect calls (for the benchmark).
- **Kurdish.** langdetect calls Sorani ``fa`` and Kurmanji ``tr``.  Sorani
  (``ckb``) is recognised by the letters ە ێ ۆ ڕ ڵ in Arabic script (not by ڤ
  alone, which Arabic writes in loanwords), Kurmanji
  (``kmr``) by ê î û beside Kurmanji function words (û, ji, di, ku, bi, li,
  yê, ên, wî, wê, jî…) and no Turkish ı ğ ö ü.
- ``zh-cn``/``zh-tw`` are reported as ``zh``; declared tags are compared
  through :func:`normalise` (``en-GB`` → ``en``, ``en-t-ar`` → ``en``,
  ``ku-Arab`` → ``ckb``), and a declared ``ku`` accepts ``ckb`` and ``kmr``.
- **Not judged:** texts with fewer than ``min_letters`` letters (a CJK
  character counts as one letter), with no script holding half the letters,
  or made mostly of capitalised words (names).

A :class:`Detection`'s probability is langdetect's; for the script and letter
methods it is the share of the text's letters in that script; for function
words, the share of the function words unique to one language that are the
language's (or, for a block confirming the expected language, the share of
its function words that are the language's).

Supported languages (:data:`SUPPORTED`): af ar bg bn ca ckb cs cy da de el en
es et fa fi fr gu he hi hr hu id it ja kmr kn ko lt lv mk ml mr ne nl no pa pl
pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi zh.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from validator.article import Block
from validator.facts import Facts, register
from validator.report import Fact

SEED = 0
#: blocks with fewer letters are not judged (a check's ``min_letters`` default)
MIN_LETTERS = 40
#: below this many letters langdetect alone is ~92% right: never trusted alone
SHORT_LETTERS = 80
#: characters of a block looked at (its head); the article sample's size
BLOCK_HEAD, SAMPLE_TARGET, SAMPLE_CAP, HEAD_MIN = 400, 600, 1000, 30

#: every language a Detection can name
SUPPORTED: tuple[str, ...] = tuple(sorted(
    "af ar bg bn ca ckb cs cy da de el en es et fa fi fr gu he hi hr hu id it ja kmr kn ko lt lv mk "
    "ml mr ne nl no pa pl pt ro ru sk sl so sq sv sw ta te th tl tr uk ur vi zh".split()))

_ALIASES = {
    "iw": "he", "in": "id", "nb": "no", "nn": "no", "fil": "tl", "pes": "fa", "prs": "fa", "arb": "ar",
    "cmn": "zh", "eng": "en", "ara": "ar", "rus": "ru", "tur": "tr", "fra": "fr", "fre": "fr",
    "deu": "de", "ger": "de", "fas": "fa", "per": "fa", "ukr": "uk", "spa": "es", "ita": "it",
    "por": "pt", "nld": "nl", "dut": "nl", "zho": "zh", "chi": "zh", "kur": "ku",
}


@lru_cache(maxsize=256)
def normalise(code: str | None) -> str | None:
    """The primary language of a BCP 47 tag, as detection names it (``en-GB`` → ``en``)."""
    if not code or not isinstance(code, str):
        return None
    parts = re.split(r"[-_]", code.strip().lower())
    lang = _ALIASES.get(parts[0], parts[0])
    if lang == "ku" and len(parts) > 1 and parts[1] in ("arab", "iq", "ir"):
        return "ckb"
    if lang == "ku" and len(parts) > 1 and parts[1] in ("latn", "tr", "sy"):
        return "kmr"
    if lang in ("", "und", "mul", "zxx", "x", "i"):
        return None
    return lang


def same_language(declared: str | None, detected: str | None) -> bool:
    a, b = normalise(declared), normalise(detected)
    return a == b or (a == "ku" and b in ("ckb", "kmr"))


def is_supported(code: str | None) -> bool:
    code = normalise(code)
    return code in SUPPORTED or code == "ku"


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


# --- langdetect, loaded once, seeded ------------------------------------------

_LOCK = threading.Lock()
_FACTORY: Any = None
_CALLS = 0


def _factory() -> Any:
    global _FACTORY
    if _FACTORY is None:
        with _LOCK:
            if _FACTORY is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
                from langdetect.utils.lang_profile import LangProfile

                DetectorFactory.seed = SEED
                factory = DetectorFactory()
                factory.seed = SEED
                names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith("."))
                for i, name in enumerate(names):
                    with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as fh:
                        factory.add_profile(LangProfile(**json.load(fh)), i, len(names))
                factory.detector_class = _detector_class()
                _FACTORY = factory
    return _FACTORY


def _detector_class() -> Any:
    """langdetect's Detector with its three hot loops written for speed.

    The same operations in the same order as langdetect 1.0.9's, so the same
    languages and probabilities to the last bit (a test compares the two);
    it halves the time of a call.
    """
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    class Normal(dict):  # char -> langdetect's normal form, for str.translate
        def __missing__(self, ch: int) -> str:
            self[ch] = NGram.normalize(chr(ch))
            return self[ch]

    normal = Normal()
    capitals = {i: "\x01" for i in range(0x110000) if chr(i).isupper()}  # normal forms have no \x01
    runs = re.compile("[^ ]+ ?")

    def char_by_char(padded: str, known: dict, out: list[str]) -> None:
        # langdetect's own loop, for a word with two capitals in a row
        grams, capital = " ", False
        for ch in padded[1:]:
            last = grams[-1]
            grams = (grams[1:] if len(grams) >= 3 else grams) + ch
            if ch.isupper():
                capital = capital or last.isupper()
            else:
                capital = False
            if capital:
                continue
            for n in (1, 2, 3):
                if len(grams) < n:
                    break
                w = grams[-n:]
                if w != " " and w in known:
                    out.append(w)

    spaces, ascii_letters, above = re.compile("  +"), re.compile("[A-z]"), re.compile("[\u0300-\U0010ffff]")

    class FastDetector(Detector):
        def append(self, text: str) -> None:
            text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
            self.text += spaces.sub(" ", text[: self.max_text_length])

        def cleaning_text(self) -> None:
            # (langdetect compares a block number with a name here, so every
            # character from U+0300 up counts as non-Latin)
            if len(ascii_letters.findall(self.text)) * 2 < len(above.findall(self.text)):
                self.text = ascii_letters.sub("", self.text)

        def _extract_ngrams(self) -> list[str]:
            # The n-gram window restarts at every space, so a word padded with
            # the spaces around it yields what langdetect's per-character loop
            # yields: at each position, the 1-, 2- and 3-gram ending there.
            known = self.word_lang_prob_map
            out: list[str] = []
            text = self.text.translate(normal)
            marked = text.translate(capitals)
            acronyms = "\x01\x01" in marked
            for m in runs.finditer(text):
                padded = " " + m.group()
                if acronyms and "\x01\x01" in marked[m.start():m.end()]:
                    char_by_char(padded, known, out)
                    continue
                for i in range(1, len(padded)):
                    ch = padded[i]
                    if ch != " " and ch in known:
                        out.append(ch)
                    if padded[i - 1:i + 1] in known:
                        out.append(padded[i - 1:i + 1])
                    if i >= 2 and padded[i - 2:i + 1] in known:
                        out.append(padded[i - 2:i + 1])
            return out

        def _update_lang_prob(self, prob: list[float], word: str, alpha: float) -> bool:
            probs = self.word_lang_prob_map.get(word)
            if probs is None:
                return False
            weight = alpha / self.BASE_FREQ
            prob[:] = [p * (weight + q) for p, q in zip(prob, probs)]
            return True

        def _normalize_prob(self, prob: list[float]) -> float:
            total = sum(prob)
            prob[:] = [p / total for p in prob]
            return max(prob)

    return FastDetector


def preload() -> None:
    """Load the profiles now (before forking workers, or to keep it out of timings)."""
    _factory()


def calls() -> int:
    """How many times langdetect has been asked, in this process."""
    return _CALLS


def reset_calls() -> None:
    global _CALLS
    _CALLS = 0


def langdetect(text: str, candidates: tuple[str, ...] = ()) -> list[tuple[str, float]]:
    """langdetect's (language, probability) list, best first; [] when it finds no features.

    ``candidates`` restricts the answer to those languages (a prior of zero
    for the others).
    """
    global _CALLS
    from langdetect.lang_detect_exception import LangDetectException

    _CALLS += 1
    factory = _factory()
    detector = factory.detector_class(factory)
    detector.seed = SEED
    if len(text) >= 150:
        detector.n_trial = 3
    detector.set_max_text_length(SAMPLE_CAP + 200)
    if candidates:
        detector.set_prior_map({c: 1.0 for c in candidates})
    detector.append(text)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return []
    return [("zh" if x.lang.startswith("zh") else x.lang, x.prob) for x in found]


# --- scripts and letters ------------------------------------------------------

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


# --- function words (Latin script) --------------------------------------------

STOPWORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": "the a an of and to in is that for on with was as by it its from at he his her she they their them i "
          "have has had be been were are which who this these those not but said will would also after "
          "than more about into over we you there when what one all can could against while during "
          "between before under since because only other some such then two first told people no do met per",
    "fr": "le la les de des du un une et est en dans pour que qui sur au aux avec par ne pas plus ce "
          "cette ces son sa ses il elle ils elles été ont sont mais ou comme on selon leur leurs lors "
          "après avant entre sans sous dont était être aussi d l qu n sein",
    "de": "der die das und ist in den von zu mit sich des auf für nicht im dem eine ein einer eines als "
          "auch es an werden aus er hat dass sie nach bei um noch wie über zum zur vor durch wurde "
          "wurden sind war bis sein seine ihre haben oder aber wird gegen unter seit dieser diese am sagte",
    "es": "el la los las de del en y que un una es se por con para su sus al lo como más pero este esta "
          "fue han ha sobre entre sin también tras según desde cuando ya muy hasta dijo son le les",
    "it": "il lo la i gli le di del della dei delle da dal dalla in con su per tra fra un una uno che è e "
          "non si sono ha anche al alla ai nel nella più ma dopo secondo questo questa stato stata",
    "pt": "o a os as de do da dos das em no na nos nas um uma e que com por para pelo pela ao aos não "
          "se mais mas como foi é são ser sua seu suas seus também entre sobre após segundo disse já",
    "nl": "de het een en van in is dat op te voor met zijn niet die aan er door als bij om ook maar dan "
          "nog uit naar over tot werd worden wordt heeft hebben was zij hij ze deze dit of na",
    "tr": "ve bir bu da de ile için olarak olan gibi daha çok en ama ancak kadar sonra ise ne o şu her "
          "diye değil var yok göre üzere tarafından ki mi olduğu olduğunu ya veya ayrıca içinde",
    "kmr": "û ji di de ku bi li ya yê ên wî wê ev ew jî ne bo re ra da heta hemû pir nav ser dema piştî "
           "berî wan me min te we hene heye bû dibe dike kir got lê yan çi çawa wekî hatiye tê dê",
}.items()}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _list in sorted(STOPWORDS.items()):
    for _w in _list:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
_KMR_ONLY = frozenset(w for w in STOPWORDS["kmr"] if _LANGS_OF[w] == ("kmr",))
#: for each language, its function words no other language has, and the others'
_UNIQUE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    lang: (frozenset(w for w, ls in _LANGS_OF.items() if ls == (lang,)),
           frozenset(w for w, ls in _LANGS_OF.items() if len(ls) == 1 and ls != (lang,)))
    for lang in STOPWORDS
}
#: the share of the words a language's function words must make: to confirm
#: the expected language, and to name another one
EXPECTED_SHARE, NAMED_SHARE = 0.08, 0.2


@dataclass(frozen=True)
class FunctionWords:
    """The function words among a text's words, by language."""

    words: int  # all the words
    known: int  # the words that are function words of some language
    counts: dict[str, int]  # function words of each language
    unique: dict[str, int]  # function words of only that language

    def ranked(self) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def agreement(self, lang: str) -> float:
        """The share of the function words unique to one language that are ``lang``'s."""
        total = sum(self.unique.values())
        return self.unique.get(lang, 0) / total if total else 0.0


def function_words(words: list[str]) -> FunctionWords:
    counts: dict[str, int] = {}
    unique: dict[str, int] = {}
    known = 0
    for w in words:
        langs = _LANGS_OF.get(w)
        if langs:
            known += 1
            for lang in langs:
                counts[lang] = counts.get(lang, 0) + 1
            if len(langs) == 1:
                unique[langs[0]] = unique.get(langs[0], 0) + 1
    return FunctionWords(len(words), known, counts, unique)


def _is_kurmanji(text: str, words: list[str], letters: int, fw: FunctionWords) -> bool:
    if fw.counts.get("kmr", 0) < 0.15 * len(words):
        return False
    low = text.lower()
    circumflex = low.count("ê") + low.count("î") + low.count("û")
    turkish = sum(low.count(c) for c in "ığöü")
    unique = sum(1 for w in words if w in _KMR_ONLY)
    return circumflex >= 0.01 * letters and turkish * 4 <= circumflex and unique >= 2


# --- one text ---------------------------------------------------------------------


def identify(text: str, expect: str | None = None, min_letters: int = MIN_LETTERS) -> Detection:
    """The language of one block of text (its first :data:`BLOCK_HEAD` characters).

    ``expect`` is the language the text should be in: its function words may
    confirm it without langdetect, and a letter-based guess of another
    language of its script is confirmed by langdetect.
    """
    expect = normalise(expect)
    head = text[:BLOCK_HEAD]
    if expect in _UNIQUE and len(head) >= 3 * min_letters:
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
    mine, theirs = sum(map(own.__contains__, tokens)), sum(map(others.__contains__, tokens))
    if mine < 3 or mine < 0.1 * len(tokens) or mine < 9 * theirs:
        return None
    letters = len(_NOT_LETTERS.sub("", head))
    return Detection(expect, mine / (mine + theirs), "function words", letters, script="Latin")


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


# --- quotations -----------------------------------------------------------------

QUOTED = re.compile(
    r"“[^”]{0,2000}”|„[^“”]{0,2000}[“”]|«[^»]{0,2000}»|»[^«]{0,2000}«|‹[^›]{0,500}›|「[^」]{0,500}」"
    r"|『[^』]{0,500}』|\"[^\"\n]{0,2000}\"|(?<!\w)‘[^’]{0,300}’(?!\w)"
    r"|(?<![\w*])\*(?!\*)[^*\n]{1,300}(?<!\*)\*(?![\w*])|(?<![\w_])_(?!_)[^_\n]{1,300}(?<!_)_(?![\w_])"
)


def strip_quoted(text: str) -> str:
    """``text`` without its quotations (“…”, «…», „…“, "…") and emphasised (*…*, _…_) phrases."""
    return QUOTED.sub(" ", text) if any(c in text for c in "“„«»‹「『\"‘*_") else text


# --- per article (cached on the Facts object) -------------------------------------

_SAMPLED_KINDS = ("paragraph", "standfirst", "footer", "caption")


def _cache(facts: Facts) -> dict:
    cache = getattr(facts, "_language_cache", None)
    if cache is None:
        cache = {}
        setattr(facts, "_language_cache", cache)
    return cache


def _head(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n + 1)
    return text[: cut if cut > n // 2 else n]


def sample_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks an article's language is judged on: its prose, else all of them."""
    prose = [b for b in blocks if b.kind in _SAMPLED_KINDS]
    return prose or [b for b in blocks if b.kind != "quote"] or blocks


def sample(blocks: list[Block]) -> str:
    """The head of every block: the whole text up to :data:`SAMPLE_CAP` characters, else
    :data:`SAMPLE_TARGET` characters in all.

    With many blocks, evenly spaced ones, each head at least :data:`HEAD_MIN`
    characters, so that one foreign paragraph cannot decide the article.
    """
    texts = [" ".join(b.text.split()) for b in blocks]
    texts = [t for t in texts if t]
    if sum(len(t) for t in texts) <= SAMPLE_CAP:
        return "\n".join(texts)
    if len(texts) * HEAD_MIN > SAMPLE_TARGET:
        k = SAMPLE_TARGET // HEAD_MIN
        texts = [texts[i * len(texts) // k] for i in range(k)]
    budget, heads = SAMPLE_TARGET, [""] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
    for rank, i in enumerate(order):  # short blocks whole, the rest share what is left
        heads[i] = _head(texts[i], budget // (len(order) - rank))
        budget -= len(heads[i])
    return "\n".join(heads)


def article_language(facts: Facts, scopes: tuple[str, ...] = ("body",)) -> tuple[Detection, int, Block | None]:
    """The language of the blocks in ``scopes`` from a sample of their heads.

    The declared language (the ``lang`` fact) is the one expected.  Returns
    the detection, the sample's length in characters, and the first sampled
    block (where a finding about the article's language stands).  Cached per
    article and scope.
    """
    cache = _cache(facts)
    key = ("article", tuple(scopes))
    if key not in cache:
        blocks = sample_blocks(facts.article.blocks_in(list(scopes)))
        text = sample(blocks)
        declared = facts.value("lang")
        expect = normalise(str(declared)) if declared not in (None, "") else None
        cache[key] = (_judge_sample(text, expect), len(text), blocks[0] if blocks else None)
    return cache[key]


#: what function words must show to decide an article without langdetect: their
#: share of the words, their lead over the next language (confirming the
#: declared language, naming one when none is declared), and the agreement of
#: the words unique to one language (at least ARTICLE_UNIQUE of them)
ARTICLE_SHARE, ARTICLE_LEAD, ARTICLE_LEAD_UNDECLARED, ARTICLE_AGREEMENT, ARTICLE_UNIQUE = 0.2, 2, 3, 0.9, 8


def _judge_sample(text: str, expect: str | None = None) -> Detection:
    """The language of an article's sample.

    Decided without langdetect when the evidence is overwhelming and 90% of
    the letters are in one script — Kurdish letters and words, the letters of
    the expected language (non-Latin scripts), or function words (Latin
    script; see :data:`ARTICLE_SHARE`) — else by langdetect, whose
    probability it then is.  ``share`` tells how mixed the scripts are.
    """
    words = _WORD.findall(text.lower())
    prof = script_profile(text, words)
    unjudged = _unjudged(prof, MIN_LETTERS) or _names(text, prof, MIN_LETTERS)
    if unjudged:
        return unjudged
    if prof.script == "Latin":
        fw = function_words(words)
        if _is_kurmanji(text, words, prof.letters, fw):
            return _found(prof, "kmr", prof.share, "Kurmanji letters and function words")
        ranked = fw.ranked()
        if ranked and (expect is None or ranked[0][0] == expect) and prof.share >= 0.9:
            top, c = ranked[0]
            second = ranked[1][1] if len(ranked) > 1 else 0
            agree = fw.agreement(top)
            lead = ARTICLE_LEAD if expect else ARTICLE_LEAD_UNDECLARED
            if (c >= ARTICLE_SHARE * fw.words and c >= lead * second and agree >= ARTICLE_AGREEMENT
                    and fw.unique.get(top, 0) >= ARTICLE_UNIQUE):
                return _found(prof, top, agree, "function words",
                              note=f"{c} of {fw.words} words are its function words")
    else:
        guess = _letters_guess(prof)
        if guess and (expect is None or guess == expect or guess == "ckb") and prof.share >= 0.9:
            return _found(prof, guess, prof.share, f"{prof.script} letters")
    found, method = langdetect(text), "langdetect"
    if found and found[0][1] < 0.9 and prof.script in _CASED and _lower_letters(text) < 0.7 * prof.letters:
        # names say little of the language and mislead langdetect: ask again without them
        bare = _CAPITALISED.sub(" ", text)
        if letters_in(bare, _WORD.findall(bare)) >= MIN_LETTERS:
            again = langdetect(bare)
            if again and again[0][1] > found[0][1]:
                found, method = again, "langdetect without capitalised words"
    if not found:
        return _found(prof, None, 0.0, "langdetect", note="langdetect found no features")
    lang, p = normalise(found[0][0]) or found[0][0], found[0][1]
    if p < 0.5:
        return _found(prof, None, p, method, note=f"best guess {lang} (p={p:.2f})")
    return _found(prof, lang, p, method, prof.letters >= SHORT_LETTERS)


def block_languages(facts: Facts, scopes: tuple[str, ...] = ("body",), min_letters: int = MIN_LETTERS,
                    ignore_quoted: bool = True, expect: str | None = None) -> list[tuple[Block, Detection]]:
    """The language of each block in ``scopes`` with at least ``min_letters`` letters.

    Shorter blocks, and block quotations when ``ignore_quoted`` (which also
    drops quoted and emphasised phrases from the text), get a Detection whose
    ``lang`` is None.  Cached per article and arguments.
    """
    cache = _cache(facts)
    key = ("blocks", tuple(scopes), min_letters, ignore_quoted, normalise(expect))
    if key not in cache:
        out = []
        for block in facts.article.blocks_in(list(scopes)):
            if ignore_quoted and block.kind == "quote":
                out.append((block, Detection(None, 0.0, "quotation", note="a block quotation")))
                continue
            text = strip_quoted(block.text) if ignore_quoted else block.text
            out.append((block, identify(text, expect, min_letters)))
        cache[key] = out
    return cache[key]


@register("detected_language")
def _detected_language(article: Any, facts: Facts) -> Fact:
    det, size, _ = article_language(facts)
    where = f"a {size}-character sample of paragraph heads"
    if det.lang is None:
        return Fact(value=None, reason=f"{det.note or det.method} in {where}")
    return Fact(value=det.lang, reason=f"{det.describe()} on {where}")
