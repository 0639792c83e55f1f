"""The batch runner with what needs the whole batch: learned boilerplate (a first
pass over the units), --dedupe fingerprints, standard input, a stopped pool — and
the content cache keyed on all of it (what was learned, the reference index)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_boilerplate import _batch
from validator import batch as batches
from validator import cache, engine
from validator.cli import main
from validator.policy import load_policy
from validator.units import Job

STORY = ("Harbour Cranes Idle\n\nDock workers in the northern port stopped work on Thursday over a pay "
         "dispute that has lasted for months, union officials said, and ships waited offshore.\n\n"
         "The port authority said talks would resume next week and that perishable cargo was being moved "
         "to a second terminal while the cranes stood still.\n")


def _json(capsys, *args: str) -> tuple[int, str]:
    code = main(["check", *args, "--format", "json", "--quiet"])
    return code, capsys.readouterr().out


def _spy(monkeypatch) -> list[str]:
    checked: list[str] = []
    real = engine.check_file
    monkeypatch.setattr(engine, "check_file", lambda path, *a, **k: checked.append(path) or real(path, *a, **k))
    return checked


def _residue_lines(out: str) -> dict[str, list[str]]:
    return {a["path"].rsplit("/", 1)[-1]: [f["message"] for f in a["findings"] if f["rule"] == "scrape-residue"]
            for a in json.loads(out)["articles"]}


def test_dedupe_findings_survive_the_cache(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text(STORY + "\nA closing line added by the second desk.\n", encoding="utf-8")
    store = str(tmp_path / "cache")
    _, cold = _json(capsys, str(folder), "--dedupe", "--jobs", "1", "--cache", store)
    dupes = [f for a in json.loads(cold)["articles"] for f in a["findings"] if f["rule"] == "duplicate-article"]
    assert len(dupes) == 1 and "a.txt" in dupes[0]["message"]
    checked = _spy(monkeypatch)
    _, warm = _json(capsys, str(folder), "--dedupe", "--jobs", "1", "--cache", store)
    assert warm == cold and checked == []  # the fingerprints came from the cache too


def test_what_a_folder_learned_is_part_of_the_cache_key(tmp_path, capsys, monkeypatch):
    folder = _batch(tmp_path, 6)
    store = str(tmp_path / "cache")
    _, cold = _json(capsys, str(folder), "--learn-residue", "--cache", store, "--jobs", "1")
    assert sum(bool(v) for v in _residue_lines(cold).values()) == 4
    checked = _spy(monkeypatch)
    _, warm = _json(capsys, str(folder), "--learn-residue", "--cache", store, "--jobs", "1")
    assert warm == cold and checked == []
    # two more articles without the line: the folder learns other counts, so every file is checked again
    for i in (6, 7):
        (folder / f"a{i:02d}.txt").write_text(f"Bridge {i} Reopens\n\nOfficials said bridge {i} reopened on "
                                              "Monday after weeks of repairs, and traders were relieved.\n",
                                              encoding="utf-8")
    _, grown = _json(capsys, str(folder), "--learn-residue", "--cache", store, "--jobs", "1")
    assert len(checked) == 8
    assert "in 4 of the batch's 8 articles" in _residue_lines(grown)["a01.txt"][0]


def test_learning_runs_before_the_checks_in_the_workers_too(tmp_path, capsys):
    folder = _batch(tmp_path, 24)
    _, one = _json(capsys, str(folder), "--jobs", "1")
    _, two = _json(capsys, str(folder), "--jobs", "2")
    assert one == two
    assert "in 16 of the batch's 24 articles" in _residue_lines(two)["a01.txt"][0]


def test_the_reference_index_bytes_are_in_the_cache_key(tmp_path):
    index = tmp_path / "wire.pcx"
    index.write_bytes(b"first build")
    policy = load_policy(None)
    settings = policy.config.settings.model_copy(update={"reference": str(index)})
    policy = policy.model_copy(update={"config": policy.config.model_copy(update={"settings": settings})})
    job = Job(policy, policy.rules)
    store = cache.Cache(tmp_path / "cache")
    first = store.bind(job).context
    assert store.bind(job).context == first
    index.write_bytes(b"second build")
    assert store.bind(job).context != first
    plain = load_policy(None)
    assert store.bind(Job(plain, plain.rules)).context != first


def test_standard_input_goes_through_the_batch(tmp_path, monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    code = main(["check", "-", "--stdin-filename", "desk/story.txt", "--format", "jsonl", "--quiet"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["path"] for a in lines[:-1]] == ["desk/story.txt"]
    assert lines[-1]["verdict"]["exit_code"] == code
    assert lines[-1]["inputs"] == [{"path": "desk/story.txt", "status": "checked", "reason": "", "articles": 1}]


def test_a_failing_pool_is_stopped_and_reported(tmp_path, monkeypatch):
    """An exception inside a --jobs run (here: the consumer of the results fails) stops the
    pool's workers through signals.stop_pool, never a plain shutdown that waits for them."""
    from validator import signals
    from validator.executors import local

    stopped = []
    real = signals.stop_pool
    monkeypatch.setattr(signals, "stop_pool", lambda pool: stopped.append(pool) or real(pool))
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(6):
        (folder / f"s{n}.txt").write_text(STORY, encoding="utf-8")
    policy = load_policy(None)
    run = batches.Batch([str(folder)], policy, executor=local.Pool(2))
    results = run.results()
    next(results)
    results.close()  # GeneratorExit in the pool's context: its workers are killed and waited for
    assert len(stopped) == 1
    assert not any(p.is_alive() for p in (stopped[0]._processes or {}).values())


def test_the_pre_pass_reads_each_file_once(tmp_path, capsys, monkeypatch):
    """With boilerplate learned, the check of a file unpacks what the pre-pass read of it:
    the file is opened and parsed once, and the report is the one a second reading gives."""
    from validator import inputs, prepass

    folder = _batch(tmp_path, 24)
    opened: list[str] = []
    real = inputs.items_of
    monkeypatch.setattr(inputs, "items_of", lambda source, *a, **k: opened.append(source) or real(source, *a, **k))
    _, once = _json(capsys, str(folder), "--jobs", "1")
    assert sorted(opened) == sorted(str(p) for p in folder.iterdir())
    assert "in 16 of the batch's 24 articles" in _residue_lines(once)["a01.txt"][0]
    opened.clear()
    monkeypatch.setattr(prepass, "KEEP_BYTES", 0)  # nothing kept: every file is read again for its check
    _, twice = _json(capsys, str(folder), "--jobs", "1")
    assert len(opened) == 48 and twice == once


def test_a_packed_unit_is_the_items_read(tmp_path):
    """What the pre-pass packs gives back the items and note a reading gives: a list for a file
    read whole, an iterator for streamed JSONL records (a bad record stays a ReadError)."""
    from validator import inputs
    from validator.errors import ReadError
    from validator.readers import reader_for

    policy = load_policy(None)
    story = tmp_path / "story.txt"
    story.write_bytes(STORY.encode("cp1252").replace(b"Dock", b"D\x93ock"))
    records = tmp_path / "feed.jsonl"
    records.write_text(json.dumps({"title": "Cranes", "body": STORY}) + "\n[1, 2]\n", encoding="utf-8")
    notes = []
    for path, whole in ((str(story), True), (str(records), False)):
        articles, packed = inputs.preread(path, path, policy, 10.0)
        items, note = packed.unpack()
        read, read_note = inputs.items_of(path, path, policy, reader_for(path), 10.0)
        assert isinstance(items, list) is whole and note == read_note
        notes.append(note)
        items, read = list(items), list(read)
        assert [type(i) for i in items] == [type(i) for i in read] and len(articles) == 1
        assert [i for i in items if not isinstance(i, ReadError)] == [i for i in read if not isinstance(i, ReadError)]
        assert [(e.message, e.line, e.record) for e in items if isinstance(e, ReadError)] == \
            [(e.message, e.line, e.record) for e in read if isinstance(e, ReadError)]
    assert "1252" in notes[0] and notes[1] is None  # the decoding note travels with the items
    _, packed = inputs.preread(str(tmp_path / "gone.txt"), str(tmp_path / "gone.txt"), policy, 10.0)
    assert packed is None  # unreadable: the check reads it again and reports why


def test_packs_past_the_bound_are_read_again(tmp_path, capsys, monkeypatch):
    """The packs kept between the passes are bounded: units past KEEP_BYTES are read again
    for their check, and the report is the same."""
    from validator import inputs, prepass

    folder = _batch(tmp_path, 24)
    _, whole = _json(capsys, str(folder), "--jobs", "1")
    opened: list[str] = []
    real = inputs.items_of
    monkeypatch.setattr(inputs, "items_of", lambda source, *a, **k: opened.append(source) or real(source, *a, **k))
    size = len(inputs.preread(str(folder / "a00.txt"), str(folder / "a00.txt"), load_policy(None), 10.0)[1].blob)
    monkeypatch.setattr(prepass, "KEEP_BYTES", size * 5)  # about five packs fit
    opened.clear()
    _, bounded = _json(capsys, str(folder), "--jobs", "1")
    assert bounded == whole and 24 + 3 <= len(opened) <= 24 + 21


def test_the_pre_pass_keeps_as_many_units_in_flight_as_the_window_grows_to(tmp_path):
    """A pool's window grows once it sends groups of units; the pre-pass asks for it as it
    goes (a window read once, at its first size, kept one group in flight: one worker busy)."""
    from contextlib import contextmanager

    from validator import prepass

    folder = _batch(tmp_path, 120)
    flight = {"now": 0, "most": 0}

    class Handle:
        def __init__(self, value):
            self.value = value

        def done(self):
            return False

        def result(self):
            flight["now"] -= 1
            return self.value

    class Growing:
        submitted = 0

        @property
        def window(self):
            return 8 if self.submitted < 8 else 64

        @contextmanager
        def open(self, job):
            def submit(fn, unit, *args):
                self.submitted += 1
                if fn is prepass.line_sets:
                    flight["now"] += 1
                    flight["most"] = max(flight["most"], flight["now"])
                return Handle(fn(job, unit, *args))
            yield submit

    run = batches.Batch([str(folder)], load_policy(None), executor=Growing())
    assert run.learning, "the batch learns boilerplate: the pre-pass runs"
    assert len(list(run.results())) == 120
    assert flight["most"] == 65  # the grown window, plus the unit just submitted
