"""Issue 9 (part A): no lost text, no silent duplicate, no unbounded reading, settings
range-checked, declared charsets honoured.  Every fixture is written by the test."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from validator import engine
from validator.policy import load_policy

PAGE = ('<html lang="en"><body><article><h1>Storm Hits Coast</h1>\n'
        "<p>The storm {bad} hit the coast on Monday, officials said.</p>\n"
        "<p>Roads were closed across the region overnight.</p>\n"
        '<figure><img src="boats.jpg"><figcaption>Boats in the port</figcaption></figure>\n'
        "</article></body></html>\n")


def _check(path: Path, timeout: float = 10) -> list:
    policy = load_policy(None)
    return engine.check_file(str(path), policy, policy.rules, timeout=timeout)


# --- 1. malformed character references lose no text --------------------------------------


@pytest.mark.parametrize("bad", ["&#; and &#;", "&#a", "&#x; then &#", "&#;&#;&#;"])
def test_malformed_charrefs_lose_no_section(bad: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(bad=bad), encoding="utf-8")
    record = tmp_path / "page.json"
    record.write_text(json.dumps({"title": "Storm Hits Coast", "lang": "en",
                                  "body_html": PAGE.format(bad=bad)}), encoding="utf-8")
    for path in (page, record):
        [result] = _check(path)
        assert result.status == "checked"
        assert not [f for f in result.findings if f.rule.startswith(("input-", "internal-"))]
    from validator.readers import reader_for
    [article] = reader_for(str(page)).module.read(page.read_text(encoding="utf-8"), str(page))
    texts = [(b.kind, b.text, b.line) for b in article.blocks]
    assert texts == [("title", "Storm Hits Coast", 1),
                     ("paragraph", f"The storm {bad} hit the coast on Monday, officials said.", 2),
                     ("paragraph", "Roads were closed across the region overnight.", 3),
                     ("caption", "Boats in the port", 4)]
    assert [(i.src, i.line) for i in article.images] == [("boats.jpg", 4)]


def test_markup_the_parser_gives_up_on_is_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "cut.html"
    page.write_text('<html lang="en"><body><article><h1>Storm Hits Coast</h1>\n'
                    "<p>The storm hit the coast on Monday, officials said, and roads closed.</p>\n"
                    '<div class="x', encoding="utf-8")
    [result] = _check(page)
    assert [(f.rule, f.message) for f in result.findings if f.rule.startswith("input-")] == [
        ("input-warning", "the HTML from line 3, column 1 could not be parsed and was read as plain text")]


# --- 8. reading is inside the budget, and is linear --------------------------------------


def test_reading_counts_against_the_time_budget(tmp_path: Path, monkeypatch) -> None:
    """A reader that would run for 5 s is stopped at the 0.5 s budget: an input-error, not a hang."""
    from validator.readers import text

    real = text.read

    def slow_read(source: str, path: str):
        end = time.monotonic() + 5
        while time.monotonic() < end:  # busy, as a pathological parse is
            pass
        return real(source, path)

    monkeypatch.setattr(text, "read", slow_read)
    (tmp_path / "a.txt").write_text("Council Meets\n\nThe council met on Monday, officials said.\n", encoding="utf-8")
    [result] = _check(tmp_path / "a.txt", timeout=0.5)
    assert [(f.rule, f.message) for f in result.findings] == [
        ("input-error", "reading the file ran past the 0.5 s time budget (--timeout-per-article or "
                        "settings.timeout_per_article); it was not checked")]


def test_a_slow_jsonl_record_is_stopped_and_the_batch_goes_on(tmp_path: Path, monkeypatch) -> None:
    from validator.readers.json import reader as jsonl

    real = jsonl.read_line

    def slow_second(line: str, number: int, n: int, path: str):
        end = time.monotonic() + (5 if n == 2 else 0)
        while time.monotonic() < end:
            pass
        return real(line, number, n, path)

    monkeypatch.setattr(jsonl, "read_line", slow_second)
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"title": f"Story {n}", "lang": "en", "body": "The council met on Monday."})
                            + "\n" for n in range(3)), encoding="utf-8")
    results = _check(path, timeout=0.5)
    assert [r.status for r in results] == ["checked", "error", "checked"]
    assert results[1].findings[0].message == (
        "reading this record ran past the 0.5 s time budget (--timeout-per-article or "
        "settings.timeout_per_article); it was not checked")


def test_a_paragraph_of_100k_lines_is_read_within_the_budget(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text("# Long Paragraph\n\n" + "".join(f"word {i} of a line\n" for i in range(100_000)), encoding="utf-8")
    [result] = _check(path, timeout=30)  # quadratic reading took 75 s
    assert result.status == "checked"
    assert not [f for f in result.findings if f.rule.startswith(("input-", "internal-"))]


def test_a_million_unclosed_tags_keep_a_small_tree() -> None:
    from validator.readers.html.tree import MAX_DEPTH, parse

    root, notes = parse("<html><body><article><h1>Deep</h1><p>Text.</p>" + "<div>" * 20_000 + "end <img src=x.jpg>")
    elements = list(root.iter())
    assert len(elements) <= MAX_DEPTH + 10  # the flattened <div> would stay empty: not kept
    assert [e.tag for e in elements if e.tag == "img"] == ["img"]
    assert "end" in root.raw_text()
    assert notes == [f"elements nested deeper than {MAX_DEPTH} levels were flattened"]


# --- 12. language profiles load before any clock starts -----------------------------------


def test_language_profiles_load_before_the_first_article_clock(tmp_path: Path, capsys, monkeypatch) -> None:
    import signal

    from validator.cli import main
    from validator.language import detector

    armed: list[float] = []
    real = detector._detector_class

    def spy():
        armed.append(signal.getitimer(signal.ITIMER_REAL)[0])  # > 0: an article's watchdog runs
        return real()

    monkeypatch.setattr(detector, "_FACTORY", None)  # as in a fresh process: profiles not loaded
    monkeypatch.setattr(detector, "_detector_class", spy)
    for n in (1, 2):
        (tmp_path / f"a{n}.txt").write_text(f"Council Meets {n}\n\nThe council met on Monday and approved "
                                            "the budget for the coming year, officials said.\n", encoding="utf-8")
    code = main(["check", str(tmp_path), "--timeout-per-article", "1", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert armed == [0.0]
    assert not [f for a in report["articles"] for f in a["findings"] if f["rule"].startswith("internal-")]
    assert code == 0


# --- 11. a declared charset is honoured ---------------------------------------------------

RUSSIAN = ("<html><head>{decl}<title>Совет утвердил бюджет</title></head><body><article>"
           "<h1>Совет утвердил бюджет</h1><p>Городской совет во вторник вечером утвердил бюджет на "
           "следующий год, сообщили официальные лица. Голосование было единогласным, и новый план "
           "вступит в силу весной.</p></article></body></html>\n")


@pytest.mark.parametrize("decl", ['<meta charset="windows-1251">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'])
def test_a_declared_charset_is_honoured(decl: str, tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(RUSSIAN.format(decl=decl).encode("cp1251"))
    [result] = _check(path)
    assert result.title == "Совет утвердил бюджет"
    assert result.facts["detected_language"].value == "ru"
    assert not [f for f in result.findings if f.rule.startswith(("input-", "internal-"))]
