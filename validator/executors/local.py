"""The local executors: inline (``--jobs 1``) and a pool of worker processes.

Workers are forked after the rule packs are loaded and, when a language rule
is in force, after langdetect's profiles are (``language.preload``), so every
worker shares them copy-on-write instead of loading ~64 MB each; the job (policy
and rules) reaches each worker once, through the pool's initializer.
"""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager

from validator.batch import Job, Unit, work

_JOB: list[Job] = []


class Inline:
    """Each unit checked in this process when it is submitted."""

    window = 0

    @contextmanager
    def open(self, job: Job):
        def submit(unit: Unit) -> Future:
            future: Future = Future()
            future.set_result(work(job, unit))
            return future
        yield submit


def _preload(job: Job) -> None:
    """langdetect's profiles loaded before any article's time budget starts."""
    if any(r.check.kind == "language" for r in job.rules):
        from validator import language
        language.preload()


def _init(job: Job) -> None:
    _JOB[:] = [job]


def _work(unit: Unit):
    return work(_JOB[0], unit)


class Pool:
    """``jobs`` worker processes; ``window`` units in flight keeps them all busy
    while the results wait for their turn in input order."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.window = jobs * 8

    @contextmanager
    def open(self, job: Job):
        """The pool starts on the first unit submitted: a run the cache answers whole forks nothing."""
        pools: list[ProcessPoolExecutor] = []

        def submit(unit: Unit) -> Future:
            if not pools:
                _preload(job)  # once, before the workers fork: they share the profiles
                pools.append(ProcessPoolExecutor(max_workers=self.jobs, initializer=_init, initargs=(job,)))
            return pools[0].submit(_work, unit)
        try:
            yield submit
        finally:
            for pool in pools:
                pool.shutdown()
