"""Where the article is on whole pages whose templates hide it: an <article> that is a list
of headlines, an <article> around the header only, an AMP story, related lists in the body."""

from __future__ import annotations

import pytest

from validator.readers.html import reader as html

STORY = ("<p>Heavy rain cut the harbour road in two places on Sunday, the county office said.</p>"
         "<p>Crews expect to reopen one lane by Wednesday, the office added in a statement.</p>"
         "<p>Shops in the lower town stayed shut while the water stood in the street.</p>")
SAYS = ["Heavy rain cut the harbour road", "Crews expect to reopen one lane", "Shops in the lower town"]
HEADLINES = "".join(f'<li><a href="/s{i}">A much-read headline number {i} about the council and its budget vote</a></li>'
                    for i in range(12))


def blocks(page: str):
    [article] = html.read(f"<!doctype html><html lang='en'><body>{page}</body></html>", "page.html")
    return article


def text(article) -> str:
    return "\n".join(b.text for b in article.blocks if b.kind != "furniture")


@pytest.mark.parametrize("page", [
    # a "most read" list marked up as an <article>, longer than the story
    f'<main><div class="story"><h1>Road cut</h1><div class="story-body">{STORY}</div></div>'
    f'<article class="most-read"><h2>Most read</h2><ol>{HEADLINES}</ol></article></main>',
    # the same list beside a story that is an <article> of its own
    f'<main><article class="post"><h1>Road cut</h1>{STORY}</article>'
    f'<article class="list"><h2>Elsewhere</h2><ul>{HEADLINES}</ul></article></main>',
    # an <article> around the headline and byline only, the text in a body element beside it
    f'<main><article class="story-header"><h1>Road cut</h1><div class="byline">By Jane Roe</div></article>'
    f'<div class="article-body">{STORY}</div></main>',
    # an AMP story: its pages are the article
    f'<amp-story standalone title="Road cut"><amp-story-page id="a"><amp-story-grid-layer template="vertical">'
    f'<h1>Road cut</h1>{STORY.split("</p>")[0]}</p></amp-story-grid-layer></amp-story-page>'
    f'<amp-story-page id="b"><amp-story-grid-layer template="vertical">{"</p>".join(STORY.split("</p>")[1:])}'
    f'</amp-story-grid-layer></amp-story-page></amp-story>',
])
def test_the_story_is_the_region_not_a_list_of_headlines(page):
    found = text(blocks(page))
    for said in SAYS:
        assert said in found
    assert "much-read headline" not in found


def test_a_short_article_with_no_body_beside_it_is_still_the_region():
    article = blocks('<main><article><h1>Road cut</h1><p>The harbour road is shut.</p></article>'
                     '<div class="sidebar"><p>Weather for the week ahead in the county and beyond.</p></div></main>')
    assert article.meta["region"]["how"] == "article"
    assert "Weather for the week" not in text(article)


@pytest.mark.parametrize("cls", ["wp-block-latest-posts__list wp-block-latest-posts", "most-read-list", "mostread"])
def test_a_list_of_latest_or_most_read_posts_in_the_body_is_furniture(cls):
    article = blocks(f'<article class="post"><h1>Road cut</h1><div class="entry-content">{STORY}'
                     f'<ul class="{cls}"><li><img src="/u/thumb.jpg" alt="" width="600" height="400">'
                     f'<a href="/bridge">Bridge reopens after repairs</a></li></ul></div></article>')
    assert "Bridge reopens" not in text(article)
    assert article.images == ()


def _entry(n: int, body: str, head: str = "") -> str:
    return f'<article class="live-entry" id="e{n}">{head}<time>10:0{n}</time>{body}</article>'


def test_a_live_blogs_entries_are_one_story():
    paras = STORY.split("</p>")[:3]
    article = blocks(f'<main><h1>Road cut: live</h1><div class="live-blog">'
                     + "".join(_entry(n, p + "</p>") for n, p in enumerate(paras)) + "</div></main>")
    assert article.meta["region"]["how"] == "article-entries"
    for said in SAYS:
        assert said in text(article)


@pytest.mark.parametrize("entries", [
    # stories of their own, one after another (an endless-scroll page): each has its headline
    "".join(_entry(n, STORY, f"<h1>Story {n}</h1>") for n in range(3)),
    # teaser cards: mostly a headline link each
    "".join(_entry(n, f'<h2><a href="/s{n}">A much-read headline number {n} about the council and its vote</a></h2>'
                      f"<p>Short.</p>") for n in range(3)),
    # two entries are no live blog
    "".join(_entry(n, STORY) for n in range(2)),
])
def test_articles_that_are_not_a_live_blogs_entries_stay_apart(entries):
    article = blocks(f'<main><div class="stream">{entries}</div></main>')
    assert article.meta["region"]["how"] == "article"


def test_live_entries_in_a_related_rail_are_not_the_story():
    rail = "".join(_entry(n, STORY) for n in range(3))
    article = blocks(f'<main><div class="related-live">{rail}</div></main>')
    assert article.meta["region"]["how"] == "article"


@pytest.mark.parametrize("lang, cls, said", [
    ("es", "autor-foto", "Juan Pérez"),
    ("fr", "auteur-photo", "Jean Dupont"),
    ("it", "credito", "Mario Rossi"),
    ("de", "bildquelle", "Max Mustermann"),
    ("en", "photo__author", "Jane Roe"),
])
def test_a_credit_element_named_in_the_pages_language_credits_the_figure(lang, cls, said):
    [article] = html.read(f'<!doctype html><html lang="{lang}"><body><article><h1>Road cut</h1>'
                          f'<figure><img src="/img/road.jpg" alt="road" width="1000" height="660">'
                          f'<figcaption>The road.<span class="{cls}">{said}</span></figcaption></figure>'
                          f'{STORY}</article></body></html>', "page.html")
    [image] = article.images
    assert image.credit == said
    assert ("credit", said) in [(b.kind, b.text) for b in article.blocks]


@pytest.mark.parametrize("cls", ["auteur", "autor", "autore", "verfasser"])
def test_a_byline_named_in_the_pages_language_is_metadata_not_text(cls):
    article = blocks(f'<article><h1>Road cut</h1><div class="{cls}">Par Hans Weber</div>{STORY}</article>')
    assert "Hans Weber" not in text(article)
    assert article.meta["byline"][0]["text"] == "Par Hans Weber"


def test_an_author_element_outside_a_figure_is_no_photo_credit():
    article = blocks(f'<article><h1>Road cut</h1>{STORY}<div class="autor-box">Jane Roe writes on transport.</div></article>')
    assert not [b for b in article.blocks if b.kind == "credit"]


def _fig(n: int, caption: str) -> str:
    return (f'<figure><img src="/img/g{n}.jpg" alt="picture {n}" width="1000" height="660">'
            f'<figcaption>{caption}</figcaption></figure>')


def test_a_hero_picture_in_the_headlines_header_before_the_article_is_its_lead():
    article = blocks(f'<main><header class="post-hero"><h1>Road cut</h1>{_fig(1, "The road. Photo: Jane Roe/AFP")}'
                     f'</header><article class="post"><div class="entry-content">{STORY}</div></article></main>')
    [image] = article.images
    assert image.credit == "Photo: Jane Roe/AFP"


def test_a_picture_in_the_sites_header_is_no_lead():
    article = blocks(f'<header class="masthead">{_fig(1, "Our newsroom. Photo: Jane Roe")}</header>'
                     f'<main><h1>Road cut</h1><article class="post">{STORY}</article></main>')
    assert article.images == ()


@pytest.mark.parametrize("cls", ["comment-list", "comment-section", "comment-respond"])
def test_a_comment_list_inside_the_article_is_not_read(cls):
    article = blocks(f'<article><h1>Road cut</h1>{STORY}<ol class="{cls}"><li><p>Nice one, thanks.</p></li></ol></article>')
    assert "Nice one" not in text(article)


def test_a_carousel_of_the_articles_own_pictures_is_a_gallery():
    article = blocks(f'<article><h1>Road cut</h1>{STORY}<div class="gallery-carousel">'
                     f'{_fig(1, "The lower town. Photo: Jane Roe")}{_fig(2, "The port. Photo: Jane Roe")}</div></article>')
    assert [i.credit for i in article.images] == ["Photo: Jane Roe", "Photo: Jane Roe"]


@pytest.mark.parametrize("inside", [
    # stories' pictures with headlines linking to them
    "".join(f'<figure><a href="/s{n}"><img src="/img/t{n}.jpg" alt="" width="600" height="400"></a>'
            f'<figcaption><h3><a href="/s{n}">Bridge reopens {n}</a></h3> Photo: Jane Roe</figcaption></figure>'
            for n in range(2)),
    # one figure is no gallery
    _fig(1, "Bridge reopens. Photo: Jane Roe"),
])
def test_a_related_carousel_stays_furniture(inside):
    article = blocks(f'<article><h1>Road cut</h1>{STORY}<div class="carousel">{inside}</div></article>')
    assert article.images == ()
    assert "Bridge reopens" not in text(article)


def test_a_microdata_image_object_before_the_article_body_is_its_lead():
    article = blocks('<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Road cut</h1>'
                     '<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
                     '<img itemprop="url" src="/img/road.jpg" alt="road" width="1200" height="800">'
                     '<span itemprop="caption">The road.</span> <span itemprop="copyrightHolder">Jane Roe/AFP</span></div>'
                     f'<div itemprop="articleBody">{STORY}</div></div>')
    [image] = article.images
    assert image.credit == "Jane Roe/AFP"


def test_an_authors_microdata_picture_is_no_article_image():
    article = blocks('<div itemscope itemtype="https://schema.org/NewsArticle"><h1>Road cut</h1>'
                     '<div itemprop="author" itemscope><div itemprop="image"><img src="/img/p/jr.jpg" alt="" width="400" '
                     f'height="400"></div><span itemprop="name">Jane Roe</span></div><div itemprop="articleBody">{STORY}</div></div>')
    assert article.images == ()
