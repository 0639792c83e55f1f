"""The HTML reader: blocks where their text stands, figures, links, page metadata and JSON-LD."""

from __future__ import annotations

import html as htmllib
from pathlib import Path

import pytest

from validator.article import Comment
from validator.errors import ReadError
from validator.readers.html import jsonld
from validator.readers.html import reader as html

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str):
    path = FIXTURES / "html" / name
    [article] = html.read(path.read_text(encoding="utf-8"), str(path))
    return article


def table(article):
    return [(b.kind, b.line, b.column, b.text) for b in article.blocks]


# --- a full page ------------------------------------------------------------------


def test_full_page_blocks():
    assert table(read("full.html")) == [
        ("title", 54, 26, "Ferry service to\nQara island resumes"),
        ("standfirst", 56, 33, "Boats sail again after the winter closure, reports\nLe Courrier du Port."),
        ("caption", 64, 17, "The first ferry leaves the harbour."),
        ("credit", 64, 53, "Photo: Yusuf Demir/Harbour Gazette"),
        ("paragraph", 66, 6, "The ferry to Qara island sailed on Monday for the first time since November, "
                             "carrying\nfifty passengers & two lorries of supplies."),
        ("paragraph", 68, 6, "Islanders had relied on fishing boats and a weekly supply barge, said the\n"
                             "mayor, Halim Tawil."),
        ("heading", 70, 7, "Fares unchanged"),
        ("paragraph", 71, 6, "The operator said fares would stay at last year’s level."),
        ("quote", 73, 8, '"We are glad to be back," the captain said.'),
        ("furniture", 75, 30, "Related"),
        ("furniture", 75, 64, "Storm damage counted"),
        ("furniture", 76, 6, "Read more: Winter storms close the port"),
        ("caption", 79, 17, "Passengers on the quay."),
        ("credit", 79, 68, "Sami Aziz"),
        ("furniture", 81, 6, "Advertisement"),
        ("footer", 83, 8, "Translated from French by Lea Brunner."),
    ]


def test_full_page_excludes_scripts_navigation_share_bars_comments_and_page_chrome():
    text = "\n".join(b.text for b in read("full.html").blocks)
    for gone in ("Share on Social", "Trending now", "Great news", "Comments", "© Harbour Gazette", "Sport",
                 "dataLayer", "console.log", "color: #222", "By Nadia Farouk", "12 March 2024"):
        assert gone not in text


def test_positions_inside_a_block_follow_inline_tags_and_entities():
    blocks = read("full.html").blocks
    ferry, islanders, fares = blocks[4], blocks[5], blocks[7]
    assert ferry.position(ferry.text.index("fifty")) == (67, 6)
    assert ferry.position(ferry.text.index("& two")) == (67, 23)
    assert ferry.position(ferry.text.index("two")) == (67, 29)
    assert islanders.position(islanders.text.index("and a")) == (68, 48)
    assert islanders.position(islanders.text.index("Halim")) == (69, 58)
    assert fares.position(fares.text.index("’s")) == (71, 53)
    assert fares.position(fares.text.index("s level")) == (71, 60)
    assert fares.end == (71, 68)


def test_full_page_metadata_from_jsonld_with_trailing_commas():
    a = read("full.html")
    assert a.notes == ()
    assert (a.title, a.lang, a.outlet, a.authors, a.translator, a.translated, a.wire) == (
        "Ferry service to Qara island resumes", "en", "Harbour Gazette", ("Nadia Farouk",), "Lea Brunner", True, ())
    assert a.source.model_dump() == {
        "outlet": "Le Courrier du Port", "author": "Nadia Farouk", "url": "https://courrier-du-port.example/ferry-qara",
        "language": "fr", "published": "2024-03-11", "title": "Reprise du service de ferry vers l'île de Qara"}
    assert a.meta["html_lang"] == "en"
    assert a.meta["og_locale"] == "en_US"
    assert a.languages == {"inLanguage": "en", "html lang": "en", "og:locale": "en"}
    assert a.meta["jsonld"]["type"] == "ReportageNewsArticle"
    assert a.meta["jsonld"]["line"] == 13
    assert a.meta["meta_tags"]["article:author"] == "Nadia Farouk"
    assert a.meta["byline"] == [{"text": "By Nadia Farouk", "line": 58, "column": 25}]
    assert a.meta["dates"] == [{"text": "12 March 2024", "line": 59, "column": 51}]
    assert a.meta["body"] == "article"


def test_full_page_images_and_links():
    a = read("full.html")
    lead, quay = a.images
    assert (lead.src, lead.alt, lead.caption, lead.credit, lead.line, lead.column, lead.credit_line,
            lead.credit_column, lead.position) == (
        "https://cdn.harbour-gazette.example/img/ferry.jpg?w=1200", "The ferry leaving port",
        "The first ferry leaves the harbour.", "Photo: Yusuf Demir/Harbour Gazette", 63, 5, 64, 53, "lead")
    assert (quay.src, quay.caption, quay.credit, quay.line, quay.credit_line, quay.credit_column, quay.position) == (
        "images/quay.png", "Passengers on the quay.", "Sami Aziz", 78, 79, 68, "inline")
    # the JSON-LD ImageObject is matched to the <img> by URL (the query string aside)
    assert lead.jsonld_credit == "Yusuf Demir/Harbour Gazette"
    assert lead.jsonld["copyrightNotice"] == "© Harbour Gazette"
    assert "no such file" in quay.embedded_reason.lower()
    assert [(ln.url, ln.text, ln.line, ln.column) for ln in a.links] == [
        ("/authors/nadia-farouk", "Nadia Farouk", 58, 73),
        ("https://qara-council.example/mayor", "Halim Tawil", 69, 58),
        ("/news/storm", "Storm damage counted", 75, 64),
    ]


# --- every block stands where the file says -----------------------------------------


def _pieces(block):
    starts = [(0, block.line, block.column)] + list(block.segments)
    for n, (offset, line, column) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(block.text)
        yield block.text[offset:end], line, column


@pytest.mark.parametrize("path", sorted((FIXTURES / "html").glob("*.html")) + sorted(
    (FIXTURES / "parity").glob("*.html")), ids=lambda p: p.name)
def test_every_block_and_segment_points_at_its_text(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    [article] = html.read("\n".join(lines), str(path))
    assert article.blocks
    for block in article.blocks:
        for piece, line, column in _pieces(block):
            word = piece.strip().split()[0] if piece.strip() else ""
            source = htmllib.unescape(lines[line - 1][column - 1:])
            assert source.startswith(word), (block.kind, piece, line, column)


# --- broken and unusual pages ---------------------------------------------------------


def test_html_that_never_closes_its_tags_still_gives_blocks():
    a = read("broken.html")
    assert table(a) == [
        ("title", 4, 5, "Bridge repairs begin"),
        ("paragraph", 5, 4, "Work on the old bridge started on Monday after years of delay"),
        ("paragraph", 6, 4, "The council said the bridge would reopen in autumn."),
        ("paragraph", 7, 19, "Stray end tags follow"),
        ("paragraph", 8, 9, "Lane closures at night"),
        ("paragraph", 8, 35, "Detours via the ring road"),
        ("caption", 9, 52, "The old bridge"),
        ("credit", 9, 68, "Photo: Omar Said"),
        ("paragraph", 11, 4, "Drivers were advised to allow extra time"),
        ("paragraph", 12, 4, "Buses will run as normal."),
    ]
    assert [(im.src, im.caption, im.credit, im.credit_line, im.credit_column) for im in a.images] == [
        ("bridge.jpg", "The old bridge", "Photo: Omar Said", 9, 68)]
    assert [(ln.url, ln.text) for ln in a.links] == [("/roads", "allow extra time")]
    assert "unclosed comment" not in "".join(b.text for b in a.blocks)


def test_malformed_jsonld_is_a_note_and_the_page_is_still_read():
    a = read("jsonld-malformed.html")
    assert a.notes == ("the JSON-LD script at line 5 is malformed and was skipped: "
                       "Expecting ',' delimiter (line 1, column 84 of the script)",)
    # the second script (comment-wrapped, trailing comma, raw tab in a string) is read
    assert (a.title, a.authors, a.outlet, a.lang) == ("Market hall reopens", ("Ines Moreau",), "Valley Courier", "en")
    assert a.meta["body"] == "main"
    assert table(a) == [("title", 20, 5, "Market hall reopens"),
                        ("paragraph", 21, 4, "The market hall reopened on Saturday after a year of repairs.")]


def test_page_without_article_or_main_uses_the_densest_container():
    a = read("no-article.html")
    assert a.meta["body"] == "densest:div.col-main"
    assert table(a) == [
        ("heading", 7, 5, "Library extends opening hours"),
        ("paragraph", 8, 4,
         "The town library will stay open until nine in the evening from next month, the council said."),
        ("paragraph", 9, 4, "Volunteers will staff the reading room on Sundays."),
        ("caption", 11, 20, "The library on Market Street."),
        ("credit", 11, 50, "© Valley Courier"),
        ("paragraph", 12, 4, "The change follows a survey of residents."),
    ]
    [image] = a.images
    assert (image.src, image.caption, image.credit, image.line, image.column, image.position) == (
        "library.webp", "The library on Market Street.", "© Valley Courier", 10, 1, "inline")
    assert a.lang == "de-DE" and a.languages == {"html lang": "de"}


def test_every_declared_language_is_kept_and_a_transform_subtag_names_the_source():
    a = read("languages.html")
    assert a.languages == {"inLanguage": "de", "html lang": "en", "og:locale": "fr", "content-language": "en"}
    assert a.meta["html_lang"] == "en-t-ar"
    assert a.lang == "de"
    assert a.source.language == "ar" and a.source.url == "https://olive-press.example/harvest"
    assert a.translated is True
    assert a.wire == ("Northstar News Agency",)


@pytest.mark.parametrize("tag, expected", [
    ("en", ("en", None)), ("en-US", ("en-US", None)), ("en_US", ("en-US", None)),
    ("EN-t-AR", ("en", "ar")), ("en-GB-t-ar-x-foo", ("en-GB", "ar")), ("x-private", (None, None)),
    ("", (None, None)), (None, (None, None)), ("en-u-ca-gregory", ("en", None)),
])
def test_split_lang(tag, expected):
    assert html.split_lang(tag) == expected


def test_title_falls_back_to_the_title_element_then_og_title():
    [a] = html.read("<html><head><title>Only a title</title></head><body><p>Text.</p></body></html>", "t.html")
    assert a.title == "Only a title"
    assert table(a)[0] == ("title", 1, 20, "Only a title")
    [b] = html.read('<meta property="og:title" content="From OG">\n<article><p>Text.</p></article>', "o.html")
    assert b.title == "From OG"
    assert table(b) == [("title", 1, 1, "From OG"), ("paragraph", 2, 13, "Text.")]


def test_paragraphs_after_the_last_rule_are_the_footer():
    page = "<article>\n<p>One.</p>\n<p>Two.</p>\n<hr>\n<p>Translated by A. Translator.</p>\n</article>"
    [a] = html.read(page, "r.html")
    assert [b.kind for b in a.blocks] == ["paragraph", "paragraph", "footer"]


def test_standfirst_lead_class_and_byline_authors():
    page = ('<article><h1>Head</h1><p class="lead">The lede.</p><p class="lead">Not a lede.</p>'
            '<p class="byline">By Ana Ruiz and Li Wei</p><p>Body.</p></article>')
    [a] = html.read(page, "s.html")
    assert [(b.kind, b.text) for b in a.blocks] == [
        ("title", "Head"), ("standfirst", "The lede."), ("paragraph", "Not a lede."), ("paragraph", "Body.")]
    assert a.authors == ("Ana Ruiz", "Li Wei")


@pytest.mark.parametrize("page, text", [
    ("<div>" * 3000 + "deep text" + "</div>" * 3000, "deep text"),
    ("<p>" + "<b>" * 3000 + "deep text", "deep text"),
    ("<article><p>text<script>never closed", "text"),
    ("\x00\x01binary\xff\xfe<p>deep text</p>", "deep text"),
    ("<![if !IE]><p>deep text<!x><?php echo 1 ?>", "deep text"),
])
def test_pathological_markup_keeps_its_text(page, text):
    """Deep nesting, unclosed elements, binary noise and stray declarations neither
    crash the reader nor lose the paragraph; a script's content is never text."""
    [a] = html.read(page, "p.html")
    assert [b.text for b in a.blocks if b.kind == "paragraph"][-1] == text
    assert not any("never closed" in b.text or "echo" in b.text for b in a.blocks)


def test_an_empty_page_is_a_read_error():
    with pytest.raises(ReadError, match="empty"):
        html.read("  \n ", "e.html")


def test_jsonld_clean_keeps_strings_intact():
    raw = '<!--\n{"a": "x,]", "b": [1, 2,], "c": {"d": "tab\there",},}\n-->'
    assert jsonld.loads(raw) == {"a": "x,]", "b": [1, 2], "c": {"d": "tab\there"}}
    assert jsonld.loads('{"a": "bell\x07", "b": 1}') == {"a": "bell ", "b": 1}
    with pytest.raises(ValueError, match="nested too deeply"):
        jsonld.loads("[" * 100000 + "]" * 100000)
    with pytest.raises(ValueError):
        jsonld.loads('{"a": ')


def test_jsonld_accepts_strings_objects_arrays_and_references():
    summary = jsonld.summarize([[
        {"@type": ["NewsArticle"], "author": ["Ana", {"@id": "#li"}], "publisher": "Daily",
         "image": "https://x.example/a.jpg", "translator": {"@id": "#li"}},
        {"@type": "Person", "@id": "#li", "name": "Li"},
        {"@type": "ImageObject", "url": "https://x.example/b.jpg", "copyrightHolder": {"name": "Agency"}},
    ]])
    assert summary["authors"] == ["Ana", "Li"]
    assert summary["translator"] == ["Li"]
    assert summary["publisher"] == "Daily"
    assert summary["images"] == [{"url": "https://x.example/a.jpg", "lead": True},
                                 {"url": "https://x.example/b.jpg", "copyrightHolder": "Agency", "lead": False}]


def test_html_comments_are_read_when_the_title_comes_from_og_title():
    page = ('<html><head><meta property="og:title" content="Bus Routes Return"></head><body>\n'
            "<!-- provcheck-disable photo-credit -- credited in the CMS -->\n"
            "<p>Three bus routes returned to the old city on Saturday.</p></body></html>\n")
    [article] = html.read(page, "a.html")
    assert article.title == "Bus Routes Return" and article.blocks[0].kind == "title"
    assert article.comments == (Comment(line=2, text="<!-- provcheck-disable photo-credit -- credited in the CMS -->"),)


def test_a_share_named_wrapper_that_holds_the_story_is_read():
    """A share bar is page chrome; an element whose class names sharing but that wraps the
    whole story (``class="share-zone"`` around the text) is the article."""
    para = ("<p>The council met on Monday to discuss the new water prices, which rose for a third month "
            "running in the eastern districts, and several members asked for an inquiry into the costs.</p>")
    page = ('<html lang="en"><body><article><h1>Water Prices Rise</h1><div class="share-zone">'
            '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>'
            '<div class="text-zone"><figure><img src="a.jpg" alt="A tap"><figcaption>A tap in the old city. '
            'Credits: Jane Roe</figcaption></figure>' + para * 10 + "</div></div></article></body></html>")
    [article] = html.read(page, "a.html")
    texts = [b.text for b in article.blocks]
    assert sum(t.startswith("The council met") for t in texts) == 10
    assert not any("Facebook" in t or "Tweet" in t for t in texts)
    assert [im.credit for im in article.images] == ["Credits: Jane Roe"]


_STORY = ("<p>The new model made its debut at the motor show on Wednesday, and the maker said it would reach "
          "dealers in the spring at a lower price than the model it replaces.</p>")


def _camera_page(label: str, after: str = "") -> tuple:
    page = ('<html lang="en"><body><article><img src="lead.jpg" alt="The new model on its stand">'
            f"<h1>New Model Makes Its Debut</h1><h2>The maker's smallest car yet</h2>"
            f"<div class=\"post-info\">{label}</div>{_STORY}{after}"
            "</article></body></html>")
    [article] = html.read(page, "a.html")
    return [(im.src, im.credit) for im in article.images]


def test_a_camera_icon_beside_a_name_credits_the_lead_picture():
    """Icon fonts stand for the "Photo:" label: ``<i class="fa-camera"></i> Name``."""
    assert _camera_page('<label><i class="fi-camera"> </i>Example Motors</label>') == [
        ("lead.jpg", "Example Motors")]
    assert _camera_page('<span><span class="icon icon-camera"></span> Jane Roe</span>') == [("lead.jpg", "Jane Roe")]


@pytest.mark.parametrize("label, after", [
    ('<label><i class="fi-calendar"></i>November 20, 2019</label>', ""),  # another icon: a date
    ('<label><i class="fi-camera"></i>12 photos</label>', ""),  # a gallery's count
    ("<label>Example Motors</label>", ""),  # no icon
    ("", '<div class="teaser"><span><i class="fa-camera"></i> Example Motors</span></div>'),  # below the story
])
def test_not_a_camera_credit(label, after):
    assert _camera_page(label, after) == [("lead.jpg", None)]


# --- a portal's provider logo --------------------------------------------------------

def _portal(publisher: str, og_url: str = "https://www.portal.example/news/story-1",
            site_name: str = "Portal") -> object:
    page = (f'<html><head><meta property="og:url" content="{og_url}">'
            f'<meta property="og:site_name" content="{site_name}"></head><body><article>'
            f'<header>{publisher}<h1>Water Prices Rise</h1></header>'
            "<p>Water prices rose for a third month in the eastern districts, officials said.</p>"
            "</article></body></html>")
    [article] = html.read(page, "page.html")
    return article


def test_a_portals_provider_logo_names_the_original_outlet():
    article = _portal('<span itemprop="publisher" itemscope itemtype="http://schema.org/Organization">'
                      '<a href="https://www.example-news.com/" title="Example News">'
                      '<img alt="Example News" src="logo.png"></a></span>')
    assert article.source is not None and article.source.outlet == "Example News"
    assert article.meta["provider"]["site"] == "example-news.com"
    # the logo's alt text names it when the link has no title
    article = _portal('<div itemprop="publisher"><a href="//news.example.co.uk/">'
                      '<img alt="Example Evening Post" src="logo.png"></a></div>')
    assert article.source.outlet == "Example Evening Post"


@pytest.mark.parametrize("publisher, og_url, site_name", [
    # the site's own logo: a link to its own home page (another subdomain of the same site)
    ('<span itemprop="publisher"><a href="https://portal.example/" title="Portal News"><img alt="Portal"></a></span>',
     "https://www.portal.example/news/story-1", "Portal"),
    ('<span itemprop="publisher"><a href="https://amp.example.co.uk/" title="Example"></a></span>',
     "https://www.example.co.uk/news/story-1", "Example"),
    # the provider's name is the page's own site name
    ('<span itemprop="publisher"><a href="https://cdn-host.example/" title="Portal"></a></span>',
     "https://www.portal.example/news/story-1", "Portal"),
    # the page says nothing of its own address
    ('<span itemprop="publisher"><a href="https://www.example-news.com/" title="Example News"></a></span>',
     "", "Portal"),
    # a publisher element without a link to a site
    ('<span itemprop="publisher"><img alt="Example News" src="logo.png"></span>',
     "https://www.portal.example/news/story-1", "Portal"),
])
def test_a_publisher_element_naming_the_page_itself_is_no_provider(publisher, og_url, site_name):
    article = _portal(publisher, og_url, site_name)
    assert article.source is None and "provider" not in article.meta
