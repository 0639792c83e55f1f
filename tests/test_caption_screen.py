"""The layout reader's cheap test for caption lines (validator.readers.layout
``_only_a_source_sentence``): a line it lets skip the caption detectors would have
given the same credit span without skipping — on lines made to sit at its edges, on the
lines of generated articles and on every line of the shared seeds and corpus items."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from validator.detect.photo import bare_agency_tail, caption_credit, sourced_credit
from validator.readers import layout
from validator.readers.layout import CAPTION_MAX, _only_a_source_sentence

from tests.conftest import SHARED

EDGES = [
    "The talks will go on next week, the minister said.",
    "Protesters gather in the old city. Photo: Jane Roe/AFP.",
    "Protesters gather in the old city. PHOTO: Jane Roe/AFP.",
    "Protesters gather in the old city. Photo  by Jane Roe.",
    "Protesters gather in the old city.\u00a0Foto\u00a0dpa.",
    "Protesters gather in the old city. Fotog\u0306raf: Jane Roe.",
    "Protesters gather in the old city. Jane Roe/AFP.",
    "Protesters gather in the old city. Jane Roe via Getty Images.",
    "Protesters gather in the old city. REUTERS/Jane Roe.",
    "Protesters gather in the old city (AFP Photo).",
    "Protesters gather in the old city (Reuters) .",
    "Protesters gather in the old city [File: Reuters].",
    "Protesters gather in the old city. © Jane Roe.",
    "Protesters gather in the old city. (c) Jane Roe.",
    "Protesters gather in the old city. (C) JANE ROE.",
    "Protesters gather in the old city. File photo.",
    "Protesters gather in the old city. Submitted PHOTO.",
    "Protesters gather in the old city. Photo Jane Roe/AFP.",
    "Protesters gather in the old city — Jane Roe / AP.",
    "Protesters gather in the old city | Jane Roe / AP.",
    "Photograph shared by Jane Roe on her Facebook page.",
    "The march, in the old city. Image from Wikimedia Commons.",
    "İSTANBUL'DA TOPLANAN GÖSTERICILER. FOTOĞRAF: AYŞE YILMAZ.",
    "Демонстранты на площади. Фото: Иван Петров / ТАСС.",
    "متظاهرون في المدينة القديمة. تصوير: محمد علي.",
    "Manifestants dans la vieille ville. Crédit : Jane Roe.",
    "Protesters gather x\ua7cb in the old city. Photo: Jane Roe.",
    "Protesters gather in the old city Getty Images.",
    "Protesters gather in the old city. Reuters.",
    "He told Reuters. The talks go on.",
]


def _agrees(line: str) -> bool:
    """What ``_caption_span`` gives with the cheap test is what the detectors give."""
    if not _only_a_source_sentence(line):
        return True
    return caption_credit(line) == sourced_credit(line) and bare_agency_tail(line) is None


def _candidates(text: str):
    for raw in text.splitlines():
        line = raw.strip()
        if line and len(line) <= CAPTION_MAX:
            yield line


def test_edges_agree_and_ordinary_prose_is_skipped():
    for line in EDGES:
        assert _agrees(line), line
    assert _only_a_source_sentence(EDGES[0])  # the cheap test is taken at all
    for line in EDGES[1:]:  # each of these names a picture, a label or ends in a bracket
        if caption_credit(line) or bare_agency_tail(line):
            assert not _only_a_source_sentence(line), line


def test_generated_articles_agree(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "provcheck_bench_generate", Path(__file__).resolve().parents[1] / "bench" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    gen.generate_corpus(tmp_path / "g", 120, seed=11, formats=("txt", "md"), jsonl_batch=10)
    skipped = 0
    for path in sorted((tmp_path / "g").iterdir()):
        for line in _candidates(path.read_text(encoding="utf-8")):
            assert _agrees(line), (path.name, line)
            skipped += _only_a_source_sentence(line)
    assert skipped > 100


@pytest.mark.parametrize("folder", ["seeds", "corpus/items"])
def test_shared_lines_agree(folder):
    where = SHARED / folder
    if not where.is_dir():
        pytest.skip(f"{where} is absent")
    for path in sorted(where.iterdir()):
        if path.is_file():
            for line in _candidates(path.read_text(encoding="utf-8", errors="replace")):
                assert _agrees(line), (path.name, line)


def test_a_vocabulary_label_without_needles_skips_nothing(monkeypatch):
    monkeypatch.setattr(layout, "_caption_words", lambda: None)
    assert not _only_a_source_sentence(EDGES[0])
