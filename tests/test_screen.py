"""The needle screen (validator.detect.screen): skipping phrases never changes a match."""

from __future__ import annotations

import pytest
import regex
from regex import _regex

from validator import vocab
from validator.detect.alternation import Alternation, branches
from validator.detect.fold import UNFOLDED, fold, screen_text


@pytest.mark.slow
def test_unfolded_is_every_letter_fold_keeps_apart_from_a_case_pair():
    """Recomputed from the regex module: letters it matches case-insensitively whose folds
    differ are exactly those UNFOLDED names (a regex upgrade may add some)."""
    apart = set()
    for flags in (regex.I | regex.V0, regex.I | regex.V1, regex.I | regex.V1 | regex.F):
        for cp in range(0x110000):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            for other in _regex.get_all_cases(flags, cp):
                if fold(chr(cp)) != fold(chr(other)):
                    apart |= {cp, other}
    assert {cp for cp in apart if not UNFOLDED.match(chr(cp))} == set()
    assert all(UNFOLDED.match(chr(cp)) for cp in apart)


def test_turkic_i_and_sharp_s_fold_as_regex_matches_them():
    assert fold("YAYIMLANDI") == fold("yayımlandı") == "yayimlandi"
    assert regex.search("yayımlandı", "YAYIMLANDI", regex.I)
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert screen_text("x\ua7cb") is None


def test_branches_flattens_whole_groups_only():
    assert branches("(?:a|(?:b|c))|d") == ["a", "b", "c", "d"]
    assert branches("(?:a|b)x|c") == ["(?:a|b)x", "c"]
    assert branches("(?:a)?|b") == ["(?:a)?", "b"]


@pytest.mark.parametrize("family", ["photo_source", "residue_inline", "residue"])
def test_alternation_finds_what_the_whole_pattern_finds(family):
    source = vocab.alternation(f"phrases.{family}")
    whole = regex.compile(source, regex.I | regex.M)
    screened = Alternation(source, regex.I | regex.M)
    texts = ["Photo shared by Jane Roe on her Facebook page", "Please subscribe to our newsletter",
             "Read more", "READ MORE", "Nothing here at all.", "Image from Wikimedia Commons",
             "We use cookies. Leave a Reply. Your email address will not be published.",
             "Yorum yapın. E-POSTA HESABINIZ YAYIMLANMAYACAK.", "", "x\ua7cb read more"]
    for text in texts:
        pattern = screened.pattern(text)
        found = [m.span() for m in pattern.finditer(text)] if pattern else []
        assert found == [m.span() for m in whole.finditer(text)], text
    assert screened.pattern("Nothing here at all.") is None or family == "residue"


def _old_active(screen, folded):
    """The screen as it was: each needle looked for with ``in``."""
    if folded is None:
        return tuple(range(screen.count))
    found = set(screen.always)
    for needle, patterns in screen.by_needle:
        if needle in folded:
            found.update(patterns)
    return tuple(sorted(found))


_TRICKY = ["", "İstanbul'da TERCÜME EDİLDİ", "ÇEVİRİ: Ayşe Yılmaz", "STRASSE Straße \U0001df95",
           "Übersetzt von Jana Nováková", "ПЕРЕВОД с английского", "Photo: İHA", "x\ua7cb translated by",
           "Translated BY the Editors (Reuters)", "ﬁle photo — ﬂickr", "K\u0307ÖLN: Foto dpa",
           "تمت ترجمة هذا المقال", "READ MORE » Share this", "ΣΊΣΥΦΟΣ ς σ Σ", "ǅ ǆ Ǆ ﬀ ﬃ",
           "\U0001F600 emoji photo \U0001F600", "a" * 5000 + " photo by", "translat" * 700]


@pytest.mark.parametrize("family", ["photo_source", "residue_inline", "residue", "translation"])
def test_one_pass_finds_the_needles_each_needle_test_found(family):
    """The Aho–Corasick pass over all screens' needles picks the same patterns as looking
    for each needle of the screen in the folded text, on case-folding corner cases and on
    texts made of the needles themselves."""
    screened = Alternation(vocab.alternation(f"phrases.{family}"), regex.I | regex.M)
    screen = screened.screen
    needles = [needle for needle, _ in screen.by_needle]
    texts = _TRICKY + [" ".join(needles[i::7]).upper() for i in range(7)] + [n[1:] for n in needles]
    for text in texts:
        folded = screen_text(text)
        assert screen.active(folded) == _old_active(screen, folded), text
        assert screen.active(folded) == screen.active(folded)  # (the memo gives the same)


def test_screen_overlapping_and_astral_needles():
    from validator.detect.screen import Screen
    needles = ["ab", "abc", "bc", "c", "x\U0001F600y", "\U0001F600", "ss", "aa"]
    screen = Screen(tuple(frozenset([n]) for n in needles) + (None, frozenset({""})))
    for text in ["", "abc", "aaa", "x\U0001F600y", "ssss", "cab", "zzz", "a\U0001F600bc"]:
        assert screen.active(text) == _old_active(screen, text) == tuple(
            sorted({i for i, n in enumerate(needles) if n in text} | {8, 9})), text


def test_a_screen_unpickled_elsewhere_uses_that_process_s_bits():
    import pickle
    from validator.detect import screen as module
    original = module.Screen((frozenset({"zzqq-one"}), frozenset({"zzqq-two"}), None))
    copy = pickle.loads(pickle.dumps(original))
    assert copy.active("a zzqq-two b") == original.active("a zzqq-two b") == (1, 2)
    assert copy.bits == original.bits and copy.keys == original.keys
