"""A remembered block detection is the detection computed afresh (validator.language.block)."""

from __future__ import annotations

import random

from validator import language
from validator.language import block
from validator.language.detector import BLOCK_HEAD

# synthetic paragraphs of our own: function words of several languages, scripts, names, short
_TEXTS = [
    "The council said on Monday that the new bridge would open to traffic after the summer, and that "
    "the works had cost less than the city expected when they began.",
    "Le conseil a indiqué lundi que le nouveau pont serait ouvert à la circulation après l'été, et que "
    "les travaux avaient coûté moins que prévu par la ville.",
    "Der Rat teilte am Montag mit, dass die neue Brücke nach dem Sommer für den Verkehr geöffnet werde "
    "und dass die Arbeiten weniger gekostet hätten als erwartet.",
    "Belediye meclisi pazartesi günü yeni köprünün yazdan sonra trafiğe açılacağını ve çalışmaların "
    "beklenenden daha az tuttuğunu söyledi.",
    "Совет заявил в понедельник, что новый мост откроется для движения после лета и что работы обошлись "
    "дешевле, чем ожидал город.",
    "Anna Berg Jonas Kell Mira Tal Oskar Lind Petra Holm Sven Dahl Lena Fors Ivo Marek Tomas Rinne",
    "Too short.",
    "x" * 30 + " " + "ab " * 200,
]


def test_remembered_detections_are_the_fresh_ones():
    language.forget()
    rng = random.Random(7)
    calls = [(text + tail, expect, letters) for text in _TEXTS for tail in ("", " " + "z" * BLOCK_HEAD)
             for expect in (None, "en", "fr", "de-AT", "tr", "ru") for letters in (20, 40, 80)]
    rng.shuffle(calls)
    for text, expect, letters in calls + calls:  # the second round is answered from memory
        remembered = language.identify(text, expect, letters)
        assert remembered == block._identify(text[:BLOCK_HEAD], language.normalise(expect), letters), (text, expect)


def test_the_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(block, "REMEMBER", 3)
    language.forget()
    for text in _TEXTS:
        language.identify(text, "en")
    assert 0 < len(block._REMEMBERED) <= 3
    language.forget()
    assert not block._REMEMBERED
