"""More wire forms (validator.detect.wire): datelines, bylines and closing credits in more
languages, scripts and typographies, each beside the look-alikes that are not wire forms.
Every fixture is written for these tests."""

from __future__ import annotations

import pytest

from validator.detect.wire import detect
from validator.readers import read_text

BODY = ("Firefighters contained a blaze at the main port on Wednesday after two days, the port "
        "authority said, and shipping resumed in the afternoon.")
MORE = ("The cause of the fire was not yet known, officials said, and an inquiry would report "
        "within a month, once the last of the damaged warehouses has been searched.")
TITLE = "Port Fire Contained After Two Days"

pytestmark = pytest.mark.usefixtures("fresh_vocab")


def hits(text: str, ext: str = "txt"):
    [article] = read_text(text, f"article.{ext}")
    return [(h.form, h.agency, h.credit) for h in detect(article)]


def story(*paragraphs: str) -> str:
    """A markdown article (the headline in front matter, so that the layout of the first
    lines is not in question)."""
    return f"---\ntitle: {TITLE}\n---\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("lead, agency", [
    ("New Delhi [India], January 5 (ANI): ", "ANI"),
    ("Kolkata, Jan 5 (UNI) ", "UNI"),
    ("Jakarta (ANTARA) - ", "Antara"),
    ("Москва. 5 января. INTERFAX.RU - ", "Interfax"),
    ("MOSCOW. Jan 5. INTERFAX - ", "Interfax"),
    ("(서울=연합뉴스) 홍길동 기자 = ", "Yonhap"),
    ("(도쿄=뉴시스) ", "Newsis"),
    ("برلين (د ب أ) - ", "dpa"),
    ("واشنطن (أ ب) - ", "AP"),
    ("مدريد (إفي) - ", "EFE"),
    ("القاهرة - أ ش أ: ", "MENA"),
    ("تهران- ایرنا- ", "IRNA"),
    ("Bratislava (TASR) - ", "TASR"),
    ("Ljubljana, 5. januarja (STA) - ", "STA"),
    ("ANKARA (ANKA) - ", "ANKA"),
    ("WASHINGTON (AP) _ ", "AP"),
    ("دمشق (رويترز) ـ ", "Reuters"),
    ("باريس (ا ف ب) - ", "AFP"),
    ("واشنطن (يو بي آي) - ", "UPI"),
    ("Madrid (EFE). ", "EFE"),
    ("Berlin (dts Nachrichtenagentur) - ", "dts Nachrichtenagentur"),
    ("Köln (SID) - ", "SID"),
    ("Roma, 5 gen. (askanews) - ", "askanews"),
    ("LONDON, Jan 5 (Reuters Breakingviews) - ", "Reuters"),
    ("МОСКВА, 5 янв — ПРАЙМ. ", "PRIME"),
    # the agency opening the story, a dateline whose parentheses were stripped, no spaces
    ("Reuters - ", "Reuters"),
    ("AFP — ", "AFP"),
    ("BEIRUT, Jan 5 Reuters - ", "Reuters"),
    ("Beirut, 5 Jan Reuters - ", "Reuters"),
    ("BEIRUT—(AFP)—", "AFP"),
])
def test_more_datelines(lead, agency):
    assert ("dateline", agency, True) in hits(story(lead + BODY, MORE), "md")


@pytest.mark.parametrize("lead, agency", [
    ("【ワシントン共同】消防当局は水曜日、主要港で二日間続いた火災を鎮圧した。", "Kyodo"),
    ("【北京時事】消防当局は水曜日、主要港で二日間続いた火災を鎮圧した。", "Jiji"),
    ("中新网1月5日电 消防部门周三扑灭了主要港口持续两天的大火。", "China News Service"),
    ("（中央社記者王小明台北5日電）消防部门周三扑灭了主要港口持续两天的大火。", "CNA"),
    ("[東京 5日 ロイター] - 消防当局は水曜日、主要港で二日間続いた火災を鎮圧した。", "Reuters"),
    ("［東京　５日　ロイター］ - 消防当局は水曜日、主要港で二日間続いた火災を鎮圧した。", "Reuters"),
])
def test_cjk_datelines(lead, agency):
    assert ("dateline", agency, True) in hits(story(lead, "起火原因尚不清楚。"), "md")


@pytest.mark.parametrize("lead", [
    # "共同" (joint) and "時事" (current affairs) are words before they are agencies
    "共同发电项目于1月5日启动，消防部门周三扑灭了主要港口持续两天的大火。",
    "【共同声明】消防部门周三扑灭了主要港口持续两天的大火。",
    "時事問題について、消防当局は水曜日に会見した。",
])
def test_cjk_words_that_are_agency_names_are_no_datelines(lead):
    assert hits(story(lead, "起火原因尚不清楚。"), "md") == []


@pytest.mark.parametrize("byline, agency", [
    ("Agence France-Presse", "AFP"),
    ("By Reuters | Updated: 05 Jan 2025, 10:15 IST", "Reuters"),
    ("By AFP January 5, 2025", "AFP"),
    ("Redacción / EFE", "EFE"),
    ("Haber Merkezi / AA", "Anadolu Agency"),
    ("La rédaction avec AFP", "AFP"),
    ("Maria Silva - Repórter da Agência Brasil", "Agência Brasil"),
    ("Example Daily avec AFP Publié le 05 janvier 2025 à 10h15", "AFP"),
    ("AFP | 05/01/2025 à 10h15", "AFP"),
    ("EFE | Madrid", "EFE"),
    ("Europa Press | Madrid", "Europa Press"),
])
def test_more_bylines(byline, agency):
    assert ("byline", agency, True) in hits(story(byline, BODY, MORE), "md")


@pytest.mark.parametrize("byline", [
    "Agencias", "Madrid | Agencias", "Redacción / Agencias", "Agenturen", "وكالات", "عواصم - وكالات",
    "20 Minutes avec agences", "Redacción con agencias", "Agencias | Madrid",
])
def test_agencies_in_general_as_a_byline(byline):
    found = hits(story(byline, BODY, MORE), "md")
    assert ("byline", None, True) in found and all(a is None and credit for _, a, credit in found), found


def test_a_newsroom_credit_line_under_the_headline_in_plain_text():
    # the layout reader takes "Name / Agency" under a headline for a credit line
    assert ("byline", "EFE", True) in hits(f"{TITLE}\n\nRedacción / EFE\n\n{BODY}\n\n{MORE}\n")
    assert hits(f"{TITLE}\n\nJane Roe / EFE\n\n{BODY}\n\n{MORE}\n") == []


def test_a_page_byline_with_a_date_beside_the_agency():
    page = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f'<div class="byline">By AFP <time datetime="2025-01-05">January 5, 2025</time></div>'
            f"<p>{BODY}</p><p>{MORE}</p></article></body></html>")
    assert hits(page, "html") == [("byline", "AFP", True)]
    person = page.replace("By AFP", "By Christoph Reuter")
    assert hits(person, "html") == []


@pytest.mark.parametrize("tail, agency", [
    ("\n\nŹródło: PAP", "PAP"),
    ("\n\nZdroj: ČTK", "ČTK"),
    ("\n\nForrás: MTI", "MTI"),
    ("\n\nSursa: Agerpres", "Agerpres"),
    ("\n\nBron: ANP", "ANP"),
    ("\n\nKälla: TT", "TT"),
    ("\n\nKilde: NTB", "NTB"),
    ("\n\nLähde: STT", "STT"),
    ("\n\nIzvor: HINA", "HINA"),
    ("\n\nДжерело: Укрінформ", "Ukrinform"),
    ("\n\nمنبع: ایرنا", "IRNA"),
    ("\n\nSumber: ANTARA", "Antara"),
    ("\n\nالمصدر: رويترز", "Reuters"),
    ("\n\nالمصدر: وكالة الأنباء الفرنسية", "AFP"),
    ("\n\nCom Lusa", "Lusa"),
    ("\n\nAvec AFP", "AFP"),
    (" /ritzau/", "Ritzau"),
    ("\n\nAFP/dpa/jes", "AFP"),
    ("\n\njes/dpa", "dpa"),
    ("\n\nThis article was provided by The Associated Press.", "AP"),
    ("\n\nThis article was originally published by Reuters.", "Reuters"),
    ("\n\nEstadão Conteúdo", "Estadão Conteúdo"),
    ("\n\nFonte: Folhapress", "Folhapress"),
    ("\n\nSource: Example News, AFP", "AFP"),
    ("\n\nQuelle: EXAMPLE ONLINE, dpa, AFP", "dpa"),
    ("\n\nThis report by The Canadian Press was first published Jan. 5, 2025.", "Canadian Press"),
    ("\n\nFollow AP's coverage of the fire at https://example.org/hub/fires", "AP"),
    ("\n\nThe Associated Press receives support from the Example Foundation. The AP is solely "
     "responsible for all content.", "AP"),
])
def test_more_closing_credits(tail, agency):
    found = hits(story(BODY, MORE + tail), "md")
    assert any(form in ("tail", "credit") and a == agency and credit for form, a, credit in found), found


@pytest.mark.parametrize("tail, agency", [("（共同）", "Kyodo"), ("（ＡＦＰ＝時事）", "AFP")])
def test_full_width_parentheses_close_a_japanese_story(tail, agency):
    found = hits(story("消防当局は水曜日、主要港で二日間続いた火災を鎮圧した。", "出火原因はまだ分かっていない。" + tail), "md")
    assert ("tail", agency, True) in found


@pytest.mark.parametrize("tail", [
    " (With agency inputs)", "\n\n— with agency inputs",
    "\n\nDisclaimer: This story is from a syndicated feed. Nothing has changed except the headline.",
    "\n\nThe story has been sourced from a third party syndicated feed.", "\n\nالمصدر: وكالات", "\n\nSOURCE: Example News and news agencies",
    "\n\nالمصدر : الأخبار + وكالات", "\n\nCom agências", "\n\nAgencias",
])
def test_more_credits_that_name_no_agency(tail):
    found = hits(story(BODY, MORE + tail), "md")
    assert found and all(a is None and credit for _, a, credit in found), found


@pytest.mark.parametrize("tail", [
    " Enditem",
    "\n\n--With assistance from Jane Roe and John Doe.",
    "\n\nTo contact the reporter on this story: Jane Roe in London at jroe@example.net",
])
def test_more_house_signoffs(tail):
    assert hits(story(BODY, MORE + tail), "md") == [("signoff", None, False)]


@pytest.mark.parametrize("paragraphs", [
    # an agency cited, a subject, a person, an exam, a word
    (BODY, MORE + " The space agency inputs the data daily."),
    (BODY, MORE + " He said it was done with assistance from Jane Roe."),
    (BODY, MORE + " Students sat the AP exam in May, following the AP Stylebook."),
    (BODY, MORE + " Anadolu Agency held its photo awards on Friday."),
    (BODY, MORE + " The Reuters Institute published a report on news habits."),
    (BODY, MORE + " Michael Bloomberg said the city would help."),
    (BODY, MORE + " Die UNI Hamburg forscht."),
    (BODY, MORE + " Las agencias de viajes cerraron."),
    (BODY, MORE + " A Reuters/Ipsos poll found most voters agreed."),
    (BODY, MORE + " In an interview with AFP last year, he said the same."),
    (BODY, MORE + "\n\nPartners: Reuters, AFP"),
    ("AP Top 25", BODY, MORE),
    ("The Prime Minister said " + BODY[0].lower() + BODY[1:], MORE),
    ("By Christoph Reuter | Updated: 05 Jan 2025", BODY, MORE),
    ("Travel agencies", BODY, MORE),
    ("Las agencias", BODY, MORE),
    ("REUTERS/Jane Roe", BODY, MORE),
    # a picture's credit, not the story's
    (BODY, MORE + "\n\nSource: Reuters/Jane Roe"),
    (BODY, MORE + "\n\nŹródło: PAP/Jan Kowalski"),
    (BODY, MORE + "\n\nJane Roe/AFP"),
    (BODY, MORE + "\n\nAFP/Getty Images"),
    (BODY, MORE + "\n\nPhoto: AFP"),
    (BODY, MORE + "\n\nSource: Jane Roe/AFP"),
    (BODY, MORE + "\n\nSource: The Example Times and The Example Post"),
    (BODY, MORE + "\n\nQuelle: EXAMPLE ONLINE"),
    # a place line and a date line are no agency
    ("ROMA, 05 GEN - " + BODY, MORE),
    # a person whose surname is an agency's spelling, before a dash
    ("Christoph Reuter - " + BODY, MORE),
    ("Christoph Reuter – Der Spiegel", BODY, MORE),
    # an agency cited in parentheses in a script without case
    ("ونقلت وكالة (رويترز) عن مسؤول أن الحريق في الميناء أخمد بعد يومين.", "ولم يعرف سبب الحريق بعد."),
    ("وقالت (رويترز) إن الحريق في الميناء أخمد بعد يومين.", "ولم يعرف سبب الحريق بعد."),
    # a picture's credit standing as the first line
    ("AFP - Getty Images", BODY, MORE),
    ("AFP - Getty Images via Example", BODY, MORE),
])
def test_more_look_alikes_are_not_wire_forms(paragraphs):
    assert hits(story(*paragraphs), "md") == []


@pytest.mark.parametrize("tail, expected", [
    (" Reporting by Jane Roe Editing by John Doe", ("signoff", None, False)),
    (" Avec AFP", ("tail", "AFP", True)),
    (" Com Lusa", ("tail", "Lusa", True)),
    (" (dpa/rtr)", ("tail", "dpa", True)),
    (" Quelle: afp", ("credit", "AFP", True)),
])
def test_run_on_dataset_text_closing_forms(tail, expected):
    """A dataset text: one run-on paragraph, its punctuation partly stripped."""
    run_on = " ".join([BODY.replace(",", ""), MORE.replace(",", "")] * 6)
    assert expected in hits(f"{TITLE}\n\n{run_on}{tail}\n")


@pytest.mark.parametrize("tail", [
    " She thanked the Reporting by Jane Roe team. Editing by",
    " The rules bind all travel agencies.",
    " Mehr bei RTR Planeta",
])
def test_run_on_look_alikes(tail):
    run_on = " ".join([BODY.replace(",", ""), MORE.replace(",", "")] * 6)
    assert hits(f"{TITLE}\n\n{run_on}{tail}\n") == []


IT = "I vigili del fuoco hanno domato mercoledì un incendio nel porto principale dopo due giorni."
TR = "İtfaiye ekipleri çarşamba günü ana limanda iki gündür süren yangını kontrol altına aldı."


@pytest.mark.parametrize("body, sentence, agency", [
    (IT, " Lo ha detto all'ANSA il sindaco.", "ANSA"),
    (IT, " Il sindaco, interpellato dall'ANSA, ha confermato.", "ANSA"),
    (IT, " Il sindaco ha dichiarato ad Adnkronos che il porto riaprirà.", "Adnkronos"),
    (TR, " Liman müdürü AA muhabirine yaptığı açıklamada yangının söndürüldüğünü söyledi.", "Anadolu Agency"),
    (TR, " Liman müdürü Anadolu Ajansı (AA) muhabirine konuştu.", "Anadolu Agency"),
    (TR, " Vali, AA'ya konuştu.", "Anadolu Agency"),
])
def test_the_agency_s_own_reporting_in_italian_and_turkish(body, sentence, agency):
    assert hits(story(body + sentence, body), "md") == [("sourcing", agency, False)]


@pytest.mark.parametrize("body, sentence", [
    (IT, " Secondo l'ANSA il porto riaprirà."),
    (TR, " AA'nın haberine göre liman açıldı."),
])
def test_an_agency_cited_in_italian_and_turkish_is_no_wire_form(body, sentence):
    assert hits(story(body + sentence, body), "md") == []


AR = "سيطر رجال الإطفاء يوم الأربعاء على حريق في الميناء الرئيسي بعد يومين."


@pytest.mark.parametrize("sentence, agency", [
    (" وقال مسؤول لرويترز إن الحريق أخمد.", "Reuters"),  # "told Reuters", the preposition joined to the name
    (" وقال مسؤول لفرانس برس إن الحريق أخمد.", "AFP"),
    (" وقالت متحدثة لوكالة الأنباء الألمانية إن الحريق أخمد.", "dpa"),
])
def test_the_agency_s_own_reporting_with_an_arabic_proclitic(sentence, agency):
    assert hits(story(AR + sentence, AR), "md") == [("sourcing", agency, False)]


@pytest.mark.parametrize("sentence", [" ونقلت وكالة رويترز عن مسؤول أن الحريق أخمد.", " وذكرت رويترز وفرانس برس أن الحريق أخمد."])
def test_an_agency_cited_in_arabic_is_no_wire_form(sentence):
    assert hits(story(AR + sentence, AR), "md") == []


@pytest.mark.parametrize("first, agency", [
    ("Los bomberos controlaron el miércoles un incendio en el puerto principal, informa EFE.", "EFE"),
    ("Les pompiers ont maîtrisé mercredi un incendie dans le port principal, rapporte l'AFP.", "AFP"),
    ("Die Feuerwehr hat am Mittwoch einen Brand im Haupthafen gelöscht, berichtet die Nachrichtenagentur dpa.", "dpa"),
    ("I vigili del fuoco hanno domato mercoledì un incendio nel porto, riferisce l'ANSA.", "ANSA"),
    ("Os bombeiros controlaram na quarta-feira um incêndio no porto, informa a Lusa.", "Lusa"),
    ("Пожарные в среду потушили пожар в главном порту. Об этом сообщает ТАСС.", "TASS"),
])
def test_an_aggregator_s_credit_closing_the_first_paragraph(first, agency):
    assert hits(story(first, "La causa no se conocía."), "md") == [("lead", agency, True)]


@pytest.mark.parametrize("first", [
    # a fact the agency reported (past tense, or mid-paragraph) is a citation
    "Los bomberos controlaron el miércoles un incendio en el puerto principal, informó EFE.",
    "Die Feuerwehr hat am Mittwoch einen Brand gelöscht, wie dpa berichtete.",
    "Les pompiers ont maîtrisé l'incendie, rapporte l'AFP. Le port a rouvert jeudi matin aux navires.",
    "Пожарные в среду потушили пожар в главном порту, как ранее сообщало ТАСС.",
])
def test_an_agency_cited_in_the_first_paragraph_is_no_lead_credit(first):
    assert hits(story(first, "La causa no se conocía."), "md") == []
