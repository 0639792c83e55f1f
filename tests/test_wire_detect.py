"""Wire forms (validator.detect.wire): datelines, bylines, closing credits and sign-offs,
in several languages and scripts, with the traps that are not wire forms.  Every
fixture is written for these tests."""

from __future__ import annotations

import pytest

from validator import vocab
from validator.detect.wire import agency_named, detect
from validator.readers import read_text
from validator.vocab import Agency, Vocab

BODY = ("Firefighters contained a blaze at the main port on Wednesday after two days, the port "
        "authority said, and shipping resumed in the afternoon.")
MORE = ("The cause of the fire was not yet known, officials said, and an inquiry would report "
        "within a month, once the last of the damaged warehouses has been searched.")


pytestmark = pytest.mark.usefixtures("fresh_vocab")


def hits(*paragraphs: str, title: str = "Port Fire Contained After Two Days", ext: str = "txt",
         dateline_credits: bool = True):
    if ext == "md":
        text = f"---\ntitle: {title}\n---\n" + "\n\n".join(paragraphs) + "\n"
    else:
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    [article] = read_text(text, f"article.{ext}")
    return [(h.form, h.agency, h.credit) for h in detect(article, dateline_credits=dateline_credits)]


@pytest.mark.parametrize("lead, agency", [
    ("(Reuters) - ", "Reuters"),
    ("WASHINGTON (AP) — ", "AP"),
    ("COLUMBIA, S.C. (AP) -- ", "AP"),
    ("PARIS, Jan 1 (AFP) - ", "AFP"),
    ("DAMASCUS, Jan. 27 (Xinhua) -- ", "Xinhua"),
    ("Frankfurt/Main (dpa) - ", "dpa"),
    ("TOKYO (Kyodo) - ", "Kyodo"),
    ("(Kyodo) ", "Kyodo"),
    ("Damaskus (AFP) ", "AFP"),
    ("MOSCOW, March 3. /TASS/. ", "TASS"),
    ("Baku, September 20 / Trend , J. Roe/ ", "Trend"),
    ("Aleppo SANA- ", "SANA"),
    ("Beijing, SANA – ", "SANA"),
    ("МОСКВА, 3 мар — РИА Новости. ", "RIA Novosti"),
    ("МОСКВА, 3 марта. /ТАСС/. ", "TASS"),
    ("دمشق (رويترز) - ", "Reuters"),
    ("QAMISHLI, Syria (North Press) – ", "North Press Agency"),
    ("Düsseldorf (dpa/lnw) - ", "dpa"),
    ("MADRID, 3 Mar. (EFE).- ", "EFE"),
    ("MADRID, 3 (EUROPA PRESS) ", "Europa Press"),
    ("دمشق-سانا ", "SANA"),
    ("İSTANBUL (DHA) – ", "DHA"),
])
def test_datelines(lead, agency):
    assert ("dateline", agency, True) in hits(lead + BODY, MORE)


def test_a_dateline_only_marks_when_dateline_credits_is_off():
    assert hits("WASHINGTON (AP) — " + BODY, MORE, dateline_credits=False) == [("dateline", "AP", False)]


@pytest.mark.parametrize("lead, agency", [
    ("【6月18日 AFP】北部の州で16日、新しい橋が開通し、州都までの移動時間が約一時間短縮されると地元当局者が明らかにした。", "AFP"),
    ("新华社北京6月18日电 北部省份16日开通一座新桥，当地官员表示，前往省会的时间将缩短约一小时。", "Xinhua"),
])
def test_cjk_datelines(lead, agency):
    assert ("dateline", agency, True) in hits(lead, "当局者によると、二本目の車線は来春開通する予定だという。", ext="md")


@pytest.mark.parametrize("byline, agency", [
    ("By Reuters", "Reuters"),
    ("Associated Press", "AP"),
    ("By Jane Roe, Reuters", "Reuters"),
    ("By Omar Khalil | AFP", "AFP"),
    ("By JANE ROE and JOHN DOE - AP Technology Writers | AP", "AP"),
    ("Jane Roe and John Doe, Associated Press", "AP"),
    ("Reuters Staff", "Reuters"),
    ("Reuters |", "Reuters"),
    ("Von Jana Rot, dpa", "dpa"),
    ("Par Jeanne Rousse avec AFP", "AFP"),
    ("AFP Staff Writer", "AFP"),
])
def test_bylines(byline, agency):
    assert ("byline", agency, True) in hits(byline, BODY, MORE)


def test_byline_in_author_metadata():
    text = "---\ntitle: Port Fire\nauthors: [Jane Roe Associated Press]\n---\n" + BODY + "\n\n" + MORE + "\n"
    [article] = read_text(text, "article.md")
    assert [(h.form, h.agency) for h in detect(article)] == [("byline", "AP")]


@pytest.mark.parametrize("tail, agency", [
    (" - REUTERS", "Reuters"),
    ("--AFP", "AFP"),
    (" — AFP", "AFP"),
    ("\n Reuter", "Reuters"),
    ("\n REUTER", "Reuters"),
    (" (FR mit dpa)", "dpa"),
    (" (mit dpa)", "dpa"),
    (" (ssc/dpa)", "dpa"),
    (" (AFP, dpa)", "AFP"),
    ("\n\nThe Associated Press contributed to this report.", "AP"),
    ("\n\nAssociated Press writers Jane Roe in Kabul, and John Doe in Greenville, South Carolina, "
     "contributed to this report.", "AP"),
    ("\n\n© 2019 The Associated Press. All rights reserved.", "AP"),
    ("\n\nCopyright 2020 Reuters", "Reuters"),
    ("\n\nCon información de AFP", "AFP"),
    ("\n\nCon información de EFE y Reuters", "EFE"),
    ("\n\nQuelle: dpa", "dpa"),
    ("\n\nMit Material von dpa", "dpa"),
    ("\n\nSource: Anadolu Agency", "Anadolu Agency"),
    ("\n\nFonte: ANSA", "ANSA"),
    ("\n\nKaynak: AA", "Anadolu Agency"),
    ("\n\nИсточник: ТАСС", "TASS"),
    ("\n\nПо материалам РИА Новости", "RIA Novosti"),
    (" — агентство Рейтер", "Reuters"),
    ("\n\nالمصدر: سانا", "SANA"),
    (" (avec AFP)", "AFP"),
    ("\n\nCom informações da Reuters", "Reuters"),
    (" (With inputs from PTI)", "PTI"),
    ("\n\nMaterial from the Associated Press was used in this report.", "AP"),
    ("\n\n— The Associated Press", "AP"),
])
def test_closing_credits(tail, agency):
    found = hits(BODY, MORE + tail)
    assert any(form in ("tail", "credit") and a == agency and credit for form, a, credit in found), found


@pytest.mark.parametrize("tail", [
    "\n\nSOURCE: News agencies", "\n\nWith agencies", " (with agencies)", "\n\nAgencies contributed to this report.",
    "\n\nCon información de agencias", " (mit Agenturen)", "\n\n— Agencies",
    "\n\nThis story has been published from a wire agency feed without modifications to the text.",
])
def test_credits_that_name_no_agency(tail):
    found = hits(BODY, MORE + tail)
    assert found and all(a is None and credit for _, a, credit in found), found


@pytest.mark.parametrize("tail", [
    "\n\n(Reporting by Jane Roe; Editing by John Doe)",
    "\n\nReporting by Jane Roe; Writing by John Doe; Editing by Mary Major",
    "\n\n*Writing by Jane Roe in Ankara",
    " *Written by Jane Roe",  # after the last sentence of a run-on text
])
def test_signoffs_mark_without_crediting(tail):
    assert hits(BODY, MORE + tail) == [("signoff", None, False)]


def test_lead_credit_at_the_end_of_the_first_paragraph():
    assert ("lead", "Anadolu Agency", True) in hits(BODY[:-1] + ", informs Anadolu Agency.", MORE)


@pytest.mark.parametrize("paragraphs", [
    # an agency cited for one fact (what someone told it is its reporting: tests/test_wire_sourcing.py)
    (BODY + " The road was open, according to AFP.", MORE + " The talks went on, according to Reuters."),
    (BODY, MORE + " In an interview with Reuters, he said so."),
    (BODY, MORE + ", Reuters reported."),
    # a writer whose surname is an agency's spelling
    ("By Christoph Reuter", BODY, MORE),
    ("By CHRISTOPH REUTER", BODY, MORE),
    (BODY, MORE + " He spoke to Christoph Reuter"),
    # an agency in a photo credit
    ("Residents queue for bread in the old city. (AP Photo/Jane Roe)", BODY, MORE),
    (BODY, "Residents queue for bread in the old city.  AFP", MORE),
    (BODY, MORE, "A man walks past the port. (AP Photo/Jane Roe) — AP", MORE),
    (BODY, MORE + "\n\n© AFP/Jane Roe"),
    (BODY, MORE + "\n\n© AFP 2019, Jane Roe"),
    (BODY, MORE + "\n\n© Reuters 2021 / Jane Roe"),
    # an agency named in parentheses as a name's abbreviation, not a credit
    ("The Syrian Arab News Agency (SANA) said on Monday that " + BODY[0].lower() + BODY[1:], MORE),
    ("The Syrian Arab News Agency (SANA) Monday said that " + BODY[0].lower() + BODY[1:], MORE),
    # an editor's credit alone is no agency's house sign-off
    (BODY, MORE + "\n\nEditing by John Doe and Mary Major"),
    # words that are agency codes in the wrong case
    (BODY, MORE + " The ap was down.\n Ap"),
    ("Sana - " + BODY, MORE),
    ("CLICK HERE TO GET THE NEWS APP", BODY, MORE),
])
def test_not_wire_forms(paragraphs):
    assert hits(*paragraphs) == []


def test_run_on_text_dateline_and_tail():
    run_on = " ".join([BODY, MORE] * 6)
    assert hits("ISTANBUL (Reuters) - " + run_on) == [("dateline", "Reuters", True)]
    assert hits(run_on + " the monitor said.--AFP") == [("tail", "AFP", True)]
    found = hits(run_on + " Reporting by Jane Roe; Editing by John Doe Our Standards: The Thomson Reuters Trust "
                          "Principles.")
    assert ("signoff", None, False) in found and ("credit", "Reuters", True) in found


def test_run_on_byline_after_the_repeated_headline():
    title = "Port Fire Contained After Two Days"
    assert ("byline", "AFP", True) in hits(f"{title} AFP Monday 16 Jun 2014 " + BODY + " " + MORE, title=title)
    assert ("byline", "AP", True) in hits(f"{title} AP " + BODY + " " + MORE, title=title)
    # an agency in capitals after the headline is a photo credit's style
    assert hits(f"{title} REUTERS Social Media " + BODY + " " + MORE, title=title) == []


def test_short_codes_match_only_in_capitals_unless_the_vocabulary_says_otherwise():
    assert agency_named("the AP reported") == "AP"
    assert agency_named("an ap of this") is None
    assert agency_named("Sana said") is None and agency_named("SANA said") == "SANA"
    assert agency_named("REUTERS") == "Reuters" and agency_named("dpa") == "dpa"
    vocab.extend(Vocab(agencies=(Agency(name="Example Wire", spellings=("EXW",), case="any"),)))
    assert agency_named("by exw") == "Example Wire"


def test_case_rule_reaches_pack_placeholders():
    from validator.patterns import compile_pattern
    pattern = compile_pattern(r"^{@wire_agencies}$")
    assert pattern.search("AP") and pattern.search("reuters")
    assert not pattern.search("ap") and not pattern.search("Aa")


def test_a_project_agency_is_found_in_wire_forms():
    vocab.extend(Vocab(agencies=(Agency(name="Example Wire", spellings=("EXW",)),)))
    assert ("dateline", "Example Wire", True) in hits("LISBON (EXW) - " + BODY, MORE)
