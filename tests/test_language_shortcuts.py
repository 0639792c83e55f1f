"""The language package's shortcuts give what the code they stand in for gives."""

from __future__ import annotations

import pytest

from validator import language
from validator.language import block, detector

TEXTS = [
    "The council said work on new water pipes would start before the summer, officials told reporters.",
    "Le conseil a annoncé que les travaux commenceraient avant l'été, selon les responsables de la ville.",
    "Совет заявил, что работы по прокладке новых водопроводных труб начнутся до лета.",
    "وأكد رئيس المجلس أن المشروع ممول من منظمة دولية، وأن الأعمال ستنتهي قبل نهاية العام.",
    "Belediye meclisi yeni su borularının yaz gelmeden döşeneceğini açıkladı.",
    "NATO and the UN said the USAID-funded ABCs ran. McDonald's", "short",
]


@pytest.mark.parametrize("candidates", [(), ("ru", "uk", "bg", "mk"), ("ar", "fa", "ur")])
@pytest.mark.parametrize("vectors, loop", [(detector.VECTORS, "numpy"), (3, "numpy"), (3, "before numpy")])
def test_numpy_loop_matches_langdetects(monkeypatch, candidates, vectors, loop):
    import sys

    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import LangDetectException

    monkeypatch.setattr(detector, "VECTORS", vectors)
    if loop == "numpy":
        monkeypatch.setattr(detector, "NUMPY_AFTER", -1)
    else:  # a process that has not imported numpy, in its first calls
        monkeypatch.setattr(detector, "NUMPY_AFTER", 10**9)
        monkeypatch.delitem(sys.modules, "numpy", raising=False)
    factory = language._factory()

    class Library(factory.detector_class):  # langdetect's own loop over the probabilities
        _detect_block = Detector._detect_block

    for text in TEXTS:
        for trials in (3, 7):
            found = []
            for cls in (Library, factory.detector_class):
                d = cls(factory)
                d.seed, d.n_trial = 0, trials
                if candidates:
                    d.set_prior_map({c: 1.0 for c in candidates})
                d.append(text)
                try:
                    found.append([(x.lang, x.prob) for x in d.get_probabilities()])
                except LangDetectException as exc:
                    found.append(str(exc))
            assert found[0] == found[1], text[:40]


@pytest.mark.parametrize("text", ["Plain ASCII text, 12 words_here!", "Straße und Café — „Zitat“", "", "1234 _ -"])
def test_letter_count_counts_letters(text):
    assert block._letter_count(text) == len(block._NOT_LETTERS.sub("", text))


@pytest.mark.parametrize("text", ["no quotes here", "He said “yes” today", "a *b* c", "x_y", "«a»", "„a“", "‘a’ b", "「a」",
                                  "『a』", '"a"', "‹a›", "»a«"])
def test_strip_quoted_strips_what_the_quotation_pattern_finds(text):
    from validator.language.article import QUOTED, strip_quoted

    assert strip_quoted(text) == QUOTED.sub(" ", text)
