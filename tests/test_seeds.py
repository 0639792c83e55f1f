"""The two real articles the project was designed from, read from ../shared/seeds
(never copied into the repository)."""

from __future__ import annotations

import json

from validator.cli import main


def _report(seeds_dir, capsys):
    code = main(["check", str(seeds_dir), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    return code, {a["id"].rsplit("/", 1)[-1]: a for a in out["articles"]}


def _lines(article, rule):
    return [f["line"] for f in article["findings"] if f["rule"] == rule]


def _status(article, rule):
    return next(r["status"] for r in article["rules"] if r["rule"] == rule)


def test_translated_digest_article(seeds_dir, capsys):
    _, articles = _report(seeds_dir, capsys)
    a = articles["000_e3e3bc9cadfc8964.txt"]
    translated = a["facts"]["translated"]
    assert translated["value"] is True
    assert "translated and edited by" in translated["reason"]  # the disclaimer
    assert "standfirst" in translated["reason"]  # and the standfirst crediting another outlet
    assert _status(a, "translation-disclaimer") == "passed"
    assert _status(a, "source-outlet-credited") == "passed"
    assert a["facts"]["source_outlet"]["value"] == "Alsouria Net"
    outlet = [e for e in a["evidence"] if e["kind"] == "source-outlet"]
    assert [e["text"] for e in outlet] == ["Alsouria Net"] and outlet[0]["line"] == 5
    assert [e["line"] for e in a["evidence"] if e["kind"] == "disclaimer"] == [31]
    assert _lines(a, "scrape-residue") == [1, 33]
    assert _lines(a, "title-repeated") == [6]
    assert a["title"].startswith("Number of Attacks")
    assert a["facts"]["detected_language"]["value"] == "en"
    assert not [f for f in a["findings"] if f["rule"] in ("untranslated-passage", "language-mismatch")]


def test_republished_article_with_agency_photo(seeds_dir, capsys):
    _, articles = _report(seeds_dir, capsys)
    a = articles["004_28c3ed94c38c146c.txt"]
    [credit] = [e for e in a["evidence"] if e["kind"] == "photo-credit"]
    assert credit["line"] == 5
    assert credit["data"]["person"] == "Baderkhan Ahmad"
    assert credit["data"]["agencies"] == ["AP", "TASS"]
    assert _status(a, "photo-credit") == "passed"
    assert _lines(a, "scrape-residue") == [1, 35, 37, 39, 41, 42, 43, 45]
    assert a["facts"]["translated"]["value"] is False
    assert a["facts"]["wire"]["value"] is False
    assert _lines(a, "wire-credit") == []
    assert _status(a, "wire-credit") == "skipped"
    assert a["facts"]["detected_language"]["value"] == "en"
    assert {f["rule"] for f in a["findings"]} == {"scrape-residue"}
