"""Photo-credit forms added in the forms audit: credit labels a page keeps in its text
(the screen-reader label "Image source, …", "Credit…"), labels in more languages, credits
glued into a run-on paragraph, credit lines that name only a picture agency or a handout,
and the markup around an image (a credit element right after a figure, a short paragraph
captioning a loose image, a credit line for every picture).  Each form has its
look-alikes beside it.  Every text here is written for the tests."""

from __future__ import annotations

import re

import pytest

from validator.credits import parse_credit
from validator.detect.photo import caption_credit, credit_span
from validator.readers import markdown, text
from validator.readers.html import reader as html


def _credit(caption: str, strict: bool = False) -> str | None:
    span = (caption_credit if strict else credit_span)(caption)
    return caption[span[0]:span[1]] if span else None


@pytest.mark.parametrize("caption, credit", [
    # a label kept for screen readers, then the credit: many language services use it
    ("A crowd in the square. Image source, Getty Images", "Image source, Getty Images"),
    ("Una multitud en la plaza. Fuente de la imagen, Getty Images", "Fuente de la imagen, Getty Images"),
    ("Une foule sur la place. Crédit photo, AFP", "Crédit photo, AFP"),
    ("Толпа на площади. Автор фото, Reuters", "Автор фото, Reuters"),
    ("حشد في الساحة. مصدر الصورة، Getty Images", "مصدر الصورة، Getty Images"),
    ("Meydanda bir kalabalık. Fotoğraf kaynağı, Getty Images", "Fotoğraf kaynağı, Getty Images"),
    ("Uma multidão na praça. Crédito, Getty Images", "Crédito, Getty Images"),
    # "Credit…" with dots: a label, then a photographer on assignment
    ("A crowd in the square. Credit...Jane Roe for The Example Daily", "Credit...Jane Roe for The Example Daily"),
    ("A crowd in the square. Credit… Jane Roe", "Credit… Jane Roe"),
    ("A crowd in the square. Photographer: Jane Roe", "Photographer: Jane Roe"),
    ("Eine Menge auf dem Platz. Fotografin: Lena Berger", "Fotografin: Lena Berger"),
    ("Une foule sur la place. Photographe : Jeanne Roux", "Photographe : Jeanne Roux"),
    ("Una multitud en la plaza. Fotógrafo: Juan Ruiz", "Fotógrafo: Juan Ruiz"),
    ("A crowd in the square. Photo illustration by Jane Roe", "Photo illustration by Jane Roe"),
    ("A crowd in the square. Illustration by Example Studio", "Illustration by Example Studio"),
    ("המון בכיכר. צילום: יוסי כהן", "צילום: יוסי כהן"),
    ("Πλήθος στην πλατεία. Φωτογραφία: Eurokinissi", "Φωτογραφία: Eurokinissi"),
])
def test_more_credit_labels(caption, credit):
    assert _credit(caption) == credit
    assert _credit(caption, strict=True) == credit


@pytest.mark.parametrize("line", [
    "The image source, the mayor said, was the council archive.",
    "He said the photographer: was not there",
    "Picture this: a budget that works for everyone.",
    "Image caption, A crowd in the square",
    "Crédito, em economia, é uma coisa séria",
])
def test_look_alikes_of_the_new_labels(line):
    assert _credit(line, strict=True) is None


def test_screen_reader_labels_on_their_own_lines_in_a_scraped_page():
    article = text.read("Crowds Gather in the Square\n\nImage source, Getty Images\n"
                        "Image caption, A crowd in the square on Monday\n\n"
                        "Thousands gathered in the square on Monday to hear the mayor speak about the budget.\n",
                        "a.txt")[0]
    assert [im.credit for im in article.images] == ["Image source, Getty Images"]


def _page(body: str) -> html.Article:
    return html.read(f'<html lang="en"><head></head><body>{body}</body></html>', "page.html")[0]


PARA = "<p>Heavy rain cut the main coastal road in three places on Sunday, local officials said.</p>"
FIGURE = '<figure><img src="a.jpg" alt="A road"><figcaption>A flooded road.</figcaption></figure>'


@pytest.mark.parametrize("after, credit", [
    ('<p class="credit">Photo: Jane Roe/EPA</p>', "Photo: Jane Roe/EPA"),
    ('<p class="photo-credit">Jane Roe</p>', "Jane Roe"),
    ('<div class="image-credit">Example Press Agency</div>', "Example Press Agency"),
])
def test_a_credit_element_right_after_a_captioned_figure_credits_it(after, credit):
    article = _page(f"<article><h1>Floods</h1>{FIGURE}{after}{PARA}</article>")
    assert [(im.src, im.credit) for im in article.images] == [("a.jpg", credit)]


@pytest.mark.parametrize("after", [
    PARA + '<p class="credit">Photo: Jane Roe/EPA</p>',  # prose between: not the figure's credit
    '<p class="credit">© 2024 Example Daily. All rights reserved.</p>',  # a notice, not a credit
    '<p class="credit">thanks to everyone who helped</p>',  # reads as no credit
])
def test_what_follows_a_figure_without_crediting_it(after):
    article = _page(f"<article><h1>Floods</h1>{FIGURE}{after}{PARA}</article>")
    assert article.images[0].src == "a.jpg" and article.images[0].credit is None


BODY = "Thousands gathered in the square on Monday to hear the mayor speak about the new budget.\n"


def _scraped(*lines: str) -> list[str | None]:
    article = text.read("Crowds Gather in the Square\n\n" + "\n".join(lines) + "\n\n" + BODY, "a.txt")[0]
    return [im.credit for im in article.images]


@pytest.mark.parametrize("line", [
    "Divulgação",                       # a handout, as Portuguese captions say it
    "Reprodução/Instagram",             # a copy of a picture shown on a platform
    "Divulgação/Prefeitura de São Paulo",
    "Getty Images",                     # only a picture agency's name under the caption
    "Shutterstock",
])
def test_a_line_that_is_only_a_pictures_credit(line):
    assert _scraped("A crowd in the square on Monday", line) == [line]


@pytest.mark.parametrize("line", [
    "Pool",          # too short a name to stand alone: a word
    "EPA",           # an acronym of other bodies too
    "Reuters",       # a wire agency alone: the story's sign-off, not a picture's
    "Instagram",     # a platform alone names no credit
    "Divulgação do orçamento",
])
def test_lines_that_only_look_like_a_pictures_credit(line):
    assert _scraped("A crowd in the square on Monday", line) == []


def test_a_qualifier_credit_closing_a_markup_caption():
    assert _credit("Os vereadores no plenário. Reprodução/Instagram") == "Reprodução/Instagram"
    assert _credit("Os vereadores no plenário. Divulgação") == "Divulgação"


RUN_ON = "The regional council met on Tuesday to discuss the new budget for schools and roads."


@pytest.mark.parametrize("glued, credit", [
    ("Members of the council in the hall Image copyright Getty Images Image caption The mayor spoke. ",
     "Image copyright Getty Images"),
    ("Image source, Reuters Image caption, The mayor spoke at the hall. ", "Image source, Reuters"),
    ("Автор фото, ТАСС Подпись к фото, Мэр выступил. ", "Автор фото, ТАСС"),
    ("Fuente de la imagen, EFE Pie de foto, El alcalde habló. ", "Fuente de la imagen, EFE"),
    ("مصدر الصورة، رويترز التعليق على الصورة، تحدث رئيس البلدية ", "مصدر الصورة، رويترز"),
    ("Members of the council in the hall Photo: Jane Roe/AFP ", "Photo: Jane Roe/AFP"),
    ("Members of the council in the hall Photo: Jane Roe/AFP via Getty Images ",
     "Photo: Jane Roe/AFP via Getty Images"),
])
def test_a_credit_glued_into_a_run_on_paragraph(glued, credit):
    """A dataset text keeps a picture's credit inside the paragraph: between a credit label
    and the caption label a screen reader speaks, or labelled and ending in an agency."""
    article = text.read("Council debates budget\n\n" + glued + RUN_ON + " " + RUN_ON + "\n", "a.txt")[0]
    assert [im.credit for im in article.images] == [credit]


@pytest.mark.parametrize("sentence", [
    "He said the image copyright belongs to the council and the image caption was wrong.",
    "Image copyright law is strict, the image caption said.",
    "Credit: the AFP/Reuters poll says the budget is fine.",
    "The photo: a crowd in the hall with AFP reporters/editors watching.",
    "See the image caption below for more.",
])
def test_sentences_about_credits_and_captions_in_a_run_on_paragraph(sentence):
    article = text.read("Council debates budget\n\n" + RUN_ON + " " + sentence + " " + RUN_ON + "\n", "a.txt")[0]
    assert article.images == ()


@pytest.mark.parametrize("caption, credit", [
    ("Die Ratsmitglieder im Saal. Quelle: dpa", "Quelle: dpa"),
    ("Members of the council in the hall. Source: Reuters", "Source: Reuters"),
    ("Los concejales en la sala. Fuente: EFE", "Fuente: EFE"),
    ("Members of the council in the hall. Copyright: Example Press", "Copyright: Example Press"),
    ("Members of the council in the hall. Photo by Jane Roe on Unsplash", "Photo by Jane Roe on Unsplash"),
    ("I consiglieri in aula. (Foto LaPresse)", "Foto LaPresse"),
])
def test_source_and_copyright_labels_closing_a_caption_element(caption, credit):
    assert _credit(caption) == credit


@pytest.mark.parametrize("caption", [
    "Unemployment by region. Source: Eurostat",       # a chart's data, not a picture's credit
    "Members of the council. Copyright: 2020 Example Daily. All rights reserved",
    "The figures the source: Reuters gave",            # a label mid-sentence is capitalised
])
def test_source_labels_that_credit_no_picture(caption):
    assert _credit(caption) is None


def test_the_source_label_is_dropped_when_the_credit_is_read():
    assert parse_credit("Quelle: dpa").agencies == ("dpa",)
    assert parse_credit("Fuente: Jane Roe/EFE").person == "Jane Roe"


def test_a_lightbox_caption_attribute_carries_the_credit():
    article = _page('<article><h1>Floods</h1><figure><img src="a.jpg" alt="A road" '
                    'data-caption="A flooded road (Photo: Jane Roe/AFP)"></figure>' + PARA + "</article>")
    assert [(im.credit, im.credit_visible) for im in article.images] == [("Photo: Jane Roe/AFP", False)]


@pytest.mark.parametrize("caption, credit", [
    ("The two singers at the awards. (Photos by Jane Roe, left, and John Van Doe/Examplevision/AP)",
     "Photos by Jane Roe, left, and John Van Doe/Examplevision/AP"),
    ("The two singers at the awards. (Jane Roe, left, and John Doe/AP)", "Jane Roe, left, and John Doe/AP"),
])
def test_a_composites_credit_says_where_each_picture_stands(caption, credit):
    assert _credit(caption) == credit


def test_who_stands_left_in_a_bracket_is_no_credit():
    assert _credit("The two singers at the awards (Jane Roe, left, and John Doe)") is None


def test_a_teaser_card_whose_link_wraps_its_heading_is_template():
    card = ('<div class="more"><div class="row"><div class="row-image"><a href="https://example.org/news/other.html">'
            '<img src="/media/other.jpg" alt="Other story"></a></div><div class="row-desc">'
            '<a href="https://example.org/news/other.html"><h5>Other story</h5></a></div></div></div>')
    article = _page(f"<article><h1>Floods</h1>{PARA}{PARA}{card}</article>")
    assert article.images == ()
    assert article.meta["region"]["template_images"] == 1


@pytest.mark.parametrize("markup, credit", [
    ('<p><img src="a.jpg" alt="A road"><br><em>A flooded road. (Photo: Jane Roe/AP)</em></p>', "Photo: Jane Roe/AP"),
    ('<div><img src="a.jpg" alt="A road"></div><p><small>A flooded road. Photo: Jane Roe</small></p>', "Photo: Jane Roe"),
    ('<p><img src="a.jpg" alt="A road"></p><p>A flooded road near the port. Jane Roe/Example Press</p>',
     "Jane Roe/Example Press"),
])
def test_a_short_paragraph_with_a_loose_image_that_ends_in_a_credit_is_its_caption(markup, credit):
    article = _page(f"<article><h1>Floods</h1>{markup}{PARA}</article>")
    assert [(im.src, im.credit) for im in article.images] == [("a.jpg", credit)]
    assert article.images[0].caption.startswith("A flooded road")


@pytest.mark.parametrize("markup", [
    '<p><img src="a.jpg" alt="A road"></p><p>The road will reopen next week. (Reuters)</p>',  # a sign-off
    '<p><img src="a.jpg" alt="A road"></p>' + PARA + "<p>A flooded road. Photo: Jane Roe</p>",  # prose between
])
def test_paragraphs_that_do_not_caption_a_loose_image(markup):
    article = _page(f"<article><h1>Floods</h1>{markup}{PARA}</article>")
    assert article.images[0].credit is None


def test_a_picture_agency_under_its_new_spelling():
    assert _scraped("A crowd in the square on Monday", "Imago Images") == ["Imago Images"]


def test_a_markdown_images_alt_text_closing_with_a_credit():
    article = markdown.read("---\ntitle: Floods\nlang: en\n---\n![A flooded road. Photo: Jane Roe/AP](a.jpg)\n\n"
                            "Heavy rain cut the main coastal road in three places on Sunday, officials said.\n", "a.md")[0]
    assert [(im.credit, im.credit_visible) for im in article.images] == [("Photo: Jane Roe/AP", False)]
    plain = markdown.read("---\ntitle: Floods\nlang: en\n---\n![A flooded road near the port](a.jpg)\n\n"
                          "Heavy rain cut the main coastal road in three places on Sunday, officials said.\n", "a.md")[0]
    assert [im.credit for im in plain.images] == [None]


@pytest.mark.parametrize("line", [
    "Header image by Jane Roe",
    "Featured image by Jane Roe/Unsplash",
    "Banner image: Jane Roe",
    "Photography by Jane Roe",
    "Photography: Jane Roe",
    "Story and photos by Jane Roe",
    "Text und Fotos: Lena Berger",
    "Texte et photos : Jeanne Roux",
    "Texto y fotos: Ana García",
])
def test_credit_lines_naming_the_picture_or_the_writer_and_photographer(line):
    assert _scraped("A crowd in the square on Monday", line) == [line]


@pytest.mark.parametrize("line", [
    "Photography by appointment only",
    "Photography",
    "Story and photos",
])
def test_lines_about_photography_that_credit_no_one(line):
    assert _scraped(line) == []


@pytest.mark.parametrize("caption, credit", [
    ("Members of the council in the hall. Jane Roe/AFP.", "Jane Roe/AFP."),
    ("أعضاء المجلس في القاعة (غيتي)", "غيتي"),
])
def test_a_credit_closed_with_the_captions_full_stop_and_an_agency_in_arabic(caption, credit):
    assert _credit(caption, strict=True) == credit


@pytest.mark.parametrize("line", [
    "Members of the council. REUTERS/Jane Roe and others went home.",
    "He said/she said.",
    "The vote was 5/3 for the council.",
])
def test_sentences_with_slashes_ending_in_a_full_stop(line):
    assert _credit(line, strict=True) is None


def test_a_scraped_caption_line_ending_in_a_credit_and_a_full_stop():
    assert _scraped("A crowd in the square on Monday. Jane Roe/AFP.") == ["Jane Roe/AFP."]


def _two_pictures(credit_markup: str, first: bool = False) -> list[str | None]:
    pictures = '<p><img src="a.jpg" alt="A road"></p>' + PARA + '<p><img src="b.jpg" alt="A bridge"></p>' + PARA
    body = credit_markup + pictures if first else pictures + credit_markup
    article = _page(f"<article><h1>Floods</h1>{body}</article>")
    return [im.credit for im in article.images if im.src]


@pytest.mark.parametrize("credit_markup, first", [
    ("<p>Photos: Jane Roe/Example Press</p>", False),
    ("<p>All photos by Jane Roe</p>", False),
    ("<p><em>Photo credits: Jane Roe, John Doe</em></p>", False),
    ("<p>Fotos: Lena Berger</p>", False),
    ("<p>Story and photos by Jane Roe</p>", True),
])
def test_a_credit_line_for_every_picture_of_the_article(credit_markup, first):
    credit = re.sub(r"<[^>]+>", "", credit_markup)
    assert _two_pictures(credit_markup, first) == [credit, credit]


def test_a_credit_line_for_one_picture_credits_only_that_one():
    assert _two_pictures("<p>Main photo: Jane Roe</p>") == ["Main photo: Jane Roe", None]


@pytest.mark.parametrize("caption, credit", [
    ("Members of the council in the hall. (ABC News: Jane Roe)", "ABC News: Jane Roe"),
    ("Members of the council in the hall. (Reuters: Jane Roe)", "Reuters: Jane Roe"),
    ("Members of the council in the hall. (Supplied: Example Council)", "Supplied: Example Council"),
    ("Members of the council in the hall. (Supplied)", "Supplied"),
    ("Members of the council in the hall. Photo via Example Council", "Photo via Example Council"),
    ("Members of the council. J. Roe/AP.", "J. Roe/AP."),
])
def test_who_supplied_the_picture_and_who_took_it_joined_by_a_colon(caption, credit):
    assert _credit(caption) == credit


@pytest.mark.parametrize("caption", [
    "Members in the hall (left to right: Jane Roe, John Doe)",
    "Members in the hall (Pictured: Jane Roe)",
    "Members in the hall (Video: Jane Roe)",
    "Members in the hall (Facebook: Example Council)",   # a platform, not who supplied it
])
def test_brackets_with_a_colon_that_credit_no_one(caption):
    assert _credit(caption) is None


def test_a_caption_with_via_keeps_its_sentence_out_of_the_credit():
    caption = "Members of the council in the hall. Photo via Example Council"
    assert caption_credit(caption) == (caption.index("Photo"), len(caption))


@pytest.mark.parametrize("gallery", [
    '<div class="slideshow"><div class="slide"><img src="a.jpg" alt="One"><p class="caption">The road in the morning.'
    '</p></div><div class="slide"><img src="b.jpg" alt="Two"><p class="caption">The road at night.</p></div>'
    '<p class="credit">Photos: Jane Roe/AP</p></div>',
    '<figure><img src="a.jpg" alt="One"><figcaption>The road in the morning.</figcaption></figure><figure>'
    '<img src="b.jpg" alt="Two"><figcaption>The road at night.</figcaption></figure><p class="credit">Photos: Jane Roe/AP</p>',
])
def test_a_plural_credit_after_a_gallery_credits_each_of_its_pictures(gallery):
    article = _page(f"<article><h1>Floods</h1>{PARA}{gallery}{PARA}</article>")
    assert [(im.src, im.credit) for im in article.images] == [("a.jpg", "Photos: Jane Roe/AP"),
                                                            ("b.jpg", "Photos: Jane Roe/AP")]


def test_a_singular_credit_after_two_figures_credits_the_last_one_only():
    two = ('<figure><img src="a.jpg" alt="One"><figcaption>The road in the morning.</figcaption></figure><figure>'
           '<img src="b.jpg" alt="Two"><figcaption>The road at night.</figcaption></figure><p class="credit">Photo: Jane Roe/AP</p>')
    article = _page(f"<article><h1>Floods</h1>{PARA}{two}{PARA}</article>")
    assert [(im.src, im.credit) for im in article.images] == [("a.jpg", None), ("b.jpg", "Photo: Jane Roe/AP")]


@pytest.mark.parametrize("line", [
    "Foto Ansa",              # a picture word without a colon, then an agency
    "Photo AFP/Jane Roe",
    "Фото ТАСС",
    "Фото: kremlin.ru",       # a web address as the source
    "Фото: пресс-служба мэрии",  # an organisation written in lower case
])
def test_credit_lines_a_bare_label_or_a_lower_case_source_makes(line):
    assert _scraped("A crowd in the square on Monday", line) == [line]


@pytest.mark.parametrize("line", [
    "Photo Of The Day",
    "Photo Contest Winners",
    "Photo Gallery",
    "Foto Roma",
    "Photo: see more at example.com",
])
def test_lines_opening_with_a_picture_word_that_credit_no_one(line):
    assert _scraped("A crowd in the square on Monday", line) == []


@pytest.mark.parametrize("heading", [
    "In Pictures: The Council at Work",
    "En images : le conseil au travail",
    "In Bildern: Der Rat tagt",
])
def test_an_in_pictures_heading_in_any_case_is_no_credit(heading):
    assert _credit(heading) is None
    assert _scraped(heading) == []


@pytest.mark.parametrize("caption, credit", [
    ("Valtuutetut salissa. Kuva: Matti Virtanen / Lehtikuva", "Kuva: Matti Virtanen / Lehtikuva"),
    ("A képviselők a teremben. Fotó: MTI/Kovács János", "Fotó: MTI/Kovács János"),
    ("Các đại biểu trong hội trường. Ảnh: TTXVN", "Ảnh: TTXVN"),
    ("परिषद के सदस्य। फोटो: पीटीआई", "फोटो: पीटीआई"),
    ("Anggota dewan di ruang sidang. Gambar: Antara", "Gambar: Antara"),
    ("Wabunge ukumbini. Picha: Jane Roe", "Picha: Jane Roe"),
    ("De raadsleden in de zaal. Beeld ANP", "Beeld ANP"),
])
def test_credit_labels_in_more_languages(caption, credit):
    assert _credit(caption, strict=True) == credit
