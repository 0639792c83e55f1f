"""Deterministic and read-only: the same batch gives byte-identical JSON and SARIF, run after
run and whatever the number of workers; input files' bytes and mtimes are left alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.test_bad_input import GOOD, write_corpus
from validator.cli import main

WITH_FINDINGS = {
    "residue.txt": GOOD.format(n=1) + "\nRead more\n\nShare this article\n",
    "uncredited.md": "---\ntitle: Floods\nlang: en\n---\nRain cut the coast road in three places on Sunday, "
                     "officials said.\n\n![Road](road.jpg)\n\n![Bridge](bridge.jpg)\n\n*The bridge. Photo: Internet*\n",
    "translated.md": "---\ntitle: Talks Resume\nlang: en\nsource: {outlet: Example Daily, language: ar}\n---\n"
                     "Talks resumed on Monday in the capital, officials said.\n\nThe two sides met for four hours.\n",
    "wire.txt": "Storm Hits Coast\n\nWASHINGTON (Reuters) - A storm hit the coast on Monday, officials said, "
                "and thousands of homes lost power.\n\nRoads were closed across the region.\n",
}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    write_corpus(folder / "bad", skip=("deep-",))  # the slow-to-parse cases add time, not coverage, here
    for n in range(6):
        (folder / "good" / f"g{n}.txt").parent.mkdir(parents=True, exist_ok=True)
        (folder / "good" / f"g{n}.txt").write_text(GOOD.format(n=n), encoding="utf-8")
    for name, text in WITH_FINDINGS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder``: its kind, bytes (files) and modification time."""
    out = {}
    for root, dirs, files in os.walk(folder):  # links are not followed: the loop stays one entry
        for name in dirs + files:
            path = Path(root) / name
            st = os.lstat(path)
            data = path.read_bytes() if path.is_file() and not path.is_symlink() else None
            out[str(path.relative_to(folder))] = (st.st_mode, st.st_size, st.st_mtime_ns, data)
    return out


def _run(batch: Path, out: Path, *extra: str) -> tuple[int, bytes, bytes]:
    out.mkdir()
    code = main(["check", str(batch), "--format", "json", "--output", str(out / "report.json"),
                 "--report", f"sarif={out / 'report.sarif'}", "--max-file-size", "500000", *extra])
    return code, (out / "report.json").read_bytes(), (out / "report.sarif").read_bytes()


def test_same_batch_same_bytes_whatever_the_workers(batch: Path, tmp_path: Path, capsys) -> None:
    first = _run(batch, tmp_path / "run1", "--jobs", "1")
    second = _run(batch, tmp_path / "run2", "--jobs", "1")
    parallel = _run(batch, tmp_path / "run3", "--jobs", "2")
    parallel_more = _run(batch, tmp_path / "run4", "--jobs", "3")
    assert first[0] == 1  # findings and input errors
    assert first == second, "two runs of the same batch differ"
    assert first == parallel, "--jobs 1 and --jobs 2 differ"
    assert first == parallel_more, "--jobs 1 and --jobs 3 differ"
    capsys.readouterr()


def test_a_run_leaves_the_inputs_alone(batch: Path, tmp_path: Path, capsys) -> None:
    before = _snapshot(batch)
    _run(batch, tmp_path / "out1")
    _run(batch, tmp_path / "out2", "--jobs", "2")
    assert main(["check", str(batch), "--format", "text", "--max-file-size", "500000"]) == 1
    capsys.readouterr()
    after = _snapshot(batch)
    assert after.keys() == before.keys(), "a run created or removed files among the inputs"
    changed = [name for name in before if before[name] != after[name]]
    assert not changed, f"a run changed these inputs: {changed}"
