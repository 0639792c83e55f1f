"""Metadata every format shares: language tags with a transform subtag, the
declarations kept for the consistency rules, and Markdown images merged by src."""

from __future__ import annotations

import json

import pytest

from validator.article import Article
from validator.checks.agree import Check as Agree
from validator.checks.base import Context
from validator.facts import Facts
from validator.readers import metadata, read_text
from validator.readers.html import reader as html


def _md(front: str, body: str = "The ferry sailed again on Monday after a week of storms, the harbour office said.\n"):
    [a] = read_text(f"---\n{front}---\n{body}", "story.md")
    return a


def test_html_uses_the_shared_split_lang():
    assert html.split_lang is metadata.split_lang


@pytest.mark.parametrize("tag, expected", [
    ("en-GB-t-ar", "en"), ("en_US", "en"), ("AR", "ar"), ("x-private", None), ("", None), (None, None),
])
def test_primary_language(tag, expected):
    assert metadata.primary_language(tag) == expected


@pytest.mark.parametrize("read", ["markdown", "json"])
def test_a_transform_subtag_gives_the_source_language_in_every_format(read):
    if read == "markdown":
        a = _md("title: T\nlang: en-t-ar\nsource: {outlet: Example Daily}\n")
    else:
        [a] = read_text(json.dumps({"title": "T", "lang": "en-t-ar", "source": {"outlet": "Example Daily"},
                                    "body": "Text."}), "story.json")
    assert (a.lang, a.source.language, a.source.outlet, a.translated) == ("en", "ar", "Example Daily", True)


def test_metadata_that_says_otherwise_wins_over_the_transform_subtag():
    a = _md("lang: en-GB-t-ar\ntranslated: false\nsource: {language: fa}\n")
    assert (a.lang, a.source.language, a.translated) == ("en-GB", "fa", False)
    assert _md("lang: en-t-ar\n").source.language == "ar"


def test_markdown_keeps_its_language_declarations():
    assert _md("lang: en-GB-t-ar\n").languages == {"front matter lang": "en"}
    assert _md("lang: en\nlanguage: fr\n").languages == {"front matter lang": "en", "front matter language": "fr"}
    assert _md("title: T\n").languages == {}


def test_markdown_image_in_front_matter_and_body_is_one_image():
    a = _md("images:\n  - src: a.jpg\n    credit: Jane Roe / Example Press\n  - src: b.jpg\n",
            "![A harbour](a.jpg)\n*The harbour. Photo: Someone Else*\n\nThe ferry sailed again on Monday after a "
            "week of storms, the harbour office said.\n\n![Boats](c.jpg)\n")
    assert [(im.src, im.alt, im.caption, im.credit, im.position) for im in a.images] == [
        ("a.jpg", "A harbour", "The harbour.", "Jane Roe / Example Press", "lead"),  # the front matter's credit wins
        ("b.jpg", None, None, None, "inline"),
        ("c.jpg", "Boats", None, None, "inline"),
    ]
    assert [im.line for im in a.images] == [3, 5, 12]  # front matter images stand at their entry


def test_markdown_image_position_from_the_body_unless_the_front_matter_gives_it():
    body = ("The ferry sailed again on Monday after a week of storms, the harbour office said.\n\n"
            "![A harbour](a.jpg)\n")
    assert _md("images: [a.jpg]\n", body).images[0].position == "inline"
    assert _md("images: [{src: a.jpg, position: lead}]\n", body).images[0].position == "lead"
    assert _md("images: [a.jpg]\n").images[0].position == "lead"  # not shown: the first is the lead


# --- the agree check ------------------------------------------------------------------


def _agree(languages, compare="primary", field="languages"):
    """The check on the readers' ``Article.languages``, or on a mapping of the raw metadata."""
    declared = {"languages": languages} if field == "languages" else {"meta": {field: languages}}
    article = Article(id="a", path="a.html", format="html", line=3, **declared)
    return Agree(kind="agree", field=field, compare=compare).run(article, Context(Facts(article)))


def test_agree_compares_primary_subtags():
    assert _agree({"html lang": "en-GB", "og:locale": "en_US", "inLanguage": "EN"}).hits == []
    [hit] = _agree({"html lang": "en", "og:locale": "fr"}).hits
    assert (hit.line, hit.column, hit.values["values"]) == (3, 1, "html lang 'en', og:locale 'fr'")


def test_agree_exact_compares_whole_values():
    assert len(_agree({"a": "en-GB", "b": "en-US"}, "exact").hits) == 1
    assert _agree({"a": "en-GB", "b": " EN-gb "}, "exact").hits == []


def test_agree_is_skipped_with_fewer_than_two_declarations():
    assert _agree({"html lang": "en"}).skipped == "only one languages declaration (html lang): nothing to compare"
    assert _agree({}).skipped == "the article has no languages declarations"
    # in raw metadata, values that are not text do not count, nor does a value that is no mapping
    assert _agree({"a": "en", "b": None, "c": ["fr"]}, field="langs").skipped == (
        "only one langs declaration (a): nothing to compare")
    assert _agree("en", field="langs").skipped == "the article has no langs declarations"
    assert len(_agree({"cms": "en", "print": "fr"}, field="langs").hits) == 1
