"""Ending a run cleanly on SIGTERM, SIGHUP and Ctrl-C (SIGINT).

:func:`handling` turns these signals into :class:`Stopped` in the main
process, which unwinds the run: the worker pool is terminated (``validator.executors.local``)
and the command line exits ``128 + signal`` (143, 129, 130) with one line on
standard error, never a traceback.  Worker processes reset the handlers
(:func:`in_worker`): SIGTERM ends them at once, and Ctrl-C, which the terminal
sends to the whole process group, is left to the parent, which stops them.

A signal is never lost, and never arrives half-way through work that must finish
whole.  Inside :func:`deferred` (starting or stopping worker processes, sending
them work, creating a temporary file) it is held and raised when the block ends:
raised between a worker's fork and the pool's record of it, it would leave a
worker nobody stops, which the interpreter then waits for at exit for ever.
Raised where Python drops exceptions (a garbage-collection callback, a
``__del__``), it is still held: :func:`check`, called as each article's result
is taken and before a report is written, raises it again, and the dropped
exception is not printed.
"""

from __future__ import annotations

import contextlib
import signal
import sys

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class Stopped(BaseException):
    """The run was stopped by a signal (a BaseException: no ``except Exception`` swallows it)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


#: the first signal received in :func:`handling`, until the run ends
_received: list[int] = []
#: depth of :func:`deferred` blocks
_holding = [0]


def _raise(signum, frame) -> None:
    if not _received:
        _received.append(signum)
    if not _holding[0]:
        raise Stopped(signum)


def check() -> None:
    """Raise :class:`Stopped` for a signal received and not raised yet (held by :func:`deferred`,
    or raised where Python drops the exception)."""
    if _received and not _holding[0]:
        raise Stopped(_received[0])


@contextlib.contextmanager
def deferred():
    """A signal received in the block is raised when it ends (unless the block raises)."""
    _holding[0] += 1
    try:
        yield
    finally:
        _holding[0] -= 1
    check()


def _unraisable(previous):
    def hook(unraisable) -> None:
        if not isinstance(unraisable.exc_value, Stopped):  # a Stopped dropped stays received
            previous(unraisable)
    return hook


@contextlib.contextmanager
def handling():
    """Within the block, SIGTERM/SIGHUP/SIGINT raise :class:`Stopped`; a signal that is
    ignored already (``nohup``, a background job) stays ignored."""
    previous = {}
    del _received[:]
    try:
        for sig in SIGNALS:
            if signal.getsignal(sig) is not signal.SIG_IGN:
                previous[sig] = signal.signal(sig, _raise)
    except ValueError:  # not the main thread: leave the signals alone
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        previous = {}
    hook, sys.unraisablehook = sys.unraisablehook, _unraisable(sys.unraisablehook)
    try:
        yield
    finally:
        sys.unraisablehook = hook
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        del _received[:]


def in_worker() -> None:
    """A worker process: default SIGTERM/SIGHUP, Ctrl-C ignored (the parent stops it)."""
    for sig in SIGNALS:
        signal.signal(sig, signal.SIG_IGN if sig == signal.SIGINT else signal.SIG_DFL)


def stop_pool(pool) -> None:
    """Kill a ``ProcessPoolExecutor``'s workers and wait for them (it has no public
    terminate); the pool then fails its pending work itself.  Cancelling the futures
    as well would race with that (InvalidStateError in the executor's thread).

    A worker killed while it writes a result leaves half a message in the results
    pipe, and the pool's manager thread waits for the rest for ever (and the
    interpreter for that thread at exit).  The parent holds a copy of the pipe's write
    end it never uses; closing it once the workers are dead turns that wait into an
    end of file, which the pool reads as a broken pool.  A second signal waits until
    all this is done."""
    with deferred():
        workers = list((getattr(pool, "_processes", None) or {}).values())
        for process in workers:
            process.kill()
        for process in workers:
            process.join(5)
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()
        pool.shutdown(wait=True)
