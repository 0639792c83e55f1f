"""Where units of work run: inline, in a local process pool, or on a Dask cluster.

An executor has a ``window`` (how many units may be in flight) and
``open(job)``, a context manager giving ``submit(fn, unit, *args) -> handle``,
which runs ``fn(job, unit, *args)`` (:func:`validator.units.work`, or
:func:`validator.prepass.line_sets` for the boilerplate pre-pass); a handle
has ``done()`` and ``result()`` (a ``concurrent.futures.Future`` or a Dask
future).  :class:`~validator.batch.Batch` keeps the results in input order;
nothing else in provcheck knows whether it runs in a pool.
"""

from __future__ import annotations

import os


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, not the machine's count)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def local_executor(jobs: int):
    """Inline for one job, a process pool of ``jobs`` workers otherwise."""
    from validator.executors.local import Inline, Pool

    return Inline() if jobs <= 1 else Pool(jobs)


def dask_executor(scheduler: str):
    from validator.executors.dask import DaskExecutor

    return DaskExecutor(scheduler)
