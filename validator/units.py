"""Units of work: what a batch is cut into, and what a worker does with one.

A unit (:class:`Unit`) is one file, or one chunk of :data:`CHUNK_RECORDS`
records of a JSONL batch over :data:`CHUNK_BYTES` (:func:`units_of`, cut at
record boundaries and numbered as the whole file would number them), with the
sha256 of its bytes when a cache needs it.  :class:`Job` is what every worker
needs, sent once per worker; :func:`work` is the function every executor maps
over the units (:mod:`validator.batch` runs them, :mod:`validator.prepass`
reads them first when boilerplate is learned).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass

from validator import engine, inputs, reading
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


def work(job: Job, unit: Unit, learned: dict | None = None,
         preread: inputs.Preread | None = None) -> tuple[list[ArticleResult], dict]:
    """The per-unit function every executor maps: read (or unpack what the boilerplate
    pre-pass read, :func:`validator.prepass.line_sets`) and check, results in record order,
    and the ``--dedupe`` fingerprints of its articles.  langdetect's profiles are loaded
    first, outside any article's time budget (once per process)."""
    reading.preload(job.rules)
    prints: dict | None = {} if job.dedupe else None
    results = engine.check_file(unit.source or unit.path, job.policy, job.rules, job.timeout,
                                name=unit.path if unit.source else None, learned=learned, prints=prints,
                                span=unit.span, preread=preread)
    return sorted(results, key=lambda a: inputs.record_no(a.id)), prints or {}


def budget(job: Job) -> float:
    """The time budget of each article of the job (reading included)."""
    return job.timeout if job.timeout is not None else job.policy.config.settings.timeout_per_article


def units_of(path: str, digests: bool = False) -> Iterator[Unit]:
    """The units of one input file: itself, or chunks of a big JSONL batch
    (cut at record boundaries, numbered as the whole file would number them)."""
    try:
        big = os.path.getsize(path) > CHUNK_BYTES and inputs.streamable(path)
    except OSError:
        big = False
    if not big:
        yield Unit(path, None, file_digest(path) if digests else None)
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
        yield Unit(path, None, file_digest(path) if digests else None)
        return
    yield pending


def file_digest(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest() if hasattr(hashlib, "file_digest") \
                else hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None  # unreadable: never cached; check_file reports it


def size(unit: Unit) -> int:
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
