"""langdetect, loaded once, seeded, and counted.

The profiles are loaded on first use into one ``DetectorFactory`` (in sorted
file order), whose Detector is a faster subclass with the same results;
:func:`langdetect` asks it about a text and :func:`calls` counts the asking.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from typing import Any

SEED = 0
#: characters of a block looked at (its head); the article sample's size (langdetect
#: reads at most SAMPLE_CAP + 200 characters)
BLOCK_HEAD, SAMPLE_TARGET, SAMPLE_CAP, HEAD_MIN = 400, 600, 1000, 30

#: the code points below this are the only ones with case (planes 0 and 1: a test checks the rest)
CASED_PLANES = 0x20000

#: the n-grams whose probability arrays are kept (~0.5 KB each), then forgotten at once
VECTORS = 10_000
#: langdetect calls before its loop runs on numpy arrays, unless numpy is already imported
#: (~0.8 ms less a call, ~0.1 s to import once)
NUMPY_AFTER = 100

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
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    vectors: dict[str, Any] = {}  # n-gram -> its languages' probabilities as an array

    class Normal(dict):  # char -> langdetect's normal form, for str.translate
        def __missing__(self, ch: int) -> str:
            self[ch] = NGram.normalize(chr(ch))
            return self[ch]

    normal = Normal()
    capitals = {i: "\x01" for i in range(CASED_PLANES) if chr(i).isupper()}  # normal forms have no \x01
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

        def _detect_block(self) -> None:
            # langdetect's loop over the probability vector, with numpy: each update and
            # normalisation is the same IEEE operation on each language's probability (an
            # add, a multiply, a divide), and the sum is Python's, in the same order, so
            # the results are the same to the last bit (a test compares them).  Importing
            # numpy costs ~0.1 s: a process that has not yet keeps langdetect's own loop
            # for its first NUMPY_AFTER calls
            if "numpy" not in sys.modules and _CALLS <= NUMPY_AFTER:
                return Detector._detect_block(self)
            import numpy

            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            self.langprob = [0.0] * len(self.langlist)
            self.random.seed(self.seed)
            known, choice = self.word_lang_prob_map, self.random.choice
            for _ in range(self.n_trial):
                prob = numpy.array(self._init_probability(), dtype=numpy.float64)
                weight = (self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
                i = 0
                while True:
                    word = choice(ngrams)
                    vector = vectors.get(word)
                    if vector is None:
                        if len(vectors) >= VECTORS:
                            vectors.clear()
                        vector = vectors[word] = numpy.array(known[word], dtype=numpy.float64)
                    prob *= weight + vector
                    if i % 5 == 0:
                        prob /= sum(prob.tolist())
                        if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                for j, p in enumerate(prob.tolist()):
                    self.langprob[j] += p / self.n_trial

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
