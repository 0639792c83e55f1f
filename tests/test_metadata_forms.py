"""Provenance a page or record carries in its metadata rather than its prose: the picture
credits of JSON-LD, data attributes, front matter and ninjs; the original outlet of an
``isBasedOn`` address; the wire of a ``sourceOrganization`` — each form beside the
look-alikes that must not count."""

from __future__ import annotations

import json

import pytest

from validator.readers import read_text

PARAS = ("<p>The harbour office said on Tuesday that the eastern quay would reopen next week once the "
         "cranes were repaired.</p><p>Work began in March; the port and the council share the cost.</p>")
ARTICLE = ('"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Quay reopens", '
           '"publisher": {"@type": "Organization", "name": "The Valley Courier", "url": "https://www.valley-courier.com/"}')


def _page(ld: str = "", figure: str = "", head: str = "", article_attrs: str = "") -> str:
    return (f'<!doctype html><html lang="en"><head><title>Quay reopens</title>'
            f'<meta property="og:url" content="https://www.valley-courier.com/news/quay">'
            f'<meta property="og:site_name" content="The Valley Courier">{head}'
            f'<script type="application/ld+json">{{{ARTICLE}{ld}}}</script></head>'
            f'<body><article{article_attrs}><h1>Quay reopens</h1>{figure}{PARAS}</article></body></html>')


def _html(page: str):
    [article] = read_text(page, "page.html")
    return article


def _credits(article) -> list[str | None]:
    return [im.credit for im in article.images]


# --- JSON-LD pictures --------------------------------------------------------------

SHOWN = '<figure><img src="https://cdn.valley-courier.com/img/quay-640.jpg" alt="The quay"></figure>'


@pytest.mark.parametrize("ld, figure, credit", [
    # the non-standard "credit" key many CMSs write, on the picture the page shows…
    (', "image": {"@type": "ImageObject", "url": "https://cdn.valley-courier.com/img/quay-640.jpg", '
     '"credit": "Lina Saab/AFP"}', SHOWN, "Lina Saab/AFP"),
    # …and on a lead picture only the metadata declares
    (', "image": {"@type": "ImageObject", "url": "https://cdn.valley-courier.com/img/q.jpg", "credit": "EPA"}',
     "", "EPA"),
    # associatedMedia, when there is no image
    (', "associatedMedia": [{"@type": "ImageObject", "contentUrl": "https://cdn.valley-courier.com/img/q-1200.jpg",'
     ' "creditText": "Foto: Max Muster/dpa"}]', SHOWN, "Foto: Max Muster/dpa"),
    (', "associatedMedia": {"@type": "ImageObject", "contentUrl": "https://cdn.valley-courier.com/img/q.jpg", '
     '"copyrightHolder": {"@type": "Organization", "name": "Reuters"}}', "", "Reuters"),
    # an image array of crops: the first entry without a credit, a later one with it
    (', "image": [{"@type": "ImageObject", "url": "https://cdn.valley-courier.com/img/q-1x1.jpg"}, '
     '{"@type": "ImageObject", "url": "https://cdn.valley-courier.com/img/q-16x9.jpg", "creditText": "Jan Nowak/PAP"}]',
     SHOWN, "Jan Nowak/PAP"),
    # an image array of addresses, the credit on an ImageObject given apart with one of them
    (', "image": ["https://cdn.valley-courier.com/img/q-1x1.jpg", "https://cdn.valley-courier.com/img/q-16x9.jpg"]},'
     ' {"@context": "https://schema.org", "@type": "ImageObject", '
     '"url": "https://cdn.valley-courier.com/img/q-16x9.jpg", "creditText": "Jean Dupont / AFP"', "",
     "Jean Dupont / AFP"),
])
def test_jsonld_picture_credits(ld, figure, credit):
    page = _page(ld, figure)
    if '"@context": "https://schema.org", "@type": "ImageObject"' in ld:  # two objects: one script, an array
        page = page.replace('json">{', 'json">[{').replace("}</script>", "}]</script>")
    assert credit in _credits(_html(page))


@pytest.mark.parametrize("ld", [
    # a licence page's address is no credit
    ', "image": {"@type": "ImageObject", "url": "https://cdn.valley-courier.com/img/quay-640.jpg", '
    '"credit": "https://www.valley-courier.com/terms"}',
    # an image array without any credit
    ', "image": ["https://cdn.valley-courier.com/img/q-1x1.jpg", "https://cdn.valley-courier.com/img/q-16x9.jpg"]',
    # associatedMedia that is a video, not a picture
    ', "associatedMedia": {"@type": "VideoObject", "contentUrl": "https://cdn.valley-courier.com/v.mp4", '
    '"creditText": "Reuters"}',
])
def test_jsonld_without_a_picture_credit(ld):
    assert not any(_credits(_html(_page(ld, SHOWN))))


# --- JSON-LD sources -----------------------------------------------------------------


def test_is_based_on_an_address_on_another_site_names_that_site():
    a = _html(_page(', "isBasedOn": "https://www.harbour-gazette.co.uk/2024/05/quay"'))
    assert a.source.outlet == "harbour-gazette" and a.source.url.endswith("/quay")


@pytest.mark.parametrize("url", [
    "https://www.valley-courier.com/2024/05/first-report",  # the page's own site: its own earlier story
    "https://news.valley-courier.com/2024/05/first-report",
    "/2024/05/first-report",  # relative: the page's own site
])
def test_is_based_on_the_pages_own_site_names_no_outlet(url):
    a = _html(_page(f', "isBasedOn": "{url}"'))
    assert a.source is None or a.source.outlet is None


def test_is_based_on_without_a_known_own_site_names_no_outlet():
    page = _page(', "isBasedOn": "https://www.harbour-gazette.co.uk/q"').replace(
        '<meta property="og:url" content="https://www.valley-courier.com/news/quay">', "")
    a = _html(page)
    assert a.source.url == "https://www.harbour-gazette.co.uk/q" and a.source.outlet is None


@pytest.mark.parametrize("org", [
    '{"@type": "Organization", "name": "Valley Courier", "url": "https://www.valley-courier.com"}',
    '{"@type": "NewsMediaOrganization", "name": "ValleyCourier.com"}',
    '{"@type": "NewsMediaOrganization", "name": "The Valley Courier Newsroom"}',
    '{"@type": "Organization", "name": "Courier Digital Desk", "url": "https://valley-courier.com/desk"}',
])
def test_a_source_organization_that_is_the_own_publisher_is_no_wire(org):
    assert _html(_page(f', "sourceOrganization": {org}')).wire == ()


def test_a_source_organization_that_is_an_agency_is_the_wire():
    a = _html(_page(', "sourceOrganization": {"@type": "NewsMediaOrganization", "name": "Reuters", '
                    '"url": "https://www.reuters.com"}'))
    assert a.wire == ("Reuters",)


# --- data attributes -----------------------------------------------------------------


@pytest.mark.parametrize("figure, credit", [
    ('<figure><img src="a.jpg" data-photographer="Lina Saab" alt="The quay"></figure>', "Lina Saab"),
    ('<figure data-copyright="© Lina Saab / AFP"><img src="a.jpg" alt="The quay"></figure>', "© Lina Saab / AFP"),
    ('<div class="media"><img src="a.jpg" data-image-credit="AP Photo/Lina Saab" alt="The quay"></div>',
     "AP Photo/Lina Saab"),
    ('<figure><img src="a.jpg" data-caption-credit="Getty Images" alt="The quay"></figure>', "Getty Images"),
    ('<figure><img src="a.jpg" data-source="Reuters/Lina Saab" alt="The quay"></figure>', "Reuters/Lina Saab"),
    ('<figure><img src="a.jpg" data-source="Anadolu Agency" alt="The quay"></figure>', "Anadolu Agency"),
])
def test_attribute_credits(figure, credit):
    a = _html(_page(figure=figure))
    assert _credits(a) == [credit] and not a.images[0].credit_visible


@pytest.mark.parametrize("figure, head, article_attrs", [
    # data-source as a file's address or a CMS's word
    ('<figure><img src="a.jpg" data-source="https://cdn.valley-courier.com/a-big.jpg" alt="q"></figure>', "", ""),
    ('<figure><img src="a.jpg" data-source="/media/a-big.jpg" alt="q"></figure>', "", ""),
    ('<figure><img src="a.jpg" data-source="cms" alt="q"></figure>', "", ""),
    # data-author is the article's author on most pages
    ('<figure><img src="a.jpg" data-author="Tom Avery" alt="q"></figure>', "", ""),
    # the article's own byline attribute around the figure
    ('<figure><img src="a.jpg" alt="q"></figure>', "", ' data-byline="By Tom Avery"'),
    # the site's copyright notice
    ('<figure><img src="a.jpg" alt="q"></figure>', '<meta name="copyright" content="© 2024 The Valley Courier">', ""),
])
def test_attribute_look_alikes_credit_nothing(figure, head, article_attrs):
    assert not any(_credits(_html(_page(figure=figure, head=head, article_attrs=article_attrs))))


# --- front matter and JSON records ---------------------------------------------------

BODY = "The harbour office said on Tuesday that the eastern quay would reopen next week.\n"


def _md(front: str):
    [a] = read_text(f"---\n{front}\n---\n\n{BODY}", "story.md")
    return a


@pytest.mark.parametrize("front, credit", [
    ("image: /img/quay.jpg\nimage_credit: Lina Saab/AFP", "Lina Saab/AFP"),
    ('photo_credit: "Foto: Max Muster/dpa"', "Foto: Max Muster/dpa"),
    ("featured_image: quay.jpg\nfeatured_image_credit: EPA", "EPA"),
    ("image: quay.jpg\nphotographer: Lina Saab", "Lina Saab"),
    ("image:\n  src: quay.jpg\n  credit: Reuters/Jan Nowak", "Reuters/Jan Nowak"),
    ('image:\n  url: quay.jpg\n  alt: The quay\n  copyright: "© Lina Saab"', "© Lina Saab"),
    ('cover:\n  image: quay.jpg\n  caption: "The quay at dawn. Photo: Lina Saab/AFP"', "Photo: Lina Saab/AFP"),
    ('feature_image: quay.jpg\nfeature_image_caption: "Photo by Lina Saab on Unsplash"',
     "Photo by Lina Saab on Unsplash"),
    # a theme's header image, its caption a credit with a Markdown link (an address inside a credit is fine)
    ('header:\n  image: quay.jpg\n  caption: "Photo credit: [**Lina Saab**](https://example.org/lina)"',
     "Photo credit: [**Lina Saab**](https://example.org/lina)"),
])
def test_front_matter_lead_image_credit(front, credit):
    a = _md(front)
    assert [(im.credit, im.position) for im in a.images] == [(credit, "lead")]


def test_front_matter_credit_stands_where_it_is_written():
    a = _md("title: Quay\nimage:\n  src: quay.jpg\n  credit: Reuters/Jan Nowak")
    assert (a.images[0].src, a.images[0].credit_line, a.images[0].credit_column) == ("quay.jpg", 5, 11)


def test_front_matter_lead_image_listed_in_images_takes_the_credit():
    a = _md("images:\n  - src: quay.jpg\nimage: quay.jpg\nimage_credit: Lina Saab/AFP")
    assert [(im.src, im.credit) for im in a.images] == [("quay.jpg", "Lina Saab/AFP")]


@pytest.mark.parametrize("front", [
    'copyright: "© 2024 The Valley Courier"',  # the site's copyright
    "author: Tom Avery\nauthor_image: tom.jpg",  # the author's head-shot
    "image: quay.jpg",  # a share card without a credit
    "image:\n  src: quay.jpg\n  credit: https://unsplash.com/photos/abc",  # an address, not a credit
    'feature_image_caption: "The quay at dawn."',  # a caption without a credit
])
def test_front_matter_look_alikes_credit_nothing(front):
    assert not any(im.credit for im in _md(front).images)


def test_json_record_lead_image_credit_at_its_value():
    text = json.dumps({"title": "Quay", "body": BODY, "featured_image": {"url": "quay.jpg", "credit": "Reuters"}})
    [a] = read_text(text, "story.json")
    im = a.images[0]
    assert (im.credit, im.position, im.credit_line, im.credit_column) == (
        "Reuters", "lead", 1, text.index('"Reuters"') + 2)


def test_json_record_site_copyright_is_no_credit():
    [a] = read_text(json.dumps({"title": "Quay", "body": BODY, "copyright": "© 2024 The Valley Courier"}), "s.json")
    assert a.images == ()


# --- ninjs -------------------------------------------------------------------------

NINJS = {"uri": "urn:example:1", "type": "text", "language": "en", "headline": "Quay", "body_text": BODY}


@pytest.mark.parametrize("assoc, credit", [
    ({"type": "picture", "uri": "urn:i:1", "description_text": "The quay at dawn. Photo: Lina Saab/AFP"},
     "Photo: Lina Saab/AFP"),
    ({"type": "http://cv.iptc.org/newscodes/ninature/picture", "uri": "urn:i:1", "by": "Lina Saab/AFP"},
     "Lina Saab/AFP"),
    ({"type": "picture", "uri": "urn:i:1", "byline": "Lina Saab"}, "Lina Saab"),
    ({"type": "picture", "uri": "urn:i:1", "copyrightholder": "Reuters"}, "Reuters"),
])
def test_ninjs_picture_credits(assoc, credit):
    [a] = read_text(json.dumps({**NINJS, "associations": {"featureimage": assoc}}), "item.json")
    assert _credits(a) == [credit]


@pytest.mark.parametrize("record", [
    {**NINJS, "copyrightholder": "The Valley Courier", "associations": [{"type": "picture", "uri": "urn:i:1"}]},
    {**NINJS, "associations": [{"type": "picture", "uri": "urn:i:1", "description_text": "The quay at dawn."}]},
    {**NINJS, "associations": [{"type": "video", "uri": "urn:v:1", "by": "Lina Saab/AFP"}]},
])
def test_ninjs_look_alikes_credit_nothing(record):
    [a] = read_text(json.dumps(record), "item.json")
    assert not any(_credits(a))
