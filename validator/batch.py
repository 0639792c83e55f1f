"""A batch run in progress: inputs found, units of work, results in order.

:class:`Batch` turns the paths of a run into *units* (:mod:`validator.units`:
one per file, or one per chunk of a big JSONL batch) and hands them to an
executor (:mod:`validator.executors`: inline, a local process pool, or a Dask
cluster), at most a window of units ahead.  Results come back in input order,
whatever finishes first, so the report never depends on the number of workers;
a content cache (:mod:`validator.cache`) answers a unit before any executor
sees it.  The caller keeps what it needs of each result and drops the rest:
nothing here keeps an article, or the results of more than the window.

Two things need the whole batch.  Batch-learned boilerplate is a first pass
over the same units through the same executor (:mod:`validator.prepass`),
gathered by folder before any unit is checked; each unit is then checked with
what its folder learned, from the items the pre-pass read (not read again).
``--dedupe`` fingerprints come back with each unit's results
(:attr:`Batch.prints`, about 600 bytes an article) and are compared once every
result is in (:func:`validator.engine.collect`).  Both are the same for any
``--jobs``.  What happens to the results then is :mod:`validator.postprocess`'s.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterator

from validator import boilerplate, discover, inputs, selection, signals, suppress, units
from validator.policy import Policy
from validator.prepass import Prepass
from validator.report import ArticleResult, InputRecord
from validator.resultstore import CompactInputs
from validator.units import Job, Unit, file_digest, size, units_of


class Batch:
    """The inputs of a run, and its results as an ordered stream."""

    def __init__(self, paths: list[str], policy: Policy, select: list[str] | None = None,
                 ignore: list[str] | None = None, jobs: int = 1, timeout: float | None = None,
                 only: set[str] | None = None, executor=None, cache=None, progress=None,
                 stdin: tuple[str, str] | None = None, dedupe: bool = False):
        from validator import dedupe as _dedupe
        from validator import executors

        self.policy = policy
        self.rules = selection.select_rules(policy.rules, select, ignore)
        self.stdin = stdin
        found = ([InputRecord(path=stdin[1], status="checked")] if stdin
                 else discover.discover(paths, policy.config.ignore, policy.root))
        if only is not None:
            found = [i if i.status != "checked" or os.path.normpath(i.path) in only
                     or os.path.realpath(i.path) in only
                     else i.model_copy(update={"status": "excluded", "reason": "not changed since the given ref"})
                     for i in found]
        self.files = sum(1 for i in found if i.status == "checked")
        known = frozenset(r.id for r in policy.rules) | frozenset(suppress.META_RULES)
        self.keep = lambda rule_id: selection.rule_selected(rule_id, select, ignore, known)
        self.dedupe = dedupe and selection.rule_selected(_dedupe.RULE, select, ignore)
        self.prints: dict = {}
        self.job = Job(policy, self.rules, timeout, self.dedupe)
        self.learning = boilerplate.plan([i.path for i in found if i.status == "checked"], self.rules,
                                         policy.config.settings)
        self.found = CompactInputs(found)  # ~80 bytes an input, not a model of ~500
        self.prepass = Prepass()
        self._salts: dict[str, str] = {}
        several = self.files > 1 or any(i.status == "checked" and size(Unit(i.path)) > units.CHUNK_BYTES for i in found)
        self.executor = executor if executor is not None else executors.local_executor(jobs if several else 1)
        self.cache = cache.bind(self.job) if cache is not None else None
        self.progress = progress
        self._counts: dict[str, list] = {}
        self._inputs: CompactInputs | None = None
        self.done = False

    def results(self) -> Iterator[ArticleResult]:
        """Every article's result, in report order, as it completes."""
        window: deque = deque()
        with self.executor.open(self.job) as submit:
            if self.learning:
                self.prepass.run(submit, self._units(), lambda: self.executor.window, self.learning)
            for item in self._units():
                if isinstance(item, InputRecord):  # discovery could not read it
                    window.append((None, ([inputs.error_result(item.path, item.reason)], {}), None))
                    continue
                cached = self.cache.get(item, self._salt(item)) if self.cache and item.digest else None
                if cached is not None:
                    self.prepass.drop(item)
                    window.append((item, cached, None))
                else:
                    window.append((item, None, submit(units.work, item, self._learned_for(item),
                                                      self.prepass.take(item))))
                while len(window) > self.executor.window or (window and _ready(window[0])):
                    yield from self._finish(*window.popleft())
            while window:
                yield from self._finish(*window.popleft())
        if self.cache:
            self.cache.close()
        if self.progress:
            self.progress.close()
        self.done = True

    @property
    def learned(self) -> dict[str, boilerplate.Learned]:
        """Folder -> the boilerplate learned there (empty until the pre-pass ran)."""
        return self.prepass.learned

    def _learned_for(self, unit: Unit) -> dict | None:
        group = boilerplate.group_of(unit.path)
        return {group: self.learned[group]} if group in self.learned else None

    def _salt(self, unit: Unit) -> str:
        """What the unit's folder learned, as part of its cache key."""
        group = boilerplate.group_of(unit.path)
        if group not in self.learned:
            return ""
        if group not in self._salts:
            learned = self.learned[group]
            text = repr((learned.articles, sorted(learned.lines.items())))
            self._salts[group] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self._salts[group]

    def _units(self):
        for path, status, reason, _ in self.found.rows:
            if status == "error":
                yield InputRecord(path=path, status=status, reason=reason)
            elif status != "checked":
                continue
            elif self.stdin:
                source = self.stdin[0]
                yield Unit(path, None, file_digest(source) if self.cache is not None else None, source)
            else:
                yield from units_of(path, digests=self.cache is not None)

    def _finish(self, unit: Unit | None, done: tuple | None, handle) -> Iterator[ArticleResult]:
        signals.check()  # a signal Python dropped (in a gc callback) still ends the run
        if done is None:
            done = handle.result()
            if self.cache and unit.digest:
                self.cache.put(unit, *done, salt=self._salt(unit))
        results, prints = done
        if self.dedupe:
            self.prints.update(prints)
        if unit is not None:
            counts = self._counts.setdefault(unit.path, [0, 0, ""])
            for r in results:
                counts[0] += 1
                if r.status == "error":
                    counts[1] += 1
                    counts[2] = counts[2] or r.findings[0].message
            if self.progress:
                self.progress.update(size(unit), len(results))
        yield from results

    def inputs(self) -> CompactInputs:
        """What became of every input (call after :meth:`results` is exhausted), kept as
        rows (:class:`~validator.resultstore.CompactInputs`); each row found is replaced by
        its final one, so a run of 100,000 files never holds two lists of them."""
        if self._inputs is None:
            found, self.found = self.found, CompactInputs()
            rows = found.rows
            for i, (path, status, reason, _) in enumerate(rows):
                if status != "checked":
                    continue
                total, failed, message = self._counts.get(path, (0, 0, ""))
                rows[i] = (path, "error", message, 0) if failed and failed == total else \
                    (path, status, reason, total - failed)
            self._inputs = found
            self._counts = {}
        return self._inputs


def _ready(entry) -> bool:
    unit, done, handle = entry
    return done is not None or handle.done()
