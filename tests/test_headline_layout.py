"""Which line of a plain-text page is the headline: the lines a page sets between the
headline and the story (agency bylines, date lines, reading times) are not, and Chinese or
Japanese prose is prose (``validator.readers.headline``, ``layout.is_prose``)."""

from __future__ import annotations

import pytest

from validator.detect.wire import detect
from validator.readers import read_text
from validator.readers.headline import agency_byline, meta_line
from validator.readers.layout import is_prose

HEAD = "Ferry Service Resumes After Storm Damage"
BODY = ("The ferry between the two islands sailed again on Tuesday after repairs to the pier, the operator said, "
        "ending a week in which residents had to rely on fishing boats.\n\n"
        "A second vessel is due back in service next month.\n")


def _page(*top: str, head: str = HEAD, above: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*above, head, *top]) + "\n\n" + BODY


def _read(text: str, ext: str = "txt"):
    [article] = read_text(text, f"page.{ext}")
    return article


def _kind(article, text: str) -> str:
    return next(b.kind for b in article.blocks if b.text == text)


@pytest.mark.parametrize("line", [
    "Published: 05 Jan 2025",
    "Updated: January 5, 2025 10:32 AM ET",
    "Posted on 5th January 2025",
    "Last updated on January 5, 2025",
    "Sunday, September 22, 2024",
    "05.01.2025, 14:30",
    "5 January 2025 | 14:30 GMT",
    "Mon 5 Jan 2025 14.30 GMT",
    "2025-01-05T14:30:00+03:00",
    "Publié le 05/01/2025 à 14h30, mis à jour à 16h02",
    "Dimanche 5 janvier 2025",
    "Veröffentlicht am 05.01.2025, 14:30 Uhr",
    "Stand: 05.01.2025 14:30 Uhr",
    "Publicado el 5 de enero de 2025 a las 14:30",
    "Publicado em 05/01/2025 - 14:30",
    "Pubblicato il 5 gennaio 2025 alle 14:30",
    "Опубликовано: 05.01.2025 14:30",
    "5 января 2025, 14:30",
    "Yayınlanma: 05.01.2025 14:30",
    "نشر في 05 يناير 2025",
    "الأحد 05 يناير 2025 - 10:32 ص",
    "2025年1月5日 14:30",
    "2025-01-05 14:30 来源：新华社",
    "3 min read",
    "Jan 5, 2025 · 3 min read",
    "Lesezeit: 3 Min.",
    "Temps de lecture : 3 min",
    "Время чтения: 3 минуты",
    "2 hours ago",
    "Desk Report 2019-09-18 07:32:00",
    "Jane Roe | 05.01.2025",
    "Region News 20 September 2009 11:26 (UTC +04:00)",
])
def test_date_and_reading_time_lines(line):
    assert meta_line(line)
    a = _read(_page(line))
    assert a.title == HEAD
    assert _kind(a, line) == "furniture"


@pytest.mark.parametrize("headline", [
    "Elections set for 5 January 2025",
    "Brexit Deal Signed 31 January 2020",
    "Updated rules for drone flights take effect",
    "Stand by me",
    "Date night ideas",
    "Top 10 things to do",
    "Chapter 3",
    "Paris 2024",
    "Vote on 5 May",
    "Man, 45, arrested",
])
def test_a_headline_holding_a_date_or_a_label_word_stays_the_headline(headline):
    assert not meta_line(headline)
    assert _read(_page(head=headline)).title == headline


@pytest.mark.parametrize("byline, agency", [
    ("Le Figaro avec AFP", "AFP"),
    ("Der Spiegel mit dpa", "dpa"),
    ("El País con EFE", "EFE"),
    ("Redazione ANSA", "ANSA"),
    ("Jane Roe, Reuters", "Reuters"),
    ("Associated Press", "AP"),
    ("Agencies", None),
    ("Staff and agencies", None),
    ("وكالات", None),
])
def test_an_agency_byline_under_the_headline_is_a_byline(byline, agency):
    a = _read(_page(byline, "Published: 05 Jan 2025", above=("World",)))
    assert a.title == HEAD
    assert _kind(a, byline) == "byline"
    assert a.authors == ()  # the outlet signing with an agency is no author
    assert not a.images  # nor is the agency a picture's credit
    hits = [h for h in detect(a) if h.form == "byline"]
    assert [(h.agency, h.credit) for h in hits] == [(agency, True)]


def test_a_byline_with_its_date_gives_the_author_alone():
    a = _read(_page("By Jane Roe | January 5, 2025"))
    assert a.authors == ("Jane Roe",)


@pytest.mark.parametrize("headline", ["Musk Sues AP", "Trump Slams Reuters", "Reuters Journalist Freed"])
def test_a_headline_naming_an_agency_stays_the_headline(headline):
    a = _read(_page(head=headline, above=("World",)))
    assert a.title == headline
    assert not [h for h in detect(a) if h.form == "byline"]


def test_an_agency_line_with_nothing_above_it_is_not_skipped():
    # a dataset text's first line is its headline, whatever it says
    assert _read(_page(head="Jane Roe, Reuters")).title == "Jane Roe, Reuters"


def test_a_date_line_under_a_long_headline_is_not_joined_to_it():
    head = "Officials Say the Ferry Between the Two Islands Will Sail Again Next Week"
    a = _read(head + "\n05.01.2025 14:30\n\n" + BODY)
    assert a.title == head
    assert _kind(a, "05.01.2025 14:30") == "furniture"


def test_reading_time_and_section_label_around_the_headline():
    a = _read(_page("By Reuters", "Updated: January 5, 2025 10:32 AM ET", "3 min read", above=("World",)))
    assert a.title == HEAD
    assert [b.kind for b in a.blocks[:5]] == ["furniture", "title", "byline", "furniture", "furniture"]


def test_an_all_caps_headline_above_an_agency_byline():
    a = _read(_page("Staff and agencies", head=HEAD.upper()))
    assert a.title == HEAD.upper()


@pytest.mark.parametrize("text", [
    "利用者からは歓迎の声が上がった。",
    "市民对此表示欢迎，但专家指出执行仍是关键。",
    "他说，平民的安全必须得到保障。安理会将于下周举行紧急会议",
    "The ferry sailed again on Tuesday.",
])
def test_cjk_sentences_are_prose(text):
    assert is_prose(text)


@pytest.mark.parametrize("text", ["東京で新しい地下鉄路線が開業", "首页", "国际 | 要闻", "运行正常。", "Ferry Service Resumes"])
def test_cjk_headlines_and_labels_are_not_prose(text):
    assert not is_prose(text)


@pytest.mark.parametrize("text, title, agency", [
    ("北京市公布新的空气质量改善计划\n\n新华社北京1月5日电 北京市政府周五公布了新的空气质量改善计划，目标是在三年内将细颗粒物浓度降低百分之十五。"
     "官员表示，计划包括关闭燃煤电厂。\n\n市民对此表示欢迎，但专家指出执行仍是关键。\n\n计划将于下月起实施。\n",
     "北京市公布新的空气质量改善计划", "Xinhua"),
    ("首页\n新闻\n\n联合国呼吁各方保持克制\n\n2025-01-05 14:30 来源：新华社\n\n"
     "新华社联合国1月5日电 联合国秘书长周五呼吁冲突各方保持最大限度的克制，并尽快恢复谈判。\n\n安理会将于下周举行紧急会议。\n",
     "联合国呼吁各方保持克制", "Xinhua"),
    ("東京で新しい地下鉄路線が開業\n\n【ロイター】東京都は金曜日、新しい地下鉄路線の開業を発表した。新路線は都心と湾岸地区を結ぶ。\n\n"
     "利用者からは歓迎の声が上がった。\n\n運行は午前五時から始まる。\n", "東京で新しい地下鉄路線が開業", "Reuters"),
])
def test_chinese_and_japanese_pages_keep_their_headline(text, title, agency):
    a = _read(text)
    assert a.title == title
    assert [b.kind for b in a.blocks if b.kind in ("paragraph", "standfirst")] != []
    assert not any(b.kind == "furniture" and b.text.endswith("。") for b in a.blocks)
    assert agency in {h.agency for h in detect(a) if h.credit}


def test_a_chinese_paragraph_ending_without_a_full_stop_is_still_the_story():
    a = _read("记者节特别报道\n\n中国记者节当天，多家媒体举办了开放日活动，邀请读者参观编辑部并与记者面对面交流。活动吸引了数千名市民参加。\n\n"
              "主办方表示，明年将继续举办。\n")
    assert a.title == "记者节特别报道"
    assert [b.kind for b in a.blocks] == ["title", "standfirst", "paragraph"]


@pytest.mark.parametrize("line", ["Le Figaro avec AFP", "Agencies", "Reuters", "Redazione ANSA", "Jane Roe, Reuters"])
def test_agency_bylines(line):
    assert agency_byline(line)


@pytest.mark.parametrize("line", ["World", "Musk Sues AP", "Trump Slams Reuters", "Christoph Reuter", "Photo: Jane Roe/AFP"])
def test_not_agency_bylines(line):
    assert not agency_byline(line)


@pytest.mark.parametrize("label", ["Share", "Listen to this article", "Advertisement", "Partager", "• Share to or"])
def test_an_interface_label_between_byline_and_story_is_not_the_headline(label):
    a = _read(_page("By Reuters", label))
    assert a.title == HEAD
    assert {h.agency for h in detect(a) if h.form == "byline"} == {"Reuters"}


def test_an_interface_label_as_the_first_line_stays_the_headline():
    # nothing above it: a dataset text's first line is its headline
    assert _read(_page(head="Support Local Bakers")).title == "Support Local Bakers"


@pytest.mark.parametrize("line", ["Source: Wire Service 2016-12-08 02:57:28", "2025-01-05 14:30 来源：新华社"])
def test_a_source_beside_a_date_is_a_date_line(line):
    assert meta_line(line)
    assert not meta_line("Source: Wire Service")  # a source line alone is a closing note's opening


def test_hard_wrapped_chinese_prose_is_joined():
    first = "北京市政府周五公布了新的空气质量改善计划，目标是在三年内将细颗粒物浓度降低百分之"
    a = _read(f"北京公布空气质量计划\n\n{first}\n十五。官员表示，计划包括关闭燃煤电厂。\n\n市民对此表示欢迎。\n")
    assert a.title == "北京公布空气质量计划"
    assert a.blocks[1].text.startswith(first + "\n十五。")


@pytest.mark.parametrize("line, agency", [
    ("Source: Reuters", "Reuters"), ("Quelle: dpa", "dpa"), ("Fuente: EFE", "EFE"), ("Источник: ТАСС", "TASS"),
    ("(Reuters)", "Reuters"), ("(AP)", "AP"),
])
def test_a_source_line_or_a_bracketed_agency_under_the_headline_credits_the_agency(line, agency):
    a = _read(_page(line, above=("World",)))
    assert a.title == HEAD
    assert agency in {h.agency for h in detect(a) if h.credit}


def test_a_source_line_naming_an_outlet_is_not_the_headline():
    a = _read(_page("Source: The Daily Example", above=("World",)))
    assert a.title == HEAD
    assert not detect(a)


@pytest.mark.parametrize("line", ["(ap)", "(Jane Roe)", "(Update)"])
def test_a_bracketed_word_is_no_agency_byline(line):
    assert not agency_byline(line)


def test_an_agency_byline_under_a_long_headline_is_not_joined_to_it():
    head = "Officials Say the Ferry Between the Two Islands Will Sail Again Next Week"
    a = _read(head + "\nReuters\n\n" + BODY)
    assert a.title == head
    assert _kind(a, "Reuters") == "byline"


@pytest.mark.parametrize("text", ["सरकार ने सोमवार को नई योजना की घोषणा की।", "هل تصمد الهدنة حتى الأسبوع المقبل في العاصمة؟"])
def test_devanagari_and_arabic_sentence_ends(text):
    assert is_prose(text)
