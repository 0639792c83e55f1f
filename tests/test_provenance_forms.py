"""More translation statements and original-outlet credits, one case per form and language,
with the look-alikes beside them that must not count (validator.detect.translation,
validator.detect.outlet).  Every article here is our own."""

from __future__ import annotations

import pytest

from tests.test_detect_provenance import article, outlet_of
from validator.detect.outlet import find_outlet
from validator.detect.translation import find_disclaimer

BODY = ("Farmers in the northern valley say the dry spell has cut their harvest by half this year.\n\n"
        "The regional council has promised emergency payments before the winter.\n\n"
        "Agronomists warn that the wells drilled during the last drought are running dry.\n")


def tail(line: str, title: str = "Drought Halves Harvest") -> str:
    return f"{title}\n\n{BODY}\n{line}\n"


def top(line: str, title: str = "Drought Halves Harvest") -> str:
    return f"{title}\n\n{line}\n\n{BODY}"


# --- disclaimers ---------------------------------------------------------------------------

DISCLAIMERS = [
    ("en a desk as translator", tail("Translation: Valley Digest staff"), "Translation: Valley Digest staff"),
    ("en translation from the language", top("Translation from the Russian: Ivan Petrov"),
     "Translation from the Russian:"),
    ("en from its original language", tail("This article has been translated from its original language."),
     "translated from its original"),
    ("fr traduction et adaptation", tail("Traduction et adaptation : Claire Dubois"), "Traduction et adaptation"),
    ("es al español", tail("Traducción al español: Ana Ruiz"), "Traducción al español"),
    ("tr the language it came from", tail("İngilizceden çeviren Elif Kaya"), "İngilizceden çeviren"),
    ("tr translated from Arabic", tail("Arapçadan çevrilmiştir."), "Arapçadan çevrilmiştir"),
    ("pl abbreviation", tail("Tłum. Anna Nowak"), "Tłum. A"),
    ("pl przełożyła", tail("Przełożyła Anna Nowak"), "Przełożyła A"),
    ("ru by the editors", top("Переведено редакцией сайта"), "Переведено редакцией"),
    ("ar special translation", tail("ترجمة خاصة"), "ترجمة خاصة"),
    ("ar into Arabic", tail("ترجمه إلى العربية: محمد أحمد"), "ترجمه إلى العربية"),
    ("ar quoted from, translated", top("نقلًا عن صحيفة الوادي - ترجمة: محمد أحمد"), "نقلًا عن"),
    ("cs", tail("Překlad: Jana Nováková"), "Překlad:"),
    ("ro", tail("Traducere din limba engleză: Ana Pop"), "Traducere din"),
    ("hu", tail("Fordította: Kovács Anna"), "Fordította: K"),
    ("sh", tail("Prevela Ana Marić"), "Prevela A"),
    ("bg", tail("Превод от английски: Иван Петров"), "Превод от"),
    ("fi", tail("Suomentanut Anna Virtanen"), "Suomentanut"),
    ("ca", tail("Traducció: Anna Puig"), "Traducció:"),
    ("en a machine translation's signature", tail("Translated with www.DeepL.com/Translator (free version)"),
     "Translated with www.DeepL"),
    ("de übersetzt mit", tail("Übersetzt mit DeepL"), "Übersetzt mit DeepL"),
    ("pt tradução e adaptação", tail("Tradução e adaptação: Joana Prates"), "Tradução e adaptação"),
    ("ru перевод и адаптация", tail("Перевод и адаптация: Иван Петров"), "Перевод и адаптация"),
    ("ru переводчик", tail("Переводчик: Иван Петров"), "Переводчик:"),
    ("tr çevirmen", tail("Çevirmen: Elif Kaya"), "Çevirmen: E"),
    ("pl tłumacz", tail("Tłumacz: Anna Nowak"), "Tłumacz: A"),
    ("fr traduction réalisée par", tail("Traduction réalisée par Claire Dubois."), "Traduction réalisée par"),
    ("es traducción realizada por", tail("Traducción realizada por Ana Ruiz."), "Traducción realizada por"),
    ("pt tradução feita por", tail("Tradução feita por Joana Prates."), "Tradução feita por"),
    ("en translation and editing", tail("Translation and editing: Maria Lopez"), "Translation and editing"),
    ("ru перевод выполнен", tail("Перевод выполнен редакцией сайта."), "Перевод выполнен"),
]


@pytest.mark.parametrize("name, text, words", DISCLAIMERS, ids=[d[0] for d in DISCLAIMERS])
def test_disclaimer_forms(name, text, words):
    found = find_disclaimer(article(text))
    assert found is not None, name
    assert found.words.startswith(words), found


NOT_DISCLAIMERS = [
    ("translation services", tail("Translation services: call the council on weekdays.")),
    ("a staff member's role", tail("Our staff translation team is hiring.")),
    ("ru money transferred", tail("Переведено на счёт фонда 300 рублей.")),
    ("ru money transferred by a bank", tail("Деньги переведены Сбербанком в понедельник.")),
    ("tr a word from a language", tail("Kelime İngilizceden geçti.")),
    ("pl a word", tail("Tłumaczy to wiele.")),
    ("ar translating a book", tail("بدأ الكاتب في ترجمة الكتاب العام الماضي.")),
    ("translated with care", tail("Translated with care by our volunteers")),
    ("a translator's job advertised", tail("Переводчик нужен редакции.")),
]


@pytest.mark.parametrize("name, text", NOT_DISCLAIMERS, ids=[d[0] for d in NOT_DISCLAIMERS])
def test_not_disclaimers(name, text):
    assert find_disclaimer(article(text)) is None


# --- original outlet --------------------------------------------------------------------------

OUTLETS = [
    ("a partner's story", tail("This story was produced by Example Report and is republished with permission."),
     "Example Report", "credit"),
    ("republished from X and", tail("This post was originally published on Example Farmer and is reproduced here."),
     "Example Farmer", "credit"),
    ("read the original on", tail("Read the original article on Example Farmer."), "Example Farmer", "credit"),
    ("fr publié initialement", tail("Cet article a été publié initialement dans Le Courrier du Val."),
     "Le Courrier du Val", "credit"),
    ("fr paru d'abord, lowercase article", tail("Cet article est paru d'abord dans le Courrier du Val."),
     "Courrier du Val", "credit"),
    ("de erschien zuerst", tail("Dieser Artikel erschien zuerst in der Talpost."), "Talpost", "credit"),
    ("de erschien zuerst bei a domain", tail("Der Beitrag erschien zuerst bei talpost.de."), "talpost.de", "credit"),
    ("es publicado originalmente", tail("Este artículo fue publicado originalmente en El Diario del Valle."),
     "El Diario del Valle", "credit"),
    ("it pubblicato originariamente", tail("Questo articolo è stato pubblicato originariamente su Il Corriere della "
                                           "Valle."), "Il Corriere della Valle", "credit"),
    ("pt publicado originalmente", tail("Este artigo foi publicado originalmente no Jornal do Vale."),
     "Jornal do Vale", "credit"),
    ("ru впервые опубликована", tail("Статья впервые опубликована в «Северной правде»."), "Северной правде",
     "credit"),
    ("ar نشر هذا المقال", tail("نشر هذا المقال في صحيفة الوادي."), "صحيفة الوادي", "credit"),
    ("ar نقلا عن opening the text", top("نقلا عن صحيفة الوادي"), "صحيفة الوادي", "credit"),
    ("pl ukazał się pierwotnie", tail("Artykuł ukazał się pierwotnie w Gazeta Doliny."), "Gazeta Doliny", "credit"),
    ("tr ilk olarak … yayımlanmıştır", tail("Bu makale ilk olarak Vadi Postası'nda yayımlanmıştır."),
     "Vadi Postası", "credit"),
    ("via at the end", tail("via Example Farmer"), "Example Farmer", "source"),
    ("es vía", tail("Vía: El Diario del Valle"), "El Diario del Valle", "source"),
    ("via in brackets", tail("(via Example Farmer)"), "Example Farmer", "source"),
    ("content originally published", tail("This content was originally published by Example Review."),
     "Example Review", "credit"),
    ("another outlet's copyright, reprinted", tail("© 2024 Example Review. Reprinted with permission."),
     "Example Review", "credit"),
    ("de mit freundlicher Genehmigung", tail("Mit freundlicher Genehmigung der Talpost."), "Talpost", "credit"),
    ("fr avec l'aimable autorisation", tail("Avec l'aimable autorisation du Courrier du Val."), "Courrier du Val",
     "credit"),
    ("it per gentile concessione", tail("Per gentile concessione de Il Corriere della Valle."),
     "Il Corriere della Valle", "credit"),
    ("it tratto da", tail("Tratto da Il Corriere della Valle"), "Il Corriere della Valle", "credit"),
    ("es tomado de", tail("Tomado de El Diario del Valle"), "El Diario del Valle", "credit"),
    ("pt extraído do", tail("Extraído do Jornal do Vale."), "Jornal do Vale", "credit"),
    ("original article url", tail("Original article: https://www.example-farmer.org/drought"), "example-farmer.org",
     "source"),
    ("published in a language by", tail("This article was originally published in Spanish by El Diario del Valle."),
     "El Diario del Valle", "credit"),
    ("published in a year by", tail("This article was originally published in 2019 by Example Review."),
     "Example Review", "credit"),
    ("the original version appeared", tail("The original version of this story appeared in Example Quarterly."),
     "Example Quarterly", "credit"),
    ("an earlier version appeared", tail("An earlier version of this article appeared in Example Quarterly."),
     "Example Quarterly", "credit"),
    ("cross-posted", tail("Cross-posted from Example Farmer."), "Example Farmer", "credit"),
    ("adapted from an article", tail("Adapted from an article published in Example Quarterly."), "Example Quarterly",
     "credit"),
    ("de the verb last", tail("Dieser Beitrag ist zuerst in der Talpost erschienen."), "Talpost", "credit"),
    ("fr a d'abord été publié", tail("Cet article a d'abord été publié dans Le Courrier du Val."),
     "Le Courrier du Val", "credit"),
    ("es se publicó originalmente", tail("Este artículo se publicó originalmente en El Diario del Valle."),
     "El Diario del Valle", "credit"),
    ("ar with vowel marks", tail("نُشر هذا المقال أصلاً في صحيفة الوادي."), "صحيفة الوادي", "credit"),
    ("read the full story at", tail("Read the full story at Example Farmer"), "Example Farmer", "credit"),
    ("fr lire la suite sur", tail("Lire la suite sur Le Courrier du Val"), "Le Courrier du Val", "credit"),
    ("de weiterlesen bei", tail("Weiterlesen bei Talpost"), "Talpost", "credit"),
    ("es leer el artículo completo en", tail("Leer el artículo completo en El Diario del Valle"), "El Diario del Valle",
     "credit"),
    ("ru читать полностью на", tail("Читать полностью на «Северной правде»"), "Северной правде", "credit"),
    ("es fuente original", tail("Fuente original: El Diario del Valle"), "El Diario del Valle", "source"),
    ("pt the verb before the outlet", top("Os agricultores perderam metade da colheita, informa o Jornal do Vale."),
     "Jornal do Vale", "rewrite"),
    ("nl meldt", top("De boeren verloren de helft van hun oogst, meldt Het Dalblad."), "Het Dalblad", "rewrite"),
    ("pl pisze", top("Rolnicy stracili połowę plonów, pisze Gazeta Doliny."), "Gazeta Doliny", "rewrite"),
    ("es especial para", top("Especial para El Diario del Valle"), "El Diario del Valle", "credit"),
    ("pt especial para o", top("Especial para o Jornal do Vale"), "Jornal do Vale", "credit"),
    ("de übernommen von", tail("Übernommen von der Talpost."), "Talpost", "credit"),
    ("de der Text stammt aus", tail("Dieser Text stammt aus der Talpost."), "Talpost", "credit"),
    ("fr article repris du", tail("Article repris du Courrier du Val."), "Courrier du Val", "credit"),
    ("ru с разрешения редакции", tail("Публикуется с разрешения редакции «Северной правды»."), "Северной правды",
     "credit"),
    ("published with permission from", tail("Published with permission from Example Review."), "Example Review",
     "credit"),
    ("tr the outlet's report opening the lead", top("Vadi Postası'nın haberine göre, kuzey vadisindeki çiftçiler "
                                                    "hasatlarının yarısını kaybetti."), "Vadi Postası", "rewrite"),
    # a blog feed's footer in the words WordPress gives it in each language
    ("fr feed footer", tail("L’article Sécheresse est apparu en premier sur Le Courrier du Val."),
     "Le Courrier du Val", "credit"),
    ("es feed footer", tail("La entrada Sequía se publicó primero en El Diario del Valle."), "El Diario del Valle",
     "credit"),
    ("it feed footer", tail("L'articolo Siccità sembra essere il primo su Il Corriere della Valle."),
     "Il Corriere della Valle", "credit"),
    ("pt feed footer", tail("O post Seca apareceu primeiro em Jornal do Vale."), "Jornal do Vale", "credit"),
    ("ru feed footer", tail("Сообщение Засуха появились сначала на «Северная правда»."), "Северная правда", "credit"),
    ("pl feed footer", tail("Wpis Susza pojawił się poraz pierwszy w Gazeta Doliny."), "Gazeta Doliny", "credit"),
    ("tr feed footer", tail("Kuraklık ilk önce Vadi Postası üzerinde ortaya çıktı."), "Vadi Postası", "credit"),
    ("nl feed footer", tail("Het bericht Droogte verscheen eerst op Het Dalblad."), "Het Dalblad", "credit"),
    ("ru оригинал публикации", tail("Оригинал публикации: https://severnaya.example/1"), "severnaya.example", "source"),
    ("an article opening the lead", top("According to an article in Example Farmer, farmers in the valley lost half "
                                        "their harvest."), "Example Farmer", "rewrite"),
    ("an article closing the lead", top("Farmers in the valley lost half their harvest, according to a recent "
                                        "article in Example Farmer."), "Example Farmer", "rewrite"),
    ("de a verb after the name", top("Laut einem Artikel in der Talpost haben die Bauern die Hälfte ihrer Ernte "
                                     "verloren."), "Talpost", "rewrite"),
]


@pytest.mark.parametrize("name, text, outlet, form", OUTLETS, ids=[o[0] for o in OUTLETS])
def test_outlet_forms(name, text, outlet, form):
    found = outlet_of(text)
    assert found is not None, name
    assert (found.outlet, found.form) == (outlet, form)


def test_a_source_url_is_an_outlet_whatever_its_words():
    found = outlet_of(tail("Source: https://www.example-farmer.org/data/survey-2024"))
    assert found is not None and found.outlet == "example-farmer.org"


def test_a_markdown_link_label_is_the_outlet():
    text = "---\ntitle: Drought\n---\n\n" + BODY + "\nOriginally published at [Example Farmer](https://example.org/a).\n"
    found = outlet_of(text, "md")
    assert found is not None and found.outlet == "Example Farmer"


NOT_OUTLETS = [
    ("via a platform", tail("Via Twitter")),
    ("via a picture agency", tail("via Getty Images")),
    ("follow us via", tail("Follow us via Example Farmer and other feeds.")),
    ("via in the first lines", "Drought Halves Harvest\n\nvia Example Farmer\n\n" + BODY * 3),
    ("according to an outlet, no article", top("According to Example Farmer, farmers in the valley lost half their "
                                               "harvest.")),
    ("an article deep in the story", "Drought Halves Harvest\n\n" + BODY + "\n" + BODY + "\nAccording to an article "
     "in Example Farmer, wells ran dry.\n\n" + BODY),
    ("an article in a lowercase journal", top("According to an article in the journal of the union, yields fell.")),
    ("ar quoting sources for one fact", top("وقال الوزير نقلا عن مصادر رسمية إن المساعدات ستصل.")),
    ("tr first time without an outlet", tail("Bu yöntem ilk olarak geçen yıl denendi.")),
    ("a person produced the story", tail("This story was produced by Jane Roe.")),
    ("the site's own copyright", tail("Copyright 2024 Valley Courier. Reproduction without permission prohibited.")),
    ("it a film based on a novel", top("Il film è tratto da un romanzo di successo.")),
    ("es a picture taken from a platform", top("La imagen fue tomada de Twitter por la redacción.")),
    ("fr a publication date", tail("Publié le 3 mars 2024 à 10h")),
    ("adapted from a book", top("Adapted from the author's new book, Harvest Lost.")),
    ("de kind support", tail("Mit freundlicher Unterstützung der Stadtwerke.")),
    ("a ministry reported", top("Farmers lost half their harvest, the Ministry of Agriculture reported.")),
    ("a ministry first published the report", tail("This report was first published in 2019 by the Ministry of "
                                                    "Agriculture.")),
    ("pt a ministry informs", top("Os agricultores perderam metade da colheita, informa o Ministério da Agricultura.")),
    ("es a ministry informs", top("Los agricultores perdieron la mitad de la cosecha, informa el Ministerio de "
                                  "Agricultura.")),
    ("es exclusive for subscribers", tail("Contenido exclusivo para suscriptores.")),
    ("used with the author's permission", tail("Used with permission of the author.")),
    ("de costs taken over", tail("Die Regierung hat die Kosten übernommen von den Gemeinden.")),
    ("de a book first published in a year", tail("Das Buch erschien erstmals im Jahr 1990.")),
    ("de a book first published by a house", tail("Der Roman ist zuerst im Verlag Nord erschienen.")),
    # a book first published somewhere: the forms ask for the piece as their subject
    ("es a novel first appeared in a country", tail("La novela apareció por primera vez en Argentina.")),
    ("it a novel first out in a country", tail("Il romanzo è uscito per la prima volta in Italia.")),
    ("pt a book first published in a country", tail("O livro foi publicado pela primeira vez em Portugal.")),
    ("ru a novel first published in a city", tail("Роман впервые опубликован в Париже.")),
    ("pl a book first out in a country", tail("Książka ukazała się po raz pierwszy w Polsce.")),
    ("tr a book first published in a country", tail("Kitap ilk olarak İngiltere'de yayımlandı.")),
    ("de with the author's kind permission", tail("Mit freundlicher Genehmigung des Autors.")),
    ("de from the pen of", tail("Der Text stammt aus der Feder von Jana Roth.")),
    ("de taken over from a noun", tail("Die Kosten wurden übernommen von Gemeinden im Norden.")),
    ("tr a minister's statement", top("Bakan'ın açıklamasına göre yardımlar kıştan önce gelecek.")),
    ("tr a ministry's figures", top("Tarım Bakanlığı'nın verilerine göre hasat yarıya indi.")),
    ("tr an outlet's report deep in the story", "Kuraklık\n\n" + BODY + "\n" + BODY + "\nVadi Postası'nın "
     "haberine göre kuyular da kurudu.\n\n" + BODY),
    ("read more on a platform", tail("Read more on Twitter")),
    ("read more, no name", tail("Read more about the drought in our special report.")),
    ("es a blog's category line", tail("Publicado en Noticias, Destacadas")),
    ("fr a blog's category line", tail("Publié dans Actualités")),
    ("it an address in the footer", tail("Via Roma 12, 20121 Milano")),
    # a chart's or a table's source line names data or a public body, not an outlet
    ("a statistics office", tail("Feed prices, 2020–2024\nSource: Valley Statistics Office\n\nThe council meets in May.")),
    ("a ministry", tail("Source: Ministry of Agriculture")),
    ("data and calculations", tail("Source: World Bank data, author's calculations")),
    ("the site's own research", tail("Source: Valley Courier research")),
    ("de an office", tail("Quelle: Statistisches Landesamt")),
    ("es an institute", tail("Fuente: Instituto Nacional de Estadística")),
    ("ru a ministry's data", tail("Источник: данные Министерства сельского хозяйства")),
]


@pytest.mark.parametrize("name, text", NOT_OUTLETS, ids=[o[0] for o in NOT_OUTLETS])
def test_not_outlets(name, text):
    assert outlet_of(text) is None


@pytest.mark.parametrize("line", ["<p>Source: Valley Courier</p>", "<p>Read more at Valley Courier</p>",
                                  "<p>Source: https://www.valley-courier.com/data</p>"])
def test_the_pages_own_name_is_no_original_outlet(line):
    page = ('<html><head><meta property="og:site_name" content="Valley Courier"></head><body><article>'
            "<h1>Drought Halves Harvest</h1><p>Farmers in the northern valley say the dry spell has cut their "
            f"harvest by half this year.</p>{line}</article></body></html>")
    assert find_outlet(_read_html(page)) is None


def test_a_translator_line_in_a_pages_byline_element():
    page = ('<html><body><article><h1>Drought Halves Harvest</h1>\n<div class="byline"><span>By Jane Roe</span>\n'
            '<span class="byline-translator">Translated by Maria Lopez</span></div>\n'
            "<p>Farmers in the northern valley say the dry spell has cut their harvest by half this year.</p>"
            "</article></body></html>")
    found = find_disclaimer(_read_html(page))
    assert found is not None and found.words == "Translated by" and found.line == 2  # the byline element's line


def test_a_byline_element_without_a_translator_is_no_disclaimer():
    page = ('<html><body><article><h1>Drought Halves Harvest</h1><div class="byline">By Jane Roe, translation '
            "desk editor</div><p>Farmers in the northern valley say the dry spell has cut their harvest.</p>"
            "</article></body></html>")
    assert find_disclaimer(_read_html(page)) is None


# --- a page's head pointing at the original on another site -------------------------------------

def _page(head: str, text: str = "", og_url: str = "https://www.portal.example/news/drought") -> str:
    return (f'<html><head><meta property="og:url" content="{og_url}"><meta property="og:site_name" '
            f'content="Portal">{head}</head><body><article><h1>Drought Halves Harvest</h1>'
            "<p>Farmers in the northern valley say the dry spell has cut their harvest by half this year.</p>"
            f"{text}</article></body></html>")


def _read_html(page: str):
    from validator.readers.html import reader
    [a] = reader.read(page, "page.html")
    return a


@pytest.mark.parametrize("head", [
    '<link rel="canonical" href="https://www.example-farmer.org/2024/drought">',
    '<meta name="syndication-source" content="https://example-farmer.org/2024/drought">',
    '<meta name="original-source" content="//www.example-farmer.org/2024/drought">',
    '<meta name="DC.source" content="https://www.example-farmer.org/2024/drought">',
])
def test_a_head_pointing_at_another_site_names_the_original(head):
    a = _read_html(_page(head))
    assert a.source is not None and a.source.outlet == "example-farmer"
    assert a.meta["provider"]["site"] == "example-farmer.org"


@pytest.mark.parametrize("head, og_url", [
    ('<link rel="canonical" href="https://www.portal.example/news/drought">', "https://www.portal.example/news/drought"),
    ('<link rel="canonical" href="https://m.portal.example/news/drought?amp=1">',
     "https://www.portal.example/news/drought"),
    ('<link rel="canonical" href="/news/drought">', "https://www.portal.example/news/drought"),
    # a sister domain of the page's own
    ('<link rel="canonical" href="https://www.portal.co.uk/news/drought">', "https://www.portal.com/news/drought"),
    ('<meta name="syndication-source" content="https://sports.portal.example/story?id=1">',
     "https://www.portal.example/news/drought"),
    ('<meta name="DC.source" content="https://www.portal.example/print/drought">',
     "https://www.portal.example/news/drought"),
    # the page says nothing of its own address
    ('<link rel="canonical" href="https://www.example-farmer.org/2024/drought">', ""),
])
def test_a_head_pointing_at_the_page_itself_names_no_original(head, og_url):
    a = _read_html(_page(head, og_url=og_url))
    assert a.source is None and "provider" not in a.meta


def test_the_text_naming_the_site_credits_the_outlet_the_head_points_at(tmp_path):
    from validator import engine
    from validator.policy import load_policy
    head = '<link rel="canonical" href="https://www.example-farmer.org/2024/drought">'
    policy = load_policy(None)
    messages = {}
    for name, text in [("credited", "<p>This story originally appeared on Example Farmer.</p>"), ("silent", "")]:
        path = tmp_path / f"{name}.html"
        path.write_text(_page(head, text), encoding="utf-8")
        [result] = engine.check_file(str(path), policy, policy.rules)
        messages[name] = [f.message for f in result.findings if f.rule == "source-outlet-credited"]
    assert messages["credited"] == []
    assert messages["silent"] == ["The original outlet is not credited: 'example-farmer' is not named in the page."]
