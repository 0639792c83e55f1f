"""The regression floor: provcheck's detection on the labelled real-article corpus
(../shared/corpus) never falls below tests/corpus_floor.json.

The corpus is run in-process as `score.py` runs it (`provcheck check items/ --format
json --fail-on never`) and scored by the corpus's own scorer, imported from
../shared/corpus/score.py (never copied).  The floor holds, per measure, the precision
and recall the code reached when it was last raised, less a small margin; raise it as
detection improves."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
from pathlib import Path

import pytest

from tests.conftest import SHARED
from validator.cli import main

FLOOR = json.loads(Path(__file__).with_name("corpus_floor.json").read_text(encoding="utf-8"))
_LINE = re.compile(r"^(\S+)\s+precision (\d\.\d+)\s+recall (\d\.\d+)", re.MULTILINE)


def _scorer():
    corpus = SHARED / "corpus"
    script = corpus / "score.py"
    if not script.is_file() or not (corpus / "items").is_dir():
        pytest.skip(f"the labelled corpus is not here: {corpus} is absent (it sits beside the checkout in CI)")
    spec = importlib.util.spec_from_file_location("corpus_score", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return corpus, module


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    corpus, score = _scorer()
    report = tmp_path_factory.mktemp("corpus") / "report.json"
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["check", str(corpus / "items"), "--format", "json", "--fail-on", "never",
                     "--output", str(report)])
    assert code == 0, "provcheck failed on the corpus"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score.main(["--report", str(report)])
    text = out.getvalue()
    assert "0 labelled items missing" in text and "0 with internal errors" in text, text
    found = {m.group(1): (float(m.group(2)), float(m.group(3))) for m in _LINE.finditer(text)}
    assert set(FLOOR) <= set(found), f"the scorer no longer reports {sorted(set(FLOOR) - set(found))}"
    return found


@pytest.mark.parametrize("measure", sorted(FLOOR))
def test_measure_stays_above_its_floor(scores, measure):
    precision, recall = scores[measure]
    floor = FLOOR[measure]
    assert precision >= floor["precision"], f"{measure}: precision {precision:.2f} fell below {floor['precision']}"
    assert recall >= floor["recall"], f"{measure}: recall {recall:.2f} fell below {floor['recall']}"


def test_floor_file_is_well_formed():
    for measure, floor in FLOOR.items():
        assert set(floor) == {"precision", "recall"}, measure
        assert all(0.0 <= v <= 1.0 for v in floor.values()), measure
