"""Reading the inputs: one file, or one byte range of a JSONL batch, to articles.

A file is read whole (size limit, decoding, its reader) or, for a UTF-8 JSONL
batch, streamed a record at a time (the limit applies to each record), each
within the article's time budget (:mod:`validator.reading`).  What cannot be
read becomes an ``input-error`` result (:func:`error_result`), naming file and
line; the engine (:mod:`validator.engine`) checks the rest.
"""

from __future__ import annotations

import os
import pickle
import time
import zlib
from dataclasses import dataclass

from validator import reading
from validator.article import Article
from validator.decode import DecodeError, decode
from validator.enginefindings import INPUT_ERROR
from validator.errors import ReadError
from validator.policy import Policy
from validator.readers import reader_for
from validator.report import ArticleResult, Finding


def error_result(path: str, message: str, line: int = 1, column: int = 1, record: str | None = None,
                 fmt: str = "unknown") -> ArticleResult:
    """The result of an input that cannot be read: one ``input-error`` naming file and line."""
    finding = Finding(rule=INPUT_ERROR, severity="error", message=message, article=record or path, path=path,
                      line=line, column=column, why="every input must be read to be checked",
                      fix="fix or re-export the file, or add it to the config's ignore list")
    return ArticleResult(id=record or path, path=path, format=fmt, status="error", findings=(finding,))


class Unreadable(Exception):
    """The whole file cannot be read; ``result`` is its input-error."""

    def __init__(self, result: ArticleResult):
        super().__init__(result.findings[0].message)
        self.result = result


_LIMIT = "(--max-file-size or settings.max_file_size)"
_STREAMED = (".jsonl", ".ndjson")


def _read_whole(source: str, reader, limit: int, path: str) -> tuple[list, str | None]:
    """Every item of file ``source`` (shown as ``path``) read at once, and the decoding
    note; raises Unreadable."""
    try:
        size = os.path.getsize(source)
        if size > limit:
            raise Unreadable(error_result(path, f"file is {size:,} bytes, over the {limit:,}-byte limit {_LIMIT}"))
        with open(source, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise Unreadable(error_result(path, f"cannot read: {exc.strerror or exc}")) from exc
    if len(data) > limit:  # grew since it was measured
        raise Unreadable(error_result(path, f"file is over the {limit:,}-byte limit {_LIMIT}"))
    if not data:
        raise Unreadable(error_result(path, "empty file (0 bytes): nothing to check"))
    try:
        decoded = decode(data)
        if not decoded.text.strip():
            raise Unreadable(error_result(
                path, f"the file holds only whitespace ({len(data):,} bytes): nothing to check"))
        return reader.module.read(decoded.text, path), decoded.note
    except DecodeError as exc:
        raise Unreadable(error_result(path, exc.message, exc.line, exc.column)) from exc
    except ReadError as exc:
        raise Unreadable(error_result(path, exc.message, exc.line, exc.column, fmt=reader.name)) from exc
    except RecursionError as exc:
        raise Unreadable(error_result(path, "nested too deeply to read", fmt=reader.name)) from exc
    except Unreadable:
        raise
    except Exception as exc:  # a reader bug must not end the batch
        raise Unreadable(error_result(
            path, f"reader {reader.name} failed: {type(exc).__name__}: {exc}", fmt=reader.name)) from exc


def streamable(path: str) -> bool:
    """A JSONL batch in UTF-8, read a record at a time: no size limit on the
    file (a CMS export may hold hundreds of thousands of records), the limit
    applies to each record.  Binary or UTF-16/32 files are read whole."""
    if not path.lower().endswith(_STREAMED):
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return False
    return bool(head.strip()) and b"\x00" not in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _stream_records(path: str, limit: int, budget: float | None = None, span: "Span | None" = None):
    """The records of a JSONL batch, one line at a time (Article or ReadError), each read
    within ``budget``; with a ``span``, only the records of that byte range (a chunk of a big batch)."""
    from validator.readers.json import reader as jsonl

    start, stop, number, n = span if span is not None else (0, None, 0, 0)
    with open(path, "rb") as handle:
        handle.seek(start)
        at = start
        for raw in handle:
            if stop is not None and at >= stop:
                break
            at += len(raw)
            number += 1
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            n += 1
            record = f"{path}#{n}"
            if len(raw) > limit:
                yield ReadError(f"record is {len(raw):,} bytes, over the {limit:,}-byte limit {_LIMIT}",
                                number, 1, record)
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield ReadError(f"invalid UTF-8 in this record (byte 0x{raw[exc.start]:02x}, column {exc.start + 1})",
                                number, exc.start + 1, record)
                continue
            yield reading.record_within(budget, jsonl.read_line, line.rstrip("\r\n"), number, n, path)


#: a chunk of a JSONL batch: (start byte, stop byte, lines before it, records before it)
Span = tuple[int, int, int, int]


def items_of(source: str, path: str, policy: Policy, reader, budget: float | None, span: Span | None = None):
    """The items of a file, or of one ``span`` of a JSONL batch (Article or ReadError), and
    its decoding note, read within the budget; raises Unreadable or reading.TooSlow."""
    limit = policy.config.settings.max_file_size
    if span is not None or (streamable(path) and source == path):
        return _stream_records(path, limit, budget, span), None
    return reading.read_within(budget, _read_whole, source, reader, limit, path)


def read_items(path: str, limit: int, budget: float | None = None) -> tuple:
    """The items of one file (Article or ReadError; a JSONL batch streamed a record at a
    time) and its decoding note, each read within ``budget``; raises :class:`Unreadable`
    (its ``result`` is the file's input-error) or ``reading.TooSlow``."""
    if streamable(path):
        return _stream_records(path, limit, budget), None
    return reading.read_within(budget, _read_whole, path, reader_for(path), limit, path)


@dataclass(frozen=True)
class Preread:
    """The items of a unit as the boilerplate pre-pass read them (pickled and deflated:
    about a third of the pickle), so that checking it does not read and parse it again;
    ``seconds`` is what reading cost, counted in the article's time budget."""

    blob: bytes
    seconds: float

    def unpack(self) -> tuple:
        """``(items, note)`` as :func:`items_of` gave them: a list for a file read whole,
        an iterator for streamed records."""
        items, note, streamed = pickle.loads(zlib.decompress(self.blob))
        return (iter(items) if streamed else items), note


def preread(source: str, path: str, policy: Policy, budget: float | None,
            span: Span | None = None) -> tuple[list[Article], Preread | None]:
    """The articles a file (or a span of one) holds, for the boilerplate pre-pass, and
    the items packed for the check (None when it cannot be read: the check reads it
    again and reports why)."""
    started = time.monotonic()
    try:
        items, note = items_of(source, path, policy, reader_for(path), budget, span)
        streamed = not isinstance(items, list)
        items = list(items)
    except (Unreadable, reading.TooSlow, OSError):
        return [], None
    blob = zlib.compress(pickle.dumps((items, note, streamed), protocol=pickle.HIGHEST_PROTOCOL), 1)
    return [item for item in items if isinstance(item, Article)], Preread(blob, time.monotonic() - started)


def record_no(article_id: str) -> int:
    """The record number of a JSONL record's id (``path#n``); 0 for a whole file."""
    _, sep, n = article_id.rpartition("#")
    return int(n) if sep and n.isdigit() else 0
