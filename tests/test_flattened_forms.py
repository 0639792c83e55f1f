"""Provenance forms in the flattened shape of news-dataset texts: a title line, a blank line,
then one run-on paragraph whose line breaks and some punctuation were stripped, so that a
dateline, a picture's credit, a source line or a page's label is glued into the prose.  Each
form stands beside the look-alikes that are not it.  Every fixture is written for these tests."""

from __future__ import annotations

import pytest

from tests.test_rule_cases import run_case
from validator.detect.outlet import find_outlet
from validator.detect.translation import find_disclaimer
from validator.detect.wire import detect as wire
from validator.readers import read_text

TITLE = "Council Votes to Close Two Libraries"
ONE = ("The city council met for six hours on the budget and voted to close two libraries while "
       "keeping the bus lines open through the winter")
TWO = ("Officials said the decision followed months of talks with unions and residents who had "
       "asked for a delay until next spring")

ES = ("El consejo votó el cierre de dos bibliotecas el lunes por la noche tras seis horas de debate y los "
      "concejales dijeron que la decisión seguía meses de conversaciones con los sindicatos")
DE = ("Der Stadtrat hat am Montag die Schließung von zwei Bibliotheken beschlossen nach sechs Stunden Debatte "
      "sagten die Abgeordneten dass die Entscheidung Monaten Gesprächen mit den Gewerkschaften folgte")
IT = ("Il consiglio ha votato la chiusura di due biblioteche lunedì sera dopo sei ore di dibattito e i "
      "consiglieri hanno detto che la decisione seguiva mesi di colloqui con i sindacati")

pytestmark = pytest.mark.usefixtures("fresh_vocab")


def article(body: str, title: str = TITLE):
    [art] = read_text(f"{title}\n\n{body}\n", "article.txt")
    return art


def credits(body: str, title: str = TITLE) -> list[tuple[str | None, str]]:
    return [(h.agency, h.form) for h in wire(article(body, title)) if h.credit]


@pytest.mark.parametrize("body, agency", [
    (f"MADRID EFE {ES}", "EFE"),
    (f"BERLIN dpa {DE}", "dpa"),
    (f"Berlin dpa {DE}", "dpa"),
    (f"ROMA ANSA {IT}", "ANSA"),
    (f"LONDON, Jan 5 Reuters {ONE}. {TWO}.", "Reuters"),
    (f"By Reuters Staff {ONE}. {TWO}.", "Reuters"),
    (f"BEIRUT, Lebanon AP {ONE}. {TWO}.", "AP"),
])
def test_a_dateline_whose_parentheses_and_dash_were_stripped(body, agency):
    assert (agency, "dateline") in credits(body)


@pytest.mark.parametrize("body", [
    "Thomson Reuters Corp said on Monday it would sell its unit to a fund for two billion dollars",
    f"Christoph Reuter {DE}",
    "By Reuters Britain was said on Monday to have voted to close two libraries",
    f"{ONE}, according to Reuters. {TWO}.",
])
def test_names_that_only_look_like_a_stripped_dateline(body):
    assert not [c for c in credits(body) if c[1] == "dateline"]


@pytest.mark.parametrize("tail", ["SOURCE News agencies", "SOURCE AFP", "SOURCE: News agencies", "With agencies", "(AFP)"])
def test_a_closing_source_label_in_capitals_credits_the_wire(tail):
    assert credits(f"{ONE}. {TWO} {tail}")


@pytest.mark.parametrize("tail", ["and the main Source of funds is the state", "said a source close to the mayor",
                                  "in an interview with Reuters", "as Reuters reported"])
def test_a_source_mentioned_in_the_last_sentence_credits_no_wire(tail):
    assert not credits(f"{ONE}. {TWO} {tail}")


@pytest.mark.parametrize("body, outlet", [
    (f"{ONE}. {TWO}. Source: The Daily Planet", "The Daily Planet"),
    (f"{ONE}. {TWO} Source The Daily Planet", "The Daily Planet"),
    (f"{ONE}. {TWO} Originally published at The Daily Planet", "The Daily Planet"),
    (f"{ONE}. {TWO}. Fuente: El Diario del Sur", "El Diario del Sur"),
    ("Der Stadtrat hat am Montag die Schließung von zwei Bibliotheken nach sechs Stunden Debatte "
     "beschlossen. Quelle: Tagesblatt", "Tagesblatt"),
])
def test_a_source_line_glued_after_the_last_sentence_names_the_outlet(body, outlet):
    found = find_outlet(article(body))
    assert found is not None and found.outlet == outlet


@pytest.mark.parametrize("body", [
    f"{ONE}. {TWO} said the Open Source Initiative",
    f"{ONE}. {TWO} from a source The Daily Planet",
    f"{ONE}. {TWO} and the rules First published in March still hold",
    f"{ONE}. {TWO}. Source: Local media",
    f"{ONE}. {TWO}. Source: Press release",
    f"{ONE}.\n\n{TWO}.\n\nSOURCE: News agencies",
])
def test_source_words_that_name_no_outlet(body):
    assert find_outlet(article(body)) is None


@pytest.mark.parametrize("title, body", [
    ("Stadtrat", "Der Stadtrat hat am Montag die Schließung von zwei Bibliotheken beschlossen nach sechs "
                 "Stunden Debatte Übersetzt von Hans Meier"),
    ("Совет", "Городской совет проголосовал за закрытие двух библиотек в понедельник вечером после шести "
              "часов дебатов. Перевод с английского Ивана Петрова"),
    ("Council", f"Translated by Jane Roe {ONE}. {TWO}."),
])
def test_a_translators_note_glued_to_prose_takes_no_title_for_the_outlet(title, body):
    art = article(body, title)
    note = find_disclaimer(art)
    assert note is not None
    assert find_outlet(art, (note.line, note.column)) is None


@pytest.mark.parametrize("glued, credit", [
    ("on Monday Photo Jane Roe AFP Rebels", "Photo Jane Roe AFP"),
    ("on Monday Photo AFP Rebels", "Photo AFP"),
    ("am Montag Foto Hans Meier dpa Die", "Foto Hans Meier dpa"),
    ("on Monday Photo by Jane Roe/Getty Images Rebels", "Photo by Jane Roe/Getty Images"),
    ("el lunes Foto: EFE El", "Foto: EFE"),
    ("в понедельник Фото: ТАСС Депутаты", "Фото: ТАСС"),
    ("on Monday REUTERS/Jane Roe Rebels", "REUTERS/Jane Roe"),
    ("on Monday AFP PHOTO / JANE ROE Rebels", "AFP PHOTO / JANE ROE"),
    ("on Monday Image: Reuters Rebels", "Image: Reuters"),
])
def test_a_pictures_credit_glued_between_sentences(glued, credit):
    # (a paragraph longer than a caption: a short line ending in a credit is read as a caption)
    art = article(f"{ONE} {glued} said the decision followed months of talks with unions. {TWO}. {ONE}.")
    assert [im.credit for im in art.images] == [credit]


@pytest.mark.parametrize("sentence", [
    "Photo Editor Jane Roe said AFP had sold the pictures",
    "Photo agencies such as AFP sold the pictures",
    "the Photo Jane Roe took for AFP won a prize",
    "Photo Roe AFP Rebels",
    "NATO/Jens Stoltenberg Rebels",
    "the AFP/Reuters poll showed",
    "the US/UK talks would go on",
    "Image Comics said it would publish a book",
])
def test_photo_words_in_a_sentence_credit_no_picture(sentence):
    assert article(f"{ONE}. {sentence} and {TWO}.").images == ()


def _residue(tmp_path, body: str) -> list[str]:
    result = run_case(tmp_path, "scrape-residue", {"ext": "txt", "text": f"{TITLE}\n\n{body}\n"})
    return [f.excerpt for f in result.findings if f.rule == "scrape-residue"]


@pytest.mark.parametrize("body, label", [
    (f"{ONE}. Read more {TWO}.", "Read more"),
    (f"{ONE}. {TWO} Read Also", "Read Also"),
    (f"{ONE} You might also like {TWO}.", "You might also like"),
    (f"{ONE}. {TWO} Tags Council Libraries Budget", "Tags Council Libraries Budget"),
    ("Der Stadtrat hat am Montag die Schließung beschlossen Lesen Sie auch Nach sechs Stunden Debatte "
     "sagten die Abgeordneten dass die Entscheidung folgte", "Lesen Sie auch"),
])
def test_a_link_label_glued_between_sentences_is_residue(tmp_path, body, label):
    assert label in _residue(tmp_path, body)


@pytest.mark.parametrize("body", [
    f"{ONE}. Read more about the plan on the council website. {TWO}.",
    f"{ONE}. He read more than twenty reports before the vote. {TWO}.",
    f"{ONE}. Related stories of closures came from other towns. {TWO}.",
    f"{ONE}. {TWO} said the head of Tags Inc. The firm sells labels.",
])
def test_read_and_related_in_sentences_are_no_residue(tmp_path, body):
    assert _residue(tmp_path, body) == []


def test_a_bracketed_agency_closing_a_short_texts_only_paragraph_is_its_sign_off():
    """A brief whose one paragraph ends "… next spring (AFP)" (the full stop stripped) is
    signed by the agency: the paragraph is no caption, the agency no picture's credit."""
    art = article(f"{ONE}. {TWO} (AFP)")
    assert [b.kind for b in art.blocks] == ["title", "paragraph"]
    assert art.images == ()
    assert ("AFP", "tail") in [(h.agency, h.form) for h in wire(art)]
