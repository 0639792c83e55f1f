"""Photo credits as real pages write them: caption tails in many languages, the markup
conventions of HTML figures, credits the page gives without showing them, the article
region and the template images left out of it.  Every text here is written for the tests."""

from __future__ import annotations

import json

import pytest

from validator import engine, selection
from validator.credits import parse_credit
from validator.detect.photo import caption_credit, credit_span
from validator.policy import load_policy
from validator.readers import text
from validator.readers.html import reader as html


def _credit(caption: str, strict: bool = False) -> str | None:
    span = (caption_credit if strict else credit_span)(caption)
    return caption[span[0]:span[1]] if span else None


@pytest.mark.parametrize("caption, credit", [
    ("Smoke over the old city. (AP Photo/Jane Roe)", "AP Photo/Jane Roe"),
    ("Smoke over the old city. (Reuters)", "Reuters"),
    ("A search page on a screen. (The Associated Press)", "The Associated Press"),
    ("Two astronauts on a space walk. (NASA via AP, File)", "NASA via AP, File"),
    ("Protesters in the square (Image: GETTY)", "Image: GETTY"),
    ("Ruins of the market [File: Reuters]", "File: Reuters"),
    ("Smoke over the old city Image copyright EPA", "Image copyright EPA"),
    ("Main image credit: Example Pictures", "Main image credit: Example Pictures"),
    ("Jane Roe | Example Press | Getty Images", "Jane Roe | Example Press | Getty Images"),
    ("Jane Roe—Getty Images", "Jane Roe—Getty Images"),
    ("AP Photo/Uncredited", "AP Photo/Uncredited"),
    ("Der Minister am Hafen Foto: Lena Berger/dpa", "Foto: Lena Berger/dpa"),
    ("Der Minister am Hafen. Bild: dpa", "Bild: dpa"),
    ("Le port au petit matin. Crédits : Agence Exemple Presse", "Crédits : Agence Exemple Presse"),
    ("Un pilote dans son avion. Photo Jean Dupont/AFP", "Photo Jean Dupont/AFP"),
    ("Un uomo in piazza. Foto di Mario Rossi/ANSA", "Foto di Mario Rossi/ANSA"),
    ("El puerto al amanecer. Foto: Ana García/EFE", "Foto: Ana García/EFE"),
    ("Мост через реку. Фото: Иван Петров / ТАСС", "Фото: Иван Петров / ТАСС"),
    ("جسر فوق النهر. صورة: رويترز", "صورة: رويترز"),
    ("Köprü ve nehir. Fotoğraf: Ali Veli/AA", "Fotoğraf: Ali Veli/AA"),
    ("港口的早晨 照片：新华社", "照片：新华社"),
    ("首脳会談の行方（写真＝ロイター）", "写真＝ロイター"),
    ("Roman Novak, photo: Archives of the Example Ministry", "photo: Archives of the Example Ministry"),
    ("© AFP 2017, Jane Roe", "© AFP 2017, Jane Roe"),
    ("Men watch a speech in a cafe in the capital Getty Images", "Getty Images"),
    ("Jane Roe, the new head of the council Submitted photo", "Submitted photo"),
    ("The old bridge before the flood (courtesy photo)", "courtesy photo"),
])
def test_caption_credit_forms(caption, credit):
    assert _credit(caption) == credit


@pytest.mark.parametrize("caption", [
    "The minister (Jane Roe) spoke to reporters.",
    "In photos: the spring festival travel rush",
    "на фото Путин в Кремле",
    "He stood in the photo by the river",
    "Photo of the day",
    "© 2020 The Example Times. All rights reserved.",
    "Rebels held the town, a commander told Reuters.",
    "Home / World / Middle East",
    "» – Jane Roe",
    "He bought the rights to a stock photo",
])
def test_not_caption_credits(caption):
    assert _credit(caption) is None


def test_a_bare_agency_ends_a_markup_caption_only():
    line = "Men watch a speech in a cafe in the capital AFP"
    assert _credit(line) == "AFP"
    assert _credit(line, strict=True) is None


def test_scraped_caption_lines_become_caption_and_credit():
    article = text.read(
        "Floods Cut Roads in the Coastal Region\n\n"
        "A flooded crossing on the coast road on Sunday. (AP Photo/Leyla Aydin)\n\n"
        "Heavy rain cut the main coastal road in three places on Sunday, local officials said on Monday.\n\n"
        "Die Küstenstraße am Sonntag Foto: Lena Berger/dpa\n\n"
        "Rebels held the town for a week, a commander told Reuters.\n", "a.txt")[0]
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert ("caption", "A flooded crossing on the coast road on Sunday.") in kinds
    assert ("credit", "AP Photo/Leyla Aydin") in kinds
    assert ("credit", "Foto: Lena Berger/dpa") in kinds
    assert [im.credit for im in article.images] == ["AP Photo/Leyla Aydin", "Foto: Lena Berger/dpa"]
    credit = article.images[0]
    assert (credit.credit_line, credit.credit_column) == (3, 50)


@pytest.mark.parametrize("caption,credit", [
    ("Crowds fill the square in the capital on Monday. (REUTERS)", "REUTERS"),
    ("Des manifestants sur la place centrale, lundi. (AFP)", "AFP"),
    ("Demonstranten am Montag auf dem Hauptplatz. (dpa)", "dpa"),
    ("Is the old harbour about to close for good?  AFP", "AFP"),
])
def test_agency_closing_a_caption_above_the_story(caption, credit):
    """A bracketed (or bare) agency closing the line above the first paragraph is the lead
    picture's credit; the same closing the story's last paragraph is its sign-off."""
    body = ("Heavy rain cut the main coastal road in three places on Sunday, local officials said on Monday.\n\n"
            "Crews worked through the night to clear the mud, and the road reopened to traffic on Tuesday.\n")
    above = text.read(f"Floods Cut Roads in the Coastal Region\n\n{caption}\n\n{body}", "a.txt")[0]
    assert [im.credit for im in above.images] == [credit]
    closing = text.read(f"Floods Cut Roads in the Coastal Region\n\n{body}\n{caption}\n", "a.txt")[0]
    assert not closing.images


@pytest.mark.parametrize("line", ["© AFP 2017, Jane Roe", "© Reuters 2020 / Jane Roe", "© РИА Новости 2018, Иван Петров"])
def test_agency_copyright_naming_the_photographer_is_a_photo_credit(line):
    article = text.read(f"Floods Cut Roads in the Coastal Region\n\nA flooded crossing on the coast road\n{line}\n\n"
                        "Heavy rain cut the main coastal road in three places on Sunday, local officials said.\n",
                        "a.txt")[0]
    assert [im.credit for im in article.images] == [line]


@pytest.mark.parametrize("caption,credit,person", [
    ("Crowds at the harbour on Monday. Photograph shared by Jane Roe on her Facebook page",
     "Photograph shared by Jane Roe on her Facebook page", "Jane Roe"),
    ("Photo of the march in the capital by Jane Roe available under a Creative Commons license at",
     "Photo of the march in the capital by Jane Roe available under a Creative Commons license at", "Jane Roe"),
    ("Image from Wikimedia Commons", "Image from Wikimedia Commons", None),
    ("La foule sur le port lundi. Photo partagée par Jeanne Roux sur sa page Facebook",
     "Photo partagée par Jeanne Roux sur sa page Facebook", "Jeanne Roux"),
    ("La multitud en el puerto. Foto compartida por Juana Ruiz en su cuenta de Twitter",
     "Foto compartida por Juana Ruiz en su cuenta de Twitter", "Juana Ruiz"),
    ("Die Menge am Hafen. Foto geteilt von Lena Berger auf ihrer Facebook-Seite",
     "Foto geteilt von Lena Berger auf ihrer Facebook-Seite", "Lena Berger"),
    ("Bild von Wikimedia Commons", "Bild von Wikimedia Commons", None),
    ("Толпа в порту. Фото, опубликованное Иваном Петровым на своей странице",
     "Фото, опубликованное Иваном Петровым на своей странице", None),
])
def test_credits_in_sentence_form(caption, credit, person):
    """A caption's credit that says where the picture came from (``photo_source``)."""
    span = caption_credit(caption)
    assert span is not None and caption[span[0]:span[1]] == credit
    if person:
        assert parse_credit(credit).person == person


@pytest.mark.parametrize("line", [
    "Rebels said photos posted by soldiers on their Facebook page were fake.",
    "He uploaded images from Flickr to his own site and sold them as prints for many years afterwards.",
    "The museum keeps a picture from Wikimedia Commons in its lobby, which visitors photograph every day of the week.",
])
def test_sentences_about_pictures_are_not_credits(line):
    assert caption_credit(line) is None


def _page(body: str, head: str = "") -> html.Article:
    page = f'<html lang="en"><head>{head}</head><body>{body}</body></html>'
    return html.read(page, "page.html")[0]


PARA = "<p>Heavy rain cut the main coastal road in three places on Sunday, local officials said.</p>"


@pytest.mark.parametrize("markup, credit", [
    ('<img src="a.jpg"><p class="caption">A flooded road. <span class="credit">Foto: Lena Berger/dpa</span></p>',
     "Foto: Lena Berger/dpa"),
    ('<figure><img src="a.jpg"><figcaption>A flooded road. <small>Jane Roe/Example Press</small></figcaption>'
     '</figure>', "Jane Roe/Example Press"),
    ('<div class="media"><img src="a.jpg"><div><cite>Jane Roe/Getty Images</cite>A flooded road.</div></div>',
     "Jane Roe/Getty Images"),
    ('<div class="imageBox"><img src="a.jpg"><p class="ImageDescriptionInner"><span class="ImageDescriptionText">'
     'Eine Straße.</span> <span class="ImageDescriptionCopyright">Bild: dpa</span></p></div>', "Bild: dpa"),
    ('<figure><img src="a.jpg"><figcaption>A road. <span itemprop="copyrightHolder">Example Press</span>'
     '</figcaption></figure>', "Example Press"),
    ('<div class="photo"><figure><img src="a.jpg"></figure><figcaption><span class="photo__title">A road'
     '</span><div class="photo__copyright">Foto: REUTERS, NTB</div></figcaption></div>', "Foto: REUTERS, NTB"),
])
def test_html_credit_markup(markup, credit):
    article = _page(f"<article><h1>Floods</h1>{markup}{PARA}</article>")
    assert [(im.src, im.credit, im.credit_visible) for im in article.images] == [("a.jpg", credit, True)]


def test_html_credits_the_page_does_not_show():
    article = _page(
        "<article><h1>Floods</h1>"
        '<img src="a.jpg" alt="A flooded road. (AP Photo/Jane Roe)">'
        '<span class="image" data-attrib="Leyla Aydin"><img src="b.jpg" alt="A bridge"></span>'
        f"{PARA}</article>")
    assert [(im.credit, im.credit_visible) for im in article.images] == [
        ("AP Photo/Jane Roe", False), ("Leyla Aydin", False)]


def test_jsonld_credit_of_a_lead_image_drawn_by_a_script():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Floods",
          "image": {"@type": "ImageObject", "url": "https://example.org/lead.jpg",
                    "caption": "A flooded road. Photo by Jane Roe / Example Press"}}
    article = _page(f"<article><h1>Floods</h1>{PARA}</article>",
                    f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    [image] = article.images
    assert (image.src, image.credit, image.credit_visible, image.position) == (
        "https://example.org/lead.jpg", "Photo by Jane Roe / Example Press", False, "lead")
    ld["image"] = {"@type": "ImageObject", "url": "https://example.org/lead.jpg"}  # no credit: a share card
    article = _page(f"<article><h1>Floods</h1>{PARA}</article>",
                    f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert article.images == ()


def test_og_image_alt_credit():
    article = _page(f"<article><h1>Floods</h1>{PARA}</article>",
                    '<meta property="og:image" content="https://example.org/x.jpg">'
                    '<meta property="og:image:alt" content="(Bild: Lena Berger/Example Agentur)">')
    [image] = article.images
    assert (image.credit, image.credit_visible, image.line) == ("Bild: Lena Berger/Example Agentur", False, 1)


def test_credit_of_a_lazy_image_and_of_the_main_image():
    article = _page(
        "<article><h1>Floods</h1>"
        '<figure><noscript><img src="lazy.jpg"></noscript><figcaption>A road. Credit: Jane Roe/AFP</figcaption>'
        f"</figure>{PARA}</article>")
    assert [(im.src, im.credit) for im in article.images] == [(None, "Credit: Jane Roe/AFP")]
    article = _page(f'<article><h1>Floods</h1><img src="lead.jpg" alt="">{PARA}'
                    "<p><em>Main image credit: Example Pictures</em></p></article>")
    assert [(im.src, im.credit) for im in article.images] == [("lead.jpg", "Main image credit: Example Pictures")]


def test_article_region_and_what_lies_outside():
    article = _page('<div class="menu"><p>Home</p><p>World news and more from the region</p></div>'
                    f'<div itemprop="articleBody"><h1>Floods</h1>{PARA}</div>'
                    '<div class="site-footer"><p>About us and the team behind the site</p></div>')
    region = article.meta["region"]
    assert region["how"] == "articleBody"
    assert region["outside_chars"] > 40 and region["text_chars"] > 80
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]


def test_template_images_are_counted_not_checked():
    article = _page(
        '<article class="post topics-weather"><h1>Floods</h1>'
        '<img src="/img/author-avatar.jpg" alt="Jane Roe">'
        '<img src="/img/star.png" width="40" height="40">'
        '<a href="/news/other"><img src="/thumbs/other.jpg"></a>'
        '<div class="videoPlayer"><img src="/posters/clip.jpg" alt="Watch the flood"></div>'
        f'<figure><img src="a.jpg"><figcaption>Photo: Jane Roe/AFP</figcaption></figure>{PARA}</article>')
    assert [im.src for im in article.images] == ["a.jpg"]
    assert article.meta["region"]["template_images"] == 4
    assert any(b.kind == "paragraph" for b in article.blocks)  # a post's "topics-x" class is not furniture


def test_evidence_says_whether_the_credit_is_visible(tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<html lang="en"><body><article><h1>Floods</h1>'
                    '<img src="a.jpg" alt="A road. (AP Photo/Jane Roe)">'
                    '<figure><img src="b.jpg"><figcaption>Photo: Lena Berger/dpa</figcaption></figure>'
                    f"{PARA}</article></body></html>", encoding="utf-8")
    policy = load_policy(None)
    [result] = engine.check_file(str(page), policy, selection.select_rules(policy.rules, ["photo-credit"], None))
    assert not [f for f in result.findings if f.rule == "photo-credit"]
    shown = {e.text: e.data["visible"] for e in result.evidence if e.kind == "photo-credit"}
    assert shown == {"AP Photo/Jane Roe": False, "Photo: Lena Berger/dpa": True}


def test_headline_carrying_the_lead_photos_credit():
    article = _page(f"<article><h1>首脳会談の行方（写真＝ロイター）</h1>{PARA}</article>",
                    '<meta property="og:image" content="https://example.org/lead.jpg">')
    [image] = article.images
    assert (image.src, image.credit, image.credit_visible) == ("https://example.org/lead.jpg", "写真＝ロイター", True)
    article = _page(f"<article><h1>Floods (and what comes next)</h1>{PARA}</article>")
    assert article.images == ()


def test_bracketed_photo_credit_glued_into_a_dataset_paragraph():
    body = ("Smoke rises over the market after an air strike on Friday. (Example Agency Photo) At least ten people "
            "were hurt, rescuers said, and (Photo: Jane Roe/AFP) the market was closed for the day by officials.")
    article = text.read(f"Strike Hits Market\n\n{body}\n", "d.txt")[0]
    assert [im.credit for im in article.images] == ["Photo: Jane Roe/AFP"]  # "Example Agency Photo" names none
    article = text.read("Strike Hits Market\n\n" + body.replace("Example Agency", "AFP") + "\n", "d.txt")[0]
    assert [im.credit for im in article.images] == ["AFP Photo", "Photo: Jane Roe/AFP"]


@pytest.mark.parametrize("line, credit", [
    # (a line with an initial reads as prose to the layout reader; a paragraph's opening is searched)
    ("© Jane R. Roe/ laif By John Doe in Lisbon, Portugal", "© Jane R. Roe/ laif"),  # an agency in lower case
    ("© Jane R. Roe/AFP By John Doe in Lisbon, Portugal", "© Jane R. Roe/AFP"),
    ("Foto: Lena M. Berger/dpa Von Hans Muster in Berlin, Deutschland", "Foto: Lena M. Berger/dpa"),
    # not a credit running into a byline
    ("Photo: Jane R. Roe By the river in Lisbon, Portugal", None),
    ("© 2018 The Example Times By John R. Doe in Lisbon, Portugal", None),  # a copyright notice
    ("© Jane R. Roe/ the city By John Doe in Lisbon, Portugal", None),
])
def test_a_credit_running_into_the_byline_on_one_line(line, credit):
    body = ("The talks resumed on Monday after a week of silence, officials said, and both sides called them "
            "constructive.")
    lead = "After a week of silence, the two sides met again in the capital, and the mood was calm."
    article = text.read(f"Talks Resume in the Capital\n\n{lead}\n\n{line}\n\n{body}\n", "d.txt")[0]
    assert [im.credit for im in article.images] == ([credit] if credit else [])
    assert any(b.text == line for b in article.blocks)  # the line stays whole: its byline is read too


def test_a_credit_that_names_no_one_is_a_credit_in_the_wrong_form(tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<html lang="en"><body><article><h1>New council</h1><figure><img src="a.jpg">'
                    "<figcaption>Jane Roe, the new head of the council Submitted photo</figcaption></figure>"
                    f"{PARA}</article></body></html>", encoding="utf-8")
    policy = load_policy(None)
    rules = selection.select_rules(policy.rules, ["photo-credit", "photo-credit-format"], None)
    [result] = engine.check_file(str(page), policy, rules)
    assert [f.rule for f in result.findings] == ["photo-credit-format"]


@pytest.mark.parametrize("caption_el", [
    '<div class="story-intro"><p class="image-description"><span class="image-description-text">Crowds at the '
    'harbour.</span> <span class="image-description-copyright">Bild: Lena Berger/dpa</span></p></div>',
    '<p class="photo-caption">Crowds at the harbour. Photo: Lena Berger/dpa</p>',
])
def test_a_caption_element_after_an_image_block_without_text(caption_el):
    """An image block with no caption of its own (a lazy image with a stand-in source and a
    'show description' button) takes the caption element right after it."""
    article = _page('<div class="image-container"><a href="/gallery/1"><img src="/img/blank.gif" '
                    'data-retina-src="/media/harbour.jpg" alt="Crowds at the harbour" width="960"></a>'
                    '<span class="btn-Base"><span>Show image description</span></span></div>'
                    + caption_el + PARA)
    [image] = article.images
    assert image.src == "/media/harbour.jpg"
    assert image.credit == "Photo: Lena Berger/dpa" if "Photo:" in caption_el else image.credit == "Bild: Lena Berger/dpa"
    assert image.caption.startswith("Crowds at the harbour")
    assert not any(b.kind == "caption" and "Show image" in b.text for b in article.blocks)


def test_a_paragraph_after_an_image_block_ends_its_chance_of_a_caption():
    article = _page('<div class="image-container"><img src="/media/harbour.jpg" alt="Crowds"></div>' + PARA
                    + '<p class="photo-caption">Photo: Lena Berger/dpa</p>')
    assert article.images[0].credit is None


def test_teaser_card_pictures_and_button_images_are_template():
    """A picture linking to another page that a heading beside it links to as well is a
    teaser card's; an image whose source names a button is a control."""
    card = ('<div class="entry-box"><a href="https://example.org/2020/other-story" aria-hidden="true">'
            '<div class="entry-box__image"><img src="/media/other.jpg" alt="A minister at a podium"></div></a>'
            '<div class="entry-box__body"><h2><a href="https://example.org/2020/other-story">Another story</a></h2>'
            '</div></div>')
    article = _page("<article>" + PARA + card + '<img src="/img/btn_print.gif" alt="print">' + PARA + "</article>")
    assert not article.images
    # the same picture linking to a page no heading links to is still the article's
    lone = _page("<article>" + PARA + '<a href="https://example.org/gallery/7"><img src="/media/harbour.jpg" '
                 'alt="Crowds at the harbour"></a>' + PARA + "</article>")
    assert [im.src for im in lone.images] == ["/media/harbour.jpg"]


@pytest.mark.parametrize("caption,credit", [
    ("A child in a tent in a camp near the border - October 8, 2017 (Example Studio)", "Example Studio"),
    ("Un enfant dans un camp près de la frontière - 8 octobre 2017 (Jeanne Roux)", "Jeanne Roux"),
    ("Ein Kind in einem Lager an der Grenze, 08.10.2017 (Lena Berger)", "Lena Berger"),
])
def test_a_bracketed_name_after_the_captions_date_is_its_credit(caption, credit):
    span = caption_credit(caption)
    assert span is not None and caption[span[0]:span[1]] == credit


@pytest.mark.parametrize("line", [
    "The minister spoke to reporters in the capital (Jane Roe)",
    "He was born on March 3, 1950 (Jane Roe said).",
])
def test_a_bracketed_name_without_a_date_before_it_is_an_aside(line):
    assert caption_credit(line) is None


def test_a_figure_the_template_puts_just_after_the_article_element():
    step = ('<div class="step"><div itemprop="articleBody"><h1>Floods</h1>' + PARA + '</div>'
            '<figure class="thumb"><img src="a.jpg" alt="A road" data-credit="Jane Roe"></figure>'
            '<figcaption class="caption">A flooded road (Jane Roe)</figcaption></div>')
    [image] = _page(step).images
    assert (image.src, image.caption, image.credit, image.credit_visible) == (
        "a.jpg", "A flooded road (Jane Roe)", "Jane Roe", False)


@pytest.mark.parametrize("after", [
    # another block with text comes first: the figure is the next section's, not the article's
    '<p class="note">More pictures of the storm follow in our gallery of the week.</p>'
    '<figure><img src="b.jpg" data-credit="Jane Roe"></figure>',
    # a teaser block of related stories
    '<div class="related"><figure><img src="b.jpg" data-credit="Jane Roe"><figcaption>Other floods'
    '</figcaption></figure></div>',
    '<figure class="related-story"><img src="b.jpg" data-credit="Jane Roe"></figure>',
])
def test_what_follows_the_article_element_is_not_a_trailing_figure(after):
    page = f'<div class="page"><div itemprop="articleBody"><h1>Floods</h1>{PARA}</div>{after}</div>'
    assert _page(page).images == ()


def test_a_credited_media_block_the_template_calls_related_is_the_articles_figure():
    media = ('<div class="media related-media"><p class="photo"><img src="a.jpg" alt="A road"></p>'
             '<p class="contributor">Example Press</p><p>A flooded road on Sunday.</p></div>')
    [image] = _page(f"<article><h1>Floods</h1>{media}{PARA}</article>").images
    assert (image.src, image.credit, image.caption, image.credit_visible) == (
        "a.jpg", "Example Press", "A flooded road on Sunday.", True)


@pytest.mark.parametrize("block", [
    # a teaser: its picture links to another story
    '<div class="media related-media"><p class="photo"><a href="/news/other"><img src="b.jpg" alt="Other floods">'
    '</a></p><p class="contributor">Example Press</p><p>Other floods this year.</p></div>',
    # two pictures: a strip of related stories, not one figure
    '<div class="media related-media"><p><img src="b.jpg" alt="One"></p><p><img src="c.jpg" alt="Two"></p>'
    '<p class="credit">Example Press</p></div>',
    # no credit element: a related picture with a title only
    '<div class="media related-media"><p class="photo"><img src="b.jpg" alt="Other floods"></p>'
    '<p class="title">Other floods</p><p>This year.</p></div>',
])
def test_related_media_without_one_credited_unlinked_picture_stays_furniture(block):
    assert _page(f"<article><h1>Floods</h1>{block}{PARA}</article>").images == ()


@pytest.mark.parametrize("caption, credit", [
    ("The two presidents at the summit in March (edited by Example News)", "edited by Example News"),
    ("Les deux présidents au sommet (montage par Exemple Presse)", "montage par Exemple Presse"),
    ("Los dos presidentes en la cumbre (fotomontaje de Ejemplo Noticias)", "fotomontaje de Ejemplo Noticias"),
    ("The harbour after the storm (Graphic by Jane Roe)", "Graphic by Jane Roe"),
])
def test_who_made_or_altered_the_picture_in_brackets(caption, credit):
    span = caption_credit(caption)
    assert span is not None and caption[span[0]:span[1]] == credit


@pytest.mark.parametrize("line", [
    "The minister praised the new collection of essays. (Edited by Jane Roe)",  # after a finished sentence
    "(Edited by Jane Roe)",  # alone: an editor's note, not a caption's credit
    "A new history of the port (edited by a committee of friends)",  # names no one
    "Edited by Jane Roe",  # not in brackets
    "The two presidents at the summit, edited by Example News",
])
def test_an_editor_named_outside_a_captions_brackets_is_not_a_photo_credit(line):
    assert caption_credit(line) is None


@pytest.mark.parametrize("sentence, name", [
    ("This picture of the march in the capital was taken by Example Press photographer Jane Roe last Monday.",
     "Jane Roe"),
    ("The photograph was taken by staff photographer Lena Berger at the harbour.", "Lena Berger"),
    ("Cette photo du port a été prise par le photographe Jean Dupont lundi.", "Jean Dupont"),
    ("La foto de la marcha fue tomada por el fotógrafo de Ejemplo Juana Ruiz el lunes.", "Juana Ruiz"),
])
def test_a_sentence_naming_the_photographer_who_took_the_picture(sentence, name):
    article = text.read(f"Marchers Fill the Capital\n\nThousands marched on Monday.\n\n{sentence}\n", "a.txt")[0]
    assert [im.credit for im in article.images] == [name]


@pytest.mark.parametrize("sentence", [
    "The photo of the rally was taken by a police officer on Monday.",  # no photographer named
    "The photos were taken by photographers from several agencies.",
    "Photographer Jane Roe took part in the march, as did her colleagues.",  # not about a picture taken
    "The picture was taken by a staff photographer on duty that day.",
    "Jane Roe, a photographer, said the march was peaceful.",
])
def test_a_sentence_about_a_photographer_that_credits_no_picture(sentence):
    article = text.read(f"Marchers Fill the Capital\n\nThousands marched on Monday.\n\n{sentence}\n", "a.txt")[0]
    assert article.images == ()
