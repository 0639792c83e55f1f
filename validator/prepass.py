"""The boilerplate pre-pass: every unit read once before any is checked.

Batch-learned boilerplate (:mod:`validator.boilerplate`) needs each folder's
articles before the first of them is checked.  The pre-pass maps
:func:`line_sets` over the units through the run's executor (in the workers
with ``--jobs``), in order, and counts them per folder as they come back
(:class:`validator.boilerplate.Tally`: each folder's articles, and how many of
them carry each line; never every article's set), so what is learned depends
only on the set of articles, never on ``--jobs``.

Reading and parsing an article costs more than anything else the pre-pass
does, so a unit is not read twice: :func:`line_sets` also returns the unit's
items as read, packed (:class:`validator.inputs.Preread`, pickled and deflated,
about 3 KB an article), and the check of that unit unpacks them instead of
reading the file again.  The packs wait in this process until their unit is
submitted, at most :data:`KEEP_BYTES` of them: past that, a unit is read again
(a run of 100,000 files keeps a bounded amount).  A unit the pre-pass could
not read has no pack; its check reads it and reports why.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from validator import boilerplate, inputs
from validator.units import Job, Unit, budget

#: the most bytes of packed units kept between the pre-pass and the checks (about 5,000
#: articles: a CI batch is read once; on a whole archive the bound keeps memory flat)
KEEP_BYTES = 16_000_000


def line_sets(job: Job, unit: Unit) -> tuple[list[frozenset[str]], inputs.Preread | None]:
    """The pre-pass of one unit: its articles' candidate line sets, and its items packed."""
    articles, packed = inputs.preread(unit.source or unit.path, unit.path, job.policy, budget(job), unit.span)
    return boilerplate.article_sets(articles), packed


class Prepass:
    """What the pre-pass learned (folder -> :class:`~validator.boilerplate.Learned`) and the
    packed units it keeps for the checks (:meth:`take`)."""

    def __init__(self) -> None:
        self.learned: dict[str, boilerplate.Learned] = {}
        self._packed: dict[tuple, inputs.Preread] = {}

    def run(self, submit, units, window: Callable[[], int], learning: tuple[float, int]) -> None:
        """Every unit's line sets (through ``submit``, at most ``window()`` in flight, asked
        again as the run goes: a pool's window grows with its groups, in order), learned per
        folder with ``learning`` = (share, minimum batch)."""
        tally = boilerplate.Tally()
        pending: deque = deque()
        kept = 0

        def take(entry) -> None:
            nonlocal kept
            unit, handle = entry
            found, packed = handle.result()
            tally.add(unit.path, found)
            if packed is not None and kept + len(packed.blob) <= KEEP_BYTES:
                kept += len(packed.blob)
                self._packed[_key(unit)] = packed
        for unit in units:
            if isinstance(unit, Unit):
                pending.append((unit, submit(line_sets, unit)))
            while len(pending) > window() or (pending and pending[0][1].done()):
                take(pending.popleft())
        while pending:
            take(pending.popleft())
        self.learned = tally.learned(*learning)

    def take(self, unit: Unit) -> inputs.Preread | None:
        """The unit's packed items, given once (then dropped here), or None."""
        return self._packed.pop(_key(unit), None)

    def drop(self, unit: Unit) -> None:
        """Forget the unit's pack (the cache answered it)."""
        self._packed.pop(_key(unit), None)


def _key(unit: Unit) -> tuple:
    return unit.path, unit.span
