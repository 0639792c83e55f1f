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
