"""The Dask executor: units of work mapped over a ``dask.distributed`` cluster.

``provcheck check --executor dask --scheduler tcp://HOST:PORT`` connects to a
running scheduler; the job (policy and rules) is scattered to every worker
once, then each unit (a file, or a chunk of a JSONL batch, named by its path)
is submitted as a task, at most ``window`` at a time, and its results come back
to this process, which writes the reports.  Workers need provcheck installed
(the same version) and read access to the input paths under the same names;
see docs/scale.md.  Needs the ``provcheck[dask]`` extra.
"""

from __future__ import annotations

from contextlib import contextmanager

from validator.units import Job, Unit


class DaskExecutor:
    def __init__(self, scheduler: str, per_thread: int = 4):
        self.scheduler = scheduler
        self.per_thread = per_thread
        self.window = 8

    @contextmanager
    def open(self, job: Job):
        try:
            from distributed import Client
        except ImportError as exc:
            from validator.errors import UsageError
            raise UsageError("--executor dask needs dask.distributed: pip install 'provcheck[dask]'") from exc
        with Client(self.scheduler, set_as_default=False) as client:
            threads = sum(client.nthreads().values()) or 1
            self.window = threads * self.per_thread
            shared = client.scatter(job, broadcast=True, hash=False)

            def submit(fn, unit: Unit, *args):
                return client.submit(fn, shared, unit, *args, pure=False)
            yield submit
