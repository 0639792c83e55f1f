"""Article results, and what became of each input, kept compactly while a batch runs.

A run of 100,000 articles cannot keep 100,000 result objects (about 20 KB of
Python objects each: findings, facts, evidence, one entry per rule).  A
:class:`CompactResults` keeps each :class:`~validator.report.ArticleResult` as
its compact JSON (:func:`compact_json`, the very text the JSON and JSON Lines
reports print for it, so :meth:`CompactResults.texts` hands it to them without
making the result again), deflated with a preset dictionary — the first result's JSON, which
holds the rule ids, reasons and keys every other result repeats — so an article
costs about 300 bytes, and gives them back one at a time, in order, when a
reporter iterates the report.  No article body is ever kept.  The summary's counts
(:class:`~validator.report.Tally`) are kept beside them, counted as each result
is added, so the verdict and the summary do not unpack every result again.  It is an
in-process value only: nothing here is written to disk.

A :class:`CompactInputs` keeps each :class:`~validator.report.InputRecord` as a
plain tuple (about 80 bytes beside its path, where the model costs about 500):
a run of 100,000 files keeps its list of inputs from discovery to the report.
"""

from __future__ import annotations

import copy
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence

from validator.report import ArticleResult, InputRecord, Tally

_LEVEL = 6
_DICT_BYTES = 32768  # the most zlib uses


#: marks an entry encoded by the standard library (it holds a lone surrogate)
_ESCAPED = b"\x00"


def compact_json(result: ArticleResult) -> str:
    """An article's result as compact JSON: its line in the JSON Lines report, its entry in
    the JSON report's ``articles``, and what :class:`CompactResults` keeps of it."""
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


class _Packed(Sequence):
    """A read-only sequence whose items are kept packed (in ``_kept``) and made again
    by ``_make`` each time one is read."""

    __slots__ = ()
    _kept: list

    def _make(self, packed):
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._kept)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._make(p) for p in self._kept[index]]
        return self._make(self._kept[index])

    def __iter__(self) -> Iterator:
        for packed in self._kept:
            yield self._make(packed)

    def __bool__(self) -> bool:
        return bool(self._kept)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]


class CompactResults(_Packed):
    """An append-only, read-many sequence of article results."""

    __slots__ = ("_kept", "_zdict", "_tally")

    def __init__(self, results: Iterable[ArticleResult] = (), zdict: bytes | None = None):
        self._kept: list[bytes] = []
        self._zdict = zdict
        self._tally = Tally()
        for result in results:
            self.append(result)

    def _pack(self, result: ArticleResult) -> bytes:
        try:
            data = compact_json(result).encode("utf-8")
        except ValueError:  # a lone surrogate (valid in a JSON string): escaped by the standard library
            data = _ESCAPED + json.dumps(result.model_dump(mode="json")).encode("ascii")
        if self._zdict is None:
            self._zdict = data[-_DICT_BYTES:]
        packer = zlib.compressobj(_LEVEL, zdict=self._zdict)
        return packer.compress(data) + packer.flush()

    def _data(self, blob: bytes) -> bytes:
        unpacker = zlib.decompressobj(zdict=self._zdict)
        return unpacker.decompress(blob) + unpacker.flush()

    def _make(self, blob: bytes) -> ArticleResult:
        data = self._data(blob)
        if data.startswith(_ESCAPED):
            return ArticleResult.model_validate(json.loads(data[1:]))
        return ArticleResult.model_validate_json(data)

    def texts(self) -> Iterator[str]:
        """Each result's :func:`compact_json`, in order, as kept (no result is made again)."""
        for blob in self._kept:
            data = self._data(blob)
            yield compact_json(self._make(blob)) if data.startswith(_ESCAPED) else data.decode("utf-8")

    def append(self, result: ArticleResult) -> None:
        self._kept.append(self._pack(result))
        self._tally.add(result)

    def counted(self) -> Tally:
        """The summary's counts of every result kept (a copy: the caller may add to it)."""
        return copy.deepcopy(self._tally)

    def map(self, change: Callable[[ArticleResult], ArticleResult]) -> "CompactResults":
        """A new sequence of ``change(result)``; a result it returns unchanged keeps its blob."""
        out = CompactResults(zdict=self._zdict)
        for blob in self._kept:
            result = self._make(blob)
            changed = change(result)
            out._kept.append(blob if changed is result else out._pack(changed))
            out._tally.add(changed)
        return out


def like(original: Sequence[ArticleResult], change: Callable[[ArticleResult], ArticleResult]) -> Sequence[ArticleResult]:
    """``change`` applied to every result, kept the way ``original`` was: compact when it was,
    a tuple otherwise."""
    return original.map(change) if isinstance(original, CompactResults) else tuple(map(change, original))


class CompactInputs(_Packed):
    """What became of each input, as ``(path, status, reason, articles)`` rows; an
    :class:`~validator.report.InputRecord` is made each time one is read."""

    __slots__ = ("_kept",)

    def __init__(self, records: Iterable[InputRecord] = ()):
        self._kept: list[tuple[str, str, str, int]] = [(r.path, r.status, r.reason, r.articles) for r in records]

    @property
    def rows(self) -> list[tuple[str, str, str, int]]:
        """The rows themselves (a batch fills in the final inputs in place)."""
        return self._kept

    @staticmethod
    def _make(row: tuple[str, str, str, int]) -> InputRecord:
        path, status, reason, articles = row
        return InputRecord.model_construct(path=path, status=status, reason=reason, articles=articles)

