"""The agency's own reporting (validator.detect.wire_sourcing): a story that says what
someone told the agency, or what the agency's reporter saw, is the agency's copy even
without a credit; an agency cited, interviewed, photographing or written about is not.
Every fixture is written for these tests."""

from __future__ import annotations

import pytest

from validator import vocab
from validator.detect.wire import detect
from validator.facts import Facts
from validator.readers import read_text

from tests.test_wire_detect import MORE

TITLE = "Port Fire Contained After Two Days"
BODY = ("Firefighters contained a blaze at the main port on Wednesday after two days, and shipping "
        "resumed in the afternoon.")


pytestmark = pytest.mark.usefixtures("fresh_vocab")


def article(*paragraphs: str, title: str = TITLE):
    [found] = read_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", "article.txt")
    return found


def hits(*paragraphs: str, title: str = TITLE):
    return [(h.form, h.agency, h.credit) for h in detect(article(*paragraphs, title=title))]


@pytest.mark.parametrize("sentence, agency", [
    ("The harbour master told AFP the fire was out.", "AFP"),
    ("Rescue workers told The Associated Press they had given up hope.", "AP"),
    ("A port official, who asked not to be named, told Reuters on Monday that it was arson.", "Reuters"),
    ("Speaking to AFP a medic said the wounded arrived at dawn.", "AFP"),
    ("A source at the port command told SANA reporter that two sheds burned.", "SANA"),
    ("The military source explained to SANA reporter that the unit withdrew.", "SANA"),
    ("SANA reporter said that shells fell on the old market in the morning.", "SANA"),
    ("At least nine were hurt, and an AFP correspondent in the port saw many of them.", "AFP"),
    ("Two sheds burned, the AFP correspondent said, before the wind turned.", "AFP"),
    ("Port records seen by Reuters show the warehouse had no permit.", "Reuters"),
    ("The operator did not respond to a Reuters request for comment.", "Reuters"),
    ("A spokeswoman declined to comment on the insurance claim to Reuters.", "Reuters"),
    ("At least 40 people have died, according to an AFP tally.", "AFP"),
    ("The minister told the Petra news agency the port would reopen.", "Petra"),
    ("Das Feuer sei gelöscht, sagte er der Deutschen Presse-Agentur.", "dpa"),
    ("Das bestätigte ein Sprecher auf dpa-Anfrage.", "dpa"),
    ("« Le feu est éteint », a déclaré à l'AFP le capitaine du port.", "AFP"),
    ("Un habitant, joint par l'AFP, a décrit des flammes hautes.", "AFP"),
    ("El fuego está controlado, dijo a EFE el jefe de bomberos.", "EFE"),
    ("Пожар потушен, рассказал ТАСС представитель порта.", "TASS"),
    ("وقال مصدر في الميناء لمراسل سانا إن الحريق أخمد.", "SANA"),
])
def test_the_agencys_own_reporting_marks_wire_copy(sentence, agency):
    assert hits(BODY + " " + sentence, MORE) == [("sourcing", agency, False)]


@pytest.mark.parametrize("sentence", [
    # an agency cited, or reporting something itself
    "The fire was out by noon, according to Reuters.",
    "Reuters reported that the fire was out by noon.",
    "According to AFP, the fire was out by noon.",
    "Syria's official news agency SANA reported that the fire was out.",
    # an interview the agency gave, its photographer, its staff as the news
    "In an interview with Reuters, the harbour master said so.",
    "The picture was taken by Reuters photographer Jane Roe.",
    "Two Reuters reporters were jailed last year for their reporting.",
    "A Reuters reporter was detained at the border for six hours.",
    # a person whose surname is an agency's spelling; a given name that is one
    "He spoke to Christoph Reuter on Monday.",
    "The harbour master told Der Spiegel's Christoph Reuter that it was arson.",
    "She told Petra about the fire on the way home.",
    # German genitive: the agency's own spokesman
    "Das sagte ein Sprecher der dpa am Montag.",
    # Russian: the agency reports (a citation), not "told the agency"
    "Пожар потушен, сообщает ТАСС.",
])
def test_an_agency_cited_interviewed_or_named_is_not_its_reporting(sentence):
    assert [h for h in hits(BODY + " " + sentence, MORE) if h[0] == "sourcing"] == []


def test_only_without_another_wire_form_and_once_per_agency():
    told = "The harbour master told AFP the fire was out. A guard told AFP so too."
    assert hits("PORT SAID (Reuters) - " + BODY + " " + told, MORE) == [("dateline", "Reuters", True)]
    assert hits(BODY + " " + told, MORE) == [("sourcing", "AFP", False)]
    # captions and headlines are not the story's reporting
    assert hits(BODY, MORE, title="Harbour master told AFP the fire was out") == []


def test_sourcing_makes_the_wire_fact_without_credit_evidence():
    facts = Facts(article(BODY + " The harbour master told AFP the fire was out.", MORE), {})
    fact = facts.get("wire")
    assert fact.value is True and "told AFP" in fact.reason
    assert not [e for e in facts.evidence if e.kind.startswith("wire")]
