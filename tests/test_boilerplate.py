"""Batch-learned boilerplate (validator.boilerplate) and its use by scrape-residue."""

from __future__ import annotations

import json
import random

import pytest

from validator.boilerplate import Learned, learn, normal_line
from validator.cli import main
from validator.patterns import compile_pattern


def _sets(n: int, common: str, carrying: int) -> list[frozenset[str]]:
    return [frozenset({f"own line {i}", *([common] if i < carrying else [])}) for i in range(n)]


def test_a_line_in_30_percent_of_a_batch_is_learned():
    learned = learn(_sets(20, "most read", 6))
    assert learned == Learned(20, {"most read": 6})


def test_a_line_under_30_percent_is_not():
    assert learn(_sets(20, "most read", 5)).lines == {}


def test_a_small_batch_learns_nothing():
    assert learn(_sets(19, "most read", 19)) is None
    assert learn(_sets(5, "most read", 5), min_batch=5).lines == {"most read": 5}


def test_learning_ignores_the_order_of_articles():
    sets = _sets(30, "share this story", 12) + _sets(10, "newsletter of the week", 10)
    shuffled = sets[:]
    random.Random(7).shuffle(shuffled)
    assert learn(sets) == learn(shuffled)


@pytest.mark.parametrize("line, key", [
    ("Most read  this week!", "most read this week"),
    ("3 comments", "0 comments"),
    ("Most read: 12 stories", "most read 0 stories"),
    ("By Jane Roe", None),  # a byline
    ("Lina Saab / Example Press", None),  # a photo credit
    ("Translated by Example Weekly.", None),  # a closing note
    ("Source: Harbour Gazette", None),
    ("Tuesday 12 March 2024", None),  # a date alone
    ("BERLIN (dpa)", None),  # names a news agency
    ("The port authority said on Friday that the works would resume in the spring.", None),  # prose
    ("12:40", None),  # no letters
])
def test_normal_line(line, key):
    assert normal_line(line, compile_pattern("{@agencies}")) == key


ARTICLE = ("Bridge {i} Reopens\n\nOfficials in town {i} said on Monday that bridge {i} would reopen "
           "after {w} weeks of repairs.\n\nTraders said business had suffered during the closure.\n\n{tail}\n")


def _batch(tmp_path, n: int, tail=lambda i: "Most read this week" if i % 3 else "By Jane Roe"):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(ARTICLE.format(i=i, w=i + 2, tail=tail(i)), encoding="utf-8")
    return folder


def _residue(capsys, *args) -> dict[str, list[str]]:
    main(["check", *args, "--format", "json", "--select", "scrape-residue"])
    report = json.loads(capsys.readouterr().out)
    return {a["path"].rsplit("/", 1)[-1]: [f["message"] for f in a["findings"]] for a in report["articles"]}


def test_a_batch_of_20_learns_its_boilerplate(tmp_path, capsys):
    folder = _batch(tmp_path, 24)
    found = _residue(capsys, str(folder))
    assert found["a01.txt"] == ["Page residue left in the article: 'Most read this week' "
                                "(a line found in 16 of the batch's 24 articles)."]
    assert found["a00.txt"] == []  # "By Jane Roe" recurs too, but a byline is never residue


def test_no_learn_residue_turns_it_off(tmp_path, capsys):
    folder = _batch(tmp_path, 24)
    assert not any(_residue(capsys, str(folder), "--no-learn-residue").values())


def test_a_small_batch_learns_only_when_asked(tmp_path, capsys):
    folder = _batch(tmp_path, 6)
    assert not any(_residue(capsys, str(folder)).values())
    found = _residue(capsys, str(folder), "--learn-residue")
    assert sum(bool(v) for v in found.values()) == 4


def test_learning_does_not_depend_on_jobs(tmp_path, capsys):
    folder = _batch(tmp_path, 24)
    main(["check", str(folder), "--format", "json", "--jobs", "1"])
    one = capsys.readouterr().out
    main(["check", str(folder), "--format", "json", "--jobs", "2"])
    assert capsys.readouterr().out == one


def test_learning_is_per_folder_and_ignores_the_order_of_files():
    from validator.boilerplate import learn_groups
    paths = [f"/batch/{d}/a{i}.txt" for d in ("x", "y") for i in range(20)]
    sets = [[frozenset({"most read"} if p.startswith("/batch/x") else {f"own {i}"})] for i, p in enumerate(paths)]
    learned = learn_groups(paths, sets)
    assert learned == {"/batch/x": Learned(20, {"most read": 20})}
    assert learn_groups(paths[::-1], sets[::-1]) == learned


def test_plan_follows_the_setting_and_the_batch_size():
    from validator.boilerplate import plan
    from validator.policy import Settings, load_policy
    rules = load_policy(None).rules
    twenty = [f"/batch/a{i}.txt" for i in range(20)]
    assert plan(twenty, rules, Settings()) == (0.3, 20)
    assert plan(twenty[:19], rules, Settings()) is None
    assert plan(twenty[:3], rules, Settings(learn_residue=True)) == (0.3, 2)
    assert plan(twenty, rules, Settings(learn_residue=False)) is None
    assert plan(twenty, [r for r in rules if r.id != "scrape-residue"], Settings()) is None


def test_the_pre_pass_tally_learns_what_the_line_sets_teach():
    """The pre-pass keeps counts, not every article's line set: the same lines, counts
    and article totals, whatever the order and however the articles are split into files
    (a JSONL file of several articles, a file with none)."""
    import random
    from validator.boilerplate import Tally, learn, learn_groups
    rng = random.Random(7)
    lines = [f"line {i}" for i in range(12)]
    paths = [f"/batch/{d}/f{i}.jsonl" for d in ("x", "y", "z") for i in range(9)]
    sets = [[frozenset(rng.sample(lines, rng.randint(0, 6))) for _ in range(rng.randint(0, 4))] for _ in paths]
    tally = Tally()
    for path, per_file in sorted(zip(paths, sets), key=lambda pair: rng.random()):
        tally.add(path, per_file)
    learned = tally.learned(0.3, 2)
    assert learned == learn_groups(paths, sets, 0.3, 2)
    for folder in ("x", "y", "z"):
        folder_sets = [s for p, per_file in zip(paths, sets) if p.startswith(f"/batch/{folder}/") for s in per_file]
        expected = learn(folder_sets, 0.3, 2)
        assert learned.get(f"/batch/{folder}") == (expected if expected and expected.lines else None)
    assert any(learned.values())
    assert Tally().learned() == {}
