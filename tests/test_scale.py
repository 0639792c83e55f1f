"""Speed and scale: the report does not depend on where or how articles are checked —
workers, chunks of a big JSONL batch, streamed JSON Lines, the content cache — and
nothing is drawn on a standard error that is not a terminal."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from tests.test_determinism import WITH_FINDINGS
from tests.test_bad_input import GOOD
from validator import units as chunking
from validator import cache, engine, executors, progress
from validator.cli import main


def _record(n: int) -> dict:
    body = "Talks resumed on Monday in the capital, officials said.\n\nThe two sides met for four hours."
    record = {"id": f"r{n}", "title": f"Talks Resume {n}", "lang": "en", "body": body}
    if n % 3 == 0:
        record["source"] = {"outlet": "Example Daily", "language": "ar"}
    if n % 4 == 0:
        record["body"] += "\n\nRead more\n\nShare this article"
    return record


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in WITH_FINDINGS.items():
        (folder / name).write_text(text, encoding="utf-8")
    for n in range(3):
        (folder / f"g{n}.txt").write_text(GOOD.format(n=n), encoding="utf-8")
    lines = [json.dumps(_record(n)) for n in range(23)]
    lines.insert(5, "")  # a blank line: records and lines are numbered apart
    lines.insert(9, "{not json")
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _check(paths: list[Path], out: Path, *extra: str) -> tuple[int, bytes]:
    code = main(["check", *map(str, paths), "--format", "json", "--output", str(out), "--quiet", *extra])
    return code, out.read_bytes()


def test_jobs_default_to_the_usable_cpus(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    assert executors.usable_cpus() == (os.process_cpu_count() if hasattr(os, "process_cpu_count")
                                       else len(os.sched_getaffinity(0)))
    asked = []
    real = executors.local_executor
    monkeypatch.setattr(executors, "usable_cpus", lambda: 3)
    monkeypatch.setattr(executors, "local_executor", lambda jobs: asked.append(jobs) or real(jobs))
    _check([corpus], tmp_path / "r.json")
    assert asked == [3]


def test_chunks_of_a_big_jsonl_batch_report_as_the_whole_file(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    whole = _check([corpus], tmp_path / "whole.json", "--jobs", "1")
    monkeypatch.setattr(chunking, "CHUNK_BYTES", 100)
    monkeypatch.setattr(chunking, "CHUNK_RECORDS", 4)
    units = list(chunking.units_of(str(corpus / "batch.jsonl")))
    assert len(units) == 6 and all(u.span for u in units)  # 24 records (one not JSON) in chunks of 4
    assert _check([corpus], tmp_path / "chunked1.json", "--jobs", "1") == whole
    assert _check([corpus], tmp_path / "chunked2.json", "--jobs", "2") == whole
    report = json.loads(whole[1])
    ids = [a["id"] for a in report["articles"] if a["path"].endswith("batch.jsonl")]
    assert ids == [f"{corpus / 'batch.jsonl'}#{n}" for n in range(1, 25)]


def test_streamed_json_lines_are_the_report_of_the_finished_run(corpus: Path, tmp_path: Path) -> None:
    code, _ = _check([corpus], tmp_path / "r.json", "--jobs", "1")
    streamed = tmp_path / "streamed.jsonl"
    assert main(["check", str(corpus), "--format", "jsonl", "-o", str(streamed), "--jobs", "2", "-q"]) == code
    collected = tmp_path / "collected.jsonl"  # --report makes the run collect the whole report first
    main(["check", str(corpus), "--format", "text", "-o", str(tmp_path / "t.txt"), "--jobs", "1", "-q",
          "--report", f"jsonl={collected}"])
    assert streamed.read_bytes() == collected.read_bytes()
    lines = [json.loads(line) for line in streamed.read_text(encoding="utf-8").splitlines()]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert lines[:-1] == report["articles"]
    assert lines[-1] == {k: v for k, v in report.items() if k != "articles"}


def test_the_cache_answers_an_unchanged_article_and_only_that(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "cache"
    cold = _check([corpus], tmp_path / "cold.json", "--jobs", "1", "--cache", str(folder))
    assert (folder / cache.TAG).is_file() and (folder / ".gitignore").read_text().endswith("*\n")
    entries = sorted((folder / cache.LAYOUT).glob("*/*.json"))
    assert len(entries) == len(WITH_FINDINGS) + 3 + 1

    checked: list[str] = []
    real = engine.check_file
    monkeypatch.setattr(engine, "check_file", lambda path, *a, **k: checked.append(path) or real(path, *a, **k))
    warm = _check([corpus], tmp_path / "warm.json", "--jobs", "1", "--cache", str(folder))
    assert warm == cold and checked == []  # every unit from the cache, same bytes

    (corpus / "wire.txt").write_text(WITH_FINDINGS["wire.txt"] + "\nA late paragraph.\n", encoding="utf-8")
    _check([corpus], tmp_path / "edited.json", "--jobs", "1", "--cache", str(folder))
    assert checked == [str(corpus / "wire.txt")]  # only the changed file is checked again


def test_a_policy_or_tool_change_invalidates_the_cache(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "cache"
    _check([corpus], tmp_path / "cold.json", "--jobs", "1", "--cache", str(folder))
    checked: list[str] = []
    real = engine.check_file
    monkeypatch.setattr(engine, "check_file", lambda path, *a, **k: checked.append(path) or real(path, *a, **k))
    config = tmp_path / "provcheck.yaml"
    config.write_text("extends: [default]\nseverity:\n  scrape-residue: info\n", encoding="utf-8")
    changed = _check([corpus], tmp_path / "policy.json", "--jobs", "1", "--cache", str(folder), "--config", str(config))
    assert len(checked) == len(WITH_FINDINGS) + 4  # a new policy: nothing reused
    residue = [f for a in json.loads(changed[1])["articles"] for f in a["findings"] if f["rule"] == "scrape-residue"]
    assert residue and all(f["severity"] == "info" for f in residue)

    checked.clear()
    _check([corpus], tmp_path / "ignore.json", "--jobs", "1", "--cache", str(folder), "--ignore", "scrape-residue")
    assert len(checked) == len(WITH_FINDINGS) + 4  # other rules selected: nothing reused

    checked.clear()
    monkeypatch.setattr(cache, "tool_digest", lambda: "another version")
    _check([corpus], tmp_path / "version.json", "--jobs", "1", "--cache", str(folder))
    assert len(checked) == len(WITH_FINDINGS) + 4  # another tool version: nothing reused


def test_a_corrupt_entry_is_ignored_and_rewritten(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "cache"
    cold = _check([corpus], tmp_path / "cold.json", "--jobs", "1", "--cache", str(folder))
    entries = sorted((folder / cache.LAYOUT).glob("*/*.json"))
    good = entries[0].read_bytes()
    entries[0].write_bytes(good[:-40])  # truncated
    entries[1].write_bytes(entries[1].read_bytes().replace(b'"checked"', b'"checkeD"', 1))  # checksum fails
    entries[2].write_bytes(b"\x00\xff garbage")
    warm = _check([corpus], tmp_path / "warm.json", "--jobs", "1", "--cache", str(folder))
    assert warm == cold
    assert entries[0].read_bytes() == good  # rewritten whole


def test_the_cache_is_bounded_and_cleared(corpus: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "cache"
    _check([corpus], tmp_path / "cold.json", "--jobs", "1", "--cache", str(folder))
    total = sum(p.stat().st_size for p in (folder / cache.LAYOUT).glob("*/*.json"))
    assert cache.trim(folder, total // 2) > 0
    assert sum(p.stat().st_size for p in (folder / cache.LAYOUT).glob("*/*.json")) <= total * 0.4
    not_a_cache = tmp_path / "precious"
    not_a_cache.mkdir()
    (not_a_cache / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["cache", "clear", str(not_a_cache)]) == 2
    assert (not_a_cache / "keep.txt").is_file()
    assert main(["cache", "clear", str(folder)]) == 0 and not folder.exists()
    assert main(["cache", "clear", str(folder)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"no cache at {folder}"


def test_no_cache_unless_asked(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PROVCHECK_CACHE", raising=False)
    _check([corpus], tmp_path / "r.json", "--jobs", "1")
    assert not (tmp_path / cache.DEFAULT_DIR).exists()
    monkeypatch.setenv("PROVCHECK_CACHE", str(tmp_path / "env-cache"))
    _check([corpus], tmp_path / "r.json", "--jobs", "1", "--no-cache")
    assert not (tmp_path / "env-cache").exists()
    _check([corpus], tmp_path / "r.json", "--jobs", "1")
    assert (tmp_path / "env-cache" / cache.TAG).is_file()


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty, quiet, env, drawn", [
    (True, False, {}, True),
    (False, False, {}, False),
    (True, True, {}, False),
    (True, False, {"CI": "true"}, False),
    (True, False, {"CI": "1"}, False),
    (True, False, {"CI": ""}, True),
])
def test_a_progress_bar_only_on_a_terminal(tty: bool, quiet: bool, env: dict, drawn: bool) -> None:
    assert progress.wanted(quiet, _Stream(tty), env) is drawn
    assert (progress.start(1000, quiet, _Stream(tty), env) is not None) is drawn


def test_no_progress_output_when_stderr_is_not_a_terminal(corpus: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.delenv("CI", raising=False)
    assert main(["check", str(corpus), "--format", "json", "-o", str(tmp_path / "r.json"), "--jobs", "1"]) == 1
    assert capsys.readouterr().err == ""


def test_the_bar_counts_bytes_and_articles(tmp_path: Path) -> None:
    stream = _Stream(True)
    bar = progress.Progress(2000, stream)
    bar.update(1000, 3)
    bar.update(1000, 2)
    bar.close()
    assert bar.articles == 5 and bar.bar.n == 2000
