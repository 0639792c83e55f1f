"""The agency look-up of the wire forms (validator.detect.wire_names): one pass of an
automaton over the casefolded text gives the same places as looking up every word (``scan``,
the reference); the screened closing forms match as the whole forms.  Every text is
written for these tests."""

from __future__ import annotations

import pytest

from validator import vocab
from validator.detect import wire_names
from validator.detect.wire_forms import mentions, patterns
from validator.vocab import Agency, Vocab

pytestmark = pytest.mark.usefixtures("fresh_vocab")


def scan_mentions(text: str, limit: int | None = None, earliest: bool = False) -> list[int]:
    return wire_names.scan(patterns()["_index"], text, limit, earliest)


TRICKY = [
    "",
    "AP",
    "ap",
    "The map shows an apple, happening near the APA office (AP) - and AAP.",
    "(Reuters) - Reutersville reuters REUTERS Reuter's Christoph Reuter",
    "WASHINGTON (AP) — the agency said.\n\n- AP",
    "Agence France-Presse, agence france presse, AGENCE-FRANCE-PRESSE and Agence  France Presse",
    "the Associated Press and The Associated Press; associated-press",
    "Straße und Maß: dpa meldet, die DPA und Dpa.",  # casefolding lengthens ß: the word scan
    "İhlas Haber Ajansı and i\u0307hlas and ihlas and IHLAS",  # İ casefolds to two characters
    "ıhlas Anadolu Ajansı anadolu AA aa",
    "新华社北京6月18日电 (记者) AP通信によると、ロイターと共同通信が報じた。",
    "【6月18日 AFP】 路透社 and Xinhua 新華社",
    "Москва, 3 мар — РИА Новости. Интерфакс и ТАСС, тасс, Тасс.",
    "ΑΘΗΝΑ (ΑΠΕ) — Σ σ ς απε ΑΠΕ-ΜΠΕ",
    "xAFP AFPx _AFP AFP_ 1AFP AFP1 AFP. AFP",
    "EFE-EFE/EFE efe Efe, ANSA-ANSA ansa",
    "Ａｐ ＡＦＰ full-width, ﬁ ligature AFP",  # ﬁ casefolds to two characters
    "Bernama, BERNAMA; bernama.\nAntara antara ANTARA, Petra told PETRA",
    "the the AP the AFP the Reuters the",
    "قال لرويترز ولفرانس برس وبسانا، لا كرويترز ولـرويترز ول رويترز ل",  # Arabic proclitics joined to a name
]


@pytest.mark.parametrize("text", TRICKY)
def test_the_automaton_finds_what_the_word_scan_finds(text):
    for limit in (None, 0, 1, 5, 20, 40, len(text)):
        for earliest in (False, True):
            assert mentions(text, limit, earliest) == scan_mentions(text, limit, earliest), (limit, earliest)


def test_places_are_word_starts_of_real_spellings():
    text = "The map shows (AP) and AFP, not an apple nor xAFP; Reuters said."
    assert mentions(text) == [text.index("AP)"), text.index("AFP,"), text.index("Reuters")]
    assert mentions(text, earliest=True) == [text.index("AP)")]
    assert mentions(text, limit=text.index("AFP,")) == [text.index("AP)")]
    assert set(mentions("新华社北京电 and AP")) == {0, len("新华社北京电 and ")}  # 新华 and 新华社 both at 0


def test_a_project_agency_is_looked_up_too():
    text = "Lisbon (EXW) - exw reported, as EXW said."
    assert mentions(text) == []
    vocab.extend(Vocab(agencies=(Agency(name="Example Wire", spellings=("EXW",)),)))
    assert mentions(text) == scan_mentions(text) == [text.index("EXW"), text.rindex("EXW")]


def test_live_drops_only_alternatives_that_require_a_never_match():
    from validator.detect.wire_forms import _live
    assert _live(r"a(?!)b|c|(?:d(?!))|e(?!)?|f(?:(?!)|g)|h(?!x)|i\(?!)") == (
        r"(?:c)|(?:e(?!)?)|(?:f(?:(?!)|g))|(?:h(?!x))|(?:i\(?!))")
    assert _live(r"(?!)|x(?!)") == "(?!)"


CLOSINGS = [
    "The port reopened on Monday. © 2021 AFP",
    "Copyright 2020 The Associated Press. All rights reserved.",
    "copyright (c) agencies 2020",
    "(Reporting by Jane Roe; additional reporting by John Doe; Editing by Max Poe)",
    "Writing by Jane Roe; editing by John Doe",
    "The inquiry continues. (FR mit dpa)",
    "The inquiry continues.\n— with agencies",
    "The inquiry continues. With AFP and Reuters.",
    "Con información de AFP y EFE.",
    "Quelle: dpa, AFP. Mit Material von Reuters",
    "The Associated Press contributed to this report.",
    "Agencies contributed to this report. (news agencies)",
    "(c) 2019 Reuters; © agencies; Copyright AP",
    "The port reopened. (ssc/dpa)",
    "The port reopened. (AFP, Reuters).",
    "The port reopened (with agencies)",
    "The port reopened, he said with agencies.",
    "The port reopened.\n- with the Associated Press",
    "Порт открыт. — агентство «ТАСС»",
    "Порт открыт.\n(по материалам агентств)",
    "Der Hafen ist offen. (mit Agenturen)",
    "Sources: news agencies. With inputs from agencies.",
    "This story was auto-generated from a syndicated feed.",
    "",
]


@pytest.mark.parametrize("text", CLOSINGS)
def test_screened_closing_forms_match_as_the_whole_forms(text):
    from validator.detect.wire_forms import patterns, screened
    for form in ("tail", "tail_general", "credit", "credit_general", "signoff"):
        for pos in range(0, len(text) + 1, 7):
            whole = [m.span() for m in patterns()[form].finditer(text, pos)]
            pattern = screened(form, text, pos)
            assert (whole == [m.span() for m in pattern.finditer(text, pos)] if pattern else not whole), (form, pos)


def test_the_closing_texts_hold_each_form():  # the comparison above compares matches, not only their absence
    from validator.detect.wire_forms import patterns
    for form in ("tail", "tail_general", "credit", "credit_general", "signoff"):
        assert sum(len(patterns()[form].findall(text)) for text in CLOSINGS) >= 2, form
