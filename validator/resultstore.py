"""Article results kept compactly while a batch runs.

A run of 100,000 articles cannot keep 100,000 result objects (about 20 KB of
Python objects each: findings, facts, evidence, one entry per rule).  A
:class:`CompactResults` keeps each :class:`~validator.report.ArticleResult` as
a zlib-compressed pickle (about 1 KB) and gives them back one at a time, in
order, when a reporter iterates the report; no article body is ever kept.  It is
an in-process value only: nothing here is written to disk.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterable, Iterator, Sequence

from validator.report import ArticleResult


class CompactResults(Sequence):
    """An append-only, read-many sequence of article results."""

    __slots__ = ("_blobs",)

    def __init__(self, results: Iterable[ArticleResult] = ()):
        self._blobs: list[bytes] = []
        for result in results:
            self.append(result)

    def append(self, result: ArticleResult) -> None:
        self._blobs.append(zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1))

    def __len__(self) -> int:
        return len(self._blobs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [pickle.loads(zlib.decompress(b)) for b in self._blobs[index]]
        return pickle.loads(zlib.decompress(self._blobs[index]))

    def __iter__(self) -> Iterator[ArticleResult]:
        for blob in self._blobs:
            yield pickle.loads(zlib.decompress(blob))

    def __bool__(self) -> bool:
        return bool(self._blobs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]


def like(original: Sequence[ArticleResult], results: Iterable[ArticleResult]) -> Sequence[ArticleResult]:
    """``results`` kept the way ``original`` was: compact when it was, a tuple otherwise."""
    return CompactResults(results) if isinstance(original, CompactResults) else tuple(results)
