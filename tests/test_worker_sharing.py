"""The local pool's workers start with langdetect's profiles already loaded, inherited
from the parent (forked after ``reading.preload``) rather than loaded again, and with the
parent's objects frozen (``gc.freeze``) so that their collections leave the shared pages
alone."""

from __future__ import annotations

import gc
import os
import sys

import pytest

from validator.units import Job, Unit
from validator.executors import local
from validator.language import detector
from validator.policy import load_policy


def _probe(job: Job, unit: Unit) -> tuple[int, bool, int]:
    """Run in a worker: its pid, whether the profiles were there before it asked, and how
    many objects it inherited frozen."""
    return os.getpid(), detector._FACTORY is not None, gc.get_freeze_count()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks on Linux only")
def test_workers_inherit_the_loaded_profiles() -> None:
    policy = load_policy(None)
    assert any(r.check.kind == "language" for r in policy.rules), "the default pack checks languages"
    job = Job(policy=policy, rules=tuple(policy.rules))
    with local.Pool(2).open(job) as submit:
        answers = [submit(_probe, Unit(path=f"a{i}.md")).result() for i in range(6)]
    assert {pid for pid, _, _ in answers} - {os.getpid()}, "the probes ran in worker processes"
    assert all(loaded for _, loaded, _ in answers), answers
    assert all(frozen > 0 for _, _, frozen in answers), answers
    assert gc.get_freeze_count() == 0, "the parent's objects are unfrozen once the pool is gone"


def _where(job: Job, unit: Unit) -> tuple[str, int]:
    return unit.path, os.getpid()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks on Linux only")
def test_the_pool_sends_small_units_in_groups(tmp_path, monkeypatch) -> None:
    """Small units travel several to a task (fewer round trips through the parent), a big
    one closes its group; every unit keeps its own result, in the order asked, and a unit waited for
    before its group is full is sent at once (no wait for units that never come)."""
    from concurrent.futures import ProcessPoolExecutor

    tasks: list[int] = []
    real = ProcessPoolExecutor.submit
    monkeypatch.setattr(ProcessPoolExecutor, "submit",
                        lambda self, fn, calls, *a: tasks.append(len(calls)) or real(self, fn, calls, *a))
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"x" * local.GROUP_BYTES)
    policy = load_policy(None)
    job = Job(policy=policy, rules=())
    pool = local.Pool(2)
    with pool.open(job) as submit:
        lone = submit(_where, Unit(path="first.md"))
        assert lone.result()[0] == "first.md"  # sent when waited for, alone
        handles = [submit(_where, Unit(path=f"a{i}.md")) for i in range(20)]
        assert pool.window > 2 * local.GROUPS_AHEAD  # groups of several units: more units in flight
        handles.append(submit(_where, Unit(path=str(big))))
        answers = [h.result() for h in handles]
    assert [path for path, _ in answers] == [f"a{i}.md" for i in range(20)] + [str(big)]
    assert {pid for _, pid in answers} - {os.getpid()}, "run in the workers"
    assert tasks == [1, local.GROUP_UNITS, local.GROUP_UNITS, 20 - 2 * local.GROUP_UNITS + 1]
