"""The local executors: inline (``--jobs 1``) and a pool of worker processes.

Workers are forked after the rule packs are loaded and, when a language rule
is in force, after langdetect's profiles are (``language.preload``), so every
worker shares them copy-on-write instead of loading ~64 MB each; the job (policy
and rules) reaches each worker once, through the pool's initializer.  The pool
forks on Linux whatever Python's default start method (forkserver from 3.14),
and freezes the parent's objects first (``gc.freeze``), so that a worker's
garbage collections do not write to — and so copy — the pages it shares.  A worker
leaves SIGTERM/SIGHUP at their defaults and Ctrl-C to the parent
(:func:`validator.signals.in_worker`); when the run ends by an exception — a
signal (:class:`validator.signals.Stopped`), a broken pool, the reader of the
results going away — the workers are killed and waited for
(:func:`validator.signals.stop_pool`): no worker outlives the run.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager

from validator import reading, signals
from validator.units import Job, Unit

_JOB: list[Job] = []


class Inline:
    """Each unit checked in this process when it is submitted."""

    window = 0

    @contextmanager
    def open(self, job: Job):
        def submit(fn, unit: Unit, *args) -> Future:
            future: Future = Future()
            future.set_result(fn(job, unit, *args))
            return future
        yield submit


def _init(job: Job) -> None:
    signals.in_worker()
    _JOB[:] = [job]


def _call(fn, unit: Unit, *args):
    return fn(_JOB[0], unit, *args)


def _fork():
    """The fork start method on Linux (where it is safe, and where Python 3.14 stopped making it
    the default); elsewhere Python's default."""
    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


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

        def submit(fn, unit: Unit, *args) -> Future:
            if not pools:
                reading.preload(job.rules)  # once, before the workers fork: they share the profiles
                gc.freeze()
                pools.append(ProcessPoolExecutor(max_workers=self.jobs, initializer=_init, initargs=(job,),
                                                 mp_context=_fork()))
            return pools[0].submit(_call, fn, unit, *args)
        try:
            yield submit
        except BaseException:  # our own futures (never pool.map, whose clean-up races with stop_pool)
            for pool in pools:
                signals.stop_pool(pool)
            raise
        else:
            for pool in pools:
                pool.shutdown()
        finally:
            if pools:
                gc.unfreeze()  # once the pool is gone (it may fork a worker late)
