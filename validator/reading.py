"""Reading inside the per-article time budget, and what must happen before any clock starts.

The budget (``--timeout-per-article``) bounds the whole of an article's run, reading
included: a pathological file (a paragraph of 100,000 lines, a million unclosed tags,
a JSON record of deep HTML) costs at most the budget, then becomes an ``input-error``
naming the budget.  Loading langdetect's profiles (one to two seconds when cold) is
work for the run, not for an article: :func:`preload` does it before the first
article's clock starts and before the workers fork (they then share the profiles).
"""

from __future__ import annotations

import time
from typing import Any, Callable, TypeVar

from validator.errors import ReadError
from validator.watchdog import Overtime, watchdog

T = TypeVar("T")


class TooSlow(Exception):
    """Reading a file ran past the time budget."""

    def __init__(self, budget: float):
        super().__init__(budget)
        self.budget = budget

    def message(self) -> str:
        return (f"reading the file ran past the {self.budget:g} s time budget (--timeout-per-article "
                f"or settings.timeout_per_article); it was not checked")


def _deadline(budget: float | None) -> float | None:
    return time.monotonic() + budget if budget and budget > 0 else None


def read_within(budget: float | None, read: Callable[..., T], *args: Any) -> T:
    """``read(*args)``, stopped by the watchdog at the budget (then :class:`TooSlow`)."""
    try:
        with watchdog(_deadline(budget)):
            return read(*args)
    except Overtime:
        raise TooSlow(budget or 0) from None


def record_within(budget: float | None, read: Callable[..., Any], line: str, number: int, n: int,
                  path: str) -> Any:
    """One streamed JSONL record read within the budget; a ReadError for it when it runs past."""
    try:
        return read_within(budget, read, line, number, n, path)
    except TooSlow as exc:
        return ReadError(f"reading this record ran past the {exc.budget:g} s time budget (--timeout-per-article "
                         "or settings.timeout_per_article); it was not checked", number, 1, f"{path}#{n}")


def preload(rules: tuple) -> None:
    """Load what the rules will need once per run, outside every article's budget: the
    language profiles when a rule checks languages (the one kind that detects them)."""
    if any(r.check.kind == "language" for r in rules):
        from validator import language

        language.preload()
