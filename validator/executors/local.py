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
(:func:`validator.signals.stop_pool`): no worker outlives the run.  A signal that
arrives while the pool starts, is sent work or shuts down is held until that is
done (:func:`validator.signals.deferred`), so every worker forked is one the pool
knows and kills.

A unit of one small file is checked in about 10 ms; sending it to a worker and its
results back costs the parent a fraction of that in its own threads (the pool's
queue feeder and result reader), which the workers then wait for.  So the pool
sends units in *groups*: up to :data:`GROUP_UNITS` units or :data:`GROUP_BYTES`
bytes of them (a chunk of a big JSONL batch fills a group alone) in one task, each unit
keeping its own handle.  A group is sent when it is full or when a unit in it is
waited for, so results never wait for a group to fill; the window of units in
flight grows with the groups (:attr:`Pool.window`), so every worker has groups
queued.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager

from validator import reading, signals
from validator.units import Job, Unit, size

#: the most units sent to a worker in one task
GROUP_UNITS = 8
#: a group is sent once its units hold this many bytes (a big unit goes alone)
GROUP_BYTES = 256_000
#: groups in flight per worker
GROUPS_AHEAD = 4

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


def _call(calls: list[tuple]) -> list:
    """Run in a worker: each call of a group, results in order."""
    return [fn(_JOB[0], unit, *args) for fn, unit, args in calls]


class _Group:
    """Calls on their way to one task; ``future`` is the task once sent."""

    __slots__ = ("calls", "bytes", "future")

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.bytes = 0
        self.future: Future | None = None


class _Handle:
    """One unit's result inside a group (``done``/``result``, like a future)."""

    __slots__ = ("group", "index", "send")

    def __init__(self, group: _Group, index: int, send) -> None:
        self.group, self.index, self.send = group, index, send

    def done(self) -> bool:
        return self.group.future is not None and self.group.future.done()

    def result(self):
        if self.group.future is None:  # waited for before its group filled: send it now
            self.send()
        return self.group.future.result()[self.index]


def _fork():
    """The fork start method on Linux (where it is safe, and where Python 3.14 stopped making it
    the default); elsewhere Python's default."""
    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


class Pool:
    """``jobs`` worker processes, sent units in groups; ``window`` units in flight keeps
    them all busy while the results wait for their turn in input order."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._last_group = 1  # units in the group sent last

    @property
    def window(self) -> int:
        """Units in flight: :data:`GROUPS_AHEAD` groups a worker, as large as the last one sent
        (small files: many units; chunks of a big JSONL batch: a few)."""
        return self.jobs * GROUPS_AHEAD * self._last_group

    @contextmanager
    def open(self, job: Job):
        """The pool starts on the first unit submitted: a run the cache answers whole forks nothing."""
        pools: list[ProcessPoolExecutor] = []
        filling: list[_Group] = []

        def send() -> None:
            with signals.deferred():  # the pool's own state, and its workers forked on the first task
                group = filling.pop()
                group.future = pools[0].submit(_call, group.calls)
                self._last_group = len(group.calls)
                group.calls = []

        def submit(fn, unit: Unit, *args) -> _Handle:
            if not pools:
                reading.preload(job.rules)  # once, before the workers fork: they share the profiles
                with signals.deferred():
                    gc.freeze()
                    pools.append(ProcessPoolExecutor(max_workers=self.jobs, initializer=_init, initargs=(job,),
                                                     mp_context=_fork()))
            if not filling:
                filling.append(_Group())
            group = filling[0]
            group.calls.append((fn, unit, args))
            group.bytes += size(unit)
            handle = _Handle(group, len(group.calls) - 1, send)
            if len(group.calls) >= GROUP_UNITS or group.bytes >= GROUP_BYTES:
                send()
            return handle
        try:
            yield submit
        except BaseException:  # our own futures (never pool.map, whose clean-up races with stop_pool)
            for pool in pools:
                signals.stop_pool(pool)
            raise
        else:
            with signals.deferred():
                for pool in pools:
                    pool.shutdown()
        finally:
            if pools:
                gc.unfreeze()  # once the pool is gone (it may fork a worker late)
