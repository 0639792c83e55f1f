"""A batch run in progress: inputs found, units of work, results in order.

:class:`Batch` turns the paths of a run into *units* — one per file, or one per
chunk of :data:`CHUNK_RECORDS` records of a big JSONL batch — and hands them to
an executor (:mod:`validator.executors`: inline, a local process pool, or a
Dask cluster), at most a window of units ahead.  Results come back in input
order, whatever finishes first, so the report never depends on the number of
workers; a content cache (:mod:`validator.cache`) answers a unit before any
executor sees it.  The caller keeps what it needs of each result and drops the
rest: nothing here keeps an article, or the results of more than the window.

Two things need the whole batch.  Batch-learned boilerplate
(:mod:`validator.boilerplate`) is a first pass over the same units through the
same executor (:func:`line_sets`), gathered by folder before any unit is
checked; each unit is then checked with what its folder learned.  ``--dedupe``
fingerprints come back with each unit's results (:attr:`Batch.prints`, about
600 bytes an article) and are compared once every result is in
(:func:`validator.engine.collect`).  Both are the same for any ``--jobs``.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from validator import boilerplate, discover, engine, inputs, reading, selection, suppress
from validator.policy import Policy, Rule
from validator.report import ArticleResult, InputRecord

#: a JSONL batch larger than this many bytes is checked in chunks
CHUNK_BYTES = 4_000_000
#: records per chunk of a big JSONL batch
CHUNK_RECORDS = 1000


@dataclass(frozen=True)
class Job:
    """What every worker needs, sent once per worker."""

    policy: Policy
    rules: tuple[Rule, ...]
    timeout: float | None = None
    dedupe: bool = False


@dataclass(frozen=True)
class Unit:
    """One file, or one byte range (``span``) of a JSONL batch; ``digest`` is the
    sha256 of its bytes when a cache needs it; ``source`` the file read when it is
    not ``path`` (standard input, shown as ``--stdin-filename``)."""

    path: str
    span: inputs.Span | None = None
    digest: str | None = None
    source: str | None = None


def work(job: Job, unit: Unit, learned: dict | None = None) -> tuple[list[ArticleResult], dict]:
    """The per-unit function every executor maps: read and check, results in record order,
    and the ``--dedupe`` fingerprints of its articles.  langdetect's profiles are loaded
    first, outside any article's time budget (once per process)."""
    reading.preload(job.rules)
    prints: dict | None = {} if job.dedupe else None
    results = engine.check_file(unit.source or unit.path, job.policy, job.rules, job.timeout,
                                name=unit.path if unit.source else None, learned=learned, prints=prints,
                                span=unit.span)
    return sorted(results, key=lambda a: inputs.record_no(a.id)), prints or {}


def line_sets(job: Job, unit: Unit) -> list[frozenset[str]]:
    """The boilerplate pre-pass of one unit: its articles' candidate line sets."""
    return boilerplate.article_sets(inputs.articles_of(unit.source or unit.path, unit.path, job.policy, unit.span))


def units_of(path: str, digests: bool = False) -> Iterator[Unit]:
    """The units of one input file: itself, or chunks of a big JSONL batch
    (cut at record boundaries, numbered as the whole file would number them)."""
    try:
        big = os.path.getsize(path) > CHUNK_BYTES and inputs.streamable(path)
    except OSError:
        big = False
    if not big:
        yield Unit(path, None, _file_digest(path) if digests else None)
        return
    pending: Unit | None = None
    n = 0
    try:
        with open(path, "rb") as handle:
            start = at = number = 0
            first_number, first_n, count = 0, 0, 0
            sha = hashlib.sha256() if digests else None
            for raw in handle:
                number += 1
                line = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
                at += len(raw)
                if sha:
                    sha.update(raw)
                if line.strip():
                    n += 1
                    count += 1
                if count == CHUNK_RECORDS:
                    if pending:
                        yield pending
                    pending = Unit(path, (start, at, first_number, first_n), sha.hexdigest() if sha else None)
                    start, first_number, first_n, count = at, number, n, 0
                    sha = hashlib.sha256() if digests else None
            if count:
                if pending:
                    yield pending
                pending = Unit(path, (start, at, first_number, first_n), sha.hexdigest() if sha else None)
    except OSError:
        pass
    if pending is None:  # no record, or unreadable: the whole file, as check_file reports it
        yield Unit(path, None, _file_digest(path) if digests else None)
        return
    yield pending


def _file_digest(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest() if hasattr(hashlib, "file_digest") \
                else hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None  # unreadable: never cached; check_file reports it


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
        self.found = found
        self.files = sum(1 for i in found if i.status == "checked")
        known = frozenset(r.id for r in policy.rules) | frozenset(suppress.META_RULES)
        self.keep = lambda rule_id: selection.rule_selected(rule_id, select, ignore, known)
        self.dedupe = dedupe and selection.rule_selected(_dedupe.RULE, select, ignore)
        self.prints: dict = {}
        self.job = Job(policy, self.rules, timeout, self.dedupe)
        self.learning = boilerplate.plan([i.path for i in found if i.status == "checked"], self.rules,
                                         policy.config.settings)
        self.learned: dict[str, boilerplate.Learned] = {}
        self._salts: dict[str, str] = {}
        several = self.files > 1 or any(i.status == "checked" and _size(Unit(i.path)) > CHUNK_BYTES for i in found)
        self.executor = executor if executor is not None else executors.local_executor(jobs if several else 1)
        self.cache = cache.bind(self.job) if cache is not None else None
        self.progress = progress
        self._counts: dict[str, list] = {}
        self._inputs: tuple[InputRecord, ...] | None = None
        self.done = False

    def results(self) -> Iterator[ArticleResult]:
        """Every article's result, in report order, as it completes."""
        window: deque = deque()
        with self.executor.open(self.job) as submit:
            if self.learning:
                self.learned = self._learn(submit)
            for item in self._units():
                if isinstance(item, InputRecord):  # discovery could not read it
                    window.append((None, ([inputs.error_result(item.path, item.reason)], {}), None))
                else:
                    cached = self.cache.get(item, self._salt(item)) if self.cache and item.digest else None
                    window.append((item, cached, None) if cached is not None
                                  else (item, None, submit(work, item, self._learned_for(item))))
                while len(window) > self.executor.window or (window and _ready(window[0])):
                    yield from self._finish(*window.popleft())
            while window:
                yield from self._finish(*window.popleft())
        if self.cache:
            self.cache.close()
        if self.progress:
            self.progress.close()
        self.done = True

    def _learn(self, submit) -> dict[str, boilerplate.Learned]:
        """The pre-pass: every unit's line sets (through the executor, in order), learned per folder."""
        sets: dict[str, list[frozenset[str]]] = {}
        window: deque = deque()

        def take(entry) -> None:
            path, handle = entry
            sets.setdefault(path, []).extend(handle.result())
        for item in self._units():
            if isinstance(item, Unit):
                window.append((item.path, submit(line_sets, item)))
            while len(window) > self.executor.window or (window and window[0][1].done()):
                take(window.popleft())
        while window:
            take(window.popleft())
        return boilerplate.learn_groups(list(sets), list(sets.values()), *self.learning)

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
        for record in self.found:
            if record.status == "error":
                yield record
            elif record.status != "checked":
                continue
            elif self.stdin:
                source = self.stdin[0]
                yield Unit(record.path, None, _file_digest(source) if self.cache is not None else None, source)
            else:
                yield from units_of(record.path, digests=self.cache is not None)

    def _finish(self, unit: Unit | None, done: tuple | None, handle) -> Iterator[ArticleResult]:
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
                self.progress.update(_size(unit), len(results))
        yield from results

    def inputs(self) -> tuple[InputRecord, ...]:
        """What became of every input (call after :meth:`results` is exhausted); the
        records found are then dropped, so a run of 100,000 files keeps one list of them."""
        if self._inputs is None:
            self._inputs = self._final_inputs()
            self.found = []
        return self._inputs

    def _final_inputs(self) -> tuple[InputRecord, ...]:
        out = []
        for record in self.found:
            if record.status != "checked":
                out.append(record)
                continue
            total, failed, message = self._counts.get(record.path, (0, 0, ""))
            if failed and failed == total:
                out.append(record.model_copy(update={"status": "error", "reason": message, "articles": 0}))
            else:
                out.append(record.model_copy(update={"articles": total - failed}))
        return tuple(out)


def _size(unit: Unit) -> int:
    if unit.span is not None:
        return unit.span[1] - unit.span[0]
    try:
        return os.path.getsize(unit.path)
    except OSError:
        return 0


def total_bytes(records: list[InputRecord]) -> int:
    """The bytes of every input to check (what a progress bar measures)."""
    total = 0
    for record in records:
        if record.status == "checked":
            try:
                total += os.path.getsize(record.path)
            except OSError:
                pass
    return total


def _ready(entry) -> bool:
    unit, done, handle = entry
    return done is not None or handle.done()


def streamable(batch: Batch) -> bool:
    """Whether results can be finished one article at a time: the config's
    ``suppress`` entries report on the whole run (an unused entry is known only
    at its end), and ``--dedupe`` compares every article with the ones before it,
    so a run with either is finished as a whole."""
    return not batch.policy.config.suppress and not batch.dedupe


def finished(batch: Batch) -> Iterator[ArticleResult]:
    """``batch.results()`` with what :func:`validator.suppress.finish` does to each
    article (the suppression findings ``--select``/``--ignore`` drop), for a
    :func:`streamable` policy."""
    from validator.report import RunReport

    for a in batch.results():
        one = RunReport.model_construct(tool={}, inputs=(), articles=(a,), rules=(), fail_on="error")
        yield suppress.finish(one, batch.policy, batch.keep).articles[0]
