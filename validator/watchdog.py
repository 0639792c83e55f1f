"""A watchdog for the per-article time budget.

The regex module's timeout bounds pattern matching; this bounds the rest of an
article's work (facts, credit parsing, compiling patterns from metadata,
language detection) with a SIGALRM timer.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator


class Overtime(BaseException):
    """Raised by the watchdog: a BaseException, so that no ``except Exception`` in a check or
    a library on the way swallows it."""


class Alarm:
    def __init__(self, armed: bool):
        self.armed = armed

    def cancel(self) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self.armed = False


#: after the first alarm, the watchdog fires again this often until it is stopped: a raise
#: that is swallowed (in a gc callback or a ``__del__``, which cannot raise) is raised again
_REFIRE = 0.1


@contextmanager
def watchdog(deadline: float | None) -> Iterator[Alarm]:
    """Raise :class:`Overtime` in the block when the clock passes ``deadline``.

    The backstop for per-article work that the regex module's timeout does not
    bound (facts, credit parsing, compiling patterns from metadata, language
    detection): a SIGALRM timer, so only where signals can be used — POSIX, the
    main thread (worker processes run their tasks there), and no other interval
    timer already running.  Whoever catches the exception stops the alarm first."""
    usable = (deadline is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield Alarm(False)
        return

    def _fire(signum, frame):
        if alarm.armed:
            raise Overtime()

    alarm = Alarm(True)
    previous = signal.signal(signal.SIGALRM, _fire)
    try:
        signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 0.001), _REFIRE)
        yield alarm
    finally:
        try:
            alarm.cancel()
        finally:
            signal.signal(signal.SIGALRM, previous)
