"""The agency look-up of the wire forms (validator.detect.wire_forms.mentions): one pass of
an automaton over the casefolded text gives the same places as looking up every word
(``scan_mentions``, the reference).  Every text is written for these tests."""

from __future__ import annotations

import pytest

from validator import vocab
from validator.detect.wire_forms import mentions, scan_mentions
from validator.vocab import Agency, Vocab

pytestmark = pytest.mark.usefixtures("fresh_vocab")

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
