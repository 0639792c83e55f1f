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
