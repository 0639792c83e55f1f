"""The benchmark corpus generator (bench/generate.py): deterministic, sized, mixed.

The benchmark itself is never run by the tests (and nothing here looks at time);
this only checks that the corpus it measures is what bench/README.md says.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parents[1] / "bench"
ALL_FORMATS = ("md", "txt", "html", "json", "jsonl")
N = 30


def _load_generate():
    spec = importlib.util.spec_from_file_location("provcheck_bench_generate", BENCH / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load_generate()


def _make(tmp_path: Path, name: str, seed: int = 7, n: int = N) -> tuple[Path, list[dict]]:
    out = tmp_path / name
    manifest = tmp_path / f"{name}.manifest.jsonl"
    gen.generate_corpus(out, n, seed=seed, formats=ALL_FORMATS, jsonl_batch=4, manifest=manifest)
    truth = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    return out, truth


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(root.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    return _make(tmp_path_factory.mktemp("bench"), "corpus")


def test_same_seed_gives_byte_identical_files(tmp_path, corpus):
    root, truth = corpus
    again, truth_again = _make(tmp_path, "again")
    assert _snapshot(root) == _snapshot(again)
    assert truth == truth_again


def test_another_seed_gives_another_corpus(tmp_path, corpus):
    root, _ = corpus
    other, _ = _make(tmp_path, "other", seed=8)
    assert _snapshot(root) != _snapshot(other)


def test_article_does_not_depend_on_corpus_size(tmp_path, corpus):
    root, _ = corpus
    small, _ = _make(tmp_path, "small", n=10)
    full = _snapshot(root)
    for name, data in _snapshot(small).items():
        if not name.endswith(".jsonl"):
            assert full[name] == data


def test_every_article_is_3_to_8_kb(corpus):
    root, truth = corpus
    sizes = []
    for path in root.iterdir():
        data = path.read_bytes()
        if path.suffix == ".jsonl":
            sizes += [len(line) + 1 for line in data.splitlines()]
        else:
            sizes.append(len(data))
    assert len(sizes) == N
    assert all(3 * 1024 <= s <= 8000 for s in sizes), sorted(sizes)
    assert sorted(sizes) == sorted(t["bytes"] for t in truth)


def test_file_names_are_zero_padded_and_sorted(corpus):
    root, truth = corpus
    names = sorted(p.name for p in root.iterdir())
    assert all(re.fullmatch(r"\d{5}-[a-z0-9-]+\.(md|txt|html|json|jsonl)", n) for n in names)
    prefixes = [int(n.split("-", 1)[0]) for n in names]
    assert prefixes == sorted(prefixes) and len(set(prefixes)) == len(prefixes)
    # the manifest lists articles in generation order, which is name order
    assert [t["index"] for t in truth] == list(range(N))
    files_in_order = list(dict.fromkeys(t["file"] for t in truth))
    assert files_in_order == sorted(files_in_order) == names


def test_formats_are_mixed_in_turn(corpus):
    root, truth = corpus
    assert [t["format"] for t in truth] == [ALL_FORMATS[i % 5] for i in range(N)]
    by_ext: dict[str, int] = {}
    for p in root.iterdir():
        by_ext[p.suffix] = by_ext.get(p.suffix, 0) + 1
    # six articles per format; the six JSONL records sit in batches of four
    assert by_ext == {".md": 6, ".txt": 6, ".html": 6, ".json": 6, ".jsonl": 2}
    for t in truth:
        if t["format"] == "jsonl":
            assert t["id"] == f"{t['file']}#{t['record']}"


def test_provenance_features_are_mixed(corpus):
    _, truth = corpus
    count = {
        "translated": sum(t["translated"] for t in truth),
        "images": sum(bool(t["images"]) for t in truth),
        "wire": sum(t["wire"] is not None for t in truth),
        "residue": sum(bool(t["residue"]) for t in truth),
        "untranslated": sum(t["untranslated"] is not None for t in truth),
    }
    # ~40 %, ~30 %, ~20 %, ~15 %, ~10 % of 30, spread evenly by construction
    assert 9 <= count["translated"] <= 15, count
    assert 5 <= count["images"] <= 12, count
    assert 3 <= count["wire"] <= 9, count
    assert 2 <= count["residue"] <= 7, count
    assert 1 <= count["untranslated"] <= 6, count
    assert sum(t["body_lang"] == "en" for t in truth) >= 25
    disclaimers = {t["disclaimer"] for t in truth if t["translated"]}
    assert "none" in disclaimers and disclaimers & {"full", "partial"}
    credits = {c for t in truth for c in t["images"]}
    assert "good" in credits and credits & {"bad", "missing"}


def _text(root: Path, t: dict) -> str:
    data = (root / t["file"]).read_text(encoding="utf-8")
    if t["format"] == "jsonl":
        return data.splitlines()[t["record"] - 1]
    return data


def test_features_show_in_the_files(corpus):
    root, truth = corpus
    for t in truth:
        text = _text(root, t)
        if t["dateline"]:
            assert re.search(r"[A-Z][A-Z -]+(, \w+ \d+\. /TASS/\.| \((Reuters|AP|AFP|AA|dpa)\))",
                             text), t["id"]
        if t["untranslated"]:
            script = {"ar": "[\u0600-\u06ff]", "ru": "[\u0400-\u04ff]", "tr": "[ğışİ]"}
            assert re.search(script[t["untranslated"]], text), t["id"]
        if t["translated"] and t["disclaimer"] == "none" and t["format"] == "txt":
            assert "translat" not in text.lower(), t["id"]
        if t["translation_meta"] == "full" and t["format"] == "md":
            assert "\ntranslated: true\n" in text and "\nsource:\n" in text


def test_structured_formats_parse(corpus):
    root, truth = corpus
    for t in truth:
        text = _text(root, t)
        if t["format"] == "md":
            assert text.startswith("---\n")
            meta = yaml.safe_load(text[4 : text.index("\n---\n", 4)])
            assert meta["title"] and meta["outlet"] and meta["lang"]
        elif t["format"] in ("json", "jsonl"):
            record = json.loads(text)
            assert record["title"] and record["body"]
        elif t["format"] == "html":
            assert re.search(r'<html lang="[a-z]{2}">', text)
            ld = re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', text, re.S)
            assert json.loads(ld.group(1))["@type"] == "NewsArticle"
            assert "<article>" in text and "<p>" in text


def test_refuses_to_mix_with_an_old_corpus(tmp_path):
    out = tmp_path / "c"
    gen.generate_corpus(out, 3, formats=("md",))
    with pytest.raises(FileExistsError):
        gen.generate_corpus(out, 3, formats=("md",))
    gen.generate_corpus(out, 2, formats=("txt",), clean=True)
    assert sorted(p.suffix for p in out.iterdir()) == [".txt", ".txt"]


def test_command_line(tmp_path):
    out = tmp_path / "cli"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "generate.py"), str(out), "-n", "4", "--seed", "3",
         "--formats", "txt,json"],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "wrote 4 articles" in proc.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".json", ".txt", ".txt"]
