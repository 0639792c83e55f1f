"""The JSON/JSONL reader: our own schema and IPTC ninjs, one bad record never spoils the batch."""

from __future__ import annotations

import html as htmllib
import json
import re
from pathlib import Path

import pytest

from validator.article import Article
from validator.errors import ReadError
from validator.readers.json import reader as jsonl

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str):
    path = FIXTURES / "json" / name
    return jsonl.read(path.read_text(encoding="utf-8"), str(path))


def table(article):
    return [(b.kind, b.line, b.column, b.text) for b in article.blocks]


def errors(items):
    return [(e.message, e.line, e.column, e.record.rsplit("/", 1)[-1]) for e in items if isinstance(e, ReadError)]


# --- our own schema ---------------------------------------------------------------


def test_own_schema_single_object():
    [a] = read("single.json")
    assert (a.id.endswith("single.json"), a.format, a.line, a.title, a.lang, a.outlet, a.authors, a.translator,
            a.translated) == (True, "json", 1, "Bakers form a cooperative in the old town", "en", "Valley Courier",
                              ("Marta Ruiz",), "Ines Moreau", True)
    # lang en-t-es: English translated from Spanish
    assert a.source.model_dump(exclude_none=True) == {
        "outlet": "El Correo del Valle", "url": "https://correo-del-valle.example/panaderias", "language": "es"}
    assert table(a) == [
        ("title", 4, 13, "Bakers form a cooperative in the old town"),
        ("standfirst", 5, 18, "Six family bakeries will share one oven and one delivery van."),
        ("paragraph", 14, 12, 'The six bakeries of the old town signed the "cooperative" agreement on Friday.'),
        ("caption", 14, 134, "The shared oven in Calle Mayor."),
        ("credit", 14, 166, "Photo: Pablo Gil"),
        ("heading", 14, 190, "One oven, six recipes"),
        ("paragraph", 14, 215, "Each bakery keeps its own recipes\nand its own shop."),
        ("quote", 14, 273, "We could not pay for the gas alone, said Ana Sol."),
        ("footer", 14, 333, "Translated from Spanish by Ines Moreau."),
    ]
    # escapes (\" and \n) move the rest of the text: every segment knows it
    para = a.blocks[2]
    assert para.position(para.text.index("cooperative")) == (14, 58)
    assert para.position(para.text.index("agreement")) == (14, 72)
    assert a.blocks[6].position(a.blocks[6].text.index("and its")) == (14, 250)
    [image] = a.images
    assert (image.src, image.alt, image.caption, image.credit, image.line, image.column, image.credit_line,
            image.credit_column, image.position) == (
        "images/oven.jpg", "The shared oven", "The shared oven in Calle Mayor.", "Photo: Pablo Gil", 12, 5, 12, 69,
        "inline")
    # the record's other fields are kept as they are (its own id too: the article id stays the path)
    assert a.meta["slug"] == "bakery-cooperative" and a.meta["id"] == "cms-4411"
    assert a.meta["json_schema"] == "provcheck" and "body" not in a.meta
    assert a.notes == ()


def test_json_array_records_are_numbered_and_bad_ones_are_errors():
    items = read("batch.json")
    assert [i.id.rsplit("/", 1)[-1] if isinstance(i, Article) else None for i in items] == [
        "batch.json#1", "batch.json#2", "batch.json#3", None]
    first, second, third = items[:3]
    assert (first.line, first.format, table(first)) == (2, "json", [("title", 2, 14, "First record"),
                                                                    ("paragraph", 2, 52, "One paragraph.")])
    assert (second.line, second.format, second.title) == (3, "ninjs", "Second record")
    # a field of the wrong shape is left out with a note (as in front matter); the text is still checked
    assert (third.title, third.notes, table(third)) == (
        None, ("metadata field 'title' should be text, not list",), [("paragraph", 4, 37, "A title that is a list.")])
    assert errors(items) == [
        ("record " + str(FIXTURES / "json" / "batch.json") + "#4 is a JSON str, not an article object", 5, 3,
         "batch.json#4"),
    ]


def test_articles_wrapper_and_a_misspelt_nested_key():
    one, two = read("wrapped.json")
    assert one.id.endswith("wrapped.json#1") and one.line == 3 and two.line == 4
    assert two.source.outlet == "Daily"
    assert two.notes == ("metadata source has unknown fields: langauge",)


# --- ninjs ------------------------------------------------------------------------------


def test_ninjs_1x_lowercase():
    [a] = read("ninjs-1.json")
    assert (a.format, a.title, a.lang, a.outlet, a.authors, a.translated) == (
        "ninjs", "Tram line extended to the station", "en", "Valley Courier", ("Ana Sol", "Li Wei"), None)
    assert table(a) == [
        ("title", 6, 16, "Tram line extended to the station"),
        ("paragraph", 10, 17, "The tram line will reach the railway station in May."),
        ("paragraph", 10, 73, "Tickets will cost the same."),
    ]
    [image] = a.images  # the original rendition, not the thumbnail; credit from the 1.x byline
    assert (image.src, image.caption, image.credit, image.line, image.column, image.credit_line,
            image.credit_column, image.position) == (
        "images/tram.jpg", "A tram at the new stop", "Omar Said", 13, 21, 17, 18, "lead")
    assert a.meta["ninjs"]["located"] == "Valley City"
    assert a.meta["ninjs"]["versioncreated"] == "2024-04-02T09:00:00Z"


def test_ninjs_3x_camel_case():
    [a] = read("ninjs-3.json")
    assert (a.title, a.lang, a.outlet, a.authors, a.translator, a.translated, a.wire) == (
        "Floods close the river road", "en", "Valley Courier", ("Li Wei",), "Ines Moreau", True,
        ("Northstar News Agency",))
    assert a.source.model_dump(exclude_none=True) == {
        "outlet": "La Gazette de la Vallée", "url": "https://gazette-vallee.example/crue", "language": "fr"}
    assert table(a) == [
        ("title", 7, 44, "Floods close the river road"),
        ("standfirst", 7, 101, "Detours for a week."),
        ("paragraph", 14, 19, "The river road was closed on Tuesday."),
        ("caption", 14, 112, "The flooded road"),
        ("footer", 14, 176, "Translated from French."),
    ]
    river, graphic = a.images  # the text association is not an image
    assert (river.src, river.caption, river.credit, river.line, river.credit_line, river.credit_column,
            river.position) == ("images/river.jpg", "The flooded road", "Omar Said/Valley Courier", 16, 18, 106,
                                "inline")
    assert (graphic.src, graphic.credit, graphic.credit_line) == ("images/map.png", "© Valley Courier 2024", 22)


# --- JSONL --------------------------------------------------------------------------------


def test_jsonl_records_lines_and_errors():
    items = read("records.jsonl")
    assert len(items) == 5  # the blank line is no record
    one, four, six = items[0], items[2], items[4]
    assert (one.id.rsplit("/", 1)[-1], one.line, table(one)) == (
        "records.jsonl#1", 1, [("title", 1, 12, "Line one"), ("paragraph", 1, 46, "First.")])
    assert (four.id.rsplit("/", 1)[-1], four.line, four.format, table(four)) == (
        "records.jsonl#3", 4, "ninjs", [("title", 4, 39, "Line four"), ("paragraph", 4, 68, "Ninjs body.")])
    assert (six.id.rsplit("/", 1)[-1], six.line, six.translated, six.notes) == (
        "records.jsonl#5", 6, None, ("metadata field 'translated' should be true or false",))
    assert [(im.src, im.credit, im.line, im.column, im.credit_line, im.credit_column) for im in six.images] == [
        ("a.jpg", "7", 6, 57, 6, 84)]
    path = str(FIXTURES / "json" / "records.jsonl")
    assert errors(items) == [
        ("invalid JSON: Unterminated string starting at", 3, 33, "records.jsonl#2"),
        (f"record {path}#4 is a JSON list, not an article object", 5, 1, "records.jsonl#4"),
    ]


def test_one_malformed_line_in_a_thousand(tmp_path):
    lines = [json.dumps({"title": f"Record {n}", "lang": "en", "body": f"Paragraph of record {n}."})
             for n in range(1, 1001)]
    lines[499] = lines[499][:-5]  # line 500 loses its end
    text = "\n".join(lines) + "\n"
    path = str(tmp_path / "batch.jsonl")
    items = jsonl.read(text, path)
    assert len(items) == 1000
    bad = [i for i in items if isinstance(i, ReadError)]
    assert [(e.line, e.record) for e in bad] == [(500, f"{path}#500")]
    good = [i for i in items if isinstance(i, Article)]
    assert len(good) == 999
    assert (good[499].id, good[499].line, good[499].title) == (f"{path}#501", 501, "Record 501")
    assert all(a.blocks[1].line == a.line and a.blocks[1].column == 45 + len(str(a.line)) for a in good)


@pytest.mark.parametrize("text", ["[" * 100000 + "]" * 100000, '{"a":' * 100000 + "1" + "}" * 100000])
def test_deeply_nested_json_is_a_read_error(text):
    with pytest.raises(ReadError):
        jsonl.read(text, "deep.json")
    [err] = jsonl.read(text, "deep.jsonl")
    assert isinstance(err, ReadError) and err.record == "deep.jsonl#1" and err.line == 1


@pytest.mark.parametrize("text, message", [
    ("{", "invalid JSON"), ('{"title": "x"} trailing', "Extra data"), ("[]", "no articles"), ("", "invalid JSON"),
])
def test_a_broken_json_file_is_one_read_error(text, message):
    with pytest.raises(ReadError, match=message):
        jsonl.read(text, "bad.json")


def test_an_empty_jsonl_file_is_a_read_error():
    with pytest.raises(ReadError, match="no records"):
        jsonl.read("\n\n", "empty.jsonl")


def test_body_html_in_our_schema_and_body_conventions():
    record = {"title": "T", "body_html": "<h1>T</h1><p>One &amp; two.</p><figure><img src='x.jpg'>"
                                         "<figcaption>Boats. Credit: Ana</figcaption></figure><hr><p>Note.</p>"}
    [a] = jsonl.read(json.dumps(record), "h.jsonl")
    assert [(b.kind, b.text) for b in a.blocks] == [
        ("title", "T"), ("heading", "T"), ("paragraph", "One & two."), ("caption", "Boats."), ("credit", "Credit: Ana"),
        ("footer", "Note.")]
    [image] = a.images
    assert (image.src, image.caption, image.credit, image.position) == ("x.jpg", "Boats.", "Credit: Ana", "inline")
    line = json.dumps(record)
    credit = a.blocks[4]
    assert line[credit.column - 1:].startswith("Credit: Ana")


def test_a_thematic_break_mid_article_is_not_a_footer():
    body = "One.\n\n---\n\nTwo.\n\nThree.\n\nFour.\n\nFive."
    [a] = jsonl.read(json.dumps({"body": body}), "r.jsonl")
    assert [b.kind for b in a.blocks] == ["paragraph"] * 5


# --- the parity fixtures agree with each other ---------------------------------------------

PARITY = FIXTURES / "parity"


@pytest.mark.parametrize("name", ["harbour-cranes", "water-rationing", "port-strike"])
def test_parity_json_and_ninjs_match_the_markdown_front_matter(name):
    yaml = pytest.importorskip("yaml")
    front = yaml.safe_load((PARITY / f"{name}.md").read_text(encoding="utf-8").split("---\n")[1])
    [own] = jsonl.read((PARITY / f"{name}.json").read_text(encoding="utf-8"), str(PARITY / f"{name}.json"))
    [ninjs] = jsonl.read((PARITY / f"{name}.ninjs.json").read_text(encoding="utf-8"),
                         str(PARITY / f"{name}.ninjs.json"))
    for a in (own, ninjs):
        assert (a.title, a.lang, a.outlet, list(a.authors), a.translator, list(a.wire)) == (
            front["title"], front["lang"], front["outlet"], front["authors"], front.get("translator"), front["wire"])
        assert bool(a.translated) == front["translated"]
        if front.get("source"):
            assert (a.source.outlet, a.source.language, a.source.url) == (
                front["source"]["outlet"], front["source"]["language"], front["source"]["url"])
        assert [(i.src, i.caption, i.credit) for i in a.images] == [
            (i["src"], i["caption"], i.get("credit")) for i in front["images"]]
    assert [(b.kind, b.text) for b in own.blocks] == [(b.kind, b.text) for b in ninjs.blocks]


def _json_text_at(line: str, column: int) -> str:
    """The rest of the JSON string that starts at ``column`` of ``line``, decoded."""
    rest = re.match(r'(?:[^"\\]|\\.)*', line[column - 1:]).group()
    return htmllib.unescape(json.loads(f'"{rest}"'))


@pytest.mark.parametrize("path", sorted((FIXTURES / "json").glob("*.json*")) + sorted(PARITY.glob("*.json")),
                         ids=lambda p: p.name)
def test_every_block_and_segment_points_at_its_text(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    for article in jsonl.read("\n".join(lines), str(path)):
        if isinstance(article, ReadError):
            continue
        for block in article.blocks:
            starts = [(0, block.line, block.column)] + list(block.segments)
            for n, (offset, line, column) in enumerate(starts):
                end = starts[n + 1][0] if n + 1 < len(starts) else len(block.text)
                piece = block.text[offset:end].rstrip()
                assert _json_text_at(lines[line - 1], column).startswith(piece), (block.kind, piece, line, column)
        for image in article.images:
            if image.credit_line:
                text = _json_text_at(lines[image.credit_line - 1], image.credit_column)
                assert text.startswith(image.credit.split()[0])


def test_a_jsonl_batch_is_streamed_and_the_size_limit_is_per_record(tmp_path, capsys):
    import json as _json

    from validator.cli import main
    record = {"title": "Bus Routes Return", "lang": "en",
              "body": "Three bus routes returned to the old city on Saturday after the road works ended, officials said."}
    lines = [_json.dumps(dict(record, title=f"Bus Routes Return {i}")) for i in range(200)]
    lines[57] = _json.dumps(dict(record, body=record["body"] * 80))  # one record over the limit
    batch = tmp_path / "export.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert batch.stat().st_size > 5000
    assert main(["check", str(batch), "--max-file-size", "5000", "--format", "json"]) == 1
    report = _json.loads(capsys.readouterr().out)
    assert report["summary"]["articles"] == 200
    errors = [a for a in report["articles"] if a["status"] == "error"]
    assert [a["id"].rsplit("/", 1)[-1] for a in errors] == ["export.jsonl#58"]
    [finding] = errors[0]["findings"]
    assert finding["line"] == 58 and "over the 5,000-byte limit" in finding["message"]
    assert report["inputs"][0]["articles"] == 199
