"""Ending a run cleanly on SIGTERM, SIGHUP and Ctrl-C (SIGINT).

:func:`handling` turns these signals into :class:`Stopped` in the main
process, which unwinds the run: the worker pool is terminated (``validator.executors.local``)
and the command line exits ``128 + signal`` (143, 129, 130) with one line on
standard error, never a traceback.  Worker processes reset the handlers
(:func:`in_worker`): SIGTERM ends them at once, and Ctrl-C, which the terminal
sends to the whole process group, is left to the parent, which stops them.
"""

from __future__ import annotations

import contextlib
import signal

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class Stopped(BaseException):
    """The run was stopped by a signal (a BaseException: no ``except Exception`` swallows it)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def _raise(signum, frame) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def handling():
    """Within the block, SIGTERM/SIGHUP/SIGINT raise :class:`Stopped`; a signal that is
    ignored already (``nohup``, a background job) stays ignored."""
    previous = {}
    try:
        for sig in SIGNALS:
            if signal.getsignal(sig) is not signal.SIG_IGN:
                previous[sig] = signal.signal(sig, _raise)
    except ValueError:  # not the main thread: leave the signals alone
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        previous = {}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def in_worker() -> None:
    """A worker process: default SIGTERM/SIGHUP, Ctrl-C ignored (the parent stops it)."""
    for sig in SIGNALS:
        signal.signal(sig, signal.SIG_IGN if sig == signal.SIGINT else signal.SIG_DFL)


def stop_pool(pool) -> None:
    """Kill a ``ProcessPoolExecutor``'s workers and wait for them (it has no public
    terminate); the pool then fails its pending work itself.  Cancelling the futures
    as well would race with that (InvalidStateError in the executor's thread)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for process in workers:
        process.kill()
    for process in workers:
        process.join(5)
    pool.shutdown(wait=True)
